#pragma once
// QAbstractItemModelTester whose findings are collected, so a test asserts them empty instead of letting
// its warnings scroll past: CHECK(tester.failures().isEmpty()).

#include <QAbstractItemModelTester>
#include <QStringList>
#include <memory>

namespace sangkien::testing {

class CheckedModelTester
{
public:
    explicit CheckedModelTester(QAbstractItemModel* model);
    ~CheckedModelTester();
    CheckedModelTester(const CheckedModelTester&) = delete;
    CheckedModelTester& operator=(const CheckedModelTester&) = delete;

    // What the model tester reported about any model since this tester was made.
    QStringList failures() const;

private:
    qsizetype first_ = 0;
    std::unique_ptr<QAbstractItemModelTester> tester_;
};

} // namespace sangkien::testing
