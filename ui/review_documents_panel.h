#pragma once

#include "review/review_package.h"

#include <QImage>
#include <QTemporaryDir>
#include <QWidget>
#include <functional>
#include <memory>

class QLabel;
class QListWidget;
class QPlainTextEdit;
class QPrinter;
class QPushButton;
class QScrollArea;
class QTabWidget;
class QVBoxLayout;

namespace sangkien {

// The papers of the entry the member is scoring: title, kind and category, nominee and unit, authors
// with their shares, the summary, and the attached files. A PDF is shown and printed inside the program
// (poppler); any other file is opened with the system's viewer from a private copy that is removed when
// the panel goes, or the member is told that nothing on the computer opens it.
class ReviewDocumentsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit ReviewDocumentsPanel(QWidget* parent = nullptr);
    ~ReviewDocumentsPanel() override;

    void showEntry(const ReviewEntry* entry);
    const ReviewEntry* entry() const { return m_entry; }

    // Writes the attachment to the private folder and hands it to the viewer; the path, or empty (and
    // lastError) when it could not be written.
    QString openAttachment(int index);
    QString lastError() const { return m_lastError; }
    // What opens a file; the system's viewer by default (tests replace it). False: nothing opened it.
    void setOpener(std::function<bool(const QString&)> opener) { m_opener = std::move(opener); }

    // Shows the attachment in the viewer tab when it is a PDF; false (and viewerMessage) otherwise.
    bool showAttachment(int index);
    // The pages shown of the current PDF (empty when none), as rendered.
    QList<QImage> shownPages() const { return m_pageImages; }
    QString viewerMessage() const;
    // Prints the PDF shown to the printer, a page a sheet; false (and lastError) when nothing is shown.
    bool printShown(QPrinter& printer);
    // Scale of the pages shown (1: 100 %).
    void setZoom(double zoom);

    QString titleText() const;
    QString detailsText() const;
    QString authorsText() const;
    QString summaryText() const;

signals:
    // A file could not be written for the viewer; the window says why.
    void attachmentFailed(const QString& message);

private:
    void openCurrent();
    void printCurrent();
    void currentFileChanged(int row);
    void clearPages();
    bool prepareAttachment(int index, bool render);
    void renderPages();

    const ReviewEntry* m_entry = nullptr;
    QLabel* m_title = nullptr;
    QLabel* m_kind = nullptr;
    QLabel* m_nominee = nullptr;
    QLabel* m_unit = nullptr;
    QLabel* m_authors = nullptr;
    QPlainTextEdit* m_summary = nullptr;
    QListWidget* m_files = nullptr;
    QPushButton* m_open = nullptr;
    QLabel* m_noFiles = nullptr;
    std::unique_ptr<QTemporaryDir> m_copies;
    QTabWidget* m_tabs = nullptr;
    QScrollArea* m_viewer = nullptr;
    QWidget* m_pages = nullptr;
    QVBoxLayout* m_pagesLayout = nullptr;
    QLabel* m_viewerNote = nullptr;
    QPushButton* m_print = nullptr;
    QByteArray m_pdf; // the PDF shown
    QList<QImage> m_pageImages;
    double m_zoom = 1.0;
    std::function<bool(const QString&)> m_opener;
    QString m_lastError;
};

} // namespace sangkien
