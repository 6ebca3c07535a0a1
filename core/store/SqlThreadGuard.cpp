#include "SqlThreadGuard.h"

#include <QCoreApplication>
#include <QMutex>
#include <QMutexLocker>
#include <QThread>

#include <atomic>

namespace deliverboard::sqlguard {

namespace {
Mode modeFromEnvironment() {
    const QByteArray value = qgetenv("DELIVERBOARD_SQL_GUARD").toLower();
    if (value == "fatal")
        return Mode::Fatal;
    if (value == "record" || value == "1")
        return Mode::Record;
    return Mode::Off;
}

std::atomic<Mode>& currentMode() {
    static std::atomic<Mode> value{modeFromEnvironment()};
    return value;
}

// Violations are rare (ideally none) and recorded from any thread: a mutex is enough.
QMutex& recordMutex() {
    static QMutex mutex;
    return mutex;
}

QStringList& recorded() {
    static QStringList list;
    return list;
}
} // namespace

void enable(Mode mode) {
    currentMode().store(mode, std::memory_order_relaxed);
}

Mode mode() {
    return currentMode().load(std::memory_order_relaxed);
}

void check(const char* where, const QString& detail) {
    const Mode m = mode();
    if (m == Mode::Off)
        return;
    const QCoreApplication* app = QCoreApplication::instance();
    if (!app || QThread::currentThread() != app->thread())
        return;
    if (m == Mode::Fatal)
        qFatal("SQL on the GUI thread: %s %s", where, qUtf8Printable(detail.simplified()));
    const QMutexLocker lock(&recordMutex());
    // The whole statement: a test plans exactly what ran (tst_OutcomeFilters).
    recorded().append(QString::fromUtf8(where) + QStringLiteral(": ") + detail.simplified());
}

int violationCount() {
    const QMutexLocker lock(&recordMutex());
    return static_cast<int>(recorded().size());
}

QStringList violations() {
    const QMutexLocker lock(&recordMutex());
    return recorded();
}

void reset() {
    const QMutexLocker lock(&recordMutex());
    recorded().clear();
}

} // namespace deliverboard::sqlguard
