// SPDX-License-Identifier: Apache-2.0
#include "run/SessionSampler.h"

#include <QTest>

#include <cmath>

namespace {
Distribution distribution(const QList<double> &probabilities)
{
    QList<Candidate> items;
    for (int i = 0; i < probabilities.size(); ++i) {
        Candidate c;
        c.text = QStringLiteral("answer %1").arg(i);
        c.stated = c.clipped = probabilities.at(i);
        c.index = i;
        items.append(c);
    }
    return Distribution::build(items, {});
}
} // namespace

class TestSessionSampler : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void emptyDistributionDrawsNothing()
    {
        SessionSampler s(7);
        QVERIFY(!s.drawOne());
        QVERIFY(!s.drawMany(10));
        QCOMPARE(s.seed(), quint64(7));
        QVERIFY(s.history().isEmpty());
        QVERIFY(s.observedFrequencies().isEmpty());
    }

    void eachDrawUsesTheSeedThenAdvancesIt()
    {
        const Distribution d = distribution({0.5, 0.3, 0.2});
        SessionSampler s(42);
        s.setDistribution(d);
        for (quint64 seed = 42; seed < 52; ++seed) {
            const auto draw = s.drawOne();
            QVERIFY(draw);
            QCOMPARE(draw->seed, seed);
            QCOMPARE(draw->index, d.sample(seed));
            QCOMPARE(draw->text, d.items().at(draw->index).text);
            QCOMPARE(draw->weight, d.items().at(draw->index).weight);
            QCOMPARE(draw->count, 1);
        }
        QCOMPARE(s.seed(), quint64(52));
        QCOMPARE(s.history().size(), 10);
        QCOMPARE(s.history().last().number, 10);
    }

    void batchCountsMatchTheSeededStream_data()
    {
        QTest::addColumn<QList<double>>("probabilities");
        QTest::addColumn<int>("n");
        QTest::newRow("three") << QList<double>{0.5, 0.3, 0.2} << 1000;
        QTest::newRow("skewed") << QList<double>{0.9, 0.05, 0.03, 0.02} << 5000;
        QTest::newRow("one") << QList<double>{1.0} << 10;
    }
    void batchCountsMatchTheSeededStream()
    {
        QFETCH(QList<double>, probabilities);
        QFETCH(int, n);
        const Distribution d = distribution(probabilities);
        SessionSampler s(1234);
        s.setDistribution(d);
        const auto batch = s.drawMany(n);
        QVERIFY(batch);
        QCOMPARE(batch->count, n);
        QCOMPARE(batch->seed, quint64(1234));
        QCOMPARE(s.seed(), quint64(1235));
        QCOMPARE(s.observedTotal(), n);
        const QList<int> expected = SessionSampler::countDraws(d.sample(n, 1234), int(d.size()));
        QCOMPARE(s.observedCounts(), expected);
        const QList<double> f = s.observedFrequencies();
        double sum = 0;
        for (int i = 0; i < f.size(); ++i) {
            sum += f.at(i);
            const double w = d.items().at(i).weight;
            QVERIFY(std::abs(f.at(i) - w) <= 4.5 * std::sqrt(w * (1 - w) / n) + 1e-9);
        }
        QVERIFY(qFuzzyCompare(sum, 1.0));
        // The entry names the most frequent candidate.
        const int top = int(std::max_element(expected.cbegin(), expected.cend()) - expected.cbegin());
        QCOMPARE(batch->index, top);
        QCOMPARE(batch->frequency, double(expected.at(top)) / n);
    }

    void newDistributionResetsCountsButKeepsHistory()
    {
        SessionSampler s(3);
        s.setDistribution(distribution({0.6, 0.4}));
        QVERIFY(s.drawMany(100));
        QVERIFY(s.drawOne());
        s.setDistribution(distribution({0.2, 0.3, 0.5}));
        QCOMPARE(s.observedTotal(), 0);
        QCOMPARE(s.observedCounts(), (QList<int>{0, 0, 0}));
        QCOMPARE(s.history().size(), 2);
        s.clearHistory();
        QVERIFY(s.history().isEmpty());
        // Numbering continues so entries stay distinguishable across a clear.
        QCOMPARE(s.drawOne()->number, 3);
    }

    void countDrawsIgnoresOutOfRange()
    {
        QCOMPARE(SessionSampler::countDraws({0, 1, 1, 5, -1, 2}, 3), (QList<int>{1, 2, 1}));
        QCOMPARE(SessionSampler::countDraws({}, 2), (QList<int>{0, 0}));
    }

    void randomSeedsDiffer()
    {
        QSet<quint64> seeds;
        for (int i = 0; i < 8; ++i)
            seeds.insert(SessionSampler::randomSeed());
        QVERIFY(seeds.size() > 1);
        for (quint64 seed : seeds)
            QVERIFY(seed <= 0x7fffffffULL);
    }
};

QTEST_GUILESS_MAIN(TestSessionSampler)
#include "tst_sessionsampler.moc"
