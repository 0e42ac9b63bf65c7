// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "run/Run.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QPointer>

#include <memory>

/// What to compare: one prompt, several methods, about `n` responses each (the paper's counting).
struct CompareRequest
{
    QString prompt;
    QList<Method> methods = {Method::Direct, Method::VsStandard};
    int n = 30;          ///< responses per method
    int concurrency = 4; ///< calls in flight at once, over all methods
    /// Everything else of a call: k (VS methods), temperature, format, τ, seed (each call derives its own from it).
    GenerationSettings settings;

    /// Empty when valid, otherwise a message naming the setting and its allowed range.
    QString validate() const;
    /// Calls one method needs: n for one-answer methods, ⌈n / k⌉ for methods that return k answers per call.
    int callsFor(Method method) const;
    /// The request one call of `method` makes: k = 1 for one-answer methods, the seed derived for `call`.
    RunRequest callRequest(Method method, int call) const;

    /// True for methods that return k answers per call (every method but direct and direct-cot).
    static bool returnsK(Method method);
    /// The seed of call `call` of `method`, derived deterministically from the comparison's seed: different for
    /// every call and method, the same on every run and platform.
    static quint64 callSeed(quint64 seed, Method method, int call);

    static constexpr int nMax = 1000;
    static constexpr int concurrencyMax = 16;
};

/// What one method produced.
struct MethodOutcome
{
    Method method = Method::Direct;
    /// Every response, in the order calls finished: one per direct call, every candidate of every VS call.
    QStringList responses;
    /// Per response, the probability the model stated (NaN when none, e.g. for direct): parallel to responses.
    QList<double> stated;
    /// Per response, which call it came from (0-based within this method): pools stated probabilities per call.
    QList<int> callOf;
    int calls = 0;       ///< calls finished (successful or not)
    int failedCalls = 0; ///< failed or cancelled calls; what they returned before failing is kept
    QStringList errors;  ///< distinct error messages of the failed calls
};

struct CompareResult
{
    CompareRequest request;
    QList<MethodOutcome> methods; ///< in request order
    QString providerId;
    QString model;
    bool simulated = false;
    bool cancelled = false;
    qint64 latencyMs = 0;
};

/**
 * The direct-vs-VS experiment: for each method, as many calls as it needs for about n responses, run concurrently
 * up to a bound; every candidate of every VS call counts as a response, as the paper counts them. Failed and
 * cancelled calls are counted, and everything that arrived is kept. cancel() stops every call at once.
 */
class CompareJob final : public QObject
{
    Q_OBJECT
public:
    /// The job co-owns the provider it calls.
    CompareJob(std::shared_ptr<Provider> provider, CompareRequest request, QObject *parent = nullptr);
    ~CompareJob() override;
    Q_DISABLE_COPY_MOVE(CompareJob)

    /// Validates the request; on error emits finished() (with every method empty and the message in errors).
    void start();
    void cancel();
    bool isRunning() const;
    int callsTotal() const;
    int callsDone() const;
    const CompareResult &result() const { return m_result; }

Q_SIGNALS:
    /// Calls finished so far, of all methods, and the total.
    void progress(int done, int total);
    /// One call of method `methodIndex` (index into the request's methods) finished: result() holds what it added.
    void callFinished(int methodIndex);
    void finished(const CompareResult &result);

private:
    /// One call still to make: which method (index into the request's methods) and which of its calls.
    struct PendingCall
    {
        int method = 0;
        int call = 0;
    };
    void pump();
    void startCall(const PendingCall &pending);
    void onRunFinished(Run *run, const PendingCall &pending, const RunResult &result);
    void finishIfDone();

    std::shared_ptr<Provider> m_provider;
    CompareResult m_result;
    QList<PendingCall> m_queue; ///< interleaved over methods, in start order
    QHash<Run *, PendingCall> m_inFlight;
    QElapsedTimer m_clock;
    int m_total = 0;
    int m_done = 0;
    bool m_running = false;
    bool m_finished = false;
    bool m_pumping = false;
};
