// The reply classifier and what `explain` prints: the input is the reply text; its first
// bytes also pick the stage, the verdict and a recipient.
#include "FuzzSupport.h"

#include "classify/IspDirectory.h"
#include "classify/ReasonCatalog.h"
#include "classify/ReplyClassifier.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    fuzzsupport::ensureApp();
    if (size < 2)
        return 0;
    using namespace deliverboard;
    ReplyInput input;
    input.text = QString::fromUtf8(fuzzsupport::bytes(data + 2, size - 2));
    input.stage = static_cast<SmtpStage>(data[0] % 13);
    input.verdict = static_cast<MtaVerdict>(data[1] % 4);
    input.finalReport = data[1] & 0x80;
    const qsizetype at = input.text.indexOf(QLatin1Char('@'));
    if (at >= 0)
        input.recipient = input.text.mid(at, 64);
    const Classification c = ReplyClassifier::standard().classify(input);
    // explain: every id the answer names must be known.
    ReasonCatalog::standard().info(c.reason);
    IspDirectory::standard().byId(c.ispId);
    ReplyClassifier::standard().enhancedMeaning(c.enhanced);
    ReplyClassifier::standard().replyCodeMeaning(c.code);
    ReplyClassifier::standard().ruleDescription(c.ruleId);
    if (c.reason.isEmpty())
        fuzzsupport::fail("no reason", input.text);
    return 0;
}
