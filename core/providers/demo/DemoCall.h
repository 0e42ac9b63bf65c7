// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "providers/ProviderCall.h"

#include <QElapsedTimer>
#include <QStringList>
#include <QTimer>

/**
 * A running demo-model call: replays a reply that was fully decided up front, piece by piece from the event
 * loop, so the demo goes through the same streaming path as a real provider. Never emits anything
 * synchronously from its constructor or from start().
 */
class DemoCall final : public ProviderCall
{
    Q_OBJECT
public:
    /// `pieces` concatenate to the reply; every `intervalMs` (0 = next event-loop turn) the next `piecesPerTick`
    /// of them are emitted. `result` is what finished() reports (its text and latency are filled in); when it
    /// carries an error, the call streams nothing and finishes with that error.
    DemoCall(QStringList pieces, int intervalMs, int piecesPerTick, CallResult result, QObject *parent = nullptr);
    ~DemoCall() override;
    Q_DISABLE_COPY_MOVE(DemoCall)

    void cancel() override;

private:
    void emitNext();
    void finish(std::optional<ProviderError> error);

    QStringList m_pieces;
    qsizetype m_next = 0;
    int m_piecesPerTick = 1;
    QString m_sent;
    qint64 m_bytes = 0;
    CallResult m_result;
    QTimer m_timer;
    QElapsedTimer m_clock;
    bool m_done = false;
};
