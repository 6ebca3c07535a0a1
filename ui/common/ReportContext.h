#pragma once

#include "report/MessageRows.h"
#include "report/OutcomePolicy.h"

#include <QString>

namespace deliverboard::ui {

// What every view needs to ask the core about one campaign: the store file (workers open
// their own connection to it), the campaign and the policy ("as of") in effect.
struct ReportContext {
    QString storePath;
    CampaignInfo campaign;
    OutcomePolicy policy;
    bool isValid() const { return campaign.id != 0; }
};

} // namespace deliverboard::ui
