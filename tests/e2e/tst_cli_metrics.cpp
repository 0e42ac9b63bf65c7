// SPDX-License-Identifier: Apache-2.0
// `vslab-cli metrics` as a user runs it: a real process reading a JSONL file or stdin; semantic_diversity against
// a loopback embeddings server.
#include "LoopbackServer.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

namespace {
struct CliResult
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    QJsonObject json() const { return QJsonDocument::fromJson(out).object(); }
};

CliResult runCli(const QStringList &args, const QByteArray &input = {}, const QHash<QString, QString> &env = {})
{
    QProcess p;
    QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
    for (auto it = env.cbegin(); it != env.cend(); ++it)
        e.insert(it.key(), it.value());
    p.setProcessEnvironment(e);
    QSignalSpy finished(&p, &QProcess::finished);
    p.start(qEnvironmentVariable("VSLAB_CLI"), QStringList{QStringLiteral("metrics")} + args);
    if (!p.waitForStarted(5000))
        return {};
    if (!input.isNull())
        p.write(input);
    p.closeWriteChannel();
    // Wait on the event loop so the loopback server in this process keeps answering.
    if (!finished.wait(30000)) {
        p.kill();
        p.waitForFinished();
        return {};
    }
    return {p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError()};
}

QString sourceFile(const QString &relative)
{
    return QDir(QStringLiteral(VSLAB_SOURCE_DIR)).filePath(relative);
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

    void semanticDiversity()
    {
        // Three texts whose embeddings are (1,0), (0,1) and (1,1): cosine distances 1, 1 - 1/√2, 1 - 1/√2, so
        // semantic_diversity = 100 × (3 - √2) / 3.
        const QByteArray reply = R"({"object":"list","data":[{"index":0,"embedding":[1,0]},)"
                                 R"({"index":1,"embedding":[0,1]},{"index":2,"embedding":[1,1]}]})";
        const double expected = 100.0 * (3.0 - std::sqrt(2.0)) / 3.0;
        const QString path = write(QStringLiteral("three.jsonl"), "\"red\"\n\"blue\"\n{\"text\": \"purple\"}\n");
        LoopbackServer server;
        server.enqueue(LoopbackServer::Response::json(reply));
        const QStringList embed{QStringLiteral("--provider"),         QStringLiteral("custom"),
                                QStringLiteral("--base-url"),         server.url(QStringLiteral("/v1")).toString(),
                                QStringLiteral("--embeddings-model"), QStringLiteral("m")};
        QElapsedTimer clock;
        clock.start();
        CliResult r = runCli(embed + QStringList{QStringLiteral("--json"), path});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY2(r.err.isEmpty(), r.err.constData());
        const QJsonObject o = r.json();
        QVERIFY2(o.contains(QStringLiteral("semantic_diversity")), r.out.constData());
        QVERIFY2(std::abs(o.value(QStringLiteral("semantic_diversity")).toDouble() - expected) < 1e-3,
                 r.out.constData());
        QCOMPARE(o.value(QStringLiteral("n")).toInt(), 3);
        QCOMPARE(server.requests().size(), 1);
        QCOMPARE(server.requests().first().path(), QStringLiteral("/v1/embeddings"));
        QCOMPARE(server.requests().first().json().value(QStringLiteral("model")).toString(), QStringLiteral("m"));
        QCOMPARE(server.requests().first().json().value(QStringLiteral("input")).toArray(),
                 (QJsonArray{QStringLiteral("red"), QStringLiteral("blue"), QStringLiteral("purple")}));

        // The table has the row too.
        server.enqueue(LoopbackServer::Response::json(reply));
        r = runCli(embed + QStringList{path});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY2(r.out.contains("semantic diversity"), r.out.constData());
        QVERIFY2(r.out.contains(QString::number(expected, 'f', 3).toUtf8()), r.out.constData());

        // Without --embeddings-model nothing is asked and the key is absent.
        r = runCli({QStringLiteral("--json"), path});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(!r.json().contains(QStringLiteral("semantic_diversity")));
        QCOMPARE(server.requests().size(), 2);
    }

    void semanticDiversityErrors()
    {
        // The demo model has no embeddings: a wrong choice, known before any call, so exit 2 (bad arguments).
        CliResult r = runCli({QStringLiteral("--provider"), QStringLiteral("demo"),
                              QStringLiteral("--embeddings-model"), QStringLiteral("x"), QStringLiteral("--json")},
                             "\"a\"\n\"b\"\n");
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.out.isEmpty());
        QVERIFY2(r.err.contains("demo model has no embeddings"), r.err.constData());

        // Provider flags without --embeddings-model are refused.
        r = runCli({QStringLiteral("--provider"), QStringLiteral("ollama")}, "\"a\"\n");
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("--embeddings-model"), r.err.constData());

        // A rejected key: exit 3 (provider error), naming the URL, never the key.
        LoopbackServer server;
        server.enqueue(LoopbackServer::Response::json(
            QByteArray(R"({"error":{"message":"Incorrect API key provided.","type":"invalid_request_error"}})"), 401));
        const QString secret = QStringLiteral("sk-metrics-SECRET-42");
        r = runCli({QStringLiteral("--provider"), QStringLiteral("custom"), QStringLiteral("--base-url"),
                    server.url(QStringLiteral("/v1")).toString(), QStringLiteral("--embeddings-model"),
                    QStringLiteral("m"), QStringLiteral("--api-key-env"), QStringLiteral("VSLAB_TEST_EMBED_KEY"),
                    QStringLiteral("--json")},
                   "\"a\"\n\"b\"\n", {{QStringLiteral("VSLAB_TEST_EMBED_KEY"), secret}});
        QCOMPARE(r.exitCode, 3);
        QVERIFY(r.out.isEmpty());
        QVERIFY2(r.err.contains(server.url(QStringLiteral("/v1/embeddings")).toString().toUtf8()), r.err.constData());
        QVERIFY2(!r.err.contains(secret.toUtf8()), r.err.constData());
        QCOMPARE(server.lastRequest().header("authorization"), "Bearer " + secret.toUtf8());
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
