#include "document_repository.h"

#include "audit_log.h"
#include "common/file_error.h"
#include "database.h"
#include "entry_repository.h"
#include "sql_value.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QLocale>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <cerrno>

namespace sangkien {

namespace {

QJsonObject attachmentToJson(const Attachment& a)
{
    return QJsonObject{{QStringLiteral("id"), a.id},
                       {QStringLiteral("entryId"), a.entryId},
                       {QStringLiteral("fileName"), a.fileName},
                       {QStringLiteral("size"), a.size},
                       {QStringLiteral("sha256"), a.sha256}};
}

QJsonObject checklistToJson(const QMap<QString, bool>& list)
{
    QJsonObject o;
    for (auto it = list.cbegin(); it != list.cend(); ++it)
        o.insert(it.key(), it.value());
    return o;
}

} // namespace

QStringList DocumentRepository::checklistCodes()
{
    return {QStringLiteral("application"), QStringLiteral("description"), QStringLiteral("applied_proof"),
            QStringLiteral("unit_council_minutes"), QStringLiteral("other")};
}

QString DocumentRepository::checklistName(const QString& code)
{
    if (code == QLatin1String("application"))
        return tr("Application for recognition of the initiative");
    if (code == QLatin1String("description"))
        return tr("Report describing the initiative");
    if (code == QLatin1String("applied_proof"))
        return tr("Certificate of application");
    if (code == QLatin1String("unit_council_minutes"))
        return tr("Minutes of the unit's council meeting");
    if (code == QLatin1String("other"))
        return tr("Other documents");
    return code;
}

DocumentRepository::DocumentRepository(Database& db, QString user)
    : m_db(db)
    , m_user(std::move(user))
{}

QString DocumentRepository::entryLabel(qint64 entryId) const
{
    const auto code = EntryRepository(m_db).codeOf(entryId);
    return code && *code ? **code : QString::number(entryId);
}

Result<QMap<QString, bool>> DocumentRepository::checklist(qint64 entryId) const
{
    QMap<QString, bool> list;
    for (const QString& code : checklistCodes())
        list.insert(code, false);
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT document, received FROM entry_document WHERE entry_id = ?"));
    q.addBindValue(entryId);
    if (!q.exec())
        return sqlError(q, entryLabel(entryId));
    while (q.next())
        list.insert(q.value(0).toString(), q.value(1).toInt() != 0);
    return list;
}

Status DocumentRepository::setChecklist(qint64 entryId, const QMap<QString, bool>& received)
{
    const QStringList codes = checklistCodes();
    for (auto it = received.cbegin(); it != received.cend(); ++it)
        if (!codes.contains(it.key()))
            return Error{tr("\"%1\" is not a document of the checklist.").arg(it.key()), entryLabel(entryId),
                         ErrorKind::Refused};
    auto before = checklist(entryId);
    if (!before)
        return before.error();
    QMap<QString, bool> after = *before;
    for (auto it = received.cbegin(); it != received.cend(); ++it)
        after.insert(it.key(), it.value());
    if (after == *before)
        return {};
    return m_db.transaction([&]() -> Status {
        QSqlQuery q(m_db.connection());
        for (auto it = after.cbegin(); it != after.cend(); ++it) {
            q.prepare(QStringLiteral(
                "INSERT INTO entry_document (entry_id, document, received) VALUES (?, ?, ?) "
                "ON CONFLICT (entry_id, document) DO UPDATE SET received = excluded.received"));
            q.addBindValue(entryId);
            q.addBindValue(it.key());
            q.addBindValue(it.value() ? 1 : 0);
            if (!q.exec())
                return sqlError(q, entryLabel(entryId));
        }
        return AuditLog(m_db).record(m_user, QStringLiteral("documents"), QStringLiteral("entry_document"),
                                     entryId, entryLabel(entryId), checklistToJson(*before),
                                     checklistToJson(after));
    });
}

Result<QList<Attachment>> DocumentRepository::attachments(qint64 entryId) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT id, entry_id, file_name, size, sha256, added_at FROM entry_attachment "
                             "WHERE entry_id = ? ORDER BY id"));
    q.addBindValue(entryId);
    if (!q.exec())
        return sqlError(q, entryLabel(entryId));
    QList<Attachment> list;
    while (q.next())
        list.append({q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString(),
                     q.value(3).toLongLong(), q.value(4).toString(),
                     QDateTime::fromString(q.value(5).toString(), Qt::ISODateWithMs)});
    return list;
}

Result<AttachmentFile> DocumentRepository::readFile(const QString& filePath)
{
    const QFileInfo info(filePath);
    const QString name = info.fileName();
    if (!info.isFile())
        return Error{tr("The file does not exist or is not a file."), QDir::toNativeSeparators(filePath),
                     ErrorKind::NotFound};
    if (info.size() > kMaxAttachmentBytes) {
        const QLocale locale;
        return Error{tr("The file is %1 MB; files larger than %2 MB cannot be attached. Scan it at a lower "
                        "resolution or split it.")
                         .arg(locale.toString(double(info.size()) / (1024 * 1024), 'f', 1))
                         .arg(kMaxAttachmentBytes / (1024 * 1024)),
                     name, ErrorKind::Refused};
    }
    QFile file(filePath);
    if (!file.open(QIODevice::ReadOnly))
        return FileError::make(tr("The file cannot be read: %1"), name, errno, &file);
    AttachmentFile read;
    read.fileName = name;
    read.content.reserve(info.size());
    while (!file.atEnd()) {
        const QByteArray chunk = file.read(1 << 20);
        if (chunk.isEmpty() && file.error() != QFile::NoError)
            return FileError::make(tr("The file cannot be read: %1"), name, errno, &file);
        read.content.append(chunk);
        if (read.content.size() > kMaxAttachmentBytes)
            return Error{
                tr("The file grew beyond %1 MB while it was read.").arg(kMaxAttachmentBytes / (1024 * 1024)),
                name, ErrorKind::Refused};
    }
    return read;
}

Result<qint64> DocumentRepository::addAttachment(qint64 entryId, const QString& filePath)
{
    auto read = readFile(filePath);
    if (!read)
        return read.error();
    return addAttachment(entryId, *read);
}

Result<qint64> DocumentRepository::addAttachment(qint64 entryId, const AttachmentFile& file)
{
    if (file.fileName.trimmed().isEmpty())
        return Error{tr("The attached file has no name."), entryLabel(entryId), ErrorKind::Refused};
    if (file.content.size() > kMaxAttachmentBytes)
        return Error{
            tr("Files larger than %1 MB cannot be attached.").arg(kMaxAttachmentBytes / (1024 * 1024)),
            file.fileName, ErrorKind::Refused};
    StoredAttachment stored;
    stored.info.entryId = entryId;
    stored.info.fileName = file.fileName;
    stored.info.size = file.content.size();
    stored.info.sha256 =
        QString::fromLatin1(QCryptographicHash::hash(file.content, QCryptographicHash::Sha256).toHex());
    stored.info.addedAt = QDateTime::currentDateTimeUtc();
    stored.content = file.content;
    if (Status s = restoreAttachment(stored); !s)
        return s.error();
    return m_lastAttachmentId;
}

Status DocumentRepository::restoreAttachment(const StoredAttachment& stored)
{
    const Attachment& a = stored.info;
    return m_db.transaction([&]() -> Status {
        QSqlQuery q(m_db.connection());
        q.prepare(
            QStringLiteral("INSERT INTO entry_attachment (id, entry_id, file_name, size, sha256, content, "
                           "added_at) VALUES (?, ?, ?, ?, ?, ?, ?)"));
        q.addBindValue(sql::idOrNull(a.id)); // a new attachment gets the next id
        q.addBindValue(a.entryId);
        q.addBindValue(a.fileName);
        q.addBindValue(a.size);
        q.addBindValue(a.sha256);
        q.addBindValue(stored.content);
        q.addBindValue(a.addedAt.toString(Qt::ISODateWithMs));
        if (!q.exec())
            return sqlError(q, a.fileName);
        Attachment written = a;
        written.id = q.lastInsertId().toLongLong();
        m_lastAttachmentId = written.id;
        return AuditLog(m_db).record(m_user, QStringLiteral("attach"), QStringLiteral("entry_attachment"),
                                     written.id, entryLabel(a.entryId), {}, attachmentToJson(written));
    });
}

Result<QByteArray> DocumentRepository::content(qint64 attachmentId) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT content FROM entry_attachment WHERE id = ?"));
    q.addBindValue(attachmentId);
    if (!q.exec())
        return sqlError(q, QString::number(attachmentId));
    if (!q.next())
        return Error{tr("The attached file no longer exists."), QString::number(attachmentId),
                     ErrorKind::NotFound};
    return q.value(0).toByteArray();
}

Result<QString> DocumentRepository::extract(qint64 attachmentId, const QString& dir) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT file_name FROM entry_attachment WHERE id = ?"));
    q.addBindValue(attachmentId);
    if (!q.exec())
        return sqlError(q, QString::number(attachmentId));
    if (!q.next())
        return Error{tr("The attached file no longer exists."), QString::number(attachmentId),
                     ErrorKind::NotFound};
    // Only the base name: a stored name must never lead the write outside dir.
    QString name = QFileInfo(q.value(0).toString()).fileName();
    if (name.isEmpty() || name == QLatin1String("..") || name == QLatin1String("."))
        name = QStringLiteral("attachment-%1").arg(attachmentId);
    auto bytes = content(attachmentId);
    if (!bytes)
        return bytes.error();
    const QString folder = QDir(dir).filePath(QStringLiteral("attachment-%1").arg(attachmentId));
    if (!QDir().mkpath(folder))
        return Error{tr("The folder cannot be created."), QDir::toNativeSeparators(folder),
                     ErrorKind::Storage};
    const QString path = QDir(folder).filePath(name);
    QFile out(path);
    if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate) || out.write(*bytes) != bytes->size())
        return FileError::make(tr("The file cannot be written: %1"), QDir::toNativeSeparators(path), errno,
                               &out);
    out.close();
    return path;
}

Status DocumentRepository::removeAttachment(qint64 attachmentId, StoredAttachment* removed)
{
    return m_db.transaction([&]() -> Status {
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral("SELECT id, entry_id, file_name, size, sha256, added_at, content FROM "
                                 "entry_attachment WHERE id = ?"));
        q.addBindValue(attachmentId);
        if (!q.exec())
            return sqlError(q, QString::number(attachmentId));
        if (!q.next())
            return Error{tr("The attached file no longer exists."), QString::number(attachmentId),
                         ErrorKind::NotFound};
        const Attachment a{
            q.value(0).toLongLong(), q.value(1).toLongLong(),
            q.value(2).toString(),   q.value(3).toLongLong(),
            q.value(4).toString(),   QDateTime::fromString(q.value(5).toString(), Qt::ISODateWithMs)};
        if (removed)
            *removed = StoredAttachment{a, q.value(6).toByteArray()};
        q.prepare(QStringLiteral("DELETE FROM entry_attachment WHERE id = ?"));
        q.addBindValue(attachmentId);
        if (!q.exec())
            return sqlError(q, a.fileName);
        return AuditLog(m_db).record(m_user, QStringLiteral("detach"), QStringLiteral("entry_attachment"),
                                     attachmentId, entryLabel(a.entryId), attachmentToJson(a), {});
    });
}

} // namespace sangkien
