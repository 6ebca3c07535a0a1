#pragma once

#include <cstdint>

// A tiny, fully specified PRNG (SplitMix64) with hand-written distributions. std::
// distributions differ between standard libraries, and the output of the generator must be
// byte-identical everywhere for the same seed, so nothing here relies on them.
class Prng {
public:
    explicit Prng(std::uint64_t seed)
        : m_state(seed) {}

    // One independent stream per (seed, purpose, index): a message's fate must not depend on
    // how many numbers were drawn for earlier messages.
    static Prng stream(std::uint64_t seed, std::uint64_t purpose, std::uint64_t index) {
        Prng p(seed ^ mix(purpose * 0x9E3779B97F4A7C15ULL + 0x632BE59BD9B4E019ULL));
        p.m_state ^= mix(index + 0xD1B54A32D192ED03ULL);
        p.next();
        return p;
    }

    static std::uint64_t mix(std::uint64_t z) {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31);
    }

    std::uint64_t next() {
        m_state += 0x9E3779B97F4A7C15ULL;
        return mix(m_state);
    }

    // Uniform in [0, n) by multiply-shift; the bias for n far below 2^64 is irrelevant here.
    std::uint64_t below(std::uint64_t n) {
        if (n == 0)
            return 0;
        __extension__ typedef unsigned __int128 Wide; // GCC/Clang; silences -Wpedantic
        return static_cast<std::uint64_t>((static_cast<Wide>(next()) * n) >> 64);
    }

    // Uniform in [lo, hi] (inclusive).
    std::int64_t range(std::int64_t lo, std::int64_t hi) {
        return lo + static_cast<std::int64_t>(below(static_cast<std::uint64_t>(hi - lo + 1)));
    }

    // Uniform in [0, 1) with 53 random bits.
    double unit() { return static_cast<double>(next() >> 11) * (1.0 / 9007199254740992.0); }

    bool chance(double p) { return unit() < p; }

private:
    std::uint64_t m_state;
};
