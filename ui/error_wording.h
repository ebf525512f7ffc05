#pragma once

#include "common/result.h"

#include <QCoreApplication>
#include <QString>

namespace sangkien {

// The window's words for an error, chosen by its kind (never by its message): a title for the message box
// and a sentence on what the kind means for the user and what to do.
class ErrorWording
{
    Q_DECLARE_TR_FUNCTIONS(ErrorWording)

public:
    static QString title(ErrorKind kind);
    static QString explanation(ErrorKind kind);
    // The error with its place, then the kind's explanation when it has one.
    static QString describe(const Error& error);
};

} // namespace sangkien
