#pragma once

#include <QList>
#include <QString>

namespace deliverboard {

struct AudienceMember {
    QString email;  // lower-cased
    QString status; // Active, Error or Opt-out
};

// `recipients.csv`: a header row with `email` and optional `status` (contract section 2).
class AudienceReader {
public:
    struct Result {
        QList<AudienceMember> members;
        QStringList problems; // "recipients.csv: line 7: ..." for rows that were skipped
        QString error;        // the file as a whole could not be used
    };
    static Result read(const QString& path);
};

} // namespace deliverboard
