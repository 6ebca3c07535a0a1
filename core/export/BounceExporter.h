#pragma once

#include "report/MessageRows.h"
#include "report/OutcomePolicy.h"

#include <QString>

#include <functional>

namespace deliverboard {

class ReportSource;

// Writes bounced recipients as RFC 4180 CSV for suppression in the sending platform
// (contract section 5, `export-bounces`): UTF-8, header row, formulas neutralised.
class BounceExporter {
public:
    static QStringList header();
    // `filter.outcomes` empty means soft, hard and spam. Returns rows written, or -1 with
    // `error` set. `proceed(rowsWritten)`, if given, is asked every few hundred rows (for a
    // progress bar); false stops the export and leaves no file behind.
    static qint64 exportCsv(ReportSource& queries, const CampaignInfo& campaign,
                            const OutcomePolicy& policy, MessageFilter filter, const QString& path,
                            QString& error, const std::function<bool(qint64)>& proceed = {});
    static constexpr int kProgressEvery = 512;
};

} // namespace deliverboard
