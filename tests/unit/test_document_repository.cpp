// An entry's papers: the checklist and the files attached into the campaign file, each write audited.
#include "storage/audit_log.h"
#include "storage/catalog_repository.h"
#include "storage/document_repository.h"
#include "storage/entry_repository.h"
#include "temp_campaign.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

using namespace sangkien;
using sangkien::testing::TempCampaign;

namespace {

qint64 addEntry(Database& db)
{
    auto categories = CatalogRepository(db).categories();
    auto units = CatalogRepository(db).units();
    REQUIRE(categories);
    REQUIRE(units);
    Entry e;
    e.title = QStringLiteral("Giống lúa chịu hạn cho vùng bãi");
    e.categoryId = categories->first().id;
    e.nominee.name = QStringLiteral("Lê Thị Bình");
    e.nominee.unitId = units->first().id;
    qint64 id = 0;
    REQUIRE(db.transaction([&]() -> Status {
        auto inserted = EntryRepository(db).insert(e);
        if (!inserted)
            return inserted.error();
        id = *inserted;
        return {};
    }));
    return id;
}

} // namespace

TEST_CASE("The checklist holds the usual papers, all missing at first", "[documents]")
{
    TempCampaign c;
    const qint64 entry = addEntry(c.db());
    DocumentRepository docs(c.db(), QStringLiteral("clerk"));
    const QStringList codes = DocumentRepository::checklistCodes();
    REQUIRE(codes.size() == 5);
    for (const QString& code : codes)
        CHECK_FALSE(DocumentRepository::checklistName(code).isEmpty());

    auto list = docs.checklist(entry);
    REQUIRE(list);
    REQUIRE(list->size() == 5);
    for (const QString& code : codes)
        CHECK_FALSE(list->value(code, true));
    const int audit = AuditLog(c.db()).count();
    REQUIRE(docs.setChecklist(
        entry, {{QStringLiteral("application"), true}, {QStringLiteral("description"), true}}));
    CHECK(AuditLog(c.db()).count() == audit + 1);
    list = docs.checklist(entry);
    REQUIRE(list);
    CHECK(list->value(QStringLiteral("application")));
    CHECK(list->value(QStringLiteral("description")));
    CHECK_FALSE(list->value(QStringLiteral("other")));

    // The same again writes nothing; an unknown paper is refused.
    REQUIRE(docs.setChecklist(entry, {{QStringLiteral("application"), true}}));
    CHECK(AuditLog(c.db()).count() == audit + 1);
    CHECK_FALSE(docs.setChecklist(entry, {{QStringLiteral("bribe"), true}}));
}

TEST_CASE("Files are attached into the campaign file with their hash and come back out", "[documents]")
{
    TempCampaign c;
    const qint64 entry = addEntry(c.db());
    DocumentRepository docs(c.db(), QStringLiteral("clerk"));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("Báo cáo mô tả.pdf"));
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    const QByteArray bytes = QByteArray("%PDF-1.4 mô tả sáng kiến\n").repeated(1000);
    f.write(bytes);
    f.close();

    const int audit = AuditLog(c.db()).count();
    auto added = docs.addAttachment(entry, path);
    REQUIRE(added);
    CHECK(AuditLog(c.db()).count() == audit + 1);
    auto list = docs.attachments(entry);
    REQUIRE(list);
    REQUIRE(list->size() == 1);
    CHECK(list->first().fileName == QStringLiteral("Báo cáo mô tả.pdf"));
    CHECK(list->first().size == bytes.size());
    CHECK(list->first().sha256 ==
          QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()));

    auto extracted = docs.extract(*added, dir.filePath(QStringLiteral("out")));
    REQUIRE(extracted);
    QFile out(*extracted);
    REQUIRE(out.open(QIODevice::ReadOnly));
    CHECK(out.readAll() == bytes);
    CHECK(QFileInfo(*extracted).fileName() == QStringLiteral("Báo cáo mô tả.pdf"));

    REQUIRE(docs.removeAttachment(*added));
    CHECK(AuditLog(c.db()).count() == audit + 2);
    list = docs.attachments(entry);
    REQUIRE(list);
    CHECK(list->isEmpty());
    CHECK_FALSE(docs.removeAttachment(*added));
}

TEST_CASE("A file over 50 MB or missing is refused with a message", "[documents]")
{
    TempCampaign c;
    const qint64 entry = addEntry(c.db());
    DocumentRepository docs(c.db(), QStringLiteral("clerk"));
    QTemporaryDir dir;
    const QString big = dir.filePath(QStringLiteral("scan.pdf"));
    QFile f(big);
    REQUIRE(f.open(QIODevice::WriteOnly));
    REQUIRE(f.resize(DocumentRepository::kMaxAttachmentBytes + 1)); // sparse: no 50 MB written
    f.close();
    const int audit = AuditLog(c.db()).count();
    auto refused = docs.addAttachment(entry, big);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().message.contains(QStringLiteral("50")));
    CHECK_FALSE(docs.addAttachment(entry, dir.filePath(QStringLiteral("missing.pdf"))));
    CHECK(AuditLog(c.db()).count() == audit);
}
