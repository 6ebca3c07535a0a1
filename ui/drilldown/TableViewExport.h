#pragma once

#include "common/ReportContext.h"

#include <QSqlDatabase>

namespace deliverboard::ui {

// Writes every row of the drill-down's current filter (not only the loaded pages) as CSV
// with the table's columns, as shown (translated outcome and reason names).
// Returns rows written, or -1 with `error` set.
qint64 exportTableView(QSqlDatabase db, const ReportContext& context, const MessageFilter& filter,
                       const QString& path, QString& error);

} // namespace deliverboard::ui
