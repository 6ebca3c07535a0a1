#pragma once

#include "model/Outcome.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace deliverboard {

struct OutcomeCounts {
    qint64 sent = 0;
    qint64 delivered = 0;
    qint64 inProgress = 0;
    qint64 soft = 0;
    qint64 hard = 0;
    qint64 spam = 0;

    qint64 of(Outcome outcome) const;
    void add(Outcome outcome, qint64 count);
};

struct CodeCount {
    QString code;
    QString enhanced;
    QString reason;
    qint64 count = 0;
};

struct IspFigures {
    QString isp;
    OutcomeCounts counts;
    QList<CodeCount> codes; // failures (soft, hard, spam) by reply code, most frequent first
};

struct StageCount {
    QString stage;
    qint64 count = 0;
};

// Opens, clicks and unsubscribes from events.csv, as distinct recipients.
struct Engagement {
    qint64 opened = 0;
    qint64 clicked = 0;
    qint64 unsubscribed = 0;
};

// The Response page of one campaign: every figure of contract section 5's `report`.
struct CampaignReport {
    QString campaign;
    QDateTime asOf;
    double retryWindowHours = 30;
    int maxAttempts = 4;
    OutcomeCounts totals;
    qint64 complaints = 0;
    qint64 autoReplies = 0;
    qint64 skipped = 0;
    qint64 notAttempted = 0;
    Engagement engagement;
    qint64 unmatchedReturnedMail = 0; // returned mail that names no recipient of the campaign
    QList<IspFigures> byIsp;      // most recipients first
    QList<StageCount> failuresByStage; // bounces (soft, hard, spam) by SMTP stage
};

} // namespace deliverboard
