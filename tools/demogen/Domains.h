#pragma once

#include "Prng.h"

#include <QByteArray>
#include <array>

// The receiving side of the demo: which domains the audience uses, which MX hosts answer for
// them, and which ISP (contract section 4) each belongs to.
enum class Isp : quint8 { Google, Microsoft, Yahoo, Apple, Gmx, TOnline, Orange, Comcast, Other };
inline constexpr int kIspCount = 9;
const char* ispId(Isp isp);

// Domain classes: the big consumer ISPs, small companies hosted at Google Workspace or
// Microsoft 365 (ISP known only from the MX), small domains with their own MX, and broken
// domains (no DNS at all, or a null MX).
enum class DomainClass : quint8 {
    Gmail,
    Microsoft,
    Yahoo,
    Apple,
    Gmx,
    TOnline,
    Orange,
    Comcast,
    Workspace,
    M365,
    OwnMx,
    Dead,
    NullMx
};
inline constexpr int kDomainClassCount = 13;

struct MxHost {
    QByteArray host;
    QByteArray ip;
};

struct Domain {
    QByteArray name;
    DomainClass cls = DomainClass::Gmail;
    Isp isp = Isp::Other;
    std::array<MxHost, 2> mx; // preferred and backup MX (the same host twice if only one)
    bool postgrey = false;    // greylists every first delivery (only small own-MX domains)
};

class DomainCatalog {
public:
    // The pools of small domains grow with the audience so that a million recipients do not
    // all share a few dozen company domains.
    explicit DomainCatalog(quint64 recipients);

    // Draws a class by audience share, restricted to the classes set in allowedMask.
    DomainClass pickClass(Prng& rng, quint32 allowedMask) const;
    // Draws a domain of that class. uniqueIndex names dead/null-MX domains (one per recipient).
    Domain pick(Prng& rng, DomainClass cls, quint64 uniqueIndex) const;
    Domain smallDomain(DomainClass cls, quint64 j) const;

    static quint32 bit(DomainClass c) { return 1u << static_cast<int>(c); }
    static quint32 normalClasses();

private:
    quint64 m_poolSize[kDomainClassCount] = {};
};
