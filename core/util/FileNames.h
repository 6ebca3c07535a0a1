#pragma once

#include <QString>

namespace deliverboard {

// A file name made from untrusted text (a campaign name from campaign.json) that is safe
// to suggest in a save dialog: no path separators or "..", no control characters, no
// characters Windows refuses (< > : " | ? *) or that look like markup, no leading dot or
// dash, at most 100 characters; "campaign" when nothing is left.
QString safeFileName(const QString& text);

} // namespace deliverboard
