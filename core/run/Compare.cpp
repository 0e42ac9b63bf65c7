// SPDX-License-Identifier: Apache-2.0
#include "Compare.h"

#include "providers/Provider.h"
#include "vs/Rng.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>
#include <limits>

namespace {
/// The translation context of the comparison's texts.
class CompareText
{
    Q_DECLARE_TR_FUNCTIONS(CompareText)
};
} // namespace

bool CompareRequest::returnsK(Method method)
{
    return method != Method::Direct && method != Method::DirectCot;
}

quint64 CompareRequest::callSeed(quint64 seed, Method method, int call)
{
    // SplitMix64 over (seed, method, call): neighbouring seeds and calls give unrelated streams.
    Rng rng(seed ^ ((quint64(int(method)) + 1) * 0xD1B54A32D192ED03ULL));
    Rng mixed(rng.next() + quint64(call) * 0x9E3779B97F4A7C15ULL);
    return mixed.next();
}

QString CompareRequest::validate() const
{
    if (prompt.trimmed().isEmpty())
        return CompareText::tr("The prompt is empty.");
    if (methods.isEmpty())
        return CompareText::tr("Choose at least one method to compare.");
    for (qsizetype i = 0; i < methods.size(); ++i) {
        if (methods.indexOf(methods[i]) != i)
            return CompareText::tr("The method %1 is listed twice.").arg(Names::method(methods[i]));
    }
    if (n < 1 || n > nMax)
        return CompareText::tr("Responses per method must be between 1 and %1, got %2.").arg(nMax).arg(n);
    if (answersPerCall < 0 || answersPerCall > answersPerCallMax)
        return CompareText::tr("Answers per call must be between 0 (automatic) and %1, got %2.")
            .arg(answersPerCallMax)
            .arg(answersPerCall);
    if (concurrency < 1 || concurrency > concurrencyMax)
        return CompareText::tr("Concurrent calls must be between 1 and %1, got %2.")
            .arg(concurrencyMax)
            .arg(concurrency);
    return settings.validate();
}

int CompareRequest::callsFor(Method method) const
{
    if (!returnsK(method))
        return n;
    const int k = std::max(1, settings.k);
    return (n + k - 1) / k;
}

int CompareRequest::answersPerCallLimit(ProviderKind kind)
{
    switch (kind) {
    case ProviderKind::OpenAiCompatible:
        return answersPerCallMax;
    case ProviderKind::Gemini:
        return 8;
    case ProviderKind::Anthropic:
    case ProviderKind::Demo:
        break;
    }
    return 1;
}

int CompareRequest::answersPerCallFor(ProviderKind kind) const
{
    const int limit = answersPerCallLimit(kind);
    if (answersPerCall > 0)
        return std::min(answersPerCall, limit);
    // One wave: as many calls as can be on the wire at once, which Qt Network caps at 6 per host.
    constexpr int connectionsPerHost = 6;
    const int wave = std::clamp(concurrency, 1, connectionsPerHost);
    return std::clamp((n + wave - 1) / wave, 1, limit);
}

RunRequest CompareRequest::callRequest(Method method, int call, int answers) const
{
    RunRequest r;
    r.prompt = prompt;
    r.settings = settings;
    r.settings.method = method;
    if (!returnsK(method)) {
        r.settings.k = 1;
        r.choices = std::clamp(answers, 1, RunRequest::choicesMax);
    }
    if (method == Method::Direct)
        r.topLogprobs = topLogprobs;
    if (settings.seed)
        r.settings.seed = callSeed(*settings.seed, method, call);
    r.concurrency = 1;
    return r;
}

CompareJob::CompareJob(std::shared_ptr<Provider> provider, CompareRequest request, QObject *parent)
    : QObject(parent)
    , m_provider(std::move(provider))
{
    m_result.request = std::move(request);
    for (const Method m : std::as_const(m_result.request.methods)) {
        MethodOutcome o;
        o.method = m;
        m_result.methods.append(o);
    }
    if (m_provider) {
        m_result.providerId = m_provider->config().presetId;
        m_result.model = m_provider->config().model;
        m_result.simulated = m_provider->isSimulated();
    }
}

CompareJob::~CompareJob()
{
    // Runs are children: deleting them aborts their calls; no signal reaches a half-destroyed job.
    for (auto it = m_inFlight.cbegin(); it != m_inFlight.cend(); ++it)
        disconnect(it.key(), nullptr, this, nullptr);
}

bool CompareJob::isRunning() const
{
    return m_running;
}

int CompareJob::callsTotal() const
{
    return m_total;
}

int CompareJob::callsDone() const
{
    return m_done;
}

void CompareJob::start()
{
    if (m_running || m_finished)
        return;
    const CompareRequest &request = m_result.request;
    QString error = request.validate();
    if (error.isEmpty() && !m_provider)
        error = CompareText::tr("No provider to call.");
    if (!error.isEmpty()) {
        for (MethodOutcome &o : m_result.methods)
            o.errors.append(error);
        m_finished = true;
        Q_EMIT finished(m_result);
        return;
    }

    plan();
    m_total = int(m_queue.size());
    m_logprobs = request.topLogprobs >= 0;
    m_running = true;
    m_clock.start();
    Q_EMIT progress(0, m_total);
    pump();
}

void CompareJob::plan()
{
    const CompareRequest &request = m_result.request;
    const int perCall = request.answersPerCallFor(m_provider->kind());
    // Interleave by fraction done, so every method advances at the same relative pace: after any number of
    // calls each method has about the same share of its responses (30 direct and 6 VS calls alternate 5:1).
    struct Slot
    {
        double at;
        PendingCall call;
    };
    QList<Slot> order;
    for (int m = 0; m < request.methods.size(); ++m) {
        QList<int> answers; // per call
        if (CompareRequest::returnsK(request.methods[m])) {
            answers = QList<int>(request.callsFor(request.methods[m]), 1);
        } else {
            for (int left = request.n; left > 0; left -= perCall)
                answers.append(std::min(perCall, left));
        }
        const int calls = int(answers.size());
        for (int c = 0; c < calls; ++c)
            order.append(Slot{(c + 0.5) / calls, PendingCall{m, c, answers[c]}});
    }
    std::stable_sort(order.begin(), order.end(), [](const Slot &a, const Slot &b) { return a.at < b.at; });
    for (const Slot &s : std::as_const(order))
        m_queue.append(s.call);
    m_nextCall = request.n + 1; // above every planned call number: re-queued calls get seeds of their own
}

void CompareJob::unbatchQueue()
{
    QList<PendingCall> single;
    for (const PendingCall &p : std::as_const(m_queue)) {
        if (p.answers <= 1) {
            single.append(p);
            continue;
        }
        for (int i = 0; i < p.answers; ++i)
            single.append(PendingCall{p.method, i == 0 ? p.call : m_nextCall++, 1});
    }
    m_total += int(single.size() - m_queue.size());
    m_queue = single;
}

bool CompareJob::fallBackFromBatching(const PendingCall &pending, const RunResult &result)
{
    int texts = 0; // completions that came back, empty or not
    for (const QString &raw : result.rawReplies)
        texts += raw.isEmpty() ? 0 : 1;
    const bool refused = result.error && result.error->code == ProviderError::Code::BadRequest && texts == 0;
    const bool ignored = !result.error && texts < pending.answers;
    if (!refused && !ignored)
        return false;
    MethodOutcome &o = m_result.methods[pending.method];
    const int missing = pending.answers - texts;
    const QString note =
        refused ? CompareText::tr("The server refused %1 answers in one call (%2); asked one answer per call instead.")
                      .arg(pending.answers)
                      .arg(result.error->message)
                : CompareText::tr("The server gave %1 of the %2 answers asked in one call; asked the rest one per "
                                  "call.")
                      .arg(texts)
                      .arg(pending.answers);
    if (!o.notes.contains(note))
        o.notes.append(note);
    unbatchQueue();
    for (int i = 0; i < missing; ++i)
        m_queue.prepend(PendingCall{pending.method, m_nextCall++, 1});
    m_total += missing;
    return true;
}

void CompareJob::pump()
{
    if (m_pumping)
        return; // a run that finished while being started: the outer loop goes on
    m_pumping = true;
    while (m_running && !m_queue.isEmpty() && m_inFlight.size() < m_result.request.concurrency)
        startCall(m_queue.takeFirst());
    m_pumping = false;
    finishIfDone();
}

void CompareJob::startCall(const PendingCall &pending)
{
    const Method method = m_result.request.methods[pending.method];
    RunRequest call = m_result.request.callRequest(method, pending.call, pending.answers);
    if (!m_logprobs)
        call.topLogprobs = -1;
    PendingCall started = pending;
    started.logprobs = call.topLogprobs >= 0;
    auto *run = new Run(m_provider, call, this);
    m_inFlight.insert(run, started);
    connect(run, &Run::finished, this,
            [this, run, started](const RunResult &result) { onRunFinished(run, started, result); });
    run->start();
}

void CompareJob::onRunFinished(Run *run, const PendingCall &pending, const RunResult &result)
{
    if (!m_inFlight.remove(run))
        return;
    run->deleteLater();
    MethodOutcome &o = m_result.methods[pending.method];
    ++o.calls;
    const bool refused = (pending.logprobs && fallBackFromLogprobs(pending, result)) ||
                         (pending.answers > 1 && fallBackFromBatching(pending, result));
    if (result.error && !refused) {
        ++o.failedCalls;
        if (!o.errors.contains(result.error->message))
            o.errors.append(result.error->message);
    }
    if (!result.providerId.isEmpty())
        m_result.providerId = result.providerId;
    if (!result.model.isEmpty())
        m_result.model = result.model;
    m_result.simulated = m_result.simulated || result.simulated;
    collect(o, pending, result);
    ++m_done;
    Q_EMIT callFinished(pending.method);
    Q_EMIT progress(m_done, m_total);
    pump();
}

void CompareJob::collect(MethodOutcome &o, const PendingCall &pending, const RunResult &result)
{
    // Token log-probabilities by answer text: a merged duplicate takes its copies' values in reply order.
    QHash<QString, QList<double>> logprobsOf;
    for (qsizetype i = 0; i < result.rawReplies.size() && i < result.logprobs.size(); ++i) {
        const ChoiceLogprobs &lp = result.logprobs[i];
        if (lp.tokens > 0)
            logprobsOf[result.rawReplies[i].trimmed()].append(lp.sum);
        if (o.firstToken.isEmpty() && !lp.first.isEmpty())
            o.firstToken = lp.first;
    }
    // Every complete answer counts as a response (a merged duplicate as often as it came); a candidate cut off
    // mid-text does not. Stated probabilities are split evenly over the answers a merge folded together.
    const bool verbalizes = Names::methodVerbalizes(o.method);
    for (const Candidate &c : result.distribution.items()) {
        if (c.partial)
            continue;
        const int count = std::max(1, c.count);
        const double stated =
            verbalizes && c.hasStatedValue() ? c.clipped / count : std::numeric_limits<double>::quiet_NaN();
        QList<double> &lps = logprobsOf[c.text];
        for (int i = 0; i < count; ++i) {
            o.responses.append(c.text);
            o.stated.append(stated);
            o.callOf.append(pending.call);
            o.tokenLogprob.append(lps.isEmpty() ? std::numeric_limits<double>::quiet_NaN() : lps.takeFirst());
        }
    }
}

bool CompareJob::fallBackFromLogprobs(const PendingCall &pending, const RunResult &result)
{
    int texts = 0;
    for (const QString &raw : result.rawReplies)
        texts += raw.isEmpty() ? 0 : 1;
    if (!result.error || result.error->code != ProviderError::Code::BadRequest || texts > 0)
        return false;
    MethodOutcome &o = m_result.methods[pending.method];
    const QString note = CompareText::tr("The server refused token log-probabilities (%1); the calls went on "
                                         "without them, so there is no token-level view.")
                             .arg(result.error->message);
    if (!o.notes.contains(note))
        o.notes.append(note);
    m_logprobs = false;
    m_queue.prepend(PendingCall{pending.method, m_nextCall++, pending.answers, false});
    m_total += 1;
    return true;
}

void CompareJob::cancel()
{
    if (!m_running)
        return;
    m_result.cancelled = true;
    m_queue.clear();
    // Cancelling a run may finish it synchronously, which edits m_inFlight: iterate over a copy.
    const QList<Run *> runs = m_inFlight.keys();
    for (Run *run : runs) {
        if (m_inFlight.contains(run))
            run->cancel();
    }
    finishIfDone();
}

void CompareJob::finishIfDone()
{
    if (!m_running || m_pumping || !m_inFlight.isEmpty() || !m_queue.isEmpty())
        return;
    m_running = false;
    m_finished = true;
    m_result.latencyMs = m_clock.elapsed();
    if (m_logprobs) {
        for (MethodOutcome &o : m_result.methods) {
            const bool any =
                std::any_of(o.tokenLogprob.cbegin(), o.tokenLogprob.cend(), [](double lp) { return !std::isnan(lp); });
            if (o.method == Method::Direct && !o.responses.isEmpty() && !any)
                o.notes.append(CompareText::tr("The server returned no token log-probabilities (Anthropic and some "
                                               "servers have none), so there is no token-level view."));
        }
    }
    Q_EMIT finished(m_result);
}
