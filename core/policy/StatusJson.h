#pragma once

#include "StatusEngine.h"

#include <QJsonObject>

namespace deliverboard::statusjson {

// One element of `status --json` (contract section 7).
QJsonObject address(const AddressStatus& status);

} // namespace deliverboard::statusjson
