// SPDX-License-Identifier: Apache-2.0
#include "NetworkCall.h"

NetworkCall::NetworkCall(std::shared_ptr<const WireFormat> wire, QNetworkAccessManager *nam, ChatRequest request,
                         QObject *parent)
    : ProviderCall(parent)
    , m_wire(std::move(wire))
    , m_request(std::move(request))
{
    m_result.attempts = 0;
    m_transfer = new RetryingTransfer(
        nam, m_wire->config(), [this] { return nextRequest(); }, this);
    connect(m_transfer, &RetryingTransfer::attemptStarted, this, &NetworkCall::onAttemptStarted);
    connect(m_transfer, &RetryingTransfer::replyStarted, this, &NetworkCall::onReplyStarted);
    connect(m_transfer, &RetryingTransfer::bodyReceived, this, &NetworkCall::onBody);
    connect(m_transfer, &RetryingTransfer::finished, this, &NetworkCall::onTransferFinished);
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
            m_transfer->start();
        },
        Qt::QueuedConnection);
}

void NetworkCall::cancel()
{
    if (m_done)
        return;
    if (m_transfer)
        m_transfer->abort();
    if (m_decoder) {
        // Keep text the decoder was still holding back (a final event without its blank line).
        m_result.text += m_decoder->finish().join(QString());
    }
    m_result.finishReason = QStringLiteral("cancelled");
    finishError(errorFor(ProviderError::Code::Cancelled));
}

HttpRequestSpec NetworkCall::nextRequest()
{
    QStringList notes;
    HttpRequestSpec spec = m_wire->chatRequest(m_request, m_structured, &notes);
    for (const QString &n : std::as_const(notes)) {
        if (!m_result.notes.contains(n))
            m_result.notes.append(n);
    }
    m_result.structuredUsed = m_structured;
    return spec;
}

void NetworkCall::onAttemptStarted(int attempt)
{
    m_result.attempts = attempt;
    m_decoder.reset();
}

void NetworkCall::onReplyStarted()
{
    m_decoder = m_wire->newDecoder(m_wire->config().stream);
}

void NetworkCall::onBody(const QByteArray &bytes)
{
    if (m_done || !m_decoder)
        return;
    Q_EMIT bytesReceived(m_transfer ? m_transfer->bodyBytes() : 0);
    if (m_done || !emitDeltas(m_decoder->feed(bytes)))
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
    using Kind = RetryingTransfer::Outcome::Kind;
    const RetryingTransfer::Outcome o = m_transfer->outcome();

    if (o.kind == Kind::Failed) {
        if (m_decoder && !emitDeltas(m_decoder->finish()))
            return;
        finishError(errorFor(o.code, o.status, {}, o.detail));
        return;
    }

    if (o.kind == Kind::HttpError) {
        if (m_structured && !m_structuredFallbackDone && m_wire->config().structured == StructuredMode::Auto &&
            WireFormat::rejectsStructured(o.status, o.errorBody)) {
            m_structured = false;
            m_structuredFallbackDone = true;
            m_result.notes.append(
                ProviderNote::tr("The server rejected structured output (HTTP %1: %2); retried without it.")
                    .arg(QString::number(o.status),
                         ProviderSupport::sanitize(o.server.message, m_wire->config().apiKey, 160)));
            m_transfer->retryNow();
            return;
        }
        QString detail;
        if (o.code == ProviderError::Code::BadRequest && m_structured &&
            m_wire->config().structured == StructuredMode::On)
            detail =
                ProviderError::tr("Structured output is on; turn it off or to automatic for this server (--structured "
                                  "auto, or Advanced → Structured output → Automatic).");
        finishError(errorFor(o.code, o.status, o.server.message, detail));
        return;
    }

    if (!m_decoder)
        m_decoder = m_wire->newDecoder(m_wire->config().stream);
    if (!emitDeltas(m_decoder->finish()))
        return;
    if (const auto &e = m_decoder->error()) {
        finishError(errorFor(e->code, o.status, e->serverText, e->detail));
        return;
    }
    if (!m_decoder->complete()) {
        // A clean close before the protocol's end marker: the server or a proxy cut the reply short.
        finishError(errorFor(ProviderError::Code::ConnectionLost, o.status));
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

ProviderError NetworkCall::errorFor(ProviderError::Code code, int status, const QString &serverText,
                                    const QString &detail) const
{
    const QUrl url = m_transfer && m_transfer->attempts() > 0 ? m_transfer->url() : m_url;
    return ProviderSupport::makeError(code, m_wire->errorContext(url, m_result.attempts, false), status, serverText,
                                      detail);
}

void NetworkCall::finishOk()
{
    if (m_decoder) {
        m_result.finishReason = m_decoder->finishReason();
        m_result.usage = m_decoder->usage();
        m_result.moreChoices = m_decoder->moreChoices();
        m_result.logprobs = m_decoder->logprobs();
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
        m_result.moreChoices = m_decoder->moreChoices();
        m_result.logprobs = m_decoder->logprobs();
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
    if (m_transfer)
        m_transfer->abort();
    m_result.latencyMs = m_clock.isValid() ? m_clock.elapsed() : 0;
    if (m_result.attempts == 0)
        m_result.attempts = 1;
    // Last statement: a receiver may delete this call from its slot.
    Q_EMIT finished(m_result);
}
