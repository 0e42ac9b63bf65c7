// SPDX-License-Identifier: Apache-2.0
// Every provider × streaming / non-streaming × structured on / off, through the real provider classes, against the
// loopback server replaying the recorded wire fixtures byte for byte.
#include "LoopbackServer.h"
#include "providers/Provider.h"
#include "ProviderTestKit.h"
#include "SharedData.h"

#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using Response = LoopbackServer::Response;

namespace {
const QString key = u"sk-loopback-test-key-0123456789"_s;

QString fixture(const QString &name)
{
    return SharedData::path(u"fixtures/providers/"_s + name);
}

QJsonObject candidatesSchema()
{
    const QJsonObject item{{u"type"_s, u"object"_s},
                           {u"properties"_s, QJsonObject{{u"text"_s, QJsonObject{{u"type"_s, u"string"_s}}},
                                                         {u"probability"_s, QJsonObject{{u"type"_s, u"number"_s}}}}},
                           {u"required"_s, QJsonArray{u"text"_s, u"probability"_s}},
                           {u"additionalProperties"_s, false}};
    return {{u"title"_s, u"VS candidates"_s},
            {u"type"_s, u"object"_s},
            {u"properties"_s, QJsonObject{{u"responses"_s, QJsonObject{{u"type"_s, u"array"_s}, {u"items"_s, item}}}}},
            {u"required"_s, QJsonArray{u"responses"_s}},
            {u"additionalProperties"_s, false}};
}

ChatRequest conversation(bool structured)
{
    ChatRequest r;
    r.messages = {{ChatMessage::Role::System, u"You are a test."_s},
                  {ChatMessage::Role::User, u"Name a US state."_s},
                  {ChatMessage::Role::Assistant, u"Texas"_s},
                  {ChatMessage::Role::User, u"Another one, \u00e9t\u00e9 \u4e16\u754c."_s}};
    r.temperature = 0.7;
    r.maxTokens = 1234;
    if (structured)
        r.jsonSchema = candidatesSchema();
    return r;
}

ProviderConfig configFor(const QString &preset, const QUrl &base, bool stream)
{
    ProviderConfig c;
    c.presetId = preset;
    c.baseUrl = base.toString();
    c.apiKey = preset == u"ollama"_s ? QString() : key;
    c.model = preset == u"anthropic"_s ? u"claude-sonnet-4-5"_s
              : preset == u"gemini"_s  ? u"gemini-2.0-flash"_s
                                       : u"gpt-4o-mini"_s;
    c.stream = stream;
    c.retries = 0;
    c.stallTimeoutMs = 5000;
    return c;
}
} // namespace

class TestProviderWire : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { VSLAB_REQUIRE_SHARED("fixtures/providers"); }

    void replay_data()
    {
        QTest::addColumn<QString>("preset");
        QTest::addColumn<bool>("stream");
        QTest::addColumn<bool>("structured");
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("finish");
        QTest::addColumn<qint64>("inTokens");
        QTest::addColumn<qint64>("outTokens");

        const QString weather = u"I'm unable to provide real-time weather updates. To get the current weather in San "
                                "Francisco, I recommend checking a reliable weather website or a weather app."_s;
        const QString city = uR"({"city":"San Francisco","temperature":61,"units":"f"})"_s;
        const QString hello = u"Hello! How can I assist you today?"_s;
        const QString city65 = uR"({"city":"San Francisco","temperature":65,"units":"f"})"_s;
        for (const QString &preset :
             {u"openai"_s, u"openrouter"_s, u"ollama"_s, u"lmstudio"_s, u"vllm"_s, u"llamacpp"_s, u"custom"_s}) {
            const QByteArray p = preset.toLatin1();
            QTest::addRow("%s stream", p.data()) << preset << true << false << u"openai/chat-completion-stream.sse"_s
                                                 << weather << u"stop"_s << qint64(14) << qint64(30);
            QTest::addRow("%s stream structured", p.data())
                << preset << true << true << u"openai/chat-completion-stream-structured.sse"_s << city << u"stop"_s
                << qint64(79) << qint64(14);
            QTest::addRow("%s json", p.data()) << preset << false << false << u"openai/chat-completion.json"_s << hello
                                               << u"stop"_s << qint64(19) << qint64(10);
            QTest::addRow("%s json structured", p.data())
                << preset << false << true << u"openai/chat-completion-structured.json"_s << city65 << u"stop"_s
                << qint64(79) << qint64(14);
        }
        QTest::newRow("openai stream length")
            << u"openai"_s << true << true << u"openai/chat-completion-stream-length.sse"_s << u"{\""_s << u"length"_s
            << qint64(79) << qint64(1);
        QTest::newRow("openai json length") << u"openai"_s << false << true << u"openai/chat-completion-length.json"_s
                                            << u"{\""_s << u"length"_s << qint64(79) << qint64(1);
        QTest::newRow("openai stream logprobs")
            << u"openai"_s << true << false << u"openai/chat-completion-stream-logprobs.sse"_s << u"Foo!"_s << u"stop"_s
            << qint64(9) << qint64(2);
        QTest::newRow("openai json refusal") << u"openai"_s << false << true << u"openai/chat-completion-refusal.json"_s
                                             << QString() << u"refusal"_s << qint64(79) << qint64(12);

        QTest::newRow("anthropic stream") << u"anthropic"_s << true << false << u"anthropic/messages-stream.sse"_s
                                          << u"Hello there!"_s << u"stop"_s << qint64(11) << qint64(6);
        QTest::newRow("anthropic stream structured")
            << u"anthropic"_s << true << true << u"anthropic/messages-stream-structured.sse"_s << u"[12345,67890]"_s
            << u"stop"_s << qint64(135) << qint64(10);
        const QString order = uR"({"items":[{"product_name":"Green Tea","price":5.50,"quantity":2},{"product_name":)"
                              uR"("Coffee","price":3.00,"quantity":1}],"total":14.0})"_s;
        QTest::newRow("anthropic json") << u"anthropic"_s << false << false << u"anthropic/messages-structured.json"_s
                                        << order << u"stop"_s << qint64(406) << qint64(50);
        QTest::newRow("anthropic json structured")
            << u"anthropic"_s << false << true << u"anthropic/messages-structured.json"_s << order << u"stop"_s
            << qint64(406) << qint64(50);
        QTest::newRow("anthropic stream refusal")
            << u"anthropic"_s << true << false << u"anthropic/messages-stream-refusal.sse"_s << QString()
            << u"refusal"_s << qint64(20) << qint64(0);

        const QString wyoming = u"The capital of Wyoming is **Cheyenne**.\n"_s;
        const QString googleplex =
            u"Google's headquarters, also known as the Googleplex, is located in **Mountain View, California**.\n"_s;
        QTest::newRow("gemini stream") << u"gemini"_s << true << false << u"gemini/stream-generate-content.sse"_s
                                       << wyoming << u"stop"_s << qint64(7) << qint64(10);
        QTest::newRow("gemini stream structured")
            << u"gemini"_s << true << true << u"gemini/stream-generate-content.sse"_s << wyoming << u"stop"_s
            << qint64(7) << qint64(10);
        QTest::newRow("gemini json") << u"gemini"_s << false << false << u"gemini/generate-content.json"_s << googleplex
                                     << u"stop"_s << qint64(7) << qint64(22);
        QTest::newRow("gemini json structured") << u"gemini"_s << false << true << u"gemini/generate-content.json"_s
                                                << googleplex << u"stop"_s << qint64(7) << qint64(22);
        QTest::newRow("gemini json safety with text")
            << u"gemini"_s << false << false << u"gemini/generate-content-finish-safety.json"_s
            << u"Safety error incoming in 5, 4, 3, 2..."_s << u"content_filter"_s << qint64(7) << qint64(20);
    }

    void replay()
    {
        QFETCH(QString, preset);
        QFETCH(bool, stream);
        QFETCH(bool, structured);
        QFETCH(QString, file);
        QFETCH(QString, text);
        QFETCH(QString, finish);
        QFETCH(qint64, inTokens);
        QFETCH(qint64, outTokens);

        LoopbackServer server;
        QVERIFY(server.isListening());
        server.enqueue(Response::fixture(fixture(file)));
        QNetworkAccessManager nam;
        const ProviderConfig config = configFor(preset, server.url(), stream);
        const auto provider = Provider::create(config, &nam);
        const ChatRequest request = conversation(structured);
        const auto out = ProviderTestKit::runCall(*provider, request);

        QVERIFY(out.finished);
        QCOMPARE(out.finishedCount, 1);
        QVERIFY2(!out.result.error, qPrintable(out.result.error ? out.result.error->message : QString()));
        QCOMPARE(out.result.text, text);
        QCOMPARE(out.deltas.join(QString()), text);
        if (stream && text.size() > 4)
            QVERIFY2(out.deltas.size() > 1, "a stream must be delivered delta by delta");
        QCOMPARE(out.result.finishReason, finish);
        QCOMPARE(out.result.usage.inputTokens, inTokens);
        QCOMPARE(out.result.usage.outputTokens, outTokens);
        QCOMPARE(out.result.structuredUsed, structured);
        QCOMPARE(out.result.attempts, 1);
        QVERIFY(out.result.latencyMs >= 0);
        if (finish == u"refusal"_s)
            QVERIFY(out.result.notes.join(u' ').contains(u"refused"_s));

        QCOMPARE(server.requests().size(), 1);
        const LoopbackServer::Request req = server.requests().first();
        QCOMPARE(out.result.url, provider->chatUrl());
        QCOMPARE(req.method, QByteArray("POST"));
        QCOMPARE(req.header("content-type"), QByteArray("application/json"));
        const QJsonObject body = req.json();
        QVERIFY(!body.isEmpty());
        if (preset == u"anthropic"_s)
            checkAnthropic(req, body, stream, structured);
        else if (preset == u"gemini"_s)
            checkGemini(req, body, stream, structured);
        else
            checkOpenAi(preset, req, body, stream, structured);
    }

    void geminiLegacyStreamRunsToEof()
    {
        // Old models put finishReason STOP on every chunk: all of them must still be read.
        LoopbackServer server;
        server.enqueue(Response::fixture(fixture(u"gemini/stream-generate-content-legacy.sse"_s)));
        QNetworkAccessManager nam;
        const auto provider = Provider::create(configFor(u"gemini"_s, server.url(), true), &nam);
        const auto out = ProviderTestKit::runCall(*provider, conversation(false));
        QVERIFY(out.finished);
        QVERIFY(!out.result.error);
        QCOMPARE(out.result.text.size(), 3637);
        QVERIFY(out.result.text.startsWith(u"In the quaint little town of Willow Creek"_s));
        QCOMPARE(out.result.finishReason, u"stop"_s);
        QVERIFY(out.deltas.size() > 3);
    }

    void chunkedAndDrippedDeliveryGivesSameText_data()
    {
        QTest::addColumn<QString>("preset");
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("mode"); // 0 chunked, 1 drip, 2 close-delimited
        for (int mode : {0, 1, 2}) {
            QTest::addRow("openai %d", mode) << u"openai"_s << u"openai/chat-completion-stream.sse"_s << mode;
            QTest::addRow("anthropic %d", mode) << u"anthropic"_s << u"anthropic/messages-stream.sse"_s << mode;
            QTest::addRow("gemini %d", mode) << u"gemini"_s << u"gemini/stream-generate-content.sse"_s << mode;
        }
    }
    void chunkedAndDrippedDeliveryGivesSameText()
    {
        QFETCH(QString, preset);
        QFETCH(QString, file);
        QFETCH(int, mode);
        LoopbackServer server;
        server.enqueue(Response::fixture(fixture(file)));
        Response r = Response::fixture(fixture(file));
        r = mode == 0 ? r.chunked().drip(100, 37) : mode == 1 ? r.drip(150) : r.closeDelimited().drip(100, 13);
        server.enqueue(r);
        QNetworkAccessManager nam;
        const auto provider = Provider::create(configFor(preset, server.url(), true), &nam);
        const auto whole = ProviderTestKit::runCall(*provider, conversation(false));
        const auto dripped = ProviderTestKit::runCall(*provider, conversation(false));
        QVERIFY(!whole.result.error);
        QVERIFY2(!dripped.result.error, qPrintable(dripped.result.error ? dripped.result.error->message : QString()));
        QCOMPARE(dripped.result.text, whole.result.text);
        QCOMPARE(dripped.result.finishReason, whole.result.finishReason);
        QVERIFY(dripped.deltas.size() >= whole.deltas.size());
    }

    void listModels_data()
    {
        QTest::addColumn<QString>("preset");
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QStringList>("models");
        QTest::newRow("openai") << u"openai"_s << u"openai/models-list.json"_s << u"/v1/models"_s
                                << QStringList{u"model-id-0"_s, u"model-id-1"_s, u"model-id-2"_s};
        QTest::newRow("llama.cpp") << u"llamacpp"_s << u"openai-compatible/llamacpp-models-list.json"_s
                                   << u"/v1/models"_s
                                   << QStringList{u"../models/Meta-Llama-3.1-8B-Instruct-Q4_K_M.gguf"_s};
        QTest::newRow("ollama tags") << u"ollama"_s << u"ollama/tags.json"_s << u"/v1/models"_s
                                     << QStringList{u"deepseek-r1:latest"_s, u"llama3.2:latest"_s};
        QTest::newRow("anthropic") << u"anthropic"_s << u"anthropic/models-list.json"_s << u"/v1/models"_s
                                   << QStringList{u"claude-opus-4-6"_s};
        QTest::newRow("gemini") << u"gemini"_s << u"gemini/models-list-legacy.json"_s << u"/v1beta/models"_s
                                << QStringList{u"gemini-pro"_s};
    }
    void listModels()
    {
        QFETCH(QString, preset);
        QFETCH(QString, file);
        QFETCH(QString, path);
        QFETCH(QStringList, models);
        LoopbackServer server;
        server.enqueue(Response::fixture(fixture(file)));
        QNetworkAccessManager nam;
        const auto provider = Provider::create(configFor(preset, server.url(), true), &nam);
        const auto out = ProviderTestKit::listModels(*provider);
        QVERIFY(out.finished);
        QVERIFY2(!out.error, qPrintable(out.error ? out.error->message : QString()));
        QCOMPARE(out.models, models);
        QCOMPARE(server.requests().size(), 1);
        QCOMPARE(server.requests().first().method, QByteArray("GET"));
        QCOMPARE(server.requests().first().path(), path);
        if (preset == u"anthropic"_s) {
            QCOMPARE(server.requests().first().header("x-api-key"), key.toUtf8());
            QCOMPARE(server.requests().first().header("anthropic-version"), QByteArray("2023-06-01"));
        } else if (preset == u"gemini"_s) {
            QCOMPARE(server.requests().first().header("x-goog-api-key"), key.toUtf8());
        } else if (preset != u"ollama"_s) {
            QCOMPARE(server.requests().first().header("authorization"), "Bearer " + key.toUtf8());
        }
    }

private:
    static void checkMessagesOpenAi(const QJsonArray &messages)
    {
        QCOMPARE(messages.size(), 4);
        const QStringList roles{u"system"_s, u"user"_s, u"assistant"_s, u"user"_s};
        for (int i = 0; i < 4; ++i)
            QCOMPARE(messages[i][u"role"_s].toString(), roles[i]);
        QCOMPARE(messages[3][u"content"_s].toString(), u"Another one, \u00e9t\u00e9 \u4e16\u754c."_s);
    }

    static void checkOpenAi(const QString &preset, const LoopbackServer::Request &req, const QJsonObject &body,
                            bool stream, bool structured)
    {
        QCOMPARE(req.path(), u"/v1/chat/completions"_s);
        if (preset == u"ollama"_s)
            QVERIFY2(!req.hasHeader("authorization"), "no key: no Authorization header");
        else
            QCOMPARE(req.header("authorization"), "Bearer " + key.toUtf8());
        QVERIFY(!req.hasHeader("x-api-key"));
        QCOMPARE(body[u"model"_s].toString(), u"gpt-4o-mini"_s);
        checkMessagesOpenAi(body[u"messages"_s].toArray());
        QCOMPARE(body[u"temperature"_s].toDouble(), 0.7);
        QCOMPARE(body[u"max_tokens"_s].toInt(), 1234);
        QCOMPARE(body[u"stream"_s].toBool(), stream);
        if (stream) {
            QCOMPARE(req.header("accept"), QByteArray("text/event-stream"));
            QVERIFY(body[u"stream_options"_s][u"include_usage"_s].toBool());
        }
        QCOMPARE(body.contains(u"response_format"_s), structured);
        if (structured) {
            const QJsonObject rf = body[u"response_format"_s].toObject();
            QCOMPARE(rf[u"type"_s].toString(), u"json_schema"_s);
            QCOMPARE(rf[u"json_schema"_s][u"name"_s].toString(), u"VS_candidates"_s);
            QCOMPARE(rf[u"json_schema"_s][u"strict"_s].toBool(), true);
            QCOMPARE(rf[u"json_schema"_s][u"schema"_s].toObject(), candidatesSchema());
        }
    }

    static void checkAnthropic(const LoopbackServer::Request &req, const QJsonObject &body, bool stream,
                               bool structured)
    {
        QCOMPARE(req.path(), u"/v1/messages"_s);
        QCOMPARE(req.header("x-api-key"), key.toUtf8());
        QCOMPARE(req.header("anthropic-version"), QByteArray("2023-06-01"));
        QVERIFY(!req.hasHeader("authorization"));
        QCOMPARE(body[u"model"_s].toString(), u"claude-sonnet-4-5"_s);
        QCOMPARE(body[u"system"_s].toString(), u"You are a test."_s);
        const QJsonArray messages = body[u"messages"_s].toArray();
        QCOMPARE(messages.size(), 3);
        QCOMPARE(messages[0][u"role"_s].toString(), u"user"_s);
        QCOMPARE(messages[1][u"role"_s].toString(), u"assistant"_s);
        QCOMPARE(body[u"max_tokens"_s].toInt(), 1234);
        QCOMPARE(body[u"temperature"_s].toDouble(), 0.7);
        QCOMPARE(body[u"stream"_s].toBool(), stream);
        QCOMPARE(body.contains(u"output_config"_s), structured);
        if (structured) {
            const QJsonObject format = body[u"output_config"_s][u"format"_s].toObject();
            QCOMPARE(format[u"type"_s].toString(), u"json_schema"_s);
            QCOMPARE(format[u"schema"_s].toObject(), candidatesSchema());
        }
    }

    static void checkGemini(const LoopbackServer::Request &req, const QJsonObject &body, bool stream, bool structured)
    {
        QCOMPARE(req.path(), stream ? u"/v1beta/models/gemini-2.0-flash:streamGenerateContent"_s
                                    : u"/v1beta/models/gemini-2.0-flash:generateContent"_s);
        QCOMPARE(req.query().queryItemValue(u"alt"_s), stream ? u"sse"_s : QString());
        QCOMPARE(req.header("x-goog-api-key"), key.toUtf8());
        QVERIFY(!req.hasHeader("authorization"));
        QVERIFY2(!req.target.contains(key.toUtf8()), "the key never goes into the URL");
        QCOMPARE(body[u"systemInstruction"_s][u"parts"_s][0][u"text"_s].toString(), u"You are a test."_s);
        const QJsonArray contents = body[u"contents"_s].toArray();
        QCOMPARE(contents.size(), 3);
        QCOMPARE(contents[0][u"role"_s].toString(), u"user"_s);
        QCOMPARE(contents[1][u"role"_s].toString(), u"model"_s);
        QCOMPARE(contents[1][u"parts"_s][0][u"text"_s].toString(), u"Texas"_s);
        const QJsonObject gen = body[u"generationConfig"_s].toObject();
        QCOMPARE(gen[u"temperature"_s].toDouble(), 0.7);
        QCOMPARE(gen[u"maxOutputTokens"_s].toInt(), 1234);
        QCOMPARE(gen.contains(u"responseSchema"_s), structured);
        if (structured) {
            QCOMPARE(gen[u"responseMimeType"_s].toString(), u"application/json"_s);
            const QJsonObject schema = gen[u"responseSchema"_s].toObject();
            QCOMPARE(schema[u"type"_s].toString(), u"object"_s);
            QVERIFY(!schema.contains(u"additionalProperties"_s));
            const QJsonObject item = schema[u"properties"_s][u"responses"_s][u"items"_s].toObject();
            QCOMPARE(item[u"required"_s].toArray().size(), 2);
            QVERIFY(!item.contains(u"additionalProperties"_s));
        }
    }
};

QTEST_GUILESS_MAIN(TestProviderWire)
#include "tst_providerwire.moc"
