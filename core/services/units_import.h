#pragma once

#include "common/result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace sangkien {

class Database;

// What a units list brought.
struct UnitsImportSummary
{
    int added = 0;
    int alreadyThere = 0; // the same name, diacritics and case aside
    QStringList addedNames;
};

// The office extends a campaign's units from a spreadsheet (the province's list of communes, the
// departments after a merger): the first sheet's rows, with a header naming the unit column ("Tên đơn
// vị", "Đơn vị") and optionally its kind ("Loại", matched to the campaign's unit kinds) and area ("Khu
// vực", "Địa bàn", "Huyện"); without a header, column A is the name. New units are added in one
// transaction, each with its trail row; a unit already there is left as it is; a row whose kind the
// campaign does not know refuses the whole list, naming its row.
class UnitsImport
{
    Q_DECLARE_TR_FUNCTIONS(UnitsImport)

public:
    static Result<UnitsImportSummary> run(Database& db, const QString& user, const QString& spreadsheet);
};

} // namespace sangkien
