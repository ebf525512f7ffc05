#pragma once
// Where the external spreadsheet corpus is: SANGKIEN_CORPUS_DIR from the environment, else the folder
// beside the repository (../shared/corpus) that the project's machines have. A clone alone has none.

#include <QString>
#include <QtGlobal>

namespace sangkien::testing {

inline QString corpusDir()
{
    const QString fromEnv = qEnvironmentVariable("SANGKIEN_CORPUS_DIR");
    return fromEnv.isEmpty() ? QStringLiteral(SANGKIEN_DEFAULT_CORPUS_DIR) : fromEnv;
}

inline QString corpusSpreadsheets()
{
    return corpusDir() + QStringLiteral("/spreadsheets");
}

} // namespace sangkien::testing
