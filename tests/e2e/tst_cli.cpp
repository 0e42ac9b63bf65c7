// SPDX-License-Identifier: Apache-2.0
// vslab-cli driven as a user would: a real process, real HTTP to the loopback server.
#include "LoopbackServer.h"
#include "SharedData.h"
#include "store/HistoryStore.h"

#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <csignal>

namespace {
struct CliResult
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    QJsonObject json() const { return QJsonDocument::fromJson(out).object(); }
};

// Plain literals: moc's tokenizer does not understand raw strings with apostrophes inside.
const QByteArray vsReply =
    "{\"responses\": [\n"
    "  {\"text\": \"Why did the scarecrow win an award? Because he was outstanding in his field.\", "
    "\"probability\": 0.4},\n"
    "  {\"text\": \"I would tell you a construction joke, but I\u2019m still working on it.\", "
    "\"probability\": \"35%\"},\n"
    "  {\"text\": \"Parallel lines have so much in common. It is a shame they will never meet.\", "
    "\"probability\": 0.25}\n"
    "]}";

CliResult runCli(const QStringList &args, const QByteArray &input = {}, const QHash<QString, QString> &env = {},
                 int timeoutMs = 30000, QProcess **running = nullptr)
{
    QProcess p;
    QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
    e.insert(QStringLiteral("VSLAB_DEMO_TPS"), QStringLiteral("0"));
    for (auto it = env.cbegin(); it != env.cend(); ++it)
        e.insert(it.key(), it.value());
    p.setProcessEnvironment(e);
    QSignalSpy finished(&p, &QProcess::finished);
    p.start(qEnvironmentVariable("VSLAB_CLI"), args);
    if (!p.waitForStarted(5000))
        return {};
    if (running)
        *running = &p;
    if (!input.isNull()) {
        p.write(input);
        p.closeWriteChannel();
    }
    // Wait on the event loop so the loopback server in this process keeps answering.
    if (!finished.wait(timeoutMs)) {
        p.kill();
        p.waitForFinished();
        return {};
    }
    return {p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError()};
}

QStringList args(std::initializer_list<const char *> list)
{
    QStringList out;
    for (const char *a : list)
        out.append(QString::fromUtf8(a));
    return out;
}

QStringList customProvider(const LoopbackServer &server)
{
    return {QStringLiteral("generate"),   QStringLiteral("--provider"), QStringLiteral("custom"),
            QStringLiteral("--base-url"), server.url().toString(),      QStringLiteral("--model"),
            QStringLiteral("test-model"), QStringLiteral("--retries"),  QStringLiteral("0")};
}
} // namespace

class TestCli : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void apiKeyEnvGoesToThatProviderOnly()
    {
        LoopbackServer server;
        server.enqueue(LoopbackServer::Response::openAiStream(QString::fromUtf8(vsReply)));
        server.enqueue(LoopbackServer::Response::openAiStream(QString::fromUtf8(vsReply)));
        const QStringList vllm = {QStringLiteral("generate"),
                                  QStringLiteral("--provider"),
                                  QStringLiteral("vllm"),
                                  QStringLiteral("--base-url"),
                                  server.url(QStringLiteral("/v1")).toString(),
                                  QStringLiteral("--model"),
                                  QStringLiteral("served"),
                                  QStringLiteral("--no-history"),
                                  QStringLiteral("--json")};
        // A secured vLLM: the key comes from the variable the user names.
        CliResult r = runCli(vllm + QStringList{QStringLiteral("--api-key-env"), QStringLiteral("MY_VLLM_KEY"),
                                                QStringLiteral("Tell me a joke")},
                             {}, {{QStringLiteral("MY_VLLM_KEY"), QStringLiteral("sk-vllm-1")}});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(server.requests().at(0).header("authorization"), QByteArray("Bearer sk-vllm-1"));
        QVERIFY(!r.out.contains("sk-vllm-1") && !r.err.contains("sk-vllm-1"));
        // Another provider's key is never sent to it.
        r = runCli(vllm + QStringList{QStringLiteral("Tell me a joke")}, {},
                   {{QStringLiteral("OPENAI_API_KEY"), QStringLiteral("sk-openai-2")}});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(!server.requests().at(1).hasHeader("authorization"));
        // A variable that is not set is a clear argument error, before any call.
        r = runCli(vllm + QStringList{QStringLiteral("--api-key-env"), QStringLiteral("VSLAB_UNSET_VAR"),
                                      QStringLiteral("x")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("VSLAB_UNSET_VAR"), r.err.constData());
        QCOMPARE(server.requests().size(), 2);
    }

    void credentialsInTheBaseUrlNeverLeak()
    {
        QTemporaryDir data;
        LoopbackServer server;
        server.enqueue(LoopbackServer::Response::json(QByteArray("{\"error\":{\"message\":\"nope\"}}"), 500));
        QUrl base = server.url(QStringLiteral("/v1"));
        base.setUserName(QStringLiteral("admin"));
        base.setPassword(QStringLiteral("pw-SECRET-42"));
        const CliResult r = runCli({QStringLiteral("generate"), QStringLiteral("--provider"), QStringLiteral("custom"),
                                    QStringLiteral("--base-url"), base.toString(), QStringLiteral("--model"),
                                    QStringLiteral("m"), QStringLiteral("--retries"), QStringLiteral("0"),
                                    QStringLiteral("--json"), QStringLiteral("Tell me a joke")},
                                   {}, {{QStringLiteral("XDG_DATA_HOME"), data.path()}});
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(!r.out.contains("pw-SECRET") && !r.err.contains("pw-SECRET"), r.out.constData());
        QVERIFY2(r.json()[QStringLiteral("url")].toString().contains(QString::number(server.port())),
                 r.out.constData());
        int files = 0;
        QDirIterator it(data.path(), QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile f(it.next());
            QVERIFY(f.open(QIODevice::ReadOnly));
            QVERIFY2(!f.readAll().contains("pw-SECRET"), qPrintable(f.fileName()));
            ++files;
        }
        QVERIFY2(files > 0, "the failed run is in the history");
    }

    void runsAreSavedToTheHistoryUnlessAsked()
    {
        QTemporaryDir data;
        const QHash<QString, QString> env{{QStringLiteral("XDG_DATA_HOME"), data.path()}};
        CliResult r = runCli({QStringLiteral("generate"), QStringLiteral("--seed"), QStringLiteral("3"),
                              QStringLiteral("Tell me a joke")},
                             {}, env);
        QCOMPARE(r.exitCode, 0);
        r = runCli({QStringLiteral("generate"), QStringLiteral("--no-history"), QStringLiteral("Tell me a joke")}, {},
                   env);
        QCOMPARE(r.exitCode, 0);
        r = runCli({QStringLiteral("generate"), QStringLiteral("Recite the alphabet backwards")}, {}, env);
        QVERIFY(r.exitCode != 0); // the demo model knows no such prompt; the failure is kept too
        HistoryStore store;
        QVERIFY(store.open(data.filePath(QStringLiteral("VS Lab/vslab/history.sqlite"))));
        const QList<HistoryEntry> runs = store.list();
        QCOMPARE(runs.size(), 2);
        QVERIFY(!runs.at(0).errorMessage.isEmpty());
        QCOMPARE(runs.at(1).prompt, QStringLiteral("Tell me a joke"));
        QCOMPARE(runs.at(1).candidateCount, 5);
    }

    void guiAndCliShareFlagsAndMessages_data()
    {
        QTest::addColumn<QStringList>("flags");
        QTest::newRow("tau without a mode") << QStringList{QStringLiteral("--tau"), QStringLiteral("0.2")};
        QTest::newRow("k out of range") << QStringList{QStringLiteral("-k"), QStringLiteral("101")};
        QTest::newRow("unknown provider") << QStringList{QStringLiteral("--provider"), QStringLiteral("skynet")};
        QTest::newRow("bad timeout") << QStringList{QStringLiteral("--timeout"), QStringLiteral("-1")};
    }
    void guiAndCliShareFlagsAndMessages()
    {
        QFETCH(QStringList, flags);
        const CliResult cli =
            runCli(QStringList{QStringLiteral("generate")} + flags + QStringList{QStringLiteral("x")});
        QCOMPARE(cli.exitCode, 2);
        QProcess gui;
        gui.start(qEnvironmentVariable("VSLAB_GUI"), flags + QStringList{QStringLiteral("--quit")});
        QVERIFY(gui.waitForFinished(20000));
        QCOMPARE(gui.exitCode(), 2);
        const QByteArray guiErr = gui.readAllStandardError();
        const QByteArray message = cli.err.trimmed().mid(cli.err.indexOf(':') + 1).trimmed();
        const QByteArray both = cli.err + " / " + guiErr;
        QVERIFY2(!message.isEmpty() && guiErr.contains(message), both.constData());
    }

    void printsVersionAndHelp()
    {
        CliResult r = runCli({QStringLiteral("--version")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.startsWith("vslab-cli " VSLAB_VERSION));
        r = runCli({QStringLiteral("--help")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains("generate"));
        r = runCli({QStringLiteral("generate"), QStringLiteral("--help")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains("--tau-mode"));
        r = runCli({QStringLiteral("frobnicate")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains("unknown command"));
    }
    void guiPrintsVersion()
    {
        QProcess p;
        // As over ssh: no display and no platform chosen; --version must still work.
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("QT_QPA_PLATFORM"));
        env.remove(QStringLiteral("DISPLAY"));
        env.remove(QStringLiteral("WAYLAND_DISPLAY"));
        p.setProcessEnvironment(env);
        p.start(qEnvironmentVariable("VSLAB_GUI"), {QStringLiteral("--version")});
        QVERIFY(p.waitForFinished(10000));
        QCOMPARE(p.exitCode(), 0);
        QVERIFY(p.readAllStandardOutput().contains(VSLAB_VERSION));
    }

    void parseReadsStdinAndRepairs()
    {
        const CliResult r = runCli({QStringLiteral("parse"), QStringLiteral("--json"), QStringLiteral("-")}, vsReply);
        QCOMPARE(r.exitCode, 0);
        const QJsonArray c = r.json()[QStringLiteral("candidates")].toArray();
        QCOMPARE(c.size(), 3);
        QCOMPARE(c[0][QStringLiteral("stated")].toDouble(), 0.4);
        QCOMPARE(c[1][QStringLiteral("stated")].toDouble(), 0.35);
        QCOMPARE(c[1][QStringLiteral("repairs")].toArray(), QJsonArray{QStringLiteral("percentage")});
        QVERIFY(qFuzzyCompare(c[0][QStringLiteral("probability")].toDouble(), 0.4));
        QVERIFY(!r.json().contains(QStringLiteral("sample")));
    }
    void parseSamplesWithSeedReproducibly()
    {
        const QStringList args{QStringLiteral("parse"), QStringLiteral("--json"), QStringLiteral("--seed"),
                               QStringLiteral("7")};
        const CliResult a = runCli(args, vsReply);
        const CliResult b = runCli(args, vsReply);
        QCOMPARE(a.exitCode, 0);
        QVERIFY(a.json().contains(QStringLiteral("sample")));
        QCOMPARE(a.json()[QStringLiteral("sample")], b.json()[QStringLiteral("sample")]);
    }
    void parseFilterReportsTauFinal()
    {
        const CliResult r = runCli({QStringLiteral("parse"), QStringLiteral("--json"), QStringLiteral("--tau"),
                                    QStringLiteral("0.3"), QStringLiteral("--tau-mode"), QStringLiteral("filter"),
                                    QStringLiteral("--min-survivors"), QStringLiteral("1")},
                                   vsReply);
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.json()[QStringLiteral("candidates")].toArray().size(), 2);
        QCOMPARE(r.json()[QStringLiteral("num_filtered")].toInt(), 1);
    }
    void parseGarbageExits4()
    {
        const CliResult r = runCli({QStringLiteral("parse"), QStringLiteral("--json")}, "I cannot help with that.");
        QCOMPARE(r.exitCode, 4);
        QVERIFY(!r.err.isEmpty());
        QCOMPARE(r.json()[QStringLiteral("candidates")].toArray().size(), 0);
    }
    void badArgumentsExit2WithTheRange_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("tau>1") << args({"parse", "--tau", "2", "--tau-mode", "filter"}) << QByteArray("at most 1");
        QTest::newRow("tau without mode") << args({"parse", "--tau", "0.1"}) << QByteArray("--tau-mode");
        QTest::newRow("format") << args({"parse", "--format", "yaml"}) << QByteArray("auto, json, xml or list");
        QTest::newRow("k=0") << args({"generate", "-k", "0", "x"}) << QByteArray("between 1 and 100");
        QTest::newRow("k=abc") << args({"generate", "-k", "abc", "x"}) << QByteArray("whole number");
        QTest::newRow("temperature") << args({"generate", "--temperature", "5", "x"}) << QByteArray("between 0 and 2");
        QTest::newRow("method") << args({"generate", "--method", "magic", "x"}) << QByteArray("vs-standard");
        QTest::newRow("provider") << args({"generate", "--provider", "nope", "x"}) << QByteArray("openai");
        QTest::newRow("no prompt") << args({"generate"}) << QByteArray("PROMPT");
        QTest::newRow("custom without url")
            << args({"generate", "--provider", "custom", "--model", "m", "x"}) << QByteArray("--base-url");
    }
    void badArgumentsExit2WithTheRange()
    {
        QFETCH(QStringList, args);
        QFETCH(QByteArray, expected);
        const CliResult r = runCli(args, QByteArray(""));
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(expected), r.err.constData());
        QVERIFY(r.out.isEmpty());
    }

    void generateOnTheDemoModel()
    {
        const CliResult r = runCli({QStringLiteral("generate"), QStringLiteral("--json"), QStringLiteral("--seed"),
                                    QStringLiteral("42"), QStringLiteral("Tell me a joke")});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject o = r.json();
        QCOMPARE(o[QStringLiteral("simulated")].toBool(), true);
        QCOMPARE(o[QStringLiteral("provider")].toString(), QStringLiteral("demo"));
        QCOMPARE(o[QStringLiteral("method")].toString(), QStringLiteral("vs-standard"));
        QCOMPARE(o[QStringLiteral("candidates")].toArray().size(), 5);
        QVERIFY(o.contains(QStringLiteral("sample")));
        QVERIFY(o[QStringLiteral("settings")][QStringLiteral("k")].toInt() == 5);
        // Same seed, same output, byte for byte apart from the latency.
        const CliResult again = runCli({QStringLiteral("generate"), QStringLiteral("--json"), QStringLiteral("--seed"),
                                        QStringLiteral("42"), QStringLiteral("Tell me a joke")});
        QCOMPARE(again.json()[QStringLiteral("candidates")], o[QStringLiteral("candidates")]);
    }
    void directPromptingCollapsesOnTheDemoModel()
    {
        QHash<QString, int> counts;
        for (int seed = 1; seed <= 20; ++seed) {
            const CliResult r = runCli({QStringLiteral("generate"), QStringLiteral("--method"),
                                        QStringLiteral("direct"), QStringLiteral("--seed"), QString::number(seed),
                                        QStringLiteral("--json"), QStringLiteral("Tell me a joke")});
            QCOMPARE(r.exitCode, 0);
            ++counts[r.json()[QStringLiteral("candidates")][0][QStringLiteral("text")].toString()];
        }
        int top = 0;
        for (int n : std::as_const(counts))
            top = std::max(top, n);
        QVERIFY2(top >= 10, qPrintable(QStringLiteral("most common joke only %1 of 20").arg(top)));
    }
    void jsonlStreamsCandidatesThenDone()
    {
        const CliResult r = runCli({QStringLiteral("generate"), QStringLiteral("--jsonl"), QStringLiteral("-k"),
                                    QStringLiteral("4"), QStringLiteral("Name a US state")});
        QCOMPARE(r.exitCode, 0);
        const QList<QByteArray> lines = r.out.trimmed().split('\n');
        QCOMPARE(lines.size(), 5);
        for (int i = 0; i < 4; ++i) {
            const QJsonObject o = QJsonDocument::fromJson(lines[i]).object();
            QCOMPARE(o[QStringLiteral("event")].toString(), QStringLiteral("candidate"));
            QVERIFY(!o[QStringLiteral("text")].toString().isEmpty());
        }
        const QJsonObject done = QJsonDocument::fromJson(lines[4]).object();
        QCOMPARE(done[QStringLiteral("event")].toString(), QStringLiteral("done"));
        QCOMPARE(done[QStringLiteral("candidates")].toArray().size(), 4);
    }
    void previewPrintsTheExactMessages()
    {
        const CliResult r =
            runCli({QStringLiteral("generate"), QStringLiteral("--preview"), QStringLiteral("--json"),
                    QStringLiteral("-k"), QStringLiteral("7"), QStringLiteral("--tau"), QStringLiteral("0.05"),
                    QStringLiteral("--tau-mode"), QStringLiteral("tail"), QStringLiteral("Tell me a joke")});
        QCOMPARE(r.exitCode, 0);
        const QJsonArray messages = r.json()[QStringLiteral("messages")].toArray();
        QCOMPARE(messages.size(), 2);
        QCOMPARE(messages[1][QStringLiteral("content")].toString(), QStringLiteral("Tell me a joke"));
        QVERIFY(messages[0][QStringLiteral("content")].toString().contains(QStringLiteral("less than 0.05")));
        QVERIFY(messages[0][QStringLiteral("content")].toString().contains(QStringLiteral("Generate 7 responses")));
        QVERIFY(r.json()[QStringLiteral("json_schema")].toObject().contains(QStringLiteral("properties")));
    }
    void promptFromStdin()
    {
        const CliResult r = runCli({QStringLiteral("generate"), QStringLiteral("--json"), QStringLiteral("-")},
                                   "Write a haiku about the sea\n");
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.json()[QStringLiteral("prompt")].toString(), QStringLiteral("Write a haiku about the sea"));
    }
    void demoWithoutMatchingPackExits3()
    {
        const CliResult r = runCli({QStringLiteral("generate"), QStringLiteral("Compute my taxes")});
        QCOMPARE(r.exitCode, 3);
        QVERIFY(r.err.contains("joke"));
    }
    void interruptExits130()
    {
        QProcess *running = nullptr;
        QTimer::singleShot(1500, this, [&running] {
            if (running)
                ::kill(running->processId(), SIGINT);
        });
        const CliResult r = runCli(
            {QStringLiteral("generate"), QStringLiteral("-k"), QStringLiteral("20"), QStringLiteral("Name a US state")},
            {}, {{QStringLiteral("VSLAB_DEMO_TPS"), QStringLiteral("20")}}, 30000, &running);
        QCOMPARE(r.exitCode, 130);
    }

    void generateAgainstAnOpenAiCompatibleServer()
    {
        LoopbackServer server;
        server.enqueue(LoopbackServer::Response::openAiStream(QString::fromUtf8(vsReply)));
        const CliResult r =
            runCli(customProvider(server) + QStringList{QStringLiteral("--json"), QStringLiteral("-k"),
                                                        QStringLiteral("3"), QStringLiteral("Tell me a joke")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(r.json()[QStringLiteral("candidates")].toArray().size(), 3);
        QCOMPARE(r.json()[QStringLiteral("simulated")].toBool(), false);
        QCOMPARE(r.json()[QStringLiteral("finish_reason")].toString(), QStringLiteral("stop"));
        QCOMPARE(server.requests().size(), 1);
        const auto req = server.requests().first();
        QCOMPARE(req.path(), QStringLiteral("/v1/chat/completions"));
        QCOMPARE(req.json()[QStringLiteral("model")].toString(), QStringLiteral("test-model"));
        QCOMPARE(req.json()[QStringLiteral("messages")].toArray().size(), 2);
        QVERIFY(req.json()[QStringLiteral("stream")].toBool());
    }
    void keyRejectedExits3NamingTheUrl()
    {
        LoopbackServer server;
        server.enqueue(LoopbackServer::Response::json(
            QByteArray("{\"error\":{\"message\":\"Incorrect API key provided\",\"type\":\"invalid_request_error\"}}"),
            401));
        const QString secret = QStringLiteral("sk-test-SECRET-0123456789");
        const CliResult r = runCli(customProvider(server) + QStringList{QStringLiteral("--json"), QStringLiteral("x")},
                                   {}, {{QStringLiteral("OPENAI_API_KEY"), secret}});
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.err.contains("401"), r.err.constData());
        QVERIFY2(r.err.contains(QByteArray::number(server.port())), r.err.constData());
        QVERIFY(!r.err.contains(secret.toUtf8()));
        QVERIFY(!r.out.contains(secret.toUtf8()));
        QCOMPARE(r.json()[QStringLiteral("error")][QStringLiteral("code")].toString(), QStringLiteral("key_rejected"));
    }
    void connectionResetKeepsPartialCandidates()
    {
        LoopbackServer server;
        const LoopbackServer::Response full = LoopbackServer::Response::openAiStream(QString::fromUtf8(vsReply), 40);
        // Cut the stream about two thirds in: the first candidate is complete, the last is not.
        server.enqueue(full.resetAfter(full.body.size() * 7 / 10));
        const CliResult r = runCli(customProvider(server) + QStringList{QStringLiteral("--json"), QStringLiteral("x")});
        QCOMPARE(r.exitCode, 3);
        const QJsonArray c = r.json()[QStringLiteral("candidates")].toArray();
        int partial = 0;
        for (const QJsonValue &v : c)
            partial += v[QStringLiteral("partial")].toBool() ? 1 : 0;
        QVERIFY2(c.size() - partial >= 1 && c.size() - partial < 3, r.out.constData());
        QVERIFY2(partial <= 1, r.out.constData()); // the cut candidate is kept, marked partial
        QVERIFY(r.json().contains(QStringLiteral("error")));
        QCOMPARE(r.json()[QStringLiteral("complete")].toBool(), false);
    }
    void replyWithoutCandidatesExits4()
    {
        LoopbackServer server;
        server.enqueue(LoopbackServer::Response::openAiStream(QStringLiteral("Sorry, I can't do that.")));
        const CliResult r = runCli(customProvider(server) + QStringList{QStringLiteral("x")});
        QCOMPARE(r.exitCode, 4);
        QVERIFY(!r.err.isEmpty());
    }
    void lengthCutIsCompleteWithWarning()
    {
        LoopbackServer server;
        const QString cut = QString::fromUtf8(vsReply.left(vsReply.indexOf("Parallel") + 20));
        server.enqueue(LoopbackServer::Response::openAiStream(cut, 16, QStringLiteral("length")));
        const CliResult r = runCli(customProvider(server) + QStringList{QStringLiteral("--json"), QStringLiteral("x")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.json()[QStringLiteral("finish_reason")].toString(), QStringLiteral("length"));
        QVERIFY(QJsonDocument(r.json()[QStringLiteral("warnings")].toArray()).toJson().contains("truncated"));
    }
    void stallExits3()
    {
        LoopbackServer server;
        server.enqueue(LoopbackServer::Response::openAiStream(QString::fromUtf8(vsReply)).stallAfter(100));
        const CliResult r = runCli(customProvider(server) + QStringList{QStringLiteral("--timeout"),
                                                                        QStringLiteral("0.5"), QStringLiteral("x")});
        QCOMPARE(r.exitCode, 3);
        QVERIFY(!r.err.isEmpty());
    }
    void connectionRefusedExits3()
    {
        const QString url = QStringLiteral("http://127.0.0.1:%1/v1").arg(LoopbackServer::closedPort());
        const CliResult r = runCli({QStringLiteral("generate"), QStringLiteral("--provider"), QStringLiteral("custom"),
                                    QStringLiteral("--base-url"), url, QStringLiteral("--model"), QStringLiteral("m"),
                                    QStringLiteral("--retries"), QStringLiteral("0"), QStringLiteral("x")});
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.err.contains("127.0.0.1"), r.err.constData());
    }
    void modelsListsTheServersModels()
    {
        VSLAB_REQUIRE_SHARED("fixtures/providers/openai/models-list.json");
        LoopbackServer server;
        server.enqueue(LoopbackServer::Response::fixture(
            SharedData::path(QStringLiteral("fixtures/providers/openai/models-list.json"))));
        const CliResult r = runCli({QStringLiteral("models"), QStringLiteral("--provider"), QStringLiteral("custom"),
                                    QStringLiteral("--base-url"), server.url().toString()});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(!r.out.trimmed().isEmpty());
        QCOMPARE(server.requests().first().path(), QStringLiteral("/v1/models"));
    }
    void demoModelsList()
    {
        const CliResult r = runCli({QStringLiteral("models"), QStringLiteral("--provider"), QStringLiteral("demo")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(!r.out.trimmed().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
