// libFuzzer target: a campaign file from elsewhere (a colleague's copy, last year's file, a backup on a
// USB stick). The bytes are written to a file and read the way the program reads a file it did not
// write: opened read-only, checked (`check`), then the campaign, its entries and its audit trail loaded
// and searched for duplicates as an earlier campaign. Whatever the bytes, nothing may crash or hang,
// every refusal carries a message, and reading never changes the file.
#include "domain/entry.h"
#include "storage/audit_log.h"
#include "storage/campaign_repository.h"
#include "storage/database.h"
#include "storage/duplicate_finder.h"
#include "storage/entry_repository.h"
#include "storage/integrity_check.h"

#include <QCoreApplication>
#include <QFile>
#include <QTemporaryDir>

namespace {

using namespace sangkien;

void requireMessage(const Error& error)
{
    if (error.message.isEmpty())
        __builtin_trap(); // a refusal the clerk could not understand
}

void readEverything(Database& db)
{
    if (auto problems = IntegrityCheck(db).run(); !problems)
        requireMessage(problems.error());
    if (auto campaign = CampaignRepository(db).load(); !campaign)
        requireMessage(campaign.error());
    EntryRepository entries(db);
    (void)entries.count();
    auto list = entries.list();
    if (!list) {
        requireMessage(list.error());
    } else {
        int loaded = 0;
        for (const EntrySummary& summary : *list) {
            if (++loaded > 20)
                break;
            if (auto entry = entries.load(summary.id); !entry)
                requireMessage(entry.error());
        }
    }
    if (auto trail = AuditLog(db).all(); !trail)
        requireMessage(trail.error());
    if (auto broken = AuditLog(db).firstBrokenRow(); !broken)
        requireMessage(broken.error());
    Entry candidate;
    candidate.title = QStringLiteral("Ứng dụng phần mềm quản lý hồ sơ một cửa điện tử");
    candidate.nominee.name = QStringLiteral("Nguyễn Văn An");
    if (auto found = DuplicateFinder::find(db, candidate, QStringLiteral("2023.sangkien")); !found)
        requireMessage(found.error());
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    static int argc = 1;
    static char name[] = "fuzz_campaign_file";
    static char* argv[] = {name, nullptr};
    static QCoreApplication app(argc, argv);
    static QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("elsewhere.sangkien"));
    for (const char* suffix : {"", "-wal", "-shm", "-journal"})
        QFile::remove(path + QLatin1String(suffix));
    const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
            __builtin_trap();
    }
    {
        auto db = Database::open(path, Database::Mode::ReadOnly);
        if (db)
            readEverything(**db);
        else
            requireMessage(db.error());
    }
    // Reading never writes: the file holds exactly the bytes it was given.
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly) || file.readAll() != bytes)
        __builtin_trap();
    return 0;
}
