#pragma once

#include <QList>
#include <QString>

namespace deliverboard {

// The one outcome every attempted recipient ends in (contract section 3).
enum class Outcome { Delivered, InProgress, Soft, Hard, Spam };

QString outcomeId(Outcome outcome); // "delivered", "in_progress", "soft", "hard", "spam"
bool outcomeFromId(const QString& id, Outcome& outcome);
QList<Outcome> allOutcomes();
QList<Outcome> bounceOutcomes(); // soft, hard, spam

} // namespace deliverboard
