#pragma once

#include "report/MessageRows.h"
#include "report/OutcomePolicy.h"

#include <QString>

namespace deliverboard {

class ReportQueries;

// Writes bounced recipients as RFC 4180 CSV for suppression in the sending platform
// (contract section 5, `export-bounces`): UTF-8, header row, formulas neutralised.
class BounceExporter {
public:
    static QStringList header();
    // `filter.outcomes` empty means soft, hard and spam. Returns rows written, or -1 with
    // `error` set.
    static qint64 exportCsv(ReportQueries& queries, const CampaignInfo& campaign,
                            const OutcomePolicy& policy, MessageFilter filter, const QString& path,
                            QString& error);
};

} // namespace deliverboard
