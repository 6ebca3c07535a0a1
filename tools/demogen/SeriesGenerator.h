#pragma once

#include <QString>

struct SeriesOptions {
    QString outDir;
    quint64 recipients = 310; // addresses in the shared audience (at least one per archetype)
    int campaigns = 0;        // 0: the script's length
    quint64 seed = 20260302;
};

// Writes a series of campaign folders (campaign-01, campaign-02, ...) that share one
// audience, each address following the history of its archetype (SeriesScript.h), and
// expected-status.csv at the root with every address's status per preset. Streams: memory
// does not grow with the audience. Returns false (with a message) on an I/O error.
bool generateSeries(const SeriesOptions& options, QString* error);

// Campaign names, one week apart in this order ("Series 01 (2026-03-02)", ...).
QString seriesCampaignName(int campaign); // 0-based
