// SPDX-License-Identifier: Apache-2.0
#include "FileActions.h"

#include "ChartImage.h"
#include "export/ChartSvg.h"
#include "FileDialogs.h"
#include "MessageBanner.h"
#include "ResultPane.h"
#include "session/Session.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

FileActions::FileActions(Session *session, ResultPane *pane, QWidget *window)
    : QObject(window)
    , m_session(session)
    , m_pane(pane)
    , m_window(window)
{
    // Every export path (this window's, and Session::exportTo) can then write PNG charts.
    ChartImage::install();
}

FileActions::~FileActions() = default;

QString FileActions::folder() const
{
    if (!m_folder.isEmpty() && QFileInfo(m_folder).isDir())
        return m_folder;
    return QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
}

DistributionFile::Extras FileActions::extras(int pixelWidth) const
{
    DistributionFile::Extras e;
    const SessionSampler &sampler = m_session->sampler();
    // Draws of the distribution shown only: a sampler keeps the history of earlier distributions too.
    if (sampler.observedTotal() > 0 && sampler.observedCounts().size() == m_session->distribution().size())
        e.observed = sampler.observedFrequencies();
    for (const SampleDraw &draw : sampler.history()) {
        if (draw.distribution == sampler.generation())
            e.draws.append(draw);
    }
    e.pixelWidth = pixelWidth;
    return e;
}

QString FileActions::write(const QString &path, DistributionFile::Format format, int pixelWidth) const
{
    using F = DistributionFile::Format;
    if (format == F::Json || format == F::Csv || format == F::Markdown) {
        const Result<void> written = m_session->exportTo(path);
        return written ? QString() : written.message();
    }
    RunResult result = m_session->result().value_or(RunResult());
    if (!m_session->result()) {
        result.distribution = m_session->distribution();
        result.simulated = m_session->isShownSimulated();
    }
    const QByteArray bytes = DistributionFile::encode(m_session->request(), result, format, extras(pixelWidth));
    if (bytes.isEmpty())
        return tr("Cannot write %1: the image could not be drawn.").arg(QDir::toNativeSeparators(path));
    const Result<void> written = DistributionFile::write(path, bytes);
    return written ? QString() : written.message();
}

QSize FileActions::chartSize() const
{
    const std::optional<RunResult> &result = m_session->result();
    ChartSvg::Chart chart = ChartSvg::fromRun(m_session->request(), result.value_or(RunResult()), extras(0).observed);
    chart.items = m_session->distribution().items();
    return ChartSvg::size(chart);
}

bool FileActions::exportDistribution(const QString &path, int pixelWidth)
{
    using F = DistributionFile::Format;
    const F format = DistributionFile::formatForPath(path);
    // With nothing to export, the session says so.
    const QString error =
        m_session->canExport() ? write(path, format, pixelWidth) : m_session->exportTo(path).message();
    if (!error.isEmpty()) {
        m_pane->banner()->showMessage(MessageBanner::Severity::Error, tr("The distribution was not exported."),
                                      {error});
        return false;
    }
    m_folder = QFileInfo(path).absolutePath();
    // Only JSON opens again, so only JSON is offered under File → Open Recent.
    if (format == F::Json)
        remember(path);
    const QString shown = QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath());
    const int n = int(m_session->distribution().size());
    if (format == F::Html)
        Q_EMIT done(tr("Saved the report of %n candidate(s) to %1.", nullptr, n).arg(shown));
    else if (format == F::Svg || format == F::Png)
        Q_EMIT done(tr("Saved the chart to %1.").arg(shown));
    else
        Q_EMIT done(tr("Exported %n candidate(s) to %1.", nullptr, n).arg(shown));
    return true;
}

bool FileActions::openDistribution(const QString &path)
{
    const Result<void> opened = m_session->openFile(path);
    if (!opened) {
        // Nothing changes: the distribution shown, its draws and the prompt all stay.
        QStringList details{opened.message()};
        // For VS Lab's own exports (CSV, HTML, SVG, PNG, Markdown) the message already names what opens.
        if (!m_session->isRunning() && DistributionFile::formatForPath(path) == DistributionFile::Format::Json)
            details.append(tr("VS Lab opens distributions saved as JSON by VS Lab or by the Python package "
                              "verbalized-sampling (to_dict)."));
        m_pane->banner()->showMessage(MessageBanner::Severity::Error, tr("The file could not be opened."), details);
        return false;
    }
    m_folder = QFileInfo(path).absolutePath();
    remember(path);
    Q_EMIT done(tr("Opened %n candidate(s) from %1.", nullptr, int(m_session->distribution().size()))
                    .arg(QDir::toNativeSeparators(path)));
    return true;
}

bool FileActions::openRecent(const QString &path)
{
    if (!QFileInfo(path).isFile()) {
        m_recent.removeAll(path);
        Q_EMIT recentFilesChanged(m_recent);
        Q_EMIT done(
            tr("%1 is no longer there; it was removed from the recent files.").arg(QDir::toNativeSeparators(path)));
        return false;
    }
    return openDistribution(path);
}

void FileActions::setRecentFiles(const QStringList &paths)
{
    m_recent.clear();
    for (const QString &path : paths) {
        if (!path.isEmpty() && !m_recent.contains(path) && m_recent.size() < kMaxRecent)
            m_recent.append(path);
    }
    Q_EMIT recentFilesChanged(m_recent);
}

void FileActions::remember(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    m_recent.removeAll(absolute);
    m_recent.prepend(absolute);
    while (m_recent.size() > kMaxRecent)
        m_recent.removeLast();
    Q_EMIT recentFilesChanged(m_recent);
}

bool FileActions::saveChartImage(const QString &path, int pixelWidth)
{
    if (m_session->distribution().isEmpty()) {
        m_pane->banner()->showMessage(MessageBanner::Severity::Warning, tr("There is no chart to save yet."));
        return false;
    }
    // The same picture as File → Export: every bar, the whole legend, nothing selected.
    using F = DistributionFile::Format;
    const F format = DistributionFile::formatForPath(path) == F::Svg ? F::Svg : F::Png;
    const QString error = write(path, format, pixelWidth);
    if (!error.isEmpty()) {
        m_pane->banner()->showMessage(MessageBanner::Severity::Error, tr("The chart was not saved."), {error});
        return false;
    }
    m_folder = QFileInfo(path).absolutePath();
    Q_EMIT done(tr("Saved the chart to %1.").arg(QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath())));
    return true;
}

void FileActions::withImageWidth(const QString &path, const std::function<void(int)> &save)
{
    if (DistributionFile::formatForPath(path) != DistributionFile::Format::Png) {
        save(0);
        return;
    }
    FileDialogs::askImageWidth(m_window, chartSize(), save);
}

void FileActions::showExportDialog()
{
    if (!m_session->canExport())
        return;
    using F = DistributionFile::Format;
    FileDialogs::askSavePath(
        m_window, tr("Export distribution"),
        QDir(folder()).filePath(m_session->suggestedFileName(QStringLiteral("json"))),
        {{tr("JSON distribution, reference package format (*.json)"), DistributionFile::suffix(F::Json)},
         {tr("CSV table (*.csv)"), DistributionFile::suffix(F::Csv)},
         {tr("Markdown (*.md)"), DistributionFile::suffix(F::Markdown)},
         {tr("HTML report, opens offline in any browser (*.html)"), DistributionFile::suffix(F::Html)},
         {tr("Chart as SVG (*.svg)"), DistributionFile::suffix(F::Svg)},
         {tr("Chart as PNG image (*.png)"), DistributionFile::suffix(F::Png)}},
        [this](const QString &path) {
            withImageWidth(path, [this, path](int width) { exportDistribution(path, width); });
        });
}

void FileActions::showOpenDialog()
{
    if (m_session->isRunning())
        return;
    FileDialogs::askOpenPath(m_window, tr("Open distribution"), folder(),
                             tr("Distributions (*.json)") + QStringLiteral(";;") + tr("All files (*)"),
                             [this](const QString &path) { openDistribution(path); });
}

void FileActions::showSaveChartDialog()
{
    if (!m_session->canExport())
        return;
    FileDialogs::askSavePath(
        m_window, tr("Save chart image"), QDir(folder()).filePath(m_session->suggestedFileName(QStringLiteral("png"))),
        {{tr("PNG image (*.png)"), QStringLiteral("png")}, {tr("SVG image (*.svg)"), QStringLiteral("svg")}},
        [this](const QString &path) {
            withImageWidth(path, [this, path](int width) { saveChartImage(path, width); });
        });
}
