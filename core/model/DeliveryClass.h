#pragma once

#include <QString>

namespace deliverboard {

// What a single reply (or returned mail) means for the recipient.
enum class DeliveryClass {
    Unknown,
    Delivered,
    Greylist,  // temporary refusal that is expected to pass on retry
    Soft,      // temporary or not about the address (mailbox full, rate limits, ...)
    Hard,      // the address or domain does not work
    Spam,      // content, sender reputation, policy, authentication
    AutoReply, // out-of-office and similar: not a bounce
    Complaint, // feedback-loop report
};

QString classId(DeliveryClass cls);
DeliveryClass classFromId(const QString& id);

// Who is at fault for a failure; the status policy uses this so that problems on the
// sender's side never condemn an address.
enum class Blame { Unknown, Recipient, Sender, Infrastructure };

QString blameId(Blame blame);
Blame blameFromId(const QString& id);

} // namespace deliverboard
