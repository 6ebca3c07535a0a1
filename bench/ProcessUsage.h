#pragma once

#include <sys/resource.h>

// What the benchmarks read of their own process (getrusage): peak memory and CPU time.
namespace bench {

inline double peakMegabytes() {
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss / 1024.0; // kilobytes on Linux
}

inline double cpuSecondsOf(const rusage& usage) {
    return usage.ru_utime.tv_sec + usage.ru_utime.tv_usec / 1e6 + usage.ru_stime.tv_sec +
           usage.ru_stime.tv_usec / 1e6;
}

// User + system CPU of this process, or of its waited-for children (pipes included).
inline double cpuSeconds(int who = RUSAGE_SELF) {
    rusage usage{};
    getrusage(who, &usage);
    return cpuSecondsOf(usage);
}

} // namespace bench
