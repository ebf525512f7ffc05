// Storage owns the tables: only core/storage/ talks to the database connection, only
// CampaignRepository reads the campaign row, and only EntryRepository turns entry ids into codes and
// back. This test reads the sources of app/, core/ and ui/ and fails on a line that breaks one of these.
#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <catch2/catch.hpp>
#include <functional>

namespace {

const QString kRoot = QStringLiteral(SANGKIEN_SOURCE_DIR "/");

struct SourceLine
{
    QString file; // relative to the source folder
    int number = 0;
    QString text;
};

QList<SourceLine> sourceLines()
{
    QList<SourceLine> lines;
    for (const char* dir : {"core", "app", "ui"}) {
        QDirIterator it(kRoot + QLatin1String(dir), {QStringLiteral("*.cpp"), QStringLiteral("*.h")},
                        QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            QFile f(path);
            if (!f.open(QIODevice::ReadOnly))
                continue;
            int number = 0;
            for (const QByteArray& raw : f.readAll().split('\n'))
                lines.append({path.mid(kRoot.size()), ++number, QString::fromUtf8(raw)});
        }
    }
    return lines;
}

// Lines matching pattern in files that are not allowed to have it.
QStringList offenders(const QList<SourceLine>& lines, const QRegularExpression& pattern,
                      const std::function<bool(const QString&)>& allowed)
{
    QStringList out;
    for (const SourceLine& l : lines) {
        if (!allowed(l.file) && pattern.match(l.text).hasMatch())
            out << QStringLiteral("%1:%2: %3").arg(l.file).arg(l.number).arg(l.text.trimmed());
    }
    return out;
}

} // namespace

TEST_CASE("Only core/storage/ uses the database connection", "[storage][sources]")
{
    const QList<SourceLine> lines = sourceLines();
    REQUIRE(lines.size() > 10000);
    const QRegularExpression connection(QStringLiteral("\\bconnection\\(\\)"));
    // The pattern finds what it is for.
    CHECK(connection.match(QStringLiteral("    QSqlQuery q(m_db.connection());")).hasMatch());
    CHECK_FALSE(connection.match(QStringLiteral("    m_connectionName = name;")).hasMatch());
    const QStringList found = offenders(lines, connection, [](const QString& file) {
        return file.startsWith(QLatin1String("core/storage/"));
    });
    INFO(found.join(QLatin1Char('\n')).toStdString());
    CHECK(found.isEmpty());
}

TEST_CASE("Only CampaignRepository reads the campaign row", "[storage][sources]")
{
    const QRegularExpression readsCampaign(QStringLiteral("\\bFROM\\s+campaign\\b"),
                                           QRegularExpression::CaseInsensitiveOption);
    CHECK(readsCampaign.match(QStringLiteral(R"("SELECT year FROM campaign WHERE id = 1")")).hasMatch());
    CHECK_FALSE(readsCampaign.match(QStringLiteral(R"("SELECT id FROM campaign_unit")")).hasMatch());
    const QStringList found = offenders(sourceLines(), readsCampaign, [](const QString& file) {
        return file == QLatin1String("core/storage/campaign_repository.cpp");
    });
    INFO(found.join(QLatin1Char('\n')).toStdString());
    CHECK(found.isEmpty());
}

TEST_CASE("Only EntryRepository turns entry ids into codes and codes into ids", "[storage][sources]")
{
    const QRegularExpression lookup(
        QStringLiteral("SELECT\\s+(code|id)\\s+FROM\\s+entry\\s+WHERE\\s+(id|code)\\s*=\\s*\\?"),
        QRegularExpression::CaseInsensitiveOption);
    CHECK(lookup.match(QStringLiteral(R"(q.prepare(QStringLiteral("SELECT code FROM entry WHERE id = ?"));)"))
              .hasMatch());
    const QStringList found = offenders(sourceLines(), lookup, [](const QString& file) {
        return file == QLatin1String("core/storage/entry_repository.cpp");
    });
    INFO(found.join(QLatin1Char('\n')).toStdString());
    CHECK(found.isEmpty());
}
