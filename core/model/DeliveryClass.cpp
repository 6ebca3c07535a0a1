#include "DeliveryClass.h"

#include "util/EnumIds.h"

namespace deliverboard {

namespace {
constexpr EnumIdTable<DeliveryClass, 8> kClassIds{{
    {DeliveryClass::Unknown, "unknown"},
    {DeliveryClass::Delivered, "delivered"},
    {DeliveryClass::Greylist, "greylist"},
    {DeliveryClass::Soft, "soft"},
    {DeliveryClass::Hard, "hard"},
    {DeliveryClass::Spam, "spam"},
    {DeliveryClass::AutoReply, "auto_reply"},
    {DeliveryClass::Complaint, "complaint"},
}};

constexpr EnumIdTable<Blame, 4> kBlameIds{{
    {Blame::Unknown, "unknown"},
    {Blame::Recipient, "recipient"},
    {Blame::Sender, "sender"},
    {Blame::Infrastructure, "infrastructure"},
}};

} // namespace

QString classId(DeliveryClass cls) { return idOf(kClassIds, cls); }
DeliveryClass classFromId(const QString& id) { return valueOf(kClassIds, id); }
QString blameId(Blame blame) { return idOf(kBlameIds, blame); }
Blame blameFromId(const QString& id) { return valueOf(kBlameIds, id); }

} // namespace deliverboard
