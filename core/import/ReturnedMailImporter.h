#pragma once

#include <QString>
#include <QStringList>

namespace deliverboard {

class ImportWriter;
struct CampaignRecord;

// Stores returned mail (DSNs, text bounces, ARF complaints, auto-replies) of a campaign
// and links each record to the delivery it is about: by the original Message-ID and
// recipient, else by the recipient alone, else by the recipient a VERP return path names. A failure report for a recipient the logs show
// as delivered turns that delivery into a bounce "after acceptance" (contract section 3);
// delay warnings, complaints and auto-replies never change an outcome. Returned mail that
// matches no recipient is kept and counted, not dropped.
class ReturnedMailImporter {
public:
    struct Result {
        int records = 0;          // recipients found in the file
        int linked = 0;           // of them, matched to a delivery
        int bouncedAfterAcceptance = 0;
        QString error;            // the file could not be read
    };

    // `firstMessage`: messages of an mbox before this index were imported earlier.
    static Result importFile(ImportWriter& writer, const CampaignRecord& campaign,
                             const QString& path, int firstMessage, int& messagesSeen);
};

} // namespace deliverboard
