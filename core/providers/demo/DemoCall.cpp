// SPDX-License-Identifier: Apache-2.0
#include "DemoCall.h"

#include <algorithm>

DemoCall::DemoCall(QStringList pieces, int intervalMs, int piecesPerTick, CallResult result, QObject *parent)
    : ProviderCall(parent)
    , m_pieces(std::move(pieces))
    , m_piecesPerTick(std::max(1, piecesPerTick))
    , m_result(std::move(result))
{
    m_clock.start();
    m_timer.setInterval(qMax(0, intervalMs));
    connect(&m_timer, &QTimer::timeout, this, &DemoCall::emitNext);
    // Started here but fired from the event loop, so listeners connected after start() see every signal.
    m_timer.start();
}

DemoCall::~DemoCall() = default;

void DemoCall::cancel()
{
    if (m_done)
        return;
    ProviderError e;
    e.code = ProviderError::Code::Cancelled;
    e.message = tr("Demo model (%1): cancelled.").arg(m_result.url.toString());
    e.url = m_result.url;
    finish(e);
}

void DemoCall::emitNext()
{
    if (m_done)
        return;
    // A pre-set error (e.g. NoMatch) finishes on the first tick, never inside start().
    if (m_result.error) {
        std::optional<ProviderError> e = m_result.error;
        m_result.error.reset();
        finish(e);
        return;
    }
    if (m_next >= m_pieces.size()) {
        finish(std::nullopt);
        return;
    }
    QString chunk;
    for (int i = 0; i < m_piecesPerTick && m_next < m_pieces.size(); ++i)
        chunk += m_pieces.at(m_next++);
    m_sent += chunk;
    m_bytes += chunk.toUtf8().size();
    Q_EMIT textDelta(chunk);
    if (m_done) // a listener cancelled inside textDelta
        return;
    Q_EMIT bytesReceived(m_bytes);
}

void DemoCall::finish(std::optional<ProviderError> error)
{
    m_done = true;
    m_timer.stop();
    CallResult r = m_result;
    r.text = m_sent;
    r.latencyMs = m_clock.elapsed();
    r.error = std::move(error);
    if (r.error) {
        r.finishReason =
            r.error->code == ProviderError::Code::Cancelled ? QStringLiteral("cancelled") : QStringLiteral("error");
    }
    Q_EMIT finished(r);
}
