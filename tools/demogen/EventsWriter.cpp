#include "EventsWriter.h"

#include "TimeFormat.h"

#include <QFile>
#include <algorithm>

void EventsWriter::add(const Recipient& r) {
    if (r.after.events.empty())
        return;
    const quint32 offset = quint32(m_addresses.size());
    m_addresses += r.address;
    m_addresses += '\0';
    for (const EngagementEvent& e : r.after.events)
        m_rows.push_back({e.t, offset, e.kind});
}

bool EventsWriter::finish(const QString& path, QString* error) {
    // Oldest first; ties keep send order (stable), so the file is reproducible.
    std::stable_sort(m_rows.begin(), m_rows.end(),
                     [](const Row& a, const Row& b) { return a.t < b.t; });
    static const char* const kNames[] = {"open", "click", "unsubscribe", "complaint"};
    QByteArray out = "email,event,timestamp\n";
    out.reserve(qsizetype(m_rows.size()) * 64 + 32);
    for (const Row& row : m_rows) {
        // Addresses are plain ASCII without commas or quotes: no CSV quoting needed.
        out += m_addresses.constData() + row.address;
        out += ',';
        out += kNames[static_cast<int>(row.kind)];
        out += ',';
        out += LocalClock::utcIso(row.t);
        out += '\n';
    }
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(out) != out.size()) {
        *error = QStringLiteral("cannot write %1").arg(path);
        return false;
    }
    return true;
}
