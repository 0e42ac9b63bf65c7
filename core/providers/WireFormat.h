// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "ProviderSupport.h"
#include "ProviderTypes.h"
#include "SseReader.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QUrl>

#include <memory>
#include <optional>
#include <utility>

class QJsonDocument;

/// One HTTP request, as a wire format describes it (the network layer sends it).
struct HttpRequestSpec
{
    QUrl url;
    QByteArray method = "POST";
    QList<std::pair<QByteArray, QByteArray>> headers;
    QByteArray body;

    void addHeader(const QByteArray &name, const QByteArray &value) { headers.append({name, value}); }
};

/**
 * Decodes one reply body of a chat call, fed in arbitrary byte chunks: SSE (streaming) or one JSON document
 * (non-streaming). Returns the text deltas and collects finish reason, usage, notes and any error the body itself
 * reports (mid-stream error event, safety block). Pure: no I/O.
 */
class ReplyDecoder
{
public:
    enum class Framing {
        Sse,
        Json
    };
    /// An error reported inside a 2xx body.
    struct BodyError
    {
        ProviderError::Code code = ProviderError::Code::StreamError;
        QString serverText;
        QString detail;
    };

    explicit ReplyDecoder(Framing framing);
    virtual ~ReplyDecoder();
    ReplyDecoder(const ReplyDecoder &) = delete;
    ReplyDecoder &operator=(const ReplyDecoder &) = delete;

    /// Feeds body bytes; returns the text deltas they completed, one per protocol event (none are empty).
    QStringList feed(QByteArrayView bytes);
    /// The body ended; returns any deltas still held back. Sets error() when the reply is unusable.
    QStringList finish();

    QString finishReason() const { return m_finishReason; }
    Usage usage() const { return m_usage; }
    QStringList notes() const { return m_notes; }
    const std::optional<BodyError> &error() const { return m_error; }
    /// The texts of completions after the first, by choice index (a reply to ChatRequest::choices > 1).
    QStringList moreChoices() const { return m_moreChoices; }
    /// Token log-probabilities per completion index, as far as the reply carried them.
    QList<ChoiceLogprobs> logprobs() const { return m_logprobs; }
    /// True once the protocol's end marker arrived ([DONE], message_stop, a finish reason).
    bool complete() const { return m_complete; }

protected:
    /// One SSE event (Framing::Sse).
    virtual void onEvent(const SseEvent &event, QString &delta);
    /// One JSON object: the whole non-streaming body (or a streaming request answered with plain JSON).
    virtual void onJson(const QJsonObject &object, QString &delta);
    /// Called once at the end of the body, after the last event (for checks that need the whole reply).
    virtual void onEnd(const QString &wholeText);
    void setError(ProviderError::Code code, const QString &serverText, const QString &detail = {});
    /// Text of completion `index` >= 1 (index 0 is the main text, passed as a delta).
    void addChoiceText(int index, const QString &text);
    /// Adds one token of completion `index` with its log-probability and, at the first position, its alternatives.
    void addToken(int index, double logprob, const QList<TokenAlternative> &alternatives);

    QString m_finishReason;
    Usage m_usage;
    QStringList m_notes;
    bool m_complete = false;

private:
    QStringList m_moreChoices;
    QList<ChoiceLogprobs> m_logprobs;
    void take(QString &delta, QStringList &deltas);

    Framing m_framing;
    SseReader m_sse;
    QByteArray m_buffer; ///< whole body (Json), the body before any event (Sse)
    bool m_sawEvent = false;
    QString m_text;
    std::optional<BodyError> m_error;
};

/**
 * A provider's wire protocol: endpoints, request bodies, auth headers, reply decoding and model-list parsing.
 * Pure (no network), shared by the calls of one provider through a shared_ptr so a call may outlive its provider.
 */
class WireFormat
{
public:
    explicit WireFormat(ProviderConfig config);
    virtual ~WireFormat();
    WireFormat(const WireFormat &) = delete;
    WireFormat &operator=(const WireFormat &) = delete;

    virtual ProviderKind kind() const = 0;
    const ProviderConfig &config() const { return m_config; }
    /// Display name of the preset ("OpenAI"); the preset id when unknown.
    QString providerName() const;
    QStringList keyEnvVars() const;
    /// The model to ask for: the configured one, else the preset default.
    QString model() const;

    virtual QUrl baseUrl() const = 0;
    virtual QUrl chatUrl(bool stream) const = 0;
    virtual QUrl modelsUrl() const = 0;
    virtual std::pair<double, double> temperatureRange(QString *reason) const;
    /// Whether ChatRequest::jsonSchema goes to the server (config.structured, preset support).
    bool wantsStructured(const ChatRequest &request) const;

    /// The chat request. `structured` adds the JSON Schema; visible notes (temperature capped, ...) go to `notes`.
    virtual HttpRequestSpec chatRequest(const ChatRequest &request, bool structured, QStringList *notes) const = 0;
    /// GET of the model list, with auth headers.
    HttpRequestSpec modelsRequest() const;
    virtual QStringList parseModels(const QJsonDocument &doc) const = 0;
    virtual std::unique_ptr<ReplyDecoder> newDecoder(bool stream) const = 0;

    /// A preflight error (no key, no base URL) to report instead of sending anything.
    std::optional<ProviderError> preflight(bool listing) const;
    /// Error message context for `url`.
    ProviderSupport::ErrorContext errorContext(const QUrl &url, int attempts, bool listing) const;
    /// True when a 4xx body says the server does not support the structured-output request.
    static bool rejectsStructured(int status, QByteArrayView body);

protected:
    virtual void addAuth(HttpRequestSpec &spec) const = 0;
    /// Clamps the temperature into temperatureRange(), adding a visible note when it changed.
    double effectiveTemperature(double requested, QStringList *notes) const;
    /// A POST with a JSON body and the auth headers.
    HttpRequestSpec jsonPost(const QUrl &url, const QJsonObject &body, bool stream) const;

    ProviderConfig m_config;
};
