#pragma once

#include <QString>
#include <QStringList>

namespace deliverboard {

class StatusEngine;

// Writes the addresses not to mail (status `error` or `opt_out`) as RFC 4180 CSV
// (contract section 7, `export-suppression`), with the same writer and formula
// neutralisation as `export-bounces`.
class SuppressionExporter {
public:
    static QStringList header(); // email,status,since,reason,campaign
    // Returns rows written, or -1 with `error` set. Never leaves half a file behind.
    static qint64 exportCsv(const StatusEngine& engine, const QString& path, QString& error);
};

} // namespace deliverboard
