// SPDX-License-Identifier: Apache-2.0
#include "Run.h"

#include "base/SafeUrl.h"
#include "providers/Provider.h"
#include "vs/PromptBuilder.h"

#include <QRandomGenerator>

/// One conversation: a single call, or several turns (multi-turn, vs-multi), or one share of a split k.
struct Run::Slot
{
    int index = 0;
    Conversation conversation;
    QList<int> turns; ///< candidates asked in each turn
    int turn = 0;
    int callNumber = 0; ///< of the call in flight, as callStarted() numbered it
    QPointer<ProviderCall> call;
    std::unique_ptr<ResponseParser> parser;
    QString reply;
    QStringList previous; ///< answers of earlier turns, for the demo model's hints
    bool done = false;
};

namespace {
ResponseParser::Format parserFormat(OutputFormat f)
{
    return f == OutputFormat::Xml ? ResponseParser::Format::Xml : ResponseParser::Format::Json;
}

void appendUnique(Warnings &into, const Warnings &from)
{
    for (const Warning &w : from) {
        if (!into.contains(w))
            into.append(w);
    }
}
} // namespace

Trace RunResult::trace(const RunRequest &request) const
{
    Trace t;
    t.model = model;
    t.provider = providerId;
    t.method = Names::method(request.settings.method);
    t.latencyMs = latencyMs;
    t.k = request.settings.k;
    t.tau = request.settings.tau;
    t.tauMode = request.settings.tauMode;
    t.temperature = request.settings.temperature;
    t.seed = request.settings.seed;
    t.simulated = simulated;
    return t;
}

Run::Run(std::shared_ptr<Provider> provider, RunRequest request, QObject *parent)
    : QObject(parent)
    , m_provider(std::move(provider))
    , m_request(std::move(request))
{}

Run::~Run()
{
    for (auto &slot : m_slots) {
        if (slot->call) {
            slot->call->disconnect(this);
            slot->call->cancel();
        }
    }
}

Conversation Run::previewMessages(const RunRequest &request)
{
    const GenerationSettings &s = request.settings;
    int count = 1;
    if (s.method == Method::VsMulti)
        count = s.turnSizes().value(0, s.k);
    else if (Names::methodAsksForMany(s.method) && s.method != Method::MultiTurn)
        count = (s.k + std::max(1, request.concurrency) - 1) / std::max(1, request.concurrency);
    return firstTurn(request, count);
}

Conversation Run::firstTurn(const RunRequest &request, int count)
{
    Conversation messages = PromptBuilder::firstTurn(request.prompt, request.settings, count);
    // The user's own conversation goes between VS's instructions and the prompt.
    for (qsizetype c = 0; c < request.context.size(); ++c)
        messages.insert(1 + c, request.context[c]);
    return messages;
}

void Run::start()
{
    if (m_running || m_finished)
        return;
    m_running = true;
    m_clock.start();
    const ProviderConfig &config = m_provider->config();
    m_result.providerId = config.presetId;
    m_result.model = config.model;
    m_result.url = SafeUrl::stripped(m_provider->chatUrl());
    m_result.simulated = m_provider->isSimulated();
    m_result.structured = config.structured;
    m_result.streamed = config.stream;

    const GenerationSettings &s = m_request.settings;
    QString invalid = s.validate();
    if (invalid.isEmpty() && m_request.prompt.trimmed().isEmpty())
        invalid = tr("The prompt is empty: type what the model should answer.");
    if (invalid.isEmpty() && (m_request.concurrency < 1 || m_request.concurrency > 16))
        invalid = tr("Concurrency must be between 1 and 16 (got %1).").arg(m_request.concurrency);
    if (invalid.isEmpty() && (m_request.choices < 1 || m_request.choices > RunRequest::choicesMax))
        invalid = tr("Answers per call must be between 1 and %1 (got %2).")
                      .arg(RunRequest::choicesMax)
                      .arg(m_request.choices);
    if (!invalid.isEmpty()) {
        m_result.error = ProviderError{ProviderError::Code::BadRequest, 0, invalid, {}, false};
        QMetaObject::invokeMethod(this, &Run::finish, Qt::QueuedConnection);
        return;
    }

    QList<QList<int>> plan; // per slot, the candidates asked in each turn
    switch (s.method) {
    case Method::Direct:
    case Method::DirectCot:
        plan = {{1}};
        break;
    case Method::MultiTurn:
        plan = {QList<int>(s.k, 1)};
        break;
    case Method::VsMulti:
        plan = {s.turnSizes()};
        break;
    case Method::Sequence:
    case Method::VsStandard:
    case Method::VsCot: {
        const int calls = std::min(m_request.concurrency, s.k);
        for (int i = 0; i < calls; ++i)
            plan.append(QList<int>{s.k / calls + (i < s.k % calls ? 1 : 0)});
        break;
    }
    }
    for (int i = 0; i < plan.size(); ++i) {
        auto slot = std::make_unique<Slot>();
        slot->index = i;
        slot->turns = plan[i];
        slot->conversation = firstTurn(m_request, slot->turns.first());
        m_slots.push_back(std::move(slot));
    }
    for (auto &slot : m_slots)
        startCall(*slot);
}

void Run::startCall(Slot &slot)
{
    const GenerationSettings &s = m_request.settings;
    ChatRequest request;
    request.messages = slot.conversation;
    request.temperature = s.temperature;
    request.maxTokens = m_provider->config().maxTokens;
    request.jsonSchema = PromptBuilder::jsonSchema(s);
    request.hints = VsHints::forSettings(s, m_request.prompt);
    request.hints.count = slot.turns.value(slot.turn, 1);
    request.hints.turn = slot.turn;
    request.hints.previous = slot.previous;
    if (s.method == Method::Direct || s.method == Method::DirectCot)
        request.choices = m_request.choices;
    request.topLogprobs = m_request.topLogprobs;
    // A fixed seed makes every call reproducible (the demo model honours it); otherwise each call is fresh.
    request.hints.seed = s.seed ? *s.seed * 1000003ULL + quint64(slot.index) * 1009ULL + quint64(slot.turn)
                                : QRandomGenerator::global()->generate64();

    slot.reply.clear();
    slot.parser = PromptBuilder::repliesInPlainText(s.method)
                      ? nullptr
                      : std::make_unique<ResponseParser>(parserFormat(s.format));
    const int callNumber = m_result.callCount++;
    slot.callNumber = callNumber;
    m_result.conversations.append(slot.conversation);
    Q_EMIT callStarted(callNumber, slot.conversation);

    ProviderCall *call = m_provider->start(request);
    call->setParent(this);
    slot.call = call;
    const qint64 before = m_bytes;
    connect(call, &ProviderCall::bytesReceived, this, [this, before](qint64 total) {
        m_bytes = before + total;
        Q_EMIT bytesReceived(m_bytes);
    });
    connect(call, &ProviderCall::textDelta, this, [this, &slot, callNumber](const QString &delta) {
        Q_EMIT rawText(callNumber, delta);
        onDelta(slot, delta);
    });
    connect(call, &ProviderCall::finished, this, [this, &slot, call](const CallResult &result) {
        call->deleteLater();
        slot.call = nullptr;
        onCallFinished(slot, result);
    });
}

void Run::onDelta(Slot &slot, const QString &delta)
{
    slot.reply += delta;
    m_chars += delta.size();
    if (slot.parser) {
        for (Candidate c : slot.parser->feed(delta)) {
            c.index = int(m_candidates.size());
            m_candidates.append(c);
            Q_EMIT candidateReady(c);
        }
    }
    Q_EMIT progress(m_chars, m_clock.elapsed());
}

void Run::onCallFinished(Slot &slot, const CallResult &result)
{
    // A cancelled or failed call hands over text its decoder still held; every character that arrived counts.
    if (result.text.size() > slot.reply.size() && result.text.startsWith(slot.reply)) {
        const QString tail = result.text.mid(slot.reply.size());
        Q_EMIT rawText(slot.callNumber, tail);
        onDelta(slot, tail);
    }
    m_result.rawReplies.append(slot.reply);
    m_result.logprobs.append(result.logprobs.value(0));
    m_result.finishReason = result.finishReason;
    if (result.usage.inputTokens >= 0)
        m_result.usage.inputTokens = std::max<qint64>(0, m_result.usage.inputTokens) + result.usage.inputTokens;
    if (result.usage.outputTokens >= 0)
        m_result.usage.outputTokens = std::max<qint64>(0, m_result.usage.outputTokens) + result.usage.outputTokens;
    for (const QString &note : result.notes) {
        if (!m_result.notes.contains(note))
            m_result.notes.append(note);
    }
    if (result.url.isValid())
        m_result.url = SafeUrl::stripped(result.url);

    const bool failed = result.error.has_value();
    const bool cutOff = failed || result.finishReason == QLatin1String("length");
    QList<Candidate> fresh;
    if (slot.parser && failed && slot.reply.isEmpty()) {
        // The call failed before any text: the error says it all, a "cut off" warning would only confuse.
    } else if (slot.parser) {
        fresh = slot.parser->finish(cutOff);
        appendUnique(m_result.warnings, slot.parser->warnings());
        if (m_result.reasoning.isEmpty())
            m_result.reasoning = slot.parser->reasoning();
        if (!failed && slot.parser->candidates().isEmpty() && m_result.parseError.isEmpty())
            m_result.parseError = slot.parser->error();
    } else if (!slot.reply.trimmed().isEmpty()) {
        Candidate c;
        c.text = slot.reply.trimmed();
        c.partial = cutOff;
        fresh.append(c);
    } else if (!failed && m_result.parseError.isEmpty()) {
        m_result.parseError = tr("The reply was empty.");
    }
    for (qsizetype i = 0; i < result.moreChoices.size(); ++i) {
        const QString &more = result.moreChoices[i];
        m_result.rawReplies.append(more);
        m_result.logprobs.append(result.logprobs.value(i + 1));
        fresh.append(moreChoiceCandidates(more, cutOff));
    }
    for (Candidate &c : fresh) {
        c.index = int(m_candidates.size());
        if (!slot.parser)
            slot.previous.append(c.text);
        m_candidates.append(c);
        Q_EMIT candidateReady(c);
    }
    if (slot.parser) {
        for (const Candidate &c : slot.parser->candidates())
            slot.previous.append(c.text);
    }

    if (failed) {
        if (!m_result.error || m_result.error->code == ProviderError::Code::Cancelled)
            m_result.error = result.error;
        if (result.error->code == ProviderError::Code::Cancelled)
            m_result.cancelled = true;
        slot.done = true;
    } else if (slot.turn + 1 < slot.turns.size() && !m_result.cancelled) {
        // Next turn of the same conversation: the model sees its own earlier answers.
        slot.conversation.append({ChatMessage::Role::Assistant, slot.reply});
        ++slot.turn;
        slot.conversation.append(PromptBuilder::followUp(m_request.settings, slot.turns[slot.turn]));
        startCall(slot);
        return;
    } else {
        slot.done = true;
    }
    if (std::all_of(m_slots.cbegin(), m_slots.cend(), [](const auto &s) { return s->done; }))
        finish();
}

QList<Candidate> Run::moreChoiceCandidates(const QString &text, bool cutOff)
{
    if (PromptBuilder::repliesInPlainText(m_request.settings.method)) {
        if (text.trimmed().isEmpty())
            return {};
        Candidate c;
        c.text = text.trimmed();
        c.partial = cutOff;
        return {c};
    }
    ResponseParser parser(parserFormat(m_request.settings.format));
    QList<Candidate> found = parser.feed(text);
    found.append(parser.finish(cutOff));
    appendUnique(m_result.warnings, parser.warnings());
    return found;
}

void Run::cancel()
{
    if (!m_running)
        return;
    m_result.cancelled = true;
    for (auto &slot : m_slots) {
        if (slot->call)
            slot->call->cancel();
    }
}

void Run::finish()
{
    if (m_finished)
        return;
    m_finished = true;
    m_running = false;
    m_result.latencyMs = m_clock.isValid() ? m_clock.elapsed() : 0;
    if (m_result.cancelled && !m_result.error)
        m_result.error = ProviderError{ProviderError::Code::Cancelled, 0, tr("Cancelled."), m_result.url, false};
    m_result.distribution = Distribution::build(m_candidates, PostProcessOptions::fromSettings(m_request.settings));
    appendUnique(m_result.warnings, m_result.distribution.warnings());
    if (m_result.distribution.isEmpty() && !m_result.error && m_result.parseError.isEmpty())
        m_result.parseError = tr("The reply held no candidate.");
    Q_EMIT finished(m_result);
}
