#pragma once

#include "CampaignPlan.h"
#include "TimeFormat.h"

#include <QByteArray>
#include <vector>

// Lines that share the log with the campaign but must not count for it: cron, IMAP logins,
// inbound connections and rejects, anvil statistics, another sender's mail (with its own
// bounce), and one over-long line from an application that logs through syslog. Their volume
// depends only on the time span, never on the audience size, so they are built up front.
struct NoiseLine {
    enum Kind : quint8 { Text, HoldSummary, ReleaseSummary };
    std::int64_t t;
    Kind kind;
    QByteArray rest; // everything after "HOST "
};

std::vector<NoiseLine> makeNoise(quint64 seed, const Timeline& tl, LocalClock& clock);

inline constexpr int kHoldPid = 28411;
inline constexpr int kReleasePid = 9912;
