#include "history_dialog.h"

#include "domain/entry_workflow.h"
#include "error_wording.h"
#include "prompts.h"
#include "services/campaign_history.h"
#include "text/vietnamese_text.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QRadioButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace sangkien {

HistoryDialog::HistoryDialog(Prompts& prompts, const QString& folder, QWidget* parent)
    : QDialog(parent)
    , m_prompts(prompts)
{
    setObjectName(QStringLiteral("HistoryDialog"));
    setWindowTitle(tr("Records across the Years"));
    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;

    m_folder = new QLineEdit(QDir::toNativeSeparators(folder), this);
    m_folder->setObjectName(QStringLiteral("historyFolder"));
    auto* chooseFolder = new QPushButton(tr("C&hoose…"), this);
    chooseFolder->setObjectName(QStringLiteral("chooseHistoryFolder"));
    auto* folderRow = new QHBoxLayout;
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(chooseFolder);
    auto* folderLabel = new QLabel(tr("Campaign &folder:"), this);
    folderLabel->setBuddy(m_folder);
    form->addRow(folderLabel, folderRow);

    m_byUnit = new QRadioButton(tr("a &unit"), this);
    m_byUnit->setObjectName(QStringLiteral("historyByUnit"));
    m_byPerson = new QRadioButton(tr("a &person"), this);
    m_byPerson->setObjectName(QStringLiteral("historyByPerson"));
    m_byUnit->setChecked(true);
    auto* subjectRow = new QHBoxLayout;
    subjectRow->addWidget(m_byUnit);
    subjectRow->addWidget(m_byPerson);
    subjectRow->addStretch();
    form->addRow(tr("Look for:"), subjectRow);

    m_query = new QLineEdit(this);
    m_query->setObjectName(QStringLiteral("historyQuery"));
    m_query->setPlaceholderText(tr("A name, accents optional, in any order (e.g. nhu quynh, hang le thi)"));
    m_query->setClearButtonEnabled(true);
    auto* find = new QPushButton(tr("&Find"), this);
    find->setObjectName(QStringLiteral("historyFind"));
    find->setDefault(true);
    auto* queryRow = new QHBoxLayout;
    queryRow->addWidget(m_query, 1);
    queryRow->addWidget(find);
    auto* queryLabel = new QLabel(tr("&Name:"), this);
    queryLabel->setBuddy(m_query);
    form->addRow(queryLabel, queryRow);
    layout->addLayout(form);

    m_results = new QTableWidget(0, ColumnCount, this);
    m_results->setObjectName(QStringLiteral("historyResults"));
    m_results->setHorizontalHeaderLabels({tr("Year"), tr("Code"), tr("Title"), tr("Nominee"), tr("Unit"),
                                          tr("Score"), tr("Rank"), tr("Award"), tr("Note")});
    m_results->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_results->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_results->verticalHeader()->hide();
    m_results->horizontalHeader()->setSectionResizeMode(TitleColumn, QHeaderView::Stretch);
    layout->addWidget(m_results, 1);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("historySummary"));
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setText(tr("Close"));
    buttons->button(QDialogButtonBox::Close)->setAutoDefault(false);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(find, &QPushButton::clicked, this, &HistoryDialog::search);
    connect(m_query, &QLineEdit::returnPressed, this, &HistoryDialog::search);
    connect(chooseFolder, &QPushButton::clicked, this, [this] {
        // Any campaign file of the folder names it (Prompts asks for files, not folders).
        const QString chosen = m_prompts.openFile(this, tr("A campaign file in the folder"),
                                                  QDir::fromNativeSeparators(m_folder->text()),
                                                  tr("Campaign files (*.sangkien)"));
        if (!chosen.isEmpty())
            m_folder->setText(QDir::toNativeSeparators(QFileInfo(chosen).absolutePath()));
    });
    resize(1100, 600);
}

bool HistoryDialog::search()
{
    const auto found = CampaignHistory::search(
        QDir::fromNativeSeparators(m_folder->text().trimmed()),
        m_byUnit->isChecked() ? HistorySubject::Unit : HistorySubject::Person, m_query->text());
    m_results->setRowCount(0);
    if (!found) {
        m_summary->setText(ErrorWording::describe(found.error()));
        return false;
    }
    const QLocale locale;
    m_results->setSortingEnabled(false);
    m_results->setRowCount(int(found->records.size()));
    for (int row = 0; row < found->records.size(); ++row) {
        const HistoryRecord& r = found->records.at(row);
        QString note;
        if (r.via == QLatin1String("author"))
            note = tr("author");
        else if (r.via == QLatin1String("nominee"))
            note = tr("nominee");
        else if (!r.via.isEmpty())
            note = tr("now %1").arg(r.via);
        const QStringList cells = {
            QString::number(r.year),
            r.entry.code,
            r.entry.title,
            r.entry.nominee,
            r.entry.unit,
            r.score ? locale.toString(*r.score, 'f', 2) : QString(),
            r.rank ? QString::number(r.rank) : QString(),
            r.entry.award.isEmpty() ? EntryWorkflow::displayName(
                                          entryStatusFromCode(r.entry.status).value_or(EntryStatus::Received))
                                    : r.entry.award,
            note};
        for (int column = 0; column < ColumnCount; ++column) {
            auto* item = new QTableWidgetItem(cells.at(column));
            if (column == ScoreColumn || column == RankColumn || column == YearColumn)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_results->setItem(row, column, item);
        }
    }
    m_results->resizeColumnsToContents();
    m_results->horizontalHeader()->setSectionResizeMode(TitleColumn, QHeaderView::Stretch);
    QString summary =
        tr("%1 entries in %2 campaign files.").arg(found->records.size()).arg(found->campaigns.size());
    for (const Error& e : found->unreadable)
        summary += QLatin1Char(' ') + tr("Not read: %1 (%2).").arg(QFileInfo(e.place).fileName(), e.message);
    m_summary->setText(summary);
    return true;
}

} // namespace sangkien
