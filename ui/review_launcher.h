#pragma once

#include "prompts.h"

#include <QCoreApplication>
#include <QString>

class QWidget;

namespace sangkien {

class ReviewWindow;

// How the program enters review mode: a .skreview file given on the command line, chosen with File →
// Open or dropped on a window asks for the PIN and opens the review window instead of a campaign.
class ReviewLauncher
{
    Q_DECLARE_TR_FUNCTIONS(ReviewLauncher)

public:
    static inline const QString kPackageSuffix = QStringLiteral("skreview");

    // A review package: the .skreview suffix, or a file that starts as one does.
    static bool isReviewPackage(const QString& path);

    // Reads the package, asks for the PIN (as many tries as the member wants) and shows the review
    // window, which deletes itself when closed. nullptr when the member cancelled, or when the file cannot
    // be read or is not a review package (then error, if given, says why, and prompts said it on parent's
    // screen).
    static ReviewWindow* open(const QString& path, QWidget* parent = nullptr, QString* error = nullptr,
                              Prompts& prompts = defaultPrompts());

    // Lets a window that knows nothing of review mode (the campaign window) take review packages dropped
    // on it; other drops are left to the window.
    static void acceptDroppedPackages(QWidget* window);
};

} // namespace sangkien
