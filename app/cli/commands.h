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

CommandSpec initSpec();
CommandSpec demoSpec();
CommandSpec listSpec();
CommandSpec checkSpec();

} // namespace sangkien::cli
