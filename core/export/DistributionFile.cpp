// SPDX-License-Identifier: Apache-2.0
#include "DistributionFile.h"

#include "export/ChartSvg.h"
#include "export/HtmlReport.h"
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

/// What a file VS Lab exports but cannot read is ("a CSV table"), by its content or suffix; empty for JSON or unknown.
QString exportKind(const QString &path, const QByteArray &bytes)
{
    const QByteArray head = bytes.left(512).trimmed().toLower();
    if (bytes.startsWith("\x89PNG\r\n\x1a\n"))
        return DistributionFileText::tr("a PNG image");
    if (head.startsWith("<!doctype html") || head.startsWith("<html"))
        return DistributionFileText::tr("an HTML report");
    if (head.startsWith("<svg") || (head.startsWith("<?xml") && head.contains("<svg")))
        return DistributionFileText::tr("an SVG image");
    if (head.startsWith("{") || head.startsWith("["))
        return {};
    const QString ext = QFileInfo(path).suffix().toLower();
    if (ext == QLatin1String("csv") || head.startsWith("rank,text,"))
        return DistributionFileText::tr("a CSV table");
    if (ext == QLatin1String("md") || ext == QLatin1String("markdown"))
        return DistributionFileText::tr("a Markdown document");
    return {};
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

namespace {
PngRenderer pngRenderer = nullptr;
} // namespace

void setPngRenderer(PngRenderer renderer)
{
    pngRenderer = renderer;
}

bool canEncode(Format format)
{
    return format != Format::Png || pngRenderer != nullptr;
}

QSize pngSize(QSize natural, const Extras &extras)
{
    if (natural.isEmpty())
        return {};
    if (extras.pixelWidth > 0) {
        const double h = double(natural.height()) * extras.pixelWidth / natural.width();
        return {extras.pixelWidth, std::max(1, int(std::lround(h)))};
    }
    const double scale = extras.scale > 0.0 ? extras.scale : 2.0;
    return {int(std::lround(natural.width() * scale)), int(std::lround(natural.height() * scale))};
}

Format formatForPath(const QString &path)
{
    return parseFormat(QFileInfo(path).suffix()).value_or(Format::Json);
}

std::optional<Format> parseFormat(const QString &name)
{
    const QString ext = name.toLower();
    if (ext == QLatin1String("json"))
        return Format::Json;
    if (ext == QLatin1String("csv"))
        return Format::Csv;
    if (ext == QLatin1String("md") || ext == QLatin1String("markdown"))
        return Format::Markdown;
    if (ext == QLatin1String("html") || ext == QLatin1String("htm"))
        return Format::Html;
    if (ext == QLatin1String("svg"))
        return Format::Svg;
    if (ext == QLatin1String("png"))
        return Format::Png;
    return std::nullopt;
}

QString suffix(Format format)
{
    switch (format) {
    case Format::Csv:
        return QStringLiteral("csv");
    case Format::Markdown:
        return QStringLiteral("md");
    case Format::Html:
        return QStringLiteral("html");
    case Format::Svg:
        return QStringLiteral("svg");
    case Format::Png:
        return QStringLiteral("png");
    case Format::Json:
        break;
    }
    return QStringLiteral("json");
}

QByteArray encode(const RunRequest &request, const RunResult &result, Format format)
{
    return encode(request, result, format, Extras());
}

QByteArray encodeHtml(const QList<HtmlReport::Entry> &runs)
{
    return HtmlReport::document(runs).toUtf8();
}

QByteArray encode(const RunRequest &request, const RunResult &result, Format format, const Extras &extras)
{
    const Trace trace = result.trace(request);
    const ChartSvg::Chart chart = ChartSvg::fromRun(request, result, extras.observed);
    switch (format) {
    case Format::Csv:
        return TextExport::csv(result.distribution.items(), result.simulated).toUtf8();
    case Format::Markdown:
        return TextExport::markdownDocument(result.distribution.items(), trace, request.prompt).toUtf8();
    case Format::Html:
        return HtmlReport::document(
                   HtmlReport::Entry{request, result, extras.created, extras.observed, extras.draws, extras.metrics})
            .toUtf8();
    case Format::Svg:
        return ChartSvg::document(chart).toUtf8();
    case Format::Png:
        return pngRenderer ? pngRenderer(ChartSvg::document(chart).toUtf8(), pngSize(ChartSvg::size(chart), extras))
                           : QByteArray();
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
    const QByteArray bytes = file.readAll();
    const QString kind = exportKind(path, bytes);
    if (!kind.isEmpty())
        return unreadable(DistributionFileText::tr("%1 is %2: VS Lab writes such files but cannot open them. It opens "
                                                   "distributions saved as JSON (.json) by VS Lab or by the Python "
                                                   "package verbalized-sampling (to_dict).")
                              .arg(shown, kind));
    Result<SavedRun> run = decode(bytes);
    if (!run)
        return unreadable(
            DistributionFileText::tr("%1 is not a distribution VS Lab can open. %2").arg(shown, run.message()));
    return run;
}

} // namespace DistributionFile
