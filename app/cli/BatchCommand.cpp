// SPDX-License-Identifier: Apache-2.0
#include "BatchCommand.h"
#include "Cli.h"
#include "CliSupport.h"

#include "session/BatchJob.h"
#include "session/GenerationFlags.h"
#include "session/ProviderRegistry.h"

#if __has_include("BatchApiMode.h")
#include "BatchApiMode.h"
#define VSLAB_HAVE_BATCH_API 1
#endif

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonObject>
#include <QTextStream>
#include <QTimer>

#include <cstdio>
#include <unistd.h>

namespace Cli {
namespace {
class BatchText
{
    Q_DECLARE_TR_FUNCTIONS(BatchText)
};

struct BatchParser
{
    QCommandLineParser p;
    GenerationFlags flags{GenerationFlags::All & ~GenerationFlags::SplitCalls};
    QCommandLineOption output{{QStringLiteral("o"), QStringLiteral("output")},
                              BatchText::tr("OUTPUT: the JSONL file results are appended to (required; a rerun skips "
                                            "the ids already in it)."),
                              QStringLiteral("OUTPUT")};
    QCommandLineOption concurrency{
        QStringLiteral("concurrency"),
        BatchText::tr("Items in flight at once, 1-%1 (default 8).").arg(BatchLimits::concurrencyMax),
        QStringLiteral("N")};
    QCommandLineOption rpm{QStringLiteral("rpm"), BatchText::tr("At most N requests per minute (default: no limit)."),
                           QStringLiteral("N")};
    QCommandLineOption tpm{QStringLiteral("tpm"),
                           BatchText::tr("At most N tokens per minute, input + output; a call is counted ahead as "
                                         "its prompt's characters / 4 + --max-tokens, corrected by the usage the "
                                         "provider reports (default: no limit)."),
                           QStringLiteral("N")};
    QCommandLineOption samplesOnly{QStringLiteral("samples-only"),
                                   BatchText::tr("Write only {\"id\",\"text\"} lines: one sampled answer per item.")};
    QCommandLineOption quiet{QStringLiteral("quiet"), BatchText::tr("No progress and no summary on stderr.")};
    QCommandLineOption json{QStringLiteral("json"), BatchText::tr("Print the end summary as one JSON object.")};
    QCommandLineOption via{QStringLiteral("via"),
                           BatchText::tr("batch-api: submit the items to the provider's batch API instead of "
                                         "calling it concurrently."),
                           QStringLiteral("MODE")};
    QCommandLineOption status{QStringLiteral("status"),
                              BatchText::tr("Batch API: show the state of the batches behind OUTPUT, then exit."),
                              QStringLiteral("OUTPUT")};
    QCommandLineOption cancel{QStringLiteral("cancel"),
                              BatchText::tr("Batch API: cancel the batches behind OUTPUT, then exit."),
                              QStringLiteral("OUTPUT")};
    QCommandLineOption pollInterval{QStringLiteral("poll-interval"),
                                    BatchText::tr("Batch API: first wait between polls in seconds, growing to 4× "
                                                  "(default 30)."),
                                    QStringLiteral("S")};

    BatchParser()
    {
        p.setApplicationDescription(
            BatchText::tr("Run every line of INPUT (JSONL with \"prompt\" or \"messages\", optional \"id\" and "
                          "overrides; or plain text, one prompt per line) through the model and append one JSON line "
                          "per item to OUTPUT."));
        flags.addTo(p);
        p.addOptions({output, concurrency, rpm, tpm, samplesOnly, quiet, json, via, status, cancel, pollInterval});
        p.addPositionalArgument(QStringLiteral("input"), BatchText::tr("The input file; - reads stdin."),
                                QStringLiteral("INPUT"));
    }
};

std::optional<double> positiveNumber(const QString &text, double max)
{
    bool ok = false;
    const double v = text.toDouble(&ok);
    if (!ok || !(v > 0) || v > max)
        return std::nullopt;
    return v;
}

/// Fills `o` from the parsed flags; a failure message names the flag.
Result<void> readOptions(BatchParser &b, BatchCliOptions &o)
{
    const QCommandLineParser &p = b.p;
    if (const Result<void> applied = b.flags.apply(p, o.setup); !applied)
        return applied;
    auto bad = [](const QString &m) { return fail(Failure::Kind::BadInput, m); };
    o.samplesOnly = p.isSet(b.samplesOnly);
    o.quiet = p.isSet(b.quiet);
    o.jsonSummary = p.isSet(b.json);
    o.via = p.value(b.via);
    if (p.isSet(b.via) && o.via != QLatin1String("batch-api") && o.via != QLatin1String("concurrent"))
        return bad(BatchText::tr("--via must be batch-api or concurrent, got \"%1\".").arg(o.via));
    if (o.via == QLatin1String("concurrent"))
        o.via.clear();
    o.status = p.isSet(b.status);
    o.cancel = p.isSet(b.cancel);
    if (p.isSet(b.concurrency)) {
        bool ok = false;
        o.concurrency = p.value(b.concurrency).toInt(&ok);
        if (!ok || o.concurrency < 1 || o.concurrency > BatchLimits::concurrencyMax)
            return bad(BatchText::tr("--concurrency must be a whole number from 1 to %1, got \"%2\".")
                           .arg(BatchLimits::concurrencyMax)
                           .arg(p.value(b.concurrency)));
    }
    for (const auto &[option, into] : {std::pair{&b.rpm, &o.rpm}, std::pair{&b.tpm, &o.tpm}}) {
        if (!p.isSet(*option))
            continue;
        const std::optional<double> v = positiveNumber(p.value(*option), 1e12);
        if (!v)
            return bad(BatchText::tr("--%1 must be a number greater than 0, got \"%2\".")
                           .arg(option->names().constFirst(), p.value(*option)));
        *into = *v;
    }
    if (p.isSet(b.pollInterval)) {
        const std::optional<double> v = positiveNumber(p.value(b.pollInterval), 86400);
        if (!v)
            return bad(BatchText::tr("--poll-interval must be a number of seconds greater than 0, got \"%1\".")
                           .arg(p.value(b.pollInterval)));
        o.pollIntervalS = *v;
    }
    const QStringList positional = p.positionalArguments();
    if (o.status || o.cancel) {
        if (o.status && o.cancel)
            return bad(BatchText::tr("choose one of --status and --cancel."));
        o.output = p.value(o.status ? b.status : b.cancel);
        return {};
    }
    if (positional.size() != 1)
        return bad(BatchText::tr("batch needs exactly one INPUT file (- reads stdin); got %1.").arg(positional.size()));
    o.input = positional.first();
    o.output = p.value(b.output);
    if (o.output.isEmpty())
        return bad(BatchText::tr("batch needs -o OUTPUT, the JSONL file results are appended to."));
    return {};
}

QString rateText(const BatchSummary &s)
{
    const double seconds = double(s.wallMs) / 1000.0;
    const int finished = s.done + s.failed;
    const double rate = seconds > 0 ? finished / seconds : 0;
    QString line = BatchText::tr("%1 done, %2 failed, %3 skipped").arg(s.done).arg(s.failed).arg(s.skipped);
    if (s.total >= 0)
        line += BatchText::tr(", %1 of %2").arg(finished + s.skipped).arg(s.total);
    line += BatchText::tr(", %1 running, %2/s").arg(s.inFlight).arg(rate, 0, 'f', 1);
    if (s.total >= 0 && rate > 0) {
        const int left = std::max(0, s.total - finished - s.skipped);
        line += BatchText::tr(", ETA %1 s").arg(qint64(left / rate));
    }
    return line;
}

QJsonObject summaryJson(const BatchSummary &s, int alreadyDone)
{
    QJsonObject causes;
    for (auto it = s.failedByCause.begin(); it != s.failedByCause.end(); ++it)
        causes.insert(it.key(), it.value());
    return {{QStringLiteral("done"), s.done},
            {QStringLiteral("failed"), s.failed},
            {QStringLiteral("failed_by_cause"), causes},
            {QStringLiteral("skipped"), s.skipped},
            {QStringLiteral("already_done"), alreadyDone},
            {QStringLiteral("input_tokens"), double(s.inputTokens)},
            {QStringLiteral("output_tokens"), double(s.outputTokens)},
            {QStringLiteral("wall_ms"), double(s.wallMs)},
            {QStringLiteral("pauses"), s.pauses},
            {QStringLiteral("cancelled"), s.cancelled}};
}

void printSummary(const BatchSummary &s)
{
    QStringList causes;
    for (auto it = s.failedByCause.begin(); it != s.failedByCause.end(); ++it)
        causes.append(QStringLiteral("%1 %2").arg(it.key()).arg(it.value()));
    printErr(BatchText::tr("batch: %1 done, %2 failed%3, %4 skipped; tokens in %5, out %6; %7 s%8")
                 .arg(s.done)
                 .arg(s.failed)
                 .arg(causes.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(causes.join(QStringLiteral(", "))))
                 .arg(s.skipped)
                 .arg(s.inputTokens)
                 .arg(s.outputTokens)
                 .arg(double(s.wallMs) / 1000.0, 0, 'f', 1)
                 .arg(s.cancelled ? BatchText::tr(" (interrupted: rerun to finish)") : QString()));
}

/// Progress: an updating line on a terminal, a line every 5 s otherwise.
void connectProgress(BatchJob &job, QTimer &timer, bool terminal)
{
    timer.setInterval(terminal ? 500 : 5000);
    QObject::connect(&timer, &QTimer::timeout, &job, [&job, terminal] {
        const QString line = rateText(job.summary());
        if (terminal) {
            std::fprintf(stderr, "\r\033[K%s", qPrintable(line));
            std::fflush(stderr);
        } else {
            printErr(QStringLiteral("batch: ") + line);
        }
    });
    timer.start();
}

int runConcurrent(const BatchCliOptions &o)
{
    ProviderRegistry registry;
    registry.setTransport(o.setup.transport);
    BatchJob *job = nullptr;
    int exitCode = Ok;
    QTimer progressTimer;
    const bool terminal = isatty(STDERR_FILENO) && qEnvironmentVariableIsEmpty("VSLAB_NO_PROGRESS");
    const Result<void> chosen = chooseProvider(registry, o.setup.provider, true, [&] {
        const BatchLimits limits{o.concurrency, o.rpm, o.tpm};
        job = new BatchJob(registry.currentConfig(), limits, o.samplesOnly, &registry);
        if (const Result<void> opened = job->open(o.input, o.setup.request.settings, o.output); !opened) {
            exitCode = badArguments(opened.message());
            QCoreApplication::exit(exitCode);
            return;
        }
        if (job->output().repairedBytes() > 0 && !o.quiet)
            printErr(BatchText::tr("batch: removed a partial last line (%1 bytes) from %2.")
                         .arg(job->output().repairedBytes())
                         .arg(o.output));
        QObject::connect(job, &BatchJob::finished, job, [&, job](const BatchSummary &s) {
            progressTimer.stop();
            if (terminal && !o.quiet)
                std::fprintf(stderr, "\r\033[K");
            if (!s.writeError.isEmpty())
                printErr(QStringLiteral("vslab-cli: ") + s.writeError);
            if (!o.quiet)
                printSummary(s);
            if (o.jsonSummary)
                printJson(summaryJson(s, job->alreadyDone()), true);
            exitCode = s.cancelled && s.writeError.isEmpty()       ? int(Interrupted)
                       : (s.failed > 0 || !s.writeError.isEmpty()) ? int(ProviderFailed)
                                                                   : int(Ok);
            QCoreApplication::exit(exitCode);
        });
        if (!o.quiet)
            connectProgress(*job, progressTimer, terminal);
        cancelOnInterrupt(job, [job] { job->cancel(); });
        job->start();
    });
    if (!chosen)
        return badArguments(chosen.message());
    QCoreApplication::exec();
    return exitCode;
}
} // namespace

int batch(const QStringList &args)
{
    BatchParser b;
    b.p.addHelpOption();
    if (!b.p.parse(args))
        return badArguments(b.p.errorText());
    if (b.p.isSet(QStringLiteral("help"))) {
        QTextStream(stdout) << b.p.helpText();
        return Ok;
    }
    BatchCliOptions options;
    if (const Result<void> read = readOptions(b, options); !read)
        return badArguments(read.message());
    // ---- hook: the providers' batch APIs (helper "batchapi", app/cli/BatchApiMode.h)
    if (options.via == QLatin1String("batch-api") || options.status || options.cancel) {
#ifdef VSLAB_HAVE_BATCH_API
        return runBatchApi(options);
#else
        return badArguments(BatchText::tr("--via batch-api, --status and --cancel are not available in this build "
                                          "yet; run without them to call the provider concurrently."));
#endif
    }
    return runConcurrent(options);
}
} // namespace Cli
