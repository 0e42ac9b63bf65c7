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
    /// One-answer methods: answers asked per call (OpenAI-style `n`, Gemini `candidateCount`). 0 = automatic:
    /// enough per call that all of them fit in one wave of `concurrency` calls (at most the 6 connections per host
    /// Qt Network opens), where the provider has the field;
    /// 1 = one call per answer. A server that refuses or ignores it gets one call per answer instead.
    int answersPerCall = 0;
    /// Direct calls ask for token log-probabilities with this many alternatives per position (-1 = not asked), for
    /// the token-level view. A server that refuses them is asked again without, and the outcome's notes say so.
    int topLogprobs = -1;
    /// Everything else of a call: k (VS methods), temperature, format, τ, seed (each call derives its own from it).
    GenerationSettings settings;

    /// Empty when valid, otherwise a message naming the setting and its allowed range.
    QString validate() const;
    /// Calls one method needs: n for one-answer methods, ⌈n / k⌉ for methods that return k answers per call.
    int callsFor(Method method) const;
    /// The request one call of `method` makes: k = 1 for one-answer methods (asking for `answers` of them), the
    /// seed derived for `call`.
    RunRequest callRequest(Method method, int call, int answers = 1) const;
    /// Answers per call of a one-answer method on a provider of `kind`: answersPerCall, or the automatic choice,
    /// capped at what the wire format allows (1 where it has no such field).
    int answersPerCallFor(ProviderKind kind) const;
    /// The most answers one call of `kind` can ask for: 128 for OpenAI-style `n`, 8 for Gemini, else 1.
    static int answersPerCallLimit(ProviderKind kind);

    /// True for methods that return k answers per call (every method but direct and direct-cot).
    static bool returnsK(Method method);
    /// The seed of call `call` of `method`, derived deterministically from the comparison's seed: different for
    /// every call and method, the same on every run and platform.
    static quint64 callSeed(quint64 seed, Method method, int call);

    static constexpr int nMax = 1000;
    static constexpr int concurrencyMax = 16;
    static constexpr int answersPerCallMax = 128;
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
    QStringList notes;   ///< how the calls were made when that changed on the way (a server refused `n`)
    /// Direct with token log-probabilities: parallel to responses, Σ log p of each answer's tokens (NaN when the
    /// reply carried none).
    QList<double> tokenLogprob;
    /// The alternatives at the first token position of the first call that returned them, most likely first.
    QList<TokenAlternative> firstToken;
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
        int answers = 1;       ///< answers asked in this call (one-answer methods batched with `n`)
        bool logprobs = false; ///< asked for token log-probabilities
    };
    void pump();
    void startCall(const PendingCall &pending);
    void onRunFinished(Run *run, const PendingCall &pending, const RunResult &result);
    void finishIfDone();
    /// Plans the calls of every method, interleaved so each advances at the same relative pace.
    void plan();
    /// Whether a batched call's result means the server refuses or ignores `n`; if so re-queues what is missing
    /// as one call per answer, stops batching, notes it and returns true (the call is then not counted failed).
    bool fallBackFromBatching(const PendingCall &pending, const RunResult &result);
    /// Replaces every queued batched call of one-answer methods by single calls.
    void unbatchQueue();
    /// Whether a call that asked for log-probabilities was refused for them; if so re-queues it without, notes it
    /// and stops asking (the call is then not counted failed).
    bool fallBackFromLogprobs(const PendingCall &pending, const RunResult &result);
    /// Appends what one finished call returned to its method's outcome.
    void collect(MethodOutcome &o, const PendingCall &pending, const RunResult &result);

    std::shared_ptr<Provider> m_provider;
    CompareResult m_result;
    QList<PendingCall> m_queue; ///< interleaved over methods, in start order
    QHash<Run *, PendingCall> m_inFlight;
    QElapsedTimer m_clock;
    int m_total = 0;
    int m_done = 0;
    int m_nextCall = 0;      ///< call numbers handed to re-queued single calls (distinct seeds)
    bool m_logprobs = false; ///< still asking for log-probabilities (false once a server refused them)
    bool m_running = false;
    bool m_finished = false;
    bool m_pumping = false;
};
