// SPDX-License-Identifier: Apache-2.0
#include "FileActions.h"

#include "DistributionChart.h"
#include "FileDialogs.h"
#include "MessageBanner.h"
#include "ResultPane.h"
#include "session/Session.h"

#include <QChartView>
#include <QDir>
#include <QFileInfo>
#include <QSaveFile>
#include <QStandardPaths>

FileActions::FileActions(Session *session, ResultPane *pane, QWidget *window)
    : QObject(window)
    , m_session(session)
    , m_pane(pane)
    , m_window(window)
{}

FileActions::~FileActions() = default;

QString FileActions::folder() const
{
    if (!m_folder.isEmpty() && QFileInfo(m_folder).isDir())
        return m_folder;
    return QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
}

bool FileActions::exportDistribution(const QString &path)
{
    const Result<void> written = m_session->exportTo(path);
    if (!written) {
        m_pane->banner()->showMessage(MessageBanner::Severity::Error, tr("The distribution was not exported."),
                                      {written.message()});
        return false;
    }
    m_folder = QFileInfo(path).absolutePath();
    // Only JSON opens again, so only JSON is offered under File → Open Recent.
    if (DistributionFile::formatForPath(path) == DistributionFile::Format::Json)
        remember(path);
    Q_EMIT done(tr("Exported %n candidate(s) to %1.", nullptr, int(m_session->distribution().size()))
                    .arg(QDir::toNativeSeparators(path)));
    return true;
}

bool FileActions::openDistribution(const QString &path)
{
    const Result<void> opened = m_session->openFile(path);
    if (!opened) {
        // Nothing changes: the distribution shown, its draws and the prompt all stay.
        QStringList details{opened.message()};
        if (!m_session->isRunning())
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

bool FileActions::saveChartImage(const QString &path)
{
    if (m_session->distribution().isEmpty()) {
        m_pane->banner()->showMessage(MessageBanner::Severity::Warning, tr("There is no chart to save yet."));
        return false;
    }
    // The chart view is as tall as all its bars, even where the scroll area hides them.
    const QPixmap image = m_pane->chart()->chartView()->grab();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || !image.save(&file, "PNG") || !file.commit()) {
        const QString reason = file.errorString().isEmpty() ? tr("the image could not be encoded") : file.errorString();
        m_pane->banner()->showMessage(MessageBanner::Severity::Error, tr("The chart was not saved."),
                                      {tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), reason)});
        return false;
    }
    m_folder = QFileInfo(path).absolutePath();
    Q_EMIT done(tr("Saved the chart to %1.").arg(QDir::toNativeSeparators(path)));
    return true;
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
         {tr("Markdown (*.md)"), DistributionFile::suffix(F::Markdown)}},
        [this](const QString &path) { exportDistribution(path); });
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
        m_window, tr("Save chart as PNG"), QDir(folder()).filePath(m_session->suggestedFileName(QStringLiteral("png"))),
        {{tr("PNG image (*.png)"), QStringLiteral("png")}}, [this](const QString &path) { saveChartImage(path); });
}
