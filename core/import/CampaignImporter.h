#pragma once

#include "CampaignConfig.h"
#include "CampaignFolderScanner.h"
#include "ImportTypes.h"
#include "KnownSourceFiles.h"
#include "TableProblems.h"
#include "store/ImportRecords.h"

#include <QDateTime>

namespace deliverboard {

class ImportSink;
class Store;

// Imports campaign folders (or loose log files) into the store: incrementally (a grown
// log adds only its new lines, a rotated or compressed log is recognised by content),
// idempotently, in batched transactions (an interrupted import leaves the store
// consistent and the next run completes it), with progress and cancel.
class CampaignImporter {
public:
    explicit CampaignImporter(Store& store);

    // Imports each folder as its own campaign; loose files go into one campaign named by
    // options.campaignName or their folder's name.
    ImportSummary importPaths(const QStringList& paths, const ImportOptions& options);
    ImportSummary importFolder(const QString& folder, const ImportOptions& options);

    static int batchLines() { return ImportLimits::kBatchLines; } // the default

private:
    void importCampaign(const QString& folder, QList<CampaignFile> files,
                        const ImportOptions& options, ImportSummary& summary);
    void importLog(ImportSink& writer, CampaignRecord& campaign, const CampaignConfig& config,
                   const CampaignFile& file, class QueueCorrelator& correlator,
                   const ImportOptions& options, ImportSummary& summary);
    void importMail(ImportSink& writer, const CampaignRecord& campaign, const CampaignFile& file,
                    ImportSummary& summary);
    // A table file (recipients.csv, events.csv) replaces what it gave before. Skipped when
    // unchanged since the last import (same size, modification time and first bytes), as
    // re-reading a million-row file would be most of the cost of an unchanged re-import.
    // Its rows are read as they are written, one transaction for the file: `open` opens it
    // (an error: the file cannot be used and what it gave before stays), `replaceRows`
    // writes its rows while `more` allows (false once cancelled), and `problems` then
    // lists the rows it skipped. True when the file's rows replaced the old ones (false when
    // it was unchanged, unusable, cancelled or could not be written).
    struct TableRead {
        std::function<QString()> open;
        std::function<bool(const std::function<bool()>& more)> replaceRows;
        std::function<const TableProblems&()> problems;
    };
    bool importTable(ImportSink& writer, const CampaignRecord& campaign, const QString& path,
                     const QString& kind, const TableRead& table, const ImportOptions& options,
                     ImportSummary& summary);
    // An unchanged file read before under another name: its record takes the new one.
    void followMove(ImportSink& writer, SourceFileRecord& record, const QString& path,
                    ImportSummary& summary);
    void addProblem(ImportSink& writer, qint64 campaignId, ImportSummary& summary,
                    const QString& path, qint64 line, const QString& message,
                    const QByteArray& excerpt = {});
    void reportProgress(const ImportOptions& options, const QString& file, qint64 fileBytes,
                        qint64 lines);

    Store& m_store;
    qint64 m_bytesTotal = 0;
    qint64 m_bytesDoneBefore = 0; // bytes of the files finished in this import
    qint64 m_linesDone = 0;
    QString m_campaignInStore; // the campaign whose batches are being committed
    QHash<QString, int> m_problemsPerFile;
    QDateTime m_anchorTime;        // newest modification time of the campaign's syslog files
    KnownSourceFiles m_knownFiles; // of the campaign being imported
    bool beginOrFail(ImportSink& writer, ImportSummary& summary);
};

} // namespace deliverboard
