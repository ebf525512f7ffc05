#pragma once

#include "entry.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace sangkien {

// What is wrong with one field of an entry, in words the clerk can act on.
struct FieldProblem
{
    QString field; // "title", "category", "nominee.name", "authors.2.share", "authors", …
    QString message;
    bool operator==(const FieldProblem&) const = default;
};

// The rules an entry must meet before it can be saved. The editor shows them as you type; the
// importer and the CLI apply the same ones.
class EntryValidator
{
    Q_DECLARE_TR_FUNCTIONS(EntryValidator)

public:
    static constexpr double kShareTolerance = 0.01;

    // today is a parameter so tests do not depend on the clock.
    static QList<FieldProblem> validate(const Entry& entry, const QDate& today = QDate::currentDate());
    static bool isValid(const Entry& entry, const QDate& today = QDate::currentDate())
    {
        return validate(entry, today).isEmpty();
    }

    // Co-authors' shares: each above 0, together 100.
    static QList<FieldProblem> validateShares(const QList<Author>& authors);
};

} // namespace sangkien
