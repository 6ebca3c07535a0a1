#pragma once

#include "Domains.h"
#include "ExpectedReport.h"
#include "Names.h"

#include <QString>
#include <cstdio>

// recipients.csv: the audience at send time. Every recipient the MTA attempted is Active;
// between them sit members that were never sent to (Error, Opt-out: skipped) and Active
// members the logs never mention (not attempted).
class Audience {
public:
    Audience(quint64 seed, quint64 recipients, const DomainCatalog& domains,
             const NameFactory& names, ExpectedReport& expected);
    ~Audience();
    bool open(const QString& path, QString* error);
    // Called once per sent recipient, in send order.
    void addSent(quint64 recipientIndex, const QByteArray& address, const QByteArray& firstName);
    bool close(QString* error);

private:
    void row(const QByteArray& address, const QByteArray& firstName, const char* status);
    void extra(Prng& rng, const char* status);

    quint64 m_seed;
    quint64 m_recipients;
    quint64 m_extras = 0;
    const DomainCatalog& m_domains;
    const NameFactory& m_names;
    ExpectedReport& m_expected;
    std::FILE* m_file = nullptr;
};
