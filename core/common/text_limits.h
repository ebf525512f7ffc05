#pragma once

#include "common/result.h"

#include <QCoreApplication>
#include <QString>

namespace sangkien {

// How long a text a user may give, per kind of field. Beyond these no real campaign goes, and a text of
// 40,000 characters where a decision number belongs would only slow the layout down for minutes.
class TextLimits
{
    Q_DECLARE_TR_FUNCTIONS(TextLimits)

public:
    static constexpr int kCode = 50;    // a decision number, an entry code
    static constexpr int kName = 200;   // a person, a unit, a collective, a position
    static constexpr int kTitle = 1000; // an initiative's title, a campaign's name, a place
    static constexpr int kText = 20000; // a summary, notes, a reason

    // Refuses a text longer than limit, naming the field ("the decision number") and both lengths.
    static Status check(const QString& text, int limit, const QString& field);
};

} // namespace sangkien
