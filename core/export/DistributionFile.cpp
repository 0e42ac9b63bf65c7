// SPDX-License-Identifier: Apache-2.0
#include "DistributionFile.h"

#include "export/TextExport.h"

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
Failure unreadable(const QString &message)
{
    return fail(Failure::Kind::BadInput, message);
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

Result<SavedRun> decode(const QByteArray &json)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (doc.isNull()) {
        return unreadable(DistributionFileText::tr("The file is not valid JSON: %1 (at byte %2).")
                              .arg(parseError.errorString())
                              .arg(parseError.offset));
    }
    if (!doc.isObject())
        return unreadable(
            DistributionFileText::tr("The file holds JSON but not a distribution: expected an object with \"items\"."));
    const QJsonObject o = doc.object();
    Trace trace;
    QString why;
    const std::optional<Distribution> d = Distribution::fromJson(o, &trace, &why);
    if (!d)
        return unreadable(why);
    if (d->isEmpty())
        return unreadable(DistributionFileText::tr("The distribution in the file has no candidates."));
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

Result<void> write(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return fail(
            Failure::Kind::Io,
            DistributionFileText::tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    return {};
}

Result<SavedRun> read(const QString &path)
{
    const QString shown = QDir::toNativeSeparators(path);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(Failure::Kind::Io, DistributionFileText::tr("Cannot open %1: %2").arg(shown, file.errorString()));
    if (file.size() > maxFileBytes)
        return unreadable(
            DistributionFileText::tr("%1 is too large for a distribution file (over 64 MiB).").arg(shown));
    Result<SavedRun> run = decode(file.readAll());
    if (!run)
        return unreadable(
            DistributionFileText::tr("%1 is not a distribution VS Lab can open. %2").arg(shown, run.message()));
    return run;
}

} // namespace DistributionFile
