#pragma once

#include "TableRowReader.h"

#include <QString>
#include <QStringList>

namespace deliverboard {

struct AudienceMember {
    QString email;  // lower-cased
    QString status; // Active, Error or Opt-out
};

// `recipients.csv`: a header row with `email` and optional `status` (contract section 2),
// read a row at a time, so that memory stays the same whatever the file's length.
class AudienceReader : public TableRowReader {
public:
    // Opens the file and checks its header; false with error() set when the file as a
    // whole cannot be used.
    bool open(const QString& path);
    // The next usable row; false at the end. Rows that cannot be used are skipped and
    // listed in problems().
    bool next(AudienceMember& member);
    // The row next() returned last gives an address an earlier row gave: the first counts
    // (the store tells, so that no set of every address is held here).
    void listedTwice(const AudienceMember& member);

private:
    QStringList m_fields;
    int m_emailColumn = -1;
    int m_statusColumn = -1;
    qint64 m_line = 0; // of the row next() returned last
};

} // namespace deliverboard
