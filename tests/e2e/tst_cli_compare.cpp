// SPDX-License-Identifier: Apache-2.0
// `vslab-cli compare` as a user runs it: a real process on the offline demo model.
#include "LoopbackServer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

namespace {
struct CliResult
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    QJsonObject json() const { return QJsonDocument::fromJson(out).object(); }
};

CliResult runCli(const QStringList &args)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("VSLAB_DEMO_TPS"), QStringLiteral("0"));
    p.setProcessEnvironment(env);
    p.start(qEnvironmentVariable("VSLAB_CLI"), QStringList{QStringLiteral("compare")} + args);
    if (!p.waitForStarted(5000))
        return {};
    p.closeWriteChannel();
    if (!p.waitForFinished(60000)) {
        p.kill();
        p.waitForFinished();
        return {};
    }
    return {p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError()};
}
} // namespace

class TestCliCompare : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY2(!qEnvironmentVariableIsEmpty("VSLAB_CLI"), "VSLAB_CLI is not set"); }

    void comparesDirectAndVsAsJson()
    {
        const CliResult r = runCli({QStringLiteral("--json"), QStringLiteral("--seed"), QStringLiteral("1"),
                                    QStringLiteral("Name a US state")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonObject o = r.json();
        for (const char *key : {"prompt", "provider", "model", "simulated", "methods", "ratios"})
            QVERIFY2(o.contains(QLatin1String(key)), key);
        QCOMPARE(o.value(QStringLiteral("prompt")).toString(), QStringLiteral("Name a US state"));
        QCOMPARE(o.value(QStringLiteral("provider")).toString(), QStringLiteral("demo"));
        QVERIFY(o.value(QStringLiteral("simulated")).toBool());
        const QJsonArray methods = o.value(QStringLiteral("methods")).toArray();
        QCOMPARE(methods.size(), 2);
        const QJsonObject direct = methods[0].toObject();
        const QJsonObject vs = methods[1].toObject();
        QCOMPARE(direct.value(QStringLiteral("method")).toString(), QStringLiteral("direct"));
        QCOMPARE(vs.value(QStringLiteral("method")).toString(), QStringLiteral("vs-standard"));
        QCOMPARE(direct.value(QStringLiteral("calls")).toInt(), 30);
        QCOMPARE(vs.value(QStringLiteral("calls")).toInt(), 6);
        QCOMPARE(direct.value(QStringLiteral("failed_calls")).toInt(), 0);
        QCOMPARE(direct.value(QStringLiteral("responses")).toArray().size(), 30);
        QCOMPARE(vs.value(QStringLiteral("responses")).toArray().size(), 30);
        const QJsonObject clusters = direct.value(QStringLiteral("clusters")).toArray().first().toObject();
        QVERIFY(clusters.contains(QStringLiteral("text")));
        QVERIFY(clusters.value(QStringLiteral("count")).toInt() > 0);
        const QJsonObject metrics = vs.value(QStringLiteral("metrics")).toObject();
        for (const char *key : {"n", "unique", "entropy_bits", "distinct_1", "distinct_2", "distinct_3", "rouge_l",
                                "lexical_diversity", "vendi", "precision", "coverage", "kl_uniform"})
            QVERIFY2(metrics.contains(QLatin1String(key)), key);
        const QJsonObject ratios = o.value(QStringLiteral("ratios")).toObject();
        QVERIFY(ratios.value(QStringLiteral("unique")).toDouble() > 1.0);
        QVERIFY(ratios.value(QStringLiteral("vendi")).toDouble() > 1.0);

        // The same seed gives the same answers (in the order calls finished, which concurrency may vary).
        const CliResult again = runCli({QStringLiteral("--json"), QStringLiteral("--seed"), QStringLiteral("1"),
                                        QStringLiteral("Name a US state")});
        const QJsonArray againMethods = again.json().value(QStringLiteral("methods")).toArray();
        QCOMPARE(againMethods.size(), 2);
        for (qsizetype i = 0; i < methods.size(); ++i) {
            auto sorted = [](const QJsonObject &m) {
                QStringList list;
                for (const QJsonValue &v : m.value(QStringLiteral("responses")).toArray())
                    list.append(v.toString());
                list.sort();
                return list;
            };
            QCOMPARE(sorted(againMethods[i].toObject()), sorted(methods[i].toObject()));
        }
    }

    void printsReadableClustersAndRatios()
    {
        const CliResult r = runCli({QStringLiteral("-n"), QStringLiteral("10"), QStringLiteral("--methods"),
                                    QStringLiteral("direct,sequence,vs-cot"), QStringLiteral("--seed"),
                                    QStringLiteral("2"), QStringLiteral("Tell me a joke")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QString out = QString::fromUtf8(r.out);
        QVERIFY2(out.contains(QStringLiteral(" of 10")), qPrintable(out));
        QVERIFY(out.contains(QStringLiteral("vs-cot / direct")));
        QVERIFY(out.contains(QStringLiteral("1.6–2.1×")));
        QVERIFY(r.err.contains("simulated"));
    }

    void modelsSideBySideKeepEachOnesErrors()
    {
        // Two models at once: the demo model answers, a server nobody listens on fails; each keeps its own.
        const QString url = QStringLiteral("http://127.0.0.1:%1/v1").arg(LoopbackServer::closedPort());
        const CliResult r =
            runCli({QStringLiteral("--json"), QStringLiteral("--no-history"), QStringLiteral("-n"), QStringLiteral("4"),
                    QStringLiteral("--retries"), QStringLiteral("0"), QStringLiteral("--models"),
                    QStringLiteral("demo:vs-demo,custom:nobody:7b"), QStringLiteral("--base-url-for"),
                    QStringLiteral("custom=") + url, QStringLiteral("Name a US state")});
        QCOMPARE(r.exitCode, 3); // some calls failed; what arrived is printed
        const QJsonObject o = r.json();
        QCOMPARE(o.value(QStringLiteral("models")).toArray().size(), 2);
        const QJsonArray methods = o.value(QStringLiteral("methods")).toArray();
        QCOMPARE(methods.size(), 4);
        int demoResponses = 0;
        for (const QJsonValue &v : methods) {
            const QJsonObject m = v.toObject();
            if (m.value(QStringLiteral("provider")).toString() == QLatin1String("demo")) {
                demoResponses += m.value(QStringLiteral("responses")).toArray().size();
                QCOMPARE(m.value(QStringLiteral("failed_calls")).toInt(), 0);
                for (const QJsonValue &c : m.value(QStringLiteral("clusters")).toArray())
                    QVERIFY(c.toObject().contains(QStringLiteral("share")));
            } else {
                QCOMPARE(m.value(QStringLiteral("provider")).toString(), QStringLiteral("custom"));
                QCOMPARE(m.value(QStringLiteral("model")).toString(),
                         QStringLiteral("nobody:7b")); // after the first colon
                QVERIFY(m.value(QStringLiteral("failed_calls")).toInt() > 0);
                QVERIFY(m.value(QStringLiteral("responses")).toArray().isEmpty());
            }
        }
        QVERIFY(demoResponses >= 8);
        const QJsonArray calibration = o.value(QStringLiteral("calibration")).toArray();
        QCOMPARE(calibration.size(), 2);
        QVERIFY(calibration[0].toObject().value(QStringLiteral("tv_stated_observed")).isDouble());
        QVERIFY(calibration[1].toObject().value(QStringLiteral("tv_stated_observed")).isNull());
        QVERIFY(r.err.contains("127.0.0.1"));
    }

    void refusesBadArguments_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown method") << QStringList{QStringLiteral("--methods"), QStringLiteral("direct,vs-magic"),
                                                       QStringLiteral("Tell me a joke")}
                                        << QStringLiteral("vs-magic");
        QTest::newRow("twice") << QStringList{QStringLiteral("--methods"), QStringLiteral("direct,direct"),
                                              QStringLiteral("Tell me a joke")}
                               << QStringLiteral("twice");
        QTest::newRow("n") << QStringList{QStringLiteral("-n"), QStringLiteral("0"), QStringLiteral("Tell me a joke")}
                           << QStringLiteral("1000");
        QTest::newRow("concurrency") << QStringList{QStringLiteral("--concurrency"), QStringLiteral("99"),
                                                    QStringLiteral("Tell me a joke")}
                                     << QStringLiteral("16");
        QTest::newRow("no prompt") << QStringList{} << QStringLiteral("PROMPT");
        QTest::newRow("merge") << QStringList{QStringLiteral("--merge"), QStringLiteral("2"),
                                              QStringLiteral("Tell me a joke")}
                               << QStringLiteral("--merge");
        QTest::newRow("models provider") << QStringList{QStringLiteral("--models"), QStringLiteral("nope:x"),
                                                        QStringLiteral("Tell me a joke")}
                                         << QStringLiteral("nope");
        QTest::newRow("models without a model")
            << QStringList{QStringLiteral("--models"), QStringLiteral("openai"), QStringLiteral("Tell me a joke")}
            << QStringLiteral("openai:MODEL");
        QTest::newRow("base-url-for") << QStringList{QStringLiteral("--base-url-for"), QStringLiteral("nowhere"),
                                                     QStringLiteral("Tell me a joke")}
                                      << QStringLiteral("PROVIDER=URL");
        QTest::newRow("answers per call") << QStringList{QStringLiteral("--answers-per-call"), QStringLiteral("999"),
                                                         QStringLiteral("Tell me a joke")}
                                          << QStringLiteral("128");
        // The demo model has no embeddings endpoint: refused before any call, saying so.
        QTest::newRow("embeddings on the demo model")
            << QStringList{QStringLiteral("--embeddings-model"), QStringLiteral("text-embedding-3-small"),
                           QStringLiteral("Tell me a joke")}
            << QStringLiteral("semantic diversity");
    }

    void refusesBadArguments()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        const CliResult r = runCli(args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.out.isEmpty());
        QVERIFY2(QString::fromUtf8(r.err).contains(message), r.err.constData());
    }
};

QTEST_GUILESS_MAIN(TestCliCompare)
#include "tst_cli_compare.moc"
