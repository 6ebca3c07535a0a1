#pragma once

#include <QString>
#include <QStringList>

#include <vector>

namespace deliverboard {

// The schema, one step per `PRAGMA user_version`. Step N (0-based) brings a store from
// version N to N+1. Never edit a released step: add a new one.
const std::vector<QStringList>& migrationSteps();

// A delivery's outcome where no retry limit or "as of" can change it (delivered, hard,
// spam, soft), else 'deferred': the expression of the index deliveries_settled, which the
// drill-down's outcome filters must repeat exactly for SQLite to use it; `alias` qualifies
// the columns (none in the index itself).
QString settledOutcomeSql(const QString& alias = {});

} // namespace deliverboard
