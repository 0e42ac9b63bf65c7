// SPDX-License-Identifier: Apache-2.0
#include "DelimitedText.h"
#include "export/TextExport.h"

#include <QLocale>
#include <QTest>

namespace {
Candidate candidate(const QString &text, double stated, int index)
{
    Candidate c;
    c.text = text;
    c.stated = c.clipped = stated;
    c.statedRaw = QString::number(stated);
    c.index = index;
    return c;
}

QList<Candidate> awkward()
{
    QList<Candidate> items{
        candidate(QStringLiteral("line one\nline \"two\", with a comma\r\nand a CRLF line"), 0.5, 0),
        candidate(QStringLiteral("a | pipe <b>not bold</b> & more"), 0.3, 1),
        candidate(QStringLiteral("=SUM(A1:A2)\ttab 世界 🌊"), 0.2, 2),
    };
    items[0].repairs = {QStringLiteral("percentage"), QStringLiteral("clip>1")};
    items[2].stated = std::nan("");
    items[2].statedRaw.clear();
    items[2].repairs = {QStringLiteral("missing")};
    QList<Candidate> built = Distribution::build(items, {}).items();
    built[1].partial = true; // flagged after weighting: these tests are about formatting, not about weights
    return built;
}

/// multi-turn k = 10: three answers, seven of them repeats.
QList<Candidate> counted()
{
    QList<Candidate> answers;
    for (const char *text : {"Paris", "Lyon", "Paris", "Nice", "Paris", "Lyon", "Paris", "Paris", "Lyon", "Paris"}) {
        Candidate c;
        c.text = QString::fromUtf8(text);
        c.index = int(answers.size());
        answers.append(c);
    }
    GenerationSettings s;
    s.method = Method::MultiTurn;
    s.k = 10;
    return Distribution::build(answers, PostProcessOptions::fromSettings(s)).items();
}
} // namespace

class TestTextExport : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }

    void fieldQuoting_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("csv");
        QTest::addColumn<QString>("tsv");
        QTest::addColumn<QString>("markdown");
        QTest::newRow("plain") << "plain text"
                               << "plain text"
                               << "plain text"
                               << "plain text";
        QTest::newRow("empty") << ""
                               << ""
                               << ""
                               << "";
        QTest::newRow("comma") << "a, b"
                               << "\"a, b\""
                               << "a, b"
                               << "a, b";
        QTest::newRow("quote") << "say \"hi\""
                               << "\"say \"\"hi\"\"\""
                               << "\"say \"\"hi\"\"\""
                               << "say \"hi\"";
        QTest::newRow("newline") << "a\nb"
                                 << "\"a\nb\""
                                 << "\"a\nb\""
                                 << "a<br>b";
        QTest::newRow("crlf") << "a\r\nb"
                              << "\"a\r\nb\""
                              << "\"a\r\nb\""
                              << "a<br>b";
        QTest::newRow("lone cr") << "a\rb"
                                 << "\"a\rb\""
                                 << "\"a\rb\""
                                 << "a<br>b";
        QTest::newRow("tab") << "a\tb"
                             << "a\tb"
                             << "\"a\tb\""
                             << "a\tb";
        QTest::newRow("markup") << "x | <i>y</i> & z"
                                << "x | <i>y</i> & z"
                                << "x | <i>y</i> & z"
                                << "x \\| &lt;i>y&lt;/i> &amp; z";
    }
    void fieldQuoting()
    {
        QFETCH(QString, text);
        QFETCH(QString, csv);
        QFETCH(QString, tsv);
        QFETCH(QString, markdown);
        QCOMPARE(TextExport::csvField(text), csv);
        QCOMPARE(TextExport::tsvField(text), tsv);
        QCOMPARE(TextExport::markdownField(text), markdown);
    }

    void csvRoundTripsAwkwardText()
    {
        const QList<Candidate> items = awkward();
        const QString text = TextExport::csv(items, true);
        QVERIFY(text.endsWith(QStringLiteral("\r\n")));
        bool ok = false;
        const QList<QStringList> rows = parseDelimited(text, QLatin1Char(','), &ok);
        QVERIFY2(ok, qPrintable(text));
        QCOMPARE(rows.size(), items.size() + 1);
        QCOMPARE(rows.first(),
                 (QStringList{QStringLiteral("rank"), QStringLiteral("text"), QStringLiteral("probability"),
                              QStringLiteral("stated"), QStringLiteral("stated_text"), QStringLiteral("repairs"),
                              QStringLiteral("partial"), QStringLiteral("simulated"), QStringLiteral("count"),
                              QStringLiteral("basis")}));
        for (int i = 0; i < items.size(); ++i) {
            const Candidate &c = items.at(i);
            const QStringList &row = rows.at(i + 1);
            QCOMPARE(row.size(), 10);
            QCOMPARE(row.at(0), QString::number(i + 1));
            // Multi-line text survives, CRLF inside the field included; a formula-like text gets a leading '.
            QCOMPARE(row.at(1), c.text.startsWith(u'=') ? QLatin1Char('\'') + c.text : c.text);
            QCOMPARE(row.at(2).toDouble(), c.weight); // full precision: the exact double comes back
            if (c.hasStated())
                QCOMPARE(row.at(3).toDouble(), c.stated);
            else
                QVERIFY(row.at(3).isEmpty());
            QCOMPARE(row.at(4), c.statedRaw);
            QCOMPARE(row.at(5), c.repairs.join(QLatin1Char(';')));
            QCOMPARE(row.at(6), c.partial ? QStringLiteral("true") : QStringLiteral("false"));
            QCOMPARE(row.at(7), QStringLiteral("true"));
            QCOMPARE(row.at(8), QStringLiteral("1"));
            QCOMPARE(row.at(9), Candidate::basisName(c.basis()));
        }
        QCOMPARE(rows.at(3).at(9), QStringLiteral("filled_in")); // no probability given: the 0.2 is ours
        QCOMPARE(rows.at(1).at(9), QStringLiteral("stated"));
        QVERIFY(TextExport::csv(items).contains(QStringLiteral(",false,1,stated\r\n")));
    }

    void csvTextCellsAreNeverFormulas_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("field");
        QTest::newRow("equals") << "=1+2"
                                << "'=1+2";
        QTest::newRow("plus") << "+1"
                              << "'+1";
        QTest::newRow("minus") << "-1"
                               << "'-1";
        QTest::newRow("at") << "@cmd"
                            << "'@cmd";
        QTest::newRow("tab") << "\tx"
                             << "'\tx";
        QTest::newRow("cr") << "\r=x"
                            << "\"'\r=x\"";
        QTest::newRow("comma") << "=a,b"
                               << "\"'=a,b\"";
        QTest::newRow("later") << "1=1"
                               << "1=1";
        QTest::newRow("space first") << " =1"
                                     << " =1";
        QTest::newRow("empty") << ""
                               << "";
    }
    void csvTextCellsAreNeverFormulas()
    {
        QFETCH(QString, text);
        QFETCH(QString, field);
        QCOMPARE(TextExport::csvTextField(text), field);
        // In a file: the text cell is neutralized, the numbers (a negative stated value too) stay numbers.
        Candidate c = candidate(text, -0.5, 0);
        c.statedRaw = QStringLiteral("-50%");
        const QString csv = TextExport::csv(Distribution::build({c}, {}).items());
        bool ok = false;
        const QList<QStringList> rows = parseDelimited(csv, QLatin1Char(','), &ok);
        QVERIFY(ok);
        QCOMPARE(rows.at(1).at(1),
                 text.isEmpty() ? QString() : TextExport::csvTextField(text).remove(QLatin1Char('"')));
        QCOMPARE(rows.at(1).at(3), QStringLiteral("-0.5"));
        QCOMPARE(rows.at(1).at(4), QStringLiteral("'-50%"));
    }

    void csvIgnoresTheUiLocale()
    {
        QLocale::setDefault(QLocale(QLocale::German));
        const QString text = TextExport::csv(awkward());
        QLocale::setDefault(QLocale::c());
        QCOMPARE(text, TextExport::csv(awkward()));
        QVERIFY(text.contains(QStringLiteral(",0.5,")));
    }

    void displayTsvMatchesTheTable()
    {
        const QList<Candidate> items = awkward();
        const QString tsv = TextExport::displayTsv(items, {0, 2});
        const QStringList lines = tsv.split(QLatin1Char('\n'));
        QCOMPARE(lines.first(), QStringLiteral("#\tStated\tWeight\tText\tRepairs\tCount"));
        // The first row's text holds line breaks, so it is quoted; its rank is its position in `items`.
        QVERIFY(tsv.contains(QStringLiteral("\n1\t0.500\t0.500\t\"line one\nline \"\"two\"\", with a comma")));
        // The text holds a tab, so it is quoted. The model gave no probability: the 0.2 weighing it was filled in,
        // so Stated shows none.
        QVERIFY(tsv.contains(QStringLiteral("\n3\t—\t0.200\t\"=SUM(A1:A2)\ttab 世界 🌊\"\tmissing\t1\n")));
        QVERIFY(!tsv.contains(QStringLiteral("pipe"))); // row 1 was not asked for
        QVERIFY(tsv.endsWith(QLatin1Char('\n')));

        const QString withObserved = TextExport::displayTsv(items, {1}, {0.25, 0.5, 0.25});
        QVERIFY(withObserved.startsWith(QStringLiteral("#\tStated\tWeight\tObserved\tText\tRepairs\tCount\n")));
        QVERIFY(withObserved.contains(QStringLiteral("2\t0.300\t0.300\t0.500\ta | pipe")));
        QVERIFY(withObserved.contains(QStringLiteral("\tpartial\t1\n")));
        // Out-of-range rows are skipped rather than crashing a copy of a stale selection.
        QCOMPARE(TextExport::displayTsv(items, {-1, 3}).count(QLatin1Char('\n')), 1);
    }

    void displayMarkdownEscapes()
    {
        const QList<Candidate> items = awkward();
        const QStringList lines = TextExport::displayMarkdown(items, {0, 1, 2}).trimmed().split(QLatin1Char('\n'));
        QCOMPARE(lines.size(), 5);
        QCOMPARE(lines.at(0), QStringLiteral("| # | Stated | Weight | Text | Repairs | Count |"));
        QCOMPARE(lines.at(1), QStringLiteral("| ---: | ---: | ---: | --- | --- | ---: |"));
        QVERIFY(lines.at(4).startsWith(QStringLiteral("| 3 | — | 0.200 |")));
        QVERIFY(lines.at(2).contains(QStringLiteral("line one<br>line \"two\", with a comma<br>and a CRLF line")));
        QVERIFY(lines.at(2).contains(QStringLiteral("percentage, clip>1")));
        QVERIFY(lines.at(3).contains(QStringLiteral("a \\| pipe &lt;b>not bold&lt;/b> &amp; more")));
        for (const QString &line : lines)
            QVERIFY2(line.startsWith(QStringLiteral("| ")) && line.endsWith(QStringLiteral(" |")), qPrintable(line));
    }

    void displayProbability_data()
    {
        QTest::addColumn<double>("p");
        QTest::addColumn<QString>("text");
        QTest::newRow("three decimals") << 0.35 << "0.350";
        QTest::newRow("rounds") << 0.12349 << "0.123";
        QTest::newRow("zero") << 0.0 << "0.000";
        QTest::newRow("nan") << std::nan("") << "—";
    }
    void displayProbability()
    {
        QFETCH(double, p);
        QFETCH(QString, text);
        QCOMPARE(TextExport::displayProbability(p), text);
    }

    void markdownDocumentFlagsSimulation_data()
    {
        QTest::addColumn<bool>("simulated");
        QTest::newRow("demo model") << true;
        QTest::newRow("real model") << false;
    }
    void markdownDocumentFlagsSimulation()
    {
        QFETCH(bool, simulated);
        Trace trace;
        trace.method = QStringLiteral("vs-standard");
        trace.provider = QStringLiteral("demo");
        trace.model = QStringLiteral("vs-demo");
        trace.k = 3;
        trace.seed = 42;
        trace.simulated = simulated;
        const QString md = TextExport::markdownDocument(awkward(), trace, QStringLiteral("Tell me | a joke"));
        QVERIFY(md.startsWith(QStringLiteral("# VS Lab distribution\n")));
        QVERIFY(md.contains(QStringLiteral("Tell me \\| a joke")));
        QVERIFY(md.contains(QStringLiteral("vs-standard")));
        QVERIFY(md.contains(QStringLiteral("seed 42")));
        QCOMPARE(md.contains(QStringLiteral("Simulated")), simulated);
        QVERIFY(md.contains(QStringLiteral("| # | Stated | Weight | Text | Repairs | Count |")));
        QCOMPARE(md.count(QStringLiteral("\n| ")), 2 + 3);
        QVERIFY(md.contains(QStringLiteral("without a probability"))); // the filled-in one is called so
    }

    // Defect: a method without probabilities showed "Stated 1.000" and lost how often each answer came back.
    void countedAnswersShowCountsNotStatedProbabilities()
    {
        const QList<Candidate> items = counted();
        QCOMPARE(items.size(), 3);
        QCOMPARE(TextExport::totalCount(items), 10);

        const QList<QStringList> tsv = parseDelimited(TextExport::displayTsv(items, {0, 1, 2}), QLatin1Char('\t'));
        QCOMPARE(tsv.at(0).last(), QStringLiteral("Count"));
        QCOMPARE(tsv.at(1),
                 (QStringList{QStringLiteral("1"), QStringLiteral("—"), QStringLiteral("0.600"),
                              QStringLiteral("Paris"), QStringLiteral("duplicate"), QStringLiteral("6 of 10")}));
        QCOMPARE(tsv.at(2).at(5), QStringLiteral("3 of 10"));
        QCOMPARE(tsv.at(3), (QStringList{QStringLiteral("3"), QStringLiteral("—"), QStringLiteral("0.100"),
                                         QStringLiteral("Nice"), QString(), QStringLiteral("1 of 10")}));
        QVERIFY(!TextExport::displayMarkdown(items, {0}).contains(QStringLiteral("1.000")));
        QVERIFY(TextExport::displayMarkdown(items, {0}).contains(QStringLiteral("| 6 of 10 |")));

        const QList<QStringList> csv = parseDelimited(TextExport::csv(items), QLatin1Char(','));
        QCOMPARE(csv.at(1).at(2).toDouble(), 0.6);
        QVERIFY(csv.at(1).at(3).isEmpty()); // nothing stated
        QCOMPARE(csv.at(1).at(8), QStringLiteral("6"));
        QCOMPARE(csv.at(1).at(9), QStringLiteral("counted"));
        QCOMPARE(csv.at(3).at(8), QStringLiteral("1"));

        Trace trace;
        trace.method = QStringLiteral("multi-turn");
        const QString md = TextExport::markdownDocument(items, trace, QStringLiteral("Name a French city"));
        QVERIFY(md.contains(QStringLiteral("states no probabilities")));
        QVERIFY(md.contains(QStringLiteral("| 1 | — | 0.600 | Paris | duplicate | 6 of 10 |")));
    }
};

QTEST_GUILESS_MAIN(TestTextExport)
#include "tst_textexport.moc"
