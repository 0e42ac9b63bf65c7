// SPDX-License-Identifier: Apache-2.0
#include "CompareCommand.h"
#include "TerminalText.h"

#include "Cli.h"
#include "CliSupport.h"
#include "export/CompareJson.h"
#include "providers/Provider.h"
#include "session/GenerationFlags.h"
#include "session/LabSession.h"
#include "session/ModelSpec.h"
#include "session/ProviderRegistry.h"
#include "session/Session.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTextStream>

#include <cmath>
#include <cstdio>
#include <memory>
#include <unistd.h>
#include <vector>

namespace Cli {
namespace {
/// The translation context of the comparison's texts (shared with core/run/Compare and core/session/LabSession).
class CompareText
{
    Q_DECLARE_TR_FUNCTIONS(CompareText)
};

constexpr int kTopClusters = 8;
constexpr int kTopLogprobs = 20; ///< alternatives per position with --logprobs (OpenAI's and Gemini's maximum)

QString methodList()
{
    QStringList names;
    for (const Method m : Names::allMethods())
        names.append(Names::method(m));
    return names.join(QStringLiteral(", "));
}

QString number(double v)
{
    return QString::number(v, 'f', 3);
}

QString firstLine(const QString &text)
{
    QString line = text.section(QLatin1Char('\n'), 0, 0);
    if (line.size() > 60)
        line = line.left(59) + QChar(0x2026);
    else if (line.size() < text.size())
        line += QStringLiteral(" ") + QChar(0x2026);
    return line;
}

/// Metric rows in a fixed order: (JSON key, label).
QList<std::pair<QString, QString>> metricRows(bool withAnswers, bool withSemantic)
{
    QList<std::pair<QString, QString>> rows{{QStringLiteral("unique"), CompareText::tr("unique (exact)")},
                                            {QStringLiteral("entropy_bits"), CompareText::tr("entropy (bits)")},
                                            {QStringLiteral("distinct_1"), CompareText::tr("distinct-1")},
                                            {QStringLiteral("distinct_2"), CompareText::tr("distinct-2")},
                                            {QStringLiteral("distinct_3"), CompareText::tr("distinct-3")},
                                            {QStringLiteral("rouge_l"), CompareText::tr("ROUGE-L (mean F1)")},
                                            {QStringLiteral("lexical_diversity"), CompareText::tr("lexical diversity")},
                                            {QStringLiteral("vendi"), CompareText::tr("Vendi score")}};
    if (withAnswers) {
        rows.append({QStringLiteral("precision"), CompareText::tr("precision")});
        rows.append({QStringLiteral("coverage"), CompareText::tr("coverage")});
        rows.append({QStringLiteral("kl_uniform"), CompareText::tr("KL from uniform (nats)")});
    }
    if (withSemantic)
        rows.append({QStringLiteral("semantic_diversity"), CompareText::tr("semantic diversity")});
    return rows;
}

QString metricValue(const QJsonValue &v)
{
    if (v.isNull() || v.isUndefined())
        return QStringLiteral("-");
    const double d = v.toDouble();
    return d == std::floor(d) && std::abs(d) < 1e9 ? QString::number(qint64(d)) : number(d);
}

void printReadable(const LabSession &lab)
{
    QTextStream out(stdout);
    const CompareResult &result = *lab.result();
    const bool withAnswers = lab.answerSet() != nullptr;
    out << CompareText::tr("%1 — %2, %3; about %4 responses per method, k = %5")
               .arg(result.request.prompt, result.providerId, result.model)
               .arg(result.request.n)
               .arg(result.request.settings.k)
        << '\n';
    if (withAnswers)
        out << CompareText::tr("answer set: %1").arg(lab.answerSetSource()) << '\n';
    const auto rows = metricRows(withAnswers, !lab.embeddingsModel().isEmpty());
    if (!lab.embeddingsModel().isEmpty())
        out << CompareText::tr("embeddings: %1").arg(lab.embeddingsModel()) << '\n';
    int width = 0;
    for (const auto &row : rows)
        width = qMax(width, TerminalText::width(row.second));
    for (const LabColumn &c : lab.columns()) {
        const MethodOutcome &o = c.outcome;
        const int n = int(o.responses.size());
        out << '\n'
            << Names::method(o.method) << QStringLiteral("  ")
            << CompareText::tr("calls: %1, failed: %2, responses: %3").arg(o.calls).arg(o.failedCalls).arg(n) << '\n';
        for (qsizetype i = 0; i < qMin<qsizetype>(c.clusters.size(), kTopClusters); ++i) {
            const Metrics::Cluster &cl = c.clusters[i];
            QString line = QStringLiteral("  %1  %2")
                               .arg(TerminalText::padLeft(CompareText::tr("%1 of %2").arg(cl.count).arg(n), 9))
                               .arg(firstLine(cl.representative));
            if (i < c.statedShare.size())
                line += QStringLiteral("  ") + CompareText::tr("[stated %1]").arg(number(c.statedShare[i]));
            if (!cl.mergedKeys.isEmpty())
                line += QStringLiteral("  ") + CompareText::tr("[+%1 near-duplicates]").arg(cl.mergedKeys.size());
            out << line << '\n';
        }
        if (c.clusters.size() > kTopClusters)
            out << QStringLiteral("  ")
                << CompareText::tr("… and %1 more clusters").arg(c.clusters.size() - kTopClusters) << '\n';
        const QJsonObject m = c.metrics.toJson();
        for (const auto &[key, label] : rows)
            out << QStringLiteral("    ") << TerminalText::padRight(label, width + 2) << metricValue(m.value(key))
                << '\n';
        for (const QString &e : o.errors)
            out << QStringLiteral("    ") << CompareText::tr("error: %1").arg(e) << '\n';
        for (const QString &note : o.notes)
            out << QStringLiteral("    ") << CompareText::tr("note: %1").arg(note) << '\n';
    }
    const QJsonObject ratios = lab.ratios();
    if (ratios.isEmpty())
        return;
    QString vsName;
    for (const LabColumn &c : lab.columns()) {
        if (c.outcome.method == Method::VsStandard || c.outcome.method == Method::VsCot ||
            c.outcome.method == Method::VsMulti) {
            vsName = Names::method(c.outcome.method);
            break;
        }
    }
    out << '\n'
        << CompareText::tr("%1 / direct (the paper: VS gives %2–%3× the diversity of direct prompting in creative "
                           "writing)")
               .arg(vsName, QString::number(Metrics::PaperBand::low, 'f', 1),
                    QString::number(Metrics::PaperBand::high, 'f', 1))
        << '\n';
    for (const auto &[key, label] : rows) {
        if (!ratios.contains(key))
            continue;
        const double r = ratios.value(key).toDouble();
        QString note;
        using Band = Metrics::PaperBand;
        if (Band::appliesTo(key)) {
            switch (Band::position(r)) {
            case Band::Position::Below:
                note = CompareText::tr("below the paper's band");
                break;
            case Band::Position::Above:
                note = CompareText::tr("above the paper's band");
                break;
            case Band::Position::Inside:
                note = CompareText::tr("within the paper's band");
                break;
            }
        }
        out << QStringLiteral("    ") << TerminalText::padRight(label, width + 2)
            << QStringLiteral("%1×").arg(QString::number(r, 'f', 2))
            << (note.isEmpty() ? QString() : QStringLiteral("  ") + note) << '\n';
    }
}

QList<CompareJson::MethodView> views(const LabSession &lab)
{
    QList<CompareJson::MethodView> out;
    for (const LabColumn &c : lab.columns())
        out.append({&c.outcome, c.metrics, c.clusters, c.statedShare, c.tokenProbability});
    return out;
}

QJsonObject calibrationOf(const LabSession &lab)
{
    const LabCalibration c = lab.calibration();
    return CompareJson::calibration(lab.result()->providerId, lab.result()->model, c.statedObserved, c.observedToken);
}

void printJson(const std::vector<std::unique_ptr<LabSession>> &labs, bool multi)
{
    const LabSession &first = *labs.front();
    QJsonObject o;
    QJsonArray calibration;
    if (!multi) {
        o = CompareJson::result(*first.result(), views(first), first.ratios());
        calibration.append(calibrationOf(first));
    } else {
        QJsonArray methods;
        QJsonArray models;
        for (const auto &lab : labs) {
            const CompareResult &r = *lab->result();
            for (const CompareJson::MethodView &v : views(*lab))
                methods.append(CompareJson::method(v, r.providerId, r.model));
            models.append(QJsonObject{{QStringLiteral("provider"), r.providerId},
                                      {QStringLiteral("model"), r.model},
                                      {QStringLiteral("simulated"), r.simulated},
                                      {QStringLiteral("cancelled"), r.cancelled},
                                      {QStringLiteral("latency_ms"), r.latencyMs},
                                      {QStringLiteral("ratios"), lab->ratios()}});
            calibration.append(calibrationOf(*lab));
        }
        o = {{QStringLiteral("prompt"), first.result()->request.prompt},
             {QStringLiteral("n"), first.result()->request.n},
             {QStringLiteral("k"), first.result()->request.settings.k},
             {QStringLiteral("models"), models},
             {QStringLiteral("methods"), methods},
             {QStringLiteral("ratios"), first.ratios()}};
    }
    o.insert(QStringLiteral("calibration"), calibration);
    o.insert(QStringLiteral("answer_set"),
             first.answerSetSource().isEmpty() ? QJsonValue() : QJsonValue(first.answerSetSource()));
    if (!first.embeddingsModel().isEmpty()) {
        o.insert(QStringLiteral("embeddings_model"), first.embeddingsModel());
        if (!first.embeddingsProblem().isEmpty())
            o.insert(QStringLiteral("embeddings_error"), first.embeddingsProblem());
    }
    QFile out;
    if (out.open(stdout, QIODevice::WriteOnly))
        out.write(QJsonDocument(o).toJson(QJsonDocument::Indented));
}

/// The three views' agreement and the first token's competitors, after a lab's table.
void printCalibration(const LabSession &lab)
{
    QTextStream out(stdout);
    const LabCalibration c = lab.calibration();
    if (c.statedObserved)
        out << CompareText::tr("total variation, stated vs observed: %1").arg(number(*c.statedObserved)) << '\n';
    if (c.observedToken)
        out << CompareText::tr("total variation, observed vs token-level: %1").arg(number(*c.observedToken)) << '\n';
    if (c.statedObserved || c.observedToken)
        out << CompareText::tr("(0 = the two views agree exactly, 1 = they share no answer)") << '\n';
    for (const LabColumn &col : lab.columns()) {
        if (col.outcome.firstToken.isEmpty())
            continue;
        QStringList alternatives;
        for (const TokenAlternative &t : col.outcome.firstToken.mid(0, 8))
            alternatives.append(QStringLiteral("%1 %2").arg(t.token.trimmed(), number(std::exp(t.logprob))));
        out << CompareText::tr("first token of %1: %2")
                   .arg(Names::method(col.outcome.method), alternatives.join(QStringLiteral(", ")))
            << '\n';
    }
}

void report(const std::vector<std::unique_ptr<LabSession>> &labs, bool asJson, bool multi, int &exitCode)
{
    bool simulated = false;
    bool cancelled = false;
    int failed = 0;
    int total = 0;
    QStringList errors;
    for (const auto &lab : labs) {
        const CompareResult &r = *lab->result();
        simulated = simulated || r.simulated;
        cancelled = cancelled || r.cancelled;
        total += lab->callsTotal();
        for (const MethodOutcome &o : r.methods) {
            failed += o.failedCalls;
            for (const QString &e : o.errors) {
                if (!errors.contains(e))
                    errors.append(e);
            }
        }
    }
    if (simulated && !asJson)
        printErr(CompareText::tr("note: simulated by the offline demo model (no real LLM was called)."));
    if (asJson) {
        printJson(labs, multi);
    } else {
        for (size_t i = 0; i < labs.size(); ++i) {
            if (i > 0)
                QTextStream(stdout) << '\n';
            printReadable(*labs[i]);
            printCalibration(*labs[i]);
        }
    }
    if (cancelled || interrupted()) {
        printErr(CompareText::tr("vslab-cli: interrupted; what arrived is shown."));
        exitCode = Interrupted;
    } else if (failed > 0) {
        for (const QString &e : std::as_const(errors))
            printErr(QStringLiteral("vslab-cli: ") + e);
        printErr(CompareText::tr("vslab-cli: %1 of %2 calls failed; what arrived is shown.").arg(failed).arg(total));
        exitCode = ProviderFailed;
    }
}

Result<QHash<QString, QString>> parseBaseUrls(const QStringList &values)
{
    QHash<QString, QString> urls;
    for (const QString &v : values) {
        const qsizetype eq = v.indexOf(QLatin1Char('='));
        const QString preset = v.left(eq).trimmed().toLower();
        if (eq <= 0 || !ProviderPreset::find(preset) || v.mid(eq + 1).trimmed().isEmpty())
            return fail(Failure::Kind::BadInput,
                        CompareText::tr("--base-url-for needs PROVIDER=URL with a known provider, got \"%1\".").arg(v));
        urls.insert(preset, v.mid(eq + 1).trimmed());
    }
    return urls;
}

} // namespace

int compare(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(
        CompareText::tr("Compare prompting methods on one prompt: about N responses each (every candidate of every "
                        "VS call counts), their clusters, diversity metrics and the ratio VS / direct."));
    p.addHelpOption();
    const GenerationFlags flags(GenerationFlags::PostProcess | GenerationFlags::Provider | GenerationFlags::Transport |
                                GenerationFlags::Network);
    flags.addTo(p);
    const QCommandLineOption n{QStringLiteral("n"),
                               CompareText::tr("Responses per method, 1-%1 (default 30).").arg(CompareRequest::nMax),
                               QStringLiteral("N")};
    const QCommandLineOption k{QStringLiteral("k"),
                               CompareText::tr("Answers per call of the methods that return several, %1-%2 "
                                               "(default 5).")
                                   .arg(GenerationSettings::kMin)
                                   .arg(GenerationSettings::kMax),
                               QStringLiteral("K")};
    const QCommandLineOption methods{QStringLiteral("methods"),
                                     CompareText::tr("Comma-separated methods to compare (default direct,vs-standard): "
                                                     "%1.")
                                         .arg(methodList()),
                                     QStringLiteral("M,...")};
    const QCommandLineOption concurrency{QStringLiteral("concurrency"),
                                         CompareText::tr("Calls in flight at once over all methods, 1-%1 (default 4).")
                                             .arg(CompareRequest::concurrencyMax),
                                         QStringLiteral("C")};
    const QCommandLineOption temperature{QStringLiteral("temperature"),
                                         CompareText::tr("Sampling temperature, 0-2 (default 0.9)."),
                                         QStringLiteral("T")};
    const QCommandLineOption format{QStringLiteral("format"),
                                    CompareText::tr("How candidates are asked for: json (default) or xml."),
                                    QStringLiteral("F")};
    const QCommandLineOption answers{QStringLiteral("answers"),
                                     CompareText::tr("An answer set (one valid answer per line, aliases separated by "
                                                     "|) for precision, coverage and kl_uniform; the demo packs' sets "
                                                     "are used for their prompts without it."),
                                     QStringLiteral("FILE")};
    const QCommandLineOption merge{QStringLiteral("merge"),
                                   CompareText::tr("Fold clusters whose ROUGE-L F1 with a larger one is above F (0 to "
                                                   "1; default 0 = exact clusters)."),
                                   QStringLiteral("F")};
    const QCommandLineOption perCall{
        QStringLiteral("answers-per-call"),
        CompareText::tr("Answers one call of a one-answer method asks for (OpenAI-style n, "
                        "Gemini candidateCount), 0-%1; 0 (default) = automatic where the "
                        "provider has it, 1 = one call per answer. A server that refuses "
                        "or ignores it is asked one answer per call.")
            .arg(CompareRequest::answersPerCallMax),
        QStringLiteral("A")};
    const QCommandLineOption embeddings{QStringLiteral("embeddings-model"),
                                        CompareText::tr("Add semantic_diversity: embeddings of the responses from "
                                                        "model M of the same provider (OpenAI-compatible, Ollama or "
                                                        "Gemini; not the demo model or Anthropic)."),
                                        QStringLiteral("M")};
    const QCommandLineOption json{QStringLiteral("json"), CompareText::tr("Print one JSON object.")};
    const QCommandLineOption modelsOption{
        QStringLiteral("models"),
        CompareText::tr("Run the comparison on several models at once: PROVIDER:MODEL, comma-separated (everything "
                        "after the first colon is the model, so ollama:llama3.2:3b works; PROVIDER is a preset such as "
                        "openai, ollama, demo). Replaces --provider and --model."),
        QStringLiteral("SPEC,...")};
    const QCommandLineOption baseUrlFor{QStringLiteral("base-url-for"),
                                        CompareText::tr("With --models: the server of one provider, PROVIDER=URL "
                                                        "(repeatable)."),
                                        QStringLiteral("PROVIDER=URL")};
    const QCommandLineOption logprobs{QStringLiteral("logprobs"),
                                      CompareText::tr("Ask direct calls for token log-probabilities (top %1 at each "
                                                      "position): adds each direct cluster's token_probability, the "
                                                      "first token's alternatives and the calibration distances. "
                                                      "Anthropic has none; a server that refuses them is asked "
                                                      "without.")
                                          .arg(kTopLogprobs)};
    const QCommandLineOption noHistory{QStringLiteral("no-history"),
                                       CompareText::tr("Do not save this comparison in the run history.")};
    p.addOptions({n, k, methods, concurrency, perCall, temperature, format, answers, merge, embeddings, modelsOption,
                  baseUrlFor, logprobs, json, noHistory});
    p.addPositionalArgument(QStringLiteral("prompt"), CompareText::tr("The prompt."), QStringLiteral("PROMPT"));
    if (!p.parse(args))
        return badArguments(p.errorText());
    if (p.isSet(QStringLiteral("help"))) {
        QTextStream(stdout) << p.helpText();
        return Ok;
    }

    GenerationSetup setup;
    if (const Result<void> applied = flags.apply(p, setup); !applied)
        return badArguments(applied.message());
    CompareRequest request;
    request.settings = setup.request.settings;
    auto integer = [&p](const QCommandLineOption &o, int &into) {
        bool ok = false;
        const int v = p.value(o).trimmed().toInt(&ok);
        if (ok)
            into = v;
        return ok;
    };
    if (p.isSet(n) && !integer(n, request.n))
        return badArguments(CompareText::tr("-n needs a whole number, got \"%1\".").arg(p.value(n)));
    if (p.isSet(k) && !integer(k, request.settings.k))
        return badArguments(CompareText::tr("-k needs a whole number, got \"%1\".").arg(p.value(k)));
    if (p.isSet(concurrency) && !integer(concurrency, request.concurrency))
        return badArguments(
            CompareText::tr("--concurrency needs a whole number, got \"%1\".").arg(p.value(concurrency)));
    if (p.isSet(perCall) && !integer(perCall, request.answersPerCall))
        return badArguments(
            CompareText::tr("--answers-per-call needs a whole number, got \"%1\".").arg(p.value(perCall)));
    if (p.isSet(embeddings) && p.value(embeddings).trimmed().isEmpty())
        return badArguments(CompareText::tr("--embeddings-model needs a model name."));
    if (p.isSet(temperature)) {
        bool ok = false;
        request.settings.temperature = p.value(temperature).toDouble(&ok);
        if (!ok)
            return badArguments(
                CompareText::tr("--temperature needs a number between 0 and 2, got \"%1\".").arg(p.value(temperature)));
    }
    if (p.isSet(format)) {
        const auto f = Names::parseFormat(p.value(format));
        if (!f)
            return badArguments(CompareText::tr("--format must be json or xml, got \"%1\".").arg(p.value(format)));
        request.settings.format = *f;
    }
    if (p.isSet(methods)) {
        request.methods.clear();
        for (const QString &name : p.value(methods).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const auto m = Names::parseMethod(name.trimmed());
            if (!m)
                return badArguments(CompareText::tr("--methods: unknown method \"%1\"; choose from: %2.")
                                        .arg(name.trimmed(), methodList()));
            request.methods.append(*m);
        }
    }
    double threshold = 0.0;
    if (p.isSet(merge)) {
        bool ok = false;
        threshold = p.value(merge).toDouble(&ok);
        if (!ok || threshold < 0 || threshold > 1)
            return badArguments(
                CompareText::tr("--merge must be a number from 0 to 1, got \"%1\".").arg(p.value(merge)));
    }
    const QStringList positional = p.positionalArguments();
    if (positional.size() != 1)
        return badArguments(CompareText::tr("compare needs exactly one PROMPT (quote it)."));
    request.prompt = positional.first().trimmed();
    if (const QString e = request.validate(); !e.isEmpty())
        return badArguments(e);

    std::optional<QList<ModelSpec>> models;
    if (p.isSet(modelsOption)) {
        Result<QList<ModelSpec>> parsed = ModelSpec::parseList(p.value(modelsOption));
        if (!parsed)
            return badArguments(QStringLiteral("--models: ") + parsed.message());
        models = std::move(parsed).value();
    }
    Result<QHash<QString, QString>> baseUrls = parseBaseUrls(p.values(baseUrlFor));
    if (!baseUrls)
        return badArguments(baseUrls.message());
    if (p.isSet(logprobs))
        request.topLogprobs = kTopLogprobs;

    ProviderRegistry registry;
    registry.setTransport(setup.transport);
    Session history(&registry);
    if (!p.isSet(noHistory)) {
        // A comparison that cannot be saved still runs; the reason goes to stderr.
        if (const Result<void> opened = history.openHistory(); !opened)
            printErr(CompareText::tr("vslab-cli: note: the run history is off: %1").arg(opened.message()));
        QObject::connect(&history, &Session::historyFailed, &history,
                         [](const QString &message) { printErr(QStringLiteral("vslab-cli: ") + message); });
    }
    // One lab per model: each runs its calls with its own bound, all at the same time.
    std::vector<std::unique_ptr<LabSession>> labs;
    for (qsizetype i = 0; i < (models ? models->size() : 1); ++i) {
        auto lab = std::make_unique<LabSession>(&registry);
        if (!p.isSet(noHistory))
            lab->setHistory(&history);
        lab->setMergeThreshold(threshold);
        lab->setEmbeddingsModel(p.value(embeddings));
        if (p.isSet(answers)) {
            if (const Result<void> set = lab->setAnswerSet(p.value(answers)); !set)
                return badArguments(set.message());
        }
        labs.push_back(std::move(lab));
    }

    const bool asJson = p.isSet(json);
    const bool progress = isatty(STDERR_FILENO) && qEnvironmentVariableIsEmpty("VSLAB_NO_PROGRESS");
    int exitCode = Ok;
    int running = int(labs.size());
    const auto onFinished = [&labs, &running, asJson, progress, &exitCode, multi = models.has_value()] {
        if (--running > 0)
            return;
        if (progress)
            std::fprintf(stderr, "\r\033[K");
        report(labs, asJson, multi, exitCode);
        QCoreApplication::exit(exitCode);
    };
    for (const auto &lab : labs) {
        QObject::connect(lab.get(), &LabSession::finished, lab.get(), onFinished);
        if (progress) {
            QObject::connect(lab.get(), &LabSession::progress, lab.get(), [&labs] {
                int done = 0;
                int total = 0;
                for (const auto &l : labs) {
                    done += l->callsDone();
                    total += l->callsTotal();
                }
                std::fprintf(stderr, "\r%s", qPrintable(CompareText::tr("… %1 of %2 calls").arg(done).arg(total)));
                std::fflush(stderr);
            });
        }
    }
    const auto startAll = [&] {
        for (qsizetype i = 0; i < qsizetype(labs.size()); ++i) {
            Result<void> started =
                models ? labs[size_t(i)]->start(request, registry.create((*models)[i].configIn(registry, *baseUrls)))
                       : labs[size_t(i)]->start(request);
            if (!started) {
                printErr(QStringLiteral("vslab-cli: ") + started.message());
                exitCode = BadArguments;
                QCoreApplication::exit(exitCode);
                return;
            }
        }
    };
    if (models) {
        // Every provider's key (environment or keychain) first.
        QStringList presets;
        for (const ModelSpec &m : std::as_const(*models))
            presets.append(m.presetId);
        registry.readKeys(presets, &registry, startAll);
    } else {
        const Result<void> chosen = chooseProvider(registry, setup.provider, true, startAll);
        if (!chosen)
            return badArguments(chosen.message());
    }
    cancelOnInterrupt(&registry, [&labs] {
        for (const auto &lab : labs)
            lab->cancel();
    });
    return QCoreApplication::exec();
}
} // namespace Cli
