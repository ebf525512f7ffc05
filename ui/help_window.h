#pragma once

#include <QDialog>
#include <QString>

class QTextBrowser;

namespace sangkien {

// Help › User Guide (F1): the Vietnamese guide of README.md ("Hướng dẫn sử dụng"), shipped inside the
// program with its pictures, so it is there on a machine without the repository or a network.
class HelpWindow : public QDialog
{
    Q_OBJECT

public:
    explicit HelpWindow(QWidget* parent = nullptr);

    // The guide's Markdown: README's section from its "Hướng dẫn sử dụng" heading to the next heading of
    // the same level; empty when the embedded README has none.
    static QString guideMarkdown();

    QTextBrowser* browser() const { return m_browser; }

    // README's pictures are shown at most this many pixels wide.
    static constexpr int kPictureWidth = 860;

private:
    void fitPictures(int width);

    QTextBrowser* m_browser;
};

} // namespace sangkien
