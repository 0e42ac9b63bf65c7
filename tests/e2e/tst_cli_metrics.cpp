// SPDX-License-Identifier: Apache-2.0
// `vslab-cli metrics` as a user runs it: a real process reading a JSONL file or stdin.
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {
struct CliResult
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    QJsonObject json() const { return QJsonDocument::fromJson(out).object(); }
};

CliResult runCli(const QStringList &args, const QByteArray &input = {})
{
    QProcess p;
    p.start(qEnvironmentVariable("VSLAB_CLI"), QStringList{QStringLiteral("metrics")} + args);
    if (!p.waitForStarted(5000))
        return {};
    if (!input.isNull())
        p.write(input);
    p.closeWriteChannel();
    if (!p.waitForFinished(30000)) {
        p.kill();
        p.waitForFinished();
        return {};
    }
    return {p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError()};
}

QString sourceFile(const QString &relative)
{
    return QFileInfo(QStringLiteral(__FILE__)).absoluteDir().filePath(QStringLiteral("../../") + relative);
}

// Three objects (one with extra fields) and a bare string; a blank line between. "Seven." and "7" are different
// texts but the same answer of the answer set.
const QByteArray responses = "{\"text\": \"7\"}\n"
                             "{\"text\": \"Seven.\", \"probability\": 0.2}\n"
                             "\n"
                             "\"3\"\n"
                             "{\"text\": \"7\"}\n"
                             "\"New York\"\n";
} // namespace

class TestCliMetrics : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString write(const QString &name, const QByteArray &content)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(content) != content.size())
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(QFile::exists(qEnvironmentVariable("VSLAB_CLI")), "VSLAB_CLI must name vslab-cli (set by CTest)");
    }

    void jsonFromFile()
    {
        const CliResult r = runCli({QStringLiteral("--json"), write(QStringLiteral("r.jsonl"), responses)});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.err.isEmpty(), r.err.constData());
        const QJsonObject o = r.json();
        QStringList keys = o.keys();
        keys.sort();
        QCOMPARE(keys,
                 (QStringList{QStringLiteral("distinct_1"), QStringLiteral("distinct_2"), QStringLiteral("distinct_3"),
                              QStringLiteral("entropy_bits"), QStringLiteral("lexical_diversity"), QStringLiteral("n"),
                              QStringLiteral("rouge_l"), QStringLiteral("unique"), QStringLiteral("vendi")}));
        QCOMPARE(o.value(QStringLiteral("n")).toInt(), 5);
        QCOMPARE(o.value(QStringLiteral("unique")).toInt(), 4); // 7 twice
        // Shares 2/5, 1/5, 1/5, 1/5.
        const double h = -(0.4 * std::log2(0.4) + 3 * 0.2 * std::log2(0.2));
        QVERIFY(qAbs(o.value(QStringLiteral("entropy_bits")).toDouble() - h) < 1e-9);
        // Words 7 seven. 3 7 new york: 5 distinct of 6; one bigram (new york).
        QVERIFY(qAbs(o.value(QStringLiteral("distinct_1")).toDouble() - 5.0 / 6) < 1e-9);
        QCOMPARE(o.value(QStringLiteral("distinct_2")).toDouble(), 1.0);
        QCOMPARE(o.value(QStringLiteral("distinct_3")).toDouble(), 0.0);
        // Only the pair (7, 7) of the 10 pairs overlaps.
        QVERIFY(qAbs(o.value(QStringLiteral("rouge_l")).toDouble() - 0.1) < 1e-9);
        QVERIFY(qAbs(o.value(QStringLiteral("lexical_diversity")).toDouble() - 0.9) < 1e-9);
        QVERIFY(o.value(QStringLiteral("vendi")).toDouble() > 3.5);
        QVERIFY(o.value(QStringLiteral("vendi")).toDouble() < 4.5);
    }

    void stdinAndAnswerSet()
    {
        const QString answers = sourceFile(QStringLiteral("resources/demo/answers/random-number.txt"));
        QVERIFY(QFile::exists(answers));
        const CliResult r =
            runCli({QStringLiteral("--json"), QStringLiteral("--answers"), answers, QStringLiteral("-")}, responses);
        QCOMPARE(r.exitCode, 0);
        const QJsonObject o = r.json();
        QCOMPARE(o.value(QStringLiteral("n")).toInt(), 5);
        // 4 of 5 valid (New York is not a number); 7 and 3 hit of 10 answers; p7 = 3/4, p3 = 1/4.
        QCOMPARE(o.value(QStringLiteral("precision")).toDouble(), 0.8);
        QCOMPARE(o.value(QStringLiteral("coverage")).toDouble(), 0.2);
        const double kl = 0.75 * std::log(7.5) + 0.25 * std::log(2.5);
        QVERIFY(qAbs(o.value(QStringLiteral("kl_uniform")).toDouble() - kl) < 1e-9);

        const CliResult none =
            runCli({QStringLiteral("--json"), QStringLiteral("--answers"), answers}, QByteArrayLiteral("\"eleven\"\n"));
        QCOMPARE(none.exitCode, 0);
        QVERIFY(none.json().contains(QStringLiteral("kl_uniform")));
        QVERIFY(none.json().value(QStringLiteral("kl_uniform")).isNull());
        QCOMPARE(none.json().value(QStringLiteral("precision")).toDouble(), 0.0);
    }

    void table()
    {
        const CliResult r = runCli({QStringLiteral("-")}, responses);
        QCOMPARE(r.exitCode, 0);
        const QString out = QString::fromUtf8(r.out);
        QVERIFY2(out.contains(QStringLiteral("Vendi score")), r.out.constData());
        QVERIFY(out.contains(QStringLiteral("distinct-2")));
        // The largest cluster leads with its count.
        const QStringList lines = out.split(QLatin1Char('\n'));
        const qsizetype top = lines.indexOf(QStringLiteral("top clusters"));
        QVERIFY(top > 0);
        QCOMPARE(lines.value(top + 1).simplified(), QStringLiteral("2 7"));
    }

    void mergeFoldsNearDuplicatesInTheTable()
    {
        // The first two differ in one word of six (ROUGE-L F1 5/6): separate exact clusters, one near-duplicate.
        const QByteArray input = "\"the cat sat on the mat\"\n\"the cat sat on a mat\"\n\"dogs bark\"\n";
        const CliResult exact = runCli({}, input);
        QCOMPARE(exact.exitCode, 0);
        QVERIFY(!exact.out.contains("near-duplicate"));
        const CliResult merged = runCli({QStringLiteral("--merge"), QStringLiteral("0.8")}, input);
        QCOMPARE(merged.exitCode, 0);
        const QStringList lines = QString::fromUtf8(merged.out).split(QLatin1Char('\n'));
        const qsizetype top = lines.indexOf(QStringLiteral("top clusters"));
        QVERIFY2(top > 0, merged.out.constData());
        QVERIFY2(lines.value(top + 1).simplified().startsWith(QStringLiteral("2 the cat sat on the mat [+1")),
                 merged.out.constData());
        QCOMPARE(lines.value(top + 2).simplified(), QStringLiteral("1 dogs bark"));
        // The metrics themselves never merge.
        QCOMPARE(runCli({QStringLiteral("--json"), QStringLiteral("--merge"), QStringLiteral("0.8")}, input)
                     .json()
                     .value(QStringLiteral("unique"))
                     .toInt(),
                 3);
    }

    void help()
    {
        const CliResult r = runCli({QStringLiteral("--help")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains("--answers"));
    }

    void malformedLine_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<int>("line");
        QTest::addColumn<QString>("problem");
        QTest::newRow("broken json") << QByteArray("\"a\"\n\n{\"text\": \n") << 3 << QStringLiteral("not valid JSON");
        QTest::newRow("no text") << QByteArray("\"a\"\n{\"txt\": \"b\"}\n") << 2 << QStringLiteral("\"text\"");
        QTest::newRow("number") << QByteArray("7\n") << 1 << QStringLiteral("JSON string");
    }
    void malformedLine()
    {
        QFETCH(QByteArray, input);
        QFETCH(int, line);
        QFETCH(QString, problem);
        const QString path = write(QStringLiteral("bad.jsonl"), input);
        const CliResult r = runCli({QStringLiteral("--json"), path});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.out.isEmpty());
        const QString err = QString::fromUtf8(r.err);
        QVERIFY2(err.contains(QStringLiteral("%1:%2:").arg(path).arg(line)), qPrintable(err));
        QVERIFY2(err.contains(problem), qPrintable(err));
        // The same from stdin names <stdin>.
        const CliResult s = runCli({}, input);
        QCOMPARE(s.exitCode, 2);
        QVERIFY2(s.err.contains(QStringLiteral("<stdin>:%1:").arg(line).toUtf8()), s.err.constData());
    }

    void badArguments()
    {
        QCOMPARE(runCli({QStringLiteral("--answers"), m_dir.filePath(QStringLiteral("none.txt"))}, "\"a\"\n").exitCode,
                 2);
        QCOMPARE(runCli({m_dir.filePath(QStringLiteral("missing.jsonl"))}).exitCode, 2);
        QCOMPARE(runCli({QStringLiteral("--bogus")}, "\"a\"\n").exitCode, 2);
        const CliResult merge = runCli({QStringLiteral("--merge"), QStringLiteral("1.5")}, "\"a\"\n");
        QCOMPARE(merge.exitCode, 2);
        QVERIFY(merge.err.contains("--merge"));
    }
};

QTEST_GUILESS_MAIN(TestCliMetrics)
#include "tst_cli_metrics.moc"
