#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>

namespace deliverboard {

// Something the importer could not use, with where it was.
struct ImportProblem {
    QString path;    // file path as given
    qint64 line = 0; // 0 when it is about the whole file
    QString message; // what was wrong, in plain words
};

struct ImportProgress {
    QString currentFile;
    qint64 bytesDone = 0; // over all files of this import (file bytes, compressed as stored)
    qint64 bytesTotal = 0;
    qint64 linesDone = 0;
    // The campaign being written, once its row is committed: a reader may show its figures
    // while the import goes on (every batch is committed before progress is reported).
    QString campaign;
};

struct ImportSummary {
    QStringList campaigns;    // names of the campaigns written
    int filesRead = 0;        // files read (fully or the part that was new)
    int filesUnchanged = 0;   // files skipped because nothing was added since the last import
    QStringList filesIgnored; // "name: why" for files that are not campaign data
    qint64 linesRead = 0;
    qint64 linesUsed = 0;    // lines that belonged to a campaign message
    qint64 linesSkipped = 0; // other daemons, other senders, not delivery lines, bad lines
    qint64 attemptsAdded = 0;
    qint64 messagesReadBack = 0; // open queue entries parked and read back (memory bound)
    int audienceMembers = 0;
    int engagementEvents = 0;
    int returnedMailRecords = 0;    // recipients found in returned mail
    int bouncesAfterAcceptance = 0; // delivered recipients that bounced later
    QList<ImportProblem> problems;  // at most the first few hundred; see problemCount
    qint64 problemCount = 0;
    bool cancelled = false;
    QString fatalError; // the store could not be written: nothing after this was imported
};

// How much an import holds in memory and writes per transaction. The defaults suit every
// folder size; tests lower them so that a small folder takes every batch and reload path.
struct ImportLimits {
    static constexpr int kBatchLines = 100000;
    // About 2 KB each with its delivery (heaptrack, 1M recipients): in-flight mail fits,
    // and entries idle longest (deferred mail waiting for its next retry) wait in the store.
    static constexpr qsizetype kOpenMessagesInMemory = 50000;
    int batchLines = kBatchLines;                           // lines per committed transaction
    qsizetype openMessagesInMemory = kOpenMessagesInMemory; // open queue entries, at least 1
};

struct ImportOptions {
    QString campaignName; // overrides campaign.json and the folder name
    ImportLimits limits;
    std::function<void(const ImportProgress&)> progress; // called from the importing thread
    const std::atomic_bool* cancel = nullptr;
};

} // namespace deliverboard
