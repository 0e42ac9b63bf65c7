// SPDX-License-Identifier: Apache-2.0
#include "ProviderTypes.h"

namespace {
ProviderPreset preset(const char *id, const QString &name, ProviderKind kind, const char *url, QStringList keys,
                      bool keyRequired, const char *model)
{
    ProviderPreset p;
    p.id = QString::fromLatin1(id);
    p.displayName = name;
    p.kind = kind;
    p.defaultBaseUrl = QString::fromLatin1(url);
    p.keyEnvVars = std::move(keys);
    p.keyRequired = keyRequired;
    p.defaultModel = QString::fromLatin1(model);
    return p;
}
} // namespace

QString ProviderPreset::title() const
{
    // Brand names ("OpenAI") are not marked for translation and come back unchanged.
    return tr(displayName.toUtf8().constData());
}

const QList<ProviderPreset> &ProviderPreset::all()
{
    using K = ProviderKind;
    // The demo comes first: it is what a first launch uses, with no key and no network.
    static const QList<ProviderPreset> presets = [] {
        QList<ProviderPreset> list{
            preset("demo", QStringLiteral(QT_TRANSLATE_NOOP("ProviderPreset", "Demo model (offline)")), K::Demo, "", {},
                   false, "vs-demo"),
            preset("openai", QStringLiteral("OpenAI"), K::OpenAiCompatible, "https://api.openai.com/v1",
                   {QStringLiteral("OPENAI_API_KEY")}, true, "gpt-4o-mini"),
            preset("openrouter", QStringLiteral("OpenRouter"), K::OpenAiCompatible, "https://openrouter.ai/api/v1",
                   {QStringLiteral("OPENROUTER_API_KEY")}, true, "openai/gpt-4o-mini"),
            preset("anthropic", QStringLiteral("Anthropic"), K::Anthropic, "https://api.anthropic.com",
                   {QStringLiteral("ANTHROPIC_API_KEY")}, true, "claude-sonnet-4-5"),
            preset("gemini", QStringLiteral("Google Gemini"), K::Gemini,
                   "https://generativelanguage.googleapis.com/v1beta",
                   {QStringLiteral("GEMINI_API_KEY"), QStringLiteral("GOOGLE_API_KEY")}, true, "gemini-2.0-flash"),
            preset("ollama", QStringLiteral("Ollama"), K::OpenAiCompatible, "http://localhost:11434/v1", {}, false,
                   "llama3.2"),
            preset("lmstudio", QStringLiteral("LM Studio"), K::OpenAiCompatible, "http://localhost:1234/v1", {}, false,
                   ""),
            preset("vllm", QStringLiteral("vLLM"), K::OpenAiCompatible, "http://localhost:8000/v1", {}, false, ""),
            preset("llamacpp", QStringLiteral(QT_TRANSLATE_NOOP("ProviderPreset", "llama.cpp server")),
                   K::OpenAiCompatible, "http://localhost:8080/v1", {}, false, ""),
            // A custom server may or may not want a key; the key is sent when one is set.
            preset("custom", QStringLiteral(QT_TRANSLATE_NOOP("ProviderPreset", "Custom (OpenAI-compatible)")),
                   K::OpenAiCompatible, "", {}, false, ""),
        };
        list[0].supportsStructured = false;
        return list;
    }();
    return presets;
}

const ProviderPreset *ProviderPreset::find(const QString &id)
{
    for (const ProviderPreset &p : all()) {
        if (p.id.compare(id, Qt::CaseInsensitive) == 0)
            return &p;
    }
    return nullptr;
}

VsHints VsHints::forSettings(const GenerationSettings &settings, const QString &userPrompt)
{
    VsHints h;
    h.userPrompt = userPrompt;
    h.method = settings.method;
    h.format = settings.format;
    if (settings.tauMode == TauMode::Tail)
        h.tauInPrompt = settings.tau;
    h.count = Names::methodAsksForMany(settings.method) ? settings.k : 1;
    return h;
}

QString ProviderError::codeName(Code c)
{
    switch (c) {
    case Code::NoApiKey:
        return QStringLiteral("no_api_key");
    case Code::KeyRejected:
        return QStringLiteral("key_rejected");
    case Code::ModelNotFound:
        return QStringLiteral("model_not_found");
    case Code::RateLimited:
        return QStringLiteral("rate_limited");
    case Code::QuotaExceeded:
        return QStringLiteral("quota_exceeded");
    case Code::Overloaded:
        return QStringLiteral("overloaded");
    case Code::ServerError:
        return QStringLiteral("server_error");
    case Code::BadRequest:
        return QStringLiteral("bad_request");
    case Code::StreamError:
        return QStringLiteral("stream_error");
    case Code::ConnectionRefused:
        return QStringLiteral("connection_refused");
    case Code::HostNotFound:
        return QStringLiteral("host_not_found");
    case Code::TlsError:
        return QStringLiteral("tls_error");
    case Code::ConnectionLost:
        return QStringLiteral("connection_lost");
    case Code::Stalled:
        return QStringLiteral("stalled");
    case Code::Timeout:
        return QStringLiteral("timeout");
    case Code::TooLarge:
        return QStringLiteral("too_large");
    case Code::Blocked:
        return QStringLiteral("blocked");
    case Code::BadResponse:
        return QStringLiteral("bad_response");
    case Code::Cancelled:
        return QStringLiteral("cancelled");
    case Code::NoMatch:
        return QStringLiteral("no_match");
    case Code::Other:
        break;
    }
    return QStringLiteral("other");
}
