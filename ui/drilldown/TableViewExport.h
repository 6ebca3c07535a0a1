#pragma once

#include "common/ReportContext.h"

#include <functional>

namespace deliverboard {
class ReportSource;
}

namespace deliverboard::ui {

// Writes every row of the drill-down's current filter (not only the loaded pages) as CSV
// with the table's columns, as shown (translated outcome and reason names).
// Returns rows written, or -1 with `error` set. Runs where `queries` lives (a worker's
// connection); `proceed(rowsWritten)` is asked every few hundred rows, false cancels and
// leaves no file behind.
qint64 exportTableView(ReportSource& queries, const ReportContext& context,
                       const MessageFilter& filter, const QString& path, QString& error,
                       const std::function<bool(qint64)>& proceed = {});

} // namespace deliverboard::ui
