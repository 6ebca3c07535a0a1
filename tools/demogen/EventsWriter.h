#pragma once

#include "CampaignPlan.h"

#include <QByteArray>
#include <QString>
#include <vector>

// events.csv: the engagement the ESP tracked (open, click, unsubscribe, complaint), as its
// export lists it: `email,event,timestamp`, ISO-8601 UTC, oldest first. The events are
// decided with the plan (Aftermath.cpp); this only keeps them compactly (a million-recipient
// run has a few hundred thousand) and writes them sorted by time.
class EventsWriter {
public:
    void add(const Recipient& r);
    bool finish(const QString& path, QString* error);

private:
    struct Row {
        std::int64_t t;
        quint32 address; // offset into m_addresses
        EventKind kind;
    };
    std::vector<Row> m_rows;
    QByteArray m_addresses; // '\0'-terminated addresses of recipients with events
};
