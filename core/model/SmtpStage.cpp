#include "SmtpStage.h"

#include "util/EnumIds.h"

namespace deliverboard {

namespace {
constexpr EnumIdTable<SmtpStage, 13> kStageIds{{
    {SmtpStage::Unknown, "unknown"},
    {SmtpStage::Dns, "dns"},
    {SmtpStage::Connect, "connect"},
    {SmtpStage::Greeting, "greeting"},
    {SmtpStage::Helo, "helo"},
    {SmtpStage::StartTls, "starttls"},
    {SmtpStage::Auth, "auth"},
    {SmtpStage::MailFrom, "mail_from"},
    {SmtpStage::RcptTo, "rcpt_to"},
    {SmtpStage::Data, "data"},
    {SmtpStage::EndOfData, "end_of_data"},
    {SmtpStage::AfterAcceptance, "after_acceptance"},
    {SmtpStage::Local, "local"},
}};
} // namespace

QString stageId(SmtpStage stage) { return idOf(kStageIds, stage); }
SmtpStage stageFromId(const QString& id) { return valueOf(kStageIds, id); }

} // namespace deliverboard
