#include "model_tester.h"

#include <QByteArray>
#include <QMessageLogContext>

namespace sangkien::testing {

namespace {

// The model tester reports through the "qt.modeltest" logging category; while any CheckedModelTester
// lives, those messages are kept here and everything else goes on to the previous handler.
QStringList g_reports;
int g_active = 0;
QtMessageHandler g_previous = nullptr;

void record(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    if (context.category && QByteArray(context.category).startsWith("qt.modeltest") && type >= QtWarningMsg)
        g_reports << message;
    else if (g_previous)
        g_previous(type, context, message);
}

} // namespace

CheckedModelTester::CheckedModelTester(QAbstractItemModel* model)
{
    if (g_active++ == 0) {
        g_reports.clear();
        g_previous = qInstallMessageHandler(record);
    }
    first_ = g_reports.size();
    tester_ = std::make_unique<QAbstractItemModelTester>(
        model, QAbstractItemModelTester::FailureReportingMode::Warning);
}

CheckedModelTester::~CheckedModelTester()
{
    tester_.reset();
    if (--g_active == 0)
        qInstallMessageHandler(g_previous);
}

QStringList CheckedModelTester::failures() const
{
    return g_reports.mid(first_);
}

} // namespace sangkien::testing
