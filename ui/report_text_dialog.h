#pragma once

#include "reports/report_template.h"

#include <QDialog>
#include <QHash>

class QComboBox;
class QPlainTextEdit;

namespace sangkien {

struct CampaignContext;

// Campaign › Reports › Report Texts: the text of the interim and final reports as the office writes it,
// a plain text with placeholders for the figures (listed beside it), kept with the campaign
// (ReportTemplateRepository). Restore Default puts the program's text back; a text with unknown
// placeholders is refused, naming them, and nothing is saved.
class ReportTextDialog : public QDialog
{
    Q_OBJECT

public:
    ReportTextDialog(const CampaignContext& context, ReportKind kind, QWidget* parent = nullptr);

    QString text(ReportKind kind) const;

    void accept() override;

private:
    void showKind(ReportKind kind);
    void restoreDefault();
    ReportKind currentKind() const;

    const CampaignContext& m_context;
    QComboBox* m_kind = nullptr;
    QPlainTextEdit* m_editor = nullptr;
    QHash<int, QString> m_texts; // by ReportKind, as edited
    ReportKind m_shown = ReportKind::Final;
};

} // namespace sangkien
