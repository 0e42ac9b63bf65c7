// SPDX-License-Identifier: Apache-2.0
#include "session/RunArchive.h"

#include <QTemporaryDir>
#include <QTest>

namespace {
RunRequest request()
{
    RunRequest r;
    r.prompt = QStringLiteral("Name a US state");
    r.settings.method = Method::VsMulti;
    r.settings.k = 7;
    r.settings.perTurn = 2;
    r.settings.tauMode = TauMode::Filter;
    r.settings.tau = 0.15;
    r.settings.minSurvivors = 2;
    r.settings.temperature = 0.7;
    r.settings.format = OutputFormat::Xml;
    r.settings.weightMode = WeightMode::Softmax;
    r.settings.seed = 18446744073709551557ULL; // far above 2^31 - 1: must not be clamped
    r.concurrency = 1;
    return r;
}

RunResult result(const RunRequest &req)
{
    QList<Candidate> items;
    for (int i = 0; i < 4; ++i) {
        Candidate c;
        c.text = QStringLiteral("State %1").arg(i);
        c.stated = c.clipped = 0.1 * (i + 1);
        c.index = i;
        items.append(c);
    }
    RunResult r;
    r.distribution = Distribution::build(items, PostProcessOptions::fromSettings(req.settings));
    r.providerId = QStringLiteral("vllm");
    r.model = QStringLiteral("qwen");
    r.url = QUrl(QStringLiteral("http://admin:hunter2-secret@127.0.0.1:8000/v1/chat/completions"));
    r.structured = StructuredMode::Off;
    r.streamed = false;
    r.warnings = {Warning{Warning::Code::SumFarFromOne, QStringLiteral("sum is 0.33")}};
    r.usage = Usage{12, 34};
    r.finishReason = QStringLiteral("stop");
    r.callCount = 2;
    r.conversations = {{{ChatMessage::Role::System, QStringLiteral("sys")},
                        {ChatMessage::Role::User, QStringLiteral("Name a US state")}}};
    r.rawReplies = {QStringLiteral("<response>…</response>")};
    r.error = ProviderError{ProviderError::Code::ConnectionLost, 0, QStringLiteral("reset by peer"), r.url, false};
    return r;
}
} // namespace

class TestRunArchive : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void savedRunComesBackExactly()
    {
        QTemporaryDir dir;
        HistoryStore store;
        QVERIFY2(store.open(dir.filePath(QStringLiteral("h.sqlite"))), qPrintable(store.lastError()));
        const RunRequest req = request();
        const RunResult res = result(req);
        const qint64 id = store.add(RunArchive::toEntry(req, res));
        QVERIFY2(id > 0, qPrintable(store.lastError()));
        const std::optional<HistoryEntry> entry = store.get(id);
        QVERIFY(entry);

        const Result<SavedRun> run = RunArchive::fromEntry(*entry);
        QVERIFY2(run, qPrintable(run.message()));
        const GenerationSettings &s = run->request.settings;
        QCOMPARE(run->request.prompt, req.prompt);
        QCOMPARE(s.method, req.settings.method);
        QCOMPARE(s.k, req.settings.k);
        QCOMPARE(s.perTurn, req.settings.perTurn);
        QCOMPARE(s.tau, req.settings.tau);
        QCOMPARE(s.tauMode, req.settings.tauMode);
        QCOMPARE(s.minSurvivors, req.settings.minSurvivors);
        QCOMPARE(s.temperature, req.settings.temperature);
        QCOMPARE(s.format, req.settings.format);
        QCOMPARE(s.weightMode, req.settings.weightMode);
        QCOMPARE(s.seed, req.settings.seed);
        QCOMPARE(run->result.structured, StructuredMode::Off);
        QCOMPARE(run->result.streamed, false);
        QCOMPARE(run->result.conversations.size(), 1);
        QCOMPARE(run->result.conversations[0].size(), 2);
        QCOMPARE(run->result.conversations[0][1].content, QStringLiteral("Name a US state"));
        QCOMPARE(run->result.rawReplies, res.rawReplies);
        QCOMPARE(run->result.warnings, res.warnings);
        QCOMPARE(run->result.usage.outputTokens, 34);
        QVERIFY(run->result.error);
        QCOMPARE(run->result.error->code, ProviderError::Code::ConnectionLost);
        QCOMPARE(run->result.distribution.sample(20, 3), res.distribution.sample(20, 3));
        // The URL comes back without the credentials typed into it.
        QCOMPARE(run->result.url.host(), QStringLiteral("127.0.0.1"));
        QVERIFY(run->result.url.password().isEmpty());
        QVERIFY(run->result.url.userName().isEmpty());
    }

    void credentialsInAUrlNeverReachTheDatabase()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("h.sqlite"));
        {
            HistoryStore store;
            QVERIFY(store.open(path));
            const RunRequest req = request();
            QVERIFY(store.add(RunArchive::toEntry(req, result(req))) > 0);
        }
        for (const QString &name : QDir(dir.path()).entryList(QDir::Files)) {
            QFile f(dir.filePath(name));
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QByteArray bytes = f.readAll();
            QVERIFY2(!bytes.contains("hunter2"), qPrintable(name));
            QVERIFY2(!bytes.contains("admin@"), qPrintable(name));
        }
    }

    void unreadableEntryIsAFailureNotACrash()
    {
        HistoryEntry e;
        e.distribution = QJsonObject{{QStringLiteral("items"), 3}};
        const Result<SavedRun> run = RunArchive::fromEntry(e);
        QVERIFY(!run);
        QVERIFY(!run.message().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestRunArchive)
#include "tst_runarchive.moc"
