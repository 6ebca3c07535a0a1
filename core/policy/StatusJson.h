#pragma once

#include "StatusDiff.h"
#include "StatusEngine.h"

#include <QJsonObject>

namespace deliverboard::statusjson {

// One element of `status --json` (contract section 7).
QJsonObject address(const AddressStatus& status);
// One element of `status --inactive --json`: the address, its last campaign and how many
// campaigns in a row it was sent without an open or click.
QJsonObject inactive(const AddressStatus& status);
// `status --preview --json`: the counts by from>to, ISP and reason, and every change.
QJsonObject diff(const StatusDiff& diff, const QString& currentPreset,
                 const QString& candidatePreset);
// `status --sender-problems --json`.
QJsonObject senderProblems(const QList<SenderProblem>& problems, bool ignoreSenderBlamed,
                           const QString& preset);

} // namespace deliverboard::statusjson
