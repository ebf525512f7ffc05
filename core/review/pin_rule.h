#pragma once

#include "common/result.h"

#include <QCoreApplication>
#include <QString>

namespace sangkien {

// What a well-formed PIN is: long enough to keep guessing slow with Argon2id, short enough to read out,
// no control characters. A malformed PIN is a mistake in how it was typed (a usage error); a well-formed
// wrong one is found only when the seal does not open (refused input).
class PinRule
{
    Q_DECLARE_TR_FUNCTIONS(PinRule)

public:
    static constexpr int kMinLength = 4; // SealKey::kMinPinLength
    static constexpr int kMaxLength = 64;

    static Status check(const QString& pin);
};

} // namespace sangkien
