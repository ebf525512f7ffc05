#pragma once

#include "cli_common.h"

#include <QList>

namespace sangkien::cli {

// One command of the contract: its spec and what runs it (given the arguments after the command name).
struct Command
{
    CommandSpec spec;
    QString summary; // one line for --help, already translated
    int (*run)(const QStringList& arguments) = nullptr;
};

QList<Command> commands();

int runInit(const QStringList& arguments);
int runDemo(const QStringList& arguments);
int runList(const QStringList& arguments);
int runCheck(const QStringList& arguments);
int runRank(const QStringList& arguments);
int runAllocate(const QStringList& arguments);
int runMembers(const QStringList& arguments);
int runDecision(const QStringList& arguments);
int runBackup(const QStringList& arguments);
int runScoresImport(const QStringList& arguments);
int runReviewExport(const QStringList& arguments);
int runReviewFill(const QStringList& arguments);
int runReviewImport(const QStringList& arguments);
int runReopen(const QStringList& arguments);
int runMeeting(const QStringList& arguments);
int runVote(const QStringList& arguments);
int runMinutes(const QStringList& arguments);
int runPapers(const QStringList& arguments);
int runCertificates(const QStringList& arguments);
int runExport(const QStringList& arguments);
int runHistory(const QStringList& arguments);
int runUnitsImport(const QStringList& arguments);
int runReport(const QStringList& arguments);

CommandSpec initSpec();
CommandSpec historySpec();
CommandSpec unitsImportSpec();
CommandSpec demoSpec();
CommandSpec listSpec();
CommandSpec checkSpec();
CommandSpec rankSpec();
CommandSpec allocateSpec();
CommandSpec membersSpec();
CommandSpec decisionSpec();
CommandSpec backupSpec();
CommandSpec scoresImportSpec();
CommandSpec reviewExportSpec();
CommandSpec reviewFillSpec();
CommandSpec reviewImportSpec();
CommandSpec reopenSpec();
CommandSpec meetingSpec();
CommandSpec voteSpec();
CommandSpec minutesSpec();
CommandSpec papersSpec();
CommandSpec certificatesSpec();
CommandSpec exportSpec();
CommandSpec reportSpec();

} // namespace sangkien::cli
