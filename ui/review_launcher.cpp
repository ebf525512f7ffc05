#include "review_launcher.h"

#include "pin_dialog.h"
#include "review/review_package.h"
#include "review_window.h"

#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFile>
#include <QFileInfo>
#include <QMessageBox>
#include <QMimeData>
#include <QUrl>
#include <QWidget>

namespace sangkien {
namespace {

QStringList packagesIn(const QMimeData* mime)
{
    QStringList paths;
    if (!mime || !mime->hasUrls())
        return paths;
    for (const QUrl& url : mime->urls())
        if (url.isLocalFile() && ReviewLauncher::isReviewPackage(url.toLocalFile()))
            paths << url.toLocalFile();
    return paths;
}

// Takes the drops of review packages before the window sees them.
class PackageDropFilter : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::DragEnter || event->type() == QEvent::DragMove) {
            auto* drag = static_cast<QDragMoveEvent*>(event);
            if (!packagesIn(drag->mimeData()).isEmpty()) {
                drag->acceptProposedAction();
                return true;
            }
        } else if (event->type() == QEvent::Drop) {
            auto* drop = static_cast<QDropEvent*>(event);
            const QStringList paths = packagesIn(drop->mimeData());
            if (!paths.isEmpty()) {
                drop->acceptProposedAction();
                for (const QString& path : paths)
                    ReviewLauncher::open(path, qobject_cast<QWidget*>(watched));
                return true;
            }
        }
        return QObject::eventFilter(watched, event);
    }
};

} // namespace

bool ReviewLauncher::isReviewPackage(const QString& path)
{
    if (QFileInfo(path).suffix().compare(kPackageSuffix, Qt::CaseInsensitive) == 0)
        return true;
    QFile file(path);
    return file.open(QIODevice::ReadOnly) &&
           file.read(ReviewPackage::kPackageMagic.size()) == ReviewPackage::kPackageMagic;
}

ReviewWindow* ReviewLauncher::open(const QString& path, QWidget* parent, QString* error, Prompts& prompts)
{
    auto refuse = [&](const QString& message) -> ReviewWindow* {
        if (error)
            *error = message;
        prompts.warning(parent, tr("Cannot open the review package"), message);
        return nullptr;
    };
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return refuse(tr("%1 cannot be read: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    const QByteArray bytes = file.readAll();
    // Whether it is a package at all is known before any PIN is asked.
    if (auto header = SealedFile::peek(bytes, ReviewPackage::kPackageMagic); !header)
        return refuse(tr("%1 is not a review package that this program can open: %2")
                          .arg(QDir::toNativeSeparators(path), header.error().message));
    PinDialog dialog(bytes, QFileInfo(path).fileName(), parent);
    if (!prompts.dialog(dialog) || !dialog.package())
        return nullptr;
    auto* window = new ReviewWindow(*dialog.package(), QFileInfo(path).absoluteFilePath());
    window->setAttribute(Qt::WA_DeleteOnClose);
    window->show();
    window->raise();
    window->activateWindow();
    return window;
}

void ReviewLauncher::acceptDroppedPackages(QWidget* window)
{
    window->setAcceptDrops(true);
    window->installEventFilter(new PackageDropFilter(window));
}

} // namespace sangkien
