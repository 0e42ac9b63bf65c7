// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "ProviderCall.h"
#include "RetryingTransfer.h"
#include "WireFormat.h"

#include <QElapsedTimer>
#include <QPointer>

#include <memory>

class QNetworkAccessManager;

/**
 * A chat call to a network provider: sends the request the WireFormat builds through a RetryingTransfer (guards,
 * retries, total timeout), streams the decoded text out as textDelta, falls back once to unstructured output when
 * the server rejects the JSON Schema (StructuredMode::Auto), and reports a typed error with the text so far
 * otherwise.
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
    HttpRequestSpec nextRequest();
    void onAttemptStarted(int attempt);
    void onReplyStarted();
    void onBody(const QByteArray &bytes);
    void onTransferFinished();
    /// Appends and emits each delta; false when the call was cancelled or deleted by a receiver meanwhile.
    bool emitDeltas(const QStringList &deltas);
    void finishOk();
    void finishError(ProviderError error);
    void emitFinished();
    ProviderError errorFor(ProviderError::Code code, int status = 0, const QString &serverText = {},
                           const QString &detail = {}) const;

    std::shared_ptr<const WireFormat> m_wire;
    ChatRequest m_request;
    QPointer<RetryingTransfer> m_transfer;
    std::unique_ptr<ReplyDecoder> m_decoder;
    QElapsedTimer m_clock;
    CallResult m_result;
    QUrl m_url;
    bool m_structured = false;
    bool m_structuredFallbackDone = false;
    bool m_started = false;
    bool m_done = false;
};
