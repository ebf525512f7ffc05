#include "pin_rule.h"

#include "sealed_file.h"

namespace sangkien {

static_assert(PinRule::kMinLength == SealKey::kMinPinLength);

Status PinRule::check(const QString& pin)
{
    const QString trimmed = pin.trimmed();
    if (trimmed.size() < kMinLength)
        return Error{
            tr("The PIN needs at least %n characters.", nullptr, kMinLength), {}, ErrorKind::Refused};
    if (trimmed.size() > kMaxLength)
        return Error{
            tr("The PIN may have at most %n characters.", nullptr, kMaxLength), {}, ErrorKind::Refused};
    for (const QChar c : trimmed)
        if (c.category() == QChar::Other_Control)
            return Error{tr("The PIN holds a control character."), {}, ErrorKind::Refused};
    return {};
}

} // namespace sangkien
