// SPDX-License-Identifier: Apache-2.0
// The chart and the candidate table never present a number the model did not give as one it stated: a filled-in
// probability and a cut-off candidate are hatched and labelled so, "Stated" shows only written numbers, and a method
// without probabilities shows how often each answer came back ("6 of 10").
#include "CandidateTableModel.h"
#include "DelimitedText.h"
#include "DistributionChart.h"
#include "vs/ResponseParser.h"

#include <QChartView>
#include <QImage>
#include <QSet>
#include <QTest>

namespace {
Candidate stated(const QString &text, double p, int index)
{
    Candidate c;
    c.text = text;
    c.stated = c.clipped = p;
    c.statedRaw = QString::number(p);
    c.index = index;
    return c;
}

PostProcessOptions optionsFor(Method method, int k)
{
    GenerationSettings s;
    s.method = method;
    s.k = k;
    return PostProcessOptions::fromSettings(s);
}

/// A VS reply cut off by the token limit in the middle of its fourth candidate, as the parser leaves it.
Distribution cutOffRun()
{
    ResponseParser parser;
    // Plain literals: moc in Qt 6.4 loses track of the test class after a raw string literal.
    parser.feedUtf8("{\"responses\":[{\"text\":\"Why did the scarecrow win an award?\",\"probability\":0.35},"
                    "{\"text\":\"I told my wife she was drawing her eyebrows too high.\",\"probability\":0.25},"
                    "{\"text\":\"Parallel lines have so much in common.\",\"probability\":0.2},"
                    "{\"text\":\"I'm reading a book about anti-grav");
    parser.finish(true);
    return Distribution::build(parser.candidates(), optionsFor(Method::VsStandard, 5));
}

/// multi-turn k = 10 that came back with two answers, eight of them repeats.
Distribution multiTurnRun()
{
    QList<Candidate> answers;
    for (int i = 0; i < 10; ++i) {
        Candidate c;
        c.text = i % 5 < 3 ? QStringLiteral("Why don't scientists trust atoms?") : QStringLiteral("A scarecrow joke.");
        c.index = i;
        answers.append(c);
    }
    return Distribution::build(answers, optionsFor(Method::MultiTurn, 10));
}

int rankOf(const Distribution &d, auto predicate)
{
    for (int i = 0; i < d.size(); ++i) {
        if (predicate(d.items().at(i)))
            return i;
    }
    return -1;
}

/// Distinct colours in a small patch around a bar's centre: one for a solid bar, more for a hatched one.
int coloursAround(DistributionChart &chart, int rank)
{
    const QPoint centre = chart.barCenter(rank);
    const QImage image = chart.chartView()->viewport()->grab().toImage();
    if (!qEnvironmentVariableIsEmpty("VSLAB_CHART_DUMP"))
        image.save(qEnvironmentVariable("VSLAB_CHART_DUMP") + QString::number(rank) + QStringLiteral(".png"));
    QSet<QRgb> colours;
    for (int dx = -6; dx <= 6; ++dx) {
        for (int dy = -3; dy <= 3; ++dy)
            colours.insert(image.pixel(centre + QPoint(dx, dy)));
    }
    return int(colours.size());
}
} // namespace

class TestChartHonesty : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }

    // Defect: a candidate cut off by the token limit was drawn as a full solid bar at the filled-in mean, labelled
    // "Stated", and the table showed that mean under Stated.
    void cutOffCandidateIsNotShownAsStated()
    {
        const Distribution d = cutOffRun();
        QCOMPARE(d.size(), 4);
        const int cut = rankOf(d, [](const Candidate &c) { return c.partial; });
        QVERIFY(cut >= 0);
        QCOMPARE(d.items().at(cut).basis(), Candidate::Basis::FilledIn);
        QVERIFY(qFuzzyCompare(d.statedSum(), 0.8)); // the filled-in mean is not part of it

        DistributionChart chart;
        chart.resize(900, 500);
        chart.show();
        chart.setCandidates(d.items());
        QVERIFY(QTest::qWaitForWindowExposed(&chart));
        QVERIFY(chart.isHatched(cut));
        QVERIFY(!chart.valueText(cut).contains(QStringLiteral("stated")));
        QVERIFY2(chart.valueText(cut).contains(QStringLiteral("filled in")) &&
                     chart.valueText(cut).contains(QStringLiteral("cut off")),
                 qPrintable(chart.valueText(cut)));
        const QStringList legend = chart.legendLabels();
        QVERIFY2(legend.contains(QStringLiteral("Stated probability")), qPrintable(legend.join(u'|')));
        QVERIFY2(legend.contains(QStringLiteral("Filled in or cut off: not stated by the model")),
                 qPrintable(legend.join(u'|')));
        for (int i = 0; i < d.size(); ++i) {
            QCOMPARE(chart.barValue(i), DistributionChart::valueOf(d.items().at(i)));
            if (i != cut) {
                QVERIFY(!chart.isHatched(i));
                QCOMPARE(chart.valueText(i), CandidateTableModel::formatProbability(d.items().at(i).clipped));
            }
        }
        // Drawn distinctly: the stated bar is one flat colour, the cut-off one a hatch over the background.
        QCOMPARE(coloursAround(chart, 0), 1);
        QVERIFY(coloursAround(chart, cut) > 1);

        // The observed overlay keeps the hatched bar in its own slot and adds no legend entry of its own making.
        chart.setObserved({0.5, 0.3, 0.2, 0.0});
        QVERIFY(chart.hasObserved());
        QCOMPARE(chart.barValue(cut), DistributionChart::valueOf(d.items().at(cut)));
        QVERIFY(!chart.legendLabels().contains(QString()));
        QVERIFY(coloursAround(chart, cut) > 1);

        CandidateTableModel model;
        model.setCandidates(d.items());
        QCOMPARE(model.index(cut, CandidateTableModel::StatedColumn).data().toString(), QStringLiteral("—"));
        QVERIFY(model.index(cut, CandidateTableModel::StatedColumn)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("filled in")));
        QCOMPARE(model.index(0, CandidateTableModel::StatedColumn).data().toString(), QStringLiteral("0.350"));
        QCOMPARE(model.index(cut, CandidateTableModel::CountColumn).data().toString(), QStringLiteral("1"));
        const QList<QStringList> tsv = parseDelimited(model.toTsv(model.allRows()), QLatin1Char('\t'));
        QCOMPARE(tsv.at(cut + 1).at(1), QStringLiteral("—"));
    }

    void onlyFilledInValuesGetNoStatedLegend()
    {
        Candidate a;
        a.text = QStringLiteral("a");
        a.repairs = {QStringLiteral("missing")};
        Candidate b = a;
        b.text = QStringLiteral("b");
        b.index = 1;
        const Distribution d = Distribution::build({a, b}, optionsFor(Method::VsStandard, 2));
        DistributionChart chart;
        chart.resize(900, 400);
        chart.show();
        chart.setCandidates(d.items());
        QVERIFY(QTest::qWaitForWindowExposed(&chart));
        QVERIFY(chart.isHatched(0) && chart.isHatched(1));
        QVERIFY(!chart.legendLabels().contains(QStringLiteral("Stated probability")));
        QVERIFY(chart.legendLabels().contains(QStringLiteral("Filled in: the model stated no probability")));
        CandidateTableModel model;
        model.setCandidates(d.items());
        QCOMPARE(model.index(0, CandidateTableModel::StatedColumn).data().toString(), QStringLiteral("—"));
    }

    // Defect: multi-turn k = 10 with two answers showed two equal bars of 0.5 labelled "Stated".
    void countedAnswersShowCounts()
    {
        const Distribution d = multiTurnRun();
        QVERIFY(d.isCounted());
        QCOMPARE(d.size(), 2);

        DistributionChart chart;
        chart.resize(900, 400);
        chart.show();
        chart.setCandidates(d.items());
        chart.setTau(0.1, TauMode::Filter);
        QVERIFY(QTest::qWaitForWindowExposed(&chart));
        QVERIFY(chart.isCounted());
        QCOMPARE(chart.barValue(0), 0.6);
        QCOMPARE(chart.barValue(1), 0.4);
        QCOMPARE(chart.valueText(0), QStringLiteral("6 of 10"));
        QCOMPARE(chart.valueText(1), QStringLiteral("4 of 10"));
        QVERIFY(!chart.isHatched(0));
        QVERIFY(!chart.hasTauLine()); // τ filters stated probabilities; there are none
        const QStringList legend = chart.legendLabels();
        QVERIFY2(!legend.join(u'|').contains(QStringLiteral("Stated")), qPrintable(legend.join(u'|')));
        QVERIFY(legend.contains(QStringLiteral("Share of answers (count / all answers)")));
        QCOMPARE(coloursAround(chart, 0), 1);

        CandidateTableModel model;
        model.setCandidates(d.items());
        QCOMPARE(model.index(0, CandidateTableModel::StatedColumn).data().toString(), QStringLiteral("—"));
        QCOMPARE(model.index(0, CandidateTableModel::WeightColumn).data().toString(), QStringLiteral("0.600"));
        QCOMPARE(model.index(0, CandidateTableModel::CountColumn).data().toString(), QStringLiteral("6 of 10"));
        QCOMPARE(model.index(1, CandidateTableModel::CountColumn).data().toString(), QStringLiteral("4 of 10"));
        QCOMPARE(model.headerData(CandidateTableModel::CountColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Count"));
        QVERIFY(!model.toMarkdown(model.allRows()).contains(QStringLiteral("1.000")));
        QVERIFY(model.toMarkdown(model.allRows()).contains(QStringLiteral("| 6 of 10 |")));
    }

    void cutOffCountedAnswerIsHatched()
    {
        QList<Candidate> answers;
        for (const QString &t : {QStringLiteral("a"), QStringLiteral("a"), QStringLiteral("b is cut")}) {
            Candidate c;
            c.text = t;
            c.index = int(answers.size());
            answers.append(c);
        }
        answers.last().partial = true;
        const Distribution d = Distribution::build(answers, optionsFor(Method::MultiTurn, 3));
        DistributionChart chart;
        chart.resize(900, 400);
        chart.show();
        chart.setCandidates(d.items());
        QVERIFY(QTest::qWaitForWindowExposed(&chart));
        const int cut = rankOf(d, [](const Candidate &c) { return c.partial; });
        QVERIFY(chart.isHatched(cut));
        QCOMPARE(chart.valueText(cut), QStringLiteral("1 of 3, cut off"));
        QVERIFY(qFuzzyCompare(chart.barValue(1 - cut), 2.0 / 3.0)); // the observed share, not the renormalized weight
        QVERIFY(chart.legendLabels().contains(QStringLiteral("Cut off before it was complete")));
    }

    void statedRunIsUnchanged()
    {
        const Distribution d =
            Distribution::build({stated(QStringLiteral("x"), 0.5, 0), stated(QStringLiteral("y"), 0.3, 1),
                                 stated(QStringLiteral("z"), 0.2, 2)},
                                {});
        DistributionChart chart;
        chart.resize(900, 400);
        chart.show();
        chart.setCandidates(d.items());
        QVERIFY(QTest::qWaitForWindowExposed(&chart));
        chart.setTau(0.1, TauMode::Filter);
        QVERIFY(chart.hasTauLine());
        for (int i = 0; i < 3; ++i)
            QVERIFY(!chart.isHatched(i));
        QCOMPARE(chart.valueText(0), QStringLiteral("0.500"));
        QVERIFY(chart.legendLabels().contains(QStringLiteral("Stated probability")));
        QVERIFY(!chart.legendLabels().join(u'|').contains(QStringLiteral("Filled in")));
        QVERIFY(!chart.legendLabels().join(u'|').contains(QStringLiteral("Cut off")));
    }
};

QTEST_MAIN(TestChartHonesty)
#include "tst_charthonesty.moc"
