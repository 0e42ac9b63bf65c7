// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "BatchApi.h"
#include "RetryingTransfer.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QTimer>

#include <algorithm>
#include <functional>
#include <memory>
#include <optional>

class QNetworkAccessManager;

/**
 * Hands chat requests to a provider's batch engine and brings the results back (OpenAI Batch API, Anthropic
 * Message Batches; see BatchApiProtocol):
 * 1. submit: pulls items and packs them into batches within BatchApiLimits (requests and bytes), uploads / creates
 *    each one and records it in the state file at once;
 * 2. poll: every batch not yet collected, each round waiting 1.5× longer than the one before, from pollInterval
 *    seconds up to 4× pollInterval (resumed batches are looked at once: they may have ended long ago);
 * 3. collect: once a batch ended, streams its result files line by line, emits resultReady() for every request
 *    (succeeded, errored, expired or cancelled; requests in no file get the batch's end state) and marks the batch
 *    collected in the state file.
 * The state file is written after every step, so a rerun resumes polling instead of submitting again. Requests
 * go through RetryingTransfer with the wire format's auth headers. finished() is emitted exactly once.
 */
class BatchApiJob final : public QObject
{
    Q_OBJECT
public:
    /// Returns the next item to submit, or nullopt when there is none left.
    using NextItem = std::function<std::optional<BatchApiItem>()>;

    BatchApiJob(std::shared_ptr<const WireFormat> wire, QNetworkAccessManager *nam, BatchApiState state,
                QString statePath, QObject *parent = nullptr);
    ~BatchApiJob() override;
    Q_DISABLE_COPY_MOVE(BatchApiJob)

    void setLimits(const BatchApiLimits &limits) { m_limits = limits; }
    /// First wait between polls, in seconds (fractions allowed).
    void setPollInterval(double seconds) { m_pollInterval = qMax(0.0, seconds); }

    /// Submits what `next` yields, then polls and collects every batch not yet collected. Starts on the next
    /// event-loop turn.
    void start(NextItem next);
    /// Asks the provider to cancel every batch still running, records the answers, then finishes.
    void cancelAll();
    /// Reads the status of every batch still running once (no results are collected), then finishes.
    void refresh();
    /// Stops at once (Ctrl-C): no further request; the state file stays as last written. finished() follows with
    /// a Cancelled error; the batches keep running at the provider.
    void stop();

    const BatchApiState &state() const { return m_state; }
    /// The wait after `current` seconds: 1.5× longer, at most 4× `interval`.
    static double nextPollDelay(double current, double interval) { return std::min(current * 1.5, 4.0 * interval); }

Q_SIGNALS:
    void submitted(const BatchApiBatch &batch);
    /// A batch's status as last read (after a poll or a cancel).
    void statusChanged(const BatchApiBatch &batch);
    void resultReady(const BatchApiResult &result);
    /// Every result of the batch was emitted and the state file says so.
    void batchCollected(const BatchApiBatch &batch);
    void finished(const std::optional<ProviderError> &error);

private:
    using Done = std::function<void(const RetryingTransfer::Outcome &outcome, const QByteArray &body)>;
    /// Sends one request; `lines` (if set) receives each complete line of a 2xx body instead of keeping it.
    void send(const HttpRequestSpec &spec, const Done &done,
              const std::function<void(QByteArrayView line)> &lines = {});
    ProviderError errorOf(const RetryingTransfer::Outcome &o, const QUrl &url) const;
    bool saveState();

    void submitNext();
    void submitOpenAi(const HttpRequestSpec &spec, const QList<std::pair<QString, QString>> &items);
    void createOpenAi(const QString &fileId, const QList<std::pair<QString, QString>> &items);
    void submitAnthropic(QByteArray body, const QList<std::pair<QString, QString>> &items);
    void recordSubmitted(const QByteArray &body, const QUrl &url, const QList<std::pair<QString, QString>> &items,
                         const QString &fileId);

    void pollRound();
    void pollNext();
    void collect(qsizetype index, QList<QUrl> files);
    void emitLine(qsizetype index, QByteArrayView line);
    void finishCollect(qsizetype index);
    void visitOpen(bool cancel);
    void visitNext(bool cancel);

    void finish(std::optional<ProviderError> error);

    std::shared_ptr<const WireFormat> m_wire;
    QNetworkAccessManager *m_nam;
    BatchApiState m_state;
    QString m_statePath;
    BatchApiLimits m_limits;
    double m_pollInterval = 30.0;
    double m_delay = 0.0;
    NextItem m_next;
    std::optional<BatchApiItem> m_carry; ///< pulled but did not fit the previous batch
    qsizetype m_cursor = 0;              ///< batch being polled / cancelled
    QSet<QString> m_seen;                ///< custom_ids of the batch being collected
    QHash<QString, QString> m_itemOf;    ///< its custom_id -> item id
    QPointer<RetryingTransfer> m_transfer;
    QTimer m_pollTimer;
    bool m_submittedAny = false;
    bool m_done = false;
};
