// SPDX-License-Identifier: Apache-2.0
// Presets, base-URL normalization, model families and per-provider request adjustments.
#include "LoopbackServer.h"
#include "providers/Provider.h"
#include "providers/ProviderSupport.h"
#include "ProviderTestKit.h"

#include <QNetworkAccessManager>
#include <QSet>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using Response = LoopbackServer::Response;

class TestProviderConfig : public QObject
{
    Q_OBJECT
private:
    QNetworkAccessManager m_nam;

private Q_SLOTS:
    void presets_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("url");
        QTest::addColumn<QStringList>("env");
        QTest::addColumn<bool>("keyRequired");
        using K = ProviderKind;
        QTest::newRow("openai") << u"openai"_s << int(K::OpenAiCompatible) << u"https://api.openai.com/v1"_s
                                << QStringList{u"OPENAI_API_KEY"_s} << true;
        QTest::newRow("openrouter") << u"openrouter"_s << int(K::OpenAiCompatible) << u"https://openrouter.ai/api/v1"_s
                                    << QStringList{u"OPENROUTER_API_KEY"_s} << true;
        QTest::newRow("ollama") << u"ollama"_s << int(K::OpenAiCompatible) << u"http://localhost:11434/v1"_s
                                << QStringList{} << false;
        QTest::newRow("lmstudio") << u"lmstudio"_s << int(K::OpenAiCompatible) << u"http://localhost:1234/v1"_s
                                  << QStringList{} << false;
        QTest::newRow("vllm") << u"vllm"_s << int(K::OpenAiCompatible) << u"http://localhost:8000/v1"_s << QStringList{}
                              << false;
        QTest::newRow("llamacpp") << u"llamacpp"_s << int(K::OpenAiCompatible) << u"http://localhost:8080/v1"_s
                                  << QStringList{} << false;
        QTest::newRow("custom") << u"custom"_s << int(K::OpenAiCompatible) << QString() << QStringList{} << false;
        QTest::newRow("anthropic") << u"anthropic"_s << int(K::Anthropic) << u"https://api.anthropic.com"_s
                                   << QStringList{u"ANTHROPIC_API_KEY"_s} << true;
        QTest::newRow("gemini") << u"gemini"_s << int(K::Gemini)
                                << u"https://generativelanguage.googleapis.com/v1beta"_s
                                << QStringList{u"GEMINI_API_KEY"_s, u"GOOGLE_API_KEY"_s} << true;
        QTest::newRow("demo") << u"demo"_s << int(K::Demo) << QString() << QStringList{} << false;
    }
    void presets()
    {
        QFETCH(QString, id);
        QFETCH(int, kind);
        QFETCH(QString, url);
        QFETCH(QStringList, env);
        QFETCH(bool, keyRequired);
        const ProviderPreset *p = ProviderPreset::find(id);
        QVERIFY(p);
        QCOMPARE(p->id, id);
        QCOMPARE(int(p->kind), kind);
        QCOMPARE(p->defaultBaseUrl, url);
        QCOMPARE(p->keyEnvVars, env);
        QCOMPARE(p->keyRequired, keyRequired);
        QVERIFY(!p->displayName.isEmpty());
        QCOMPARE(ProviderPreset::find(id.toUpper()), p);
    }

    void presetIdsUniqueAndUnknownIsNull()
    {
        QSet<QString> ids;
        for (const ProviderPreset &p : ProviderPreset::all())
            ids.insert(p.id);
        QCOMPARE(ids.size(), ProviderPreset::all().size());
        QCOMPARE(ProviderPreset::all().size(), 10);
        QVERIFY(!ProviderPreset::find(u"nope"_s));
    }

    void codeNamesAreUnique()
    {
        QSet<QString> names;
        for (int c = 0; c <= int(ProviderError::Code::Other); ++c)
            names.insert(ProviderError::codeName(ProviderError::Code(c)));
        QCOMPARE(names.size(), int(ProviderError::Code::Other) + 1);
        QCOMPARE(ProviderError::codeName(ProviderError::Code::KeyRejected), u"key_rejected"_s);
        QCOMPARE(ProviderError::codeName(ProviderError::Code::QuotaExceeded), u"quota_exceeded"_s);
    }

    void createMakesTheRightKind_data()
    {
        QTest::addColumn<QString>("preset");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("chatUrl");
        QTest::newRow("openai") << u"openai"_s << int(ProviderKind::OpenAiCompatible)
                                << u"https://api.openai.com/v1/chat/completions"_s;
        QTest::newRow("ollama") << u"ollama"_s << int(ProviderKind::OpenAiCompatible)
                                << u"http://localhost:11434/v1/chat/completions"_s;
        QTest::newRow("anthropic") << u"anthropic"_s << int(ProviderKind::Anthropic)
                                   << u"https://api.anthropic.com/v1/messages"_s;
        QTest::newRow("gemini") << u"gemini"_s << int(ProviderKind::Gemini)
                                << u"https://generativelanguage.googleapis.com/v1beta/models/"
                                   "gemini-2.0-flash:streamGenerateContent?alt=sse"_s;
        QTest::newRow("unknown id is OpenAI-compatible")
            << u"my-server"_s << int(ProviderKind::OpenAiCompatible) << u"https://api.openai.com/v1/chat/completions"_s;
    }
    void createMakesTheRightKind()
    {
        QFETCH(QString, preset);
        QFETCH(int, kind);
        QFETCH(QString, chatUrl);
        ProviderConfig config;
        config.presetId = preset;
        const ProviderPreset *p = ProviderPreset::find(preset);
        config.baseUrl = p ? p->defaultBaseUrl : u"https://api.openai.com"_s;
        config.model = p ? p->defaultModel : u"m"_s;
        const auto provider = Provider::create(config, &m_nam);
        QCOMPARE(int(provider->kind()), kind);
        QVERIFY(!provider->isSimulated());
        QCOMPARE(provider->chatUrl().toString(), chatUrl);
    }

    void demoPresetIsSimulated()
    {
        const auto provider = Provider::create(ProviderConfig{}, &m_nam);
        QCOMPARE(provider->kind(), ProviderKind::Demo);
        QVERIFY(provider->isSimulated());
    }

    void openAiBaseUrls_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("base");
        QTest::newRow("host only") << u"https://api.openai.com"_s << u"https://api.openai.com/v1"_s;
        QTest::newRow("trailing slash") << u"https://api.openai.com/"_s << u"https://api.openai.com/v1"_s;
        QTest::newRow("with v1") << u"https://api.openai.com/v1"_s << u"https://api.openai.com/v1"_s;
        QTest::newRow("v1 slash") << u"https://api.openai.com/v1/"_s << u"https://api.openai.com/v1"_s;
        QTest::newRow("many slashes") << u"https://api.openai.com/v1///"_s << u"https://api.openai.com/v1"_s;
        QTest::newRow("spaces") << u"  http://localhost:11434  "_s << u"http://localhost:11434/v1"_s;
        QTest::newRow("openrouter prefix") << u"https://openrouter.ai/api"_s << u"https://openrouter.ai/api/v1"_s;
        QTest::newRow("openrouter full") << u"https://openrouter.ai/api/v1/"_s << u"https://openrouter.ai/api/v1"_s;
        QTest::newRow("pasted endpoint") << u"https://api.openai.com/v1/chat/completions"_s
                                         << u"https://api.openai.com/v1"_s;
        QTest::newRow("other version kept") << u"https://example.com/api/v2"_s << u"https://example.com/api/v2"_s;
        QTest::newRow("query dropped") << u"http://127.0.0.1:8080/v1?x=1#frag"_s << u"http://127.0.0.1:8080/v1"_s;
        QTest::newRow("empty") << QString() << QString();
        QTest::newRow("no scheme") << u"api.openai.com"_s << QString();
    }
    void openAiBaseUrls()
    {
        QFETCH(QString, typed);
        QFETCH(QString, base);
        const QUrl url = ProviderSupport::normalizeOpenAiBase(typed);
        QCOMPARE(url.isValid() ? url.toString() : QString(), base);
        if (!base.isEmpty())
            QCOMPARE(ProviderSupport::appendPath(url, u"/chat/completions"_s).toString(),
                     base + u"/chat/completions"_s);
    }

    void anthropicAndGeminiBaseUrls_data()
    {
        QTest::addColumn<QString>("preset");
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("chat");
        QTest::newRow("anthropic root") << u"anthropic"_s << u"https://api.anthropic.com"_s
                                        << u"https://api.anthropic.com/v1/messages"_s;
        QTest::newRow("anthropic slash") << u"anthropic"_s << u"https://api.anthropic.com/"_s
                                         << u"https://api.anthropic.com/v1/messages"_s;
        QTest::newRow("anthropic v1") << u"anthropic"_s << u"https://api.anthropic.com/v1/"_s
                                      << u"https://api.anthropic.com/v1/messages"_s;
        QTest::newRow("anthropic proxy path") << u"anthropic"_s << u"https://proxy.example/anthropic"_s
                                              << u"https://proxy.example/anthropic/v1/messages"_s;
        QTest::newRow("gemini root") << u"gemini"_s << u"https://generativelanguage.googleapis.com"_s
                                     << u"https://generativelanguage.googleapis.com/v1beta/models/m:"
                                        "streamGenerateContent?alt=sse"_s;
        QTest::newRow("gemini v1beta slash") << u"gemini"_s << u"https://generativelanguage.googleapis.com/v1beta/"_s
                                             << u"https://generativelanguage.googleapis.com/v1beta/models/m:"
                                                "streamGenerateContent?alt=sse"_s;
        QTest::newRow("gemini v1 kept") << u"gemini"_s << u"https://generativelanguage.googleapis.com/v1"_s
                                        << u"https://generativelanguage.googleapis.com/v1/models/m:"
                                           "streamGenerateContent?alt=sse"_s;
    }
    void anthropicAndGeminiBaseUrls()
    {
        QFETCH(QString, preset);
        QFETCH(QString, typed);
        QFETCH(QString, chat);
        ProviderConfig config;
        config.presetId = preset;
        config.baseUrl = typed;
        config.model = preset == u"gemini"_s ? u"models/m"_s : u"claude"_s;
        const auto provider = Provider::create(config, &m_nam);
        QCOMPARE(provider->chatUrl().toString(), chat);
    }

    void localHosts_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("local");
        QTest::newRow("localhost") << u"http://localhost:11434/v1"_s << true;
        QTest::newRow("LOCALHOST") << u"http://LOCALHOST/v1"_s << true;
        QTest::newRow("127.0.0.1") << u"http://127.0.0.1:8080"_s << true;
        QTest::newRow("127.1.2.3") << u"http://127.1.2.3"_s << true;
        QTest::newRow("::1") << u"http://[::1]:8000/v1"_s << true;
        QTest::newRow("x.localhost") << u"http://llm.localhost/v1"_s << true;
        QTest::newRow("openai") << u"https://api.openai.com/v1"_s << false;
        QTest::newRow("lan") << u"http://192.168.1.5:11434"_s << false;
        QTest::newRow("lookalike") << u"http://localhost.evil.example"_s << false;
    }
    void localHosts()
    {
        QFETCH(QString, url);
        QFETCH(bool, local);
        QCOMPARE(ProviderSupport::isLocalHost(QUrl(url)), local);
    }

    void reasoningModels_data()
    {
        QTest::addColumn<QString>("model");
        QTest::addColumn<bool>("reasoning");
        for (const char *m : {"o1", "o1-mini", "o3", "o3-mini", "o4-mini", "o3-2025-04-16", "gpt-5", "gpt-5-mini",
                              "gpt-5.1", "openai/o3-mini", "openai/gpt-5", "O3-MINI"})
            QTest::newRow(m) << QString::fromLatin1(m) << true;
        for (const char *m : {"gpt-4o", "gpt-4o-mini", "gpt-4.1", "o2", "olmo-7b", "llama3.2", "claude-sonnet-4-5",
                              "openai/gpt-4o", "mistral-o3", "gpt-50x"})
            QTest::newRow(m) << QString::fromLatin1(m) << false;
    }
    void reasoningModels()
    {
        QFETCH(QString, model);
        QFETCH(bool, reasoning);
        QCOMPARE(ProviderSupport::isReasoningModel(model), reasoning);
    }

    void finishReasons_data()
    {
        QTest::addColumn<int>("family"); // 0 OpenAI, 1 Anthropic, 2 Gemini
        QTest::addColumn<QString>("raw");
        QTest::addColumn<QString>("normalized");
        QTest::newRow("openai stop") << 0 << u"stop"_s << u"stop"_s;
        QTest::newRow("openai length") << 0 << u"length"_s << u"length"_s;
        QTest::newRow("openai filter") << 0 << u"content_filter"_s << u"content_filter"_s;
        QTest::newRow("openai function_call") << 0 << u"function_call"_s << u"tool_calls"_s;
        QTest::newRow("anthropic end_turn") << 1 << u"end_turn"_s << u"stop"_s;
        QTest::newRow("anthropic stop_sequence") << 1 << u"stop_sequence"_s << u"stop"_s;
        QTest::newRow("anthropic max_tokens") << 1 << u"max_tokens"_s << u"length"_s;
        QTest::newRow("anthropic refusal") << 1 << u"refusal"_s << u"refusal"_s;
        QTest::newRow("anthropic tool_use") << 1 << u"tool_use"_s << u"tool_calls"_s;
        QTest::newRow("gemini STOP") << 2 << u"STOP"_s << u"stop"_s;
        QTest::newRow("gemini MAX_TOKENS") << 2 << u"MAX_TOKENS"_s << u"length"_s;
        QTest::newRow("gemini SAFETY") << 2 << u"SAFETY"_s << u"content_filter"_s;
        QTest::newRow("gemini RECITATION") << 2 << u"RECITATION"_s << u"content_filter"_s;
        QTest::newRow("gemini OTHER") << 2 << u"OTHER"_s << u"other"_s;
    }
    void finishReasons()
    {
        QFETCH(int, family);
        QFETCH(QString, raw);
        QFETCH(QString, normalized);
        const QString got = family == 0   ? ProviderSupport::normalizeOpenAiFinish(raw)
                            : family == 1 ? ProviderSupport::normalizeAnthropicFinish(raw)
                                          : ProviderSupport::normalizeGeminiFinish(raw);
        QCOMPARE(got, normalized);
    }

    void reasoningModelRequest()
    {
        LoopbackServer server;
        server.enqueue(Response::openAiStream(u"ok"_s));
        ProviderConfig config;
        config.presetId = u"openai"_s;
        config.baseUrl = server.url().toString();
        config.model = u"o3-mini"_s;
        const auto provider = Provider::create(config, &m_nam);
        QString reason;
        const auto range = provider->temperatureRange(&reason);
        QCOMPARE(range.first, 1.0);
        QCOMPARE(range.second, 1.0);
        QVERIFY(reason.contains(u"reasoning"_s));
        ChatRequest request;
        request.messages = {{ChatMessage::Role::User, u"hi"_s}};
        request.temperature = 0.9;
        request.maxTokens = 500;
        const auto out = ProviderTestKit::runCall(*provider, request);
        QVERIFY(!out.result.error);
        const QJsonObject body = server.lastRequest().json();
        QCOMPARE(body[u"max_completion_tokens"_s].toInt(), 500);
        QVERIFY(!body.contains(u"max_tokens"_s));
        QVERIFY(!body.contains(u"temperature"_s));
        QVERIFY(!body.contains(u"top_p"_s));
        QVERIFY2(out.result.notes.join(u' ').contains(u"reasoning model"_s), qPrintable(out.result.notes.join(u'|')));
    }

    void anthropicTemperatureCapped_data()
    {
        QTest::addColumn<double>("requested");
        QTest::addColumn<double>("sent");
        QTest::addColumn<bool>("noted");
        QTest::newRow("within") << 0.7 << 0.7 << false;
        QTest::newRow("at one") << 1.0 << 1.0 << false;
        QTest::newRow("above") << 1.5 << 1.0 << true;
        QTest::newRow("max") << 2.0 << 1.0 << true;
    }
    void anthropicTemperatureCapped()
    {
        QFETCH(double, requested);
        QFETCH(double, sent);
        QFETCH(bool, noted);
        LoopbackServer server;
        server.enqueue(Response::anthropicStream(u"ok"_s));
        ProviderConfig config;
        config.presetId = u"anthropic"_s;
        config.baseUrl = server.url().toString();
        config.model = u"claude-sonnet-4-5"_s;
        config.apiKey = u"k-123456"_s;
        const auto provider = Provider::create(config, &m_nam);
        QString reason;
        const auto range = provider->temperatureRange(&reason);
        QCOMPARE(range.second, 1.0);
        QVERIFY(!reason.isEmpty());
        ChatRequest request;
        request.messages = {{ChatMessage::Role::User, u"hi"_s}};
        request.temperature = requested;
        const auto out = ProviderTestKit::runCall(*provider, request);
        QVERIFY(!out.result.error);
        QCOMPARE(server.lastRequest().json()[u"temperature"_s].toDouble(), sent);
        QCOMPARE(out.result.notes.join(u' ').contains(u"capped at 1"_s), noted);
    }

    void openAiDefaultRangeHasNoReason()
    {
        ProviderConfig config;
        config.presetId = u"openai"_s;
        config.baseUrl = u"https://api.openai.com/v1"_s;
        config.model = u"gpt-4o"_s;
        const auto provider = Provider::create(config, &m_nam);
        QString reason = u"stale"_s;
        const auto range = provider->temperatureRange(&reason);
        QCOMPARE(range.first, 0.0);
        QCOMPARE(range.second, 2.0);
        QVERIFY(reason.isEmpty());
    }

    // The demo model's hints carry only what shapes its reply; τ reaches it only when τ is in the prompt.
    void vsHintsForSettings_data()
    {
        QTest::addColumn<Method>("method");
        QTest::addColumn<TauMode>("tauMode");
        QTest::addColumn<int>("count");
        QTest::addColumn<bool>("tauInPrompt");
        QTest::newRow("vs-standard, tail") << Method::VsStandard << TauMode::Tail << 7 << true;
        QTest::newRow("vs-standard, filter") << Method::VsStandard << TauMode::Filter << 7 << false;
        QTest::newRow("vs-cot, off") << Method::VsCot << TauMode::Off << 7 << false;
        QTest::newRow("sequence") << Method::Sequence << TauMode::Off << 7 << false;
        QTest::newRow("direct") << Method::Direct << TauMode::Off << 1 << false;
        QTest::newRow("direct-cot") << Method::DirectCot << TauMode::Off << 1 << false;
    }
    void vsHintsForSettings()
    {
        QFETCH(Method, method);
        QFETCH(TauMode, tauMode);
        QFETCH(int, count);
        QFETCH(bool, tauInPrompt);
        GenerationSettings s;
        s.method = method;
        s.k = 7;
        s.tauMode = tauMode;
        s.tau = 0.12;
        s.format = OutputFormat::Xml;
        const VsHints h = VsHints::forSettings(s, u"Tell me a joke"_s);
        QCOMPARE(h.userPrompt, u"Tell me a joke"_s);
        QCOMPARE(h.method, method);
        QCOMPARE(h.format, OutputFormat::Xml);
        QCOMPARE(h.count, count);
        QCOMPARE(h.tauInPrompt.has_value(), tauInPrompt);
        if (tauInPrompt)
            QCOMPARE(*h.tauInPrompt, 0.12);
        QCOMPARE(h.turn, 0);
        QVERIFY(h.previous.isEmpty());
    }

    void sanitizeRemovesKeyAndNewlines()
    {
        const QString key = u"sk-abcdef123456"_s;
        const QString s = ProviderSupport::sanitize(u"bad key sk-abcdef123456\nsee\tdocs"_s, key);
        QCOMPARE(s, u"bad key *** see docs"_s);
        QCOMPARE(ProviderSupport::sanitize(QString(500, u'x'), {}, 10).size(), 10);
    }

    void serverMessages_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("message");
        QTest::addColumn<QString>("type");
        QTest::newRow("openai") << QByteArray("{\"error\":{\"message\":\"m\",\"type\":\"t\",\"code\":\"c\"}}") << u"m"_s
                                << u"t"_s;
        QTest::newRow("anthropic") << QByteArray("{\"type\":\"error\",\"error\":{\"type\":\"rate_limit_error\","
                                                 "\"message\":\"slow\"}}")
                                   << u"slow"_s << u"rate_limit_error"_s;
        QTest::newRow("google") << QByteArray("{\"error\":{\"code\":429,\"message\":\"quota\","
                                              "\"status\":\"RESOURCE_EXHAUSTED\"}}")
                                << u"quota"_s << u"RESOURCE_EXHAUSTED"_s;
        QTest::newRow("google array") << QByteArray("[{\"error\":{\"code\":400,\"message\":\"bad\","
                                                    "\"status\":\"INVALID_ARGUMENT\"}}]")
                                      << u"bad"_s << u"INVALID_ARGUMENT"_s;
        QTest::newRow("ollama string") << QByteArray("{\"error\":\"model not found\"}") << u"model not found"_s
                                       << QString();
        QTest::newRow("fastapi detail") << QByteArray("{\"detail\":\"Not Found\"}") << u"Not Found"_s << QString();
        QTest::newRow("plain text") << QByteArray("Bad Gateway") << u"Bad Gateway"_s << QString();
        QTest::newRow("html ignored") << QByteArray("<html><body>502</body></html>") << QString() << QString();
    }
    void serverMessages()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, message);
        QFETCH(QString, type);
        const auto m = ProviderSupport::parseServerMessage(body);
        QCOMPARE(m.message, message);
        QCOMPARE(m.type, type);
    }
};

QTEST_GUILESS_MAIN(TestProviderConfig)
#include "tst_providerconfig.moc"
