// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "HttpTransfer.h"
#include "ProviderSupport.h"
#include "RetryPolicy.h"
#include "WireFormat.h"

#include <QElapsedTimer>
#include <QPointer>
#include <QTimer>

#include <functional>

class QNetworkAccessManager;

/**
 * One provider request with its retries: the HttpTransfer attempts, the backoff between them (RetryPolicy, the
 * server's Retry-After first) and one total timeout that covers every attempt and every wait. Chat calls and model
 * lists both go through it, so they retry, wait and time out alike.
 *
 * An attempt is retried, while retries are left and the wait ends inside the total timeout, when it
 * - failed to connect, lost the connection or stalled before any byte of the body arrived,
 * - got a 2xx status and then no body at all (a connection dropped before the body), or
 * - got a retryable status (RetryPolicy::isRetryableStatus) other than an exhausted quota.
 *
 * The body of a 2xx reply streams out through bodyReceived(); the body of any other status is kept for the
 * outcome. finished() follows once per start() or retryNow() (never after abort()); the owner reads outcome().
 */
class RetryingTransfer final : public QObject
{
    Q_OBJECT
public:
    /// Builds the request of each attempt (asked again for every attempt, so the owner may change it).
    using RequestFactory = std::function<HttpRequestSpec()>;

    /// How the last attempt ended.
    struct Outcome
    {
        enum class Kind {
            Ok,        ///< a 2xx status and its whole body
            HttpError, ///< another status; `code` classifies it, `server` is what the body says
            Failed     ///< no complete reply: refused, lost, stalled, timed out, too large; `detail` says more
        };
        Kind kind = Kind::Failed;
        int status = 0;                                        ///< HTTP status, 0 when none arrived
        ProviderError::Code code = ProviderError::Code::Other; ///< meaningless for Ok
        QString detail;                                        ///< the limit that was hit, or Qt's text
        QByteArray errorBody;                                  ///< HttpError: the body, at most 64 KiB
        ProviderSupport::ServerMessage server;                 ///< HttpError: parsed from errorBody

        bool ok() const { return kind == Kind::Ok; }
    };

    RetryingTransfer(QNetworkAccessManager *nam, const ProviderConfig &config, RequestFactory request,
                     QObject *parent = nullptr);
    ~RetryingTransfer() override;
    Q_DISABLE_COPY_MOVE(RetryingTransfer)

    /// Starts the first attempt now; the total timeout counts from here.
    void start();
    /// After finished(): one more attempt at once, without waiting and whether or not retries are left (e.g. a
    /// request changed after the server rejected it). It still counts as an attempt and stays inside the total
    /// timeout.
    void retryNow();
    /// Stops at once, a wait between attempts included; no signal follows.
    void abort();

    /// Attempts made so far (1 while the first one runs).
    int attempts() const { return m_attempts; }
    /// The URL of the current or last attempt, after redirects.
    QUrl url() const;
    /// HTTP status of the current or last attempt, 0 before one arrived.
    int status() const;
    /// Body bytes of the current attempt so far.
    qint64 bodyBytes() const;
    /// How the last attempt ended; valid once finished() was emitted.
    const Outcome &outcome() const { return m_outcome; }

Q_SIGNALS:
    /// An attempt begins (1 = the first): whatever the previous one produced is void.
    void attemptStarted(int attempt);
    /// A 2xx status line and its headers arrived.
    void replyStarted(int status);
    /// Body bytes of a 2xx reply.
    void bodyReceived(const QByteArray &bytes);
    /// No further attempt follows on its own; see outcome().
    void finished();

private:
    void startAttempt();
    void onResponseStarted(int status);
    void onBody(const QByteArray &bytes);
    void onTransferFinished();
    /// Schedules the next attempt when allowed; false when the failure is final.
    bool retryLater(std::optional<qint64> serverHintMs);
    void finish(Outcome outcome);
    bool isSuccess() const;

    QNetworkAccessManager *m_nam;
    ProviderConfig m_config;
    RequestFactory m_request;
    RetryPolicy m_policy;
    QPointer<HttpTransfer> m_transfer;
    QTimer m_retryTimer;
    QElapsedTimer m_clock;
    QUrl m_lastUrl;
    QByteArray m_errorBody;
    Outcome m_outcome;
    int m_attempts = 0;
    bool m_running = false;
};
