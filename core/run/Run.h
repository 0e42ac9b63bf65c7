// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "providers/ProviderTypes.h"
#include "vs/Distribution.h"
#include "vs/ResponseParser.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>

#include <memory>
#include <vector>

class Provider;
class ProviderCall;

/// What to generate: the user's prompt and the generation settings.
struct RunRequest
{
    QString prompt;
    GenerationSettings settings;
    /// Split k over this many concurrent calls (vs-standard / vs-cot / sequence only); 1 = one call.
    int concurrency = 1;
    /// One-answer methods (direct, direct-cot): independent answers asked in one call (OpenAI `n`, Gemini
    /// `candidateCount`); a server may return fewer. 1 = one answer.
    int choices = 1;
    /// Token log-probabilities asked of the provider (ChatRequest::topLogprobs); -1 = not asked.
    int topLogprobs = -1;
    /// The user's own messages before the prompt (a system message, earlier turns), sent after VS's instructions and
    /// before the prompt, in order. Empty for a plain prompt.
    Conversation context{};

    static constexpr int choicesMax = 128;
};

/// Everything a finished (or failed, or cancelled) run produced. Nothing is lost on error: the candidates
/// parsed before the failure are in `distribution`, marked partial where cut off.
struct RunResult
{
    Distribution distribution;
    Warnings warnings;                  ///< parser + distribution + provider notes, deduplicated
    std::optional<ProviderError> error; ///< set when any call failed or the run was cancelled
    bool cancelled = false;
    QString finishReason;              ///< of the last call ("stop", "length", ...)
    Usage usage;                       ///< summed over calls
    qint64 latencyMs = 0;              ///< wall time of the whole run
    QList<Conversation> conversations; ///< per call: the messages sent (and assistant replies of earlier turns)
    QStringList rawReplies;            ///< per call/turn, the raw reply text
    QList<ChoiceLogprobs> logprobs;    ///< parallel to rawReplies: the model's token log-probabilities, if any
    QString reasoning;                 ///< VS-CoT / Direct-CoT reasoning, if any
    QStringList notes;                 ///< provider notes (e.g. temperature capped)
    QString providerId;
    QString model;
    QUrl url;                                         ///< without user info (SafeUrl)
    StructuredMode structured = StructuredMode::Auto; ///< as asked (the provider may have dropped it)
    bool streamed = true;
    bool simulated = false;
    int callCount = 0;
    QString parseError; ///< set when the reply held no candidate

    /// True when the run completed (finish reason length included) — design.md exit-code rules.
    bool completed() const { return !error.has_value(); }
    Trace trace(const RunRequest &request) const;
};

/**
 * One VS run: turns prompt + settings into one or more provider calls (conversations for multi-turn and vs-multi,
 * concurrent shares of k when split), feeds each streamed delta to an incremental ResponseParser, and builds the
 * Distribution. Emits candidateReady the moment each candidate is complete. cancel() stops every call at once.
 */
class Run final : public QObject
{
    Q_OBJECT
public:
    /// The run co-owns the provider it calls, so switching provider meanwhile never pulls it from under a call.
    Run(std::shared_ptr<Provider> provider, RunRequest request, QObject *parent = nullptr);
    ~Run() override;
    Q_DISABLE_COPY_MOVE(Run)

    /// Validates the settings; on error emits finished() with a BadRequest error (never throws).
    void start();
    void cancel();
    bool isRunning() const { return m_running; }
    const RunRequest &request() const { return m_request; }
    const RunResult &result() const { return m_result; }
    /// Candidates completed so far (before duplicate merging and the τ filter), in arrival order.
    const QList<Candidate> &candidatesSoFar() const { return m_candidates; }

    /// The messages the first call(s) will send, for previews.
    static Conversation previewMessages(const RunRequest &request);
    /// The first messages of a call asking for `count` candidates: VS's instructions, the request's context, the
    /// prompt.
    static Conversation firstTurn(const RunRequest &request, int count);

Q_SIGNALS:
    void candidateReady(const Candidate &candidate);
    void callStarted(int call, const Conversation &messages);
    void rawText(int call, const QString &delta);
    /// Characters of reply text received so far, over every call, and elapsed wall time.
    void progress(qint64 chars, qint64 elapsedMs);
    /// Reply bytes received on the wire so far, over every call (text a stream reader still holds included).
    void bytesReceived(qint64 total);
    void finished(const RunResult &result);

private:
    struct Slot;
    void startCall(Slot &slot);
    void onDelta(Slot &slot, const QString &delta);
    void onCallFinished(Slot &slot, const CallResult &result);
    /// The candidates of one whole reply of a further choice (ChatRequest::choices > 1).
    QList<Candidate> moreChoiceCandidates(const QString &text, bool cutOff);
    void finish();

    std::shared_ptr<Provider> m_provider;
    RunRequest m_request;
    RunResult m_result;
    QList<Candidate> m_candidates;
    std::vector<std::unique_ptr<Slot>> m_slots;
    QElapsedTimer m_clock;
    qint64 m_chars = 0;
    qint64 m_bytes = 0;
    bool m_running = false;
    bool m_finished = false;
};
