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
QString warningText(const Distribution &d, Warning::Code code)
{
    for (const Warning &w : d.warnings()) {
        if (w.code == code)
            return w.message;
    }
    return {};
}
/// A candidate as the parser leaves one without a probability.
Candidate unlabelled(const QString &text, int index)
{
    Candidate c;
    c.text = text;
    c.index = index;
    c.repairs = {QStringLiteral("missing")};
    return c;
}
/// Answers as a method without probabilities returns them: text only, in reply order.
QList<Candidate> answers(const QStringList &texts)
{
    QList<Candidate> out;
    for (const QString &t : texts) {
        Candidate c;
        c.text = t;
        c.index = int(out.size());
        out.append(c);
    }
    return out;
}
const Candidate &byText(const Distribution &d, const QString &text)
{
    return *std::find_if(d.items().cbegin(), d.items().cend(), [&](const Candidate &c) { return c.text == text; });
}
PostProcessOptions optionsFor(Method method, int k)
{
    GenerationSettings s;
    s.method = method;
    s.k = k;
    return PostProcessOptions::fromSettings(s);
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
    // Defect: a filled-in mean (a cut-off candidate's, or one the model left unlabelled) was summed and shown as if
    // the model had stated it.
    void filledInValuesAreNeverStated()
    {
        QList<Candidate> c = cands({0.6, 0.4});
        c.append(unlabelled(QStringLiteral("cut off"), 2));
        c[2].partial = true;
        const Distribution d = Distribution::build(c, {});
        QCOMPARE(d.statedSum(), 1.0); // was 1.5: the filled-in 0.5 counted as stated
        QCOMPARE(d.statedCount(), 2);
        QVERIFY(d.hasStatedValues());
        QCOMPARE(d.filledInCount(), 1);
        QVERIFY(!hasWarning(d, Warning::Code::SumFarFromOne));
        const Candidate &cut = byText(d, QStringLiteral("cut off"));
        QCOMPARE(cut.basis(), Candidate::Basis::FilledIn);
        QVERIFY(!cut.hasStatedValue());
        QCOMPARE(cut.weight, 0.0);
        QCOMPARE(byText(d, QStringLiteral("c0")).basis(), Candidate::Basis::Stated);
        // Only the cut-off candidate lacked a number, and it is never drawn: no "had no probability" warning.
        QVERIFY(!hasWarning(d, Warning::Code::MissingProbability));

        // The sum warning looks at what the model wrote, not at what was filled in.
        QList<Candidate> low = cands({0.3, 0.2});
        low.append(unlabelled(QStringLiteral("x"), 2));
        const Distribution l = Distribution::build(low, {});
        QCOMPARE(l.statedSum(), 0.5);
        QVERIFY(warningText(l, Warning::Code::SumFarFromOne).contains(QStringLiteral("0.5")));
        QVERIFY(hasWarning(l, Warning::Code::MissingProbability));
    }
    void noStatedNumberMeansNoStatedSum()
    {
        const Distribution d =
            Distribution::build({unlabelled(QStringLiteral("a"), 0), unlabelled(QStringLiteral("b"), 1)},
                                optionsFor(Method::VsStandard, 2));
        QVERIFY(!d.isCounted());
        QVERIFY(!d.hasStatedValues());
        QCOMPARE(d.statedCount(), 0);
        QVERIFY(std::isnan(d.statedSum())); // was 1.0
        QCOMPARE(d.filledInCount(), 2);
        QVERIFY(!hasWarning(d, Warning::Code::SumFarFromOne));
        QVERIFY(hasWarning(d, Warning::Code::MissingProbability));
        for (const Candidate &c : d.items())
            QCOMPARE(c.basis(), Candidate::Basis::FilledIn);
        const QJsonObject trace = d.toJson({})[QStringLiteral("trace")].toObject();
        QVERIFY(trace[QStringLiteral("stated_sum")].isNull());
        QCOMPARE(trace[QStringLiteral("stated_count")].toInt(), 0);
    }
    void countedMethodsAreTheOnesWithoutProbabilities()
    {
        for (Method m : Names::allMethods())
            QCOMPARE(optionsFor(m, 5).counted, !Names::methodVerbalizes(m));
    }
    // Defect: multi-turn k = 10 that returned 3 answers 7 times over showed three equal bars of 0.333.
    void countedMethodsWeighByFrequency()
    {
        const QString a = QStringLiteral("Why did the scarecrow win an award?");
        const QString b = QStringLiteral("Atoms make up everything.");
        const QString c = QStringLiteral("I'm reading a book on anti-gravity.");
        const Distribution d = Distribution::build(answers({a, b, a, c, a, b, a, a, b, QStringLiteral(" ") + a}),
                                                   optionsFor(Method::MultiTurn, 10));
        QVERIFY(d.isCounted());
        QCOMPARE(d.size(), 3);
        QCOMPARE(d.totalCount(), 10);
        QCOMPARE(d.duplicateCount(), 7);
        QCOMPARE(d.items()[0].text, a);
        QCOMPARE(d.items()[0].count, 6);
        QCOMPARE(d.items()[0].weight, 0.6);
        QCOMPARE(d.items()[1].count, 3);
        QCOMPARE(d.items()[1].weight, 0.3);
        QCOMPARE(d.items()[2].count, 1);
        QCOMPARE(d.items()[2].weight, 0.1);
        for (const Candidate &x : d.items()) {
            QCOMPARE(x.basis(), Candidate::Basis::Counted);
            QVERIFY(!x.hasStatedValue());
            QVERIFY(!x.repairs.contains(QStringLiteral("missing")));
        }
        QVERIFY(!d.hasStatedValues());
        QVERIFY(std::isnan(d.statedSum()));
        QVERIFY(!hasWarning(d, Warning::Code::MissingProbability));
        QVERIFY(!hasWarning(d, Warning::Code::SumFarFromOne));
        QVERIFY(!hasWarning(d, Warning::Code::FewerThanRequested)); // ten answers came back, as asked
        const QString merged = warningText(d, Warning::Code::DuplicatesMerged);
        QVERIFY2(merged.startsWith(QStringLiteral("7 answer")) && merged.contains(QStringLiteral("repeated")),
                 qPrintable(merged));
        QVERIFY2(!merged.contains(QStringLiteral("probabilities")), qPrintable(merged));
        // The frequencies are what sampling follows.
        QList<int> draws(3, 0);
        for (int i : d.sample(20000, 5))
            ++draws[i];
        QVERIFY(std::abs(draws[0] / 20000.0 - 0.6) < 0.02);
    }
    void countedMethodsParsedWithMissingTagsAreNotFilledIn()
    {
        // A sequence reply goes through the parser, which tags every answer "missing"; nothing was asked, so nothing
        // is missing.
        QList<Candidate> c{unlabelled(QStringLiteral("Texas"), 0), unlabelled(QStringLiteral("Ohio"), 1),
                           unlabelled(QStringLiteral("Texas"), 2)};
        const Distribution d = Distribution::build(c, optionsFor(Method::Sequence, 3));
        QCOMPARE(d.filledInCount(), 0);
        QCOMPARE(byText(d, QStringLiteral("Texas")).count, 2);
        QCOMPARE(byText(d, QStringLiteral("Texas")).basis(), Candidate::Basis::Counted);
        QVERIFY(std::isnan(byText(d, QStringLiteral("Texas")).clipped));
        QVERIFY(qFuzzyCompare(byText(d, QStringLiteral("Texas")).weight, 2.0 / 3.0));
    }
    void countedPartialAnswerIsNotDrawn()
    {
        QList<Candidate> c = answers({QStringLiteral("a"), QStringLiteral("a"), QStringLiteral("b is cut")});
        c[2].partial = true;
        const Distribution d = Distribution::build(c, optionsFor(Method::MultiTurn, 5));
        QCOMPARE(d.totalCount(), 3);
        QCOMPARE(byText(d, QStringLiteral("a")).weight, 1.0);
        QCOMPARE(byText(d, QStringLiteral("b is cut")).weight, 0.0);
        QCOMPARE(byText(d, QStringLiteral("b is cut")).basis(), Candidate::Basis::Counted);
    }
    void countedMethodsIgnoreTheTauFilter()
    {
        PostProcessOptions o = optionsFor(Method::Sequence, 4);
        o.tauMode = TauMode::Filter;
        o.tau = 0.5;
        const Distribution d = Distribution::build(
            answers({QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c"), QStringLiteral("a")}), o);
        QCOMPARE(d.size(), 3);
        QCOMPARE(d.numFiltered(), 0);
        QVERIFY(!d.tauRelaxed());
        QVERIFY(hasWarning(d, Warning::Code::TauNotApplied));
    }
    void verbalizedDuplicatesKeepCountAndSumProbabilities()
    {
        QList<Candidate> c = cands({0.2, 0.3, 0.1, 0.4});
        c[2].text = QStringLiteral("c0");
        c[3].text = QStringLiteral("c0 ");
        const Distribution d = Distribution::build(c, {});
        QVERIFY(!d.isCounted());
        QCOMPARE(d.totalCount(), 4);
        QCOMPARE(d.duplicateCount(), 2);
        QCOMPARE(byText(d, QStringLiteral("c0")).count, 3);
        QVERIFY(qFuzzyCompare(byText(d, QStringLiteral("c0")).clipped, 0.7));
        QCOMPARE(byText(d, QStringLiteral("c1")).count, 1);
        QVERIFY(warningText(d, Warning::Code::DuplicatesMerged).contains(QStringLiteral("summed")));
    }
    void countsSurviveJson()
    {
        Trace t;
        t.method = QStringLiteral("multi-turn");
        const Distribution d = Distribution::build(
            answers({QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("a"), QStringLiteral("a")}),
            optionsFor(Method::MultiTurn, 4));
        const QJsonObject json = d.toJson(t);
        const QJsonObject trace = json[QStringLiteral("trace")].toObject();
        QCOMPARE(trace[QStringLiteral("counted")].toBool(), true);
        QCOMPARE(trace[QStringLiteral("total_count")].toInt(), 4);
        QVERIFY(trace[QStringLiteral("stated_sum")].isNull());
        const QJsonObject meta = json[QStringLiteral("items")][0][QStringLiteral("meta")].toObject();
        QCOMPARE(meta[QStringLiteral("count")].toInt(), 3);
        QCOMPARE(meta[QStringLiteral("basis")].toString(), QStringLiteral("counted"));
        QVERIFY(meta[QStringLiteral("p_raw")].isNull());
        QVERIFY(meta[QStringLiteral("p_clipped")].isNull());

        QString error;
        const auto back = Distribution::fromJson(json, nullptr, &error);
        QVERIFY2(back, qPrintable(error));
        QVERIFY(back->isCounted());
        QCOMPARE(back->totalCount(), 4);
        QCOMPARE(back->items()[0].count, 3);
        QCOMPARE(back->items()[0].weight, 0.75);
        QCOMPARE(back->items()[0].basis(), Candidate::Basis::Counted);
        QVERIFY(std::isnan(back->statedSum()));

        // A direct run saved before counts existed: filled-in uniform values, no "counted" key. Its method says it.
        QJsonObject old = json;
        QJsonArray items;
        for (const QJsonValue &v : json[QStringLiteral("items")].toArray()) {
            QJsonObject item = v.toObject();
            QJsonObject m = item[QStringLiteral("meta")].toObject();
            m.remove(QStringLiteral("count"));
            m.remove(QStringLiteral("basis"));
            m[QStringLiteral("p_clipped")] = 0.5;
            m[QStringLiteral("repairs")] = QJsonArray{QStringLiteral("missing")};
            item[QStringLiteral("meta")] = m;
            items.append(item);
        }
        old[QStringLiteral("items")] = items;
        QJsonObject oldTrace = trace;
        oldTrace.remove(QStringLiteral("counted"));
        oldTrace[QStringLiteral("method")] = QStringLiteral("direct");
        old[QStringLiteral("trace")] = oldTrace;
        const auto legacy = Distribution::fromJson(old, nullptr, &error);
        QVERIFY2(legacy, qPrintable(error));
        QVERIFY(legacy->isCounted());
        QVERIFY(!legacy->hasStatedValues());
        QCOMPARE(legacy->items()[0].basis(), Candidate::Basis::Counted);
        QCOMPARE(legacy->items()[0].count, 1);
    }
    void filledInSurvivesJson()
    {
        QList<Candidate> c = cands({0.6, 0.2});
        c.append(unlabelled(QStringLiteral("x"), 2));
        const Distribution d = Distribution::build(c, {});
        const auto back = Distribution::fromJson(d.toJson({}), nullptr, nullptr);
        QVERIFY(back);
        QCOMPARE(back->statedCount(), 2);
        QCOMPARE(back->filledInCount(), 1);
        QVERIFY(qFuzzyCompare(back->statedSum(), 0.8));
        QCOMPARE(byText(*back, QStringLiteral("x")).basis(), Candidate::Basis::FilledIn);
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
