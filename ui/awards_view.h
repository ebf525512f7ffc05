#pragma once

#include "awards/quota_validator.h"
#include "campaign_context.h"
#include "prompts.h"
#include "storage/decision_repository.h"

#include <QDialog>
#include <QList>
#include <functional>
#include <optional>

class QAction;
class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QPrintPreviewDialog;
class QTableView;
class QTreeWidget;
class QUndoStack;
class QHBoxLayout;
class QVBoxLayout;

namespace sangkien {

class AwardProposalModel;
class Database;
class DecisionDetailsDialog;

// "Khen thưởng": the ranking beside the awards per form, the quota meters of every rule, the allocator's
// proposal (Propose, Apply), manual moves of the selected entry between forms and out (each refused with
// the rule's name when it breaks a quota, each stored with an audit row, undoable), and the documents:
// print preview, PDF and ODT of the director's decision and of the proposal to the chairman, asking their
// number, date and signer first and freezing the version that is printed.
class AwardsView : public QDialog
{
    Q_OBJECT

public:
    explicit AwardsView(const CampaignContext& context, QWidget* parent = nullptr);
    ~AwardsView() override;

    // Where message boxes, file dialogs and the decision's details dialog go (defaultPrompts() unless set).
    // A campaign open read-only: the ranking, the awards and the meters can be looked at; nothing that
    // stores (apply, move, undo, print or export, which record the decision's version) can be done.
    void setReadOnly(const QString& reason);
    bool isReadOnly() const { return !m_readOnlyReason.isEmpty(); }
    // Fills (and may edit) the details dialog when not interactive; returning false cancels.

    AwardProposalModel* model() const { return m_model; }
    QList<QProgressBar*> quotaMeters() const { return m_meters; }
    QList<QLabel*> quotaLabels() const { return m_meterLabels; }
    QString lastMessage() const { return m_lastMessage; }
    bool lastWasRefusal() const { return m_lastWasRefusal; }
    QUndoStack* undoStack() const { return m_undo; }
    // One action per award form, in the forms' order, then "No award".
    QList<QAction*> moveActions() const { return m_moveActions; }
    bool changedAnything() const { return m_changed; }

    bool propose();
    bool applyProposal();
    // Moves the selected entry to the form (0: takes its award away).
    bool moveSelected(qint64 awardFormId);
    bool moveEntry(qint64 entryId, qint64 awardFormId);
    bool selectEntry(qint64 entryId);
    qint64 selectedEntryId() const;

    DocumentKind documentKind() const;
    void setDocumentKind(DocumentKind kind);
    // The document to print: the version chosen in the list (a printed one, as it was printed), or the
    // current awards with the details asked for and stored. nullopt when cancelled or refused.
    std::optional<AwardDecisionData> prepareDocument(bool* isPrintedVersion = nullptr);
    bool printPreview();
    // Asks the number and date of the province's decision on the proposal to the chairman (the version
    // chosen, or the latest issued) and records it: the entries it names become awarded.
    bool recordProvinceDecision();
    // "In giấy khen…": the certificates of an issued version as print preview, printer or PDF; and
    // "Bố cục giấy khen…": where their texts go on the blanks, saved with the campaign.
    void openCertificates();
    void openCertificateLayout();
    bool exportPdf(const QString& path = {});
    bool exportOdt(const QString& path = {});
    // A print preview of the document, A4, full page, painted by the document painter (not shown).
    QPrintPreviewDialog* createPreview(const AwardDecisionData& data);

    // Re-reads the ranking, the awards and the decision versions.
    void reload();

signals:
    void awardsChanged();

private:
    // Writes the chosen document as ODT or PDF (asking where when path is empty); a first print freezes it.
    bool exportDocument(const QString& path, bool odt);
    friend class MoveAwardCommand;
    friend class ApplyProposalCommand;

    QWidget* buildRanking();
    QWidget* buildSide();
    void buildMeters();
    void updateMeters();
    void updateTree();
    void updateActions();
    void reloadVersions();
    void afterAwardsChanged();
    bool storeMove(qint64 entryId, qint64 awardFormId, bool quiet = false);
    Status storeAwards(const QList<AwardSlot>& list);
    void say(const QString& text, bool refusal);
    void showError(const QString& title, const QString& text);
    bool freezePrinted(const AwardDecisionData& data);
    QString issuedText(const AwardDecisionData& data, int version) const;
    QString askPath(const QString& filter, const QString& suffix);
    QString suggestedFileName(const QString& suffix) const;

    CampaignContext m_context; // handed on to the certificate dialogs
    Database& m_db;
    QString m_user;
    Prompts* m_prompts = &defaultPrompts();
    QString m_readOnlyReason;
    bool m_changed = false;

    AwardProposalModel* m_model = nullptr;
    QTableView* m_ranking = nullptr;
    QTreeWidget* m_tree = nullptr;
    QVBoxLayout* m_meterBox = nullptr;
    QWidget* m_meterPanel = nullptr;
    QLabel* m_meterTitle = nullptr;
    QList<QProgressBar*> m_meters;
    QList<QLabel*> m_meterLabels;
    QLabel* m_message = nullptr;
    QLabel* m_methodNote = nullptr; // how the scores were aggregated
    QString m_lastMessage;
    bool m_lastWasRefusal = false;
    QUndoStack* m_undo = nullptr;
    QAction* m_proposeAction = nullptr;
    QAction* m_applyAction = nullptr;
    QAction* m_printAction = nullptr;
    QAction* m_pdfAction = nullptr;
    QAction* m_odtAction = nullptr;
    QList<QAction*> m_moveActions;
    QList<QPushButton*> m_moveButtons;
    QHBoxLayout* m_moveButtonsRow = nullptr;
    QComboBox* m_documentChoice = nullptr;
    QComboBox* m_versionChoice = nullptr;
    QLabel* m_versionNote = nullptr;
    QPushButton* m_provinceButton = nullptr;
    QPushButton* m_certificatesButton = nullptr;
    QPushButton* m_certificateLayoutButton = nullptr;
};

} // namespace sangkien
