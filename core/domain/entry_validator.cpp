#include "entry_validator.h"

#include "common/text_limits.h"

#include <cmath>

namespace sangkien {

QList<FieldProblem> EntryValidator::validateShares(const QList<Author>& authors)
{
    QList<FieldProblem> problems;
    if (authors.isEmpty())
        return problems;
    double total = 0;
    for (int i = 0; i < authors.size(); ++i) {
        const Author& a = authors[i];
        // Made only for a problem: an import validates every row, and nearly all are right.
        const auto prefix = [i] { return QStringLiteral("authors.%1.").arg(i + 1); };
        if (a.fullName.trimmed().isEmpty())
            problems.append({prefix() + QStringLiteral("name"), tr("Author %1 has no name.").arg(i + 1)});
        if (!(a.sharePercent > 0) || a.sharePercent > 100)
            problems.append(
                {prefix() + QStringLiteral("share"),
                 tr("The share of %1 must be more than 0% and at most 100%.")
                     .arg(a.fullName.trimmed().isEmpty() ? tr("author %1").arg(i + 1) : a.fullName)});
        total += a.sharePercent;
    }
    if (std::abs(total - 100.0) > kShareTolerance)
        problems.append({QStringLiteral("authors"),
                         tr("The authors' shares add up to %1%; they must add up to 100%.")
                             .arg(QString::number(total, 'f', total == std::floor(total) ? 0 : 2))});
    return problems;
}

QList<FieldProblem> EntryValidator::validate(const Entry& entry, const QDate& today)
{
    QList<FieldProblem> problems;
    // Lengths first: no rule needs to look at a text no campaign would hold. The field and its words are
    // made only for a text too long (an import validates every row, and nearly all are right).
    const auto limit = [&](auto field, const QString& text, int max, auto words) {
        if (text.size() <= max)
            return;
        if (auto ok = TextLimits::check(text, max, words()); !ok)
            problems.append({field(), ok.error().message});
    };
    const auto named = [](const char* field) { return [field] { return QString::fromLatin1(field); }; };
    limit(named("title"), entry.title, TextLimits::kTitle, [] { return tr("The title"); });
    limit(named("summary"), entry.summary, TextLimits::kText, [] { return tr("The summary"); });
    limit(named("scope"), entry.scope, TextLimits::kTitle, [] { return tr("The scope"); });
    limit(named("returnReason"), entry.returnReason, TextLimits::kText, [] { return tr("The reason"); });
    limit(named("nominee.name"), entry.nominee.name, TextLimits::kName, [] { return tr("The name"); });
    limit(named("nominee.position"), entry.nominee.position, TextLimits::kName,
          [] { return tr("The position"); });
    for (int i = 0; i < entry.authors.size(); ++i) {
        const auto prefix = [i] { return QStringLiteral("authors.%1.").arg(i + 1); };
        limit([&] { return prefix() + QStringLiteral("name"); }, entry.authors[i].fullName, TextLimits::kName,
              [i] { return tr("The name of author %1").arg(i + 1); });
        limit([&] { return prefix() + QStringLiteral("position"); }, entry.authors[i].position,
              TextLimits::kName, [i] { return tr("The position of author %1").arg(i + 1); });
    }
    if (entry.title.trimmed().isEmpty())
        problems.append({QStringLiteral("title"), tr("The title of the initiative is missing.")});
    else if (entry.title.trimmed().size() < 10)
        problems.append(
            {QStringLiteral("title"), tr("The title is too short to say what the initiative is.")});
    if (!entry.categoryId)
        problems.append({QStringLiteral("category"), tr("Choose the content category (1.a to 4.b).")});
    if (entry.receivedOn.isValid() && entry.receivedOn > today)
        problems.append({QStringLiteral("receivedOn"), tr("The date received is in the future.")});
    if (entry.firstAppliedOn.isValid() && entry.firstAppliedOn > today)
        problems.append({QStringLiteral("firstAppliedOn"),
                         tr("The date of first application is in the future; an initiative must already be "
                            "applied or trialled.")});
    if (entry.economicBenefit && *entry.economicBenefit < 0)
        problems.append({QStringLiteral("economicBenefit"), tr("The economic benefit cannot be negative.")});
    if (entry.status == EntryStatus::Returned && entry.returnReason.trimmed().isEmpty())
        problems.append({QStringLiteral("returnReason"), tr("Say why the entry is returned.")});

    const Nominee& n = entry.nominee;
    if (n.kind == NomineeKind::Collective) {
        if (n.name.trimmed().isEmpty() && !n.unitId)
            problems.append({QStringLiteral("nominee.name"), tr("Name the collective or choose its unit.")});
    } else {
        if (n.name.trimmed().isEmpty())
            problems.append({QStringLiteral("nominee.name"), tr("The individual's full name is missing.")});
        else if (!n.name.trimmed().contains(QLatin1Char(' ')))
            problems.append(
                {QStringLiteral("nominee.name"),
                 tr("Write the full name (family, middle and given name), not the given name alone.")});
        if (n.birthYear && (n.birthYear < today.year() - 100 || n.birthYear > today.year() - 15))
            problems.append(
                {QStringLiteral("nominee.birthYear"),
                 tr("The birth year %1 is not believable for a working author.").arg(n.birthYear)});
        if (!n.unitId)
            problems.append({QStringLiteral("nominee.unit"), tr("Choose the individual's unit.")});
    }
    problems.append(validateShares(entry.authors));
    return problems;
}

} // namespace sangkien
