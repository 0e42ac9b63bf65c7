// SPDX-License-Identifier: Apache-2.0
#include "SessionSampler.h"

#include <QRandomGenerator>

#include <algorithm>

SessionSampler::SessionSampler(quint64 seed)
    : m_seed(seed)
{}

void SessionSampler::setDistribution(Distribution distribution)
{
    m_distribution = std::move(distribution);
    ++m_generation;
    m_counts = QList<int>(m_distribution.size(), 0);
    m_total = 0;
}

std::optional<SampleDraw> SessionSampler::drawOne()
{
    const int index = m_distribution.sample(m_seed);
    if (index < 0)
        return std::nullopt;
    const Candidate &c = m_distribution.items().at(index);
    SampleDraw d;
    d.number = ++m_numbered;
    d.index = index;
    d.text = c.text;
    d.weight = c.weight;
    d.seed = m_seed++;
    d.distribution = m_generation;
    m_history.append(d);
    return d;
}

std::optional<SampleDraw> SessionSampler::drawMany(int n)
{
    if (m_distribution.isEmpty() || n < 1)
        return std::nullopt;
    m_counts = countDraws(m_distribution.sample(n, m_seed), int(m_distribution.size()));
    m_total = n;
    // Ties go to the more probable candidate, which comes first in items().
    const auto top = std::max_element(m_counts.cbegin(), m_counts.cend());
    const int index = int(top - m_counts.cbegin());
    const Candidate &c = m_distribution.items().at(index);
    SampleDraw d;
    d.number = ++m_numbered;
    d.index = index;
    d.text = c.text;
    d.weight = c.weight;
    d.seed = m_seed++;
    d.count = n;
    d.frequency = double(*top) / n;
    d.distribution = m_generation;
    m_history.append(d);
    return d;
}

QList<double> SessionSampler::observedFrequencies() const
{
    QList<double> out;
    if (m_total <= 0)
        return out;
    out.reserve(m_counts.size());
    for (int c : m_counts)
        out.append(double(c) / m_total);
    return out;
}

QList<int> SessionSampler::countDraws(const QList<int> &draws, int size)
{
    QList<int> counts(std::max(size, 0), 0);
    for (int i : draws) {
        if (i >= 0 && i < size)
            ++counts[i];
    }
    return counts;
}

quint64 SessionSampler::randomSeed()
{
    // Short enough to read out in class and type back in; any 64-bit seed may be typed.
    return QRandomGenerator::global()->bounded(0x7fffffffU);
}
