#pragma once

#include "campaign_context.h"
#include "common/result.h"
#include "domain/campaign.h"
#include "prompts.h"

#include <QDialog>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTabWidget;
class QTableView;
class QDialogButtonBox;

namespace sangkien {

class DateField;

class CriteriaModel;
class Database;
class QuotaRulesModel;

// The campaign's settings on four pages: its facts and legal basis, the scoring criteria (with totals;
// read-only once a score exists), the award forms' quota rules, and the council's pass ratio, quorum and
// how entries are recognised (by the council's vote or by score alone), how members' totals become an
// entry's score and when they disagree.
class CampaignSettingsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit CampaignSettingsDialog(const CampaignContext& context, QWidget* parent = nullptr);

    Campaign campaign() const;
    // Writes what changed; each part with its audit row. Refuses criteria that do not total 100.
    Status save();
    QString problem() const;

    CriteriaModel* criteriaModel() const { return m_criteria; }
    QuotaRulesModel* quotaModel() const { return m_quota; }
    // Whether Save changes how entries are scored (the method or the disagreement threshold) once an award
    // proposal is applied: accept() asks first.
    bool changesScoring() const;
    QString totalsText() const;
    // The message under the pages: why the settings cannot be saved, or why an edit was refused.
    QString problemText() const;
    // A campaign open read-only: every field can be read, nothing changed, Save is off; reason says why.
    void setReadOnly(const QString& reason);
    bool isReadOnly() const { return !m_readOnlyReason.isEmpty(); }

public slots:
    void accept() override;

private:
    QWidget* buildFacts();
    QWidget* buildCriteria();
    QWidget* buildAwards();
    QWidget* buildCouncil();
    void load();
    void updateTotals();
    void updateProblem();
    void showRefusal(const QString& why);
    void moveCriterion(int by);
    void updateCriteriaButtons();

    Database& m_db;
    QString m_user;
    Campaign m_loaded;
    QString m_readOnlyReason;
    Prompts* m_prompts = &defaultPrompts();

    QTabWidget* m_tabs = nullptr;
    QLineEdit* m_name = nullptr;
    QSpinBox* m_year = nullptr;
    QLineEdit* m_planNumber = nullptr;
    QLineEdit* m_issuingBody = nullptr;
    QLineEdit* m_superiorBody = nullptr;
    QLineEdit* m_place = nullptr;
    DateField* m_opensOn = nullptr;
    DateField* m_closesOn = nullptr;
    QPlainTextEdit* m_legalBasis = nullptr;
    CriteriaModel* m_criteria = nullptr;
    QTableView* m_criteriaView = nullptr;
    QLabel* m_totals = nullptr;
    QLabel* m_lockNote = nullptr;
    QPushButton* m_addCriterion = nullptr;
    QPushButton* m_removeCriterion = nullptr;
    QPushButton* m_criterionUp = nullptr;
    QPushButton* m_criterionDown = nullptr;
    QPushButton* m_addRule = nullptr;
    QPushButton* m_removeRule = nullptr;
    QuotaRulesModel* m_quota = nullptr;
    QTableView* m_quotaView = nullptr;
    QDoubleSpinBox* m_passRatio = nullptr;
    QDoubleSpinBox* m_quorum = nullptr;
    QComboBox* m_recognition = nullptr;
    QComboBox* m_aggregation = nullptr;
    QDoubleSpinBox* m_disagreement = nullptr;
    QLabel* m_problem = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace sangkien
