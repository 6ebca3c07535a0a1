#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

namespace deliverboard {

struct IspInfo {
    QString id;          // contract section 4 id: google, microsoft, yahoo, ..., other
    QString displayName; // "Gmail / Google Workspace"
    QString helpUrl;     // the ISP's public error-code help page
};

// The receiving ISPs, from resources/rules (recipient domains and MX/relay host suffixes).
class IspDirectory {
public:
    static const IspDirectory& standard();

    IspDirectory();
    ~IspDirectory();
    IspDirectory(const IspDirectory&) = delete;
    IspDirectory& operator=(const IspDirectory&) = delete;

    // Recipient domain first; for any other domain the relay/MX host name decides.
    // `recipientOrDomain` may be a full address. Falls back to the "other" entry.
    const IspInfo& identify(const QString& recipientOrDomain, const QString& relayHost = {}) const;
    const IspInfo& byId(const QString& id) const; // "other" for unknown ids
    QList<IspInfo> all() const;                   // in display order, "other" last
    // The help link for one reply at this ISP, deep-linked to the code where supported.
    QString helpUrlFor(const QString& ispId, const QString& code, const QString& enhanced) const;

    // The ISP whose own wording (e.g. "gsmtp", "(S3140)", "OFR_") appears in a reply, for
    // replies whose recipient and relay are unknown or belong to a hosted domain.
    const IspInfo* identifyFromText(const QString& replyText) const;
    // A help link that the ISP itself put into the reply (Gmail's "?p=NoSuchUser", GMX's
    // case page), which is the deepest link there is; empty when there is none.
    QString helpUrlInText(const QString& ispId, const QString& replyText) const;
    // Problems found while loading the built-in data; empty when it is valid.
    const QStringList& loadErrors() const;

private:
    struct Data;
    std::unique_ptr<Data> m_data;
};

} // namespace deliverboard
