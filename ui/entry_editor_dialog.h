#pragma once

#include "campaign_context.h"
#include "domain/content_category.h"
#include "domain/entry.h"
#include "domain/entry_validator.h"
#include "prompts.h"
#include "services/papers_change.h"
#include "storage/duplicate_finder.h"

#include <QDialog>
#include <QHash>
#include <QMap>
#include <QSet>
#include <QStringList>
#include <functional>
#include <memory>
#include <vector>

class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTimer;

namespace sangkien {

class CoAuthorsEditor;
class DateField;
class Database;
class MoneyEdit;
class UnitCompleter;

// One entry as the paper dossier has it: the initiative, the nominee, the co-authors and the papers
// received. Keyboard-first (Tab follows the form); each field is checked as it is typed with the
// reason shown under it, and OK stays disabled while anything is wrong. Possible duplicates in this and
// earlier campaigns are shown before saving.
class EntryEditorDialog : public QDialog
{
    Q_OBJECT

public:
    explicit EntryEditorDialog(const CampaignContext& context, QWidget* parent = nullptr);
    ~EntryEditorDialog() override;

    // A new entry's defaults (received today, kind initiative, individual nominee), or an existing one.
    void setEntry(const Entry& entry);
    bool isNewEntry() const { return m_original.id == 0; }
    const Entry& originalEntry() const { return m_original; }
    // The entry as the form says now (id, code and status kept from the original).
    Entry entry() const;
    QMap<QString, bool> checklist() const;
    // The papers as changed in the form (checklist, files picked, files removed): nothing of it is
    // written until the entry is saved, with the entry, as one undoable step.
    PapersChange papersChange() const;
    // Reads the files to attach when the entry is saved; says why a file cannot be attached.
    void attachFiles(const QStringList& paths);

    // Campaign files of earlier years to look for duplicates in (opened read-only).
    void setEarlierCampaigns(const QStringList& paths);
    void checkDuplicatesNow();
    const QList<PossibleDuplicate>& duplicates() const { return m_duplicates; }
    QString duplicateWarning() const;

    QList<FieldProblem> problems() const { return m_problems; }
    // The message shown under a field ("title", "nominee.unit", "authors", …), empty when none is.
    QString messageFor(const QString& field) const;
    QString statusLine() const;

    // What Save does once the form is valid: true when written. When it fails (a full disk, a refusal),
    // the dialog stays open with everything typed and says why, so nothing the clerk typed is lost.
    void setSaver(std::function<bool(QString* why)> saver) { m_saver = std::move(saver); }

    // Where questions go (saving with possible duplicates, leaving with unsaved changes).

    // A campaign open read-only: the entry can be looked at and its files opened, nothing changed; reason
    // (another program writes the campaign, the file is read-only) shows at the bottom.
    void setReadOnly(const QString& reason);
    bool isReadOnly() const { return !m_readOnlyReason.isEmpty(); }

    // Something typed or picked that is not saved (a half-typed date or unit counts).
    bool hasUnsavedChanges() const;
    // Closes without a question, dropping what was typed (the campaign closes under the editor).
    void discard();

public slots:
    void accept() override;
    // Esc, Cancel and the close button: with unsaved changes asks Save / Don't save / Cancel first.
    void reject() override;

private:
    void buildForm();
    void loadCatalogs();
    void revalidate();
    void touch(const QString& field);
    void updateNomineeKind();
    void updateCategoryWording();
    void addAttachment();
    void openAttachment();
    void removeAttachment();
    void reloadAttachments();
    QLabel* messageLabel(const QString& field);

    Database& m_db;
    QString m_user;
    Entry m_original;
    QList<ContentCategory> m_categories;
    QList<FieldProblem> m_problems;
    QList<PossibleDuplicate> m_duplicates;
    QStringList m_earlier;
    std::vector<std::unique_ptr<Database>> m_earlierDbs;
    std::function<bool(QString* why)> m_saver;
    QMap<QString, bool> m_checklistBefore;
    QList<AttachmentFile> m_pending;
    QList<qint64> m_removedIds;
    QSet<QString> m_touched;
    QHash<QString, QLabel*> m_messages;
    bool m_triedToSave = false;
    QString m_readOnlyReason;
    Prompts* m_prompts = &defaultPrompts();
    bool m_loading = false;

    QLineEdit* m_title = nullptr;
    QComboBox* m_kind = nullptr;
    QComboBox* m_category = nullptr;
    QLabel* m_categoryWording = nullptr;
    QPlainTextEdit* m_summary = nullptr;
    DateField* m_firstApplied = nullptr;
    QLineEdit* m_scope = nullptr;
    MoneyEdit* m_benefit = nullptr;
    QComboBox* m_nomineeKind = nullptr;
    QLabel* m_nomineeNameLabel = nullptr;
    QLineEdit* m_nomineeName = nullptr;
    QComboBox* m_gender = nullptr;
    QSpinBox* m_birthYear = nullptr;
    QLineEdit* m_position = nullptr;
    QLineEdit* m_unit = nullptr;
    UnitCompleter* m_unitCompleter = nullptr;
    QFormLayout* m_nomineeForm = nullptr;
    CoAuthorsEditor* m_authors = nullptr;
    DateField* m_received = nullptr;
    QLabel* m_status = nullptr;
    QListWidget* m_checklist = nullptr;
    QListWidget* m_attachments = nullptr;
    QPushButton* m_attachAdd = nullptr;
    QPushButton* m_attachOpen = nullptr;
    QPushButton* m_attachRemove = nullptr;
    QLabel* m_duplicateLabel = nullptr;
    QLabel* m_statusLine = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
    QTimer* m_duplicateDelay = nullptr;
};

} // namespace sangkien
