// SPDX-License-Identifier: Apache-2.0
// The session core driven headless, as every front end drives it: demo model and loopback server, cancel,
// history restore, sampling, export and re-open.
#include "LoopbackServer.h"
#include "session/ProviderRegistry.h"
#include "session/Session.h"
#include "store/HistoryStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

Q_DECLARE_METATYPE(RunResult)

namespace {
/// The text of every OpenAI stream event in `body` that ends before `end` (complete `data:` lines only).
QString streamedText(const QByteArray &body, qsizetype end)
{
    QString text;
    QList<QByteArray> lines = body.left(end).split('\n');
    lines.removeLast(); // not ended by a newline: not arrived as a line
    for (const QByteArray &line : std::as_const(lines)) {
        if (!line.startsWith("data: {"))
            continue;
        const QJsonObject o = QJsonDocument::fromJson(line.mid(6)).object();
        const QJsonArray choices = o.value(QStringLiteral("choices")).toArray();
        if (!choices.isEmpty())
            text += choices.first()
                        .toObject()
                        .value(QStringLiteral("delta"))
                        .toObject()
                        .value(QStringLiteral("content"))
                        .toString();
    }
    return text;
}

const QString vsReply =
    QStringLiteral(R"({"responses":[{"text":"Alpha","probability":0.5},{"text":"Beta","probability":0.3},)"
                   R"({"text":"Gamma","probability":0.2}]})");
} // namespace

class TestSession : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    struct Fixture
    {
        ProviderRegistry providers{std::make_unique<MemorySecretStore>()};
        Session session{&providers};
    };

    static std::unique_ptr<Fixture> make()
    {
        auto f = std::make_unique<Fixture>();
        f->providers.setDemoSpeed(0.0);
        return f;
    }

    static void useServer(Fixture &f, const LoopbackServer &server)
    {
        ProviderConfig c;
        c.presetId = QStringLiteral("custom");
        c.baseUrl = server.url(QStringLiteral("/v1")).toString();
        c.model = QStringLiteral("loop-model");
        f.providers.setConfig(c);
        TransportSettings t;
        t.retries = 0;
        t.timeoutSeconds = 5;
        f.providers.setTransport(t);
        QVERIFY(f.providers.setCurrent(QStringLiteral("custom")).ok());
    }

    static RunRequest request(const QString &prompt, Method method = Method::VsStandard, int k = 5)
    {
        RunRequest r;
        r.prompt = prompt;
        r.settings.method = method;
        r.settings.k = k;
        r.settings.seed = 7;
        return r;
    }

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<RunResult>();
        QVERIFY(m_dir.isValid());
    }

    void generatesOnTheDemoModelAndSaves()
    {
        auto f = make();
        QVERIFY(f->session.openHistory(m_dir.filePath(QStringLiteral("demo.sqlite"))).ok());
        QSignalSpy finished(&f->session, &Session::runFinished);
        QSignalSpy arrived(&f->session, &Session::candidateArrived);
        QVERIFY(f->session.generate(request(QStringLiteral("Tell me a joke"))).ok());
        QVERIFY(f->session.isRunning());
        // A second run is refused while one streams.
        const Result<void> again = f->session.generate(request(QStringLiteral("Tell me a joke")));
        QVERIFY(!again.ok());
        QCOMPARE(again.failure().kind, Failure::Kind::Busy);
        QVERIFY(finished.wait(10000));
        QVERIFY(!f->session.isRunning());
        QCOMPARE(arrived.size(), 5);
        QCOMPARE(f->session.distribution().size(), 5);
        QVERIFY(f->session.result());
        QVERIFY(f->session.isShownSimulated());
        QCOMPARE(f->session.recentRuns().size(), 1);
        QCOMPARE(f->session.recentRuns().first().prompt, QStringLiteral("Tell me a joke"));
    }

    void refusesBadInputWithTheReason()
    {
        auto f = make();
        const Result<void> empty = f->session.generate(request(QStringLiteral("   ")));
        QCOMPARE(empty.failure().kind, Failure::Kind::BadInput);
        RunRequest r = request(QStringLiteral("Tell me a joke"));
        r.settings.k = 0;
        const Result<void> bad = f->session.generate(r);
        QVERIFY(!bad.ok());
        QVERIFY2(bad.message().contains(QStringLiteral("k must be between 1 and 100")), qPrintable(bad.message()));
        QVERIFY(!f->session.isRunning());
    }

    void generatesAgainstTheLoopbackServer()
    {
        LoopbackServer server;
        auto f = make();
        useServer(*f, server);
        server.enqueue(LoopbackServer::Response::openAiStream(vsReply, 12));
        QSignalSpy finished(&f->session, &Session::runFinished);
        QVERIFY(f->session.generate(request(QStringLiteral("Name a colour"), Method::VsStandard, 3)).ok());
        QVERIFY(finished.wait(10000));
        const RunResult r = finished.first().first().value<RunResult>();
        QVERIFY2(r.completed(), r.error ? qPrintable(r.error->message) : "");
        QCOMPARE(r.distribution.size(), 3);
        QCOMPARE(r.distribution.items().first().text, QStringLiteral("Alpha"));
        QVERIFY(!f->session.isShownSimulated());
        QCOMPARE(server.lastRequest().path(), QStringLiteral("/v1/chat/completions"));
    }

    void cancelKeepsEveryCharacterThatArrived()
    {
        LoopbackServer server;
        auto f = make();
        useServer(*f, server);
        const LoopbackServer::Response stream = LoopbackServer::Response::openAiStream(vsReply, 12);
        // Stall inside the blank line after the fourth event: its data line arrived, the event is not closed, so
        // the stream reader still holds its text when the user cancels.
        qsizetype end = -1;
        for (int i = 0; i < 4; ++i)
            end = stream.body.indexOf("\n\n", end + 1);
        QVERIFY(end > 0);
        server.enqueue(stream.stallAfter(end + 1));
        QSignalSpy finished(&f->session, &Session::runFinished);
        QSignalSpy raw(&f->session, &Session::rawText);
        QVERIFY(f->session.generate(request(QStringLiteral("Name a colour"), Method::VsStandard, 3)).ok());
        QTRY_VERIFY_WITH_TIMEOUT(raw.size() >= 2, 5000); // events 2 and 3; event 1 only names the role
        // Every byte the server sent arrived, the fourth event's data line included.
        QTRY_COMPARE_WITH_TIMEOUT(f->session.bytesReceived(), end + 1, 5000);
        f->session.cancel();
        QVERIFY(!finished.isEmpty() || finished.wait(5000)); // cancel may finish the run at once
        const RunResult r = finished.first().first().value<RunResult>();
        QVERIFY(r.cancelled);
        const QString expected = streamedText(stream.body, end + 1);
        QCOMPARE(r.rawReplies.value(0), expected);
        QString shown;
        for (const QList<QVariant> &delta : std::as_const(raw))
            shown += delta.at(1).toString();
        QCOMPARE(shown, expected); // the raw view saw the same characters
    }

    void resetFoldsTheWarningsThatFollowFromIt()
    {
        LoopbackServer server;
        auto f = make();
        useServer(*f, server);
        const LoopbackServer::Response stream = LoopbackServer::Response::openAiStream(vsReply, 12);
        server.enqueue(stream.resetAfter(stream.body.size() * 2 / 3));
        QSignalSpy finished(&f->session, &Session::runFinished);
        QVERIFY(f->session.generate(request(QStringLiteral("Name a colour"), Method::VsStandard, 5)).ok());
        QVERIFY(finished.wait(10000));
        const RunResult r = finished.first().first().value<RunResult>();
        QVERIFY(r.error);
        QVERIFY2(r.warnings.size() >= 2, "a cut-off reply raises several warnings");
        const RunOutcome outcome = f->session.outcome();
        QCOMPARE(outcome.severity, RunOutcome::Severity::Error);
        QCOMPARE(outcome.headline, r.error->message);
        // One root cause, one message: what is kept, and one line pointing at the folded notes.
        QCOMPARE(outcome.details.size(), 2);
        for (const Warning &w : r.warnings)
            QVERIFY2(!outcome.details.contains(w.message), qPrintable(w.message));
    }

    void restoreBringsBackTheRunExactly()
    {
        auto f = make();
        QVERIFY(f->session.openHistory(m_dir.filePath(QStringLiteral("restore.sqlite"))).ok());
        QVERIFY(f->providers.setCurrent(QStringLiteral("demo")).ok());
        RunRequest r = request(QStringLiteral("Name a US state"), Method::VsMulti, 7);
        r.settings.perTurn = 2;
        r.settings.weightMode = WeightMode::Softmax;
        r.settings.tauMode = TauMode::Filter;
        r.settings.tau = 0.05;
        r.settings.seed = 9223372036854775813ULL; // above 2^63: never clamped
        QSignalSpy finished(&f->session, &Session::runFinished);
        QVERIFY(f->session.generate(r).ok());
        QVERIFY(finished.wait(10000));
        const Distribution made = f->session.distribution();
        const QString model = f->providers.currentConfig().model;
        const qint64 id = f->session.recentRuns().first().id;
        const auto drawn = f->session.sampleMany(50);
        QVERIFY(drawn);

        // The user moves on: another provider, another distribution.
        QVERIFY(f->providers.setCurrent(QStringLiteral("openai")).ok());
        QSignalSpy loaded(&f->session, &Session::loaded);
        QVERIFY(f->session.restore(id).ok());
        QCOMPARE(loaded.size(), 1);
        const GenerationSettings &s = f->session.request().settings;
        QCOMPARE(s.method, r.settings.method);
        QCOMPARE(s.k, r.settings.k);
        QCOMPARE(s.perTurn, 2);
        QCOMPARE(s.weightMode, WeightMode::Softmax);
        QCOMPARE(s.tauMode, TauMode::Filter);
        QCOMPARE(s.tau, 0.05);
        QCOMPARE(s.seed, r.settings.seed);
        QCOMPARE(f->session.origin(), Session::Origin::History);
        // "New distribution" asks the model the restored run asked.
        QCOMPARE(f->providers.currentId(), QStringLiteral("demo"));
        QCOMPARE(f->providers.currentConfig().model, model);
        QCOMPARE(f->session.distribution().sample(30, 11), made.sample(30, 11));
        QCOMPARE(f->session.result()->conversations.size(), 4); // vs-multi k = 7, 2 per turn: every turn's messages
    }

    void drawsAreSeparatedByDistribution()
    {
        auto f = make();
        QSignalSpy finished(&f->session, &Session::runFinished);
        QVERIFY(f->session.generate(request(QStringLiteral("Tell me a joke"))).ok());
        QVERIFY(finished.wait(10000));
        QVERIFY(f->session.sampleOne());
        QVERIFY(f->session.sampleOne());
        QVERIFY(f->session.generate(request(QStringLiteral("Name a US state"))).ok());
        QVERIFY(finished.wait(10000));
        QVERIFY(f->session.sampleOne());
        const QList<SampleDraw> &h = f->session.sampler().history();
        QCOMPARE(h.size(), 3);
        QCOMPARE(h[0].distribution, h[1].distribution);
        QVERIFY(h[2].distribution != h[1].distribution);
        QCOMPARE(h[2].distribution, f->session.sampler().generation());
    }

    void exportsAndReopens()
    {
        auto f = make();
        QSignalSpy finished(&f->session, &Session::runFinished);
        QVERIFY(!f->session.exportTo(m_dir.filePath(QStringLiteral("none.json"))).ok()); // nothing yet
        QVERIFY(f->session.generate(request(QStringLiteral("Write a haiku about the sea"))).ok());
        QVERIFY(finished.wait(10000));
        const Distribution made = f->session.distribution();
        const QString path = m_dir.filePath(f->session.suggestedFileName(QStringLiteral("json")));
        QVERIFY(path.endsWith(QStringLiteral("write-a-haiku-about-the-sea.json")));
        QVERIFY(f->session.exportTo(path).ok());

        auto g = make();
        const Result<void> opened = g->session.openFile(path);
        QVERIFY2(opened.ok(), qPrintable(opened.message()));
        QCOMPARE(g->session.origin(), Session::Origin::File);
        QCOMPARE(g->session.distribution().size(), made.size());
        for (int i = 0; i < made.size(); ++i)
            QCOMPARE(g->session.distribution().items()[i].text, made.items()[i].text);
        QVERIFY(g->session.isShownSimulated());
        QCOMPARE(g->session.distribution().sample(20, 3), made.sample(20, 3));

        const QString bad = m_dir.filePath(QStringLiteral("bad.json"));
        QFile file(bad);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{ not json");
        file.close();
        const Result<void> refused = g->session.openFile(bad);
        QVERIFY(!refused.ok());
        QVERIFY(refused.message().contains(QStringLiteral("bad.json")));
        QCOMPARE(g->session.distribution().size(), made.size()); // what was shown stays
    }
};

QTEST_GUILESS_MAIN(TestSession)
#include "tst_session.moc"
