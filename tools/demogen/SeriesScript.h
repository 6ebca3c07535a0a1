#pragma once

#include "Domains.h"

#include <span>

// The script of a campaign series (--series): a table of archetypes, each one address
// history across the campaigns, with the status every preset must derive from it. The
// expectations are written by hand from contract section 7, never computed: the generator is
// the independent oracle the status engine is checked against.
//
// Steps, one letter per campaign (the outcome follows from the lines the generator writes,
// with replies of ReplyCatalog whose class the classifier knows):
//   D  delivered at once (250)
//   G  greylisted (451 4.7.1), delivered at the next retry
//   H  hard at RCPT TO in the domain's own words (Gmail NoSuchUser, Microsoft 5.5.0, ...)
//   B  delivered, then an Exchange Online NDR 550 5.1.10 in bounces/ (hard after acceptance;
//      Microsoft 365 tenants only)
//   X  spam: our IP on a block list (Spamhaus, Microsoft S3140), blamed on the sender
//   K  spam: Gmail's "likely unsolicited mail" (content), blamed on the sender as well
//   F  soft: 552 5.2.2 Mailbox full (permanent reply, soft class)
//   T  soft: four tries 452 4.2.2 mailbox full, all failed (max_attempts 4)
//   L  soft: four tries Gmail 421-4.7.28 rate limit (the sender's fault)
//   P  in progress: one 452 4.2.2 deferral, young at the campaign's "as of"
//   C  delivered, and a `complaint` event in events.csv
//   A  delivered, and an ARF report from the ISP's feedback loop in complaints/
//   U  delivered, and an `unsubscribe` event
//   E  listed `Error` in recipients.csv (not sent)
//   O  listed `Opt-out` in recipients.csv (not sent)
//   N  listed `Active` in recipients.csv but never attempted (not in the logs)
//   -  not in the campaign at all
struct PresetExpectation {
    const char* status;  // active, error, opt_out
    const char* rule;    // the preset's rule id
    int campaign;        // 1-based campaign that set the status; 0: null
    int hard;            // counts.hard
    int softConsecutive; // counts.soft_consecutive
    int soft;            // counts.soft
};

struct Archetype {
    const char* id;
    DomainClass domain;
    // Steps of the first campaigns. A longer series continues with `fill`, which is chosen
    // so that the expectations stay true (a delivery to an address that is active or opted
    // out with no soft bounce in a row, else "-"); `last`, when set, is the newest campaign.
    const char* script;
    char fill;
    char last;
    PresetExpectation responsePage, mailworx, deliverboard;
};

// The presets the expectations are written for, in the column order of expected-status.csv.
inline constexpr const char* kSeriesPresets[] = {"response-page", "mailworx", "deliverboard"};

std::span<const Archetype> seriesArchetypes();

// The fewest campaigns every archetype's script fits in (the default of --campaigns).
int seriesScriptLength();

// The step of `archetype` in campaign `campaign` (0-based) of a series of `campaigns`.
char seriesStep(const Archetype& archetype, int campaign, int campaigns);

inline const PresetExpectation& expectationFor(const Archetype& a, int preset) {
    return preset == 0 ? a.responsePage : preset == 1 ? a.mailworx : a.deliverboard;
}
