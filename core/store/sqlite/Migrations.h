#pragma once

#include <QString>
#include <QStringList>

#include <vector>

namespace deliverboard {

// The schema, one step per `PRAGMA user_version`. Step N (0-based) brings a store from
// version N to N+1. Never edit a released step: add a new one.
const std::vector<QStringList>& migrationSteps();

} // namespace deliverboard
