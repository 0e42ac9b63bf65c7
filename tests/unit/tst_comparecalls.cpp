// SPDX-License-Identifier: Apache-2.0
// How the lab calls a real server: several answers per call (OpenAI `n`, Gemini `candidateCount`), the fallback when
// a server refuses or ignores it, recorded n = 3 replies, and semantic_diversity from the embeddings endpoint.
#include "LabTestKit.h"
#include "LoopbackServer.h"
#include "run/Compare.h"
#include "session/LabSession.h"
#include "session/ProviderRegistry.h"
#include "SharedData.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>

#include <cmath>

Q_DECLARE_METATYPE(CompareResult)

namespace {
/// A non-streaming OpenAI completion with one choice per text.
LoopbackServer::Response completion(const QList<const char *> &utf8)
{
    QStringList texts;
    for (const char *t : utf8)
        texts.append(QString::fromUtf8(t));
    return LoopbackServer::Response::openAiChoices(texts);
}

/// A Gemini generateContent reply with one candidate per text, each carrying its index.
QByteArray geminiReply(const QList<const char *> &utf8)
{
    QStringList texts;
    for (const char *t : utf8)
        texts.append(QString::fromUtf8(t));
    QJsonArray candidates;
    for (qsizetype i = 0; i < texts.size(); ++i)
        candidates.append(QJsonObject{
            {QStringLiteral("index"), int(i)},
            {QStringLiteral("content"),
             QJsonObject{{QStringLiteral("role"), QStringLiteral("model")},
                         {QStringLiteral("parts"), QJsonArray{QJsonObject{{QStringLiteral("text"), texts[i]}}}}}},
            {QStringLiteral("finishReason"), QStringLiteral("STOP")}});
    return QJsonDocument(QJsonObject{{QStringLiteral("candidates"), candidates}}).toJson(QJsonDocument::Compact);
}
} // namespace

class TestCompareCalls : public QObject
{
    Q_OBJECT

    using Fixture = LabTestKit::Fixture;

    static std::unique_ptr<Fixture> make(const LoopbackServer &server, const QString &preset = QStringLiteral("custom"),
                                         bool stream = false)
    {
        return LabTestKit::make(server, preset, stream);
    }

    static CompareRequest request(int n, int perCall, QList<Method> methods = {Method::Direct})
    {
        CompareRequest r;
        r.prompt = QStringLiteral("Name a colour");
        r.n = n;
        r.methods = std::move(methods);
        r.answersPerCall = perCall;
        r.concurrency = 1; // one call at a time: the server's replies go to calls in order
        r.settings.k = 2;
        r.settings.seed = 7;
        return r;
    }

    static bool run(Fixture *f, const CompareRequest &r) { return f && LabTestKit::run(*f, r); }

    static int nOf(const LoopbackServer::Request &request)
    {
        return request.json().value(QStringLiteral("n")).toInt(1);
    }

private Q_SLOTS:
    void initTestCase() { qRegisterMetaType<CompareResult>(); }

    void automaticAnswersPerCallFitsOneWave()
    {
        CompareRequest r;
        r.prompt = QStringLiteral("Name a colour");
        r.n = 30;
        r.concurrency = 4;
        QCOMPARE(r.answersPerCallFor(ProviderKind::OpenAiCompatible), 8);
        QCOMPARE(r.answersPerCallFor(ProviderKind::Gemini), 8);
        QCOMPARE(r.answersPerCallFor(ProviderKind::Anthropic), 1); // no such field: one call per answer
        QCOMPARE(r.answersPerCallFor(ProviderKind::Demo), 1);
        r.concurrency = 8; // Qt Network puts at most 6 calls per host on the wire: 6 calls of 5
        QCOMPARE(r.answersPerCallFor(ProviderKind::OpenAiCompatible), 5);
        r.answersPerCall = 20;
        QCOMPARE(r.answersPerCallFor(ProviderKind::OpenAiCompatible), 20);
        QCOMPARE(r.answersPerCallFor(ProviderKind::Gemini), 8); // Gemini's limit
        r.answersPerCall = 1;
        QCOMPARE(r.answersPerCallFor(ProviderKind::OpenAiCompatible), 1);
        r.answersPerCall = -1;
        QVERIFY(r.validate().contains(QStringLiteral("Answers per call")));
        r.answersPerCall = CompareRequest::answersPerCallMax + 1;
        QVERIFY(!r.validate().isEmpty());
    }

    void asksSeveralAnswersPerCall()
    {
        LoopbackServer server;
        server.enqueue(completion({"Red", "Blue", "Red", "Green"}));
        server.enqueue(completion({"Red", "Teal"}));
        auto f = make(server);
        QVERIFY(run(f.get(), request(6, 4)));
        const LabColumn &direct = f->lab.columns().constFirst();
        QCOMPARE(direct.outcome.calls, 2);
        QCOMPARE(direct.outcome.failedCalls, 0);
        QCOMPARE(direct.outcome.responses.size(), 6);
        QCOMPARE(direct.outcome.responses.count(QStringLiteral("Red")), 3);
        QVERIFY(direct.outcome.notes.isEmpty());
        QCOMPARE(direct.clusters.constFirst().count, 3);
        QCOMPARE(server.requests().size(), 2);
        QCOMPARE(nOf(server.requests()[0]), 4);
        QCOMPARE(nOf(server.requests()[1]), 2);
        QCOMPARE(f->lab.callsTotal(), 2);
    }

    void fallsBackWhenTheServerRefusesN()
    {
        LoopbackServer server;
        server.enqueue(LoopbackServer::Response::json(
            QByteArray(R"({"error":{"message":"Unsupported parameter: 'n'","param":"n","code":null}})"), 400));
        server.setFallback(completion({"Red"}));
        auto f = make(server);
        QVERIFY(run(f.get(), request(6, 3)));
        const LabColumn &direct = f->lab.columns().constFirst();
        QCOMPARE(direct.outcome.responses.size(), 6);
        QCOMPARE(direct.outcome.failedCalls, 0); // a refused batch is not a failed answer
        QVERIFY(direct.outcome.errors.isEmpty());
        QCOMPARE(direct.outcome.notes.size(), 1);
        QVERIFY2(direct.outcome.notes.first().contains(QStringLiteral("refused")), qPrintable(direct.outcome.notes[0]));
        // The refused call, then one call per answer: six of them, none asking for n again.
        QCOMPARE(server.requests().size(), 7);
        QCOMPARE(nOf(server.requests()[0]), 3);
        for (int i = 1; i < 7; ++i)
            QVERIFY(!server.requests()[i].json().contains(QStringLiteral("n")));
        QCOMPARE(f->lab.callsDone(), 7);
        QCOMPARE(f->lab.callsTotal(), 7);
    }

    void fallsBackWhenTheServerIgnoresN()
    {
        // Like Ollama's OpenAI-compatible endpoint: `n` accepted, one choice returned.
        LoopbackServer server;
        server.setFallback(completion({"Red"}));
        auto f = make(server);
        QVERIFY(run(f.get(), request(6, 3)));
        const LabColumn &direct = f->lab.columns().constFirst();
        QCOMPARE(direct.outcome.responses.size(), 6);
        QCOMPARE(direct.outcome.failedCalls, 0);
        QCOMPARE(direct.outcome.notes.size(), 1);
        QVERIFY2(direct.outcome.notes.first().contains(QStringLiteral("1 of the 3")),
                 qPrintable(direct.outcome.notes[0]));
        // One batched call that gave 1, then 5 single calls for the rest.
        QCOMPARE(server.requests().size(), 6);
        QCOMPARE(nOf(server.requests()[0]), 3);
    }

    void aFailedBatchIsCountedAsOneFailedCall()
    {
        LoopbackServer server;
        server.setFallback(
            LoopbackServer::Response::json(QByteArray(R"({"error":{"message":"Incorrect API key provided."}})"), 401));
        auto f = make(server);
        QVERIFY(run(f.get(), request(6, 3)));
        const LabColumn &direct = f->lab.columns().constFirst();
        QCOMPARE(direct.outcome.calls, 2);
        QCOMPARE(direct.outcome.failedCalls, 2);
        QVERIFY(direct.outcome.notes.isEmpty()); // a wrong key is not a refusal of n
        QCOMPARE(server.requests().size(), 2);
    }

    void geminiUsesCandidateCount()
    {
        LoopbackServer server;
        server.enqueue(LoopbackServer::Response::json(geminiReply({"Red", "Blue", "Red"})));
        auto f = make(server, QStringLiteral("gemini"));
        QVERIFY(run(f.get(), request(3, 3)));
        const LabColumn &direct = f->lab.columns().constFirst();
        QCOMPARE(direct.outcome.responses.size(), 3);
        QCOMPARE(direct.outcome.responses.count(QStringLiteral("Red")), 2);
        QCOMPARE(server.requests().size(), 1);
        const QJsonObject config = server.requests()[0].json().value(QStringLiteral("generationConfig")).toObject();
        QCOMPARE(config.value(QStringLiteral("candidateCount")).toInt(), 3);
    }

    void decodesRecordedNThreeReplies_data()
    {
        QTest::addColumn<QString>("fixture");
        QTest::addColumn<bool>("stream");
        QTest::addColumn<QStringList>("temperatures"); // what each recording's three choices say
        QTest::newRow("json") << QStringLiteral("fixtures/providers/openai/chat-completion-structured-n3.json") << false
                              << QStringList{QStringLiteral("64"), QStringLiteral("65"), QStringLiteral("63.0")};
        QTest::newRow("sse") << QStringLiteral("fixtures/providers/openai/chat-completion-stream-structured-n3.sse")
                             << true << QStringList{QStringLiteral("65"), QStringLiteral("61"), QStringLiteral("59")};
    }

    void decodesRecordedNThreeReplies()
    {
        VSLAB_REQUIRE_SHARED("fixtures/providers/openai");
        QFETCH(QString, fixture);
        QFETCH(bool, stream);
        QFETCH(QStringList, temperatures);
        LoopbackServer server;
        server.enqueue(LoopbackServer::Response::fixture(SharedData::path(fixture)));
        auto f = make(server, QStringLiteral("custom"), stream);
        QVERIFY(run(f.get(), request(3, 3)));
        const QStringList responses = f->lab.columns().constFirst().outcome.responses;
        QCOMPARE(responses.size(), 3);
        for (const QString &t : std::as_const(temperatures)) {
            const QString text = QStringLiteral(R"({"city":"San Francisco","temperature":%1,"units":"f"})").arg(t);
            QVERIFY2(responses.contains(text), qPrintable(responses.join(QLatin1Char('\n'))));
        }
    }

    void addsSemanticDiversityFromEmbeddings()
    {
        LoopbackServer server;
        server.enqueue(completion({"Red", "Red"}));
        server.enqueue(
            completion({R"({"responses":[{"text":"Blue","probability":0.6},{"text":"Green","probability":0.4}]})"}));
        // Three distinct texts, in order of first appearance: Red, Blue, Green (orthogonal unit vectors).
        server.enqueue(LoopbackServer::Response::json(QByteArray(
            R"({"object":"list","data":[{"object":"embedding","index":0,"embedding":[1,0,0]},)"
            R"({"object":"embedding","index":1,"embedding":[0,1,0]},{"object":"embedding","index":2,"embedding":[0,0,1]}],)"
            R"("model":"embed-small","usage":{"prompt_tokens":3,"total_tokens":3}})")));
        auto f = make(server);
        f->lab.setEmbeddingsModel(QStringLiteral("embed-small"));
        QVERIFY(run(f.get(), request(2, 2, {Method::Direct, Method::VsStandard})));
        QVERIFY(f->lab.embeddingsProblem().isEmpty());
        const QList<LabColumn> &cols = f->lab.columns();
        QCOMPARE(cols.size(), 2);
        QCOMPARE(cols[0].metrics.semanticDiversity.value_or(-1), 0.0);   // Red, Red: the same vector
        QCOMPARE(cols[1].metrics.semanticDiversity.value_or(-1), 100.0); // Blue, Green: orthogonal
        QCOMPARE(cols[1].metrics.toJson().value(QStringLiteral("semantic_diversity")).toDouble(), 100.0);
        const LoopbackServer::Request embed = server.requests().last();
        QVERIFY(embed.path().endsWith(QLatin1String("/embeddings")));
        QCOMPARE(embed.json().value(QStringLiteral("input")).toArray().size(), 3); // each text once
    }

    void embeddingsFailureKeepsTheComparison()
    {
        LoopbackServer server;
        server.enqueue(completion({"Red", "Blue"}));
        server.setFallback(
            LoopbackServer::Response::json(QByteArray(R"({"error":{"message":"model not found"}})"), 404));
        auto f = make(server);
        f->lab.setEmbeddingsModel(QStringLiteral("no-such-model"));
        QVERIFY(run(f.get(), request(2, 2)));
        QCOMPARE(f->lab.columns().constFirst().outcome.responses.size(), 2);
        QVERIFY(!f->lab.columns().constFirst().metrics.semanticDiversity);
        QVERIFY2(f->lab.embeddingsProblem().contains(QStringLiteral("404")), qPrintable(f->lab.embeddingsProblem()));
    }

    void theDemoModelHasNoEmbeddings()
    {
        ProviderRegistry providers{std::make_unique<MemorySecretStore>()};
        LabSession lab(&providers);
        lab.setEmbeddingsModel(QStringLiteral("any"));
        const Result<void> started = lab.start(request(2, 0));
        QVERIFY(!started);
        QVERIFY2(started.message().contains(QStringLiteral("embedding"), Qt::CaseInsensitive),
                 qPrintable(started.message()));
    }
};

QTEST_GUILESS_MAIN(TestCompareCalls)
#include "tst_comparecalls.moc"
