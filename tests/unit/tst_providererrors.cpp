// SPDX-License-Identifier: Apache-2.0
// Every typed provider error, produced by the real provider classes against the loopback server's faults.
#include "LoopbackServer.h"
#include "providers/Provider.h"
#include "ProviderTestKit.h"
#include "SharedData.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using Response = LoopbackServer::Response;
using Code = ProviderError::Code;

Q_DECLARE_METATYPE(ProviderError::Code)
Q_DECLARE_METATYPE(LoopbackServer::Response)

namespace {
const QString key = u"sk-secret-loopback-key-9876543210"_s;

ProviderConfig configFor(const QString &preset, const QString &base, int retries = 0)
{
    ProviderConfig c;
    c.presetId = preset;
    c.baseUrl = base;
    c.apiKey = key;
    c.model = preset == u"anthropic"_s ? u"claude-sonnet-4-5"_s
              : preset == u"gemini"_s  ? u"gemini-2.0-flash"_s
                                       : u"gpt-4o-mini"_s;
    c.retries = retries;
    c.retryBaseDelayMs = 10;
    c.retryMaxDelayMs = 2000;
    c.stallTimeoutMs = 5000;
    return c;
}

ChatRequest request(bool structured = false)
{
    ChatRequest r;
    r.messages = {{ChatMessage::Role::System, u"sys"_s}, {ChatMessage::Role::User, u"Name a US state."_s}};
    if (structured)
        r.jsonSchema =
            QJsonObject{{u"type"_s, u"object"_s},
                        {u"properties"_s, QJsonObject{{u"responses"_s, QJsonObject{{u"type"_s, u"array"_s}}}}}};
    return r;
}

QString fixture(const QString &name)
{
    return SharedData::path(u"fixtures/providers/"_s + name);
}

/// Checks what every error message must do: one line, name the URL, never contain the key.
void checkMessage(const ProviderError &e, const QUrl &url)
{
    QVERIFY2(!e.message.contains(key), qPrintable(e.message));
    QVERIFY2(!e.message.contains(u'\n'), qPrintable(e.message));
    QVERIFY2(e.message.contains(url.toString()), qPrintable(e.message + u" / "_s + url.toString()));
    QCOMPARE(e.url, url);
}

QString longContent()
{
    QString s;
    for (int i = 0; i < 200; ++i)
        s += u"word%1 "_s.arg(i);
    return s;
}
} // namespace

class TestProviderErrors : public QObject
{
    Q_OBJECT
private:
    QNetworkAccessManager m_nam;

private Q_SLOTS:
    void httpStatus_data()
    {
        QTest::addColumn<QString>("preset");
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<ProviderError::Code>("code");
        QTest::addColumn<QString>("mustContain");

        const QByteArray openAiKey =
            "{\"error\":{\"message\":\"Incorrect API key provided: "
            "sk-secret-loopback-key-9876543210.\",\"type\":\"invalid_request_error\",\"code\":\"invalid_api_key\"}}";
        QTest::newRow("openai 401") << u"openai"_s << 401 << openAiKey << Code::KeyRejected << u"OPENAI_API_KEY"_s;
        QTest::newRow("openai 403") << u"openai"_s << 403
                                    << QByteArray("{\"error\":{\"message\":\"Forbidden region\"}}") << Code::KeyRejected
                                    << u"Forbidden region"_s;
        QTest::newRow("openrouter 401") << u"openrouter"_s << 401
                                        << QByteArray(
                                               "{\"error\":{\"message\":\"No auth credentials found\",\"code\":401}}")
                                        << Code::KeyRejected << u"OPENROUTER_API_KEY"_s;
        QTest::newRow("openai 404 model")
            << u"openai"_s << 404
            << QByteArray("{\"error\":{\"message\":\"The model `gpt-9` does not exist\",\"code\":\"model_not_found\"}}")
            << Code::ModelNotFound << u"gpt-4o-mini"_s;
        QTest::newRow("ollama 404 string error")
            << u"ollama"_s << 404 << QByteArray("{\"error\":\"model \\\"llama9\\\" not found\"}") << Code::ModelNotFound
            << u"llama9"_s;
        QTest::newRow("openai 400") << u"openai"_s << 400
                                    << QByteArray("{\"error\":{\"message\":\"messages must not be empty\"}}")
                                    << Code::BadRequest << u"messages must not be empty"_s;
        QTest::newRow("openrouter 402") << u"openrouter"_s << 402
                                        << QByteArray("{\"error\":{\"message\":\"Insufficient credits\",\"code\":402}}")
                                        << Code::QuotaExceeded << u"Insufficient credits"_s;
        QTest::newRow("openai 500") << u"openai"_s << 500 << QByteArray("<html>oops</html>") << Code::ServerError
                                    << u"500"_s;
        QTest::newRow("openai 503") << u"openai"_s << 503
                                    << QByteArray("{\"error\":{\"message\":\"The engine is currently overloaded\"}}")
                                    << Code::Overloaded << u"503"_s;
        QTest::newRow("anthropic 529")
            << u"anthropic"_s << 529
            << QByteArray("{\"type\":\"error\",\"error\":{\"type\":\"overloaded_error\",\"message\":\"Overloaded\"}}")
            << Code::Overloaded << u"Overloaded"_s;
        QTest::newRow("anthropic 401") << u"anthropic"_s << 401
                                       << QByteArray("{\"type\":\"error\",\"error\":{\"type\":\"authentication_error\","
                                                     "\"message\":\"invalid x-api-key\"}}")
                                       << Code::KeyRejected << u"ANTHROPIC_API_KEY"_s;
        QTest::newRow("anthropic 502 plain text") << u"anthropic"_s << 502 << QByteArray("upstream connect error")
                                                  << Code::ServerError << u"upstream connect error"_s;
        QTest::newRow("llama.cpp 503 loading")
            << u"llamacpp"_s << 503
            << QByteArray("{\"error\":{\"code\":503,\"message\":\"Loading model\",\"type\":\"unavailable_error\"}}")
            << Code::Overloaded << u"Loading model"_s;
    }
    void httpStatus()
    {
        QFETCH(QString, preset);
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(ProviderError::Code, code);
        QFETCH(QString, mustContain);
        LoopbackServer server;
        server.enqueue(Response::json(body, status));
        const auto provider = Provider::create(configFor(preset, server.url().toString()), &m_nam);
        const auto out = ProviderTestKit::runCall(*provider, request());
        QVERIFY(out.finished);
        QCOMPARE(out.finishedCount, 1);
        QVERIFY(out.result.error);
        const ProviderError &e = *out.result.error;
        QCOMPARE(e.code, code);
        QCOMPARE(e.httpStatus, status);
        QVERIFY2(e.message.contains(mustContain), qPrintable(e.message));
        QVERIFY2(e.message.contains(u"127.0.0.1"_s), qPrintable(e.message));
        QVERIFY2(e.message.contains(QString::number(status)), qPrintable(e.message));
        checkMessage(e, provider->chatUrl());
        QCOMPARE(server.requests().size(), 1);
    }

    void geminiFixtureErrors_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("status");
        QTest::addColumn<ProviderError::Code>("code");
        QTest::addColumn<QString>("mustContain");
        QTest::newRow("400 bad key") << u"gemini/error-400-api-key.json"_s << 400 << Code::KeyRejected
                                     << u"GEMINI_API_KEY"_s;
        QTest::newRow("404 model") << u"gemini/error-404-unknown-model.json"_s << 404 << Code::ModelNotFound
                                   << u"is not found for API version"_s;
    }
    void geminiFixtureErrors()
    {
        VSLAB_REQUIRE_SHARED("fixtures/providers");
        QFETCH(QString, file);
        QFETCH(int, status);
        QFETCH(ProviderError::Code, code);
        QFETCH(QString, mustContain);
        LoopbackServer server;
        server.enqueue(Response::fixture(fixture(file)).withStatus(status));
        const auto provider = Provider::create(configFor(u"gemini"_s, server.url().toString()), &m_nam);
        const auto out = ProviderTestKit::runCall(*provider, request());
        QVERIFY(out.result.error);
        QCOMPARE(out.result.error->code, code);
        QVERIFY2(out.result.error->message.contains(mustContain), qPrintable(out.result.error->message));
        QVERIFY2(!out.result.error->message.contains(u"key1234"_s), "debug details stay out of the message");
        checkMessage(*out.result.error, provider->chatUrl());
    }

    void rateLimitRetriedThenGivesUp()
    {
        VSLAB_REQUIRE_SHARED("fixtures/providers");
        LoopbackServer server;
        for (int i = 0; i < 3; ++i)
            server.enqueue(Response::fixture(fixture(u"anthropic/error-429.json"_s))); // status from .headers.json
        const auto provider = Provider::create(configFor(u"anthropic"_s, server.url().toString(), 2), &m_nam);
        const auto out = ProviderTestKit::runCall(*provider, request());
        QVERIFY(out.result.error);
        QCOMPARE(out.result.error->code, Code::RateLimited);
        QCOMPARE(out.result.error->httpStatus, 429);
        QVERIFY(out.result.error->retryable);
        QCOMPARE(out.result.attempts, 3);
        QCOMPARE(server.requests().size(), 3);
        QVERIFY2(out.result.error->message.contains(u"rate limit of 20,000,000 prompt bytes"_s),
                 qPrintable(out.result.error->message));
        QVERIFY2(out.result.error->message.contains(u"3 attempts"_s), qPrintable(out.result.error->message));
        checkMessage(*out.result.error, provider->chatUrl());
    }

    void retryHonoursServerHint_data()
    {
        QTest::addColumn<QByteArray>("header");
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("minMs");
        QTest::newRow("retry-after-ms") << QByteArray("retry-after-ms") << QByteArray("300") << QByteArray("{}") << 280;
        QTest::newRow("Retry-After seconds") << QByteArray("Retry-After") << QByteArray("1") << QByteArray("{}") << 950;
        QTest::newRow("Gemini RetryInfo")
            << QByteArray("x-none") << QByteArray("")
            << QByteArray("{\"error\":{\"code\":429,\"status\":\"RESOURCE_EXHAUSTED\",\"details\":["
                          "{\"@type\":\"type.googleapis.com/google.rpc.RetryInfo\",\"retryDelay\":\"0.4s\"}]}}")
            << 380;
    }
    void retryHonoursServerHint()
    {
        QFETCH(QByteArray, header);
        QFETCH(QByteArray, value);
        QFETCH(QByteArray, body);
        QFETCH(int, minMs);
        LoopbackServer server;
        server.enqueue(Response::json(body, 429).withHeader(header, value));
        server.enqueue(Response::openAiStream(u"second time lucky"_s));
        const auto provider = Provider::create(configFor(u"openai"_s, server.url().toString(), 2), &m_nam);
        const auto out = ProviderTestKit::runCall(*provider, request());
        QVERIFY2(!out.result.error, qPrintable(out.result.error ? out.result.error->message : QString()));
        QCOMPARE(out.result.text, u"second time lucky"_s);
        QCOMPARE(out.result.attempts, 2);
        QCOMPARE(server.requests().size(), 2);
        QVERIFY2(out.elapsedMs >= minMs, qPrintable(QString::number(out.elapsedMs)));
        QVERIFY(out.elapsedMs < minMs + 5000); // generous: CI runs tests in parallel, under sanitizers
    }

    void retryAfterIsCapped()
    {
        LoopbackServer server;
        server.enqueue(Response::json("{}", 503).withHeader("Retry-After", "3600"));
        server.enqueue(Response::openAiStream(u"ok"_s));
        ProviderConfig config = configFor(u"openai"_s, server.url().toString(), 1);
        config.retryMaxDelayMs = 100;
        const auto provider = Provider::create(config, &m_nam);
        const auto out = ProviderTestKit::runCall(*provider, request(), 20000);
        QVERIFY(!out.result.error);
        QCOMPARE(out.result.attempts, 2);
        QVERIFY(out.elapsedMs < 10000); // not the hour the server asked for
    }

    void insufficientQuotaNotRetried()
    {
        LoopbackServer server;
        const QByteArray body =
            "{\"error\":{\"message\":\"You exceeded your current quota, please check your plan and "
            "billing details.\",\"type\":\"insufficient_quota\",\"param\":null,\"code\":\"insufficient_quota\"}}";
        for (int i = 0; i < 3; ++i)
            server.enqueue(Response::json(body, 429));
        const auto provider = Provider::create(configFor(u"openai"_s, server.url().toString(), 2), &m_nam);
        const auto out = ProviderTestKit::runCall(*provider, request());
        QVERIFY(out.result.error);
        QCOMPARE(out.result.error->code, Code::QuotaExceeded);
        QVERIFY(!out.result.error->retryable);
        QCOMPARE(out.result.attempts, 1);
        QCOMPARE(server.requests().size(), 1);
        QVERIFY(out.result.error->message.contains(u"exceeded your current quota"_s));
    }

    void serverErrorRetriedThenSucceeds_data()
    {
        QTest::addColumn<int>("status");
        for (int s : {408, 409, 500, 502, 503, 529})
            QTest::addRow("%d", s) << s;
    }
    void serverErrorRetriedThenSucceeds()
    {
        QFETCH(int, status);
        LoopbackServer server;
        server.enqueue(Response::json("{\"error\":{\"message\":\"try later\"}}", status));
        server.enqueue(Response::anthropicStream(u"fine now"_s));
        const auto provider = Provider::create(configFor(u"anthropic"_s, server.url().toString(), 1), &m_nam);
        const auto out = ProviderTestKit::runCall(*provider, request());
        QVERIFY2(!out.result.error, qPrintable(out.result.error ? out.result.error->message : QString()));
        QCOMPARE(out.result.text, u"fine now"_s);
        QCOMPARE(out.result.attempts, 2);
    }

    void retriesOffMeansOneAttempt()
    {
        LoopbackServer server;
        server.enqueue(Response::json("{}", 500));
        server.enqueue(Response::openAiStream(u"never"_s));
        const auto provider = Provider::create(configFor(u"openai"_s, server.url().toString(), 0), &m_nam);
        const auto out = ProviderTestKit::runCall(*provider, request());
        QVERIFY(out.result.error);
        QCOMPARE(out.result.error->code, Code::ServerError);
        QCOMPARE(out.result.attempts, 1);
        QCOMPARE(server.requests().size(), 1);
    }

    void midStreamErrors_data()
    {
        QTest::addColumn<QString>("preset");
        QTest::addColumn<QByteArray>("stream");
        QTest::addColumn<QString>("textSoFar");
        QTest::addColumn<QString>("serverText");
        QTest::newRow("openai error chunk")
            << u"openai"_s
            << QByteArray("data: {\"choices\":[{\"index\":0,\"delta\":{\"content\":\"Hello\"}}]}\n\n"
                          "data: {\"choices\":[{\"index\":0,\"delta\":{\"content\":\" wor\"}}]}\n\n"
                          "data: {\"error\":{\"message\":\"The server had an error while processing your request.\","
                          "\"type\":\"server_error\"}}\n\n")
            << u"Hello wor"_s << u"The server had an error"_s;
        QTest::newRow("openrouter error with finish_reason error")
            << u"openrouter"_s
            << QByteArray(": OPENROUTER PROCESSING\n\n"
                          "data: {\"choices\":[{\"index\":0,\"delta\":{\"content\":\"Par\"}}]}\n\n"
                          "data: {\"error\":{\"code\":502,\"message\":\"Provider disconnected\"},"
                          "\"choices\":[{\"index\":0,\"delta\":{\"content\":\"\"},\"finish_reason\":\"error\"}]}\n\n"
                          "data: [DONE]\n\n")
            << u"Par"_s << u"Provider disconnected"_s;
        QTest::newRow("anthropic event error")
            << u"anthropic"_s
            << QByteArray("event: message_start\ndata: {\"type\":\"message_start\",\"message\":{\"usage\":"
                          "{\"input_tokens\":3}}}\n\n"
                          "event: content_block_delta\ndata: {\"type\":\"content_block_delta\",\"index\":0,"
                          "\"delta\":{\"type\":\"text_delta\",\"text\":\"Hi\"}}\n\n"
                          "event: error\ndata: {\"type\": \"error\", \"error\": {\"type\": \"overloaded_error\", "
                          "\"message\": \"Overloaded\"}}\n\n")
            << u"Hi"_s << u"Overloaded (overloaded_error)"_s;
        QTest::newRow("gemini error chunk")
            << u"gemini"_s
            << QByteArray(
                   "data: {\"candidates\":[{\"content\":{\"parts\":[{\"text\":\"Wy\"}],\"role\":\"model\"}}]}\r\n\r\n"
                   "data: {\"error\":{\"code\":500,\"message\":\"Internal error encountered.\","
                   "\"status\":\"INTERNAL\"}}\r\n\r\n")
            << u"Wy"_s << u"Internal error encountered."_s;
    }
    void midStreamErrors()
    {
        QFETCH(QString, preset);
        QFETCH(QByteArray, stream);
        QFETCH(QString, textSoFar);
        QFETCH(QString, serverText);
        LoopbackServer server;
        server.enqueue(Response::sse(stream));
        server.enqueue(Response::sse(stream));
        const auto provider = Provider::create(configFor(preset, server.url().toString(), 2), &m_nam);
        const auto out = ProviderTestKit::runCall(*provider, request());
        QVERIFY(out.result.error);
        QCOMPARE(out.result.error->code, Code::StreamError);
        QCOMPARE(out.result.text, textSoFar);
        QVERIFY2(out.result.error->message.contains(serverText), qPrintable(out.result.error->message));
        checkMessage(*out.result.error, provider->chatUrl());
        QCOMPARE(server.requests().size(), 1); // text already arrived: never retried
    }

    void anthropicErrorFixture()
    {
        VSLAB_REQUIRE_SHARED("fixtures/providers");
        LoopbackServer server;
        server.enqueue(Response::fixture(fixture(u"anthropic/messages-stream-error.sse"_s)));
        const auto provider = Provider::create(configFor(u"anthropic"_s, server.url().toString()), &m_nam);
        const auto out = ProviderTestKit::runCall(*provider, request());
        QVERIFY(out.result.error);
        QCOMPARE(out.result.error->code, Code::StreamError);
        QVERIFY(out.result.error->message.contains(u"Overloaded"_s));
    }

    void geminiBlocked_data()
    {
        QTest::addColumn<QByteArray>("stream");
        QTest::addColumn<QString>("reason");
        QTest::newRow("prompt blocked fixture") << QByteArray() << u"SAFETY"_s;
        QTest::newRow("safety finish, no text")
            << QByteArray("data: {\"candidates\":[{\"content\":{\"parts\":[],\"role\":\"model\"},"
                          "\"finishReason\":\"PROHIBITED_CONTENT\"}]}\n\n")
            << u"PROHIBITED_CONTENT"_s;
    }
    void geminiBlocked()
    {
        VSLAB_REQUIRE_SHARED("fixtures/providers");
        QFETCH(QByteArray, stream);
        QFETCH(QString, reason);
        LoopbackServer server;
        server.enqueue(stream.isEmpty()
                           ? Response::fixture(fixture(u"gemini/stream-generate-content-prompt-blocked.sse"_s))
                           : Response::sse(stream));
        const auto provider = Provider::create(configFor(u"gemini"_s, server.url().toString()), &m_nam);
        const auto out = ProviderTestKit::runCall(*provider, request());
        QVERIFY(out.result.error);
        QCOMPARE(out.result.error->code, Code::Blocked);
        QVERIFY2(out.result.error->message.contains(reason), qPrintable(out.result.error->message));
        checkMessage(*out.result.error, provider->chatUrl());
    }

    void connectionRefused_data()
    {
        QTest::addColumn<int>("retries");
        QTest::newRow("no retry") << 0;
        QTest::newRow("two retries") << 2;
    }
    void connectionRefused()
    {
        QFETCH(int, retries);
        const QString base = u"http://127.0.0.1:%1/v1"_s.arg(LoopbackServer::closedPort());
        const auto provider = Provider::create(configFor(u"openai"_s, base, retries), &m_nam);
        const auto out = ProviderTestKit::runCall(*provider, request());
        QVERIFY(out.result.error);
        QCOMPARE(out.result.error->code, Code::ConnectionRefused);
        QCOMPARE(out.result.attempts, retries + 1);
        QVERIFY(out.result.error->message.contains(u"connection refused"_s));
        checkMessage(*out.result.error, provider->chatUrl());
    }

    void hostNotFound()
    {
        const auto provider = Provider::create(configFor(u"openai"_s, u"http://vslab-test.invalid/v1"_s), &m_nam);
        const auto out = ProviderTestKit::runCall(*provider, request(), 20000);
        QVERIFY(out.finished);
        QVERIFY(out.result.error);
        QCOMPARE(out.result.error->code, Code::HostNotFound);
        QVERIFY(out.result.error->message.contains(u"vslab-test.invalid"_s));
        checkMessage(*out.result.error, provider->chatUrl());
    }

    void tlsToPlainServer()
    {
        LoopbackServer server;
        const QString base = u"https://127.0.0.1:%1/v1"_s.arg(server.port());
        const auto provider = Provider::create(configFor(u"openai"_s, base), &m_nam);
        const auto out = ProviderTestKit::runCall(*provider, request());
        QVERIFY(out.finished);
        QVERIFY(out.result.error);
        QCOMPARE(out.result.error->code, Code::TlsError);
        QVERIFY(out.result.error->message.contains(u"TLS"_s));
        checkMessage(*out.result.error, provider->chatUrl());
        QCOMPARE(server.requests().size(), 0);
    }

    void resetMidStreamKeepsTextAndIsNotRetried()
    {
        LoopbackServer server;
        const Response full = Response::openAiStream(longContent(), 50);
        server.enqueue(full.resetAfter(full.body.size() / 2));
        server.enqueue(full);
        const auto provider = Provider::create(configFor(u"openai"_s, server.url().toString(), 2), &m_nam);
        const auto out = ProviderTestKit::runCall(*provider, request());
        QVERIFY(out.result.error);
        QCOMPARE(out.result.error->code, Code::ConnectionLost);
        QVERIFY(!out.result.text.isEmpty());
        QVERIFY(longContent().startsWith(out.result.text));
        QVERIFY(out.result.text.size() < longContent().size());
        QCOMPARE(out.deltas.join(QString()), out.result.text);
        QCOMPARE(server.requests().size(), 1);
        checkMessage(*out.result.error, provider->chatUrl());
    }

    void resetBeforeBodyIsRetried()
    {
        LoopbackServer server;
        server.enqueue(Response::openAiStream(u"x"_s).resetAfter(0));
        server.enqueue(Response::openAiStream(u"after reset"_s));
        const auto provider = Provider::create(configFor(u"openai"_s, server.url().toString(), 1), &m_nam);
        const auto out = ProviderTestKit::runCall(*provider, request());
        QVERIFY2(!out.result.error, qPrintable(out.result.error ? out.result.error->message : QString()));
        QCOMPARE(out.result.text, u"after reset"_s);
        QCOMPARE(out.result.attempts, 2);
    }

    // A model list retries whatever a chat call retries: the same RetryingTransfer decides. (A reset is left out:
    // Qt itself re-sends a GET whose pooled connection was reset, so the count of requests is Qt's.)
    void modelListRetriesLikeACall_data()
    {
        QTest::addColumn<Response>("fault");
        QTest::newRow("2xx with no body") << Response::json(QByteArray());
        QTest::newRow("429 with Retry-After") << Response::json("{}", 429).withHeader("Retry-After", "0");
        QTest::newRow("503") << Response::json("{}", 503);
    }
    void modelListRetriesLikeACall()
    {
        QFETCH(Response, fault);
        for (bool listing : {false, true}) {
            LoopbackServer server;
            server.enqueue(fault);
            server.enqueue(listing ? Response::json("{\"data\":[{\"id\":\"m1\"}]}") : Response::openAiStream(u"ok"_s));
            const auto provider = Provider::create(configFor(u"openai"_s, server.url().toString(), 1), &m_nam);
            if (listing) {
                const auto out = ProviderTestKit::listModels(*provider);
                QVERIFY(out.finished);
                QVERIFY2(!out.error, qPrintable(out.error ? out.error->message : QString()));
                QCOMPARE(out.models, QStringList{u"m1"_s});
            } else {
                const auto out = ProviderTestKit::runCall(*provider, request());
                QVERIFY2(!out.result.error, qPrintable(out.result.error ? out.result.error->message : QString()));
                QCOMPARE(out.result.attempts, 2);
            }
            QCOMPARE(server.requests().size(), 2);
        }
    }

    void streamEndingEarlyIsAnError_data()
    {
        QTest::addColumn<QString>("preset");
        QTest::addColumn<QByteArray>("stream");
        QTest::newRow("openai without finish or DONE")
            << u"openai"_s << QByteArray("data: {\"choices\":[{\"index\":0,\"delta\":{\"content\":\"Hal\"}}]}\n\n");
        QTest::newRow("anthropic without message_stop")
            << u"anthropic"_s
            << QByteArray("event: content_block_delta\ndata: {\"type\":\"content_block_delta\",\"index\":0,"
                          "\"delta\":{\"type\":\"text_delta\",\"text\":\"Hal\"}}\n\n");
        QTest::newRow("gemini without finishReason")
            << u"gemini"_s
            << QByteArray(
                   "data: {\"candidates\":[{\"content\":{\"parts\":[{\"text\":\"Hal\"}],\"role\":\"model\"}}]}\n\n");
    }
    void streamEndingEarlyIsAnError()
    {
        QFETCH(QString, preset);
        QFETCH(QByteArray, stream);
        LoopbackServer server;
        server.enqueue(Response::sse(stream).closeDelimited());
        const auto provider = Provider::create(configFor(preset, server.url().toString()), &m_nam);
        const auto out = ProviderTestKit::runCall(*provider, request());
        QVERIFY(out.result.error);
        QCOMPARE(out.result.error->code, Code::ConnectionLost);
        QCOMPARE(out.result.text, u"Hal"_s);
    }

    void stallMidStream()
    {
        LoopbackServer server;
        const Response full = Response::openAiStream(longContent(), 40);
        server.enqueue(full.stallAfter(full.body.size() / 3));
        ProviderConfig config = configFor(u"openai"_s, server.url().toString(), 2);
        config.stallTimeoutMs = 300;
        const auto provider = Provider::create(config, &m_nam);
        const auto out = ProviderTestKit::runCall(*provider, request());
        QVERIFY(out.result.error);
        QCOMPARE(out.result.error->code, Code::Stalled);
        QVERIFY(!out.result.text.isEmpty());
        QVERIFY(out.elapsedMs >= 280);
        QVERIFY(out.elapsedMs < 8000);
        QCOMPARE(server.requests().size(), 1);
        QVERIFY2(out.result.error->message.contains(u"0.3 s"_s), qPrintable(out.result.error->message));
        checkMessage(*out.result.error, provider->chatUrl());
    }

    void stallBeforeHeaders()
    {
        LoopbackServer server;
        server.enqueue(Response::openAiStream(u"late"_s).delayed(30000));
        ProviderConfig config = configFor(u"openai"_s, server.url().toString(), 0);
        config.stallTimeoutMs = 250;
        const auto provider = Provider::create(config, &m_nam);
        const auto out = ProviderTestKit::runCall(*provider, request());
        QVERIFY(out.result.error);
        QCOMPARE(out.result.error->code, Code::Stalled);
        QVERIFY(out.elapsedMs < 10000);
    }

    void slowDripIsNotAStall()
    {
        LoopbackServer server;
        server.enqueue(Response::openAiStream(longContent(), 40).drip(1500, 30));
        ProviderConfig config = configFor(u"openai"_s, server.url().toString(), 0);
        config.stallTimeoutMs = 700; // far longer than the 50 ms gaps between pieces, shorter than the whole reply
        const auto provider = Provider::create(config, &m_nam);
        const auto out = ProviderTestKit::runCall(*provider, request());
        QVERIFY2(!out.result.error, qPrintable(out.result.error ? out.result.error->message : QString()));
        QCOMPARE(out.result.text, longContent());
        QVERIFY(out.elapsedMs >= 1400);
    }

    void totalTimeout()
    {
        LoopbackServer server;
        server.enqueue(Response::openAiStream(longContent(), 40).drip(8000, 80));
        ProviderConfig config = configFor(u"openai"_s, server.url().toString(), 2);
        config.totalTimeoutMs = 400;
        const auto provider = Provider::create(config, &m_nam);
        const auto out = ProviderTestKit::runCall(*provider, request());
        QVERIFY(out.result.error);
        QCOMPARE(out.result.error->code, Code::Timeout);
        QVERIFY(out.elapsedMs < 6000);
    }

    // The total timeout covers every attempt and every wait between them, for a chat call and a model list alike:
    // both go through the one RetryingTransfer.
    void totalTimeoutSpansAttempts_data()
    {
        QTest::addColumn<bool>("listing");
        QTest::newRow("chat call") << false;
        QTest::newRow("model list") << true;
    }
    void totalTimeoutSpansAttempts()
    {
        QFETCH(bool, listing);
        LoopbackServer server;
        // Each attempt alone fits the 900 ms budget; the two together do not.
        server.enqueue(
            Response::json("{\"error\":{\"message\":\"busy\"}}", 503).withHeader("Retry-After", "0").delayed(500));
        server.enqueue(
            (listing ? Response::json("{\"data\":[{\"id\":\"m\"}]}") : Response::openAiStream(u"late"_s)).delayed(500));
        ProviderConfig config = configFor(u"openai"_s, server.url().toString(), 2);
        config.totalTimeoutMs = 900;
        const auto provider = Provider::create(config, &m_nam);
        QElapsedTimer clock;
        clock.start();
        std::optional<ProviderError> error;
        if (listing) {
            const auto out = ProviderTestKit::listModels(*provider);
            QVERIFY(out.finished);
            error = out.error;
        } else {
            const auto out = ProviderTestKit::runCall(*provider, request());
            QVERIFY(out.finished);
            error = out.result.error;
        }
        const qint64 elapsed = clock.elapsed();
        QVERIFY2(error, "the second attempt got a fresh budget");
        QCOMPARE(error->code, Code::Timeout);
        QVERIFY2(error->message.contains(u"0.9 s"_s), qPrintable(error->message));
        QCOMPARE(server.requests().size(), 2);
        QVERIFY2(elapsed >= 850, qPrintable(QString::number(elapsed)));
        QVERIFY2(elapsed < 5000, qPrintable(QString::number(elapsed)));
    }

    // A retry whose wait would end after the total timeout is not made: the error comes at once.
    void retryWaitBeyondTotalTimeoutIsSkipped_data() { totalTimeoutSpansAttempts_data(); }
    void retryWaitBeyondTotalTimeoutIsSkipped()
    {
        QFETCH(bool, listing);
        LoopbackServer server;
        server.enqueue(Response::json("{\"error\":{\"message\":\"busy\"}}", 503).withHeader("Retry-After", "5"));
        server.enqueue(listing ? Response::json("{\"data\":[{\"id\":\"m\"}]}") : Response::openAiStream(u"late"_s));
        ProviderConfig config = configFor(u"openai"_s, server.url().toString(), 2);
        config.retryMaxDelayMs = 10000;
        config.totalTimeoutMs = 2000;
        const auto provider = Provider::create(config, &m_nam);
        QElapsedTimer clock;
        clock.start();
        std::optional<ProviderError> error;
        if (listing) {
            const auto out = ProviderTestKit::listModels(*provider);
            QVERIFY(out.finished);
            error = out.error;
        } else {
            const auto out = ProviderTestKit::runCall(*provider, request());
            QVERIFY(out.finished);
            error = out.result.error;
        }
        QVERIFY2(error, "waited 5 s for a retry the 2 s budget cannot afford");
        QCOMPARE(error->code, Code::Overloaded);
        QCOMPARE(server.requests().size(), 1);
        QVERIFY2(clock.elapsed() < 1500, qPrintable(QString::number(clock.elapsed())));
    }

    void tooLarge_data()
    {
        QTest::addColumn<bool>("chunked");
        QTest::newRow("content-length") << false;
        QTest::newRow("chunked") << true;
    }
    void tooLarge()
    {
        QFETCH(bool, chunked);
        LoopbackServer server;
        Response r = Response::openAiStream(longContent(), 40);
        server.enqueue(chunked ? r.chunked().drip(100, 20) : r);
        ProviderConfig config = configFor(u"openai"_s, server.url().toString(), 2);
        config.maxReplyBytes = 2000;
        const auto provider = Provider::create(config, &m_nam);
        const auto out = ProviderTestKit::runCall(*provider, request());
        QVERIFY(out.result.error);
        QCOMPARE(out.result.error->code, Code::TooLarge);
        QCOMPARE(server.requests().size(), 1);
        if (chunked)
            QVERIFY(!out.result.text.isEmpty());
        checkMessage(*out.result.error, provider->chatUrl());
    }

    void cancelMidStream()
    {
        LoopbackServer server;
        server.enqueue(Response::openAiStream(longContent(), 40).drip(8000, 80));
        const auto provider = Provider::create(configFor(u"openai"_s, server.url().toString()), &m_nam);
        int deltasAtCancel = -1;
        const auto out = ProviderTestKit::runCall(*provider, request(), 10000,
                                                  [&deltasAtCancel](ProviderCall *call, const QString &) {
                                                      if (deltasAtCancel < 0) {
                                                          deltasAtCancel = 1;
                                                          call->cancel();
                                                      }
                                                  });
        QVERIFY(out.finished);
        QCOMPARE(out.finishedCount, 1);
        QVERIFY(out.result.error);
        QCOMPARE(out.result.error->code, Code::Cancelled);
        QCOMPARE(out.result.finishReason, u"cancelled"_s);
        QVERIFY(!out.result.text.isEmpty());
        QCOMPARE(out.deltas.size(), 1);            // nothing after the cancel
        QVERIFY(out.elapsedMs < 6000);             // the 8 s stream was not waited for
        QTRY_COMPARE(server.openConnections(), 0); // the connection was really aborted
    }

    void cancelBeforeStartAndDuringRetryWait()
    {
        LoopbackServer server;
        server.enqueue(Response::json("{}", 503).withHeader("Retry-After", "5"));
        ProviderConfig config = configFor(u"openai"_s, server.url().toString(), 2);
        config.retryMaxDelayMs = 10000;
        const auto provider = Provider::create(config, &m_nam);
        std::unique_ptr<ProviderCall> call(provider->start(request()));
        QSignalSpy finished(call.get(), &ProviderCall::finished);
        QVERIFY(server.waitForRequests(1));
        QTest::qWait(50); // now waiting 5 s before the retry
        call->cancel();
        QCOMPARE(finished.count(), 1);
        const auto result = finished.first().first().value<CallResult>();
        QCOMPARE(result.error->code, Code::Cancelled);
        QTest::qWait(50);
        QCOMPARE(finished.count(), 1);

        std::unique_ptr<ProviderCall> early(provider->start(request()));
        QSignalSpy earlyFinished(early.get(), &ProviderCall::finished);
        early->cancel();
        QCOMPARE(earlyFinished.count(), 1);
        QTest::qWait(50);
        QCOMPARE(earlyFinished.count(), 1);
        QCOMPARE(server.requests().size(), 1);
    }

    void deletingCallFromFinishedSlotIsSafe()
    {
        LoopbackServer server;
        server.enqueue(Response::openAiStream(u"bye"_s));
        const auto provider = Provider::create(configFor(u"openai"_s, server.url().toString()), &m_nam);
        ProviderCall *call = provider->start(request());
        QObject context;
        bool done = false;
        connect(call, &ProviderCall::finished, &context, [&done, call](const CallResult &) {
            delete call;
            done = true;
        });
        QTRY_VERIFY(done);
    }

    void noApiKey_data()
    {
        QTest::addColumn<QString>("preset");
        QTest::addColumn<QString>("envVar");
        QTest::newRow("openai") << u"openai"_s << u"OPENAI_API_KEY"_s;
        QTest::newRow("openrouter") << u"openrouter"_s << u"OPENROUTER_API_KEY"_s;
        QTest::newRow("anthropic") << u"anthropic"_s << u"ANTHROPIC_API_KEY"_s;
        QTest::newRow("gemini") << u"gemini"_s << u"GEMINI_API_KEY / GOOGLE_API_KEY"_s;
    }
    void noApiKey()
    {
        QFETCH(QString, preset);
        QFETCH(QString, envVar);
        ProviderConfig config = configFor(preset, ProviderPreset::find(preset)->defaultBaseUrl);
        config.apiKey.clear();
        const auto provider = Provider::create(config, &m_nam);
        const auto out = ProviderTestKit::runCall(*provider, request());
        QVERIFY(out.result.error);
        QCOMPARE(out.result.error->code, Code::NoApiKey);
        QVERIFY2(out.result.error->message.contains(envVar), qPrintable(out.result.error->message));
        QVERIFY(out.result.error->message.contains(provider->chatUrl().toString()));
        QVERIFY(out.elapsedMs < 3000); // nothing was sent

        const auto list = ProviderTestKit::listModels(*provider);
        QVERIFY(list.error);
        QCOMPARE(list.error->code, Code::NoApiKey);
    }

    void localServerNeedsNoKey()
    {
        LoopbackServer server;
        server.enqueue(Response::openAiStream(u"local"_s));
        ProviderConfig config = configFor(u"openai"_s, server.url().toString());
        config.apiKey.clear();
        const auto provider = Provider::create(config, &m_nam);
        const auto out = ProviderTestKit::runCall(*provider, request());
        QVERIFY(!out.result.error);
        QVERIFY(!server.lastRequest().hasHeader("authorization"));
    }

    void customWithoutBaseUrl()
    {
        ProviderConfig config = configFor(u"custom"_s, QString());
        const auto provider = Provider::create(config, &m_nam);
        const auto out = ProviderTestKit::runCall(*provider, request());
        QVERIFY(out.result.error);
        QCOMPARE(out.result.error->code, Code::BadRequest);
        QVERIFY(out.result.error->message.contains(u"base URL"_s));
    }

    void structuredFallback_data()
    {
        QTest::addColumn<QString>("preset");
        QTest::addColumn<QByteArray>("rejection");
        QTest::addColumn<QString>("field");
        QTest::newRow("openai") << u"openai"_s
                                << QByteArray("{\"error\":{\"message\":\"Invalid parameter: 'response_format' of type "
                                              "'json_schema' is not supported with this model.\",\"type\":"
                                              "\"invalid_request_error\",\"param\":\"response_format\"}}")
                                << u"response_format"_s;
        QTest::newRow("llama.cpp") << u"llamacpp"_s
                                   << QByteArray("{\"error\":{\"code\":400,\"message\":\"Unsupported JSON schema\","
                                                 "\"type\":\"invalid_request_error\"}}")
                                   << u"response_format"_s;
        QTest::newRow("anthropic") << u"anthropic"_s
                                   << QByteArray(
                                          "{\"type\":\"error\",\"error\":{\"type\":\"invalid_request_error\","
                                          "\"message\":\"output_config.format: Extra inputs are not permitted\"}}")
                                   << u"output_config"_s;
        QTest::newRow("gemini") << u"gemini"_s
                                << QByteArray("{\"error\":{\"code\":400,\"message\":\"Invalid JSON payload received. "
                                              "Unknown name \\\"responseSchema\\\"\",\"status\":\"INVALID_ARGUMENT\"}}")
                                << u"generationConfig"_s;
    }
    void structuredFallback()
    {
        QFETCH(QString, preset);
        QFETCH(QByteArray, rejection);
        QFETCH(QString, field);
        LoopbackServer server;
        server.enqueue(Response::json(rejection, 400));
        server.enqueue(preset == u"anthropic"_s ? Response::anthropicStream(u"plain"_s)
                       : preset == u"gemini"_s  ? Response::geminiStream(u"plain"_s)
                                                : Response::openAiStream(u"plain"_s));
        const auto provider = Provider::create(configFor(preset, server.url().toString(), 0), &m_nam);
        const auto out = ProviderTestKit::runCall(*provider, request(true));
        QVERIFY2(!out.result.error, qPrintable(out.result.error ? out.result.error->message : QString()));
        QCOMPARE(out.result.text, u"plain"_s);
        QCOMPARE(out.result.structuredUsed, false);
        QCOMPARE(out.result.attempts, 2);
        QVERIFY2(out.result.notes.join(u' ').contains(u"structured output"_s), qPrintable(out.result.notes.join(u'|')));
        QCOMPARE(server.requests().size(), 2);
        const auto has = [&field, &preset](const QJsonObject &body) {
            if (preset == u"gemini"_s)
                return body[field].toObject().contains(u"responseSchema"_s);
            return body.contains(field);
        };
        QVERIFY(has(server.requests()[0].json()));
        QVERIFY(!has(server.requests()[1].json()));
    }

    void structuredOnDoesNotFallBack()
    {
        LoopbackServer server;
        server.enqueue(Response::json("{\"error\":{\"message\":\"'response_format' is not supported\"}}", 400));
        server.enqueue(Response::openAiStream(u"never"_s));
        ProviderConfig config = configFor(u"openai"_s, server.url().toString());
        config.structured = StructuredMode::On;
        const auto provider = Provider::create(config, &m_nam);
        const auto out = ProviderTestKit::runCall(*provider, request(true));
        QVERIFY(out.result.error);
        QCOMPARE(out.result.error->code, Code::BadRequest);
        QVERIFY(out.result.error->message.contains(u"response_format"_s));
        QCOMPARE(server.requests().size(), 1);
    }

    void structuredOffSendsNoSchema()
    {
        LoopbackServer server;
        server.enqueue(Response::openAiStream(u"x"_s));
        ProviderConfig config = configFor(u"openai"_s, server.url().toString());
        config.structured = StructuredMode::Off;
        const auto provider = Provider::create(config, &m_nam);
        const auto out = ProviderTestKit::runCall(*provider, request(true));
        QVERIFY(!out.result.error);
        QVERIFY(!out.result.structuredUsed);
        QVERIFY(!server.lastRequest().json().contains(u"response_format"_s));
    }

    void redirectIsFollowed()
    {
        LoopbackServer server;
        server.enqueue(Response::text("", 307).withHeader(
            "Location", server.url(u"/elsewhere/v1/chat/completions"_s).toString().toUtf8()));
        server.enqueue(Response::openAiStream(u"moved"_s));
        const auto provider = Provider::create(configFor(u"openai"_s, server.url().toString()), &m_nam);
        const auto out = ProviderTestKit::runCall(*provider, request());
        QVERIFY2(!out.result.error, qPrintable(out.result.error ? out.result.error->message : QString()));
        QCOMPARE(out.result.text, u"moved"_s);
        QCOMPARE(server.requests().size(), 2);
        QCOMPARE(server.requests()[1].path(), u"/elsewhere/v1/chat/completions"_s);
        QCOMPARE(server.requests()[1].method, QByteArray("POST"));
    }

    void redirectToOtherHostDropsKey()
    {
        LoopbackServer server;
        const QByteArray elsewhere =
            "http://localhost:" + QByteArray::number(server.port()) + "/other/chat/completions";
        server.enqueue(Response::text("", 308).withHeader("Location", elsewhere));
        server.enqueue(Response::openAiStream(u"moved"_s));
        const auto provider = Provider::create(configFor(u"openai"_s, server.url().toString()), &m_nam);
        const auto out = ProviderTestKit::runCall(*provider, request());
        QVERIFY2(!out.result.error, qPrintable(out.result.error ? out.result.error->message : QString()));
        QCOMPARE(server.requests().size(), 2);
        QVERIFY(server.requests()[0].hasHeader("authorization"));
        QVERIFY2(!server.requests()[1].hasHeader("authorization"),
                 "the key must not follow a redirect to another host");
        QCOMPARE(server.requests()[1].path(), u"/other/chat/completions"_s);
    }

    void redirectLoopStops()
    {
        LoopbackServer server;
        server.setFallback(Response::text("", 307).withHeader("Location", "/v1/chat/completions"));
        const auto provider = Provider::create(configFor(u"openai"_s, server.url().toString()), &m_nam);
        const auto out = ProviderTestKit::runCall(*provider, request());
        QVERIFY(out.result.error);
        QCOMPARE(out.result.error->code, Code::BadResponse);
        QVERIFY2(out.result.error->message.contains(u"redirects"_s), qPrintable(out.result.error->message));
        QCOMPARE(server.requests().size(), 6);
    }

    void streamRequestAnsweredWithJson_data()
    {
        QTest::addColumn<QString>("preset");
        QTest::newRow("openai") << u"openai"_s;
        QTest::newRow("gemini") << u"gemini"_s;
    }
    void streamRequestAnsweredWithJson()
    {
        // Some OpenAI-compatible servers ignore "stream": true; the reply is still read.
        VSLAB_REQUIRE_SHARED("fixtures/providers");
        QFETCH(QString, preset);
        LoopbackServer server;
        server.enqueue(Response::fixture(
            fixture(preset == u"gemini"_s ? u"gemini/generate-content.json"_s : u"openai/chat-completion.json"_s)));
        const auto provider = Provider::create(configFor(preset, server.url().toString()), &m_nam);
        const auto out = ProviderTestKit::runCall(*provider, request());
        QVERIFY2(!out.result.error, qPrintable(out.result.error ? out.result.error->message : QString()));
        QVERIFY(!out.result.text.isEmpty());
        QCOMPARE(out.result.finishReason, u"stop"_s);
    }

    void htmlInsteadOfStream()
    {
        LoopbackServer server;
        server.enqueue(Response::text("<html><body>Captive portal</body></html>", 200, "text/html"));
        const auto provider = Provider::create(configFor(u"openai"_s, server.url().toString()), &m_nam);
        const auto out = ProviderTestKit::runCall(*provider, request());
        QVERIFY(out.result.error);
        QCOMPARE(out.result.error->code, Code::BadResponse);
        checkMessage(*out.result.error, provider->chatUrl());
    }

    void listModelsErrors()
    {
        LoopbackServer server;
        server.enqueue(Response::json("{\"error\":{\"message\":\"bad key sk-secret-loopback-key-9876543210\"}}", 401));
        server.enqueue(Response::text("not json"));
        const auto provider = Provider::create(configFor(u"openai"_s, server.url().toString()), &m_nam);
        const auto first = ProviderTestKit::listModels(*provider);
        QVERIFY(first.error);
        QCOMPARE(first.error->code, Code::KeyRejected);
        QVERIFY(!first.error->message.contains(key));
        QVERIFY(first.error->message.contains(server.url(u"/v1/models"_s).toString()));
        const auto second = ProviderTestKit::listModels(*provider);
        QVERIFY(second.error);
        QCOMPARE(second.error->code, Code::BadResponse);
    }
};

QTEST_GUILESS_MAIN(TestProviderErrors)
#include "tst_providererrors.moc"
