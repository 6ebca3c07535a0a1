#pragma once

#include "model/DeliveryClass.h"

#include <QHash>
#include <QString>
#include <QStringList>

namespace deliverboard {

// How much an enhanced status code says on its own. A specific code ("X.1.1 bad
// destination mailbox") beats the reply's wording; a general one ("X.7.1 not
// authorised") is only used when no wording rule knows better; a weak one ("X.0.0
// other") is weaker than even the bare reply code.
enum class StatusStrength { Specific, General, Weak };

struct EnhancedStatus {
    QString subjectDetail; // "1.1"
    QString meaning;       // RFC 3463 / IANA registry wording (English, for explain)
    QString reason;        // contract section 6 id
    StatusStrength strength = StatusStrength::General;
    Blame blame = Blame::Unknown; // Unknown: the reason's own blame
};

// The RFC 3463 enhanced status codes (and the later IANA registrations), from
// resources/rules/enhanced_status.json.
class EnhancedStatusTable {
public:
    explicit EnhancedStatusTable(QStringList& errors);

    // The entry for "5.1.1"; an unknown detail falls back to "X.Y.0" as RFC 3463 asks.
    const EnhancedStatus* find(const QString& enhanced) const;
    QString classMeaning(QChar statusClass) const; // "Permanent Failure" for '5'
    QStringList reasons() const;                   // every reason the table uses

private:
    QHash<QString, EnhancedStatus> m_bySubjectDetail;
    QHash<QChar, QString> m_classMeanings;
};

} // namespace deliverboard
