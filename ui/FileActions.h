// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "export/DistributionFile.h"

#include <QObject>
#include <QString>
#include <QStringList>

#include <functional>

class MessageBanner;
class QWidget;
class ResultPane;
class Session;

/**
 * Export, open and chart-image files for the main window: asks for paths with window-modal dialogs, lets the Session
 * read or write, and says where each file went or why it failed (banner for failures, `saved` for the status bar).
 */
class FileActions final : public QObject
{
    Q_OBJECT
public:
    FileActions(Session *session, ResultPane *pane, QWidget *window);
    ~FileActions() override;
    Q_DISABLE_COPY_MOVE(FileActions)

    /// The folder the dialogs start in: the last one used, else Documents.
    QString folder() const;
    QString lastFolder() const { return m_folder; }
    void setLastFolder(const QString &dir) { m_folder = dir; }

    /**
     * Writes the distribution shown in the format of the suffix (JSON, CSV, Markdown, HTML report, SVG or PNG chart);
     * HTML, SVG and PNG include the draws. `pixelWidth` sets a PNG's width (0 = twice the chart's on-screen size).
     */
    bool exportDistribution(const QString &path, int pixelWidth = 0);
    bool openDistribution(const QString &path);
    /// The chart, every bar and the complete legend, nothing selected: SVG for a .svg path, else PNG.
    bool saveChartImage(const QString &path, int pixelWidth = 0);
    /// The chart's natural ("on-screen") size, which a PNG doubles by default.
    QSize chartSize() const;
    /// Opens an entry of File → Open Recent; a file that is gone is dropped from the list, with a message.
    bool openRecent(const QString &path);

    /// Distribution files opened or exported as JSON, newest first, at most kMaxRecent.
    QStringList recentFiles() const { return m_recent; }
    void setRecentFiles(const QStringList &paths);
    static constexpr int kMaxRecent = 8;

    void showExportDialog();
    void showOpenDialog();
    void showSaveChartDialog();

Q_SIGNALS:
    /// A file was written or read: one line saying which and where.
    void done(const QString &message);
    void recentFilesChanged(const QStringList &paths);

private:
    void remember(const QString &path);
    /// Draws of the distribution shown and the PNG width, for the formats that show them.
    DistributionFile::Extras extras(int pixelWidth) const;
    /// Writes `format` of the distribution shown; the error message, empty on success.
    QString write(const QString &path, DistributionFile::Format format, int pixelWidth) const;
    /// Asks for the PNG size when `path` is a PNG, then runs `save` with the width (0 for other formats).
    void withImageWidth(const QString &path, const std::function<void(int)> &save);

    Session *m_session;
    ResultPane *m_pane;
    QWidget *m_window;
    QString m_folder;
    QStringList m_recent;
};
