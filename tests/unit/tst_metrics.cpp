// SPDX-License-Identifier: Apache-2.0
// Diversity metrics on cases small enough to compute by hand (the expected values say how).
#include "metrics/AnswerSet.h"
#include "metrics/Metrics.h"
#include "vs/Rng.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

#include <cmath>

namespace {
QStringList list(std::initializer_list<const char *> items)
{
    QStringList out;
    for (const char *s : items)
        out.append(QString::fromUtf8(s));
    return out;
}

/// A file of the source tree: tests/unit/ -> ../../<relative>.
QString sourceFile(const QString &relative)
{
    return QDir(QStringLiteral(VSLAB_SOURCE_DIR)).filePath(relative);
}

AnswerSet answers(const char *text)
{
    Result<AnswerSet> set = AnswerSet::parse(QString::fromUtf8(text), QStringLiteral("test.txt"));
    if (!set)
        qFatal("%s", qPrintable(set.message()));
    return std::move(set).value();
}

/// The textbook LCS table, to check the bit-parallel one against.
int lcsTable(const QStringList &a, const QStringList &b)
{
    std::vector<std::vector<int>> t(size_t(a.size() + 1), std::vector<int>(size_t(b.size() + 1), 0));
    for (qsizetype i = 1; i <= a.size(); ++i) {
        for (qsizetype j = 1; j <= b.size(); ++j)
            t[size_t(i)][size_t(j)] = a[i - 1] == b[j - 1]
                                          ? t[size_t(i - 1)][size_t(j - 1)] + 1
                                          : std::max(t[size_t(i - 1)][size_t(j)], t[size_t(i)][size_t(j - 1)]);
    }
    return t[size_t(a.size())][size_t(b.size())];
}

bool near(double a, double b)
{
    return std::abs(a - b) < 1e-9;
}
} // namespace

class TestMetrics : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void paperBandIsOneRuleForEveryFrontEnd()
    {
        using Band = Metrics::PaperBand;
        for (const char *key : {"unique", "entropy_bits", "distinct_2", "lexical_diversity", "vendi"})
            QVERIFY2(Band::appliesTo(QString::fromLatin1(key)), key);
        for (const char *key : {"n", "rouge_l", "precision", "coverage", "kl_uniform"})
            QVERIFY2(!Band::appliesTo(QString::fromLatin1(key)), key);
        QCOMPARE(Band::position(1.59), Band::Position::Below);
        QCOMPARE(Band::position(1.6), Band::Position::Inside);
        QCOMPARE(Band::position(2.1), Band::Position::Inside);
        QCOMPARE(Band::position(2.11), Band::Position::Above);
    }

    void normalize_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        // Full-width letters and the ideographic space fold (NFKC); the full-width ! becomes ! and is stripped.
        QTest::newRow("nfkc") << QStringLiteral(
                                     "\uFF28\uFF25\uFF2C\uFF2C\uFF2F\u3000\uFF37\uFF4F\uFF52\uFF4C\uFF44\uFF01")
                              << QStringLiteral("hello world");
        QTest::newRow("cjk full stop") << QStringLiteral("\u4F60\u597D\u3002") << QStringLiteral("\u4F60\u597D");
        QTest::newRow("cjk question") << QStringLiteral("\u4F60\u597D\uFF1F") << QStringLiteral("\u4F60\u597D");
        QTest::newRow("ellipsis") << QStringLiteral("Wait\u2026") << QStringLiteral("wait");
        QTest::newRow("several marks") << QStringLiteral("Yes?!.") << QStringLiteral("yes");
        QTest::newRow("whitespace") << QStringLiteral("  New \t\n  York  ") << QStringLiteral("new york");
        QTest::newRow("inner marks kept") << QStringLiteral("3.5. Done!") << QStringLiteral("3.5. done");
        QTest::newRow("only marks") << QStringLiteral("?!") << QString();
        QTest::newRow("empty") << QString() << QString();
    }
    void normalize()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        QCOMPARE(Metrics::normalize(input), expected);
    }

    void words()
    {
        QCOMPARE(Metrics::words(QStringLiteral("  The cat,\tsat.\n")), list({"the", "cat,", "sat."}));
        QVERIFY(Metrics::words(QStringLiteral("   ")).isEmpty());
    }

    void distinctN()
    {
        // "the cat sat." | "the cat ran away" (case folded, punctuation kept, n-grams never span two responses):
        // unigrams the cat sat. the cat ran away: 7, distinct 5; bigrams (the cat)(cat sat.)(the cat)(cat ran)
        // (ran away): 5, distinct 4; trigrams (the cat sat.)(the cat ran)(cat ran away): 3, all distinct.
        const QStringList texts = list({"The cat sat.", "the cat ran away"});
        QCOMPARE(Metrics::distinctN(texts, 1), 5.0 / 7);
        QCOMPARE(Metrics::distinctN(texts, 2), 4.0 / 5);
        QCOMPARE(Metrics::distinctN(texts, 3), 1.0);
        QCOMPARE(Metrics::distinctN(list({"a", "b"}), 2), 0.0); // no bigram at all
        QCOMPARE(Metrics::distinctN({}, 1), 0.0);
        QCOMPARE(Metrics::distinctN(list({"a a a a"}), 1), 0.25);
    }

    void rougeL_data()
    {
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        QTest::addColumn<double>("expected");
        // LCS "the cat on the mat" = 5 of 6 and 6: F1 = 2*5/(6+6).
        QTest::newRow("one word differs")
            << QStringLiteral("the cat sat on the mat") << QStringLiteral("the cat lay on the mat") << 10.0 / 12;
        // LCS "b d" = 2: P = 2/2, R = 2/4, F1 = 2*1*0.5/1.5.
        QTest::newRow("subsequence") << QStringLiteral("a b c d") << QStringLiteral("b d") << 2.0 / 3;
        QTest::newRow("order matters") << QStringLiteral("a b c") << QStringLiteral("c b a") << 1.0 / 3;
        // Case and punctuation are kept: only "cat" is common.
        QTest::newRow("case kept") << QStringLiteral("The cat") << QStringLiteral("the cat") << 0.5;
        QTest::newRow("punctuation kept") << QStringLiteral("a b.") << QStringLiteral("a b") << 0.5;
        QTest::newRow("identical") << QStringLiteral("x y z") << QStringLiteral("x  y\tz") << 1.0;
        QTest::newRow("nothing shared") << QStringLiteral("x y") << QStringLiteral("z") << 0.0;
        QTest::newRow("empty") << QString() << QStringLiteral("a") << 0.0;
        QTest::newRow("both empty") << QString() << QStringLiteral("  ") << 0.0;
    }
    void rougeL()
    {
        QFETCH(QString, a);
        QFETCH(QString, b);
        QFETCH(double, expected);
        QVERIFY2(near(Metrics::rougeL(a, b), expected), qPrintable(QString::number(Metrics::rougeL(a, b))));
        QVERIFY(near(Metrics::rougeL(b, a), expected));
    }

    /// Long texts cross the 64-token words of the bit-parallel LCS; a small vocabulary makes long LCSs.
    void rougeLMatchesTable()
    {
        Rng rng(2024);
        const QStringList vocabulary = list({"a", "b", "c", "d", "A"});
        const auto text = [&](int length) {
            QStringList words;
            for (int i = 0; i < length; ++i)
                words.append(vocabulary[qsizetype(rng.next() % quint64(vocabulary.size()))]);
            return words;
        };
        const int lengths[] = {1, 2, 63, 64, 65, 127, 128, 129, 200};
        for (const int la : lengths) {
            for (const int lb : lengths) {
                const QStringList a = text(la);
                const QStringList b = text(lb);
                const double expected = 2.0 * lcsTable(a, b) / (la + lb);
                const double got = Metrics::rougeL(a.join(QLatin1Char(' ')), b.join(QLatin1Char(' ')));
                QVERIFY2(near(got, expected),
                         qPrintable(QStringLiteral("%1 x %2: %3 != %4").arg(la).arg(lb).arg(got).arg(expected)));
            }
        }
    }

    void meanRougeL()
    {
        // Pairs: (a b, a b) = 1, (a b, c d) = 0 twice: mean 1/3.
        QVERIFY(near(Metrics::meanRougeL(list({"a b", "a b", "c d"})), 1.0 / 3));
        QCOMPARE(Metrics::meanRougeL(list({"only one"})), 0.0);
    }

    void vendi()
    {
        // Nothing shared: K = I, eigenvalues of K/n all 1/n, exp(ln n) = n.
        QVERIFY(near(Metrics::vendi(list({"apple banana", "cherry date", "elder fig", "grape"})), 4.0));
        // All the same: K = all ones, K/n has one eigenvalue 1: exp(0) = 1.
        QVERIFY(near(Metrics::vendi(list({"a b c", "A b c", "a B c"})), 1.0));
        // "a b" vs "a c": features {a, b, "a b"} and {a, c, "a c"}, cosine 1/3; K/2 has eigenvalues (1 +- 1/3)/2.
        const double h = -(2.0 / 3 * std::log(2.0 / 3) + 1.0 / 3 * std::log(1.0 / 3));
        QVERIFY(near(Metrics::vendi(list({"a b", "a c"})), std::exp(h)));
        // Bigrams count: "a b" vs "b a" share both unigrams but no bigram: cosine 2/3.
        const double h2 = -(5.0 / 6 * std::log(5.0 / 6) + 1.0 / 6 * std::log(1.0 / 6));
        QVERIFY(near(Metrics::vendi(list({"a b", "b a"})), std::exp(h2)));
        // An empty text is like nothing else.
        QVERIFY(near(Metrics::vendi(list({"", "a"})), 2.0));
        QCOMPARE(Metrics::vendi({}), 0.0);
        QVERIFY(near(Metrics::vendi(list({"one"})), 1.0));
    }

    void clustersAndEntropy()
    {
        const QList<Metrics::Cluster> c = Metrics::clusters(list({"Bye", "Hi!", " hi", "HI.", "bye", "Ciao"}));
        QCOMPARE(c.size(), 3);
        QCOMPARE(c[0].key, QStringLiteral("hi"));
        QCOMPARE(c[0].representative, QStringLiteral("Hi!"));
        QCOMPARE(c[0].count, 3);
        QCOMPARE(c[0].first, 1);
        QCOMPARE(c[1].key, QStringLiteral("bye"));
        QCOMPARE(c[1].count, 2);
        QCOMPARE(c[2].representative, QStringLiteral("Ciao"));
        // A 3/1 split: -(3/4 log2 3/4 + 1/4 log2 1/4) = 0.811 bits.
        const double split = Metrics::entropyBits(Metrics::clusters(list({"x", "x", "x", "y"})));
        QCOMPARE(QString::number(split, 'f', 3), QStringLiteral("0.811"));
        QVERIFY(near(split, 0.75 * std::log2(4.0 / 3) + 0.25 * 2));
        QCOMPARE(Metrics::entropyBits(Metrics::clusters(list({"a", "b", "c", "d"}))), 2.0);
        QCOMPARE(Metrics::entropyBits(Metrics::clusters(list({"a", "a"}))), 0.0);
    }

    void nearDuplicates()
    {
        const QList<Metrics::Cluster> exact = Metrics::clusters(
            list({"the cat sat on the mat", "dogs bark", "the cat sat on the mat", "the cat sat on a mat"}));
        QCOMPARE(exact.size(), 3);
        // "the cat sat on a mat" vs the first: LCS 5 of 6, F1 0.833 > 0.8: folded in. "dogs bark" shares nothing.
        const QList<Metrics::Cluster> merged = Metrics::mergeNearDuplicates(exact, 0.8);
        QCOMPARE(merged.size(), 2);
        QCOMPARE(merged[0].representative, QStringLiteral("the cat sat on the mat"));
        QCOMPARE(merged[0].count, 3);
        QCOMPARE(merged[0].mergedKeys, list({"the cat sat on a mat"}));
        QCOMPARE(merged[1].count, 1);
        // Above the similarity nothing merges.
        QCOMPARE(Metrics::mergeNearDuplicates(exact, 0.9).size(), 3);
    }

    void answerSet()
    {
        const AnswerSet set = answers("# comment\n\nalpha|A\n  b  \n\n|c|\n");
        QCOMPARE(set.size(), 3);
        QCOMPARE(set.canonical(0), QStringLiteral("alpha"));
        QCOMPARE(set.canonical(2), QStringLiteral("c"));
        QCOMPARE(set.match(QStringLiteral(" a! ")), std::optional<int>(0));
        QCOMPARE(set.match(QStringLiteral("ALPHA.")), std::optional<int>(0));
        QCOMPARE(set.match(QStringLiteral("C")), std::optional<int>(2));
        QCOMPARE(set.match(QStringLiteral("d")), std::nullopt);
    }

    void answerSetErrors()
    {
        const Result<AnswerSet> clash = AnswerSet::parse(QStringLiteral("a|x\n# c\nb|X.\n"), QStringLiteral("s.txt"));
        QVERIFY(!clash);
        QCOMPARE(clash.failure().kind, Failure::Kind::BadInput);
        QVERIFY2(clash.message().startsWith(QStringLiteral("s.txt:3:")), qPrintable(clash.message()));
        const Result<AnswerSet> bars = AnswerSet::parse(QStringLiteral("a\n | \n"), QStringLiteral("s.txt"));
        QVERIFY(!bars);
        QVERIFY2(bars.message().startsWith(QStringLiteral("s.txt:2:")), qPrintable(bars.message()));
        QVERIFY(!AnswerSet::parse(QStringLiteral("# nothing\n\n"), QStringLiteral("s.txt")));
        const Result<AnswerSet> missing = AnswerSet::load(QStringLiteral("/nonexistent/answers.txt"));
        QVERIFY(!missing);
        QCOMPARE(missing.failure().kind, Failure::Kind::NotFound);
        QVERIFY(missing.message().contains(QStringLiteral("/nonexistent/answers.txt")));
    }

    void answerMetrics()
    {
        const AnswerSet set = answers("a|alpha\nb\nc\n");
        // Every answer hit once: uniform, KL 0.
        Metrics::MetricsReport r = Metrics::compute(list({"Alpha!", "b", "c"}), &set);
        QCOMPARE(*r.precision, 1.0);
        QCOMPARE(*r.coverage, 1.0);
        QVERIFY(near(*r.klUniform, 0.0));
        // a a b zzz: 3 valid of 4; 2 of 3 answers; p_a = 2/3, p_b = 1/3:
        // KL = 2/3 ln(2/3 * 3) + 1/3 ln(1/3 * 3) = 2/3 ln 2.
        r = Metrics::compute(list({"a", "a", "b", "zzz"}), &set);
        QCOMPARE(*r.precision, 0.75);
        QVERIFY(near(*r.coverage, 2.0 / 3));
        QVERIFY(near(*r.klUniform, 2.0 / 3 * std::log(2.0)));
        // All on one answer: ln |A|.
        r = Metrics::compute(list({"c", "c"}), &set);
        QVERIFY(near(*r.klUniform, std::log(3.0)));
        // Nothing valid: precision 0, KL absent (null in JSON).
        r = Metrics::compute(list({"x"}), &set);
        QCOMPARE(*r.precision, 0.0);
        QCOMPARE(*r.coverage, 0.0);
        QVERIFY(!r.klUniform);
        QVERIFY(r.toJson().value(QStringLiteral("kl_uniform")).isNull());
        QVERIFY(r.toJson().contains(QStringLiteral("kl_uniform")));
    }

    void report()
    {
        const Metrics::MetricsReport r = Metrics::compute(list({"x", " x ", "x.", "y"}));
        QCOMPARE(r.n, 4);
        QCOMPARE(r.unique, 2);
        QCOMPARE(QString::number(r.entropyBits, 'f', 3), QStringLiteral("0.811"));
        // Tokens x x x. y: 3 distinct of 4.
        QCOMPARE(r.distinct1, 0.75);
        QCOMPARE(r.distinct2, 0.0);
        // Pairs: (x,x) = 1, (x,x.) = 0, (x,y) = 0, (x,x.) = 0, (x,y) = 0, (x.,y) = 0: 1/6.
        QVERIFY(near(r.rougeL, 1.0 / 6));
        QVERIFY(near(r.lexicalDiversity, 5.0 / 6));
        QVERIFY(!r.precision && !r.coverage && !r.klUniform);
        const QJsonObject o = r.toJson();
        QStringList keys = o.keys();
        keys.sort();
        QCOMPARE(keys, list({"distinct_1", "distinct_2", "distinct_3", "entropy_bits", "lexical_diversity", "n",
                             "rouge_l", "unique", "vendi"}));
        QCOMPARE(o.value(QStringLiteral("n")).toInt(), 4);
        QCOMPARE(o.value(QStringLiteral("vendi")).toDouble(), r.vendi);
        const AnswerSet set = answers("x\n");
        keys = Metrics::compute(list({"x"}), &set).toJson().keys();
        keys.sort();
        QCOMPARE(keys, list({"coverage", "distinct_1", "distinct_2", "distinct_3", "entropy_bits", "kl_uniform",
                             "lexical_diversity", "n", "precision", "rouge_l", "unique", "vendi"}));
        const Metrics::MetricsReport empty = Metrics::compute({});
        QCOMPARE(empty.n, 0);
        QCOMPARE(empty.vendi, 0.0);
    }

    /// The shipped answer sets know every answer of their demo pack, and the pack nothing else.
    void demoAnswerSets_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("packFile");
        QTest::addColumn<int>("size");
        QTest::newRow("random-number") << QStringLiteral("random-number") << QStringLiteral("random-number") << 10;
        QTest::newRow("us-state") << QStringLiteral("us-state") << QStringLiteral("us-state") << 50;
        QTest::newRow("random-number zh")
            << QStringLiteral("random-number") << QStringLiteral("random-number.zh_CN") << 10;
        QTest::newRow("us-state zh") << QStringLiteral("us-state") << QStringLiteral("us-state.zh_CN") << 50;
    }
    void demoAnswerSets()
    {
        QFETCH(QString, id);
        QFETCH(QString, packFile);
        QFETCH(int, size);
        const Result<AnswerSet> set =
            AnswerSet::load(sourceFile(QStringLiteral("resources/demo/answers/%1.txt").arg(id)));
        QVERIFY2(set, qPrintable(set.message()));
        QCOMPARE(set->size(), size);
        QFile pack(sourceFile(QStringLiteral("resources/demo/%1.json").arg(packFile)));
        QVERIFY(pack.open(QIODevice::ReadOnly));
        const QJsonArray items =
            QJsonDocument::fromJson(pack.readAll()).object().value(QStringLiteral("answers")).toArray();
        QCOMPARE(items.size(), size);
        QSet<int> hit;
        for (const QJsonValue &v : items) {
            const QString text = v.toObject().value(QStringLiteral("text")).toString();
            const std::optional<int> m = set->match(text);
            QVERIFY2(m, qPrintable(text));
            hit.insert(*m);
        }
        QCOMPARE(hit.size(), size);
    }

    void commonForms()
    {
        const Result<AnswerSet> states =
            AnswerSet::load(sourceFile(QStringLiteral("resources/demo/answers/us-state.txt")));
        QVERIFY(states);
        QCOMPARE(states->canonical(*states->match(QStringLiteral("NY"))), QStringLiteral("New York"));
        QCOMPARE(states->canonical(*states->match(QStringLiteral("new york state."))), QStringLiteral("New York"));
        QCOMPARE(states->canonical(*states->match(QStringLiteral("CALIFORNIA!"))), QStringLiteral("California"));
        QVERIFY(!states->match(QStringLiteral("Puerto Rico")));
        QCOMPARE(states->canonical(*states->match(QStringLiteral("加州"))), QStringLiteral("California"));
        QCOMPARE(states->canonical(*states->match(QStringLiteral("纽约州。"))), QStringLiteral("New York"));
        const Result<AnswerSet> numbers =
            AnswerSet::load(sourceFile(QStringLiteral("resources/demo/answers/random-number.txt")));
        QVERIFY(numbers);
        QCOMPARE(numbers->canonical(*numbers->match(QStringLiteral("Seven."))), QStringLiteral("7"));
        QCOMPARE(numbers->canonical(*numbers->match(QStringLiteral("七"))), QStringLiteral("7"));
        QVERIFY(!numbers->match(QStringLiteral("11")));
    }
};

QTEST_GUILESS_MAIN(TestMetrics)
#include "tst_metrics.moc"
