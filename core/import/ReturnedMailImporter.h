#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace deliverboard {

namespace mail {
struct ReturnedMailRecord;
}
class ImportSink;
struct CampaignRecord;

// Stores returned mail (DSNs, text bounces, ARF complaints, auto-replies) of a campaign
// and links each record to the delivery it is about: by the original Message-ID and
// recipient, else by the recipient alone, else by the recipient a VERP return path names. A failure
// report for a recipient the logs show as delivered turns that delivery into a bounce "after
// acceptance" (contract section 3); delay warnings, complaints and auto-replies never change an
// outcome. Returned mail that matches no recipient is kept and counted, not dropped.
class ReturnedMailImporter {
public:
    struct Result {
        int records = 0; // recipients found in the file
        int linked = 0;  // of them, matched to a delivery
        int bouncedAfterAcceptance = 0;
        QString error;        // the file could not be read
        QString storeError;   // the store could not be read or written: the import stops
        QStringList problems; // parts of the file that were cut short (caps)
    };

    // `firstMessage`: messages of an mbox before this index were imported earlier.
    static Result importFile(ImportSink& writer, const CampaignRecord& campaign,
                             const QString& path, int firstMessage, int& messagesSeen);

    // After an import's logs: applies the failures reported by returned mail read earlier,
    // while its delivery was still deferred, now that the logs say it was delivered. An
    // import of everything at once reads the logs first and applies them in importFile;
    // this gives a log grown over several imports the same outcome.
    static bool applyLateBounces(ImportSink& writer, const CampaignRecord& campaign,
                                 Result& result);

    // How much of a diagnostic the store keeps with returned mail.
    static constexpr int kDiagnosticKept = 4000;

private:
    static bool bounceAfterAcceptance(ImportSink& writer, const QString& path,
                                      const mail::ReturnedMailRecord& record, qint64 deliveryId,
                                      qint64 acceptedAt);
    static bool importRecords(ImportSink& writer, const CampaignRecord& campaign,
                              const QString& path, const QList<mail::ReturnedMailRecord>& records,
                              Result& result);
};

} // namespace deliverboard
