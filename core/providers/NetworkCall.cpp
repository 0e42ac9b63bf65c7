// SPDX-License-Identifier: Apache-2.0
#include "NetworkCall.h"

#include <QDateTime>
#include <QLocale>
#include <QRandomGenerator>

namespace {
constexpr qsizetype maxErrorBodyBytes = 64 * 1024;
} // namespace

NetworkCall::NetworkCall(std::shared_ptr<const WireFormat> wire, QNetworkAccessManager *nam, ChatRequest request,
                         QObject *parent)
    : ProviderCall(parent)
    , m_wire(std::move(wire))
    , m_nam(nam)
    , m_request(std::move(request))
    , m_policy(m_wire->config().retries, m_wire->config().retryBaseDelayMs, m_wire->config().retryMaxDelayMs)
{
    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, &NetworkCall::startAttempt);
    m_result.attempts = 0;
}

NetworkCall::~NetworkCall()
{
    if (m_transfer)
        m_transfer->abort();
}

void NetworkCall::start()
{
    if (m_started)
        return;
    m_started = true;
    m_clock.start();
    m_structured = m_wire->wantsStructured(m_request);
    m_url = m_wire->chatUrl(m_wire->config().stream);
    m_result.url = m_url;
    QMetaObject::invokeMethod(
        this,
        [this] {
            if (m_done)
                return;
            if (auto error = m_wire->preflight(false)) {
                finishError(*error);
                return;
            }
            startAttempt();
        },
        Qt::QueuedConnection);
}

void NetworkCall::cancel()
{
    if (m_done)
        return;
    m_retryTimer.stop();
    if (m_transfer)
        m_transfer->abort();
    if (m_decoder) {
        // Keep text the decoder was still holding back (a final event without its blank line).
        m_result.text += m_decoder->finish().join(QString());
    }
    m_result.finishReason = QStringLiteral("cancelled");
    finishError(errorFor(ProviderError::Code::Cancelled));
}

void NetworkCall::startAttempt()
{
    if (m_done)
        return;
    ++m_result.attempts;
    QStringList notes;
    const HttpRequestSpec spec = m_wire->chatRequest(m_request, m_structured, &notes);
    for (const QString &n : std::as_const(notes)) {
        if (!m_result.notes.contains(n))
            m_result.notes.append(n);
    }
    m_result.structuredUsed = m_structured;
    m_errorBody.clear();
    m_decoder.reset();

    HttpTransfer::Limits limits;
    limits.stallTimeoutMs = m_wire->config().stallTimeoutMs;
    limits.maxReplyBytes = m_wire->config().maxReplyBytes;
    if (m_wire->config().totalTimeoutMs > 0)
        limits.totalTimeoutMs = std::max<int>(1, m_wire->config().totalTimeoutMs - int(m_clock.elapsed()));
    if (m_transfer)
        m_transfer->deleteLater();
    m_transfer = new HttpTransfer(m_nam, spec, limits, this);
    connect(m_transfer, &HttpTransfer::responseStarted, this, &NetworkCall::onResponseStarted);
    connect(m_transfer, &HttpTransfer::bodyReceived, this, &NetworkCall::onBody);
    connect(m_transfer, &HttpTransfer::finished, this, &NetworkCall::onTransferFinished);
    m_transfer->start();
}

bool NetworkCall::isSuccess() const
{
    return m_transfer && m_transfer->status() >= 200 && m_transfer->status() < 300;
}

void NetworkCall::onResponseStarted(int)
{
    if (isSuccess())
        m_decoder = m_wire->newDecoder(m_wire->config().stream);
}

void NetworkCall::onBody(const QByteArray &bytes)
{
    if (m_done)
        return;
    Q_EMIT bytesReceived(m_transfer ? m_transfer->bodyBytes() : 0);
    if (!m_decoder) {
        if (m_errorBody.size() < maxErrorBodyBytes)
            m_errorBody.append(bytes.left(maxErrorBodyBytes - m_errorBody.size()));
        return;
    }
    if (!emitDeltas(m_decoder->feed(bytes)))
        return;
    if (const auto &e = m_decoder->error()) {
        if (m_transfer)
            m_transfer->abort();
        finishError(errorFor(e->code, m_transfer ? m_transfer->status() : 0, e->serverText, e->detail));
    }
}

void NetworkCall::onTransferFinished()
{
    if (m_done || !m_transfer)
        return;
    HttpTransfer *t = m_transfer;
    const int status = t->status();
    const qint64 bodyBytes = t->bodyBytes();
    using C = ProviderError::Code;

    if (t->failure() != HttpTransfer::Failure::None) {
        const auto [code, detail] = t->failureCode(m_wire->config());
        // Once body bytes arrived, a retry would repeat text the caller already has.
        const bool retryable = (code == C::ConnectionRefused || code == C::ConnectionLost || code == C::Stalled) &&
                               bodyBytes == 0 && (status == 0 || isSuccess());
        if (retryable && retryLater(std::nullopt))
            return;
        if (m_decoder && !emitDeltas(m_decoder->finish()))
            return;
        finishError(errorFor(code, status, {}, detail));
        return;
    }

    if (!isSuccess()) {
        const ProviderSupport::ServerMessage server = ProviderSupport::parseServerMessage(m_errorBody);
        if (m_structured && !m_structuredFallbackDone && m_wire->config().structured == StructuredMode::Auto &&
            WireFormat::rejectsStructured(status, m_errorBody)) {
            m_structured = false;
            m_structuredFallbackDone = true;
            m_result.notes.append(
                ProviderNote::tr("The server rejected structured output (HTTP %1: %2); retried without it.")
                    .arg(QString::number(status),
                         ProviderSupport::sanitize(server.message, m_wire->config().apiKey, 160)));
            startAttempt();
            return;
        }
        const C code = ProviderSupport::classifyStatus(status, server);
        if (RetryPolicy::isRetryableStatus(status) && code != C::QuotaExceeded) {
            const auto hint = RetryPolicy::serverHintMs(t->header("retry-after-ms"), t->header("retry-after"),
                                                        m_errorBody, QDateTime::currentDateTimeUtc());
            if (retryLater(hint))
                return;
        }
        QString detail;
        if (code == C::BadRequest && m_structured && m_wire->config().structured == StructuredMode::On)
            detail =
                ProviderError::tr("Structured output is set to \"on\"; set it to \"auto\" or \"off\" for this server.");
        finishError(errorFor(code, status, server.message, detail));
        return;
    }

    if (!m_decoder)
        m_decoder = m_wire->newDecoder(m_wire->config().stream);
    if (!emitDeltas(m_decoder->finish()))
        return;
    if (bodyBytes == 0) {
        // Headers and then nothing: a connection dropped before the body, as retryable as a refused one.
        if (retryLater(std::nullopt))
            return;
        finishError(errorFor(C::ConnectionLost, status));
        return;
    }
    if (const auto &e = m_decoder->error()) {
        finishError(errorFor(e->code, status, e->serverText, e->detail));
        return;
    }
    if (!m_decoder->complete()) {
        // A clean close before the protocol's end marker: the server or a proxy cut the reply short.
        finishError(errorFor(C::ConnectionLost, status));
        return;
    }
    finishOk();
}

bool NetworkCall::emitDeltas(const QStringList &deltas)
{
    QPointer<NetworkCall> guard(this);
    for (const QString &delta : deltas) {
        m_result.text += delta;
        Q_EMIT textDelta(delta);
        // A receiver may cancel or delete the call from its slot.
        if (!guard || m_done)
            return false;
    }
    return true;
}

bool NetworkCall::retryLater(std::optional<qint64> serverHintMs)
{
    if (!m_policy.canRetry(m_result.attempts))
        return false;
    const qint64 delay =
        m_policy.delayMs(m_result.attempts, serverHintMs, QRandomGenerator::global()->generateDouble());
    if (m_wire->config().totalTimeoutMs > 0 && m_clock.elapsed() + delay >= m_wire->config().totalTimeoutMs)
        return false;
    if (m_transfer) {
        m_transfer->deleteLater();
        m_transfer = nullptr;
    }
    m_decoder.reset();
    m_retryTimer.start(int(delay));
    return true;
}

ProviderError NetworkCall::errorFor(ProviderError::Code code, int status, const QString &serverText,
                                    const QString &detail) const
{
    const QUrl url = m_transfer ? m_transfer->spec().url : m_url;
    return ProviderSupport::makeError(code, m_wire->errorContext(url, m_result.attempts, false), status, serverText,
                                      detail);
}

void NetworkCall::finishOk()
{
    if (m_decoder) {
        m_result.finishReason = m_decoder->finishReason();
        m_result.usage = m_decoder->usage();
        for (const QString &n : m_decoder->notes())
            m_result.notes.append(n);
    }
    if (m_result.finishReason.isEmpty())
        m_result.finishReason = QStringLiteral("stop");
    emitFinished();
}

void NetworkCall::finishError(ProviderError error)
{
    if (m_done)
        return;
    if (m_decoder) {
        if (m_result.finishReason.isEmpty())
            m_result.finishReason = m_decoder->finishReason();
        m_result.usage = m_decoder->usage();
        for (const QString &n : m_decoder->notes())
            m_result.notes.append(n);
    }
    if (m_result.finishReason.isEmpty() || m_result.finishReason == QLatin1String("stop"))
        m_result.finishReason =
            error.code == ProviderError::Code::Cancelled ? QStringLiteral("cancelled") : QStringLiteral("error");
    m_result.error = std::move(error);
    emitFinished();
}

void NetworkCall::emitFinished()
{
    if (m_done)
        return;
    m_done = true;
    m_retryTimer.stop();
    if (m_transfer)
        m_transfer->abort();
    m_result.latencyMs = m_clock.isValid() ? m_clock.elapsed() : 0;
    if (m_result.attempts == 0)
        m_result.attempts = 1;
    // Last statement: a receiver may delete this call from its slot.
    Q_EMIT finished(m_result);
}
