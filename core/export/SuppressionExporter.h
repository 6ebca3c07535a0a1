#pragma once

#include "policy/InactivityRule.h"

#include <QString>
#include <QStringList>

namespace deliverboard {

class StatusEngine;

// Writes the addresses not to mail (status `error` or `opt_out`) as RFC 4180 CSV
// (contract section 7, `export-suppression`), with the same writer and formula
// neutralisation as `export-bounces`.
//
// Layouts (`--format`): `generic` is the contract's (email,status,since,reason,campaign);
// `mailchimp` is one "Email Address" column, the header Mailchimp's contact import maps
// by itself (import it with the status "Unsubscribed"); `listmonk` is listmonk's
// subscriber import (email,name,attributes with the attributes as a JSON object; import
// it in the "Blocklist" mode).
class SuppressionExporter {
public:
    enum class Format { Generic, Mailchimp, Listmonk };
    static QStringList formatIds(); // generic, mailchimp, listmonk
    static bool formatFromId(const QString& id, Format& format);

    static QStringList header(Format format = Format::Generic);
    // Returns rows written, or -1 with `error` set. Never leaves half a file behind.
    static qint64 exportCsv(const StatusEngine& engine, const QString& path, QString& error,
                            Format format = Format::Generic);
    // The inactivity suggestions instead (active addresses sent to in `rule.campaigns`
    // campaigns in a row, or for `rule.days`, without an open or click), in the same layouts:
    // `status` is active, `reason` is "inactive" and `campaign` the last campaign sent to; `since`
    // is empty.
    static qint64 exportInactiveCsv(const StatusEngine& engine, const InactivityRule& rule,
                                    const QString& path, QString& error,
                                    Format format = Format::Generic);
};

} // namespace deliverboard
