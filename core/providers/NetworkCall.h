// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "HttpTransfer.h"
#include "ProviderCall.h"
#include "RetryPolicy.h"
#include "WireFormat.h"

#include <QElapsedTimer>
#include <QPointer>
#include <QTimer>

#include <memory>

class QNetworkAccessManager;

/**
 * A chat call to a network provider: sends the request the WireFormat builds, streams the decoded text out as
 * textDelta, retries with backoff (RetryPolicy) while no byte of the body has arrived, falls back once to
 * unstructured output when the server rejects the JSON Schema (StructuredMode::Auto), and reports a typed error
 * with the text so far otherwise.
 */
class NetworkCall final : public ProviderCall
{
    Q_OBJECT
public:
    NetworkCall(std::shared_ptr<const WireFormat> wire, QNetworkAccessManager *nam, ChatRequest request,
                QObject *parent = nullptr);
    ~NetworkCall() override;
    Q_DISABLE_COPY_MOVE(NetworkCall)

    /// Begins on the next event-loop turn, so callers can connect first; finished() is never emitted from start().
    void start();
    void cancel() override;

private:
    void startAttempt();
    void onResponseStarted(int status);
    void onBody(const QByteArray &bytes);
    void onTransferFinished();
    /// Appends and emits each delta; false when the call was cancelled or deleted by a receiver meanwhile.
    bool emitDeltas(const QStringList &deltas);
    /// Retries when allowed; returns false when the caller should report the failure instead.
    bool retryLater(std::optional<qint64> serverHintMs);
    void finishOk();
    void finishError(ProviderError error);
    void emitFinished();
    ProviderError errorFor(ProviderError::Code code, int status = 0, const QString &serverText = {},
                           const QString &detail = {}) const;
    bool isSuccess() const;

    std::shared_ptr<const WireFormat> m_wire;
    QNetworkAccessManager *m_nam;
    ChatRequest m_request;
    RetryPolicy m_policy;
    QPointer<HttpTransfer> m_transfer;
    std::unique_ptr<ReplyDecoder> m_decoder;
    QTimer m_retryTimer;
    QElapsedTimer m_clock;
    QByteArray m_errorBody;
    CallResult m_result;
    QUrl m_url;
    bool m_structured = false;
    bool m_structuredFallbackDone = false;
    bool m_started = false;
    bool m_done = false;
};
