#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <cstddef>
#include <cstdint>
#include <cstdlib>

// What every harness shares: a QCoreApplication (translate() and resources), the input as
// QByteArray, an abort that libFuzzer records as a crash when an invariant breaks.
namespace fuzzsupport {

inline void ensureApp() {
    static int argc = 1;
    static char name[] = "fuzz";
    static char* argv[] = {name, nullptr};
    static QCoreApplication* app =
        QCoreApplication::instance() ? nullptr : new QCoreApplication(argc, argv);
    (void)app;
}

inline QByteArray bytes(const uint8_t* data, size_t size) {
    return QByteArray(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
}

[[noreturn]] inline void fail(const char* what, const QString& detail = {}) {
    fprintf(stderr, "invariant broken: %s: %s\n", what, detail.toUtf8().constData());
    abort();
}

} // namespace fuzzsupport
