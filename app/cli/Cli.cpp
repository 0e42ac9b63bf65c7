// SPDX-License-Identifier: Apache-2.0
#include "Cli.h"
#include "CliSupport.h"
#include "TerminalText.h"

#include "export/ResultJson.h"
#include "providers/Provider.h"
#include "session/GenerationFlags.h"
#include "session/ProviderRegistry.h"
#include "session/Session.h"
#include "vs/PromptBuilder.h"
#include "vs/ResponseParser.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

#include <cstdio>
#include <unistd.h>

namespace Cli {
namespace {
std::optional<QByteArray> readInput(const QString &path, QString *error)
{
    QFile f;
    if (path.isEmpty() || path == QLatin1String("-")) {
        if (!f.open(stdin, QIODevice::ReadOnly)) {
            *error = CliText::tr("cannot read standard input.");
            return std::nullopt;
        }
    } else {
        f.setFileName(path);
        if (!f.open(QIODevice::ReadOnly)) {
            *error = CliText::tr("cannot read %1: %2.").arg(path, f.errorString());
            return std::nullopt;
        }
    }
    return f.readAll();
}

void printTable(const Distribution &d, const Warnings &warnings)
{
    QTextStream out(stdout);
    // A counted method states no probability: its column shows how often each answer came back instead.
    out << QStringLiteral("%1  %2  %3  %4\n")
               .arg(TerminalText::padLeft(CliText::tr("rank"), 4),
                    TerminalText::padLeft(d.isCounted() ? CliText::tr("count") : CliText::tr("stated"), 7),
                    TerminalText::padLeft(CliText::tr("weight"), 7), CliText::tr("text"));
    int rank = 1;
    for (const Candidate &c : d.items()) {
        QString second = c.hasStatedValue() ? QString::number(c.clipped, 'f', 3) : QStringLiteral("-");
        if (d.isCounted())
            second = QString::number(c.count);
        QStringList lines = c.text.split(QLatin1Char('\n'));
        QString tags =
            c.repairs.isEmpty() ? QString() : QStringLiteral("  [%1]").arg(c.repairs.join(QStringLiteral(", ")));
        if (c.partial)
            tags += QStringLiteral("  [%1]").arg(CliText::tr("partial"));
        if (c.count > 1 && !d.isCounted())
            tags += QStringLiteral("  [%1]").arg(CliText::tr("×%1").arg(c.count));
        out << QStringLiteral("%1  %2  %3  %4%5\n")
                   .arg(rank++, 4)
                   .arg(second, 7)
                   .arg(QString::number(c.weight, 'f', 3), 7)
                   .arg(lines.takeFirst(), tags);
        for (const QString &line : std::as_const(lines))
            out << QString(24, QLatin1Char(' ')) << line << '\n';
    }
    out.flush();
    for (const Warning &w : warnings)
        printErr(CliText::tr("warning: %1").arg(w.message));
}

void printSample(const Distribution &d, quint64 seed)
{
    QTextStream(stdout) << CliText::tr("sample (seed %1): %2").arg(seed).arg(d.items()[d.sample(seed)].text) << '\n';
}

int providerExit(const ProviderError &e)
{
    printErr(QStringLiteral("vslab-cli: ") + e.message);
    return e.code == ProviderError::Code::Cancelled ? Interrupted : ProviderFailed;
}

/// Parses a subcommand's arguments; nullopt means "exit with this code now" (help printed, or bad arguments).
std::optional<int> parseArguments(QCommandLineParser &p, const QStringList &args)
{
    p.addHelpOption();
    if (!p.parse(args))
        return badArguments(p.errorText());
    if (p.isSet(QStringLiteral("help"))) {
        QTextStream(stdout) << p.helpText();
        return Ok;
    }
    return std::nullopt;
}

} // namespace

QString usage()
{
    return CliText::tr("Usage: vslab-cli <command> [options]\n"
                       "\n"
                       "Commands:\n"
                       "  generate PROMPT   ask a model for a verbalized distribution (PROMPT - reads stdin)\n"
                       "  parse [FILE|-]    parse one raw model reply into a distribution\n"
                       "  models            list the models a provider offers\n"
                       "  metrics [FILE|-]  diversity metrics of responses, one JSON line or string each\n"
                       "  compare PROMPT    direct vs VS: N responses per method, clusters, metrics, ratios\n"
                       "  history ACTION    list, search, show, delete, export or import saved runs\n"
                       "  batch INPUT -o OUTPUT  every prompt of a file through the model, resumable JSONL\n"
                       "\n"
                       "Run 'vslab-cli <command> --help' for the options of a command.\n"
                       "Exit codes: 0 ok, 2 bad arguments, 3 provider or network error, 4 no candidates, 130 "
                       "interrupted.\n");
}

QString unknownCommand(const QString &command)
{
    return CliText::tr("vslab-cli: unknown command \"%1\".").arg(command);
}

int parse(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(
        CliText::tr("Parse one raw model reply (JSON, XML or a list with probabilities) into a distribution."));
    const GenerationFlags flags(GenerationFlags::PostProcess);
    flags.addTo(p);
    const QCommandLineOption format{QStringLiteral("format"), CliText::tr("auto (default), json, xml or list."),
                                    QStringLiteral("F")};
    const QCommandLineOption json{QStringLiteral("json"), CliText::tr("Print one JSON object.")};
    p.addOptions({format, json});
    p.addPositionalArgument(QStringLiteral("file"), CliText::tr("The reply to parse; - or nothing reads stdin."),
                            QStringLiteral("[FILE|-]"));
    if (const std::optional<int> exit = parseArguments(p, args))
        return *exit;
    GenerationSetup setup;
    if (const Result<void> applied = flags.apply(p, setup); !applied)
        return badArguments(applied.message());
    const GenerationSettings &s = setup.request.settings;
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
            return badArguments(
                CliText::tr("--format must be auto, json, xml or list, got \"%1\".").arg(p.value(format)));
    }
    if (p.positionalArguments().size() > 1)
        return badArguments(CliText::tr("parse reads one reply; got %1 files.").arg(p.positionalArguments().size()));

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
    if (p.isSet(json)) {
        QJsonObject o{{QStringLiteral("format"), ResponseParser::formatName(parser.detectedFormat())},
                      {QStringLiteral("candidates"), ResultJson::candidates(d)},
                      {QStringLiteral("warnings"), ResultJson::warnings(warnings)},
                      {QStringLiteral("stated_sum"), d.hasStatedValues() ? QJsonValue(d.statedSum()) : QJsonValue()}};
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
            printSample(d, *s.seed);
    }
    if (d.isEmpty()) {
        printErr(QStringLiteral("vslab-cli: ") +
                 (parser.error().isEmpty() ? CliText::tr("the reply held no candidate.") : parser.error()));
        return NoCandidates;
    }
    return Ok;
}

namespace {
int printPreview(const RunRequest &request, bool asJson)
{
    const Conversation messages = Run::previewMessages(request);
    const QJsonObject schema = PromptBuilder::jsonSchema(request.settings);
    if (asJson) {
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

/// How `generate` prints: a table, one JSON object, or JSON lines as candidates arrive.
struct Output
{
    bool json = false;
    bool jsonl = false;
    bool progress = false;
};

void connectOutput(Session &session, const RunRequest &request, const Output &output, int &exitCode)
{
    auto received = std::make_shared<int>(0);
    QObject::connect(&session, &Session::candidateArrived, &session, [output, received](const Candidate &c) {
        ++*received;
        if (!output.jsonl)
            return;
        QJsonObject o = ResultJson::candidate(c);
        o.insert(QStringLiteral("event"), QStringLiteral("candidate"));
        o.insert(QStringLiteral("index"), c.index);
        o.insert(QStringLiteral("stated"), c.hasStated() ? QJsonValue(c.stated) : QJsonValue());
        o.remove(QStringLiteral("probability")); // the final weight is known only when the run ends
        printJson(o, true);
    });
    if (output.progress) {
        QObject::connect(&session, &Session::progress, &session, [received](qint64 chars, qint64 ms) {
            std::fprintf(stderr, "\r%s",
                         qPrintable(CliText::tr("… %1 characters, %2 candidates, %3 s")
                                        .arg(chars)
                                        .arg(*received)
                                        .arg(double(ms) / 1000.0, 0, 'f', 1)));
            std::fflush(stderr);
        });
    }
    QObject::connect(&session, &Session::runFinished, &session, [request, output, &exitCode](const RunResult &result) {
        if (output.progress)
            std::fprintf(stderr, "\r\033[K");
        const QJsonObject json = ResultJson::runResult(request, result);
        if (output.jsonl) {
            QJsonObject done = json;
            done.insert(QStringLiteral("event"), QStringLiteral("done"));
            printJson(done, true);
        } else if (output.json) {
            printJson(json, false);
        } else {
            if (result.simulated)
                printErr(CliText::tr("note: simulated by the offline demo model (no real LLM was called)."));
            if (!result.distribution.isEmpty())
                printTable(result.distribution, result.warnings);
            if (request.settings.seed && !result.distribution.isEmpty())
                printSample(result.distribution, *request.settings.seed);
        }
        if (result.error)
            exitCode = interrupted() ? int(Interrupted) : providerExit(*result.error);
        else if (result.distribution.isEmpty()) {
            printErr(QStringLiteral("vslab-cli: ") + result.parseError);
            exitCode = NoCandidates;
        }
        QCoreApplication::exit(exitCode);
    });
}
} // namespace

int generate(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(CliText::tr("Ask a model for a verbalized distribution and print it."));
    const GenerationFlags flags;
    flags.addTo(p);
    const QCommandLineOption json{QStringLiteral("json"), CliText::tr("Print one JSON object.")};
    const QCommandLineOption jsonl{QStringLiteral("jsonl"), CliText::tr("Print one JSON line per candidate as it "
                                                                        "completes, then one line with the whole "
                                                                        "result.")};
    const QCommandLineOption preview{QStringLiteral("preview"),
                                     CliText::tr("Print the messages (and JSON Schema) the first call would send, "
                                                 "then exit.")};
    const QCommandLineOption noHistory{QStringLiteral("no-history"),
                                       CliText::tr("Do not save this run in the run history the GUI shows.")};
    p.addOptions({json, jsonl, preview, noHistory});
    p.addPositionalArgument(QStringLiteral("prompt"), CliText::tr("The prompt; - reads stdin."),
                            QStringLiteral("PROMPT"));
    if (const std::optional<int> exit = parseArguments(p, args))
        return *exit;

    GenerationSetup setup;
    if (const Result<void> applied = flags.apply(p, setup); !applied)
        return badArguments(applied.message());
    if (p.isSet(json) && p.isSet(jsonl))
        return badArguments(CliText::tr("choose one of --json and --jsonl."));
    const QStringList positional = p.positionalArguments();
    if (positional.size() != 1)
        return badArguments(CliText::tr("generate needs exactly one PROMPT (quote it; - reads stdin)."));
    RunRequest &request = setup.request;
    request.prompt = positional.first();
    if (request.prompt == QLatin1String("-")) {
        QString error;
        const auto input = readInput(QStringLiteral("-"), &error);
        if (!input)
            return badArguments(error);
        request.prompt = QString::fromUtf8(*input).trimmed();
    }
    if (request.prompt.trimmed().isEmpty())
        return badArguments(CliText::tr("the prompt is empty."));
    if (p.isSet(preview))
        return printPreview(request, p.isSet(json));

    ProviderRegistry registry;
    registry.setTransport(setup.transport);
    Session session(&registry);
    if (!p.isSet(noHistory)) {
        // A run that cannot be saved still runs; the reason goes to stderr.
        if (const Result<void> opened = session.openHistory(); !opened)
            printErr(CliText::tr("vslab-cli: note: the run history is off: %1").arg(opened.message()));
        QObject::connect(&session, &Session::historyFailed, &session,
                         [](const QString &message) { printErr(QStringLiteral("vslab-cli: ") + message); });
    }
    const Output output{p.isSet(json), p.isSet(jsonl),
                        !p.isSet(jsonl) && isatty(STDERR_FILENO) && qEnvironmentVariableIsEmpty("VSLAB_NO_PROGRESS")};
    int exitCode = Ok;
    connectOutput(session, request, output, exitCode);
    const Result<void> chosen = chooseProvider(registry, setup.provider, true, [&session, request, &exitCode] {
        if (const Result<void> started = session.generate(request); !started) {
            printErr(QStringLiteral("vslab-cli: ") + started.message());
            exitCode = BadArguments;
            QCoreApplication::exit(exitCode);
        }
    });
    if (!chosen)
        return badArguments(chosen.message());

    cancelOnInterrupt(&session, [&session] { session.cancel(); });
    return QCoreApplication::exec();
}

int models(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(CliText::tr("List the models a provider offers."));
    const GenerationFlags flags(GenerationFlags::Connection);
    flags.addTo(p);
    const QCommandLineOption json{QStringLiteral("json"), CliText::tr("Print a JSON array.")};
    p.addOption(json);
    if (const std::optional<int> exit = parseArguments(p, args))
        return *exit;
    if (!p.positionalArguments().isEmpty())
        return badArguments(CliText::tr("models takes no positional arguments."));
    GenerationSetup setup;
    if (const Result<void> applied = flags.apply(p, setup); !applied)
        return badArguments(applied.message());
    ProviderRegistry registry;
    registry.setTransport(setup.transport);
    int exitCode = Ok;
    QObject::connect(&registry, &ProviderRegistry::modelsListed, &registry,
                     [&](const QStringList &names, const QString &error) {
                         if (!error.isEmpty()) {
                             printErr(QStringLiteral("vslab-cli: ") + error);
                             exitCode = ProviderFailed;
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
    const Result<void> chosen =
        chooseProvider(registry, setup.provider, false, [&registry] { registry.fetchModels(); });
    if (!chosen)
        return badArguments(chosen.message());
    return QCoreApplication::exec();
}
} // namespace Cli
