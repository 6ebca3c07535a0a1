#include "CampaignImporter.h"

#include "AudienceReader.h"
#include "EventsReader.h"
#include "LineDecoder.h"
#include "LocalTimeResolver.h"
#include "LogFileReader.h"
#include "QueueCorrelator.h"
#include "ReturnedMailImporter.h"
#include "classify/ReplyClassifier.h"
#include "store/ImportSink.h"
#include "store/Store.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>

namespace deliverboard {

namespace {
constexpr int kFingerprintBytes = 4096;
constexpr int kProblemsStoredPerFile = 100;
constexpr int kProblemsReturned = 500;

QString fingerprintOf(const QByteArray& head) {
    return KnownSourceFiles::fingerprintOf(head);
}

QString storeError(const QString& error) {
    return QCoreApplication::translate("CampaignImporter", "cannot write the store: %1").arg(error);
}

// Whether a folder holds anything a campaign is made of.
bool hasCampaignData(const QList<CampaignFile>& files) {
    for (const CampaignFile& file : files)
        if (file.kind != CampaignFileKind::Unknown && file.kind != CampaignFileKind::CampaignConfig)
            return true;
    return false;
}

bool isCancelled(const ImportOptions& options) {
    return options.cancel && options.cancel->load(std::memory_order_relaxed);
}

bool isLog(CampaignFileKind kind) {
    return kind == CampaignFileKind::SyslogMailLog || kind == CampaignFileKind::EximMainLog ||
           kind == CampaignFileKind::PowerMtaAccounting;
}

LogFormat formatOf(CampaignFileKind kind) {
    switch (kind) {
    case CampaignFileKind::EximMainLog:
        return LogFormat::EximMain;
    case CampaignFileKind::PowerMtaAccounting:
        return LogFormat::PowerMtaCsv;
    default:
        return LogFormat::Syslog;
    }
}

QString formatName(CampaignFileKind kind) {
    switch (kind) {
    case CampaignFileKind::EximMainLog:
        return QStringLiteral("exim");
    case CampaignFileKind::PowerMtaAccounting:
        return QStringLiteral("powermta");
    default:
        return QStringLiteral("syslog");
    }
}

QString excerptOf(const QByteArray& raw) {
    QString text = QString::fromUtf8(raw.left(300));
    for (QChar& c : text)
        if (c.category() == QChar::Other_Control)
            c = QChar(0xFFFD);
    return text;
}
} // namespace

CampaignImporter::CampaignImporter(Store& store)
    : m_store(store) {}

ImportSummary CampaignImporter::importFolder(const QString& folder, const ImportOptions& options) {
    return importPaths({folder}, options);
}

ImportSummary CampaignImporter::importPaths(const QStringList& paths,
                                            const ImportOptions& options) {
    ImportSummary summary;
    QList<std::pair<QString, QList<CampaignFile>>> campaigns;
    QList<CampaignFile> looseFiles;
    QString looseFolder;
    for (const QString& path : paths) {
        const QFileInfo info(path);
        if (info.isDir()) {
            campaigns.append(
                {info.absoluteFilePath(), CampaignFolderScanner::scan(info.absoluteFilePath())});
        } else if (info.exists()) {
            looseFiles.append(CampaignFolderScanner::classify(info.absoluteFilePath()));
            if (looseFolder.isEmpty())
                looseFolder = info.absolutePath();
        } else {
            summary.problems.append({path, 0, QStringLiteral("no such file or folder")});
            ++summary.problemCount;
        }
    }
    if (!looseFiles.isEmpty()) {
        CampaignFolderScanner::sortLogsOldestFirst(looseFiles);
        campaigns.append({looseFolder, looseFiles});
    }
    m_bytesTotal = 0;
    m_bytesDoneBefore = 0;
    m_linesDone = 0;
    for (const auto& campaign : std::as_const(campaigns))
        for (const CampaignFile& file : campaign.second)
            if (isLog(file.kind))
                m_bytesTotal += QFileInfo(file.path).size();
    for (const auto& [folder, files] : std::as_const(campaigns)) {
        if (summary.cancelled || !summary.fatalError.isEmpty())
            break;
        importCampaign(folder, files, options, summary);
    }
    // Refresh the planner's statistics after bulk changes (cheap when nothing changed).
    // A failure costs speed, not figures: it is not an import error.
    m_store.importSink()->refreshPlannerStatistics();
    return summary;
}

void CampaignImporter::addProblem(ImportSink& writer, qint64 campaignId, ImportSummary& summary,
                                  const QString& path, qint64 line, const QString& message,
                                  const QByteArray& excerpt) {
    ++summary.problemCount;
    // Readers name their file ("recipients.csv: line 3: ..."); the problem names it already.
    QString text = message;
    const QString ownName = QFileInfo(path).fileName() + QStringLiteral(": ");
    if (!ownName.startsWith(QLatin1Char(':')) && text.startsWith(ownName))
        text.remove(0, ownName.size());
    if (summary.problems.size() < kProblemsReturned)
        summary.problems.append({path, line, text});
    int& stored = m_problemsPerFile[path];
    if (stored++ < kProblemsStoredPerFile)
        writer.addProblem(campaignId, path, line, text, excerptOf(excerpt));
}

bool CampaignImporter::beginOrFail(ImportSink& writer, ImportSummary& summary) {
    if (writer.begin())
        return true;
    if (summary.fatalError.isEmpty())
        summary.fatalError = storeError(writer.errorString());
    return false;
}

void CampaignImporter::reportProgress(const ImportOptions& options, const QString& file,
                                      qint64 fileBytes, qint64 lines) {
    if (!options.progress)
        return;
    ImportProgress progress;
    progress.currentFile = file;
    progress.bytesDone = m_bytesDoneBefore + fileBytes;
    progress.bytesTotal = m_bytesTotal;
    progress.linesDone = m_linesDone + lines;
    progress.campaign = m_campaignInStore;
    options.progress(progress);
}

void CampaignImporter::importCampaign(const QString& folder, QList<CampaignFile> files,
                                      const ImportOptions& options, ImportSummary& summary) {
    const std::unique_ptr<ImportSink> sink = m_store.importSink();
    ImportSink& writer = *sink;
    m_problemsPerFile.clear();

    if (!hasCampaignData(files)) {
        // Nothing a campaign is made of: say so, and leave no empty campaign behind.
        for (const CampaignFile& file : std::as_const(files)) {
            if (file.kind != CampaignFileKind::Unknown)
                continue;
            if (file.looksLikeLog || file.problem) {
                ++summary.problemCount;
                summary.problems.append({file.path, 0, file.note});
            } else {
                summary.filesIgnored.append(
                    QStringLiteral("%1: %2").arg(QFileInfo(file.path).fileName(), file.note));
            }
        }
        ++summary.problemCount;
        summary.problems.append(
            {folder, 0,
             QCoreApplication::translate("CampaignImporter",
                                         "nothing to import: no mail log, recipients.csv, "
                                         "events.csv or returned mail found")});
        return;
    }

    CampaignConfig config;
    QString configError;
    QString configPath;
    for (const CampaignFile& file : files)
        if (file.kind == CampaignFileKind::CampaignConfig)
            configPath = file.path;
    const bool configOk =
        configPath.isEmpty() || CampaignConfig::load(configPath, config, configError);

    CampaignRecord campaign;
    campaign.name = !options.campaignName.isEmpty() ? options.campaignName
                    : !config.name.isEmpty()        ? config.name
                                                    : QDir(folder).dirName();
    campaign.folder = folder;
    campaign.senderFilter = config.sender;
    campaign.year = config.year;
    campaign.timeZone = QString::fromUtf8(config.timeZone.id());
    campaign.retryWindowHours = config.retryWindowHours;
    campaign.maxAttempts = config.maxAttempts;
    if (!writer.begin() || !writer.upsertCampaign(campaign) || !writer.commit()) {
        writer.rollback();
        summary.fatalError = storeError(writer.errorString());
        return;
    }
    summary.campaigns.append(campaign.name);
    m_campaignInStore = campaign.name;
    if (!configOk) {
        if (!beginOrFail(writer, summary))
            return;
        addProblem(writer, campaign.id, summary, configPath, 0,
                   configError + QStringLiteral(" (defaults used instead)"));
        writer.commit();
    }
    m_knownFiles.load(writer.sourceFiles(campaign.id));

    // The open queue entries are loaded before the first log line is read (importLog): an
    // import whose logs are all unchanged never needs them (at a million recipients,
    // loading them was most of an unchanged re-import).
    QueueCorrelator correlator(writer, campaign.id, campaign.senderFilter,
                               ReplyClassifier::standard(), options.limits.openMessagesInMemory);
    // Year-less syslog timestamps are placed around the month most lines are in, found
    // over all of the folder's syslog files before any line is read (a stored anchor from an
    // earlier import stays, so a resumed import keeps every year it gave).
    YearAnchor anchor;
    QStringList syslogFiles;
    for (const CampaignFile& file : std::as_const(files))
        if (file.kind == CampaignFileKind::SyslogMailLog)
            syslogFiles.append(file.path);
    if (campaign.firstMonth == 0)
        anchor.scanFiles(syslogFiles);
    else
        for (const QString& path : std::as_const(syslogFiles))
            anchor.addFileTime(QFileInfo(path).lastModified());
    if (campaign.firstMonth == 0)
        campaign.firstMonth = anchor.month();
    m_anchorTime = anchor.newestFileTime();

    const qint64 attemptsBefore = correlator.attemptsAdded();
    for (const CampaignFile& file : std::as_const(files)) {
        if (summary.cancelled || !summary.fatalError.isEmpty())
            break;
        switch (file.kind) {
        case CampaignFileKind::SyslogMailLog:
        case CampaignFileKind::EximMainLog:
        case CampaignFileKind::PowerMtaAccounting:
            importLog(writer, campaign, config, file, correlator, options, summary);
            break;
        case CampaignFileKind::Audience: {
            AudienceReader audience;
            qint64 added = 0;
            const bool replaced = importTable(
                writer, campaign, file.path, QStringLiteral("audience"),
                TableRead{
                    [&] { return audience.open(file.path) ? QString() : audience.error(); },
                    [&](const std::function<bool()>& more) {
                        return writer.replaceAudience(
                            campaign.id,
                            [&](AudienceMember& member) { return more() && audience.next(member); },
                            [&](const AudienceMember& member) { audience.listedTwice(member); },
                            added);
                    },
                    [&]() -> const TableProblems& { return audience.problems(); }},
                options, summary);
            if (replaced) // a cancelled or failed file's rows were rolled back
                summary.audienceMembers += static_cast<int>(added);
            break;
        }
        case CampaignFileKind::Events: {
            EventsReader events;
            qint64 added = 0;
            const bool replaced = importTable(
                writer, campaign, file.path, QStringLiteral("events"),
                TableRead{[&] { return events.open(file.path) ? QString() : events.error(); },
                          [&](const std::function<bool()>& more) {
                              return writer.replaceEvents(
                                  campaign.id,
                                  [&](EngagementEvent& event) {
                                      return more() && events.next(event);
                                  },
                                  added);
                          },
                          [&]() -> const TableProblems& { return events.problems(); }},
                options, summary);
            if (replaced)
                summary.engagementEvents += static_cast<int>(added);
            break;
        }
        case CampaignFileKind::CampaignConfig:
            break;
        case CampaignFileKind::ReturnedMail:
            break; // read after all logs, so that it finds the deliveries it is about
        case CampaignFileKind::Unknown:
            if (file.looksLikeLog || file.problem) {
                if (!beginOrFail(writer, summary))
                    break;
                addProblem(writer, campaign.id, summary, file.path, 0, file.note);
                writer.commit();
            } else {
                summary.filesIgnored.append(
                    QStringLiteral("%1: %2").arg(QFileInfo(file.path).fileName(), file.note));
            }
            break;
        }
    }
    summary.attemptsAdded += correlator.attemptsAdded() - attemptsBefore;
    summary.messagesReadBack += correlator.messagesReadBack();
    if (!summary.fatalError.isEmpty() || summary.cancelled)
        return;
    // Every log file ended with a committed flush, so the deliveries are current here.
    // Returned mail read by an earlier import while its delivery was deferred counts now
    // when these logs delivered it, as if the whole folder had been read at once.
    if (correlator.attemptsAdded() > attemptsBefore) {
        ReturnedMailImporter::Result late;
        if (!beginOrFail(writer, summary))
            return;
        if (!ReturnedMailImporter::applyLateBounces(writer, campaign, late) || !writer.commit()) {
            writer.rollback();
            summary.fatalError =
                storeError(late.storeError.isEmpty() ? writer.errorString() : late.storeError);
            return;
        }
        summary.bouncesAfterAcceptance += late.bouncedAfterAcceptance;
    }
    for (const CampaignFile& file : std::as_const(files)) {
        if (isCancelled(options)) {
            summary.cancelled = true;
            return;
        }
        if (file.kind == CampaignFileKind::ReturnedMail)
            importMail(writer, campaign, file, summary);
        if (!summary.fatalError.isEmpty())
            return;
    }
    // Complaints and auto-replies met before the delivery they are about (a PowerMTA f
    // record in an earlier file, mail imported before the log that holds the message)
    // are linked now; they change no outcome, so linking late is all they need.
    if (!beginOrFail(writer, summary))
        return;
    if (!writer.linkLateComplaintsAndReplies(campaign.id) || !writer.commit()) {
        writer.rollback();
        summary.fatalError = storeError(writer.errorString());
        return;
    }
    // The report's precomputed figures, once everything is in (ReportSummary).
    if (!writer.summaryStale())
        return;
    if (!beginOrFail(writer, summary))
        return;
    if (!writer.rebuildSummary(campaign.id) || !writer.commit()) {
        writer.rollback();
        summary.fatalError = storeError(writer.errorString());
    }
}

void CampaignImporter::importMail(ImportSink& writer, const CampaignRecord& campaign,
                                  const CampaignFile& file, ImportSummary& summary) {
    const qint64 fileSize = QFileInfo(file.path).size();
    const QByteArray head = LogFileReader::head(file.path, kFingerprintBytes);
    SourceFileRecord record = m_knownFiles.mailMatch(head);
    if (record.id != 0 && record.fileSize == fileSize) {
        ++summary.filesUnchanged;
        return;
    }
    record.campaignId = campaign.id;
    record.path = file.path;
    record.kind = QStringLiteral("mail");
    record.fingerprintLength = static_cast<int>(head.size());
    record.fingerprint = fingerprintOf(head);
    record.fileSize = fileSize;
    if (!beginOrFail(writer, summary))
        return;
    int messagesSeen = 0;
    const auto result = ReturnedMailImporter::importFile(
        writer, campaign, file.path, static_cast<int>(record.consumedLines), messagesSeen);
    if (!result.storeError.isEmpty()) {
        writer.rollback();
        summary.fatalError = storeError(result.storeError);
        return;
    }
    if (!result.error.isEmpty()) {
        writer.rollback();
        if (!beginOrFail(writer, summary))
            return;
        addProblem(writer, campaign.id, summary, file.path, 0,
                   QStringLiteral("cannot read the returned mail: %1").arg(result.error));
        writer.commit();
        return;
    }
    for (const QString& problem : result.problems)
        addProblem(writer, campaign.id, summary, file.path, 0, problem);
    record.consumedLines = messagesSeen;
    record.linesUsed += result.records;
    if (!writer.saveSourceFile(record) || !writer.commit()) {
        writer.rollback();
        summary.fatalError = storeError(writer.errorString());
        return;
    }
    m_knownFiles.update(record);
    ++summary.filesRead;
    summary.returnedMailRecords += result.records;
    summary.bouncesAfterAcceptance += result.bouncedAfterAcceptance;
}

bool CampaignImporter::importTable(ImportSink& writer, const CampaignRecord& campaign,
                                   const QString& path, const QString& kind, const TableRead& table,
                                   const ImportOptions& options, ImportSummary& summary) {
    const QFileInfo info(path);
    const QByteArray head = LogFileReader::head(path, kFingerprintBytes);
    const QString stamp =
        fingerprintOf(head + '\n' + QByteArray::number(info.size()) + '\n' +
                      QByteArray::number(info.lastModified().toMSecsSinceEpoch()));
    // A moved folder's unchanged table has another path but the same stamp (a re-import
    // of a moved 10M-recipient folder read both tables again and wrote 40 GB to replace
    // equal rows).
    SourceFileRecord record = m_knownFiles.tableMatch(path, kind, stamp);
    if (record.id != 0 && record.fingerprint == stamp && record.fileSize == info.size() &&
        record.lastError.isEmpty()) {
        ++summary.filesUnchanged;
        if (record.path != path) // moved: the one record follows the file
            followMove(writer, record, path, summary);
        return false;
    }
    const QString error = table.open();
    if (!beginOrFail(writer, summary))
        return false;
    if (!error.isEmpty()) {
        // What the file gave before stays.
        addProblem(writer, campaign.id, summary, path, 0, error);
        writer.commit();
        return false;
    }
    // The rows are read as they are written, in this one transaction; cancel is looked at
    // every few thousand rows.
    qint64 rows = 0;
    bool cancelled = false;
    const auto more = [&] {
        if ((++rows & 0xFFF) == 0 && isCancelled(options))
            cancelled = true;
        return !cancelled;
    };
    // The file is read whole each time and replaces what it gave before: idempotent.
    const bool written = table.replaceRows(more);
    if (cancelled) {
        writer.rollback();
        summary.cancelled = true;
        return false;
    }
    if (written) {
        const TableProblems& problems = table.problems();
        for (const QString& problem : problems.kept())
            addProblem(writer, campaign.id, summary, path, 0, problem);
        summary.problemCount += problems.count() - problems.kept().size(); // counted only
        record.campaignId = campaign.id;
        record.path = path;
        record.kind = kind;
        record.fingerprint = stamp;
        record.fingerprintLength = 0;
        record.fileSize = info.size();
        record.consumedBytes = info.size();
        record.lastError.clear();
    }
    if (!written || !writer.saveSourceFile(record) || !writer.commit()) {
        writer.rollback();
        summary.fatalError = QStringLiteral("cannot write %1: %2")
                                 .arg(QFileInfo(path).fileName(), writer.errorString());
        return false;
    }
    m_knownFiles.update(record);
    return true;
}

void CampaignImporter::followMove(ImportSink& writer, SourceFileRecord& record, const QString& path,
                                  ImportSummary& summary) {
    record.path = path;
    if (!beginOrFail(writer, summary))
        return;
    if (!writer.saveSourceFile(record) || !writer.commit()) {
        writer.rollback();
        summary.fatalError = storeError(writer.errorString());
        return;
    }
    m_knownFiles.update(record);
}

void CampaignImporter::importLog(ImportSink& writer, CampaignRecord& campaign,
                                 const CampaignConfig& config, const CampaignFile& file,
                                 QueueCorrelator& correlator, const ImportOptions& options,
                                 ImportSummary& summary) {
    const QFileInfo info(file.path);
    const qint64 fileSize = info.size();
    QString headError;
    const QByteArray head = LogFileReader::head(file.path, kFingerprintBytes, &headError);

    // Recognise the file by its first bytes: after rotation or compression it is the same
    // content under another name, and a grown file starts with what was read before.
    SourceFileRecord record = m_knownFiles.bestLogMatch(head);
    if (record.id != 0 && record.fileSize == fileSize && record.lastError.isEmpty() &&
        record.consumedBytes > 0) {
        ++summary.filesUnchanged;
        m_bytesDoneBefore += fileSize;
        // Read whole before, under this or another name (a moved folder, a rotated file):
        // the record takes the name. (It used to be continued from its end, which read
        // nothing new but decompressed a .gz log whole.)
        if (record.path != file.path)
            followMove(writer, record, file.path, summary);
        return;
    }
    record.campaignId = campaign.id;
    record.path = file.path;
    record.kind = formatName(file.kind);
    if (record.id == 0)
        record.fingerprint = fingerprintOf({}); // set for real when the first batch commits

    LogFileReader reader(file.path);
    qint64 startOffset = record.consumedBytes;
    qint64 startLine = record.consumedLines;
    if (!reader.open(startOffset, startLine)) {
        // A compressed file that shrank cannot be resumed; read it whole as new content.
        if (startOffset > 0 && reader.open(0, 0)) {
            record = SourceFileRecord{};
            record.campaignId = campaign.id;
            record.path = file.path;
            record.kind = formatName(file.kind);
            record.fingerprint = fingerprintOf({});
            startOffset = 0;
            startLine = 0;
        } else {
            if (!beginOrFail(writer, summary))
                return;
            addProblem(writer, campaign.id, summary, file.path, 0,
                       QStringLiteral("cannot read the file: %1").arg(reader.errorString()));
            writer.commit();
            m_bytesDoneBefore += fileSize;
            return;
        }
    }
    if (!correlator.isLoaded() && !correlator.loadOpenMessages()) {
        summary.fatalError = QStringLiteral("cannot read the store: %1").arg(writer.errorString());
        return;
    }
    ++summary.filesRead;
    if (!beginOrFail(writer, summary))
        return;
    record.lastError.clear();

    const std::unique_ptr<LineDecoder> decoder =
        makeLineDecoder(formatOf(file.kind), file.path, config, campaign, m_anchorTime);
    LogFileReader::Line line;
    qint64 linesThisBatch = 0;
    qint64 linesThisFile = 0;

    auto commitBatch = [&](qint64 consumedBytes, qint64 consumedLines, bool complete) -> bool {
        if (!correlator.flush()) {
            summary.fatalError =
                QStringLiteral("cannot write the store: %1").arg(correlator.errorString());
            return false;
        }
        record.consumedBytes = consumedBytes;
        record.consumedLines = consumedLines;
        const qint64 headLength = qMin<qint64>(kFingerprintBytes, consumedBytes);
        record.fingerprintLength = static_cast<int>(qMin<qint64>(headLength, head.size()));
        record.fingerprint = fingerprintOf(head.left(record.fingerprintLength));
        // The size is remembered only once the whole file is read: that is what lets the
        // next import skip an unchanged file.
        record.fileSize = complete ? fileSize : -1;
        if (!writer.saveSourceFile(record) || !writer.updateCampaignState(campaign) ||
            !writer.commit()) {
            summary.fatalError =
                QStringLiteral("cannot write the store: %1").arg(writer.errorString());
            writer.rollback();
            return false;
        }
        return true;
    };

    while (reader.readLine(line)) {
        if (isCancelled(options)) {
            writer.rollback();
            summary.cancelled = true;
            return;
        }
        ++summary.linesRead;
        ++linesThisFile;
        ++linesThisBatch;
        bool used = false;
        if (line.binary) {
            addProblem(writer, campaign.id, summary, file.path, line.number,
                       QStringLiteral("binary data instead of text; line skipped"), line.text);
        } else if (line.overlong) {
            addProblem(writer, campaign.id, summary, file.path, line.number,
                       QStringLiteral("line longer than 64 KB; line skipped"), line.text);
        } else {
            DecodedLine decoded;
            decoder->decode(line.text, line.number, decoded);
            if (decoded.atMs >= 0)
                campaign.newestLogAt = qMax(campaign.newestLogAt, decoded.atMs);
            if (decoded.result == DecodedLine::Result::Problem) {
                addProblem(writer, campaign.id, summary, file.path, line.number, decoded.problem,
                           line.text);
            } else if (decoded.result == DecodedLine::Result::Events) {
                for (const QueueEvent& event : std::as_const(decoded.events)) {
                    QueueCorrelator::LineContext context{
                        decoded.host, decoded.instance, decoded.atMs, 0, line.number,
                        {},           file.path};
                    if (event.kind == QueueEvent::Kind::RecipientResult ||
                        event.kind == QueueEvent::Kind::Expired) {
                        if (record.id == 0 && !writer.saveSourceFile(record)) {
                            summary.fatalError = writer.errorString();
                            writer.rollback();
                            return;
                        }
                        context.sourceFileId = record.id;
                        context.raw = line.text;
                    }
                    const auto use = correlator.handle(context, event);
                    if (use == QueueCorrelator::LineUse::Failed) {
                        summary.fatalError = QStringLiteral("cannot write the store: %1")
                                                 .arg(correlator.errorString());
                        writer.rollback();
                        return;
                    }
                    used = used || use == QueueCorrelator::LineUse::Used;
                }
            }
        }
        if (used) {
            ++summary.linesUsed;
            ++record.linesUsed;
        } else {
            ++summary.linesSkipped;
            ++record.linesSkipped;
        }
        if (linesThisBatch >= options.limits.batchLines) {
            if (!commitBatch(line.endOffset, line.number, false) || !beginOrFail(writer, summary))
                return;
            linesThisBatch = 0;
            reportProgress(options, file.path, reader.compressedPosition(), linesThisFile);
        } else if ((linesThisFile & 0xFFF) == 0) {
            reportProgress(options, file.path, reader.compressedPosition(), linesThisFile);
        }
    }
    if (!reader.errorString().isEmpty()) {
        record.lastError = reader.errorString();
        addProblem(writer, campaign.id, summary, file.path, reader.lineNumber() + 1,
                   QStringLiteral("reading stopped: %1; the lines before were imported")
                       .arg(reader.errorString()));
    }
    if (commitBatch(reader.offset(), reader.lineNumber(), true))
        m_knownFiles.update(record);
    m_linesDone += linesThisFile;
    m_bytesDoneBefore += fileSize;
    reportProgress(options, file.path, 0, 0);
}

} // namespace deliverboard
