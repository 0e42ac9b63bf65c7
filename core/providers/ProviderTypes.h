// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "vs/ChatMessage.h"
#include "vs/Settings.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

/// Wire protocol family of a provider.
enum class ProviderKind {
    OpenAiCompatible,
    Anthropic,
    Gemini,
    Demo
};
/// Whether to ask the server to enforce the JSON Schema.
enum class StructuredMode {
    Auto,
    On,
    Off
};

/// A provider preset: OpenAI, OpenRouter, Ollama, LM Studio, vLLM, llama.cpp, custom, Anthropic, Gemini, demo.
struct ProviderPreset
{
    Q_DECLARE_TR_FUNCTIONS(ProviderPreset)
public:
    QString id;          ///< "openai", "ollama", ... (CLI --provider value)
    QString displayName; ///< "Ollama", untranslated (words are marked QT_TRANSLATE_NOOP); title() translates
    ProviderKind kind = ProviderKind::OpenAiCompatible;
    QString defaultBaseUrl;
    QStringList keyEnvVars; ///< conventional environment variables, first match wins
    bool keyRequired = true;
    QString defaultModel;
    bool supportsStructured = true;

    /// The name in the current language (translated on every call, so a language switch shows at once).
    QString title() const;
    static const QList<ProviderPreset> &all();
    static const ProviderPreset *find(const QString &id);
};

/// Everything needed to talk to one provider. The API key is held in memory only.
struct ProviderConfig
{
    QString presetId = QStringLiteral("demo");
    QString baseUrl; ///< as the user typed it; normalized by the provider
    QString model;
    QString apiKey; ///< never persisted, logged or printed
    StructuredMode structured = StructuredMode::Auto;
    bool stream = true;
    int stallTimeoutMs = 60000; ///< no byte for this long = stalled
    int totalTimeoutMs = 0;     ///< 0 = none (the stall timeout still applies)
    qint64 maxReplyBytes = 16 * 1024 * 1024;
    int retries = 2;
    int retryBaseDelayMs = 500;  ///< first backoff step; doubles per retry, with jitter
    int retryMaxDelayMs = 30000; ///< cap on any wait, the server's Retry-After included
    int maxTokens = 8192;
    double demoTokensPerSecond = 40.0; ///< demo model streaming speed; 0 = instant
    double demoAlpha = -1.0;           ///< demo typicality-bias α; < 0 = the pack's default
};

/// What the offline demo model needs to know about a call: it simulates a model instead of reading the messages,
/// so the few settings that shape a reply travel beside them. Network providers ignore it.
struct VsHints
{
    QString userPrompt;                       ///< the prompt as the user typed it (matched against the packs)
    Method method = Method::VsStandard;       ///< which kind of reply to write
    OutputFormat format = OutputFormat::Json; ///< how the prompt asked for the candidates
    /// τ mode "tail": the prompt asks for answers whose probability is below this τ. Empty when τ is not in the
    /// prompt (τ mode off or filter, which applies after parsing).
    std::optional<double> tauInPrompt;
    int count = 1;        ///< candidates this call asks for
    int turn = 0;         ///< 0-based turn in a conversation
    quint64 seed = 0;     ///< per-call seed for the simulated model
    QStringList previous; ///< answers given in earlier turns (multi-turn / vs-multi)

    /// The hints for a single call that asks for everything `settings` asks for: method, format, τ when it goes
    /// into the prompt, and k candidates (1 for the methods that ask for one answer).
    static VsHints forSettings(const GenerationSettings &settings, const QString &userPrompt = {});
};

/// One call to a chat model.
struct ChatRequest
{
    Conversation messages;
    double temperature = 0.9;
    int maxTokens = 8192;
    QJsonObject jsonSchema; ///< empty = no structured output
    VsHints hints;
    /// Independent completions of the same messages in one call (OpenAI-style `n`, Gemini `candidateCount`);
    /// the wire formats that have no such field ignore it and answer once.
    int choices = 1;
    /// Token log-probabilities: -1 = not asked; 0-20 = asked, with this many alternatives per position
    /// (OpenAI-style `logprobs` / `top_logprobs`, Gemini `responseLogprobs` / `logprobs`).
    int topLogprobs = -1;
};

/// One token's alternative at a position of a reply.
struct TokenAlternative
{
    QString token;
    double logprob = 0.0; ///< natural log
};

/// The model's own token probabilities for one completion, where the provider returns them.
struct ChoiceLogprobs
{
    double sum = 0.0;              ///< Σ log p over the completion's tokens (exp(sum) = the sequence probability)
    int tokens = 0;                ///< tokens with a log-probability (0 = none came)
    QList<TokenAlternative> first; ///< the alternatives at the first position, most likely first
};

struct Usage
{
    qint64 inputTokens = -1;
    qint64 outputTokens = -1;
    bool isKnown() const { return inputTokens >= 0 || outputTokens >= 0; }
};

/// Typed, specific provider errors (issue 4). The message says what happened and what to do; its text is translated
/// as `ProviderError::tr`, wherever in core/providers it is written.
struct ProviderError
{
    Q_DECLARE_TR_FUNCTIONS(ProviderError)
public:
    enum class Code {
        NoApiKey,
        KeyRejected,   ///< 401 / 403
        ModelNotFound, ///< 404
        RateLimited,   ///< 429 (retried)
        QuotaExceeded, ///< 429 insufficient_quota (not retried)
        Overloaded,    ///< 503 / 529
        ServerError,   ///< other 5xx
        BadRequest,    ///< other 4xx
        StreamError,   ///< error event inside a 200 stream
        ConnectionRefused,
        HostNotFound,
        TlsError,
        ConnectionLost, ///< reset / closed mid-reply
        Stalled,        ///< no bytes for stallTimeoutMs
        Timeout,        ///< total timeout
        TooLarge,       ///< reply larger than maxReplyBytes
        Blocked,        ///< safety / refusal with no content
        BadResponse,    ///< unreadable body
        Cancelled,
        NoMatch, ///< demo model: prompt matches no scenario pack
        Other,
    };
    Code code = Code::Other;
    int httpStatus = 0;
    /// One actionable line that names the provider and URL, never the key. Only the demo model's NoMatch adds
    /// lines: the prompts it knows, one per line.
    QString message;
    QUrl url;
    bool retryable = false;

    static QString codeName(Code c); ///< "key_rejected", ...
};

/// Translation context of the notes a provider adds to CallResult::notes: `ProviderNote::tr("...")`.
class ProviderNote
{
    Q_DECLARE_TR_FUNCTIONS(ProviderNote)
public:
    ProviderNote() = delete;
};

/// Outcome of one call: the whole text plus metadata, or an error with whatever text arrived.
struct CallResult
{
    QString text;
    /// With ChatRequest::choices > 1: the texts of the further completions (choice 2, 3, ...), as many as came.
    QStringList moreChoices;
    /// With ChatRequest::topLogprobs >= 0 and a provider that returns them: per completion (text, then
    /// moreChoices), in order; empty when none came.
    QList<ChoiceLogprobs> logprobs;
    QString finishReason; ///< normalized: "stop", "length", "content_filter", "refusal", "cancelled", ...
    Usage usage;
    qint64 latencyMs = 0;
    QUrl url;
    bool structuredUsed = false;
    QStringList notes; ///< visible notes, e.g. "temperature capped at 1 for Anthropic"
    int attempts = 1;
    std::optional<ProviderError> error;
};
