#pragma once

#include "Prng.h"

#include <QByteArray>

// Audience members: fictional people with addresses that are unique by construction (the
// numeric suffix is a bijection of the member's index), so even a million-member audience
// needs no set of used addresses.
struct Person {
    QByteArray local;     // lower-case ASCII local part
    QByteArray firstName; // UTF-8 display name as it appears in recipients.csv
};

class NameFactory {
public:
    // maxIndex: an upper bound on the member indices that will be asked for.
    explicit NameFactory(quint64 maxIndex);
    Person person(quint64 index, Prng& rng) const;

private:
    quint64 m_modulus = 10;
};
