// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "vs/Distribution.h"

#include <QList>
#include <QString>

#include <optional>

/// One entry of the interactive sampler's history: a single draw, or a batch of N draws.
struct SampleDraw
{
    /// 1-based position in the session's history (keeps counting after clearHistory()).
    int number = 0;
    /// Index into Distribution::items() of the drawn candidate; for a batch, the most frequent one.
    int index = -1;
    /// The drawn candidate's text (kept so the history survives a new distribution).
    QString text;
    /// Its sampling weight at the time of the draw.
    double weight = 0.0;
    /// Seed that produced this entry: Distribution::sample(seed) (or sample(count, seed)) gives it again.
    quint64 seed = 0;
    /// 1 for a single draw; N for a batch.
    int count = 1;
    /// For a batch: how often `index` came up, divided by count.
    double frequency = 1.0;
    /// Which distribution it was drawn from: increases with every setDistribution(), so views can separate them.
    int distribution = 0;
};

/**
 * The "Sample" / "Sample ×N" logic of an interactive session, kept free of widgets so it can be tested and reused.
 * Every draw uses the current seed and then advances it by one, so a session is reproducible from its first seed
 * and each history entry names the seed that reproduces it.
 */
class SessionSampler final
{
public:
    explicit SessionSampler(quint64 seed = 0);

    /// Seed of the next draw.
    quint64 seed() const { return m_seed; }
    void setSeed(quint64 seed) { m_seed = seed; }

    /// Replaces the distribution drawn from; clears the observed counts (not the history; later draws carry a new
    /// SampleDraw::distribution number).
    void setDistribution(Distribution distribution);
    const Distribution &distribution() const { return m_distribution; }

    /// One draw by the weights; nullopt when the distribution is empty. Advances the seed.
    std::optional<SampleDraw> drawOne();
    /// `n` draws from one seeded stream; replaces the observed counts. nullopt when empty or n < 1.
    std::optional<SampleDraw> drawMany(int n);

    /// Per item of distribution(): how often the last drawMany() drew it (all zero before any batch).
    const QList<int> &observedCounts() const { return m_counts; }
    /// Number of draws behind observedCounts().
    int observedTotal() const { return m_total; }
    /// observedCounts() divided by observedTotal(); empty before any batch.
    QList<double> observedFrequencies() const;

    const QList<SampleDraw> &history() const { return m_history; }
    void clearHistory() { m_history.clear(); }

    /// Counts of each index in [0, size) among `draws`; out-of-range indices are ignored.
    static QList<int> countDraws(const QList<int> &draws, int size);
    /// Number of setDistribution() calls so far.
    int generation() const { return m_generation; }
    /// A fresh seed for "random" sessions (not reproducible by design).
    static quint64 randomSeed();

private:
    Distribution m_distribution;
    QList<SampleDraw> m_history;
    QList<int> m_counts;
    quint64 m_seed = 0;
    int m_total = 0;
    int m_numbered = 0;
    int m_generation = 0;
};
