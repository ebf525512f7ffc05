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
#include <QPainter>
#include <QPlainTextEdit>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QScrollArea>
#include <QStandardPaths>
#include <QTabWidget>
#include <QUrl>
#include <QVBoxLayout>
#include <poppler-qt6.h>

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

// The pages shown at most: a long annex is printed or opened whole, not rendered into memory.
constexpr int kMaxShownPages = 40;

bool isPdf(const ReviewAttachment& a)
{
    return a.content.startsWith("%PDF") ||
           QFileInfo(a.fileName).suffix().compare(QLatin1String("pdf"), Qt::CaseInsensitive) == 0;
}

QString sizeText(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

} // namespace

ReviewDocumentsPanel::ReviewDocumentsPanel(QWidget* parent)
    : QWidget(parent)
    , m_opener([](const QString& path) { return QDesktopServices::openUrl(QUrl::fromLocalFile(path)); })
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

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("papersTabs"));
    layout->addWidget(m_tabs, 1);

    auto* papers = new QWidget(m_tabs);
    auto* papersLayout = new QVBoxLayout(papers);
    auto* form = new QFormLayout;
    form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_kind = wrappingLabel(papers);
    m_nominee = wrappingLabel(papers);
    m_unit = wrappingLabel(papers);
    m_authors = wrappingLabel(papers);
    form->addRow(tr("Kind:"), m_kind);
    form->addRow(tr("Nominee:"), m_nominee);
    form->addRow(tr("Unit:"), m_unit);
    form->addRow(tr("Authors:"), m_authors);
    papersLayout->addLayout(form);
    auto* summaryLabel = new QLabel(tr("Summary"), papers);
    summaryLabel->setStyleSheet(QStringLiteral("font-weight: bold;"));
    papersLayout->addWidget(summaryLabel);
    m_summary = new QPlainTextEdit(papers);
    m_summary->setReadOnly(true);
    m_summary->setObjectName(QStringLiteral("summary"));
    summaryLabel->setBuddy(m_summary);
    papersLayout->addWidget(m_summary, 1);
    m_tabs->addTab(papers, tr("&Papers"));

    auto* files = new QWidget(m_tabs);
    auto* filesLayout = new QVBoxLayout(files);
    m_files = new QListWidget(files);
    m_files->setObjectName(QStringLiteral("attachments"));
    m_files->setMaximumHeight(m_files->fontMetrics().height() * 4);
    filesLayout->addWidget(m_files);
    m_noFiles = new QLabel(tr("No files are attached to this entry."), files);
    m_noFiles->setWordWrap(true);
    m_noFiles->setEnabled(false);
    filesLayout->addWidget(m_noFiles);
    m_print = new QPushButton(tr("&Print…"), files);
    m_print->setObjectName(QStringLiteral("printAttachment"));
    m_print->setToolTip(tr("Prints the PDF shown."));
    m_open = new QPushButton(tr("Open with another &program"), files);
    m_open->setToolTip(tr("Opens a copy of the file with the program your computer uses for it."));
    auto* buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_print);
    buttons->addWidget(m_open);
    filesLayout->addLayout(buttons);
    m_viewerNote = new QLabel(files);
    m_viewerNote->setObjectName(QStringLiteral("viewerNote"));
    m_viewerNote->setWordWrap(true);
    filesLayout->addWidget(m_viewerNote);
    m_viewer = new QScrollArea(files);
    m_viewer->setObjectName(QStringLiteral("pdfViewer"));
    m_viewer->setWidgetResizable(true);
    m_viewer->setBackgroundRole(QPalette::Dark);
    m_pages = new QWidget(m_viewer);
    m_pagesLayout = new QVBoxLayout(m_pages);
    m_pagesLayout->setAlignment(Qt::AlignHCenter | Qt::AlignTop);
    m_viewer->setWidget(m_pages);
    filesLayout->addWidget(m_viewer, 1);
    m_tabs->addTab(files, tr("Attached &files"));

    connect(m_open, &QPushButton::clicked, this, &ReviewDocumentsPanel::openCurrent);
    connect(m_files, &QListWidget::itemActivated, this, &ReviewDocumentsPanel::openCurrent);
    connect(m_files, &QListWidget::currentRowChanged, this, &ReviewDocumentsPanel::currentFileChanged);
    connect(m_print, &QPushButton::clicked, this, &ReviewDocumentsPanel::printCurrent);
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] {
        if (m_tabs->currentIndex() == 1 && !m_pdf.isEmpty() && m_pageImages.isEmpty())
            renderPages();
    });
    showEntry(nullptr);
}

ReviewDocumentsPanel::~ReviewDocumentsPanel() = default;

void ReviewDocumentsPanel::showEntry(const ReviewEntry* entry)
{
    m_entry = entry;
    clearPages();
    m_files->clear();
    if (!entry) {
        m_title->setText(tr("Choose an entry in the grid to read its papers."));
        for (QLabel* l : {m_kind, m_nominee, m_unit, m_authors})
            l->clear();
        m_summary->clear();
        m_noFiles->hide();
        m_open->setEnabled(false);
        m_tabs->setTabText(1, tr("Attached &files"));
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
    m_tabs->setTabText(1, tr("Attached &files (%1)").arg(entry->attachments.size()));
    if (!entry->attachments.isEmpty())
        m_files->setCurrentRow(0);
    else
        currentFileChanged(-1);
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
    if (!m_opener(path)) {
        m_lastError = tr("No program on this computer opens %1. Copy the file to a computer that has one, "
                         "or ask the council's office for it on paper.")
                          .arg(a.fileName);
        return {};
    }
    return path;
}

void ReviewDocumentsPanel::openCurrent()
{
    if (openAttachment(m_files->currentRow()).isEmpty() && !m_lastError.isEmpty())
        emit attachmentFailed(m_lastError);
}

void ReviewDocumentsPanel::clearPages()
{
    m_pdf.clear();
    m_pageImages.clear();
    while (QLayoutItem* item = m_pagesLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_print->setEnabled(false);
}

void ReviewDocumentsPanel::currentFileChanged(int row)
{
    m_open->setEnabled(row >= 0);
    clearPages();
    if (row < 0) {
        m_viewerNote->setText(m_entry ? tr("No files are attached to this entry.") : QString());
        m_viewer->hide();
        return;
    }
    prepareAttachment(row, m_tabs->currentIndex() == 1);
}

bool ReviewDocumentsPanel::showAttachment(int index)
{
    return prepareAttachment(index, true);
}

bool ReviewDocumentsPanel::prepareAttachment(int index, bool render)
{
    clearPages();
    if (!m_entry || index < 0 || index >= m_entry->attachments.size())
        return false;
    const ReviewAttachment& a = m_entry->attachments.at(index);
    if (!isPdf(a)) {
        m_viewer->hide();
        m_viewerNote->setText(
            tr("%1 is not a PDF and is not shown here: open it with another program.").arg(a.fileName));
        return false;
    }
    m_pdf = a.content;
    m_viewer->show();
    m_viewerNote->setText(a.fileName);
    // Rendered when the member looks at it, not at every move of the cursor in the grid.
    if (render)
        renderPages();
    return !m_pageImages.isEmpty();
}

void ReviewDocumentsPanel::renderPages()
{
    m_pageImages.clear();
    while (QLayoutItem* item = m_pagesLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    std::unique_ptr<Poppler::Document> doc = Poppler::Document::loadFromData(m_pdf);
    if (!doc || doc->isLocked() || doc->numPages() <= 0) {
        m_viewerNote->setText(tr("This PDF cannot be read here (it is damaged or protected by a password): "
                                 "open it with another program."));
        m_print->setEnabled(false);
        return;
    }
    doc->setRenderHint(Poppler::Document::Antialiasing);
    doc->setRenderHint(Poppler::Document::TextAntialiasing);
    // The page's width fits the viewer at 100 %, as a reader opens a report; zoom scales from there.
    const int room = m_viewer->viewport()->width() - 2 * m_pagesLayout->contentsMargins().left() - 4;
    const int pages = std::min(doc->numPages(), kMaxShownPages);
    for (int i = 0; i < pages; ++i) {
        std::unique_ptr<Poppler::Page> page = doc->page(i);
        if (!page)
            continue;
        const double width = page->pageSizeF().width();
        const double fit = room > 100 && width > 0 ? room * 72.0 / width : 96.0;
        const double dpi = std::clamp(fit, 36.0, 300.0) * m_zoom * devicePixelRatioF();
        QImage image = page->renderToImage(dpi, dpi);
        if (image.isNull())
            continue;
        image.setDevicePixelRatio(devicePixelRatioF());
        auto* label = new QLabel(m_pages);
        label->setPixmap(QPixmap::fromImage(image));
        label->setObjectName(QStringLiteral("pdfPage%1").arg(i + 1));
        m_pagesLayout->addWidget(label);
        m_pageImages << image;
    }
    if (doc->numPages() > pages)
        m_viewerNote->setText(tr("The first %1 of %2 pages are shown; open the file with another program "
                                 "to read the rest.")
                                  .arg(pages)
                                  .arg(doc->numPages()));
    m_print->setEnabled(!m_pageImages.isEmpty());
}

void ReviewDocumentsPanel::setZoom(double zoom)
{
    m_zoom = zoom;
    if (!m_pageImages.isEmpty())
        renderPages();
}

QString ReviewDocumentsPanel::viewerMessage() const
{
    return m_viewerNote->text();
}

bool ReviewDocumentsPanel::printShown(QPrinter& printer)
{
    m_lastError.clear();
    std::unique_ptr<Poppler::Document> doc =
        m_pdf.isEmpty() ? nullptr : Poppler::Document::loadFromData(m_pdf);
    if (!doc || doc->isLocked() || doc->numPages() <= 0) {
        m_lastError = tr("No PDF is shown to print.");
        return false;
    }
    doc->setRenderHint(Poppler::Document::Antialiasing);
    doc->setRenderHint(Poppler::Document::TextAntialiasing);
    QPainter painter;
    if (!painter.begin(&printer)) {
        m_lastError = tr("The printer cannot be used.");
        return false;
    }
    const double dpi = std::min(printer.resolution(), 300);
    const int first = printer.fromPage() > 0 ? printer.fromPage() - 1 : 0;
    const int last = printer.toPage() > 0 ? std::min(printer.toPage(), doc->numPages()) : doc->numPages();
    for (int i = first; i < last; ++i) {
        if (i > first)
            printer.newPage();
        std::unique_ptr<Poppler::Page> page = doc->page(i);
        if (!page)
            continue;
        const QImage image = page->renderToImage(dpi, dpi);
        const QRect area = painter.viewport();
        QSize size = image.size();
        size.scale(area.size(), Qt::KeepAspectRatio);
        painter.drawImage(QRect(area.topLeft(), size), image);
    }
    return painter.end();
}

void ReviewDocumentsPanel::printCurrent()
{
    QPrinter printer(QPrinter::HighResolution);
    QPrintDialog dialog(&printer, this);
    dialog.setWindowTitle(tr("Print the attached file"));
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (!printShown(printer))
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
