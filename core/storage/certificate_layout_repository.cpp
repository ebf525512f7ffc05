#include "certificate_layout_repository.h"

#include "audit_log.h"
#include "database.h"
#include "sql_value.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QSqlQuery>

namespace sangkien {

namespace {

bool knownForm(const QString& formCode)
{
    return formCode == QLatin1String("director") || formCode == QLatin1String("chairman");
}

} // namespace

CertificateLayoutRepository::CertificateLayoutRepository(Database& db, QString user)
    : m_db(db)
    , m_user(std::move(user))
{}

Result<std::optional<CertificateLayout>> CertificateLayoutRepository::load(const QString& formCode) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT layout FROM certificate_layout WHERE form = ?"));
    q.addBindValue(formCode);
    if (!q.exec())
        return sqlError(q, QStringLiteral("certificate_layout"));
    if (!q.next())
        return std::optional<CertificateLayout>();
    const QJsonDocument doc = QJsonDocument::fromJson(q.value(0).toString().toUtf8());
    if (!doc.isObject())
        return Error{tr("The stored certificate layout cannot be read."), formCode, ErrorKind::Damaged};
    auto layout = CertificateLayout::fromJson(doc.object());
    if (!layout)
        return Error{layout.error().message, formCode, ErrorKind::Damaged};
    return std::optional<CertificateLayout>(*layout);
}

Status CertificateLayoutRepository::save(const QString& formCode, const CertificateLayout& layout)
{
    if (!knownForm(formCode))
        return Error{tr("Unknown certificate form \"%1\".").arg(formCode),
                     QStringLiteral("certificate_layout"), ErrorKind::Refused};
    // Refused as a stored one would be on reading: what is saved always loads.
    if (auto checked = CertificateLayout::fromJson(layout.toJson()); !checked)
        return checked.error();
    return m_db.transaction([&]() -> Status {
        auto before = load(formCode);
        if (!before)
            return before.error();
        if (*before && **before == layout)
            return {};
        const QJsonObject json = layout.toJson();
        QSqlQuery q(m_db.connection());
        q.prepare(
            QStringLiteral("INSERT INTO certificate_layout (form, layout, saved_at, saved_by) "
                           "VALUES (?, ?, ?, ?) ON CONFLICT (form) DO UPDATE SET layout = "
                           "excluded.layout, saved_at = excluded.saved_at, saved_by = excluded.saved_by"));
        q.addBindValue(formCode);
        q.addBindValue(QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact)));
        q.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
        q.addBindValue(sql::text(m_user));
        if (!q.exec())
            return sqlError(q, QStringLiteral("certificate_layout"));
        return AuditLog(m_db).record(m_user, *before ? QStringLiteral("update") : QStringLiteral("create"),
                                     QStringLiteral("certificate_layout"), 0,
                                     tr("certificate layout (%1)").arg(formCode),
                                     *before ? (*before)->toJson() : QJsonObject(), json);
    });
}

} // namespace sangkien
