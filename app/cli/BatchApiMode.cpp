// SPDX-License-Identifier: Apache-2.0
#include "BatchApiMode.h"

#include "Cli.h"
#include "CliSupport.h"

#include "base/SafeUrl.h"
#include "export/BatchFiles.h"
#include "providers/BatchApiJob.h"
#include "providers/Provider.h"
#include "session/ProviderRegistry.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHash>
#include <QJsonArray>
#include <QMap>
#include <QPointer>
#include <QTextStream>

namespace Cli {
namespace {
class BatchApiModeText
{
    Q_DECLARE_TR_FUNCTIONS(BatchApiModeText)
};

/// A call whose reply the caller hands over: the decoded batch result.
class HeldCall final : public ProviderCall
{
public:
    using ProviderCall::ProviderCall;
    void cancel() override {}
    void deliver(const CallResult &result)
    {
        if (!result.text.isEmpty())
            Q_EMIT textDelta(result.text);
        Q_EMIT finished(result);
    }
};

/**
 * A provider that sends nothing: Run asks it for calls exactly as it asks a network provider, so the batch request
 * is the ChatRequest an interactive run would send, and a batch result goes back through the same Run (parser,
 * distribution, warnings) as an interactive reply.
 */
class HeldProvider final : public Provider
{
public:
    explicit HeldProvider(std::shared_ptr<const WireFormat> wire)
        : Provider(wire->config())
        , m_wire(std::move(wire))
    {}
    ProviderKind kind() const override { return m_wire->kind(); }
    QUrl baseUrl() const override { return m_wire->baseUrl(); }
    QUrl chatUrl() const override { return m_wire->chatUrl(false); }
    std::pair<double, double> temperatureRange(QString *reason) const override
    {
        return m_wire->temperatureRange(reason);
    }
    ProviderCall *start(const ChatRequest &request) override
    {
        requests.append(request);
        auto *call = new HeldCall;
        calls.append(call);
        return call;
    }
    ModelListJob *listModels() override { return nullptr; }

    QList<ChatRequest> requests;
    QList<QPointer<HeldCall>> calls;

private:
    std::shared_ptr<const WireFormat> m_wire;
};

bool needsSeveralCalls(const GenerationSettings &s)
{
    return s.method == Method::MultiTurn || (s.method == Method::VsMulti && s.turnSizes().size() > 1);
}

/// The batch request of one item, or why it cannot go into a batch.
Result<BatchApiItem> prepareItem(const std::shared_ptr<const WireFormat> &wire, const BatchItem &item)
{
    RunRequest request = item.request;
    request.concurrency = 1;
    if (needsSeveralCalls(request.settings))
        return fail(Failure::Kind::BadInput,
                    BatchApiModeText::tr("method %1 needs several calls in a row, which a batch API cannot chain; run "
                                         "this item without --via batch-api.")
                        .arg(Names::method(request.settings.method)));
    auto provider = std::make_shared<HeldProvider>(wire);
    {
        Run run(provider, request);
        run.start();
        if (run.result().error)
            return fail(Failure::Kind::BadInput, run.result().error->message);
    }
    if (provider->requests.size() != 1)
        return fail(Failure::Kind::BadInput, BatchApiModeText::tr("the item does not make exactly one call."));
    BatchApiItem out;
    out.itemId = item.id;
    out.customId = BatchApiProtocol::customIdFor(item.id, item.line);
    out.body = BatchApiProtocol::chatBody(*wire, provider->requests.first(), nullptr);
    return out;
}

/// A batch result parsed by the same Run as an interactive reply (Run finishes synchronously on delivery).
RunResult decodeItem(const std::shared_ptr<const WireFormat> &wire, RunRequest request, CallResult call)
{
    request.concurrency = 1;
    auto provider = std::make_shared<HeldProvider>(wire);
    Run run(provider, request);
    run.start();
    if (provider->calls.isEmpty() || !provider->calls.first())
        return run.result();
    call.url = wire->chatUrl(false);
    provider->calls.first()->deliver(call);
    return run.result();
}

struct Counts
{
    int done = 0;
    int failed = 0;
    int skipped = 0;
    int alreadyDone = 0;
    int submitted = 0;
    QMap<QString, int> failedByCause;
    qint64 inputTokens = 0;
    qint64 outputTokens = 0;
};

/// One `batch --via batch-api` / `--status` / `--cancel` invocation.
class BatchApiRunner
{
public:
    explicit BatchApiRunner(const BatchCliOptions &options)
        : m_o(options)
        , m_statePath(BatchApiState::pathFor(options.output))
    {}

    int run();
    int status();
    int cancel();

private:
    Result<void> loadState();
    ProviderChoice choice() const;
    Result<void> prepareProvider(ProviderRegistry &registry);
    Result<void> openFiles();
    std::optional<BatchApiItem> nextItem();
    void writeError(const QString &id, const QString &code, const QString &message, int line = 0);
    void onResult(const BatchApiResult &r);
    void connectJob(BatchApiJob *job);
    void onFinished(const std::optional<ProviderError> &error);
    void say(const QString &line) const;
    void printSummary() const;
    void printStatus(bool refreshed) const;

    const BatchCliOptions &m_o;
    QString m_statePath;
    std::optional<BatchApiState> m_state;
    std::shared_ptr<const WireFormat> m_wire;
    BatchReader m_reader;
    BatchOutput m_output;
    QHash<QString, RunRequest> m_requests; ///< items of INPUT not done yet, to parse results with their settings
    QSet<QString> m_queued;                ///< ids submitted (or in flight) in this run
    QSet<QString> m_inFlight;
    Counts m_counts;
    QElapsedTimer m_clock;
    int m_exitCode = Ok;
    int m_itemMessages = 0;
    bool m_cancelMode = false;
    QString m_writeError;
};

void BatchApiRunner::say(const QString &line) const
{
    if (!m_o.quiet)
        printErr(QStringLiteral("batch-api: ") + line);
}

Result<void> BatchApiRunner::loadState()
{
    Result<std::optional<BatchApiState>> loaded = BatchApiState::load(m_statePath);
    if (!loaded)
        return loaded.failure();
    m_state = std::move(loaded).value();
    return {};
}

ProviderChoice BatchApiRunner::choice() const
{
    // A rerun, --status and --cancel need not repeat --provider / --base-url: the state file names them.
    ProviderChoice c = m_o.setup.provider;
    if (m_state && c.presetId.isEmpty())
        c.presetId = m_state->provider;
    if (m_state && c.baseUrl.isEmpty() && c.presetId == m_state->provider)
        c.baseUrl = m_state->baseUrl;
    if (m_state && c.model.isEmpty() && c.presetId == m_state->provider)
        c.model = m_state->model;
    return c;
}

Result<void> BatchApiRunner::prepareProvider(ProviderRegistry &registry)
{
    const ProviderConfig config = registry.currentConfig();
    if (const std::optional<QString> why = BatchApiProtocol::unsupported(config))
        return fail(Failure::Kind::BadInput, *why);
    m_wire = BatchApiProtocol::wireFor(config);
    const QString base = SafeUrl::text(m_wire->baseUrl());
    if (m_state && (m_state->provider != config.presetId || SafeUrl::typed(m_state->baseUrl) != base))
        return fail(Failure::Kind::BadInput,
                    BatchApiModeText::tr("%1 holds batches of provider %2 at %3, not %4 at %5: use the same --provider "
                                         "and --base-url, or another OUTPUT.")
                        .arg(m_statePath, m_state->provider, m_state->baseUrl, config.presetId, base));
    if (!m_state) {
        m_state = BatchApiState{};
        m_state->provider = config.presetId;
        m_state->baseUrl = base;
        m_state->model = m_wire->model();
    }
    return {};
}

Result<void> BatchApiRunner::openFiles()
{
    if (Result<void> opened = m_output.open(m_o.output); !opened)
        return opened;
    if (m_output.repairedBytes() > 0)
        say(BatchApiModeText::tr("removed a partial last line (%1 bytes) from %2.")
                .arg(m_output.repairedBytes())
                .arg(m_o.output));
    m_inFlight = m_state->itemsInFlight();
    return m_reader.open(m_o.input, m_o.setup.request.settings);
}

std::optional<BatchApiItem> BatchApiRunner::nextItem()
{
    while (std::optional<Result<BatchItem>> next = m_reader.next()) {
        if (!m_writeError.isEmpty())
            return std::nullopt;
        if (!*next) {
            writeError(QString::number(m_reader.lastLine()), QStringLiteral("bad_input"), next->message(),
                       m_reader.lastLine());
            continue;
        }
        const BatchItem &item = next->value();
        // Results are parsed with their item's own settings. The job submits everything before it polls, so by
        // the time a result arrives (of this run's batches or of resumed ones) its item has been read here.
        if (!m_output.isDone(item.id) && !m_requests.contains(item.id))
            m_requests.insert(item.id, item.request);
        if (m_output.isDone(item.id) || m_queued.contains(item.id) || m_inFlight.contains(item.id)) {
            if (m_output.isDone(item.id))
                ++m_counts.alreadyDone;
            else if (m_queued.contains(item.id))
                ++m_counts.skipped; // a repeated id
            continue;
        }
        Result<BatchApiItem> prepared = prepareItem(m_wire, item);
        if (!prepared) {
            writeError(item.id, QStringLiteral("bad_input"), prepared.message(), item.line);
            continue;
        }
        m_queued.insert(item.id);
        return std::move(prepared).value();
    }
    return std::nullopt;
}

void BatchApiRunner::writeError(const QString &id, const QString &code, const QString &message, int line)
{
    ++m_counts.failed;
    ++m_counts.failedByCause[code];
    if (m_itemMessages++ < 20)
        say(BatchApiModeText::tr("item %1: %2").arg(id, message));
    const Result<void> written = m_output.append(BatchOutput::errorLine(id, code, message, line));
    if (!written && m_writeError.isEmpty())
        m_writeError = written.message();
}

void BatchApiRunner::onResult(const BatchApiResult &r)
{
    if (m_output.isDone(r.itemId))
        return; // written before a kill, collected again
    const auto request = m_requests.constFind(r.itemId);
    if (request == m_requests.constEnd()) {
        say(BatchApiModeText::tr("item %1 of batch %2 is no longer in %3; its result is not written.")
                .arg(r.itemId, r.batchId, m_o.input));
        return;
    }
    QJsonObject line;
    if (r.outcome != BatchApiResult::Outcome::Succeeded) {
        ++m_counts.failed;
        ++m_counts.failedByCause[BatchApiResult::outcomeName(r.outcome)];
        if (m_itemMessages++ < 20)
            say(BatchApiModeText::tr("item %1: %2: %3")
                    .arg(r.itemId, BatchApiResult::outcomeName(r.outcome), r.call.error->message));
        line = BatchOutput::errorLine(r.itemId, *r.call.error);
    } else {
        const RunResult result = decodeItem(m_wire, *request, r.call);
        m_counts.inputTokens += std::max<qint64>(0, result.usage.inputTokens);
        m_counts.outputTokens += std::max<qint64>(0, result.usage.outputTokens);
        if (result.error) {
            ++m_counts.failed;
            ++m_counts.failedByCause[ProviderError::codeName(result.error->code)];
            line = BatchOutput::errorLine(r.itemId, *result.error);
        } else if (result.distribution.isEmpty()) {
            ++m_counts.failed;
            ++m_counts.failedByCause[QStringLiteral("no_candidates")];
            line = BatchOutput::errorLine(r.itemId, QStringLiteral("no_candidates"), result.parseError);
        } else {
            ++m_counts.done;
            line = BatchOutput::itemLine(r.itemId, *request, result, m_o.samplesOnly);
        }
    }
    const Result<void> written = m_output.append(line);
    if (!written && m_writeError.isEmpty())
        m_writeError = written.message();
}

QString countsText(const BatchApiBatch &b)
{
    return BatchApiModeText::tr("%1 requests, %2 succeeded, %3 failed, %4 processing")
        .arg(b.items.size())
        .arg(b.succeeded)
        .arg(b.failed)
        .arg(b.processing);
}

void BatchApiRunner::connectJob(BatchApiJob *job)
{
    auto last = std::make_shared<QHash<QString, QString>>();
    QObject::connect(job, &BatchApiJob::submitted, job, [this](const BatchApiBatch &b) {
        m_counts.submitted += int(b.items.size());
        say(BatchApiModeText::tr("submitted batch %1 with %2 requests (%3).")
                .arg(b.id)
                .arg(b.items.size())
                .arg(b.status));
    });
    QObject::connect(job, &BatchApiJob::statusChanged, job, [this, last](const BatchApiBatch &b) {
        QString text = b.status + QLatin1String(": ") + countsText(b);
        if (!b.problem.isEmpty())
            text += QLatin1String(" (") + b.problem + QLatin1Char(')');
        if (last->value(b.id) != text)
            say(BatchApiModeText::tr("batch %1: %2").arg(b.id, text));
        last->insert(b.id, text);
    });
    QObject::connect(job, &BatchApiJob::resultReady, job, [this, job](const BatchApiResult &r) {
        onResult(r);
        if (!m_writeError.isEmpty())
            job->stop();
    });
    QObject::connect(job, &BatchApiJob::batchCollected, job, [this](const BatchApiBatch &b) {
        say(BatchApiModeText::tr("batch %1 collected (%2).").arg(b.id, b.status));
    });
    QObject::connect(job, &BatchApiJob::finished, job,
                     [this](const std::optional<ProviderError> &error) { onFinished(error); });
}

void BatchApiRunner::onFinished(const std::optional<ProviderError> &error)
{
    if (!m_writeError.isEmpty()) {
        printErr(QStringLiteral("vslab-cli: ") + m_writeError);
        m_exitCode = ProviderFailed;
    } else if (error && error->code == ProviderError::Code::Cancelled) {
        printErr(BatchApiModeText::tr("vslab-cli: interrupted. The submitted batches keep running at %1; their ids are "
                                      "kept in %2. Rerun the same command to resume polling, or use --cancel %3.")
                     .arg(m_wire->providerName(), m_statePath, m_o.output));
        m_exitCode = Interrupted;
    } else if (error) {
        printErr(QStringLiteral("vslab-cli: ") + error->message);
        m_exitCode = ProviderFailed;
    } else {
        m_exitCode = m_counts.failed > 0 ? int(ProviderFailed) : int(Ok);
    }
    if (!m_cancelMode)
        printSummary();
    QCoreApplication::exit(m_exitCode);
}

void BatchApiRunner::printSummary() const
{
    QJsonObject causes;
    QStringList causeText;
    for (auto it = m_counts.failedByCause.begin(); it != m_counts.failedByCause.end(); ++it) {
        causes.insert(it.key(), it.value());
        causeText.append(QStringLiteral("%1 %2").arg(it.key()).arg(it.value()));
    }
    const qint64 wallMs = m_clock.isValid() ? m_clock.elapsed() : 0;
    say(BatchApiModeText::tr("%1 done, %2 failed%3, %4 skipped, %5 already in %6; tokens in %7, out %8; %9 s")
            .arg(m_counts.done)
            .arg(m_counts.failed)
            .arg(causeText.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(causeText.join(QStringLiteral(", "))))
            .arg(m_counts.skipped)
            .arg(m_counts.alreadyDone)
            .arg(m_o.output)
            .arg(m_counts.inputTokens)
            .arg(m_counts.outputTokens)
            .arg(double(wallMs) / 1000.0, 0, 'f', 1));
    if (m_counts.failed > 0 && m_exitCode != Interrupted)
        say(BatchApiModeText::tr("rerun the same command to submit the failed, expired and cancelled items again."));
    if (m_o.jsonSummary)
        printJson({{QStringLiteral("done"), m_counts.done},
                   {QStringLiteral("failed"), m_counts.failed},
                   {QStringLiteral("failed_by_cause"), causes},
                   {QStringLiteral("skipped"), m_counts.skipped},
                   {QStringLiteral("already_done"), m_counts.alreadyDone},
                   {QStringLiteral("submitted"), m_counts.submitted},
                   {QStringLiteral("input_tokens"), double(m_counts.inputTokens)},
                   {QStringLiteral("output_tokens"), double(m_counts.outputTokens)},
                   {QStringLiteral("wall_ms"), double(wallMs)},
                   {QStringLiteral("cancelled"), m_exitCode == Interrupted}},
                  true);
}

int BatchApiRunner::run()
{
    m_clock.start();
    if (Result<void> loaded = loadState(); !loaded)
        return badArguments(loaded.message());
    ProviderRegistry registry;
    registry.setTransport(m_o.setup.transport);
    const Result<void> chosen = chooseProvider(registry, choice(), true, [this, &registry] {
        Result<void> ready = prepareProvider(registry);
        if (ready)
            ready = openFiles();
        if (!ready) {
            m_exitCode = badArguments(ready.message());
            QCoreApplication::exit(m_exitCode);
            return;
        }
        auto *job = new BatchApiJob(m_wire, registry.network(), *m_state, m_statePath, &registry);
        job->setPollInterval(m_o.pollIntervalS);
        connectJob(job);
        cancelOnInterrupt(job, [job] { job->stop(); });
        job->start([this] { return nextItem(); });
    });
    if (!chosen)
        return badArguments(chosen.message());
    QCoreApplication::exec();
    return m_exitCode;
}

int BatchApiRunner::cancel()
{
    m_cancelMode = true;
    if (Result<void> loaded = loadState(); !loaded)
        return badArguments(loaded.message());
    if (!m_state)
        return badArguments(BatchApiModeText::tr("no batch state beside %1 (%2 does not exist): nothing to cancel.")
                                .arg(m_o.output, m_statePath));
    ProviderRegistry registry;
    registry.setTransport(m_o.setup.transport);
    const Result<void> chosen = chooseProvider(registry, choice(), false, [this, &registry] {
        if (Result<void> ready = prepareProvider(registry); !ready) {
            m_exitCode = badArguments(ready.message());
            QCoreApplication::exit(m_exitCode);
            return;
        }
        auto *job = new BatchApiJob(m_wire, registry.network(), *m_state, m_statePath, &registry);
        connectJob(job);
        job->cancelAll();
    });
    if (!chosen)
        return badArguments(chosen.message());
    QCoreApplication::exec();
    if (m_exitCode == Ok)
        say(BatchApiModeText::tr(
            "cancel requested. Rerun the same batch command to collect what finished and submit the "
            "rest again."));
    return m_exitCode;
}

void BatchApiRunner::printStatus(bool refreshed) const
{
    QJsonArray batches;
    QTextStream out(stdout);
    if (!m_o.jsonSummary)
        out << (refreshed ? BatchApiModeText::tr("%1 at %2, model %3; status as the provider reports it now")
                          : BatchApiModeText::tr("%1 at %2, model %3; status as last seen"))
                   .arg(m_state->provider, m_state->baseUrl, m_state->model)
            << '\n';
    for (const BatchApiBatch &b : std::as_const(m_state->batches)) {
        QJsonObject o = b.toJson();
        o.remove(QStringLiteral("items"));
        o.insert(QStringLiteral("requests"), b.items.size());
        batches.append(o);
        if (!m_o.jsonSummary)
            out << QStringLiteral("%1  %2  %3%4")
                       .arg(b.id, b.status, countsText(b),
                            b.collected ? BatchApiModeText::tr(", collected")
                                        : BatchApiModeText::tr(", not collected yet"))
                << '\n';
    }
    out.flush();
    if (m_o.jsonSummary)
        printJson({{QStringLiteral("provider"), m_state->provider},
                   {QStringLiteral("base_url"), m_state->baseUrl},
                   {QStringLiteral("model"), m_state->model},
                   {QStringLiteral("refreshed"), refreshed},
                   {QStringLiteral("batches"), batches}},
                  true);
}

int BatchApiRunner::status()
{
    if (Result<void> loaded = loadState(); !loaded)
        return badArguments(loaded.message());
    if (!m_state)
        return badArguments(BatchApiModeText::tr("no batch state beside %1 (%2 does not exist): nothing was submitted "
                                                 "with --via batch-api.")
                                .arg(m_o.output, m_statePath));
    const bool open = std::any_of(m_state->batches.cbegin(), m_state->batches.cend(),
                                  [](const BatchApiBatch &b) { return !b.collected && !b.ended(); });
    if (!open) {
        printStatus(false);
        return Ok;
    }
    // Batches still running: ask the provider once (needs the key), else show the state file as last written.
    ProviderRegistry registry;
    registry.setTransport(m_o.setup.transport);
    bool refreshed = false;
    const Result<void> chosen = chooseProvider(registry, choice(), false, [this, &registry, &refreshed] {
        if (Result<void> ready = prepareProvider(registry); !ready) {
            printErr(QStringLiteral("vslab-cli: ") + ready.message());
            m_exitCode = BadArguments;
            QCoreApplication::exit(m_exitCode);
            return;
        }
        auto *job = new BatchApiJob(m_wire, registry.network(), *m_state, m_statePath, &registry);
        QObject::connect(job, &BatchApiJob::finished, job,
                         [this, job, &refreshed](const std::optional<ProviderError> &error) {
                             if (error) {
                                 printErr(BatchApiModeText::tr("vslab-cli: could not ask for the current status: %1")
                                              .arg(error->message));
                                 m_exitCode = ProviderFailed;
                             }
                             m_state = job->state();
                             refreshed = !error;
                             QCoreApplication::exit(m_exitCode);
                         });
        job->refresh();
    });
    if (!chosen)
        printErr(QStringLiteral("vslab-cli: ") + chosen.message());
    else
        QCoreApplication::exec();
    printStatus(refreshed);
    return chosen ? m_exitCode : int(BadArguments);
}
} // namespace

int runBatchApi(const BatchCliOptions &options)
{
    BatchApiRunner runner(options);
    if (options.status)
        return runner.status();
    if (options.cancel)
        return runner.cancel();
    return runner.run();
}
} // namespace Cli
