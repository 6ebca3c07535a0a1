#pragma once

#include <QString>
#include <QTimeZone>

struct GeneratorOptions {
    QString outDir;
    quint64 recipients = 3000;
    quint64 seed = 20260314;
    QDate startDate;
    QTime startTime;
    QTimeZone zone;
    QString name;
    bool iso = false; // RFC 3339 envelopes instead of RFC 3164
};

// Writes the whole campaign folder. Returns false (with a message) on an I/O error.
bool generateCampaign(const GeneratorOptions& options, QString* error);
