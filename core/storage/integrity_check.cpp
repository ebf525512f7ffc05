#include "integrity_check.h"

#include "audit_log.h"
#include "campaign_repository.h"
#include "database.h"
#include "trail_coverage.h"

#include <QLocale>
#include <QSqlError>
#include <QSqlQuery>
#include <cmath>

namespace sangkien {
namespace {

// "collective" → the words the messages use for a quota rule's kind.
QString kindWords(const QString& kind)
{
    if (kind == QLatin1String("collective"))
        return IntegrityCheck::tr("collectives");
    if (kind == QLatin1String("individual"))
        return IntegrityCheck::tr("individuals");
    return IntegrityCheck::tr("collectives and individuals together");
}

} // namespace

Result<QList<Error>> IntegrityCheck::quick(bool* damaged) const
{
    QList<Error> problems;
    const QString file = m_db.path();
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    // A query that fails means the file is too damaged to check any further.
    auto unreadable = [&](const QString& what) {
        return Error{tr("The campaign file cannot be read (%1): %2").arg(what, q.lastError().text()), file,
                     sqlError(q).kind};
    };

    // SQLite's own structure check first: everything after it assumes readable tables.
    if (!q.exec(QStringLiteral("PRAGMA quick_check")))
        return unreadable(QStringLiteral("quick_check"));
    while (q.next()) {
        const QString line = q.value(0).toString();
        if (line != QLatin1String("ok"))
            problems << Error{tr("SQLite reports damage: %1").arg(line), file, ErrorKind::Damaged};
    }
    if (damaged)
        *damaged = !problems.isEmpty();
    if (!problems.isEmpty())
        return problems;

    const int version = m_db.schemaVersion();
    if (version != Database::currentSchemaVersion())
        problems << Error{tr("The schema version is %1, but this program expects %2.")
                              .arg(version)
                              .arg(Database::currentSchemaVersion()),
                          file, ErrorKind::Damaged};

    if (auto present = campaignPresent(m_db); !present)
        problems << present.error();

    if (!q.exec(QStringLiteral("PRAGMA foreign_key_check")))
        return unreadable(QStringLiteral("foreign_key_check"));
    while (q.next())
        problems << Error{tr("Row %1 refers to a missing row of table \"%2\".")
                              .arg(q.value(1).toString(), q.value(2).toString()),
                          q.value(0).toString(), ErrorKind::Damaged};

    return problems;
}

Status IntegrityCheck::campaignPresent(Database& db)
{
    if (auto rows = CampaignRepository(db).rowCount(); rows && *rows == 1)
        return {};
    return Error{tr("The file holds no campaign (its campaign row is missing): it was never finished being "
                    "made. Create the campaign again, or restore a backup."),
                 db.path(), ErrorKind::Damaged};
}

Result<QList<Error>> IntegrityCheck::run() const
{
    bool damaged = false;
    auto quickProblems = quick(&damaged);
    if (!quickProblems)
        return quickProblems.error();
    QList<Error> problems = *quickProblems;
    if (damaged)
        return problems; // the rest assumes readable tables
    const QString file = m_db.path();
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    auto unreadable = [&](const QString& what) {
        return Error{tr("The campaign file cannot be read (%1): %2").arg(what, q.lastError().text()), file,
                     sqlError(q).kind};
    };

    // Awards whose form is gone (foreign keys may have been off when it was deleted).
    if (!q.exec(QStringLiteral(
            "SELECT e.code, a.award_form_id FROM award a JOIN entry e ON e.id = a.entry_id "
            "LEFT JOIN award_form f ON f.id = a.award_form_id WHERE f.id IS NULL ORDER BY e.code")))
        return unreadable(QStringLiteral("award"));
    while (q.next())
        problems << Error{
            tr("The entry's award refers to award form %1, which does not exist.").arg(q.value(1).toString()),
            q.value(0).toString(), ErrorKind::Damaged};

    // Quota rules: "any" counts collectives and individuals together.
    if (!q.exec(QStringLiteral(
            "SELECT f.code, r.nominee_kind, r.max_count, "
            "(SELECT count(*) FROM award a JOIN entry e ON e.id = a.entry_id JOIN nominee n ON n.id = "
            "e.nominee_id "
            " WHERE a.award_form_id = r.award_form_id AND (r.nominee_kind = 'any' OR n.kind = "
            "r.nominee_kind)) "
            "FROM quota_rule r JOIN award_form f ON f.id = r.award_form_id ORDER BY f.position, r.id")))
        return unreadable(QStringLiteral("quota_rule"));
    while (q.next()) {
        const int limit = q.value(2).toInt();
        const int used = q.value(3).toInt();
        if (used > limit)
            problems << Error{tr("%1 awards of this form go to %2; the quota allows at most %3.")
                                  .arg(used)
                                  .arg(kindWords(q.value(1).toString()))
                                  .arg(limit),
                              q.value(0).toString(), ErrorKind::Quota};
    }

    // Co-authors' shares of contribution add up to 100%.
    if (!q.exec(QStringLiteral(
            "SELECT e.code, sum(a.share) FROM entry e JOIN entry_author a ON a.entry_id = e.id "
            "GROUP BY e.id HAVING abs(sum(a.share) - 100) > 0.01 ORDER BY e.code")))
        return unreadable(QStringLiteral("entry_author"));
    while (q.next())
        problems << Error{tr("The authors' shares add up to %1%, not 100%.")
                              .arg(QLocale().toString(q.value(1).toDouble(), 'g', 6)),
                          q.value(0).toString(), ErrorKind::Refused};

    // Score points within [0, the criterion's max].
    if (!q.exec(QStringLiteral(
            "SELECT e.code, m.full_name, c.code, s.points, c.max_points FROM score s "
            "JOIN criterion c ON c.id = s.criterion_id JOIN score_sheet sh ON sh.id = s.sheet_id "
            "JOIN entry e ON e.id = sh.entry_id LEFT JOIN council_member m ON m.id = sh.member_id "
            "WHERE s.points < 0 OR s.points > c.max_points ORDER BY e.code")))
        return unreadable(QStringLiteral("score"));
    while (q.next())
        problems << Error{tr("%1 gave %2 points on \"%3\", outside 0 to %4.")
                              .arg(q.value(1).toString(), QLocale().toString(q.value(3).toDouble()),
                                   q.value(2).toString(), QLocale().toString(q.value(4).toDouble())),
                          q.value(0).toString(), ErrorKind::Refused};

    // Each sheet's stored total (kept by triggers, read by the entries list for the score) against its
    // points: a file written outside the program without its triggers shows wrong scores otherwise.
    if (!q.exec(QStringLiteral("SELECT e.code, m.full_name, sh.total, (SELECT sum(points) FROM score WHERE "
                               "sheet_id = sh.id) AS sum "
                               "FROM score_sheet sh JOIN entry e ON e.id = sh.entry_id "
                               "LEFT JOIN council_member m ON m.id = sh.member_id "
                               "WHERE sh.total IS NOT sum ORDER BY e.code")))
        return unreadable(QStringLiteral("score_sheet"));
    while (q.next())
        problems << Error{
            tr("%1's sheet keeps a total of %2 points, but its points add up to %3: the file "
               "was changed outside the program.")
                .arg(q.value(1).toString(),
                     q.value(2).isNull() ? QStringLiteral("—") : QLocale().toString(q.value(2).toDouble()),
                     q.value(3).isNull() ? QStringLiteral("0") : QLocale().toString(q.value(3).toDouble())),
            q.value(0).toString(), ErrorKind::Damaged};

    // The audit trail's hash chain: a row edited or removed outside the program breaks it.
    auto broken = AuditLog(m_db).firstBrokenRow();
    if (!broken)
        return broken.error();
    if (*broken)
        problems << Error{
            tr("The audit trail was changed outside the program: row %1 does not follow from the "
               "rows before it.")
                .arg(*broken),
            QStringLiteral("audit_log"), ErrorKind::Damaged};

    // Rows removed from the end of the trail leave a chain that holds; the anchor does not agree.
    auto anchor = AuditLog(m_db).anchorMismatch();
    if (!anchor)
        return anchor.error();
    if (!anchor->isEmpty())
        problems << Error{*anchor, QStringLiteral("audit_log"), ErrorKind::Damaged};

    // Scores, awards and votes as the trail says they were left.
    auto differences = TrailCoverage(m_db).differences();
    if (!differences)
        return differences.error();
    problems << *differences;
    return problems;
}

} // namespace sangkien
