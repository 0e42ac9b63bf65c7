// SPDX-License-Identifier: Apache-2.0
#include "MetricsCommand.h"
#include "CliSupport.h"
#include "TerminalText.h"

#include "Cli.h"
#include "metrics/AnswerSet.h"
#include "metrics/Metrics.h"
#include "metrics/Semantic.h"
#include "providers/EmbeddingsJob.h"
#include "session/ProviderRegistry.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <memory>
#include <optional>
#include <utility>

namespace Cli {
namespace {
/// The translation context of the metrics command's texts (shared with core/metrics).
class MetricsText
{
    Q_DECLARE_TR_FUNCTIONS(MetricsText)
};

constexpr int kTopClusters = 10;

/// One response of a line: a JSON string, or an object's `text` string. nullopt and `problem` set otherwise.
std::optional<QString> responseOf(const QByteArray &line, QString *problem)
{
    // QJsonDocument reads only arrays and objects at the top: wrap the line so a bare string parses too.
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson('[' + line + ']', &error);
    if (error.error != QJsonParseError::NoError || doc.array().size() != 1) {
        *problem = error.error != QJsonParseError::NoError ? MetricsText::tr("not valid JSON (%1 at column %2)")
                                                                 .arg(error.errorString())
                                                                 .arg(qMax(1, error.offset))
                                                           : MetricsText::tr("more than one JSON value");
        return std::nullopt;
    }
    const QJsonValue v = doc.array().first();
    if (v.isString())
        return v.toString();
    if (v.isObject()) {
        const QJsonValue text = v.toObject().value(QStringLiteral("text"));
        if (text.isString())
            return text.toString();
        *problem = MetricsText::tr("the object has no \"text\" string");
        return std::nullopt;
    }
    *problem = MetricsText::tr("expected a JSON object with a \"text\" field or a JSON string");
    return std::nullopt;
}

QString number(double v)
{
    return QString::number(v, 'f', 3);
}

QString firstLine(const QString &text)
{
    QString line = text.section(QLatin1Char('\n'), 0, 0);
    if (line.size() > 70)
        line = line.left(69) + QChar(0x2026);
    else if (line.size() < text.size())
        line += QStringLiteral(" ") + QChar(0x2026);
    return line;
}

void printTable(const Metrics::MetricsReport &r, const QList<Metrics::Cluster> &clusters,
                std::optional<double> semantic)
{
    QList<std::pair<QString, QString>> rows{{MetricsText::tr("responses"), QString::number(r.n)},
                                            {MetricsText::tr("unique (exact)"), QString::number(r.unique)},
                                            {MetricsText::tr("entropy (bits)"), number(r.entropyBits)},
                                            {MetricsText::tr("distinct-1"), number(r.distinct1)},
                                            {MetricsText::tr("distinct-2"), number(r.distinct2)},
                                            {MetricsText::tr("distinct-3"), number(r.distinct3)},
                                            {MetricsText::tr("ROUGE-L (mean F1)"), number(r.rougeL)},
                                            {MetricsText::tr("lexical diversity"), number(r.lexicalDiversity)},
                                            {MetricsText::tr("Vendi score"), number(r.vendi)}};
    if (r.hasAnswerSet) {
        rows.append({MetricsText::tr("precision"), number(r.precision.value_or(0))});
        rows.append({MetricsText::tr("coverage"), number(r.coverage.value_or(0))});
        rows.append({MetricsText::tr("KL from uniform (nats)"),
                     r.klUniform ? number(*r.klUniform) : MetricsText::tr("- (no valid response)")});
    }
    if (semantic)
        rows.append({MetricsText::tr("semantic diversity"), number(*semantic)});
    int width = 0;
    for (const auto &row : std::as_const(rows))
        width = qMax(width, TerminalText::width(row.first));
    QTextStream out(stdout);
    for (const auto &[name, value] : std::as_const(rows))
        out << TerminalText::padRight(name, width + 2) << value << '\n';
    if (clusters.isEmpty())
        return;
    out << '\n' << MetricsText::tr("top clusters") << '\n';
    for (qsizetype i = 0; i < qMin<qsizetype>(clusters.size(), kTopClusters); ++i) {
        const Metrics::Cluster &c = clusters[i];
        QString tag;
        if (!c.mergedKeys.isEmpty())
            tag = QStringLiteral("  [%1]").arg(
                MetricsText::tr("+%n near-duplicate(s)", nullptr, int(c.mergedKeys.size())));
        out << QStringLiteral("%1  %2%3\n").arg(c.count, 6).arg(firstLine(c.representative), tag);
    }
    if (clusters.size() > kTopClusters)
        out << MetricsText::tr("… and %n more cluster(s)", nullptr, int(clusters.size() - kTopClusters)) << '\n';
}
} // namespace

int metrics(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(MetricsText::tr(
        "Diversity metrics of responses you already have: one per line, a JSON object with a \"text\" field or a "
        "JSON string."));
    p.addHelpOption();
    const QCommandLineOption answers{QStringLiteral("answers"),
                                     MetricsText::tr("An answer set: one valid answer per line, aliases separated by "
                                                     "|; adds precision, coverage and kl_uniform."),
                                     QStringLiteral("FILE")};
    const QCommandLineOption merge{
        QStringLiteral("merge"),
        MetricsText::tr("In the table, fold clusters whose ROUGE-L F1 with a larger one is above F (0 to 1)."),
        QStringLiteral("F")};
    const QCommandLineOption json{QStringLiteral("json"), MetricsText::tr("Print one JSON object.")};
    const QCommandLineOption embeddingsModel{
        QStringLiteral("embeddings-model"),
        MetricsText::tr("Add semantic_diversity: 100 x the mean pairwise cosine distance of the responses' "
                        "embeddings from model M of --provider (OpenAI-compatible, Ollama or Gemini; not the demo "
                        "model). Each distinct text is sent once."),
        QStringLiteral("M")};
    const QCommandLineOption provider{
        QStringLiteral("provider"),
        MetricsText::tr("With --embeddings-model: the provider that embeds: %1 (default: demo, which has none).")
            .arg(presetList()),
        QStringLiteral("P")};
    const QCommandLineOption baseUrl{QStringLiteral("base-url"),
                                     MetricsText::tr("With --embeddings-model: the server base URL (default: the "
                                                     "preset's)."),
                                     QStringLiteral("URL")};
    const QCommandLineOption apiKeyEnv{QStringLiteral("api-key-env"),
                                       MetricsText::tr("With --embeddings-model: read the API key from environment "
                                                       "variable VAR."),
                                       QStringLiteral("VAR")};
    p.addOptions({answers, merge, json, embeddingsModel, provider, baseUrl, apiKeyEnv});
    p.addPositionalArgument(QStringLiteral("file"), MetricsText::tr("The responses; - or nothing reads stdin."),
                            QStringLiteral("[FILE|-]"));
    if (!p.parse(args))
        return badArguments(p.errorText());
    if (p.isSet(QStringLiteral("help"))) {
        QTextStream(stdout) << p.helpText();
        return Ok;
    }
    if (p.positionalArguments().size() > 1)
        return badArguments(MetricsText::tr("metrics reads one file; got %1.").arg(p.positionalArguments().size()));
    std::optional<double> threshold;
    if (p.isSet(merge)) {
        bool ok = false;
        threshold = p.value(merge).toDouble(&ok);
        if (!ok || *threshold < 0 || *threshold > 1)
            return badArguments(
                MetricsText::tr("--merge must be a number from 0 to 1, got \"%1\".").arg(p.value(merge)));
    }
    ProviderChoice choice;
    const QString embedModel = p.value(embeddingsModel).trimmed();
    if (p.isSet(embeddingsModel) && embedModel.isEmpty())
        return badArguments(MetricsText::tr("--embeddings-model needs a model name."));
    for (const QCommandLineOption *o : {&provider, &baseUrl, &apiKeyEnv}) {
        if (p.isSet(*o) && embedModel.isEmpty())
            return badArguments(
                MetricsText::tr("--%1 is only used with --embeddings-model.").arg(o->names().constFirst()));
    }
    if (!embedModel.isEmpty()) {
        choice.presetId = p.isSet(provider) ? p.value(provider).trimmed().toLower() : QStringLiteral("demo");
        if (!ProviderPreset::find(choice.presetId))
            return badArguments(MetricsText::tr("--provider: unknown provider \"%1\"; choose one of: %2.")
                                    .arg(choice.presetId, presetList()));
        choice.baseUrl = p.value(baseUrl).trimmed();
        if (p.isSet(apiKeyEnv)) {
            choice.apiKeyEnv = p.value(apiKeyEnv).trimmed();
            if (qEnvironmentVariable(choice.apiKeyEnv.toLocal8Bit().constData()).isEmpty())
                return badArguments(
                    MetricsText::tr("--api-key-env: the environment variable \"%1\" is not set or empty.")
                        .arg(choice.apiKeyEnv));
        }
    }
    std::optional<AnswerSet> set;
    if (p.isSet(answers)) {
        Result<AnswerSet> loaded = AnswerSet::load(p.value(answers));
        if (!loaded)
            return badArguments(loaded.message());
        set = std::move(loaded).value();
    }

    const QString path = p.positionalArguments().value(0);
    const bool fromStdin = path.isEmpty() || path == QLatin1String("-");
    const QString name = fromStdin ? MetricsText::tr("<stdin>") : path;
    QFile f;
    if (fromStdin ? !f.open(stdin, QIODevice::ReadOnly) : (f.setFileName(path), !f.open(QIODevice::ReadOnly)))
        return badArguments(MetricsText::tr("cannot read %1: %2.").arg(name, f.errorString()));
    const QList<QByteArray> lines = f.readAll().split('\n');
    QStringList texts;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QByteArray line = lines[i].trimmed();
        if (line.isEmpty())
            continue;
        QString problem;
        const std::optional<QString> text = responseOf(line, &problem);
        if (!text)
            return badArguments(QStringLiteral("%1:%2: %3.").arg(name).arg(i + 1).arg(problem));
        texts.append(*text);
    }

    const Metrics::MetricsReport r = Metrics::compute(texts, set ? &*set : nullptr);
    const auto print = [&](std::optional<double> semantic) {
        if (p.isSet(json)) {
            QJsonObject o = r.toJson();
            if (semantic)
                o.insert(QStringLiteral("semantic_diversity"), *semantic);
            QFile out;
            if (out.open(stdout, QIODevice::WriteOnly))
                out.write(QJsonDocument(o).toJson(QJsonDocument::Indented));
        } else {
            printTable(r, threshold ? Metrics::mergeNearDuplicates(r.clusters, *threshold) : r.clusters, semantic);
        }
        if (texts.isEmpty())
            QTextStream(stderr) << QStringLiteral("vslab-cli: ")
                                << MetricsText::tr("warning: %1 holds no response.").arg(name) << '\n';
    };
    if (embedModel.isEmpty()) {
        print(std::nullopt);
        return Ok;
    }

    // Embeddings: choose the provider and read its key as `generate` does, then one EmbeddingsJob.
    ProviderRegistry registry;
    int exitCode = Ok;
    const auto embed = [&] {
        auto *job = new EmbeddingsJob(registry.currentConfig(), registry.network(), embedModel, texts, {}, &registry);
        QObject::connect(job, &EmbeddingsJob::finished, &registry,
                         [&, job](const QList<QList<float>> &vectors, const std::optional<ProviderError> &error) {
                             job->deleteLater();
                             if (error) {
                                 QTextStream(stderr) << QStringLiteral("vslab-cli: ") << error->message << '\n';
                                 exitCode = ProviderFailed;
                             } else {
                                 print(Metrics::semanticDiversity(vectors));
                             }
                             QCoreApplication::exit(exitCode);
                         });
        job->start();
    };
    if (const Result<void> chosen = chooseProvider(registry, choice, false, embed); !chosen)
        return badArguments(chosen.message());
    // A provider without an embeddings endpoint (the demo model, Anthropic) is a wrong choice, known before any
    // call: exit 2, like other bad arguments (the queued `embed` never runs without the event loop).
    if (const std::optional<ProviderError> none = EmbeddingsJob::unsupported(registry.currentConfig()))
        return badArguments(none->message);
    return QCoreApplication::exec();
}
} // namespace Cli
