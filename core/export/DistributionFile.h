// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "base/Result.h"
#include "export/HtmlReport.h"
#include "run/Run.h"

#include <QByteArray>
#include <QSize>
#include <QString>

#include <optional>

/// A run brought back from the history database or a distribution file, as the types a live run produces.
struct SavedRun
{
    RunRequest request;
    RunResult result;
};

/**
 * Distribution files: export (JSON in the reference package's to_dict shape, CSV, Markdown, a self-contained HTML
 * report, the chart as SVG and PNG) and import (to_dict JSON written by VS Lab or by the Python package). No API key
 * is ever part of a run, so none can reach a file.
 */
namespace DistributionFile {

enum class Format {
    Json,
    Csv,
    Markdown,
    Html,
    Svg,
    Png
};

/// What a view knows beyond the run: draws, metrics, when it ran, and the PNG size.
struct Extras
{
    /// Observed frequency per rank from the last batch of draws (the chart's grey bars); empty for none.
    QList<double> observed;
    /// The sampler's draws (HTML report).
    QList<SampleDraw> draws;
    /// Diversity metrics of the run (HTML report).
    std::optional<Metrics::MetricsReport> metrics;
    /// When the run ran (HTML report); invalid = not shown.
    QDateTime created;
    /// PNG: the chart's natural (on-screen) size times this.
    double scale = 2.0;
    /// PNG: this width in px instead (the height keeps the chart's aspect); 0 = use scale.
    int pixelWidth = 0;
};

/// Draws SVG bytes into a PNG of `pixels`; empty bytes when it cannot (see setPngRenderer()).
using PngRenderer = QByteArray (*)(const QByteArray &svg, QSize pixels);
/**
 * Core has no Gui: a front end that can draw (the GUI, the CLI with a QGuiApplication) installs the renderer of
 * vslab_render (ChartImage::install()). Without one, encode() gives empty bytes for Format::Png.
 */
void setPngRenderer(PngRenderer renderer);
/// False only for Format::Png while no renderer is installed.
bool canEncode(Format format);
/// The pixel size of the PNG of a chart whose natural size is `natural`.
QSize pngSize(QSize natural, const Extras &extras);

/// Largest file open() reads: far above any real distribution, low enough to refuse a wrong file quickly.
constexpr qint64 maxFileBytes = 64 * 1024 * 1024;

/// By suffix: .csv, .md / .markdown, .html / .htm, .svg, .png, anything else JSON.
Format formatForPath(const QString &path);
/// By name as the CLI's --format takes it: json, csv, md / markdown, html, svg, png; nullopt for anything else.
std::optional<Format> parseFormat(const QString &name);
/// The file-name suffix written for a format, without the dot ("json").
QString suffix(Format format);

/**
 * JSON: Distribution::toJson() of the run's distribution and trace (simulated flag included), the prompt added to
 * the trace as "prompt"; CSV: TextExport::csv(); Markdown: TextExport::markdownDocument(); HTML: HtmlReport;
 * SVG: ChartSvg::document(); PNG: the SVG drawn at pngSize() (empty without a renderer). Text formats in UTF-8.
 */
QByteArray encode(const RunRequest &request, const RunResult &result, Format format);
QByteArray encode(const RunRequest &request, const RunResult &result, Format format, const Extras &extras);
/// Several runs in one self-contained HTML report (HtmlReport::document()).
QByteArray encodeHtml(const QList<HtmlReport::Entry> &runs);

/**
 * Reads a to_dict JSON document: items with text / p / meta, an optional trace (model, provider, method, k, τ,
 * temperature, seed, simulated, prompt). The request and result are filled from the trace; raw replies stay empty.
 * A failure with a message a person can act on when the bytes are not such a document.
 */
Result<SavedRun> decode(const QByteArray &json);

/// Writes atomically (QSaveFile): the old file stays intact when anything fails.
Result<void> write(const QString &path, const QByteArray &bytes);
/// Reads and decodes a JSON distribution file (at most maxFileBytes).
Result<SavedRun> read(const QString &path);

} // namespace DistributionFile
