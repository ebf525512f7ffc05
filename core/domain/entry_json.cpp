#include "entry_json.h"

#include <QJsonArray>

namespace sangkien {
namespace {

QJsonValue dateValue(const QDate& d)
{
    return d.isValid() ? QJsonValue(d.toString(Qt::ISODate)) : QJsonValue();
}
QDate dateFrom(const QJsonValue& v)
{
    return QDate::fromString(v.toString(), Qt::ISODate);
}

} // namespace

QJsonObject entryToJson(const Entry& e)
{
    QJsonArray authors;
    for (const Author& a : e.authors)
        authors.append(QJsonObject{{QStringLiteral("name"), a.fullName},
                                   {QStringLiteral("position"), a.position},
                                   {QStringLiteral("unit_id"), a.unitId},
                                   {QStringLiteral("share"), a.sharePercent}});
    const Nominee& n = e.nominee;
    return QJsonObject{
        {QStringLiteral("id"), e.id},
        {QStringLiteral("code"), e.code},
        {QStringLiteral("title"), e.title},
        {QStringLiteral("kind"), entryKindCode(e.kind)},
        {QStringLiteral("category_id"), e.categoryId},
        {QStringLiteral("summary"), e.summary},
        {QStringLiteral("received_on"), dateValue(e.receivedOn)},
        {QStringLiteral("status"), entryStatusCode(e.status)},
        {QStringLiteral("return_reason"), e.returnReason},
        {QStringLiteral("first_applied_on"), dateValue(e.firstAppliedOn)},
        {QStringLiteral("scope"), e.scope},
        {QStringLiteral("economic_benefit"),
         e.economicBenefit ? QJsonValue(double(*e.economicBenefit)) : QJsonValue()},
        {QStringLiteral("nominee"), QJsonObject{{QStringLiteral("id"), n.id},
                                                {QStringLiteral("kind"), nomineeKindCode(n.kind)},
                                                {QStringLiteral("name"), n.name},
                                                {QStringLiteral("gender"), genderCode(n.gender)},
                                                {QStringLiteral("birth_year"), n.birthYear},
                                                {QStringLiteral("position"), n.position},
                                                {QStringLiteral("unit_id"), n.unitId}}},
        {QStringLiteral("authors"), authors},
    };
}

Entry entryFromJson(const QJsonObject& o)
{
    Entry e;
    e.id = o.value(QStringLiteral("id")).toInteger();
    e.code = o.value(QStringLiteral("code")).toString();
    e.title = o.value(QStringLiteral("title")).toString();
    e.kind = entryKindFromCode(o.value(QStringLiteral("kind")).toString()).value_or(EntryKind::Initiative);
    e.categoryId = o.value(QStringLiteral("category_id")).toInteger();
    e.summary = o.value(QStringLiteral("summary")).toString();
    e.receivedOn = dateFrom(o.value(QStringLiteral("received_on")));
    e.status =
        entryStatusFromCode(o.value(QStringLiteral("status")).toString()).value_or(EntryStatus::Received);
    e.returnReason = o.value(QStringLiteral("return_reason")).toString();
    e.firstAppliedOn = dateFrom(o.value(QStringLiteral("first_applied_on")));
    e.scope = o.value(QStringLiteral("scope")).toString();
    if (!o.value(QStringLiteral("economic_benefit")).isNull())
        e.economicBenefit = o.value(QStringLiteral("economic_benefit")).toInteger();
    const QJsonObject n = o.value(QStringLiteral("nominee")).toObject();
    e.nominee.id = n.value(QStringLiteral("id")).toInteger();
    e.nominee.kind =
        nomineeKindFromCode(n.value(QStringLiteral("kind")).toString()).value_or(NomineeKind::Individual);
    e.nominee.name = n.value(QStringLiteral("name")).toString();
    e.nominee.gender = genderFromCode(n.value(QStringLiteral("gender")).toString());
    e.nominee.birthYear = n.value(QStringLiteral("birth_year")).toInt();
    e.nominee.position = n.value(QStringLiteral("position")).toString();
    e.nominee.unitId = n.value(QStringLiteral("unit_id")).toInteger();
    for (const QJsonValue& v : o.value(QStringLiteral("authors")).toArray()) {
        const QJsonObject a = v.toObject();
        e.authors.append(
            {a.value(QStringLiteral("name")).toString(), a.value(QStringLiteral("position")).toString(),
             a.value(QStringLiteral("unit_id")).toInteger(), a.value(QStringLiteral("share")).toDouble()});
    }
    return e;
}

} // namespace sangkien
