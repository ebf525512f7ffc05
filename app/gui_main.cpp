// sangkien: the desktop program. Wiring only; the windows live in ui/, the rules in core/.
#include "app_settings.h"
#include "common/support_log.h"
#include "common/translations.h"
#include "main_window.h"
#include "review_exchange_dialog.h"
#include "review_launcher.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QTextStream>

int main(int argc, char** argv)
{
#if !defined(Q_OS_WIN) && !defined(Q_OS_MACOS)
    // Qt's own dialogs on Linux, never a desktop's native or portal ones: they speak the program's language
    // (our qt_vi.ts), where a GTK or portal file dialog would speak the desktop's.
    QCoreApplication::setAttribute(Qt::AA_DontUseNativeDialogs);
#endif
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("SoKHCN-HungYen"));
    QApplication::setApplicationName(QStringLiteral("sangkien"));
    QApplication::setApplicationVersion(QStringLiteral(SANGKIEN_VERSION));
    // The product's name is Vietnamese in every language; Qt adds it to window titles.
    QApplication::setApplicationDisplayName(QStringLiteral("Sáng kiến"));
    // The icon drawn for the program (resources/icons), in the sizes the desktop asks for; the installed
    // desktop entry names the same icon from the hicolor theme.
    QIcon icon;
    for (int size : {16, 32, 48, 64, 128, 256})
        icon.addFile(QStringLiteral(":/icons/sangkien-%1.png").arg(size), QSize(size, size));
    QApplication::setWindowIcon(icon);
    QGuiApplication::setDesktopFileName(QStringLiteral("vn.gov.sangkien"));
    sangkien::SupportLog::setProgram(QStringLiteral("sangkien"));
    sangkien::SupportLog::event(QStringLiteral("start"),
                                QStringLiteral("version=") + QStringLiteral(SANGKIEN_VERSION));

    // The language has to be known before the parser's own texts (--help) are produced, so it is
    // looked for by hand first and the parser then validates it.
    QString lang;
    const QStringList args = QCoreApplication::arguments();
    for (qsizetype i = 1; i < args.size(); ++i) {
        if (args.at(i) == QLatin1String("--lang") && i + 1 < args.size())
            lang = args.at(i + 1);
        else if (args.at(i).startsWith(QLatin1String("--lang=")))
            lang = args.at(i).mid(7);
    }
    // An explicit --lang first, then the language chosen in File › Preferences, then the environment
    // (LC_ALL, LC_MESSAGES, LANG), then Vietnamese.
    if (lang.isEmpty())
        lang = sangkien::AppSettings().language();
    sangkien::installTranslations(app, sangkien::preferredLanguage(lang));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "Initiative emulation campaigns: entries, councils and awards."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption langOption(
        QStringLiteral("lang"), QCoreApplication::translate("main", "Language of the program: vi or en."),
        QStringLiteral("language"));
    parser.addOption(langOption);
    parser.addPositionalArgument(
        QStringLiteral("file"),
        QCoreApplication::translate("main", "The campaign file (.sangkien) to open, a council member's "
                                            "review package (.skreview) to score, or a member's score "
                                            "return (.skscores) to merge into the last campaign opened."),
        QStringLiteral("[file]"));
    parser.process(app);

    if (parser.isSet(langOption)) {
        const QString value = parser.value(langOption);
        if (value != QLatin1String("vi") && value != QLatin1String("en")) {
            QTextStream(stderr)
                << QCoreApplication::translate("main", "Unknown language \"%1\": use vi or en.").arg(value)
                << Qt::endl;
            return 2;
        }
    }

    const QStringList files = parser.positionalArguments();
    // A council member's review package opens review mode alone: the PIN, then the scoring window.
    if (!files.isEmpty() && sangkien::ReviewLauncher::isReviewPackage(files.first())) {
        QString error;
        if (!sangkien::ReviewLauncher::open(files.first(), nullptr, &error))
            return error.isEmpty() ? 0 : 2; // cancelled at the PIN, or the file was refused (and said so)
        return QApplication::exec();
    }

    sangkien::MainWindow window;
    // Review packages dropped on the campaign window open review mode too.
    sangkien::ReviewLauncher::acceptDroppedPackages(&window);
    // Shown first, so an error about the file has a window to sit on.
    window.show();
    // A member's score return is merged into a campaign: the last one opened, whose review exchange then
    // shows the file (MainWindow::openScoreReturn says so when there is none).
    if (!files.isEmpty() && sangkien::ReviewExchangeDialog::isScoreReturn(files.first())) {
        window.openMostRecent();
        window.openScoreReturn(files.first());
    } else if (!files.isEmpty()) {
        window.openCampaign(files.first());
    } else {
        window.openMostRecent();
    }
    return QApplication::exec();
}
