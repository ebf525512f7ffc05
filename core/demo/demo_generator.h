#pragma once

#include "common/result.h"

#include <QCoreApplication>
#include <cstdint>
#include <functional>

namespace sangkien {

class Database;

// A small, portable pseudo-random generator (splitmix64). The standard distributions differ between
// library implementations, so the demo maps raw 64-bit numbers itself to stay identical everywhere.
class DemoRandom
{
public:
    explicit DemoRandom(std::uint64_t seed)
        : m_state(seed)
    {}

    std::uint64_t next()
    {
        std::uint64_t z = (m_state += 0x9E3779B97F4A7C15ULL);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31);
    }
    // 0 ≤ result < n (n > 0); the modulo bias is negligible for the small n used here.
    int below(int n) { return n <= 0 ? 0 : int(next() % std::uint64_t(n)); }
    int between(int lo, int hi) { return lo + below(hi - lo + 1); } // inclusive
    // Uniform in [0, 1) from the top 53 bits.
    double unit() { return double(next() >> 11) * (1.0 / 9007199254740992.0); }
    bool chance(int percent) { return below(100) < percent; }

private:
    std::uint64_t m_state;
};

// Fills a freshly created campaign (createCampaign) with believable synthetic data: entries from the
// template's units with Vietnamese titles, nominees and co-authors, a council, complete score sheets for
// the entries that were scored and awards within the quota rules. Deterministic for a given seed.
class DemoGenerator
{
    Q_DECLARE_TR_FUNCTIONS(DemoGenerator)

public:
    struct Options
    {
        int entries = 120;
        int members = 7;
        std::uint64_t seed = 1;
    };
    // Called now and then with (entries written, entries wanted).
    using Progress = std::function<void(int, int)>;

    explicit DemoGenerator(Options options)
        : m_options(options)
    {}

    // Everything in one transaction: on failure nothing of the demo data is stored.
    Status fill(Database& db, const Progress& progress = {}) const;

private:
    Options m_options;
};

} // namespace sangkien
