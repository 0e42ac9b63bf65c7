// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "ProviderTypes.h"

#include <QNetworkReply>
#include <QString>
#include <QUrl>

/// Helpers shared by the network providers: URL normalization, model families, error messages. Pure functions.
namespace ProviderSupport {

/// Trims the user's base URL and drops trailing slashes, query and fragment. Empty or unparsable gives an invalid URL.
QUrl cleanBaseUrl(const QString &typed);
/// Appends `path` ("/chat/completions") to the base URL's path. Never QUrl::resolved, which drops the last segment.
QUrl appendPath(const QUrl &base, const QString &path);
/// True when the last path segment is an API version ("v1", "v1beta", "v2alpha3").
bool endsWithApiVersion(const QUrl &url);
/// OpenAI-compatible: "https://host" / "https://host/" / "https://host/v1/" / ".../chat/completions" all give
/// "https://host/v1"; a path ending in another version segment is kept.
QUrl normalizeOpenAiBase(const QString &typed);
/// Anthropic: the host root; a trailing "/v1" the user typed is removed (endpoints add it back).
QUrl normalizeAnthropicBase(const QString &typed);
/// Gemini: appends "/v1beta" unless the path already ends in a version segment.
QUrl normalizeGeminiBase(const QString &typed);

/// localhost, *.localhost, 127.0.0.0/8 and ::1: servers that usually need no API key.
bool isLocalHost(const QUrl &url);
/// o1 / o3 / o4 / gpt-5 families (also behind an OpenRouter "openai/" prefix): they take max_completion_tokens and
/// reject temperature.
bool isReasoningModel(const QString &model);

/// Normalized finish reasons: "stop", "length", "content_filter", "refusal", "tool_calls", or the raw value
/// lower-cased.
QString normalizeOpenAiFinish(const QString &raw);
QString normalizeAnthropicFinish(const QString &raw);
QString normalizeGeminiFinish(const QString &raw);
/// Gemini finish reasons that mean the reply was withheld for safety.
bool isGeminiSafetyFinish(const QString &raw);

/// What a server said about an error, from any provider's error envelope.
struct ServerMessage
{
    QString message; ///< human text, one line
    QString type;    ///< error.type / error.status ("rate_limit_error", "RESOURCE_EXHAUSTED")
    QString code;    ///< error.code as text ("insufficient_quota", "429")
    QString reason;  ///< Google ErrorInfo.reason ("API_KEY_INVALID")
};
/// Reads OpenAI `{"error":{message,type,code}}`, Anthropic `{"type":"error","error":{type,message}}`, Google RPC
/// `{"error":{code,message,status,details}}` (also wrapped in an array), Ollama `{"error":"text"}` and plain text.
ServerMessage parseServerMessage(QByteArrayView body);

/// Collapses whitespace to one line, removes `secret` wherever it appears and shortens to `maxChars`.
QString sanitize(const QString &text, const QString &secret, int maxChars = 300);

/// Everything an error message needs to name.
struct ErrorContext
{
    QString provider; ///< display name, "OpenAI"
    QUrl url;         ///< full URL called
    QString model;
    QStringList keyEnvVars;
    QString apiKey; ///< only to scrub it from server text
    int attempts = 1;
    bool listingModels = false;
};

/// The code for an HTTP error status and what the server said.
ProviderError::Code classifyStatus(int status, const ServerMessage &server);
/// Builds the one-line, actionable error (never containing the key).
ProviderError makeError(ProviderError::Code code, const ErrorContext &ctx, int httpStatus = 0,
                        const QString &serverText = {}, const QString &detail = {});
/// The code for a Qt network failure without an HTTP status.
ProviderError::Code classifyNetworkError(QNetworkReply::NetworkError error);
/// Whether a failure may be retried (before any byte of the body arrived).
bool isRetryableCode(ProviderError::Code code);

} // namespace ProviderSupport
