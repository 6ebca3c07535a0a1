#pragma once

#include "QueueEvent.h"

#include <QStringView>

namespace deliverboard {

// Takes `CODE[- ]ESC text CODE-ESC more ...` apart into code, enhanced code and a clean
// text without the repeated continuation prefixes (multi-line replies joined by MTAs).
void parseSmtpReply(QStringView reply, ReplyDetails& out);

// Splits `host[ip]` or `host[ip]:port` (IPv6 inside the brackets keeps its colons).
void splitHostAddress(QStringView text, QString& host, QString& ip, int* port = nullptr);

} // namespace deliverboard
