#include "text_limits.h"

namespace sangkien {

Status TextLimits::check(const QString& text, int limit, const QString& field)
{
    if (text.size() <= limit)
        return {};
    return Error{
        tr("%1 is %2 characters long; at most %3 are accepted.").arg(field).arg(text.size()).arg(limit),
        {},
        ErrorKind::Refused};
}

} // namespace sangkien
