// SPDX-License-Identifier: Apache-2.0
// EmbeddingsJob against the loopback server replaying the recorded embeddings wire shapes (OpenAI floats and
// base64, Ollama /api/embed, Gemini batchEmbedContents), batching, the per-text cache, typed errors; and the pure
// semantic_diversity metric on hand-computed cases.
#include "LoopbackServer.h"
#include "metrics/Semantic.h"
#include "providers/EmbeddingsJob.h"
#include "SharedData.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

#include <cmath>

using namespace Qt::Literals::StringLiterals;
using Response = LoopbackServer::Response;

namespace {
const QString key = u"sk-embeddings-test-key-0123456789"_s;

QString fixture(const QString &name)
{
    return SharedData::path(u"fixtures/providers/"_s + name);
}

QJsonObject fixtureJson(const QString &name)
{
    QFile f(fixture(name));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(f.readAll()).object();
}

ProviderConfig configFor(const QString &preset, const QUrl &base)
{
    ProviderConfig c;
    c.presetId = preset;
    c.baseUrl = base.toString();
    c.apiKey = preset == u"ollama"_s ? QString() : key;
    c.retries = 0;
    c.stallTimeoutMs = 5000;
    return c;
}

struct Outcome
{
    bool finished = false;
    int finishedCount = 0;
    QList<QList<float>> vectors;
    std::optional<ProviderError> error;
};

Outcome run(EmbeddingsJob &job, int timeoutMs = 10000)
{
    Outcome out;
    QSignalSpy spy(&job, &EmbeddingsJob::finished);
    QObject::connect(&job, &EmbeddingsJob::finished, &job,
                     [&out](const QList<QList<float>> &vectors, const std::optional<ProviderError> &error) {
                         out.vectors = vectors;
                         out.error = error;
                         ++out.finishedCount;
                     });
    job.start();
    out.finished = spy.wait(timeoutMs);
    QTest::qWait(0); // a second finished() would be a bug
    return out;
}

double norm(const QList<float> &v)
{
    double s = 0;
    for (const float x : v)
        s += double(x) * double(x);
    return std::sqrt(s);
}

/// An OpenAI-style reply: vector i of the batch is {first + i, 1}.
QByteArray openAiReply(int first, int count)
{
    QJsonArray data;
    for (int i = 0; i < count; ++i)
        data.append(QJsonObject{
            {u"object"_s, u"embedding"_s}, {u"index"_s, i}, {u"embedding"_s, QJsonArray{double(first + i), 1.0}}});
    return QJsonDocument(QJsonObject{{u"object"_s, u"list"_s}, {u"data"_s, data}, {u"model"_s, u"m"_s}})
        .toJson(QJsonDocument::Compact);
}

QStringList inputOf(const LoopbackServer::Request &r)
{
    QStringList out;
    for (const QJsonValue &v : r.json().value(u"input"_s).toArray())
        out.append(v.toString());
    return out;
}
} // namespace

class TestEmbeddings : public QObject
{
    Q_OBJECT

    QNetworkAccessManager m_nam;

private Q_SLOTS:
    void semanticDiversity_data()
    {
        QTest::addColumn<QList<QList<float>>>("vectors");
        QTest::addColumn<double>("expected");
        QTest::newRow("none") << QList<QList<float>>{} << 0.0;
        QTest::newRow("one") << QList<QList<float>>{{1, 0}} << 0.0;
        QTest::newRow("orthogonal") << QList<QList<float>>{{1, 0, 0}, {0, 2, 0}, {0, 0, 3}} << 100.0;
        QTest::newRow("identical") << QList<QList<float>>{{0.6f, 0.8f}, {0.6f, 0.8f}, {3, 4}} << 0.0;
        // cos = -1 is clipped to 0: distance 1, not 2.
        QTest::newRow("opposite clipped") << QList<QList<float>>{{1, 0}, {-1, 0}} << 100.0;
        // pairs (a,a') 0, (a,b) 1, (a',b) 1: mean 2/3.
        QTest::newRow("two alike, one apart") << QList<QList<float>>{{1, 0}, {2, 0}, {0, 1}} << 200.0 / 3.0;
        // 45°: 1 - 1/√2.
        QTest::newRow("45 degrees") << QList<QList<float>>{{1, 0}, {1, 1}} << 100.0 * (1.0 - 1.0 / std::sqrt(2.0));
        QTest::newRow("zero vector") << QList<QList<float>>{{0, 0}, {1, 0}} << 100.0;
    }
    void semanticDiversity()
    {
        QFETCH(QList<QList<float>>, vectors);
        QFETCH(double, expected);
        QVERIFY2(std::abs(Metrics::semanticDiversity(vectors) - expected) < 1e-4,
                 qPrintable(QString::number(Metrics::semanticDiversity(vectors))));
    }

    void endpoints()
    {
        ProviderConfig c;
        c.presetId = u"ollama"_s;
        c.baseUrl = u"http://localhost:11434/v1"_s;
        QCOMPARE(EmbeddingsJob::endpoint(c, u"all-minilm"_s), QUrl(u"http://localhost:11434/api/embed"_s));
        c.baseUrl = u"http://gpu-box:11434/"_s; // normalized to /v1 first, then the /v1 is dropped
        QCOMPARE(EmbeddingsJob::endpoint(c, u"all-minilm"_s), QUrl(u"http://gpu-box:11434/api/embed"_s));
        c.presetId = u"openai"_s;
        c.baseUrl = u"https://api.openai.com/v1"_s;
        QCOMPARE(EmbeddingsJob::endpoint(c, u"text-embedding-3-small"_s),
                 QUrl(u"https://api.openai.com/v1/embeddings"_s));
        c.presetId = u"gemini"_s;
        c.baseUrl = u"https://generativelanguage.googleapis.com"_s;
        QCOMPARE(EmbeddingsJob::endpoint(c, u"models/text-embedding-004"_s),
                 QUrl(u"https://generativelanguage.googleapis.com/v1beta/models/"
                      "text-embedding-004:batchEmbedContents"_s));
        c.presetId = u"demo"_s;
        QVERIFY(!EmbeddingsJob::endpoint(c, u"x"_s).isValid());
    }

    void openAiFloats()
    {
        VSLAB_REQUIRE_SHARED("fixtures/providers/openai");
        LoopbackServer server;
        server.enqueue(Response::fixture(fixture(u"openai/embeddings.json"_s)));
        const QJsonObject recorded = fixtureJson(u"openai/embeddings.request.json"_s);
        const QString text = recorded.value(u"input"_s).toString();
        EmbeddingsJob job(configFor(u"openai"_s, server.url(u"/v1"_s)), &m_nam, recorded.value(u"model"_s).toString(),
                          {text});
        const Outcome o = run(job);
        QVERIFY(o.finished);
        QCOMPARE(o.finishedCount, 1);
        QVERIFY2(!o.error, o.error ? qPrintable(o.error->message) : "");
        QCOMPARE(o.vectors.size(), 1);
        QCOMPARE(o.vectors.first(), (QList<float>{0.0023064255f, -0.009327292f, -0.0028842222f}));

        QCOMPARE(server.requests().size(), 1);
        const LoopbackServer::Request r = server.requests().first();
        QCOMPARE(r.method, QByteArray("POST"));
        QCOMPARE(r.path(), u"/v1/embeddings"_s);
        QCOMPARE(r.header("authorization"), "Bearer " + key.toUtf8());
        QCOMPARE(r.header("content-type"), QByteArray("application/json"));
        // Same model and encoding as recorded; the input always goes as an array (batched).
        const QJsonObject sent = r.json();
        QCOMPARE(sent.value(u"model"_s), recorded.value(u"model"_s));
        QCOMPARE(sent.value(u"encoding_format"_s), recorded.value(u"encoding_format"_s));
        QCOMPARE(sent.value(u"input"_s).toArray(), QJsonArray{text});
    }

    void openAiBase64()
    {
        VSLAB_REQUIRE_SHARED("fixtures/providers/openai");
        LoopbackServer server;
        server.enqueue(Response::fixture(fixture(u"openai/embeddings-base64.json"_s)));
        EmbeddingsJob job(configFor(u"openai"_s, server.url(u"/v1"_s)), &m_nam, u"text-embedding-3-small"_s,
                          {u"Hello, world!"_s});
        const Outcome o = run(job);
        QVERIFY2(o.finished && !o.error, o.error ? qPrintable(o.error->message) : "no finish");
        QCOMPARE(o.vectors.size(), 1);
        QCOMPARE(o.vectors.first().size(), 1536);                // 8192 base64 chars = 6144 bytes = 1536 float32
        QVERIFY(std::abs(norm(o.vectors.first()) - 1.0) < 1e-3); // the recording's vectors are unit length
    }

    void openAiBase64Multi()
    {
        VSLAB_REQUIRE_SHARED("fixtures/providers/openai");
        LoopbackServer server;
        server.enqueue(Response::fixture(fixture(u"openai/embeddings-base64-multi.json"_s)));
        const QJsonObject recorded = fixtureJson(u"openai/embeddings-base64-multi.request.json"_s);
        QStringList texts;
        for (const QJsonValue &v : recorded.value(u"input"_s).toArray())
            texts.append(v.toString());
        QCOMPARE(texts.size(), 3);
        EmbeddingsJob job(configFor(u"openai"_s, server.url(u"/v1"_s)), &m_nam, recorded.value(u"model"_s).toString(),
                          texts);
        const Outcome o = run(job);
        QVERIFY2(o.finished && !o.error, o.error ? qPrintable(o.error->message) : "no finish");
        QCOMPARE(o.vectors.size(), 3);
        for (const QList<float> &v : o.vectors) {
            QCOMPARE(v.size(), 456);
            QVERIFY(std::abs(norm(v) - 1.0) < 1e-3);
        }
        QCOMPARE(server.requests().size(), 1);
        QCOMPARE(server.requests().first().json().value(u"input"_s), recorded.value(u"input"_s));
        // Floats are asked for, whatever the recorded client asked.
        QCOMPARE(server.requests().first().json().value(u"encoding_format"_s).toString(), u"float"_s);
    }

    void ollamaNative_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("one input") << u"embed"_s;
        QTest::newRow("multiple input") << u"embed-multi"_s;
    }
    void ollamaNative()
    {
        QFETCH(QString, name);
        VSLAB_REQUIRE_SHARED("fixtures/providers/ollama");
        LoopbackServer server;
        server.enqueue(Response::fixture(fixture(u"ollama/"_s + name + u".json"_s)));
        const QJsonObject recorded = fixtureJson(u"ollama/"_s + name + u".request.json"_s);
        const QJsonValue input = recorded.value(u"input"_s);
        QStringList texts;
        if (input.isString())
            texts.append(input.toString());
        for (const QJsonValue &v : input.toArray())
            texts.append(v.toString());
        // The preset's base URL is the OpenAI-compatible /v1; embeddings go to the native /api/embed beside it.
        EmbeddingsJob job(configFor(u"ollama"_s, server.url(u"/v1"_s)), &m_nam, recorded.value(u"model"_s).toString(),
                          texts);
        const Outcome o = run(job);
        QVERIFY2(o.finished && !o.error, o.error ? qPrintable(o.error->message) : "no finish");
        QCOMPARE(o.vectors.size(), texts.size());
        QCOMPARE(o.vectors.first().size(), 10);
        QCOMPARE(o.vectors.first().first(), 0.010071029f);
        if (texts.size() > 1)
            QCOMPARE(o.vectors[1].first(), -0.0098027075f);

        QCOMPARE(server.requests().size(), 1);
        const LoopbackServer::Request r = server.requests().first();
        QCOMPARE(r.path(), u"/api/embed"_s);
        QVERIFY(!r.hasHeader("authorization")); // no key for a local Ollama
        QCOMPARE(r.json().value(u"model"_s), recorded.value(u"model"_s));
        QCOMPARE(inputOf(r), texts);
        if (input.isArray())
            QCOMPARE(r.json(), recorded);
    }

    void gemini()
    {
        VSLAB_REQUIRE_SHARED("fixtures/providers/gemini");
        // No full batchEmbedContents reply was recorded: this one follows the shape the README documents,
        // {"embeddings":[{"values":[…]}]}.
        LoopbackServer server;
        server.enqueue(Response::json(QByteArray(R"({"embeddings": [{"values": [0.25, -0.5, 0.125]}]})")));
        const QJsonObject recorded = fixtureJson(u"gemini/batch-embed-contents-legacy.request.json"_s);
        const QJsonObject first = recorded.value(u"requests"_s).toArray().first().toObject();
        const QString text = first.value(u"content"_s)
                                 .toObject()
                                 .value(u"parts"_s)
                                 .toArray()
                                 .first()
                                 .toObject()
                                 .value(u"text"_s)
                                 .toString();
        QVERIFY(!text.isEmpty());
        EmbeddingsJob job(configFor(u"gemini"_s, server.url()), &m_nam, first.value(u"model"_s).toString(), {text});
        const Outcome o = run(job);
        QVERIFY2(o.finished && !o.error, o.error ? qPrintable(o.error->message) : "no finish");
        QCOMPARE(o.vectors, (QList<QList<float>>{{0.25f, -0.5f, 0.125f}}));

        QCOMPARE(server.requests().size(), 1);
        const LoopbackServer::Request r = server.requests().first();
        QCOMPARE(r.path(), u"/v1beta/models/embedding-001:batchEmbedContents"_s);
        QCOMPARE(r.header("x-goog-api-key"), key.toUtf8());
        QVERIFY(!r.target.contains(key.toUtf8()));
        QCOMPARE(r.json(), recorded);
    }

    void geminiUnknownModel()
    {
        VSLAB_REQUIRE_SHARED("fixtures/providers/gemini");
        LoopbackServer server;
        server.enqueue(Response::fixture(fixture(u"gemini/error-404-unknown-model.json"_s)).withStatus(404));
        EmbeddingsJob job(configFor(u"gemini"_s, server.url()), &m_nam, u"text-embedding-999"_s, {u"a"_s});
        const Outcome o = run(job);
        QVERIFY(o.finished && o.error);
        QCOMPARE(o.error->code, ProviderError::Code::ModelNotFound);
        QVERIFY2(o.error->message.contains(u"text-embedding-999"_s), qPrintable(o.error->message));
        QVERIFY(o.vectors.isEmpty());
    }

    void geminiKeyInvalid()
    {
        VSLAB_REQUIRE_SHARED("fixtures/providers/gemini");
        LoopbackServer server;
        server.enqueue(Response::fixture(fixture(u"gemini/error-400-api-key.json"_s)).withStatus(400));
        EmbeddingsJob job(configFor(u"gemini"_s, server.url()), &m_nam, u"text-embedding-004"_s, {u"a"_s});
        const Outcome o = run(job);
        QVERIFY(o.finished && o.error);
        QCOMPARE(o.error->code, ProviderError::Code::KeyRejected);
        QVERIFY(!o.error->message.contains(key));
    }

    void batching()
    {
        LoopbackServer server;
        server.enqueue(Response::json(openAiReply(0, 64)));
        server.enqueue(Response::json(openAiReply(64, 6)));
        QStringList texts;
        for (int i = 0; i < 70; ++i)
            texts.append(u"text %1"_s.arg(i));
        EmbeddingsJob job(configFor(u"custom"_s, server.url(u"/v1"_s)), &m_nam, u"m"_s, texts);
        QCOMPARE(job.batchSize(), 64);
        const Outcome o = run(job);
        QVERIFY2(o.finished && !o.error, o.error ? qPrintable(o.error->message) : "no finish");
        QCOMPARE(server.requests().size(), 2);
        QCOMPARE(inputOf(server.requests()[0]), texts.mid(0, 64));
        QCOMPARE(inputOf(server.requests()[1]), texts.mid(64));
        QCOMPARE(o.vectors.size(), 70);
        for (int i = 0; i < 70; ++i)
            QCOMPARE(o.vectors[i], (QList<float>{float(i), 1.0f}));
    }

    void outOfOrderIndex()
    {
        LoopbackServer server;
        server.enqueue(Response::json(QByteArray(R"({"data":[{"index":1,"embedding":[0,1]},)"
                                                 R"({"index":0,"embedding":[1,0]}]})")));
        EmbeddingsJob job(configFor(u"custom"_s, server.url(u"/v1"_s)), &m_nam, u"m"_s, {u"a"_s, u"b"_s});
        const Outcome o = run(job);
        QVERIFY2(o.finished && !o.error, o.error ? qPrintable(o.error->message) : "no finish");
        QCOMPARE(o.vectors, (QList<QList<float>>{{1, 0}, {0, 1}}));
    }

    void cache()
    {
        LoopbackServer server;
        auto shared = std::make_shared<EmbeddingsCache>();
        const ProviderConfig config = configFor(u"custom"_s, server.url(u"/v1"_s));
        server.enqueue(Response::json(openAiReply(0, 2)));
        {
            // A repeated text is sent once and gets the same vector.
            EmbeddingsJob job(config, &m_nam, u"m"_s, {u"a"_s, u"b"_s, u"a"_s}, shared);
            const Outcome o = run(job);
            QVERIFY2(o.finished && !o.error, o.error ? qPrintable(o.error->message) : "no finish");
            QCOMPARE(o.vectors, (QList<QList<float>>{{0, 1}, {1, 1}, {0, 1}}));
            QCOMPARE(server.requests().size(), 1);
            QCOMPARE(inputOf(server.requests().last()), (QStringList{u"a"_s, u"b"_s}));
        }
        server.enqueue(Response::json(openAiReply(7, 1)));
        {
            // Only the new text goes out.
            EmbeddingsJob job(config, &m_nam, u"m"_s, {u"b"_s, u"c"_s}, shared);
            const Outcome o = run(job);
            QVERIFY2(o.finished && !o.error, o.error ? qPrintable(o.error->message) : "no finish");
            QCOMPARE(o.vectors, (QList<QList<float>>{{1, 1}, {7, 1}}));
            QCOMPARE(server.requests().size(), 2);
            QCOMPARE(inputOf(server.requests().last()), QStringList{u"c"_s});
        }
        {
            // Everything cached: no request at all.
            EmbeddingsJob job(config, &m_nam, u"m"_s, {u"c"_s, u"a"_s}, shared);
            const Outcome o = run(job);
            QVERIFY(o.finished && !o.error);
            QCOMPARE(o.vectors, (QList<QList<float>>{{7, 1}, {0, 1}}));
            QCOMPARE(server.requests().size(), 2);
        }
        // Another model is another cache entry.
        server.enqueue(Response::json(openAiReply(9, 1)));
        EmbeddingsJob other(config, &m_nam, u"m2"_s, {u"a"_s}, shared);
        const Outcome o = run(other);
        QVERIFY(o.finished && !o.error);
        QCOMPARE(o.vectors, (QList<QList<float>>{{9, 1}}));
        QCOMPARE(server.requests().size(), 3);
        QCOMPARE(shared->size(), 4);
    }

    void keyRejected()
    {
        LoopbackServer server;
        server.enqueue(Response::json(
            QByteArray(
                R"({"error":{"message":"Incorrect API key provided: sk-embe*****6789","type":"invalid_request_error",)"
                R"("code":"invalid_api_key"}})"),
            401));
        const ProviderConfig config = configFor(u"openai"_s, server.url(u"/v1"_s));
        EmbeddingsJob job(config, &m_nam, u"text-embedding-3-small"_s, {u"a"_s});
        const Outcome o = run(job);
        QVERIFY(o.finished && o.error);
        QCOMPARE(o.error->code, ProviderError::Code::KeyRejected);
        QCOMPARE(o.error->httpStatus, 401);
        const QString url = server.url(u"/v1/embeddings"_s).toString();
        QVERIFY2(o.error->message.contains(url), qPrintable(o.error->message));
        QVERIFY2(!o.error->message.contains(key), qPrintable(o.error->message));
        QVERIFY(o.vectors.isEmpty());
    }

    void ollamaUnknownModel()
    {
        LoopbackServer server;
        server.enqueue(
            Response::json(QByteArray("{\"error\":\"model 'nomic' not found, try pulling it first\"}"), 404));
        EmbeddingsJob job(configFor(u"ollama"_s, server.url(u"/v1"_s)), &m_nam, u"nomic"_s, {u"a"_s});
        const Outcome o = run(job);
        QVERIFY(o.finished && o.error);
        QCOMPARE(o.error->code, ProviderError::Code::ModelNotFound);
        QVERIFY2(o.error->message.contains(u"/api/embed"_s), qPrintable(o.error->message));
    }

    void malformed_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("not JSON") << QByteArray("<html>proxy error</html>");
        QTest::newRow("no data") << QByteArray(R"({"object":"list"})");
        QTest::newRow("too few vectors") << QByteArray(R"({"data":[{"index":0,"embedding":[1,2]}]})");
        QTest::newRow("strings in vector") << QByteArray(R"({"data":[{"index":0,"embedding":["x"]},)"
                                                         R"({"index":1,"embedding":[1]}]})");
        QTest::newRow("bad base64") << QByteArray(R"({"data":[{"index":0,"embedding":"@@@"},)"
                                                  R"({"index":1,"embedding":[1]}]})");
        QTest::newRow("repeated index") << QByteArray(R"({"data":[{"index":0,"embedding":[1]},)"
                                                      R"({"index":0,"embedding":[1]}]})");
    }
    void malformed()
    {
        QFETCH(QByteArray, body);
        LoopbackServer server;
        server.enqueue(Response::json(body));
        EmbeddingsJob job(configFor(u"custom"_s, server.url(u"/v1"_s)), &m_nam, u"m"_s, {u"a"_s, u"b"_s});
        const Outcome o = run(job);
        QVERIFY(o.finished && o.error);
        QCOMPARE(o.error->code, ProviderError::Code::BadResponse);
        QVERIFY2(o.error->message.contains(u"/v1/embeddings"_s), qPrintable(o.error->message));
        QVERIFY(o.vectors.isEmpty());
    }

    void unsupportedProviders_data()
    {
        QTest::addColumn<QString>("preset");
        QTest::addColumn<QString>("says");
        QTest::newRow("demo") << u"demo"_s << u"demo model has no embeddings"_s;
        QTest::newRow("anthropic") << u"anthropic"_s << u"no embeddings endpoint"_s;
    }
    void unsupportedProviders()
    {
        QFETCH(QString, preset);
        QFETCH(QString, says);
        LoopbackServer server;
        EmbeddingsJob job(configFor(preset, server.url()), &m_nam, u"x"_s, {u"a"_s, u"b"_s});
        const Outcome o = run(job);
        QVERIFY(o.finished && o.error);
        QCOMPARE(o.finishedCount, 1);
        QCOMPARE(o.error->code, ProviderError::Code::BadRequest);
        QVERIFY2(o.error->message.contains(says), qPrintable(o.error->message));
        QVERIFY(EmbeddingsJob::unsupported(configFor(preset, server.url())));
        QCOMPARE(server.requests().size(), 0);
    }

    void missingKey()
    {
        LoopbackServer server;
        ProviderConfig config = configFor(u"openai"_s, QUrl(u"https://api.openai.example/v1"_s));
        config.apiKey.clear();
        EmbeddingsJob job(config, &m_nam, u"text-embedding-3-small"_s, {u"a"_s});
        const Outcome o = run(job);
        QVERIFY(o.finished && o.error);
        QCOMPARE(o.error->code, ProviderError::Code::NoApiKey);
        QVERIFY2(o.error->message.contains(u"/v1/embeddings"_s), qPrintable(o.error->message));
    }

    void cancel()
    {
        LoopbackServer server;
        server.enqueue(Response::json(openAiReply(0, 1)).delayed(5000));
        EmbeddingsJob job(configFor(u"custom"_s, server.url(u"/v1"_s)), &m_nam, u"m"_s, {u"a"_s});
        QSignalSpy spy(&job, &EmbeddingsJob::finished);
        job.start();
        QVERIFY(server.waitForRequests(1));
        job.cancel();
        QCOMPARE(spy.count(), 1);
        const auto error = spy.first().at(1).value<std::optional<ProviderError>>();
        QVERIFY(error);
        QCOMPARE(error->code, ProviderError::Code::Cancelled);
        QTest::qWait(50);
        QCOMPARE(spy.count(), 1);
    }
};

QTEST_GUILESS_MAIN(TestEmbeddings)
#include "tst_embeddings.moc"
