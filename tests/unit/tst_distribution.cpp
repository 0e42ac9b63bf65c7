// SPDX-License-Identifier: Apache-2.0
#include "vs/Distribution.h"

#include <QJsonArray>
#include <QTest>

namespace {
Candidate cand(const QString &text, double p, int index)
{
    Candidate c;
    c.text = text;
    c.stated = p;
    c.clipped = p;
    c.index = index;
    return c;
}
QList<Candidate> cands(std::initializer_list<double> ps)
{
    QList<Candidate> out;
    int i = 0;
    for (double p : ps) {
        out.append(cand(QStringLiteral("c%1").arg(i), p, i));
        ++i;
    }
    return out;
}
bool hasWarning(const Distribution &d, Warning::Code code)
{
    return std::any_of(d.warnings().cbegin(), d.warnings().cend(), [&](const Warning &w) { return w.code == code; });
}
} // namespace

class TestDistribution : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void sortsStablyAndNormalizes()
    {
        const Distribution d = Distribution::build(cands({0.2, 0.5, 0.2, 0.1}), {});
        QCOMPARE(d.size(), 4);
        QCOMPARE(d.items()[0].text, QStringLiteral("c1"));
        QCOMPARE(d.items()[1].text, QStringLiteral("c0")); // tie: original order
        QCOMPARE(d.items()[2].text, QStringLiteral("c2"));
        QCOMPARE(d.items()[0].weight, 0.5);
        QCOMPARE(d.argmax(), 0);
        QVERIFY(!hasWarning(d, Warning::Code::SumFarFromOne));
    }
    void warnsWhenSumFarFromOne()
    {
        const Distribution d = Distribution::build(cands({0.9, 0.9, 0.9}), {});
        QVERIFY(hasWarning(d, Warning::Code::SumFarFromOne));
        QCOMPARE(d.statedSum(), 2.7);
        QVERIFY(qFuzzyCompare(d.items()[0].weight, 1.0 / 3.0));
    }
    void partialCandidatesAreShownButNeverDrawn()
    {
        QList<Candidate> c = cands({0.5, 0.3, 0.2});
        c[1].partial = true;
        const Distribution d = Distribution::build(c, {});
        QCOMPARE(d.size(), 3);
        for (const Candidate &x : d.items())
            QCOMPARE(x.weight == 0.0, x.partial);
        for (int i : d.sample(2000, 3))
            QVERIFY(!d.items()[i].partial);
        QVERIFY(qFuzzyCompare(d.items()[0].weight, 0.5 / 0.7));
        // When nothing complete arrived, the partial candidates are all there is to show and draw.
        QList<Candidate> allPartial = cands({0.6, 0.4});
        allPartial[0].partial = allPartial[1].partial = true;
        QCOMPARE(Distribution::build(allPartial, {}).items()[0].weight, 0.6);
    }
    void tailModeExpectsALowSum()
    {
        PostProcessOptions o;
        o.tauMode = TauMode::Tail;
        QVERIFY(!hasWarning(Distribution::build(cands({0.05, 0.08, 0.09}), o), Warning::Code::SumFarFromOne));
        QVERIFY(hasWarning(Distribution::build(cands({0.9, 0.9}), o), Warning::Code::SumFarFromOne));
    }
    void filterKeepsAtOrAboveTau()
    {
        PostProcessOptions o;
        o.tauMode = TauMode::Filter;
        o.tau = 0.12;
        const Distribution d = Distribution::build(cands({0.14, 0.11, 0.16, 0.17, 0.12}), o);
        QCOMPARE(d.size(), 4); // 0.12 is kept: inclusive
        QCOMPARE(d.numFiltered(), 1);
        QVERIFY(!d.tauRelaxed());
        QCOMPARE(d.filteredOut()[0].text, QStringLiteral("c1"));
    }
    void filterRelaxesToMinSurvivors()
    {
        PostProcessOptions o;
        o.tauMode = TauMode::Filter;
        o.tau = 0.5;
        o.minSurvivors = 3;
        const Distribution d = Distribution::build(cands({0.1, 0.3, 0.2, 0.05}), o);
        QCOMPARE(d.size(), 3);
        QVERIFY(d.tauRelaxed());
        QCOMPARE(d.tauFinal(), 0.1);
        QVERIFY(hasWarning(d, Warning::Code::TauRelaxed));
    }
    void allZeroFallsBackToUniform()
    {
        const Distribution d = Distribution::build(cands({0.0, 0.0}), {});
        QVERIFY(hasWarning(d, Warning::Code::AllZeroUniform));
        QCOMPARE(d.items()[0].weight, 0.5);
    }
    void softmaxAndUniform()
    {
        PostProcessOptions o;
        o.weightMode = WeightMode::Softmax;
        const Distribution s = Distribution::build(cands({1.0, 0.0}), o);
        QVERIFY(qFuzzyCompare(s.items()[0].weight, std::exp(1.0) / (std::exp(1.0) + 1.0)));
        o.weightMode = WeightMode::Uniform;
        const Distribution u = Distribution::build(cands({0.9, 0.1}), o);
        QCOMPARE(u.items()[1].weight, 0.5);
    }
    void mergesDuplicatesSummingProbabilities()
    {
        QList<Candidate> c = cands({0.2, 0.3, 0.1});
        c[2].text = QStringLiteral("  c0 \n");
        const Distribution d = Distribution::build(c, {});
        QCOMPARE(d.size(), 2);
        QVERIFY(hasWarning(d, Warning::Code::DuplicatesMerged));
        const Candidate &merged = d.items()[0].text == QStringLiteral("c0") ? d.items()[0] : d.items()[1];
        QVERIFY(qFuzzyCompare(merged.clipped, 0.3));
    }
    void missingGetsMeanOfStated()
    {
        QList<Candidate> c = cands({0.2, 0.4, 0.0});
        c[2].stated = std::numeric_limits<double>::quiet_NaN();
        c[2].clipped = std::numeric_limits<double>::quiet_NaN();
        const Distribution d = Distribution::build(c, {});
        QVERIFY(hasWarning(d, Warning::Code::MissingProbability));
        const auto it = std::find_if(d.items().cbegin(), d.items().cend(),
                                     [](const Candidate &x) { return x.text == QStringLiteral("c2"); });
        QVERIFY(qFuzzyCompare(it->clipped, 0.3));
        QVERIFY(it->repairs.contains(QStringLiteral("missing")));
    }
    void countWarnings()
    {
        PostProcessOptions o;
        o.requestedK = 5;
        QVERIFY(hasWarning(Distribution::build(cands({0.5, 0.5}), o), Warning::Code::FewerThanRequested));
        QVERIFY(hasWarning(Distribution::build(cands({0.1, 0.1, 0.1, 0.1, 0.3, 0.3}), o),
                           Warning::Code::MoreThanRequested));
    }
    void seededSamplingIsPinned()
    {
        const Distribution d = Distribution::build(cands({0.4, 0.3, 0.2, 0.1}), {});
        // Pinned: SplitMix64 is defined bit for bit, so these draws hold on every platform.
        QCOMPARE(d.sample(42), d.sample(42));
        QCOMPARE(d.sample(10, 7), (QList<int>{0, 0, 3, 1, 1, 0, 1, 0, 0, 1}));
    }
    void samplingFrequenciesFollowWeights()
    {
        const Distribution d = Distribution::build(cands({0.6, 0.3, 0.1}), {});
        const QList<int> draws = d.sample(20000, 1);
        QList<int> counts(3, 0);
        for (int i : draws)
            ++counts[i];
        QVERIFY(std::abs(counts[0] / 20000.0 - 0.6) < 0.02);
        QVERIFY(std::abs(counts[2] / 20000.0 - 0.1) < 0.02);
    }
    void entropyInBits()
    {
        QCOMPARE(Distribution::build(cands({0.25, 0.25, 0.25, 0.25}), {}).entropy(), 2.0);
        QCOMPARE(Distribution::build(cands({1.0}), {}).entropy(), 0.0);
    }
    void jsonRoundTrip()
    {
        PostProcessOptions o;
        o.tauMode = TauMode::Filter;
        o.tau = 0.15;
        const Distribution d = Distribution::build(cands({0.5, 0.3, 0.1, 0.1}), o);
        Trace t;
        t.model = QStringLiteral("gpt-4.1");
        t.seed = 42;
        const QJsonObject json = d.toJson(t);
        QCOMPARE(json[QStringLiteral("items")].toArray().size(), d.size());
        QCOMPARE(json[QStringLiteral("trace")][QStringLiteral("num_filtered")].toInt(), d.numFiltered());
        Trace back;
        QString error;
        const auto d2 = Distribution::fromJson(json, &back, &error);
        QVERIFY2(d2, qPrintable(error));
        QCOMPARE(d2->size(), d.size());
        for (qsizetype i = 0; i < d.size(); ++i) {
            QCOMPARE(d2->items()[i].text, d.items()[i].text);
            QVERIFY(qFuzzyCompare(d2->items()[i].weight, d.items()[i].weight));
        }
        QCOMPARE(back.model, t.model);
        QCOMPARE(back.seed, t.seed);
        QCOMPARE(d2->sample(5, 3), d.sample(5, 3));
    }
    void fromJsonRejectsGarbage()
    {
        QString error;
        QVERIFY(!Distribution::fromJson(QJsonObject{}, nullptr, &error));
        QVERIFY(error.contains(QStringLiteral("items")));
    }
};

QTEST_GUILESS_MAIN(TestDistribution)
#include "tst_distribution.moc"
