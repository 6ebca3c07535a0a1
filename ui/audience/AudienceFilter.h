#pragma once

#include "policy/StatusEngine.h"

#include <QString>

#include <optional>

namespace deliverboard::ui {

// What the audience table shows: an in-memory filter over the evaluated engine (a pass
// over compact rows, a few milliseconds per million addresses, so no SQL and no worker).
struct AudienceFilter {
    std::optional<AddressState> status;
    QString isp;               // ISP id; empty: any
    QString reason;            // reason id (or rule id for errors without one); empty: any
    QString search;            // part of the address, lower case
    InactivityRule inactivity; // set: only the inactivity suggestions

    bool operator==(const AudienceFilter&) const = default;
};

} // namespace deliverboard::ui
