#include "SeriesScript.h"

#include <algorithm>
#include <cstring>

namespace {

using DC = DomainClass;

// Shorthands for the expectation columns: status, rule, campaign (1-based, 0 = null),
// counts hard / soft_consecutive / soft.
constexpr PresetExpectation active(int hard = 0, int sc = 0, int soft = 0) {
    return {"active", "none", 0, hard, sc, soft};
}
constexpr PresetExpectation error(const char* rule, int campaign, int hard, int sc, int soft) {
    return {"error", rule, campaign, hard, sc, soft};
}
constexpr PresetExpectation reactivated(int campaign) {
    return {"active", "delivered", campaign, 0, 0, 0};
}
constexpr PresetExpectation optOut(const char* rule, int campaign, int hard = 0, int sc = 0,
                                   int soft = 0) {
    return {"opt_out", rule, campaign, hard, sc, soft};
}

// Each row is worked out by hand from contract section 7 and the preset files
// (resources/policy/): response-page (rp) and deliverboard (db) make a hard or spam bounce
// an error at once and the third soft in a row; mailworx (mw) at once at Gmail / Microsoft /
// Yahoo / GMX, at the second hard-or-spam elsewhere, and at the fourth soft however far
// apart; db ignores every failure blamed on the sender (all spam reasons and rate limits
// are: resources/rules/reasons.json), so those count in none of its counts.
const Archetype kArchetypes[] = {
    // Delivered every time: never changes.
    {"delivered-always", DC::Gmail, "DDDDDD", 'D', 0, active(), active(), active()},
    // Greylisting ends delivered (section 3).
    {"greylisted", DC::OwnMx, "GGDGDG", 'D', 0, active(), active(), active()},
    // A hard bounce at a major ISP: error at once everywhere; mailworx names it hard_major.
    {"hard-gmail", DC::Gmail, "DH", '-', 0, error("hard", 2, 1, 0, 0),
     error("hard_major", 2, 1, 0, 0), error("hard", 2, 1, 0, 0)},
    {"hard-outlook", DC::Microsoft, "H", '-', 0, error("hard", 1, 1, 0, 0),
     error("hard_major", 1, 1, 0, 0), error("hard", 1, 1, 0, 0)},
    {"hard-yahoo", DC::Yahoo, "DDH", '-', 0, error("hard", 3, 1, 0, 0),
     error("hard_major", 3, 1, 0, 0), error("hard", 3, 1, 0, 0)},
    {"hard-gmx", DC::Gmx, "H", '-', 0, error("hard", 1, 1, 0, 0), error("hard_major", 1, 1, 0, 0),
     error("hard", 1, 1, 0, 0)},
    // A company domain on Google Workspace: Google only by its MX (aspmx.l.google.com).
    {"hard-workspace-mx", DC::Workspace, "DH", '-', 0, error("hard", 2, 1, 0, 0),
     error("hard_major", 2, 1, 0, 0), error("hard", 2, 1, 0, 0)},
    // A Microsoft 365 tenant (Microsoft by its MX) accepts, then returns an NDR.
    {"hard-m365-after-acceptance", DC::M365, "DB", '-', 0, error("hard", 2, 1, 0, 0),
     error("hard_major", 2, 1, 0, 0), error("hard", 2, 1, 0, 0)},
    // A small domain: mailworx waits for the second hard bounce.
    {"hard-small-once", DC::OwnMx, "DH", '-', 0, error("hard", 2, 1, 0, 0), active(1, 0, 0),
     error("hard", 2, 1, 0, 0)},
    // rp/db: error in C1, delivered in C2 makes it active again (counts restart), error again
    // in C4. mw: a delivery resets nothing, so C4 is the second hard bounce.
    {"hard-small-twice", DC::OwnMx, "HDDH", '-', 0, error("hard", 4, 1, 0, 0),
     error("hard_other", 4, 2, 0, 0), error("hard", 4, 1, 0, 0)},
    // mw counts spam together with hard: the blocklist reply in C3 is the second one. rp: the
    // error of C1 keeps its campaign, the count goes on. db: the blocklist reply is ignored.
    {"hard-then-blocklisted-small", DC::OwnMx, "H-X", '-', 0, error("hard", 1, 2, 0, 0),
     error("hard_other", 3, 2, 0, 0), error("hard", 1, 1, 0, 0)},
    // Our IP on Spamhaus at a small domain, three times: rp at once, mw at the second, db never.
    {"blocklisted-small", DC::OwnMx, "DXXX", '-', 0, error("hard", 2, 3, 0, 0),
     error("hard_other", 3, 3, 0, 0), active()},
    // Microsoft's S3140 block list: a major ISP, so mw at once too; db ignores it.
    {"blocklisted-outlook", DC::Microsoft, "X", '-', 0, error("hard", 1, 1, 0, 0),
     error("hard_major", 1, 1, 0, 0), active()},
    // A spam (content) bounce at Gmail: counted like hard by rp and mw; the classifier blames
    // the sender for every spam reason, so db does not count it.
    {"spam-content-gmail", DC::Gmail, "DK", '-', 0, error("hard", 2, 1, 0, 0),
     error("hard_major", 2, 1, 0, 0), active()},
    // Three soft bounces in a row: rp/db error at the third, mw needs a fourth.
    {"soft-row", DC::OwnMx, "FFF", '-', 0, error("soft", 3, 0, 3, 3), active(0, 3, 3),
     error("soft", 3, 0, 3, 3)},
    // A send still in progress (C3) neither counts nor ends the row.
    {"soft-row-across-in-progress", DC::Gmail, "TTPT", '-', 0, error("soft", 4, 0, 3, 3),
     active(0, 3, 3), error("soft", 4, 0, 3, 3)},
    // Four soft bounces spread out: deliveries end rp's row, mailworx counts the fourth.
    {"soft-spread-four", DC::OwnMx, "FDFDFF", '-', 0, active(0, 2, 4), error("soft", 6, 0, 2, 4),
     active(0, 2, 4)},
    // Soft because Gmail rate-limits our IP: the sender's fault, db ignores it.
    {"soft-rate-limited", DC::Gmail, "LLL", '-', 0, error("soft", 3, 0, 3, 3), active(0, 3, 3),
     active()},
    // Error at the fourth soft (mw) / third (rp, db), then delivered: active again, counts 0.
    {"soft-error-then-delivered", DC::OwnMx, "FFFFD", 'D', 0, reactivated(5), reactivated(5),
     reactivated(5)},
    // rp/db: error (C1), active again (C2), three new softs: error at C5 with fresh counts.
    // mw: one hard at a small domain and three softs: below both thresholds.
    {"soft-after-reactivation", DC::OwnMx, "HDFFF", '-', 0, error("soft", 5, 0, 3, 3),
     active(1, 3, 3), error("soft", 5, 0, 3, 3)},
    // In progress in the newest campaign: changes nothing (two softs in a row stay two).
    {"in-progress-newest", DC::OwnMx, "DFDFF", '-', 'P', active(0, 2, 3), active(0, 2, 3),
     active(0, 2, 3)},
    // Complaints (an event, or an ARF report) and unsubscribes opt out; opt_out is final.
    {"complaint-event", DC::Microsoft, "DCDD", 'D', 0, optOut("complaint", 2),
     optOut("complaint", 2), optOut("complaint", 2)},
    {"complaint-arf", DC::Yahoo, "DA", 'D', 0, optOut("complaint", 2), optOut("complaint", 2),
     optOut("complaint", 2)},
    {"unsubscribe", DC::OwnMx, "UDD", 'D', 0, optOut("unsubscribe", 1), optOut("unsubscribe", 1),
     optOut("unsubscribe", 1)},
    // Counts go on after the opt-out (it was never made active again); below every threshold.
    {"unsubscribe-then-soft", DC::OwnMx, "DUFF", '-', 0, optOut("unsubscribe", 2, 0, 2, 2),
     optOut("unsubscribe", 2, 0, 2, 2), optOut("unsubscribe", 2, 0, 2, 2)},
    // Error in C1; C3 delivers (active again, counts restart) and brings a complaint.
    {"error-then-complaint", DC::Gmail, "H-C", 'D', 0, optOut("complaint", 3),
     optOut("complaint", 3), optOut("complaint", 3)},
    // recipients.csv statuses at send time.
    {"audience-error", DC::OwnMx, "DEE", '-', 0, error("audience_error", 2, 0, 0, 0),
     error("audience_error", 2, 0, 0, 0), error("audience_error", 2, 0, 0, 0)},
    {"audience-error-then-delivered", DC::OwnMx, "ENDD", 'D', 0, reactivated(3), reactivated(3),
     reactivated(3)},
    {"audience-opt-out", DC::OwnMx, "DOD", 'D', 0, optOut("audience_opt_out", 2),
     optOut("audience_opt_out", 2), optOut("audience_opt_out", 2)},
    // Delivered after an error: active again, named by the delivering campaign.
    {"delivered-after-error", DC::Gmail, "H-D", 'D', 0, reactivated(3), reactivated(3),
     reactivated(3)},
    // Campaigns that did not send (absent, or listed but not attempted) change nothing.
    {"gaps-not-attempted", DC::OwnMx, "N-DNH", '-', 0, error("hard", 5, 1, 0, 0), active(1, 0, 0),
     error("hard", 5, 1, 0, 0)},
};

} // namespace

std::span<const Archetype> seriesArchetypes() {
    return kArchetypes;
}

int seriesScriptLength() {
    int n = 0;
    for (const Archetype& a : kArchetypes)
        n = std::max(n, static_cast<int>(std::strlen(a.script)) + (a.last ? 1 : 0));
    return n;
}

char seriesStep(const Archetype& a, int campaign, int campaigns) {
    if (a.last && campaign == campaigns - 1)
        return a.last;
    const int n = static_cast<int>(std::strlen(a.script));
    return campaign < n ? a.script[campaign] : a.fill;
}
