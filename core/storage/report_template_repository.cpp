#include "report_template_repository.h"

#include "audit_log.h"
#include "database.h"
#include "sql_value.h"

#include <QDateTime>
#include <QJsonObject>
#include <QSqlQuery>

namespace sangkien {

ReportTemplateRepository::ReportTemplateRepository(Database& db, QString user)
    : m_db(db)
    , m_user(std::move(user))
{}

Result<std::optional<QString>> ReportTemplateRepository::stored(ReportKind kind) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT body FROM report_template WHERE kind = ?"));
    q.addBindValue(reportKindCode(kind));
    if (!q.exec())
        return sqlError(q, QStringLiteral("report_template"));
    if (!q.next())
        return std::optional<QString>();
    return std::optional<QString>(q.value(0).toString());
}

Result<QString> ReportTemplateRepository::text(ReportKind kind) const
{
    auto s = stored(kind);
    if (!s)
        return s.error();
    return *s ? **s : ReportTemplate::defaultText(kind);
}

Status ReportTemplateRepository::save(ReportKind kind, const QString& text)
{
    if (auto ok = ReportTemplate::check(text); !ok)
        return ok;
    const bool isDefault = text == ReportTemplate::defaultText(kind);
    return m_db.transaction([&]() -> Status {
        auto before = stored(kind);
        if (!before)
            return before.error();
        if ((*before && **before == text) || (!*before && isDefault))
            return {};
        QSqlQuery q(m_db.connection());
        if (isDefault) {
            q.prepare(QStringLiteral("DELETE FROM report_template WHERE kind = ?"));
            q.addBindValue(reportKindCode(kind));
        } else {
            q.prepare(
                QStringLiteral("INSERT INTO report_template (kind, body, saved_at, saved_by) VALUES (?, ?, "
                               "?, ?) ON CONFLICT (kind) DO UPDATE SET body = excluded.body, saved_at = "
                               "excluded.saved_at, saved_by = excluded.saved_by"));
            q.addBindValue(reportKindCode(kind));
            q.addBindValue(text);
            q.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
            q.addBindValue(sql::text(m_user));
        }
        if (!q.exec())
            return sqlError(q, QStringLiteral("report_template"));
        const QJsonObject beforeJson =
            *before ? QJsonObject{{QStringLiteral("body"), **before}} : QJsonObject();
        const QJsonObject afterJson = isDefault ? QJsonObject() : QJsonObject{{QStringLiteral("body"), text}};
        return AuditLog(m_db).record(m_user,
                                     isDefault
                                         ? QStringLiteral("delete")
                                         : (*before ? QStringLiteral("update") : QStringLiteral("create")),
                                     QStringLiteral("report_template"), 0,
                                     tr("report text (%1)").arg(reportKindCode(kind)), beforeJson, afterJson);
    });
}

} // namespace sangkien
