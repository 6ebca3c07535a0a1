#pragma once

namespace deliverboard {

// When an active address is suggested for a re-engagement or sunset list (issue 12: "no
// open or click in the last N campaigns or days"). Either limit suffices; 0 switches it off.
// Days are counted back from the newest campaign that tracks engagement (has events.csv),
// not from today, so the same store gives the same list tomorrow: an address qualifies once
// the campaigns delivered to it without an open or click since its last one span `days`.
struct InactivityRule {
    int campaigns = 0;
    int days = 0;
    // From a campaign count alone (the rule before days were added).
    InactivityRule(int campaigns = 0, int days = 0) // NOLINT(google-explicit-constructor)
        : campaigns(campaigns)
        , days(days) {}
    bool isSet() const { return campaigns > 0 || days > 0; }
    bool operator==(const InactivityRule&) const = default;
};

} // namespace deliverboard
