// SPDX-License-Identifier: Apache-2.0
// The JSON `vslab-cli` prints says which kind of number each candidate carries and never reports a stated sum the
// model did not write.
#include "export/ResultJson.h"

#include <QTest>

namespace {
Candidate candidate(const QString &text, double stated, int index)
{
    Candidate c;
    c.text = text;
    c.stated = c.clipped = stated;
    c.index = index;
    if (std::isnan(stated))
        c.repairs = {QStringLiteral("missing")};
    return c;
}

QJsonObject byText(const QJsonArray &candidates, const QString &text)
{
    for (const QJsonValue &v : candidates) {
        if (v[QStringLiteral("text")].toString() == text)
            return v.toObject();
    }
    return {};
}

PostProcessOptions optionsFor(Method method, int k)
{
    GenerationSettings s;
    s.method = method;
    s.k = k;
    return PostProcessOptions::fromSettings(s);
}
} // namespace

class TestResultJson : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void filledInIsNotStated()
    {
        QList<Candidate> c{candidate(QStringLiteral("a"), 0.6, 0), candidate(QStringLiteral("b"), 0.4, 1),
                           candidate(QStringLiteral("cut"), std::nan(""), 2)};
        c[2].partial = true;
        const Distribution d = Distribution::build(c, {});
        const QJsonArray a = ResultJson::candidates(d);
        const QJsonObject cut = byText(a, QStringLiteral("cut"));
        QVERIFY(cut[QStringLiteral("stated")].isNull());
        QCOMPARE(cut[QStringLiteral("basis")].toString(), QStringLiteral("filled_in"));
        QCOMPARE(cut[QStringLiteral("partial")].toBool(), true);
        QCOMPARE(cut[QStringLiteral("count")].toInt(), 1);
        QCOMPARE(byText(a, QStringLiteral("a"))[QStringLiteral("basis")].toString(), QStringLiteral("stated"));
        QCOMPARE(byText(a, QStringLiteral("a"))[QStringLiteral("stated")].toDouble(), 0.6);

        const QJsonObject facts = ResultJson::distributionFacts(d);
        QCOMPARE(facts[QStringLiteral("stated_sum")].toDouble(), 1.0); // the filled-in value is not part of it
        QCOMPARE(facts[QStringLiteral("stated_count")].toInt(), 2);
        QCOMPARE(facts[QStringLiteral("counted")].toBool(), false);
    }

    void countedCandidatesCarryTheirCount()
    {
        QList<Candidate> c;
        for (const char *text : {"x", "y", "x", "x"})
            c.append(candidate(QString::fromUtf8(text), std::nan(""), int(c.size())));
        const Distribution d = Distribution::build(c, optionsFor(Method::Sequence, 4));
        const QJsonArray a = ResultJson::candidates(d);
        QCOMPARE(a.size(), 2);
        const QJsonObject x = byText(a, QStringLiteral("x"));
        QCOMPARE(x[QStringLiteral("count")].toInt(), 3);
        QCOMPARE(x[QStringLiteral("probability")].toDouble(), 0.75);
        QVERIFY(x[QStringLiteral("stated")].isNull());
        QCOMPARE(x[QStringLiteral("basis")].toString(), QStringLiteral("counted"));
        QVERIFY(!x[QStringLiteral("repairs")].toArray().contains(QStringLiteral("missing")));

        const QJsonObject facts = ResultJson::distributionFacts(d);
        QVERIFY(facts[QStringLiteral("stated_sum")].isNull()); // never 1
        QCOMPARE(facts[QStringLiteral("stated_count")].toInt(), 0);
        QCOMPARE(facts[QStringLiteral("counted")].toBool(), true);
        QCOMPARE(facts[QStringLiteral("total_count")].toInt(), 4);
    }
};

QTEST_GUILESS_MAIN(TestResultJson)
#include "tst_resultjson.moc"
