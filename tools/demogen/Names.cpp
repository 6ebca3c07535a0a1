#include "Names.h"

namespace {

struct FirstName {
    const char* display; // UTF-8
    const char* ascii;
};

const FirstName kFirst[] = {
    {"Anna", "anna"},
    {"Jürgen", "juergen"},
    {"Lukas", "lukas"},
    {"Sophie", "sophie"},
    {"Jörg", "joerg"},
    {"Marie", "marie"},
    {"Sören", "soeren"},
    {"Leonie", "leonie"},
    {"Björn", "bjoern"},
    {"Hannah", "hannah"},
    {"Günther", "guenther"},
    {"Lea", "lea"},
    {"Özlem", "oezlem"},
    {"Felix", "felix"},
    {"Zoë", "zoe"},
    {"Jonas", "jonas"},
    {"Hélène", "helene"},
    {"François", "francois"},
    {"Chloé", "chloe"},
    {"Emma", "emma"},
    {"Paul", "paul"},
    {"Mia", "mia"},
    {"Tobias", "tobias"},
    {"Katrin", "katrin"},
    {"Jörn", "joern"},
    {"Ute", "ute"},
    {"Matthias", "matthias"},
    {"Jana", "jana"},
    {"Anne-Sophie", "annesophie"},
    {"Ines", "ines"},
    {"Malte", "malte"},
    {"Käthe", "kaethe"},
    {"Noah", "noah"},
    {"Élodie", "elodie"},
    {"Grace", "grace"},
    {"Oliver", "oliver"},
    {"Maja", "maja"},
    {"Till", "till"},
    {"Johanna", "johanna"},
    {"Henrik", "henrik"},
    {"Søren", "soren"},
    {"Ayşe", "ayse"},
    {"Hans \"Hansi\"", "hans"},
    {"Marie, Claire", "marieclaire"},
};

const char* const kLast[] = {
    "mueller",   "schmidt", "schneider", "fischer", "weber",      "meyer",    "wagner",
    "becker",    "schulz",  "hoffmann",  "koch",    "richter",    "klein",    "wolf",
    "schroeder", "neumann", "schwarz",   "braun",   "zimmermann", "krueger",  "hartmann",
    "lange",     "werner",  "krause",    "lehmann", "koehler",    "dubois",   "moreau",
    "lefevre",   "garcia",  "smith",     "jones",   "yilmaz",     "kowalski", "nowak",
    "jensen",    "novak",   "rossi",     "baumann", "kaiser",     "fuchs",    "peters",
};

constexpr quint64 kFirstCount = sizeof(kFirst) / sizeof(kFirst[0]);
constexpr quint64 kLastCount = sizeof(kLast) / sizeof(kLast[0]);

} // namespace

NameFactory::NameFactory(quint64 maxIndex) {
    while (m_modulus <= maxIndex)
        m_modulus *= 10;
}

Person NameFactory::person(quint64 index, Prng& rng) const {
    const FirstName& f = kFirst[rng.below(kFirstCount)];
    const QByteArray last = kLast[rng.below(kLastCount)];
    // 7919 is coprime to every power of ten, so n is a permutation of the index: unique, yet
    // not visibly sequential.
    const QByteArray n = QByteArray::number((index * 7919 + 4711) % m_modulus);
    const QByteArray first = f.ascii;
    Person p;
    p.firstName = f.display;
    // The shapes cannot collide with each other: "x.y" with a one-letter x, "first.last",
    // "last.first" (disjoint name lists) and "first_n".
    switch (rng.below(4)) {
    case 0:
        p.local = first + '.' + last + n;
        break;
    case 1:
        p.local = first.left(1) + '.' + last + n;
        break;
    case 2:
        p.local = last + '.' + first + n;
        break;
    default:
        p.local = first + '_' + n;
        break;
    }
    return p;
}
