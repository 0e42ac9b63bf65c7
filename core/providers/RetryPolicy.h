// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArrayView>
#include <QDateTime>
#include <QStringView>

#include <optional>

/**
 * When and how long to wait before retrying a failed provider call: exponential backoff with jitter, the server's
 * own hint (`retry-after-ms`, `Retry-After` in seconds or as an HTTP date, Gemini's `RetryInfo.retryDelay`) taking
 * precedence, everything capped. Pure: the caller supplies the clock and the random number, so it is unit-tested
 * without waiting.
 */
class RetryPolicy final
{
public:
    static constexpr qint64 defaultBaseDelayMs = 500;
    static constexpr qint64 defaultMaxDelayMs = 30000;

    explicit RetryPolicy(int maxRetries = 2, qint64 baseDelayMs = defaultBaseDelayMs,
                         qint64 maxDelayMs = defaultMaxDelayMs);

    int maxRetries() const { return m_maxRetries; }
    qint64 baseDelayMs() const { return m_baseDelayMs; }
    qint64 maxDelayMs() const { return m_maxDelayMs; }

    /// True when another attempt may follow `attemptsMade` attempts (1 = the first call failed).
    bool canRetry(int attemptsMade) const { return attemptsMade >= 1 && attemptsMade <= m_maxRetries; }

    /// Statuses worth retrying: 408, 409, 429 and every 5xx (Anthropic's 529 included). A 429 that reports an
    /// exhausted quota is not retried; the caller decides that from the body.
    static bool isRetryableStatus(int status);

    /**
     * Delay before retry number `retry` (1 = the first retry). Without a server hint: base * 2^(retry-1) capped at
     * the maximum, then scaled into [50 %, 100 %] by `random01` (in [0, 1)) so parallel calls do not retry in step.
     * With a hint: exactly the hint, capped at the maximum.
     */
    qint64 delayMs(int retry, std::optional<qint64> serverHintMs, double random01) const;

    /// The server's retry hint in ms from the reply headers (raw values, empty when absent) and error body.
    /// Order of precedence: `retry-after-ms`, `Retry-After`, then Gemini's RetryInfo.retryDelay.
    static std::optional<qint64> serverHintMs(QByteArrayView retryAfterMs, QByteArrayView retryAfter,
                                              QByteArrayView body, const QDateTime &now);
    /// `Retry-After`: delta seconds ("120", "1.5") or an HTTP date; a date in the past gives 0.
    static std::optional<qint64> parseRetryAfter(QByteArrayView value, const QDateTime &now);
    /// A protobuf JSON Duration such as "2s", "0.250s" or "1.5s".
    static std::optional<qint64> parseDuration(QStringView value);
    /// Gemini / Google RPC: error.details[] RetryInfo.retryDelay in an error body (also inside a JSON array).
    static std::optional<qint64> googleRetryDelayMs(QByteArrayView body);

private:
    int m_maxRetries;
    qint64 m_baseDelayMs;
    qint64 m_maxDelayMs;
};
