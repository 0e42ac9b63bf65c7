// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QObject>
#include <QString>
#include <QStringList>

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

    bool exportDistribution(const QString &path);
    bool openDistribution(const QString &path);
    bool saveChartImage(const QString &path);
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

    Session *m_session;
    ResultPane *m_pane;
    QWidget *m_window;
    QString m_folder;
    QStringList m_recent;
};
