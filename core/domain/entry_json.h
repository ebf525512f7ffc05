#pragma once

#include "entry.h"

#include <QJsonObject>

namespace sangkien {

// An entry as JSON, for the audit trail's before/after and for undo. Round-trips exactly.
QJsonObject entryToJson(const Entry& entry);
Entry entryFromJson(const QJsonObject& json);

} // namespace sangkien
