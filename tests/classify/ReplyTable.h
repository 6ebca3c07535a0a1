#pragma once

#include "TestPaths.h"

#include <QFile>
#include <QList>
#include <QString>
#include <QStringList>

// One row of tests/classify/data/replies.tsv: a real reply and what it must classify as.
struct ReplyRow {
    int line = 0;
    QString text, cls, reason, stage, isp, recipient, relay, source, knownDisagreement;
};

inline QList<ReplyRow> loadReplyTable() {
    QList<ReplyRow> rows;
    QFile file(testpaths::source(QStringLiteral("tests/classify/data/replies.tsv")));
    if (!file.open(QIODevice::ReadOnly))
        return rows;
    int lineNumber = 0;
    while (!file.atEnd()) {
        const QString line = QString::fromUtf8(file.readLine()).chopped(1);
        ++lineNumber;
        if (line.isEmpty() || line.startsWith(u'#'))
            continue;
        const QStringList cells = line.split(u'\t');
        ReplyRow row;
        row.line = lineNumber;
        row.text = cells.value(0);
        row.cls = cells.value(1);
        row.reason = cells.value(2);
        row.stage = cells.value(3);
        row.isp = cells.value(4);
        row.recipient = cells.value(5);
        row.relay = cells.value(6);
        row.source = cells.value(7);
        const QString note = cells.value(8);
        if (note.startsWith(QStringLiteral("known:")))
            row.knownDisagreement = note.mid(6).trimmed();
        rows.append(row);
    }
    return rows;
}
