#pragma once

#include "reports/campaign_statistics.h"
#include "reports/report_template.h"

#include <QDate>
#include <QDialog>
#include <memory>

class QLabel;

namespace sangkien {

class DateField;
class DocumentDetailsFields;

// What a report is printed with, asked before its preview or its file: the number (optional: left as
// "…/BC-SKHCN" for the office to write in), the date, who signs, and the period whose entries are counted
// (both ends optional: the whole campaign by default). The CLI takes the same as --number, --date, --signer,
// --deputy, --from and --to.
struct ReportDetails
{
    QString number;
    QDate date;
    QString signer;
    bool deputy = false;
    StatisticsPeriod period;
};

class ReportDetailsDialog : public QDialog
{
    Q_OBJECT

public:
    ReportDetailsDialog(ReportKind kind, QWidget* parent = nullptr);
    ~ReportDetailsDialog() override;

    void setDetails(const ReportDetails& details);
    ReportDetails details() const;
    // Why the details cannot be used, in words (empty when they can).
    QString problem() const;

public slots:
    void accept() override;

private:
    std::unique_ptr<DocumentDetailsFields> m_document;
    DateField* m_from = nullptr;
    DateField* m_to = nullptr;
    QLabel* m_problem = nullptr;
};

} // namespace sangkien
