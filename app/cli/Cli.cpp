// SPDX-License-Identifier: Apache-2.0
#include "Cli.h"

#include "export/ResultJson.h"
#include "providers/Provider.h"
#include "run/Run.h"
#include "store/SecretStore.h"
#include "vs/PromptBuilder.h"
#include "vs/ResponseParser.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QTimer>

#include <csignal>
#include <cstdio>
#include <unistd.h>

namespace Cli {
namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("Cli", text);
}

void printErr(const QString &line)
{
    QTextStream err(stderr);
    err << line << '\n';
}

void printJson(const QJsonObject &o, bool compact)
{
    QFile out;
    if (!out.open(stdout, QIODevice::WriteOnly))
        return;
    out.write(QJsonDocument(o).toJson(compact ? QJsonDocument::Compact : QJsonDocument::Indented));
    if (compact)
        out.write("\n");
    out.flush();
}

int badArguments(const QString &message)
{
    printErr(QStringLiteral("vslab-cli: ") + message);
    return BadArguments;
}

volatile std::sig_atomic_t g_interrupted = 0;
extern "C" void onSigint(int)
{
    g_interrupted = 1;
}

/// Options shared by parse and generate: τ, weights, seed, format.
struct CommonOptions
{
    QCommandLineOption tau{QStringLiteral("tau"), tr("τ value (default 0.10)."), QStringLiteral("X")};
    QCommandLineOption tauMode{QStringLiteral("tau-mode"),
                               tr("tail = τ goes into the prompt; filter = keep p ≥ τ after parsing; off (default)."),
                               QStringLiteral("MODE")};
    QCommandLineOption minSurvivors{QStringLiteral("min-survivors"),
                                    tr("Filter mode: keep at least this many candidates (default 3)."),
                                    QStringLiteral("N")};
    QCommandLineOption weights{QStringLiteral("weights"), tr("elicited (default), uniform or softmax."),
                               QStringLiteral("MODE")};
    QCommandLineOption seed{QStringLiteral("seed"), tr("Seed: draw one sample and report it."), QStringLiteral("S")};
    QCommandLineOption json{QStringLiteral("json"), tr("Print one JSON object.")};

    void add(QCommandLineParser &p) { p.addOptions({tau, tauMode, minSurvivors, weights, seed, json}); }

    /// Applies the options to `s`; returns an error message or empty.
    QString apply(const QCommandLineParser &p, GenerationSettings &s) const
    {
        bool ok = true;
        if (p.isSet(tau)) {
            s.tau = p.value(tau).toDouble(&ok);
            if (!ok)
                return tr("--tau needs a number greater than 0 and at most 1, got \"%1\".").arg(p.value(tau));
        }
        if (p.isSet(tauMode)) {
            const auto m = Names::parseTauMode(p.value(tauMode));
            if (!m)
                return tr("--tau-mode must be tail, filter or off, got \"%1\".").arg(p.value(tauMode));
            s.tauMode = *m;
        } else if (p.isSet(tau)) {
            return tr("--tau needs --tau-mode tail or filter: tail puts τ into the prompt, filter drops candidates "
                      "below τ after parsing.");
        }
        if (p.isSet(minSurvivors)) {
            s.minSurvivors = p.value(minSurvivors).toInt(&ok);
            if (!ok)
                return tr("--min-survivors needs a whole number, got \"%1\".").arg(p.value(minSurvivors));
        }
        if (p.isSet(weights)) {
            const auto w = Names::parseWeightMode(p.value(weights));
            if (!w)
                return tr("--weights must be elicited, uniform or softmax, got \"%1\".").arg(p.value(weights));
            s.weightMode = *w;
        }
        if (p.isSet(seed)) {
            const quint64 v = p.value(seed).toULongLong(&ok);
            if (!ok)
                return tr("--seed needs a non-negative whole number, got \"%1\".").arg(p.value(seed));
            s.seed = v;
        }
        return {};
    }
};

std::optional<QByteArray> readInput(const QString &path, QString *error)
{
    QFile f;
    if (path.isEmpty() || path == QLatin1String("-")) {
        if (!f.open(stdin, QIODevice::ReadOnly)) {
            *error = tr("cannot read standard input.");
            return std::nullopt;
        }
    } else {
        f.setFileName(path);
        if (!f.open(QIODevice::ReadOnly)) {
            *error = tr("cannot read %1: %2.").arg(path, f.errorString());
            return std::nullopt;
        }
    }
    return f.readAll();
}

void printTable(const Distribution &d, const Warnings &warnings)
{
    QTextStream out(stdout);
    out << QStringLiteral("%1  %2  %3  %4\n")
               .arg(tr("rank"), 4)
               .arg(tr("stated"), 7)
               .arg(tr("weight"), 7)
               .arg(tr("text"));
    int rank = 1;
    for (const Candidate &c : d.items()) {
        const QString stated = c.hasStated() ? QString::number(c.stated, 'f', 3) : QStringLiteral("-");
        QStringList lines = c.text.split(QLatin1Char('\n'));
        QString tags =
            c.repairs.isEmpty() ? QString() : QStringLiteral("  [%1]").arg(c.repairs.join(QStringLiteral(", ")));
        if (c.partial)
            tags += QStringLiteral("  [%1]").arg(tr("partial"));
        out << QStringLiteral("%1  %2  %3  %4%5\n")
                   .arg(rank++, 4)
                   .arg(stated, 7)
                   .arg(QString::number(c.weight, 'f', 3), 7)
                   .arg(lines.takeFirst(), tags);
        for (const QString &line : std::as_const(lines))
            out << QString(24, QLatin1Char(' ')) << line << '\n';
    }
    out.flush();
    for (const Warning &w : warnings)
        printErr(tr("warning: %1").arg(w.message));
}
} // namespace

QString usage()
{
    return tr("Usage: vslab-cli <command> [options]\n"
              "\n"
              "Commands:\n"
              "  generate PROMPT   ask a model for a verbalized distribution (PROMPT - reads stdin)\n"
              "  parse [FILE|-]    parse one raw model reply into a distribution\n"
              "  models            list the models a provider offers\n"
              "\n"
              "Run 'vslab-cli <command> --help' for the options of a command.\n"
              "Exit codes: 0 ok, 2 bad arguments, 3 provider or network error, 4 no candidates, 130 interrupted.\n");
}

int parse(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(tr("Parse one raw model reply (JSON, XML or a list with probabilities) into a "
                                   "distribution."));
    p.addHelpOption();
    QCommandLineOption format{QStringLiteral("format"), tr("auto (default), json, xml or list."), QStringLiteral("F")};
    p.addOption(format);
    CommonOptions common;
    common.add(p);
    p.addPositionalArgument(QStringLiteral("file"), tr("The reply to parse; - or nothing reads stdin."),
                            QStringLiteral("[FILE|-]"));
    if (!p.parse(args))
        return badArguments(p.errorText());
    if (p.isSet(QStringLiteral("help"))) {
        QTextStream(stdout) << p.helpText();
        return Ok;
    }
    GenerationSettings s;
    if (const QString e = common.apply(p, s); !e.isEmpty())
        return badArguments(e);
    if (const QString e = s.validate(); !e.isEmpty())
        return badArguments(e);
    ResponseParser::Format f = ResponseParser::Format::Auto;
    if (p.isSet(format)) {
        const QString v = p.value(format).toLower();
        if (v == QLatin1String("json"))
            f = ResponseParser::Format::Json;
        else if (v == QLatin1String("xml"))
            f = ResponseParser::Format::Xml;
        else if (v == QLatin1String("list"))
            f = ResponseParser::Format::List;
        else if (v != QLatin1String("auto"))
            return badArguments(tr("--format must be auto, json, xml or list, got \"%1\".").arg(p.value(format)));
    }
    if (p.positionalArguments().size() > 1)
        return badArguments(tr("parse reads one reply; got %1 files.").arg(p.positionalArguments().size()));

    QString error;
    const auto input = readInput(p.positionalArguments().value(0), &error);
    if (!input)
        return badArguments(error);
    ResponseParser parser(f);
    parser.feedUtf8(*input);
    parser.finish();
    PostProcessOptions options = PostProcessOptions::fromSettings(s);
    options.requestedK = 0;
    const Distribution d = Distribution::build(parser.candidates(), options);
    Warnings warnings = parser.warnings();
    for (const Warning &w : d.warnings()) {
        if (!warnings.contains(w))
            warnings.append(w);
    }
    if (p.isSet(common.json)) {
        QJsonObject o{{QStringLiteral("format"), ResponseParser::formatName(parser.detectedFormat())},
                      {QStringLiteral("candidates"), ResultJson::candidates(d)},
                      {QStringLiteral("warnings"), ResultJson::warnings(warnings)},
                      {QStringLiteral("stated_sum"), d.statedSum()}};
        if (!parser.reasoning().isEmpty())
            o.insert(QStringLiteral("reasoning"), parser.reasoning());
        if (s.tauMode == TauMode::Filter) {
            o.insert(QStringLiteral("tau_final"), d.tauFinal());
            o.insert(QStringLiteral("tau_relaxed"), d.tauRelaxed());
            o.insert(QStringLiteral("num_filtered"), d.numFiltered());
        }
        if (s.seed && !d.isEmpty())
            o.insert(QStringLiteral("sample"), ResultJson::sample(d, *s.seed));
        if (d.isEmpty())
            o.insert(QStringLiteral("error"), parser.error());
        printJson(o, false);
    } else {
        printTable(d, warnings);
        if (s.seed && !d.isEmpty())
            QTextStream(stdout) << tr("sample (seed %1): %2").arg(*s.seed).arg(d.items()[d.sample(*s.seed)].text)
                                << '\n';
    }
    if (d.isEmpty()) {
        printErr(QStringLiteral("vslab-cli: ") +
                 (parser.error().isEmpty() ? tr("the reply held no candidate.") : parser.error()));
        return NoCandidates;
    }
    return Ok;
}

namespace {
/// The key saved in the OS keychain by the GUI; empty when none is saved or no keychain answers within 5 s.
/// Runs before the command's event loop starts, so this short loop is the only one running.
QString keychainKey(const QString &presetId)
{
    QEventLoop loop;
    QString key;
    const std::unique_ptr<SecretStore> store = SecretStore::createKeychain();
    store->read(presetId, &loop, [&](const QString &value, KeySource, const QString &) {
        key = value;
        loop.quit();
    });
    QTimer::singleShot(5000, &loop, &QEventLoop::quit);
    loop.exec();
    return key;
}

/// Options that pick and configure a provider (generate and models).
struct ProviderOptions
{
    QCommandLineOption provider{QStringLiteral("provider"),
                                tr("openai, openrouter, ollama, lmstudio, vllm, llamacpp, custom, anthropic, gemini or "
                                   "demo (default: demo, the offline demo model)."),
                                QStringLiteral("P")};
    QCommandLineOption model{QStringLiteral("model"), tr("Model name (default: the preset's)."),
                             QStringLiteral("NAME")};
    QCommandLineOption baseUrl{QStringLiteral("base-url"), tr("Server base URL (default: the preset's)."),
                               QStringLiteral("URL")};
    QCommandLineOption timeout{QStringLiteral("timeout"),
                               tr("Give up when no byte arrives for S seconds (default 60)."), QStringLiteral("S")};
    QCommandLineOption retries{QStringLiteral("retries"), tr("Retries on 408/409/429/5xx (default 2, 0 = off)."),
                               QStringLiteral("N")};

    void add(QCommandLineParser &p) { p.addOptions({provider, model, baseUrl, timeout, retries}); }

    QString apply(const QCommandLineParser &p, ProviderConfig &c, bool requireModel = true) const
    {
        c.presetId = p.isSet(provider) ? p.value(provider).toLower() : QStringLiteral("demo");
        const ProviderPreset *preset = ProviderPreset::find(c.presetId);
        if (!preset) {
            QStringList ids;
            for (const ProviderPreset &pr : ProviderPreset::all())
                ids.append(pr.id);
            return tr("unknown provider \"%1\"; choose one of: %2.").arg(c.presetId, ids.join(QStringLiteral(", ")));
        }
        c.model = p.isSet(model) ? p.value(model) : preset->defaultModel;
        c.baseUrl = p.isSet(baseUrl) ? p.value(baseUrl) : preset->defaultBaseUrl;
        if (c.baseUrl.isEmpty() && preset->kind != ProviderKind::Demo)
            return tr("provider \"%1\" needs --base-url.").arg(c.presetId);
        if (c.model.isEmpty() && requireModel)
            return tr("provider \"%1\" needs --model.").arg(c.presetId);
        bool ok = true;
        if (p.isSet(timeout)) {
            const double s = p.value(timeout).toDouble(&ok);
            if (!ok || s <= 0 || s > 3600)
                return tr("--timeout must be between 0 and 3600 seconds, got \"%1\".").arg(p.value(timeout));
            c.stallTimeoutMs = int(s * 1000);
        }
        if (p.isSet(retries)) {
            c.retries = p.value(retries).toInt(&ok);
            if (!ok || c.retries < 0 || c.retries > 10)
                return tr("--retries must be between 0 and 10, got \"%1\".").arg(p.value(retries));
        }
        c.apiKey = SecretStore::fromEnvironment(c.presetId);
        if (c.apiKey.isEmpty() && preset->keyRequired)
            c.apiKey = keychainKey(c.presetId);
        const QString demoTps = qEnvironmentVariable("VSLAB_DEMO_TPS");
        if (!demoTps.isEmpty())
            c.demoTokensPerSecond = demoTps.toDouble();
        return {};
    }
};

int providerExit(const ProviderError &e)
{
    printErr(QStringLiteral("vslab-cli: ") + e.message);
    return e.code == ProviderError::Code::Cancelled ? Interrupted : ProviderFailed;
}
} // namespace

int generate(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(tr("Ask a model for a verbalized distribution and print it."));
    p.addHelpOption();
    QCommandLineOption k{QStringLiteral("k"), tr("Number of candidates, 1-100 (default 5)."), QStringLiteral("N")};
    QCommandLineOption temperature{QStringLiteral("temperature"), tr("Sampling temperature (default 0.9)."),
                                   QStringLiteral("T")};
    QCommandLineOption method{QStringLiteral("method"),
                              tr("direct, direct-cot, sequence, multi-turn, vs-standard (default), vs-cot, vs-multi."),
                              QStringLiteral("M")};
    QCommandLineOption format{QStringLiteral("format"), tr("json (default) or xml."), QStringLiteral("F")};
    QCommandLineOption structured{QStringLiteral("structured"), tr("auto (default), on or off."),
                                  QStringLiteral("MODE")};
    QCommandLineOption noStream{QStringLiteral("no-stream"), tr("Wait for the whole reply instead of streaming.")};
    QCommandLineOption concurrency{QStringLiteral("concurrency"), tr("Split k over N concurrent calls (default 1)."),
                                   QStringLiteral("N")};
    QCommandLineOption jsonl{QStringLiteral("jsonl"), tr("Print one JSON line per candidate as it completes, then "
                                                         "one line with the whole result.")};
    QCommandLineOption preview{QStringLiteral("preview"),
                               tr("Print the messages (and JSON Schema) the first call would send, then exit.")};
    p.addOptions({k, temperature, method, format, structured, noStream, concurrency, jsonl, preview});
    CommonOptions common;
    common.add(p);
    ProviderOptions providerOptions;
    providerOptions.add(p);
    p.addPositionalArgument(QStringLiteral("prompt"), tr("The prompt; - reads stdin."), QStringLiteral("PROMPT"));
    if (!p.parse(args))
        return badArguments(p.errorText());
    if (p.isSet(QStringLiteral("help"))) {
        QTextStream(stdout) << p.helpText();
        return Ok;
    }

    RunRequest request;
    GenerationSettings &s = request.settings;
    if (const QString e = common.apply(p, s); !e.isEmpty())
        return badArguments(e);
    bool ok = true;
    if (p.isSet(k)) {
        s.k = p.value(k).toInt(&ok);
        if (!ok)
            return badArguments(tr("-k needs a whole number between 1 and 100, got \"%1\".").arg(p.value(k)));
    }
    if (p.isSet(temperature)) {
        s.temperature = p.value(temperature).toDouble(&ok);
        if (!ok)
            return badArguments(tr("--temperature needs a number, got \"%1\".").arg(p.value(temperature)));
    }
    if (p.isSet(method)) {
        const auto m = Names::parseMethod(p.value(method));
        if (!m)
            return badArguments(tr("unknown method \"%1\"; choose direct, direct-cot, sequence, multi-turn, "
                                   "vs-standard, vs-cot or vs-multi.")
                                    .arg(p.value(method)));
        s.method = *m;
    }
    if (p.isSet(format)) {
        const auto f = Names::parseFormat(p.value(format));
        if (!f)
            return badArguments(tr("--format must be json or xml, got \"%1\".").arg(p.value(format)));
        s.format = *f;
    }
    if (p.isSet(concurrency)) {
        request.concurrency = p.value(concurrency).toInt(&ok);
        if (!ok || request.concurrency < 1 || request.concurrency > 16)
            return badArguments(tr("--concurrency must be between 1 and 16, got \"%1\".").arg(p.value(concurrency)));
    }
    if (const QString e = s.validate(); !e.isEmpty())
        return badArguments(e);
    if (p.isSet(common.json) && p.isSet(jsonl))
        return badArguments(tr("choose one of --json and --jsonl."));

    ProviderConfig config;
    if (const QString e = providerOptions.apply(p, config); !e.isEmpty())
        return badArguments(e);
    config.stream = !p.isSet(noStream);
    if (p.isSet(structured)) {
        const QString v = p.value(structured).toLower();
        if (v == QLatin1String("on"))
            config.structured = StructuredMode::On;
        else if (v == QLatin1String("off"))
            config.structured = StructuredMode::Off;
        else if (v != QLatin1String("auto"))
            return badArguments(tr("--structured must be auto, on or off, got \"%1\".").arg(p.value(structured)));
    }

    const QStringList positional = p.positionalArguments();
    if (positional.size() != 1)
        return badArguments(tr("generate needs exactly one PROMPT (quote it; - reads stdin)."));
    request.prompt = positional.first();
    if (request.prompt == QLatin1String("-")) {
        QString error;
        const auto input = readInput(QStringLiteral("-"), &error);
        if (!input)
            return badArguments(error);
        request.prompt = QString::fromUtf8(*input).trimmed();
    }
    if (request.prompt.trimmed().isEmpty())
        return badArguments(tr("the prompt is empty."));

    if (p.isSet(preview)) {
        const Conversation messages = Run::previewMessages(request);
        const QJsonObject schema = PromptBuilder::jsonSchema(s);
        if (p.isSet(common.json)) {
            QJsonArray list;
            for (const ChatMessage &m : messages)
                list.append(QJsonObject{{QStringLiteral("role"), ChatMessage::roleName(m.role)},
                                        {QStringLiteral("content"), m.content}});
            printJson({{QStringLiteral("messages"), list}, {QStringLiteral("json_schema"), schema}}, false);
        } else {
            QTextStream out(stdout);
            out << PromptBuilder::render(messages) << '\n';
            if (!schema.isEmpty())
                out << "\n── json schema ──\n" << QJsonDocument(schema).toJson(QJsonDocument::Indented);
        }
        return Ok;
    }

    QNetworkAccessManager nam;
    Run run(std::shared_ptr<Provider>(Provider::create(config, &nam)), request);
    const bool asJsonl = p.isSet(jsonl);
    const bool progress = !asJsonl && isatty(STDERR_FILENO) && qEnvironmentVariableIsEmpty("VSLAB_NO_PROGRESS");
    int received = 0;

    QObject::connect(&run, &Run::candidateReady, &run, [&](const Candidate &c) {
        ++received;
        if (asJsonl) {
            QJsonObject o = ResultJson::candidate(c);
            o.insert(QStringLiteral("event"), QStringLiteral("candidate"));
            o.insert(QStringLiteral("index"), c.index);
            o.insert(QStringLiteral("stated"), c.hasStated() ? QJsonValue(c.stated) : QJsonValue());
            o.remove(QStringLiteral("probability")); // the final weight is known only when the run ends
            printJson(o, true);
        }
    });
    if (progress) {
        QObject::connect(&run, &Run::progress, &run, [&](qint64 chars, qint64 ms) {
            std::fprintf(stderr, "\r%s",
                         qPrintable(tr("… %1 characters, %2 candidates, %3 s")
                                        .arg(chars)
                                        .arg(received)
                                        .arg(double(ms) / 1000.0, 0, 'f', 1)));
            std::fflush(stderr);
        });
    }
    int exitCode = Ok;
    QObject::connect(&run, &Run::finished, &run, [&](const RunResult &result) {
        if (progress)
            std::fprintf(stderr, "\r\033[K");
        const QJsonObject json = ResultJson::runResult(request, result, config);
        if (asJsonl) {
            QJsonObject done = json;
            done.insert(QStringLiteral("event"), QStringLiteral("done"));
            printJson(done, true);
        } else if (p.isSet(common.json)) {
            printJson(json, false);
        } else {
            if (result.simulated)
                printErr(tr("note: simulated by the offline demo model (no real LLM was called)."));
            if (!result.distribution.isEmpty())
                printTable(result.distribution, result.warnings);
            if (s.seed && !result.distribution.isEmpty())
                QTextStream(stdout) << tr("sample (seed %1): %2")
                                           .arg(*s.seed)
                                           .arg(result.distribution.items()[result.distribution.sample(*s.seed)].text)
                                    << '\n';
        }
        if (result.error)
            exitCode = g_interrupted ? int(Interrupted) : providerExit(*result.error);
        else if (result.distribution.isEmpty()) {
            printErr(QStringLiteral("vslab-cli: ") + result.parseError);
            exitCode = NoCandidates;
        }
        QCoreApplication::exit(exitCode);
    });

    std::signal(SIGINT, onSigint);
    QTimer interruptWatch;
    QObject::connect(&interruptWatch, &QTimer::timeout, &run, [&run] {
        if (g_interrupted)
            run.cancel();
    });
    interruptWatch.start(50);
    run.start();
    return QCoreApplication::exec();
}

int models(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(tr("List the models a provider offers."));
    p.addHelpOption();
    ProviderOptions providerOptions;
    providerOptions.add(p);
    QCommandLineOption json{QStringLiteral("json"), tr("Print a JSON array.")};
    p.addOption(json);
    if (!p.parse(args))
        return badArguments(p.errorText());
    if (p.isSet(QStringLiteral("help"))) {
        QTextStream(stdout) << p.helpText();
        return Ok;
    }
    if (!p.positionalArguments().isEmpty())
        return badArguments(tr("models takes no positional arguments."));
    ProviderConfig config;
    if (const QString e = providerOptions.apply(p, config, false); !e.isEmpty())
        return badArguments(e);
    QNetworkAccessManager nam;
    const std::unique_ptr<Provider> provider = Provider::create(config, &nam);
    ModelListJob *job = provider->listModels();
    int exitCode = Ok;
    QObject::connect(job, &ModelListJob::finished, job,
                     [&](const QStringList &names, const std::optional<ProviderError> &error) {
                         if (error) {
                             exitCode = providerExit(*error);
                         } else if (p.isSet(json)) {
                             QFile out;
                             if (out.open(stdout, QIODevice::WriteOnly))
                                 out.write(QJsonDocument(QJsonArray::fromStringList(names)).toJson());
                         } else {
                             QTextStream out(stdout);
                             for (const QString &n : names)
                                 out << n << '\n';
                         }
                         QCoreApplication::exit(exitCode);
                     });
    const int code = QCoreApplication::exec();
    delete job;
    return code;
}
} // namespace Cli
