#include "CampaignReport.h"

namespace deliverboard {

qint64 OutcomeCounts::of(Outcome outcome) const
{
    switch (outcome) {
    case Outcome::Delivered: return delivered;
    case Outcome::InProgress: return inProgress;
    case Outcome::Soft: return soft;
    case Outcome::Hard: return hard;
    case Outcome::Spam: return spam;
    }
    return 0;
}

void OutcomeCounts::add(Outcome outcome, qint64 count)
{
    sent += count;
    switch (outcome) {
    case Outcome::Delivered: delivered += count; break;
    case Outcome::InProgress: inProgress += count; break;
    case Outcome::Soft: soft += count; break;
    case Outcome::Hard: hard += count; break;
    case Outcome::Spam: spam += count; break;
    }
}

} // namespace deliverboard
