// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QtGlobal>

/// SplitMix64: tiny, fast, and defined bit for bit, so a seed gives the same draws on every platform and
/// compiler (std::uniform_real_distribution does not promise that).
class Rng final
{
public:
    explicit Rng(quint64 seed)
        : m_state(seed)
    {}
    quint64 next()
    {
        quint64 z = (m_state += 0x9E3779B97F4A7C15ULL);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31);
    }
    /// Uniform in [0, 1) with 53 random bits.
    double uniform() { return static_cast<double>(next() >> 11) * 0x1.0p-53; }

private:
    quint64 m_state;
};
