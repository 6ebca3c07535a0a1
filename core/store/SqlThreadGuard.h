#pragma once

#include <QStringList>

namespace deliverboard::sqlguard {

// Proof of the desktop app's rule "the GUI thread never runs SQL" (issue 10). Every query
// entry point of core/store calls check(); while the guard is enabled, a query on the
// application's main thread is recorded (and, in fatal mode, aborts with the place named).
// Off by default, so the CLI, which has only a main thread, is never affected. Enabled by
// the environment (DELIVERBOARD_SQL_GUARD=record or =fatal) or by a test with enable().
enum class Mode { Off, Record, Fatal };

void enable(Mode mode);
Mode mode();
// Call at the start of every statement; `where` names the entry point (a string literal),
// `detail` is recorded with it (the statement's text).
void check(const char* where, const QString& detail = {});

// What was recorded since the last reset(): one entry per offending query, in order.
int violationCount();
QStringList violations();
void reset();

} // namespace deliverboard::sqlguard
