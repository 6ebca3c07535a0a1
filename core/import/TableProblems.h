#pragma once

#include <QString>
#include <QStringList>

namespace deliverboard {

// What a table file reader (recipients.csv, events.csv) could not use, as "recipients.csv:
// line 7: ...": the first kKept are kept and the rest only counted, so that a file of a
// million bad rows costs no more memory than one of a thousand. The importer stores
// fewer still per file and counts every one.
class TableProblems {
public:
    static constexpr int kKept = 1000;

    void add(const QString& problem) {
        if (m_kept.size() < kKept)
            m_kept.append(problem);
        ++m_count;
    }
    const QStringList& kept() const { return m_kept; }
    qint64 count() const { return m_count; }

private:
    QStringList m_kept;
    qint64 m_count = 0;
};

} // namespace deliverboard
