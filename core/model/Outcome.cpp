#include "Outcome.h"

#include "util/EnumIds.h"

namespace deliverboard {

namespace {
constexpr EnumIdTable<Outcome, 5> kOutcomeIds{{
    {Outcome::Delivered, "delivered"},
    {Outcome::InProgress, "in_progress"},
    {Outcome::Soft, "soft"},
    {Outcome::Hard, "hard"},
    {Outcome::Spam, "spam"},
}};
} // namespace

QString outcomeId(Outcome outcome) { return idOf(kOutcomeIds, outcome); }

bool outcomeFromId(const QString& id, Outcome& outcome)
{
    for (const auto& [value, text] : kOutcomeIds) {
        if (id == QLatin1String(text)) {
            outcome = value;
            return true;
        }
    }
    return false;
}

QList<Outcome> allOutcomes()
{
    return {Outcome::Delivered, Outcome::InProgress, Outcome::Soft, Outcome::Hard, Outcome::Spam};
}

QList<Outcome> bounceOutcomes() { return {Outcome::Soft, Outcome::Hard, Outcome::Spam}; }

} // namespace deliverboard
