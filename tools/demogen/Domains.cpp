#include "Domains.h"

#include <algorithm>

namespace {

struct BigDomain {
    const char* name;
    DomainClass cls;
    int weight; // tenths of a percent of the audience
    const char* mx0;
    const char* ip0;
    const char* mx1;
    const char* ip1;
};

// Real ISP domains and MX host names (the ISP must be recognisable), each host with one fixed
// address so that a host never appears with two IPs in the same log.
const BigDomain kBig[] = {
    {"gmail.com", DomainClass::Gmail, 220, "gmail-smtp-in.l.google.com", "142.250.27.26",
     "alt1.gmail-smtp-in.l.google.com", "142.250.153.27"},
    {"googlemail.com", DomainClass::Gmail, 20, "gmail-smtp-in.l.google.com", "142.250.27.26",
     "alt1.gmail-smtp-in.l.google.com", "142.250.153.27"},
    {"outlook.com", DomainClass::Microsoft, 50, "outlook-com.olc.protection.outlook.com",
     "52.101.68.18", "outlook-com.olc.protection.outlook.com", "52.101.68.18"},
    {"hotmail.com", DomainClass::Microsoft, 50, "hotmail-com.olc.protection.outlook.com",
     "52.101.73.11", "hotmail-com.olc.protection.outlook.com", "52.101.73.11"},
    {"hotmail.de", DomainClass::Microsoft, 30, "eur.olc.protection.outlook.com", "52.101.73.26",
     "eur.olc.protection.outlook.com", "52.101.73.26"},
    {"live.com", DomainClass::Microsoft, 20, "live-com.olc.protection.outlook.com", "52.101.68.25",
     "live-com.olc.protection.outlook.com", "52.101.68.25"},
    {"msn.com", DomainClass::Microsoft, 10, "msn-com.olc.protection.outlook.com", "52.101.9.2",
     "msn-com.olc.protection.outlook.com", "52.101.9.2"},
    {"yahoo.com", DomainClass::Yahoo, 40, "mta5.am0.yahoodns.net", "67.195.204.72",
     "mta6.am0.yahoodns.net", "98.136.96.91"},
    {"yahoo.de", DomainClass::Yahoo, 20, "mta5.am0.yahoodns.net", "67.195.204.72",
     "mta7.am0.yahoodns.net", "67.195.228.94"},
    {"aol.com", DomainClass::Yahoo, 20, "mta6.am0.yahoodns.net", "98.136.96.91",
     "mta5.am0.yahoodns.net", "67.195.204.72"},
    {"ymail.com", DomainClass::Yahoo, 10, "mta7.am0.yahoodns.net", "67.195.228.94",
     "mta5.am0.yahoodns.net", "67.195.204.72"},
    {"icloud.com", DomainClass::Apple, 40, "mx01.mail.icloud.com", "17.57.155.23",
     "mx02.mail.icloud.com", "17.56.9.31"},
    {"me.com", DomainClass::Apple, 10, "mx01.mail.icloud.com", "17.57.155.23",
     "mx02.mail.icloud.com", "17.56.9.31"},
    {"gmx.de", DomainClass::Gmx, 70, "mx00.emig.gmx.net", "212.227.15.9", "mx01.emig.gmx.net",
     "212.227.17.5"},
    {"gmx.net", DomainClass::Gmx, 25, "mx00.emig.gmx.net", "212.227.15.9", "mx01.emig.gmx.net",
     "212.227.17.5"},
    {"web.de", DomainClass::Gmx, 60, "mx-ha03.web.de", "212.227.15.41", "mx-ha02.web.de",
     "212.227.17.8"},
    {"mail.com", DomainClass::Gmx, 5, "mx00.mail.com", "74.208.5.21", "mx01.mail.com",
     "74.208.5.3"},
    {"t-online.de", DomainClass::TOnline, 60, "mx00.t-online.de", "194.25.134.8",
     "mx01.t-online.de", "194.25.134.9"},
    {"orange.fr", DomainClass::Orange, 20, "smtp-in.orange.fr", "193.252.22.84",
     "smtp-in.orange.fr", "193.252.22.84"},
    {"wanadoo.fr", DomainClass::Orange, 10, "smtp-in.orange.fr", "193.252.22.84",
     "smtp-in.orange.fr", "193.252.22.84"},
    {"comcast.net", DomainClass::Comcast, 20, "mx1a1.comcast.net", "96.102.18.146",
     "mx2a1.comcast.net", "96.102.18.147"},
};

// Audience share of the small-domain classes, in tenths of a percent (big ones: table above).
int smallWeight(DomainClass c) {
    switch (c) {
    case DomainClass::Workspace:
    case DomainClass::M365:
        return 60;
    case DomainClass::OwnMx:
        return 70;
    default:
        return 0;
    }
}

const char* const kPrefixes[] = {"brauhaus",   "kanzlei",   "praxis",      "autohaus", "atelier",
                                 "buchladen",  "cafe",      "schreinerei", "weingut",  "studio",
                                 "agentur",    "hotel",     "tischlerei",  "optik",    "reisebuero",
                                 "fahrschule", "baeckerei", "gaertnerei",  "physio",   "verlag"};
const char* const kNames[] = {"lindner", "hofmann", "brandt", "vogel",  "seidel", "kuhn",
                              "busch",   "engel",   "pohl",   "horn",   "sauer",  "arnold",
                              "graf",    "lorenz",  "jansen", "berger", "franke", "ludwig",
                              "winter",  "haas",    "roth",   "beck",   "frank",  "dietrich"};
constexpr quint64 kPrefixCount = sizeof(kPrefixes) / sizeof(kPrefixes[0]);
constexpr quint64 kNameCount = sizeof(kNames) / sizeof(kNames[0]);

QByteArray ipFor(quint64 h, const char* net) {
    return QByteArray(net) + QByteArray::number(1 + h % 250);
}

} // namespace

const char* ispId(Isp isp) {
    static const char* const ids[] = {"google",   "microsoft", "yahoo",   "apple", "gmx",
                                      "t-online", "orange",    "comcast", "other"};
    return ids[static_cast<int>(isp)];
}

DomainCatalog::DomainCatalog(quint64 recipients) {
    for (DomainClass c : {DomainClass::Workspace, DomainClass::M365, DomainClass::OwnMx})
        m_poolSize[static_cast<int>(c)] =
            std::max<quint64>(6, recipients * quint64(smallWeight(c)) / 4000);
}

quint32 DomainCatalog::normalClasses() {
    quint32 m = 0;
    for (int c = 0; c <= static_cast<int>(DomainClass::OwnMx); ++c)
        m |= 1u << c;
    return m;
}

DomainClass DomainCatalog::pickClass(Prng& rng, quint32 allowedMask) const {
    int weights[kDomainClassCount] = {};
    int total = 0;
    for (const BigDomain& d : kBig)
        weights[static_cast<int>(d.cls)] += d.weight;
    for (int c = 0; c < kDomainClassCount; ++c) {
        if (smallWeight(DomainClass(c)))
            weights[c] = smallWeight(DomainClass(c));
        if (!(allowedMask & (1u << c)))
            weights[c] = 0;
        total += weights[c];
    }
    if (total == 0) // only dead / null-MX allowed: those have no audience share of their own
        for (int c = kDomainClassCount - 1; c >= 0; --c)
            if (allowedMask & (1u << c))
                return DomainClass(c);
    int u = int(rng.below(quint64(total)));
    for (int c = 0; c < kDomainClassCount; ++c) {
        if (u < weights[c])
            return DomainClass(c);
        u -= weights[c];
    }
    return DomainClass::Gmail;
}

Domain DomainCatalog::smallDomain(DomainClass cls, quint64 j) const {
    // One name space for all small classes (c = 5j + class) keeps every name unique.
    const quint64 c =
        5 * j + (static_cast<quint64>(cls) - static_cast<quint64>(DomainClass::Workspace));
    Domain d;
    d.cls = cls;
    d.name =
        QByteArray(kPrefixes[c % kPrefixCount]) + '-' + kNames[(c / kPrefixCount) % kNameCount];
    if (const quint64 n = c / (kPrefixCount * kNameCount))
        d.name += QByteArray::number(n + 1);
    d.name += ".example"; // RFC 2606: no real company is named
    const quint64 h = Prng::mix(c + 0x5eed);
    switch (cls) {
    case DomainClass::Workspace:
        d.isp = Isp::Google;
        d.mx = {MxHost{"aspmx.l.google.com", "142.250.102.27"},
                MxHost{"alt1.aspmx.l.google.com", "142.250.153.26"}};
        break;
    case DomainClass::M365: {
        d.isp = Isp::Microsoft;
        QByteArray host = d.name;
        host.replace('.', '-');
        host += ".mail.protection.outlook.com";
        const QByteArray ip = "52.101." + QByteArray::number(40 + h % 150) + '.' +
                              QByteArray::number(1 + (h >> 8) % 250);
        d.mx = {MxHost{host, ip}, MxHost{host, ip}};
        break;
    }
    case DomainClass::OwnMx: {
        d.isp = Isp::Other;
        const QByteArray host = (h & 2 ? "mx." : "mail.") + d.name;
        const QByteArray ip = ipFor(h >> 4, (h & 4) ? "198.51.100." : "203.0.113.");
        d.mx = {MxHost{host, ip}, MxHost{host, ip}};
        d.postgrey = (h & 1) != 0;
        break;
    }
    default: // Dead, NullMx: nothing to connect to
        d.isp = Isp::Other;
        break;
    }
    return d;
}

Domain DomainCatalog::pick(Prng& rng, DomainClass cls, quint64 uniqueIndex) const {
    if (cls == DomainClass::Dead || cls == DomainClass::NullMx)
        return smallDomain(cls, uniqueIndex);
    if (const quint64 pool = m_poolSize[static_cast<int>(cls)])
        return smallDomain(cls, rng.below(pool));
    int total = 0;
    for (const BigDomain& b : kBig)
        if (b.cls == cls)
            total += b.weight;
    int u = int(rng.below(quint64(total)));
    for (const BigDomain& b : kBig) {
        if (b.cls != cls)
            continue;
        if (u < b.weight) {
            Domain d;
            d.name = b.name;
            d.cls = cls;
            static const Isp ispOf[] = {Isp::Google, Isp::Microsoft, Isp::Yahoo,  Isp::Apple,
                                        Isp::Gmx,    Isp::TOnline,   Isp::Orange, Isp::Comcast};
            d.isp = ispOf[static_cast<int>(cls)];
            d.mx = {MxHost{b.mx0, b.ip0}, MxHost{b.mx1, b.ip1}};
            return d;
        }
        u -= b.weight;
    }
    return {};
}
