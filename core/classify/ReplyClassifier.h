#pragma once

#include "Classification.h"

#include <QStringList>

#include <memory>

namespace deliverboard {

// Turns any SMTP reply or diagnostic text into class, reason, stage, ISP and blame.
// The rules are data under resources/rules; they are compiled once. classify() is const
// and safe to call from several threads.
class ReplyClassifier {
public:
    // The built-in rule set (loaded from the Qt resources on first use).
    static const ReplyClassifier& standard();

    ReplyClassifier();
    ~ReplyClassifier();
    ReplyClassifier(const ReplyClassifier&) = delete;
    ReplyClassifier& operator=(const ReplyClassifier&) = delete;

    Classification classify(const ReplyInput& input) const;

    // For `explain`: what an enhanced status code and a reply code mean (English, from
    // the RFCs), and what the rule that decided looks at.
    QString enhancedMeaning(const QString& enhanced) const;
    QString replyCodeMeaning(const QString& code) const;
    QString ruleDescription(const QString& ruleId) const;
    // Every reason id the rules can produce (each must exist in the ReasonCatalog).
    QStringList reasonsUsed() const;
    // Problems found while loading the built-in rules; empty when they are valid.
    const QStringList& loadErrors() const;

private:
    struct Rules;
    std::unique_ptr<Rules> m_rules;
};

} // namespace deliverboard
