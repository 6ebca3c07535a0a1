#include "StatusDiff.h"

namespace deliverboard {

namespace {
QString stateId(AddressState s) {
    switch (s) {
    case AddressState::Active:
        return QStringLiteral("active");
    case AddressState::Error:
        return QStringLiteral("error");
    case AddressState::OptOut:
        return QStringLiteral("opt_out");
    }
    return QStringLiteral("active");
}
} // namespace

StatusDiff StatusDiff::compute(const StatusEngine& current, const StatusEngine& candidate,
                               const std::function<bool()>& cancel) {
    StatusDiff diff;
    diff.addresses = candidate.addressCount();
    const std::vector<qint32> order = candidate.alphabeticalOrder();
    qint64 visited = 0;
    for (qint32 i : order) {
        if (cancel && (++visited % 4096) == 0 && cancel())
            break;
        // Both engines were fed the same rows, so the index usually names the same address;
        // look it up only when it does not.
        qsizetype j = i;
        if (j >= current.addressCount() || current.addressAt(j) != candidate.addressAt(i))
            j = current.indexOf(candidate.addressAt(i));
        const AddressBrief after = candidate.briefAt(i);
        const AddressBrief before =
            j >= 0 ? current.briefAt(j) : AddressBrief{}; // unseen before: active
        if (after.status == before.status)
            continue;
        StatusChange change;
        change.address = candidate.addressAt(i);
        change.from = stateId(before.status);
        change.to = stateId(after.status);
        change.isp = after.isp.isEmpty() ? before.isp : after.isp;
        change.reason = !after.reason.isEmpty()                ? after.reason
                        : !before.reason.isEmpty()             ? before.reason
                        : after.status != AddressState::Active ? after.rule
                                                               : before.rule;
        change.explanation = candidate.statusAt(i).explanation;
        ++diff.byTransition[transitionKey(change.from, change.to)];
        ++diff.byIsp[change.isp.isEmpty() ? QStringLiteral("other") : change.isp];
        ++diff.byReason[change.reason];
        diff.changes.append(std::move(change));
    }
    return diff;
}

} // namespace deliverboard
