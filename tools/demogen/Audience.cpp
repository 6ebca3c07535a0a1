#include "Audience.h"

#include <QFile>

namespace {

// RFC 4180: quote a field that holds a comma, a quote or a line break; double inner quotes.
QByteArray csvField(const QByteArray& v) {
    if (!v.contains(',') && !v.contains('"') && !v.contains('\n') && !v.contains('\r'))
        return v;
    QByteArray q = v;
    q.replace("\"", "\"\"");
    return '"' + q + '"';
}

} // namespace

Audience::Audience(quint64 seed, quint64 recipients, const DomainCatalog& domains,
                   const NameFactory& names, ExpectedReport& expected)
    : m_seed(seed)
    , m_recipients(recipients)
    , m_domains(domains)
    , m_names(names)
    , m_expected(expected) {}

Audience::~Audience() {
    if (m_file)
        std::fclose(m_file);
}

bool Audience::open(const QString& path, QString* error) {
    m_file = std::fopen(QFile::encodeName(path).constData(), "wb");
    if (!m_file) {
        *error = QStringLiteral("cannot create %1").arg(path);
        return false;
    }
    std::setvbuf(m_file, nullptr, _IOFBF, 1 << 20);
    std::fputs("email,first_name,status\n", m_file);
    return true;
}

void Audience::row(const QByteArray& address, const QByteArray& firstName, const char* status) {
    const QByteArray line = csvField(address) + ',' + csvField(firstName) + ',' + status + '\n';
    std::fwrite(line.constData(), 1, size_t(line.size()), m_file);
}

void Audience::extra(Prng& rng, const char* status) {
    // Extra members are numbered after all sent ones, so their addresses never collide.
    const quint64 index = m_recipients + m_extras++;
    Prng pr = Prng::stream(m_seed, 5, index);
    const Person p = m_names.person(index, pr);
    const Domain d =
        m_domains.pick(rng, m_domains.pickClass(rng, DomainCatalog::normalClasses()), 0);
    row(p.local + '@' + d.name, p.firstName, status);
}

void Audience::addSent(quint64 recipientIndex, const QByteArray& address,
                       const QByteArray& firstName) {
    Prng rng = Prng::stream(m_seed, 4, recipientIndex);
    if (rng.chance(0.02)) {
        extra(rng, "Error");
        m_expected.addSkipped();
    }
    if (rng.chance(0.01)) {
        extra(rng, "Opt-out");
        m_expected.addSkipped();
    }
    if (rng.chance(0.015)) {
        extra(rng, "Active");
        m_expected.addNotAttempted();
    }
    row(address, firstName, "Active");
}

bool Audience::close(QString* error) {
    const bool ok = std::fclose(m_file) == 0;
    m_file = nullptr;
    if (!ok)
        *error = QStringLiteral("cannot write recipients.csv");
    return ok;
}
