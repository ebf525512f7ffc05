#pragma once

#include "review/review_package.h"

#include <QTemporaryDir>
#include <QWidget>
#include <functional>
#include <memory>

class QLabel;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace sangkien {

// The papers of the entry the member is scoring: title, kind and category, nominee and unit, authors
// with their shares, the summary, and the attached files, each opened with the system's viewer from a
// private copy that is removed when the panel goes.
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
    // What opens a file; the system's viewer by default (tests replace it).
    void setOpener(std::function<void(const QString&)> opener) { m_opener = std::move(opener); }

    QString titleText() const;
    QString detailsText() const;
    QString authorsText() const;
    QString summaryText() const;
    QListWidget* attachmentList() const { return m_files; }

signals:
    // A file could not be written for the viewer; the window says why.
    void attachmentFailed(const QString& message);

private:
    void openCurrent();

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
    std::function<void(const QString&)> m_opener;
    QString m_lastError;
};

} // namespace sangkien
