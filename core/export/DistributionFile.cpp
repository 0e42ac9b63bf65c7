// SPDX-License-Identifier: Apache-2.0
#include "DistributionFile.h"

#include "export/TextExport.h"
#include "store/HistoryStore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

namespace {
/// Translation context of distribution files (DistributionFile is a namespace, which cannot declare tr()).
class DistributionFileText
{
    Q_DECLARE_TR_FUNCTIONS(DistributionFileText)
};
} // namespace

namespace DistributionFile {
namespace {
std::optional<SavedRun> fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return std::nullopt;
}

std::optional<quint64> seedOf(const QJsonValue &v)
{
    // Seeds are written as strings: a 64-bit seed does not survive a JSON double.
    if (v.isString()) {
        bool ok = false;
        const quint64 seed = v.toString().toULongLong(&ok);
        return ok ? std::optional<quint64>(seed) : std::nullopt;
    }
    if (v.isDouble() && v.toDouble() >= 0)
        return quint64(v.toInteger());
    return std::nullopt;
}

Warning::Code warningCode(const QString &name)
{
    for (int i = 0; i <= int(Warning::Code::Other); ++i) {
        if (Warning::codeName(Warning::Code(i)) == name)
            return Warning::Code(i);
    }
    return Warning::Code::Other;
}

ProviderError::Code errorCode(const QString &name)
{
    for (int i = 0; i <= int(ProviderError::Code::Other); ++i) {
        if (ProviderError::codeName(ProviderError::Code(i)) == name)
            return ProviderError::Code(i);
    }
    return ProviderError::Code::Other;
}

/// The request fields a to_dict trace carries; the rest keep GenerationSettings' defaults.
RunRequest requestFromTrace(const Trace &trace, const Distribution &d, const QString &prompt)
{
    RunRequest request;
    request.prompt = prompt;
    GenerationSettings &s = request.settings;
    s.method = Names::parseMethod(trace.method).value_or(s.method);
    s.k = trace.k > 0 ? trace.k : int(d.size());
    s.tau = trace.tau > 0.0 ? trace.tau : s.tau;
    s.tauMode = trace.tauMode;
    s.minSurvivors = d.options().minSurvivors;
    s.weightMode = d.options().weightMode;
    if (trace.temperature > 0.0)
        s.temperature = trace.temperature;
    s.seed = trace.seed;
    return request;
}
} // namespace

Format formatForPath(const QString &path)
{
    const QString ext = QFileInfo(path).suffix().toLower();
    if (ext == QLatin1String("csv"))
        return Format::Csv;
    if (ext == QLatin1String("md") || ext == QLatin1String("markdown"))
        return Format::Markdown;
    return Format::Json;
}

QString suffix(Format format)
{
    switch (format) {
    case Format::Csv:
        return QStringLiteral("csv");
    case Format::Markdown:
        return QStringLiteral("md");
    case Format::Json:
        break;
    }
    return QStringLiteral("json");
}

QByteArray encode(const RunRequest &request, const RunResult &result, Format format)
{
    const Trace trace = result.trace(request);
    switch (format) {
    case Format::Csv:
        return TextExport::csv(result.distribution.items(), result.simulated).toUtf8();
    case Format::Markdown:
        return TextExport::markdownDocument(result.distribution.items(), trace, request.prompt).toUtf8();
    case Format::Json:
        break;
    }
    QJsonObject json = result.distribution.toJson(trace);
    // The trace is an open dictionary in the reference package, so the prompt travels with the distribution there.
    QJsonObject t = json.value(QStringLiteral("trace")).toObject();
    t.insert(QStringLiteral("prompt"), request.prompt);
    json.insert(QStringLiteral("trace"), t);
    return QJsonDocument(json).toJson(QJsonDocument::Indented);
}

std::optional<SavedRun> decode(const QByteArray &json, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (doc.isNull()) {
        return fail(error, DistributionFileText::tr("The file is not valid JSON: %1 (at byte %2).")
                               .arg(parseError.errorString())
                               .arg(parseError.offset));
    }
    if (!doc.isObject())
        return fail(error, DistributionFileText::tr(
                               "The file holds JSON but not a distribution: expected an object with \"items\"."));
    const QJsonObject o = doc.object();
    Trace trace;
    QString why;
    const std::optional<Distribution> d = Distribution::fromJson(o, &trace, &why);
    if (!d)
        return fail(error, why);
    if (d->isEmpty())
        return fail(error, DistributionFileText::tr("The distribution in the file has no candidates."));
    const QString prompt = o.value(QStringLiteral("trace")).toObject().value(QStringLiteral("prompt")).toString();
    SavedRun run;
    run.request = requestFromTrace(trace, *d, prompt);
    run.result.distribution = *d;
    run.result.providerId = trace.provider;
    run.result.model = trace.model;
    run.result.latencyMs = std::max<qint64>(trace.latencyMs, 0);
    run.result.simulated = trace.simulated;
    return run;
}

std::optional<SavedRun> fromHistory(const HistoryEntry &entry, QString *error)
{
    QString why;
    const std::optional<Distribution> d = Distribution::fromJson(entry.distribution, nullptr, &why);
    if (!d)
        return fail(error, DistributionFileText::tr("The saved run cannot be read: %1").arg(why));
    const QJsonObject r = entry.result;
    const QJsonObject s = r.value(QStringLiteral("settings")).toObject();

    SavedRun run;
    run.request.prompt = entry.prompt;
    GenerationSettings &g = run.request.settings;
    g.method = Names::parseMethod(entry.method).value_or(g.method);
    g.k = s.value(QStringLiteral("k")).toInt(g.k);
    g.tau = s.value(QStringLiteral("tau")).toDouble(g.tau);
    g.tauMode = Names::parseTauMode(s.value(QStringLiteral("tau_mode")).toString()).value_or(g.tauMode);
    g.minSurvivors = s.value(QStringLiteral("min_survivors")).toInt(g.minSurvivors);
    g.temperature = s.value(QStringLiteral("temperature")).toDouble(g.temperature);
    g.format = Names::parseFormat(s.value(QStringLiteral("format")).toString()).value_or(g.format);
    g.weightMode = Names::parseWeightMode(s.value(QStringLiteral("weights")).toString()).value_or(g.weightMode);
    g.seed = seedOf(s.value(QStringLiteral("seed")));
    run.request.concurrency = s.value(QStringLiteral("concurrency")).toInt(1);

    RunResult &res = run.result;
    res.distribution = *d;
    res.providerId = entry.provider;
    res.model = entry.model;
    res.simulated = entry.simulated;
    res.rawReplies = entry.rawReplies;
    res.url = QUrl(r.value(QStringLiteral("url")).toString());
    res.finishReason = r.value(QStringLiteral("finish_reason")).toString();
    res.latencyMs = qint64(r.value(QStringLiteral("latency_ms")).toDouble());
    res.callCount = r.value(QStringLiteral("calls")).toInt();
    res.reasoning = r.value(QStringLiteral("reasoning")).toString();
    for (const QJsonValue &n : r.value(QStringLiteral("notes")).toArray())
        res.notes.append(n.toString());
    for (const QJsonValue &w : r.value(QStringLiteral("warnings")).toArray()) {
        const QJsonObject wo = w.toObject();
        res.warnings.append(Warning{warningCode(wo.value(QStringLiteral("code")).toString()),
                                    wo.value(QStringLiteral("message")).toString()});
    }
    const QJsonObject usage = r.value(QStringLiteral("usage")).toObject();
    res.usage.inputTokens = usage.value(QStringLiteral("input_tokens")).toInteger(-1);
    res.usage.outputTokens = usage.value(QStringLiteral("output_tokens")).toInteger(-1);
    const QJsonObject e = r.value(QStringLiteral("error")).toObject();
    if (!e.isEmpty() || !entry.errorMessage.isEmpty()) {
        ProviderError pe;
        pe.code = errorCode(e.value(QStringLiteral("code")).toString());
        pe.message = e.value(QStringLiteral("message")).toString(entry.errorMessage);
        pe.httpStatus = e.value(QStringLiteral("http_status")).toInt();
        pe.url = QUrl(e.value(QStringLiteral("url")).toString());
        res.cancelled = pe.code == ProviderError::Code::Cancelled;
        res.error = pe;
    }
    return run;
}

bool write(const QString &path, const QByteArray &bytes, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        if (error)
            *error =
                DistributionFileText::tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    return true;
}

std::optional<SavedRun> read(const QString &path, QString *error)
{
    const QString shown = QDir::toNativeSeparators(path);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(error, DistributionFileText::tr("Cannot open %1: %2").arg(shown, file.errorString()));
    if (file.size() > maxFileBytes)
        return fail(error,
                    DistributionFileText::tr("%1 is too large for a distribution file (over 64 MiB).").arg(shown));
    QString why;
    std::optional<SavedRun> run = decode(file.readAll(), &why);
    if (!run)
        return fail(error, DistributionFileText::tr("%1 is not a distribution VS Lab can open. %2").arg(shown, why));
    return run;
}

} // namespace DistributionFile
