#pragma once

#include "common/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace sangkien {

class Database;

// A file attached to an entry and kept inside the campaign file (content is read only on demand).
struct Attachment
{
    qint64 id = 0;
    qint64 entryId = 0;
    QString fileName;
    qint64 size = 0;
    QString sha256; // hex
    QDateTime addedAt;
    bool operator==(const Attachment&) const = default;
};

// A file's name and bytes, read when the clerk picks it and attached when the entry is saved.
struct AttachmentFile
{
    QString fileName;
    QByteArray content;
};

// An attachment as it was stored, kept by undo to put it back exactly (same id, same bytes).
struct StoredAttachment
{
    Attachment info;
    QByteArray content;
};

// The papers of an entry: a checklist of the usual documents, and files attached into the campaign
// file so that a copy of the file carries them. Each write is one transaction with its audit row.
class DocumentRepository
{
    Q_DECLARE_TR_FUNCTIONS(DocumentRepository)

public:
    // Larger files are refused: the campaign file is copied to USB sticks and mailed.
    static constexpr qint64 kMaxAttachmentBytes = 50LL * 1024 * 1024;

    // The usual papers, in the order of the dossier; codes are stored, names are shown.
    static QStringList checklistCodes();
    static QString checklistName(const QString& code);

    DocumentRepository(Database& db, QString user);

    // Every checklist code with whether it was received (codes never set are false).
    Result<QMap<QString, bool>> checklist(qint64 entryId) const;
    // Writes the whole checklist; unknown codes are refused. Nothing is written when nothing changed.
    Status setChecklist(qint64 entryId, const QMap<QString, bool>& received);

    Result<QList<Attachment>> attachments(qint64 entryId) const;
    // Reads the file into the campaign file with its SHA-256; refuses empty names, missing files and files
    // over kMaxAttachmentBytes with a message saying so.
    Result<qint64> addAttachment(qint64 entryId, const QString& filePath);
    Result<qint64> addAttachment(qint64 entryId, const AttachmentFile& file);
    // Reads a file for attaching later, with the same refusals as addAttachment().
    static Result<AttachmentFile> readFile(const QString& filePath);
    Result<QByteArray> content(qint64 attachmentId) const;
    // Writes the attachment under dir (a fresh sub-folder, so two files of the same name never clash)
    // and returns the file's path, for the system viewer to open.
    Result<QString> extract(qint64 attachmentId, const QString& dir) const;
    // When removed is given, it receives the attachment as stored, for restoreAttachment().
    Status removeAttachment(qint64 attachmentId, StoredAttachment* removed = nullptr);
    Status restoreAttachment(const StoredAttachment& stored);

private:
    QString entryLabel(qint64 entryId) const;

    Database& m_db;
    QString m_user;
    qint64 m_lastAttachmentId = 0;
};

} // namespace sangkien
