// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QObject>
#include <QStringList>

class QAction;
class QActionGroup;
class QMainWindow;
class QMenu;

/// The main window's actions, menus and shortcuts, with their texts in the current language.
class WindowActions final : public QObject
{
    Q_OBJECT
public:
    explicit WindowActions(QMainWindow *window);
    ~WindowActions() override;
    Q_DISABLE_COPY_MOVE(WindowActions)

    void retranslate();
    /// Enables what the state allows: a run busy, a distribution to sample from, something to export.
    void update(bool running, bool canSample, bool canExport);
    /// Checks the language in use ("en", "zh_CN").
    void setLanguage(const QString &locale);
    /// Fills File → Open Recent (newest first); an empty list disables the submenu.
    void setRecentFiles(const QStringList &paths);
    /// The paths File → Open Recent offers, in order.
    QStringList recentFiles() const { return m_recentPaths; }
    QMenu *recentMenu() const { return m_recent; }
    /// Lets the tab bars of tabbed docks take keyboard focus (Qt creates them as the docks are tabified).
    void makeDockTabsFocusable();

    QAction *providers = nullptr;
    QAction *open = nullptr;
    QAction *exportDistribution = nullptr;
    QAction *saveChart = nullptr;
    QAction *quit = nullptr;
    QAction *copy = nullptr;
    QAction *copyTsv = nullptr;
    QAction *copyMarkdown = nullptr;
    QAction *starCandidate = nullptr;
    QAction *generate = nullptr;
    QAction *cancel = nullptr;
    QAction *sample = nullptr;
    QAction *sampleMany = nullptr;
    QAction *newDistribution = nullptr;
    QAction *clearDraws = nullptr;
    QAction *showChart = nullptr;
    QAction *showRaw = nullptr;
    QAction *focusPrompt = nullptr;
    QAction *history = nullptr;
    QAction *clearRunHistory = nullptr;
    QAction *lab = nullptr;
    QAction *modelsAction = nullptr;
    QAction *english = nullptr;
    QAction *chinese = nullptr;
    QAction *about = nullptr;
    QAction *whatIsVs = nullptr;
    QAction *showWelcome = nullptr;

Q_SIGNALS:
    /// An entry of File → Open Recent was chosen.
    void recentFileChosen(const QString &path);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QMainWindow *m_window;
    QActionGroup *m_languages = nullptr;
    QMenu *m_file = nullptr;
    QMenu *m_edit = nullptr;
    QMenu *m_run = nullptr;
    QMenu *m_view = nullptr;
    QMenu *m_language = nullptr;
    QMenu *m_help = nullptr;
    QMenu *m_recent = nullptr;
    QStringList m_recentPaths;
};
