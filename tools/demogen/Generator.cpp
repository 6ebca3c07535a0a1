#include "Generator.h"

#include "Audience.h"
#include "CampaignPlan.h"
#include "EventsWriter.h"
#include "ExpectedReport.h"
#include "Noise.h"
#include "PostfixLogWriter.h"
#include "ReturnedMailWriter.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <cstdio>
#include <limits>
#include <memory>
#include <queue>
#include <vector>

namespace {

constexpr std::int64_t kNever = std::numeric_limits<std::int64_t>::max();

struct Context {
    const GeneratorOptions& options;
    Timeline timeline;
    LocalClock& clock;
    const DomainCatalog& domains;
    const NameFactory& names;
    const std::vector<NoiseLine>& noise;
};

struct Outputs {
    LogFiles* logs = nullptr;
    ExpectedReport* expected = nullptr;
    Audience* audience = nullptr;
    ReturnedMailWriter* returned = nullptr;
    EventsWriter* events = nullptr;
};

struct PassResult {
    quint64 lines = 0;
    std::int64_t newest = 0;
};

// Merges the campaign's messages (planned lazily, in pickup order) with the noise lines into
// one time-ordered stream. Only messages that still have lines to write are in memory, so a
// million recipients need little more than the few thousand a demo needs.
// Run twice: first only counting lines (to know where the log rotation splits), then writing.
PassResult runPass(const Context& c, const Outputs& out) {
    CampaignPlanner planner(c.options.seed, c.options.recipients, c.timeline, c.domains, c.names);
    const StepRenderer renderer;

    struct Entry {
        std::int64_t t;
        quint64 seq; // ties keep insertion order: the log is stable
        MessagePlan* message;
        bool operator>(const Entry& o) const { return t != o.t ? t > o.t : seq > o.seq; }
    };
    std::priority_queue<Entry, std::vector<Entry>, std::greater<Entry>> heap;
    quint64 seq = 0;
    quint64 holds = 0;
    quint64 releases = 0;
    size_t noiseIndex = 0;
    PassResult result;
    QByteArray rest;

    auto emit = [&](std::int64_t t, const QByteArray& text) {
        ++result.lines;
        result.newest = std::max(result.newest, t);
        if (out.logs)
            out.logs->write(t, text);
    };

    for (;;) {
        const std::int64_t tNoise = noiseIndex < c.noise.size() ? c.noise[noiseIndex].t : kNever;
        const std::int64_t tHeap = heap.empty() ? kNever : heap.top().t;
        const std::int64_t tPickup = planner.hasNext() ? planner.peekArrival() : kNever;
        if (tNoise == kNever && tHeap == kNever && tPickup == kNever)
            break;

        if (tPickup <= tHeap && tPickup < tNoise) {
            std::unique_ptr<MessagePlan> m = planner.next();
            if (out.expected) {
                for (size_t j = 0; j < m->rcpts.size(); ++j) {
                    const Recipient& r = m->rcpts[j];
                    out.expected->addRecipient(m->domain, r);
                    out.audience->addSent(m->firstRecipient + j, r.address, r.person.firstName);
                    out.returned->add(*m, r);
                    out.events->add(r);
                }
            }
            const std::int64_t first = m->steps.front().t;
            heap.push({first, seq++, m.release()});
            continue;
        }

        if (tNoise <= tHeap) {
            const NoiseLine& line = c.noise[noiseIndex++];
            if (line.kind == NoiseLine::Text) {
                emit(line.t, line.rest);
                continue;
            }
            // The postsuper summaries come after every per-message line they count.
            const quint64 n = line.kind == NoiseLine::HoldSummary ? holds : releases;
            if (n) {
                rest = line.rest;
                rest.replace("%1", QByteArray::number(n));
                emit(line.t, rest);
            }
            continue;
        }

        const Entry e = heap.top();
        heap.pop();
        MessagePlan* m = e.message;
        const Step& step = m->steps[m->cursor++];
        holds += step.kind == StepKind::Hold;
        releases += step.kind == StepKind::Release;
        rest.clear();
        if (out.logs)
            renderer.render(rest, *m, step);
        emit(step.t, rest);
        if (m->cursor < m->steps.size())
            heap.push({m->steps[m->cursor].t, seq++, m});
        else
            delete m;
    }
    return result;
}

bool writeCampaignJson(const QString& path, const GeneratorOptions& o, int year, QString* error) {
    const QByteArray j = "{\n  \"name\": " + jsonString(o.name) + ",\n  \"sender\": \"" +
                         QByteArray(kSender) + "\",\n  \"year\": " + QByteArray::number(year) +
                         ",\n  \"retry_window_hours\": 30,\n  \"max_attempts\": 4,\n"
                         "  \"timezone\": " +
                         jsonString(QString::fromUtf8(o.zone.id())) + "\n}\n";
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(j) != j.size()) {
        *error = QStringLiteral("cannot write %1").arg(path);
        return false;
    }
    return true;
}

} // namespace

bool generateCampaign(const GeneratorOptions& o, QString* error) {
    const QDir dir(o.outDir);
    if (!QDir().mkpath(o.outDir)) {
        *error = QStringLiteral("cannot create %1").arg(o.outDir);
        return false;
    }
    const QDateTime startLocal(o.startDate, o.startTime, o.zone);
    const std::int64_t start = startLocal.toMSecsSinceEpoch() * 1000;

    Timeline tl;
    tl.start = start;
    tl.logStart = start - 4 * kUsecPerHour;
    tl.sendEnd = start + 2 * kUsecPerHour;
    tl.hold = start + 3 * kUsecPerHour;
    // "As of" lands 30 h 52 min after the start: past the 30-hour window for the first
    // ~52 minutes of the send, within it for the rest (so both rules of contract section 3
    // have recipients on each side).
    tl.asOf = start + 30 * kUsecPerHour + 52 * kUsecPerMin + 3 * kUsecPerSec;
    tl.release = tl.asOf - 100 * kUsecPerSec;
    tl.windowStart = tl.asOf - 30 * kUsecPerHour;

    LocalClock clock(o.zone);
    const DomainCatalog domains(o.recipients);
    const NameFactory names(4 * o.recipients + 10);
    const std::vector<NoiseLine> noise = makeNoise(o.seed, tl, clock);
    const Context c{o, tl, clock, domains, names, noise};

    const PassResult counted = runPass(c, Outputs{});
    // The rotated file holds the older ~57 % of the lines; the junk line sits in the middle
    // of the current file.
    const quint64 split = counted.lines * 57 / 100;
    const quint64 junkAfter = split + (counted.lines - split) / 2;

    LogFiles logs(o.outDir, split, junkAfter, o.iso, clock);
    ExpectedReport expected;
    Audience audience(o.seed, o.recipients, domains, names, expected);
    if (!logs.open(error) ||
        !expected.openRecipientsCsv(dir.filePath(QStringLiteral("expected-recipients.csv")),
                                    error) ||
        !audience.open(dir.filePath(QStringLiteral("recipients.csv")), error))
        return false;
    // Returned mail and events are decided with the plan and written after the logs.
    MailContext mail;
    mail.subject = o.name.toUtf8();
    mail.localOffset = clock.offsetSeconds(tl.start);
    ReturnedMailWriter returned(o.outDir, mail, tl, o.seed);
    EventsWriter events;
    const PassResult written =
        runPass(c, Outputs{&logs, &expected, &audience, &returned, &events});
    if (written.lines != counted.lines || written.newest != tl.asOf)
        std::fprintf(stderr, "demogen: internal: passes disagree or as-of missed\n");

    return logs.close(error) && audience.close(error) && returned.finish(error) &&
           events.finish(dir.filePath(QStringLiteral("events.csv")), error) &&
           expected.finish(dir.filePath(QStringLiteral("expected.json")), o.name, tl.asOf, error) &&
           writeCampaignJson(dir.filePath(QStringLiteral("campaign.json")), o, o.startDate.year(),
                             error);
}
