#include "review_documents_panel.h"

#include <QCoreApplication>
#include <QDesktopServices>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QUrl>
#include <QVBoxLayout>

namespace sangkien {
namespace {

// The names the clerk's window uses, so they read the same and are translated once.
QString kindName(const QString& code)
{
    if (code == QLatin1String("technical_improvement"))
        return QCoreApplication::translate("sangkien::EntriesModel", "Technical improvement");
    if (code == QLatin1String("useful_solution"))
        return QCoreApplication::translate("sangkien::EntriesModel", "Useful solution");
    return QCoreApplication::translate("sangkien::EntriesModel", "Initiative");
}

QString nomineeKindName(const QString& code)
{
    return code == QLatin1String("collective")
               ? QCoreApplication::translate("sangkien::EntriesModel", "Collective")
               : QCoreApplication::translate("sangkien::EntriesModel", "Individual");
}

QLabel* wrappingLabel(QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

QString sizeText(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

} // namespace

ReviewDocumentsPanel::ReviewDocumentsPanel(QWidget* parent)
    : QWidget(parent)
    , m_opener([](const QString& path) { QDesktopServices::openUrl(QUrl::fromLocalFile(path)); })
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 0, 0, 0);
    m_title = wrappingLabel(this);
    m_title->setObjectName(QStringLiteral("entryTitle"));
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.15);
    big.setBold(true);
    m_title->setFont(big);
    layout->addWidget(m_title);

    auto* form = new QFormLayout;
    form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_kind = wrappingLabel(this);
    m_nominee = wrappingLabel(this);
    m_unit = wrappingLabel(this);
    m_authors = wrappingLabel(this);
    form->addRow(tr("Kind:"), m_kind);
    form->addRow(tr("Nominee:"), m_nominee);
    form->addRow(tr("Unit:"), m_unit);
    form->addRow(tr("Authors:"), m_authors);
    layout->addLayout(form);

    auto* summaryLabel = new QLabel(tr("Summary"), this);
    summaryLabel->setStyleSheet(QStringLiteral("font-weight: bold;"));
    layout->addWidget(summaryLabel);
    m_summary = new QPlainTextEdit(this);
    m_summary->setReadOnly(true);
    m_summary->setObjectName(QStringLiteral("summary"));
    summaryLabel->setBuddy(m_summary);
    layout->addWidget(m_summary, 3);

    auto* filesLabel = new QLabel(tr("Attached files"), this);
    filesLabel->setStyleSheet(QStringLiteral("font-weight: bold;"));
    layout->addWidget(filesLabel);
    m_files = new QListWidget(this);
    m_files->setObjectName(QStringLiteral("attachments"));
    m_files->setMaximumHeight(m_files->fontMetrics().height() * 6);
    layout->addWidget(m_files, 1);
    m_noFiles = new QLabel(tr("No files are attached to this entry."), this);
    m_noFiles->setWordWrap(true);
    m_noFiles->setEnabled(false);
    layout->addWidget(m_noFiles);
    m_open = new QPushButton(tr("Open &file"), this);
    m_open->setToolTip(tr("Opens a copy of the file with the program your computer uses for it."));
    auto* buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_open);
    layout->addLayout(buttons);

    connect(m_open, &QPushButton::clicked, this, &ReviewDocumentsPanel::openCurrent);
    connect(m_files, &QListWidget::itemActivated, this, &ReviewDocumentsPanel::openCurrent);
    connect(m_files, &QListWidget::currentRowChanged, this,
            [this](int row) { m_open->setEnabled(row >= 0); });
    showEntry(nullptr);
}

ReviewDocumentsPanel::~ReviewDocumentsPanel() = default;

void ReviewDocumentsPanel::showEntry(const ReviewEntry* entry)
{
    m_entry = entry;
    m_files->clear();
    if (!entry) {
        m_title->setText(tr("Choose an entry in the grid to read its papers."));
        for (QLabel* l : {m_kind, m_nominee, m_unit, m_authors})
            l->clear();
        m_summary->clear();
        m_noFiles->hide();
        m_open->setEnabled(false);
        return;
    }
    m_title->setText(QStringLiteral("%1 — %2").arg(entry->code, entry->title));
    m_kind->setText(entry->category.isEmpty()
                        ? kindName(entry->kind)
                        : tr("%1, content %2").arg(kindName(entry->kind), entry->category));
    m_nominee->setText(QStringLiteral("%1 (%2)").arg(entry->nominee, nomineeKindName(entry->nomineeKind)));
    m_unit->setText(entry->unit);
    QStringList authors;
    for (const ReviewAuthor& a : entry->authors)
        authors << tr("%1 — %2%").arg(a.name, QLocale().toString(a.share, 'g', 4));
    m_authors->setText(authors.isEmpty() ? tr("(none listed)") : authors.join(QLatin1Char('\n')));
    m_summary->setPlainText(entry->summary);
    for (const ReviewAttachment& a : entry->attachments) {
        auto* item = new QListWidgetItem(
            QStringLiteral("%1  (%2)").arg(a.fileName, sizeText(a.content.size())), m_files);
        item->setToolTip(a.fileName);
    }
    m_files->setVisible(!entry->attachments.isEmpty());
    m_noFiles->setVisible(entry->attachments.isEmpty());
    if (!entry->attachments.isEmpty())
        m_files->setCurrentRow(0);
    m_open->setEnabled(!entry->attachments.isEmpty());
}

QString ReviewDocumentsPanel::openAttachment(int index)
{
    m_lastError.clear();
    if (!m_entry || index < 0 || index >= m_entry->attachments.size())
        return {};
    const ReviewAttachment& a = m_entry->attachments.at(index);
    if (!m_copies) {
        // A folder only this user can read (QTemporaryDir makes it 0700), removed with the panel.
        m_copies = std::make_unique<QTemporaryDir>(
            QDir(QStandardPaths::writableLocation(QStandardPaths::TempLocation))
                .filePath(QStringLiteral("sangkien-review-XXXXXX")));
    }
    // One sub-folder per entry: two entries may attach files of the same name.
    const QString dir = QDir(m_copies->path()).filePath(QString::number(m_entry->id));
    const QString path = QDir(dir).filePath(QFileInfo(a.fileName).fileName());
    QFile out(path);
    if (!m_copies->isValid() || !QDir().mkpath(dir) || !out.open(QIODevice::WriteOnly) ||
        out.write(a.content) != a.content.size()) {
        m_lastError = tr("The file %1 cannot be opened: %2").arg(a.fileName, out.errorString());
        return {};
    }
    out.close();
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    m_opener(path);
    return path;
}

void ReviewDocumentsPanel::openCurrent()
{
    if (openAttachment(m_files->currentRow()).isEmpty() && !m_lastError.isEmpty())
        emit attachmentFailed(m_lastError);
}

QString ReviewDocumentsPanel::titleText() const
{
    return m_title->text();
}

QString ReviewDocumentsPanel::detailsText() const
{
    return QStringList{m_kind->text(), m_nominee->text(), m_unit->text()}.join(QLatin1Char('\n'));
}

QString ReviewDocumentsPanel::authorsText() const
{
    return m_authors->text();
}

QString ReviewDocumentsPanel::summaryText() const
{
    return m_summary->toPlainText();
}

} // namespace sangkien
