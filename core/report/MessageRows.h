#pragma once

#include "model/Outcome.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace deliverboard {

// A campaign as stored, with its settings.
struct CampaignInfo {
    qint64 id = 0;
    QString name;
    QString folder;
    QString senderFilter;
    QString timeZone;
    double retryWindowHours = 30; // in force: the store's overrides applied (StoreSettings)
    int maxAttempts = 4;
    double ownRetryWindowHours = 30; // what the campaign's campaign.json said
    int ownMaxAttempts = 4;
    QDateTime newestLogAt;  // the default "as of"
    QDateTime firstAttemptAt;
    QDateTime importedAt;
};

// What the drill-down table shows about one recipient of one message.
struct MessageRow {
    qint64 deliveryId = 0;
    QString recipient;
    Outcome outcome = Outcome::InProgress;
    QString isp;
    int attempts = 0;
    QString code;
    QString enhanced;
    QString stage;
    QString reason;
    QString cls;
    QString blame;
    QString lastReply;
    QString relay;
    QDateTime firstAttempt;
    QDateTime lastAttempt;
    QString queueId;
    QString messageId;
};

// Drill-down filter; empty members do not filter.
struct MessageFilter {
    QList<Outcome> outcomes;
    QString isp;
    QString code;   // matches the reply code or the enhanced code
    QString stage;
    QString reason;
    QString search; // part of the recipient address
    bool complained = false; // only recipients with an ARF report or a complaint event
    bool autoReplied = false; // only recipients that sent an auto-reply

    enum class SortColumn { Recipient, Outcome, Isp, Attempts, Code, Stage, Reason, LastAttempt };
    SortColumn sortColumn = SortColumn::Recipient;
    bool descending = false;
};

// One line of a message's attempt history.
struct AttemptRow {
    QDateTime at;
    QString status; // sent, deferred, bounced, expired
    bool network = true;
    QString relayHost;
    QString relayIp;
    int relayPort = 0;
    QString code;
    QString enhanced;
    QString dsn;
    QString reply;
    QString stage;
    QString cls;
    QString reason;
    QString isp;
    QString blame;
    QString rule;
    QString raw;
    QString sourcePath;
    qint64 lineNo = 0;
};

// Attempts per time bucket, for the campaign timeline chart.
struct TimelineBucket {
    QDateTime start;
    qint64 delivered = 0; // 2xx acceptances
    qint64 deferred = 0;  // temporary failures (network attempts)
    qint64 bounced = 0;   // permanent failures, expiries and bounces after acceptance
};

// One returned mail stored for a campaign (DSN, text bounce, ARF report, auto-reply).
struct ReturnedMailRow {
    QString path;
    QString recipient;
    QString kind;
    QString cls;
    QString reason;
    QString stage;
    QString code;
    QString enhanced;
    QString diagnostic;
    QString originalMessageId;
    QString action; // DSN Action: "failed", "delayed" (a warning), ...; empty when the mail has none
};

// What one recipient did with the campaign, from events.csv.
struct RecipientEngagement {
    int opens = 0;
    int clicks = 0;
    bool unsubscribed = false;
    bool complained = false;   // a complaint event (ARF reports are returned mail)
    QDateTime unsubscribedAt;  // invalid when events.csv gave no time
    QDateTime lastEventAt;

    bool isEmpty() const { return opens == 0 && clicks == 0 && !unsubscribed && !complained; }
};

// A member of the campaign's audience (recipients.csv).
struct AudienceRow {
    QString email;
    QString status;
};

struct ImportProblemRow {
    QString path;
    qint64 line = 0;
    QString message;
    QString excerpt;
};

} // namespace deliverboard
