// SPDX-License-Identifier: Apache-2.0
// Three views of one distribution: recorded logprob payloads decode into the right probabilities, total variation on
// hand-computed cases, the token-level view of direct calls, and a server that refuses logprobs.
#include "LabTestKit.h"
#include "LoopbackServer.h"
#include "metrics/Metrics.h"
#include "providers/OpenAiWire.h"
#include "session/LabSession.h"
#include "session/ProviderRegistry.h"
#include "SharedData.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>

#include <cmath>

Q_DECLARE_METATYPE(CompareResult)

namespace {
bool near(double a, double b, double eps = 1e-9)
{
    return std::abs(a - b) < eps;
}

QJsonObject readJson(const QString &relative)
{
    QFile f(SharedData::path(relative));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(f.readAll()).object();
}

/// A one-choice OpenAI completion whose tokens have these log-probabilities (the first with alternatives).
QByteArray completion(const QString &text, const QList<double> &logprobs, const QList<TokenAlternative> &first)
{
    QJsonArray tokens;
    for (qsizetype i = 0; i < logprobs.size(); ++i) {
        QJsonArray top;
        if (i == 0) {
            for (const TokenAlternative &a : first)
                top.append(QJsonObject{{QStringLiteral("token"), a.token}, {QStringLiteral("logprob"), a.logprob}});
        }
        tokens.append(QJsonObject{{QStringLiteral("token"), text.mid(i, 1)},
                                  {QStringLiteral("logprob"), logprobs[i]},
                                  {QStringLiteral("top_logprobs"), top}});
    }
    const QJsonObject choice{
        {QStringLiteral("index"), 0},
        {QStringLiteral("message"),
         QJsonObject{{QStringLiteral("role"), QStringLiteral("assistant")}, {QStringLiteral("content"), text}}},
        {QStringLiteral("logprobs"), QJsonObject{{QStringLiteral("content"), tokens}}},
        {QStringLiteral("finish_reason"), QStringLiteral("stop")}};
    return QJsonDocument(QJsonObject{{QStringLiteral("choices"), QJsonArray{choice}}}).toJson(QJsonDocument::Compact);
}
} // namespace

class TestThreeViews : public QObject
{
    Q_OBJECT

    using Fixture = LabTestKit::Fixture;

    static std::unique_ptr<Fixture> make(const LoopbackServer &server, const QString &preset = QStringLiteral("custom"),
                                         bool stream = false)
    {
        return LabTestKit::make(server, preset, stream);
    }

    static CompareRequest request(int n, QList<Method> methods = {Method::Direct})
    {
        CompareRequest r;
        r.prompt = QStringLiteral("Name a colour");
        r.n = n;
        r.methods = std::move(methods);
        r.answersPerCall = 1;
        r.concurrency = 1;
        r.topLogprobs = 5;
        r.settings.k = 2;
        r.settings.seed = 3;
        return r;
    }

    static bool run(Fixture *f, const CompareRequest &r) { return f && LabTestKit::run(*f, r); }

private Q_SLOTS:
    void initTestCase() { qRegisterMetaType<CompareResult>(); }

    void totalVariationByHand()
    {
        const QHash<QString, double> p{{QStringLiteral("a"), 0.5}, {QStringLiteral("b"), 0.5}};
        const QHash<QString, double> q{{QStringLiteral("a"), 0.25}, {QStringLiteral("c"), 0.75}};
        // |0.5-0.25| + |0.5-0| + |0-0.75| = 1.5, halved.
        QVERIFY(near(Metrics::totalVariation(p, q), 0.75));
        QVERIFY(near(Metrics::totalVariation(q, p), 0.75));
        QVERIFY(near(Metrics::totalVariation(p, p), 0.0));
        QVERIFY(near(Metrics::totalVariation(p, {{QStringLiteral("z"), 1.0}}), 1.0)); // disjoint
    }

    void recordedOpenAiLogprobsDecode()
    {
        VSLAB_REQUIRE_SHARED("fixtures/providers/openai/chat-completion-logprobs.json");
        const QJsonObject reply = readJson(QStringLiteral("fixtures/providers/openai/chat-completion-logprobs.json"));
        const QJsonValue content = reply.value(QStringLiteral("choices"))
                                       .toArray()
                                       .first()
                                       .toObject()
                                       .value(QStringLiteral("logprobs"))
                                       .toObject()
                                       .value(QStringLiteral("content"));
        const ChoiceLogprobs lp = OpenAiWire::tokenLogprobs(content);
        QCOMPARE(lp.tokens, 9);
        QVERIFY(near(lp.sum, -0.4074576214832, 1e-9)); // the nine recorded values, summed by hand
        QCOMPARE(lp.first.size(), 2);
        QCOMPARE(lp.first[0].token, QStringLiteral("Hello"));
        QVERIFY(near(std::exp(lp.first[0].logprob), std::exp(-0.31725305)));
        QCOMPARE(lp.first[1].token, QStringLiteral("Hi"));
        QVERIFY(near(std::exp(lp.first[1].logprob), 0.26739, 1e-5)); // e^-1.3190403
    }

    void recordedOllamaLogprobsDecode()
    {
        VSLAB_REQUIRE_SHARED("fixtures/providers/ollama/chat-logprobs.json");
        const QJsonObject reply = readJson(QStringLiteral("fixtures/providers/ollama/chat-logprobs.json"));
        const ChoiceLogprobs lp = OpenAiWire::tokenLogprobs(reply.value(QStringLiteral("logprobs")));
        QCOMPARE(lp.tokens, 1);
        QVERIFY(near(std::exp(lp.sum), 0.904837, 1e-6)); // e^-0.1
        QCOMPARE(lp.first.size(), 2);
        QCOMPARE(lp.first[1].token, QStringLiteral("Hi"));
        QVERIFY(near(std::exp(lp.first[1].logprob), 0.367879, 1e-6)); // e^-1
    }

    void recordedReplyThroughTheLab_data()
    {
        QTest::addColumn<QString>("fixture");
        QTest::addColumn<bool>("stream");
        QTest::addColumn<QString>("text");
        QTest::addColumn<double>("sum");
        QTest::newRow("json") << QStringLiteral("fixtures/providers/openai/chat-completion-logprobs.json") << false
                              << QStringLiteral("Hello! How can I assist you today?") << -0.4074576214832;
        QTest::newRow("sse") << QStringLiteral("fixtures/providers/openai/chat-completion-stream-logprobs.sse") << true
                             << QStringLiteral("Foo!") << -0.2688978782;
    }

    void recordedReplyThroughTheLab()
    {
        VSLAB_REQUIRE_SHARED("fixtures/providers/openai");
        QFETCH(QString, fixture);
        QFETCH(bool, stream);
        QFETCH(QString, text);
        QFETCH(double, sum);
        LoopbackServer server;
        server.enqueue(LoopbackServer::Response::fixture(SharedData::path(fixture)));
        auto f = make(server, QStringLiteral("custom"), stream);
        QVERIFY(run(f.get(), request(1)));
        const LabColumn &direct = f->lab.columns().constFirst();
        QCOMPARE(direct.outcome.responses, QStringList{text});
        QCOMPARE(direct.outcome.tokenLogprob.size(), 1);
        QVERIFY(near(direct.outcome.tokenLogprob[0], sum, 1e-9));
        QCOMPARE(direct.tokenProbability.size(), 1);
        QVERIFY(near(direct.tokenProbability[0], std::exp(sum), 1e-9));
        const QJsonObject body = server.requests().first().json();
        QCOMPARE(body.value(QStringLiteral("logprobs")).toBool(), true);
        QCOMPARE(body.value(QStringLiteral("top_logprobs")).toInt(), 5);
    }

    void geminiLogprobsResultDecodes()
    {
        // The shape Gemini documents for responseLogprobs (no recorded reply exists, see the fixtures' README).
        const QByteArray reply = R"({"candidates":[{"index":0,"content":{"role":"model","parts":[{"text":"Red"}]},
            "finishReason":"STOP","logprobsResult":{
              "topCandidates":[{"candidates":[{"token":"Red","logProbability":-0.5},{"token":"Blue","logProbability":-1.5}]}],
              "chosenCandidates":[{"token":"Red","logProbability":-0.5}]}}]})";
        LoopbackServer server;
        server.enqueue(LoopbackServer::Response::json(reply));
        auto f = make(server, QStringLiteral("gemini"));
        QVERIFY(run(f.get(), request(1)));
        const LabColumn &direct = f->lab.columns().constFirst();
        QVERIFY(near(direct.tokenProbability.value(0), std::exp(-0.5)));
        QCOMPARE(direct.outcome.firstToken.size(), 2);
        QCOMPARE(direct.outcome.firstToken[1].token, QStringLiteral("Blue"));
        const QJsonObject config =
            server.requests().first().json().value(QStringLiteral("generationConfig")).toObject();
        QCOMPARE(config.value(QStringLiteral("responseLogprobs")).toBool(), true);
        QCOMPARE(config.value(QStringLiteral("logprobs")).toInt(), 5);
    }

    void threeViewsAndTheirDistances()
    {
        // Direct: Red, Red, Blue (observed 2/3, 1/3); token-level p(Red) = 0.6, p(Blue) = 0.2 → normalized 0.75 / 0.25.
        // VS: one call stating Red 0.5, Green 0.5.
        LoopbackServer server;
        server.enqueue(LoopbackServer::Response::json(
            completion(QStringLiteral("Red"), {std::log(0.6)},
                       {{QStringLiteral("Red"), std::log(0.6)}, {QStringLiteral("Blue"), std::log(0.2)}})));
        server.enqueue(LoopbackServer::Response::json(completion(QStringLiteral("Red"), {std::log(0.6)}, {})));
        // Calls interleave by fraction done: direct 1, direct 2, then the VS call (at the middle), direct 3.
        server.enqueue(LoopbackServer::Response::json(completion(
            QStringLiteral(R"({"responses":[{"text":"Red","probability":0.5},{"text":"Green","probability":0.5}]})"),
            {}, {})));
        server.enqueue(LoopbackServer::Response::json(completion(QStringLiteral("Blue"), {std::log(0.2)}, {})));
        auto f = make(server);
        CompareRequest r = request(3, {Method::Direct, Method::VsStandard});
        r.settings.k = 3; // one VS call for 3 responses
        QVERIFY(run(f.get(), r));
        const LabCalibration c = f->lab.calibration();
        // stated {Red .5, Green .5} vs observed {Red 2/3, Blue 1/3}: (1/6 + 1/2 + 1/3) / 2 = 0.5
        QVERIFY(c.statedObserved);
        QVERIFY(near(*c.statedObserved, 0.5));
        // observed {Red 2/3, Blue 1/3} vs token {Red .75, Blue .25}: (1/12 + 1/12) / 2 = 1/12
        QVERIFY(c.observedToken);
        QVERIFY(near(*c.observedToken, 1.0 / 12.0));
        QCOMPARE(c.rows.size(), 3);
        QCOMPARE(c.rows[0].text, QStringLiteral("Red"));
        QVERIFY(near(c.rows[0].token, 0.75));
        QCOMPARE(f->lab.columns().constFirst().outcome.firstToken.size(), 2);
        // VS calls never ask for log-probabilities.
        for (const LoopbackServer::Request &req : server.requests()) {
            const bool vs = req.json()
                                .value(QStringLiteral("messages"))
                                .toArray()
                                .first()
                                .toObject()
                                .value(QStringLiteral("content"))
                                .toString()
                                .contains(QStringLiteral("probabilit"));
            QVERIFY(!vs || !req.json().contains(QStringLiteral("logprobs")));
        }
    }

    void aServerThatRefusesLogprobsStillAnswers()
    {
        LoopbackServer server;
        server.enqueue(LoopbackServer::Response::json(
            QByteArray(R"({"error":{"message":"logprobs is not supported for this model","param":"logprobs"}})"), 400));
        server.setFallback(LoopbackServer::Response::json(completion(QStringLiteral("Red"), {}, {})));
        auto f = make(server);
        QVERIFY(run(f.get(), request(2)));
        const LabColumn &direct = f->lab.columns().constFirst();
        QCOMPARE(direct.outcome.responses.size(), 2);
        QCOMPARE(direct.outcome.failedCalls, 0);
        QVERIFY(direct.tokenProbability.isEmpty());
        QCOMPARE(direct.outcome.notes.size(), 1);
        QVERIFY2(direct.outcome.notes.first().contains(QStringLiteral("refused token log-probabilities")),
                 qPrintable(direct.outcome.notes.first()));
        QCOMPARE(server.requests().size(), 3);
        QVERIFY(!server.requests()[1].json().contains(QStringLiteral("logprobs")));
        QVERIFY(!f->lab.calibration().observedToken);
    }

    void aServerWithoutLogprobsSaysSo()
    {
        LoopbackServer server;
        server.setFallback(LoopbackServer::Response::json(completion(QStringLiteral("Red"), {}, {})));
        auto f = make(server);
        QVERIFY(run(f.get(), request(2)));
        const LabColumn &direct = f->lab.columns().constFirst();
        QCOMPARE(direct.outcome.notes.size(), 1);
        QVERIFY2(direct.outcome.notes.first().contains(QStringLiteral("no token log-probabilities")),
                 qPrintable(direct.outcome.notes.first()));
    }
};

QTEST_GUILESS_MAIN(TestThreeViews)
#include "tst_threeviews.moc"
