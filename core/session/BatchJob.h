// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "export/BatchFiles.h"
#include "run/Run.h"

#include <QElapsedTimer>
#include <QHash>
#include <QMap>
#include <QObject>
#include <QSet>
#include <QTimer>

#include <memory>
#include <vector>

class BatchNetworkAccess;
class Provider;

/// How fast a batch may go.
struct BatchLimits
{
    static constexpr int concurrencyMax = 256;
    int concurrency = 8; ///< calls in flight at most
    double rpm = 0;      ///< requests per minute, 0 = no limit
    double tpm = 0;      ///< tokens per minute (input + output), 0 = no limit
};

/// Counts of a batch so far (or at its end).
struct BatchSummary
{
    int done = 0;                     ///< items written with a result in this run
    int failed = 0;                   ///< items written as an error line in this run
    int skipped = 0;                  ///< items already in OUTPUT (and duplicate ids of this input)
    int inFlight = 0;                 ///< calls running now
    int total = -1;                   ///< non-blank input lines, -1 when unknown (standard input)
    QMap<QString, int> failedByCause; ///< error code -> items
    qint64 inputTokens = 0;
    qint64 outputTokens = 0;
    qint64 wallMs = 0;
    int pauses = 0; ///< times the whole batch paused for the provider's rate limit
    bool cancelled = false;
    QString writeError; ///< set when OUTPUT could not be written (the batch stops)
};

/**
 * Token buckets for --rpm and --tpm and the shared pause gate: a 429 (its Retry-After / retry-after-ms, else 1 s)
 * and rate-limit headers that say nothing is left (`x-ratelimit-remaining-requests: 0` until
 * `x-ratelimit-reset-requests`, the same for tokens, and `anthropic-ratelimit-{requests,tokens}-remaining: 0`
 * until `...-reset`) stop every new start until then. Times are ms of one monotonic clock.
 *
 * Tokens: a call is charged ahead of time with an estimate (its messages' characters / 4 + the max tokens), and
 * the difference to the usage the provider reports is settled when it ends. The token bucket may go negative, so a
 * call larger than a minute's budget still runs, then waits out its debt.
 */
class BatchRateGate final
{
public:
    BatchRateGate(double rpm, double tpm);
    /// Ms until a call with this token estimate may start (0 = now).
    qint64 waitMs(qint64 nowMs) const;
    void take(qint64 nowMs, qint64 tokens);
    /// A call ended: returns the estimate not used (or charges the excess).
    void settle(qint64 estimate, qint64 actual);
    /// Reads one reply's status and headers; true when it paused the batch.
    bool observe(qint64 nowMs, int status, const QHash<QByteArray, QByteArray> &headers, const QDateTime &utcNow);
    qint64 pausedUntil() const { return m_pausedUntil; }

    /// OpenAI's reset durations: "1s", "6m0s", "20ms", "1.5s"; nullopt when unreadable.
    static std::optional<qint64> parseResetDuration(const QByteArray &value);

private:
    void refill(qint64 nowMs) const;
    double m_rpmPerMs = 0;
    double m_tpmPerMs = 0;
    double m_requestCap = 1;
    double m_tokenCap = 1;
    mutable double m_requests = 1;
    mutable double m_tokens = 1;
    mutable qint64 m_last = 0;
    qint64 m_pausedUntil = 0;
};

/**
 * `vslab-cli batch` without the command line: streams BatchReader items through Runs, at most
 * BatchLimits::concurrency at once over a pool of ⌈concurrency / 6⌉ network managers (Qt's 6 connections per host
 * and manager), within the rate gate, and appends each finished item to BatchOutput in completion order. Retries
 * are the provider's own (ProviderConfig::retries). cancel() stops starting items and cancels the running ones,
 * which are not written, so a rerun does them again.
 */
class BatchJob final : public QObject
{
    Q_OBJECT
public:
    BatchJob(ProviderConfig config, BatchLimits limits, bool samplesOnly, QObject *parent = nullptr);
    ~BatchJob() override;
    Q_DISABLE_COPY_MOVE(BatchJob)

    /// Opens INPUT (counting its lines when it is a file) and OUTPUT (repairing it); `defaults` are the settings of
    /// every item before its own overrides.
    Result<void> open(const QString &input, const GenerationSettings &defaults, const QString &output);
    /// Items of the repaired OUTPUT already done when the batch opened.
    int alreadyDone() const { return m_alreadyDone; }
    const BatchOutput &output() const { return m_output; }

    void start();
    void cancel();
    const BatchSummary &summary() const;

Q_SIGNALS:
    /// An item was written or skipped.
    void progress(const BatchSummary &summary);
    /// Once, when the input is exhausted and nothing runs any more (or after cancel()).
    void finished(const BatchSummary &summary);

private:
    struct Flight;
    void pump();
    void startItem(BatchItem item);
    void onRunFinished(Flight *flight, const RunResult &result);
    void write(const QJsonObject &line, bool ok, const QString &cause);
    void finishIfDone();
    void onHeaders(int status, const QHash<QByteArray, QByteArray> &headers);
    static qint64 estimateTokens(const RunRequest &request, int maxTokens);

    ProviderConfig m_config;
    BatchLimits m_limits;
    bool m_samplesOnly = false;
    BatchReader m_reader;
    BatchOutput m_output;
    BatchRateGate m_gate;
    std::vector<BatchNetworkAccess *> m_networks;
    std::vector<std::shared_ptr<Provider>> m_providers;
    std::vector<int> m_providerLoad;
    std::vector<std::unique_ptr<Flight>> m_flights;
    QSet<QString> m_started; ///< ids started in this run (duplicates in the input are skipped)
    QTimer m_wait;
    QElapsedTimer m_clock;
    mutable BatchSummary m_summary;
    int m_alreadyDone = 0;
    bool m_inputDone = false;
    bool m_running = false;
    bool m_finished = false;
    bool m_pumping = false;
};
