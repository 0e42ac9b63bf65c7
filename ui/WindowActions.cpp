// SPDX-License-Identifier: Apache-2.0
#include "WindowActions.h"

#include "FileDialogs.h"
#include "VsIntroDialog.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QChildEvent>
#include <QDir>
#include <QFileInfo>
#include <QMainWindow>
#include <QMenuBar>
#include <QTabBar>

namespace {
QAction *make(QObject *parent, const char *objectName, const QKeySequence &shortcut = {})
{
    auto *a = new QAction(parent);
    a->setObjectName(QLatin1String(objectName));
    if (!shortcut.isEmpty())
        a->setShortcut(shortcut);
    return a;
}
} // namespace

WindowActions::WindowActions(QMainWindow *window)
    : QObject(window)
    , m_window(window)
{
    providers = make(this, "providersAction", QKeySequence::Preferences);
    // Only macOS and KDE define a Preferences key; elsewhere use the common Ctrl+, so the shortcut always exists.
    if (providers->shortcut().isEmpty())
        providers->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    open = make(this, "openDistributionAction", QKeySequence::Open);
    exportDistribution = make(this, "exportDistributionAction", QKeySequence::Save);
    saveChart = make(this, "saveChartAction");
    quit = make(this, "quitAction", QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);
    copy = make(this, "copyAction", QKeySequence::Copy);
    // Only while the table has focus, so Ctrl+C still copies text in the prompt editor.
    copy->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    copyTsv = make(this, "copyTsvAction");
    copyMarkdown = make(this, "copyMarkdownAction");
    starCandidate = make(this, "starCandidateAction", QKeySequence(Qt::CTRL | Qt::Key_B));
    starCandidate->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    generate = make(this, "generateAction");
    generate->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)});
    cancel = make(this, "cancelAction", QKeySequence(Qt::Key_Escape));
    sample = make(this, "sampleAction", QKeySequence(Qt::CTRL | Qt::Key_D));
    sampleMany = make(this, "sampleManyAction", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
    newDistribution = make(this, "newDistributionAction", QKeySequence(Qt::CTRL | Qt::Key_R));
    clearDraws = make(this, "clearDrawsAction");
    showChart = make(this, "showChartAction", QKeySequence(Qt::CTRL | Qt::Key_1));
    showRaw = make(this, "showRawAction", QKeySequence(Qt::CTRL | Qt::Key_2));
    focusPrompt = make(this, "focusPromptAction", QKeySequence(Qt::CTRL | Qt::Key_L));
    history = make(this, "runHistoryAction", QKeySequence(Qt::CTRL | Qt::Key_H));
    history->setCheckable(true);
    history->setChecked(true);
    clearRunHistory = make(this, "clearRunHistoryAction");
    lab = make(this, "labAction", QKeySequence(Qt::CTRL | Qt::Key_M));
    modelsAction = make(this, "modelsAction", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M));
    about = make(this, "aboutAction");
    whatIsVs = make(this, "whatIsVsAction", QKeySequence::HelpContents);
    showWelcome = make(this, "showWelcomeAction");

    m_languages = new QActionGroup(this);
    // Language names are written in their own language so anyone can find theirs.
    english = new QAction(QStringLiteral("English"), m_languages);
    english->setData(QStringLiteral("en"));
    chinese = new QAction(QStringLiteral("简体中文"), m_languages);
    chinese->setData(QStringLiteral("zh_CN"));
    english->setCheckable(true);
    chinese->setCheckable(true);

    QMenuBar *bar = window->menuBar();
    m_file = bar->addMenu(QString());
    m_file->addAction(open);
    m_recent = m_file->addMenu(QString());
    m_recent->setObjectName(QStringLiteral("recentMenu"));
    m_recent->setEnabled(false);
    m_file->addActions({exportDistribution, saveChart});
    m_file->addSeparator();
    m_file->addAction(providers);
    m_file->addSeparator();
    m_file->addAction(quit);
    m_edit = bar->addMenu(QString());
    m_edit->addActions({copy, copyTsv, copyMarkdown, starCandidate});
    m_run = bar->addMenu(QString());
    m_run->addActions({generate, cancel});
    m_run->addSeparator();
    m_run->addActions({sample, sampleMany, newDistribution, clearDraws});
    m_view = bar->addMenu(QString());
    m_view->addActions({showChart, showRaw, focusPrompt});
    m_view->addSeparator();
    m_view->addActions({history, clearRunHistory});
    m_view->addSeparator();
    m_view->addActions({lab, modelsAction});
    m_language = bar->addMenu(QString());
    m_language->setObjectName(QStringLiteral("languageMenu"));
    m_language->addActions({english, chinese});
    m_help = bar->addMenu(QString());
    m_help->addActions({whatIsVs, showWelcome});
    m_help->addSeparator();
    m_help->addAction(about);
    // Window-wide shortcuts must work even while the menu bar is hidden or the focus is in a child.
    window->addActions({generate, cancel, sample, sampleMany, newDistribution, showChart, showRaw, focusPrompt,
                        providers, quit, open, exportDistribution, history, whatIsVs, lab, modelsAction});
    // Informational dialogs need nothing from the window but a parent.
    connect(whatIsVs, &QAction::triggered, this, [this] { VsIntroDialog::showFor(m_window); });
    connect(about, &QAction::triggered, this, [this] {
        FileDialogs::inform(m_window, tr("About VS Lab"),
                            tr("<p><b>VS Lab %1</b></p><p>A workbench for Verbalized Sampling (arXiv 2510.01171): ask "
                               "a model for k answers with probabilities, see the distribution, sample from it.</p>")
                                .arg(QApplication::applicationVersion()));
    });
    window->installEventFilter(this);
    retranslate();
}

void WindowActions::makeDockTabsFocusable()
{
    const auto bars = m_window->findChildren<QTabBar *>(QString(), Qt::FindDirectChildrenOnly);
    for (QTabBar *bar : bars) {
        bar->setFocusPolicy(Qt::StrongFocus);
        bar->setAccessibleName(tr("Side panels"));
    }
}

bool WindowActions::eventFilter(QObject *watched, QEvent *event)
{
    // QMainWindow creates and reuses dock tab bars as docks are tabified, shown and hidden.
    if (watched == m_window && event->type() == QEvent::ChildPolished &&
        qobject_cast<QTabBar *>(static_cast<QChildEvent *>(event)->child()))
        makeDockTabsFocusable();
    return QObject::eventFilter(watched, event);
}

void WindowActions::setRecentFiles(const QStringList &paths)
{
    m_recentPaths = paths;
    m_recent->clear();
    for (int i = 0; i < paths.size(); ++i) {
        const QString path = paths.at(i);
        // "&1 name.json — /folder": a number to press, the name to recognise, the folder to tell twins apart.
        const QString text = QStringLiteral("&%1 %2 — %3")
                                 .arg(i + 1)
                                 .arg(QFileInfo(path).fileName().replace(QLatin1Char('&'), QStringLiteral("&&")),
                                      QDir::toNativeSeparators(QFileInfo(path).absolutePath()));
        QAction *action = m_recent->addAction(text);
        action->setObjectName(QStringLiteral("recentFile%1").arg(i));
        action->setData(path);
        connect(action, &QAction::triggered, this, [this, path] { Q_EMIT recentFileChosen(path); });
    }
    m_recent->setEnabled(!paths.isEmpty());
}

WindowActions::~WindowActions() = default;

void WindowActions::update(bool running, bool canSample, bool canExport)
{
    generate->setEnabled(!running);
    newDistribution->setEnabled(!running);
    cancel->setEnabled(running);
    sample->setEnabled(canSample);
    sampleMany->setEnabled(canSample);
    exportDistribution->setEnabled(canExport);
    saveChart->setEnabled(canExport);
    open->setEnabled(!running);
    m_recent->setEnabled(!running && !m_recentPaths.isEmpty());
}

void WindowActions::setLanguage(const QString &locale)
{
    (locale.startsWith(QLatin1String("zh")) ? chinese : english)->setChecked(true);
}

void WindowActions::retranslate()
{
    m_file->setTitle(tr("&File"));
    m_edit->setTitle(tr("&Edit"));
    m_run->setTitle(tr("&Run"));
    m_view->setTitle(tr("&View"));
    m_language->setTitle(tr("&Language"));
    m_help->setTitle(tr("&Help"));
    providers->setText(tr("&Providers…"));
    open->setText(tr("&Open distribution…"));
    open->setToolTip(tr("Show a distribution saved as JSON, by VS Lab or the Python package, to sample from it"));
    exportDistribution->setText(tr("&Export distribution…"));
    exportDistribution->setToolTip(tr("Save the distribution shown as JSON, CSV or Markdown"));
    saveChart->setText(tr("Save chart as P&NG…"));
    history->setText(tr("Run &history"));
    history->setToolTip(tr("Show or hide the saved runs (Ctrl+H)"));
    clearRunHistory->setText(tr("C&lear run history…"));
    lab->setText(tr("Mode-&collapse lab…"));
    lab->setToolTip(tr("Compare direct prompting with Verbalized Sampling over many responses (Ctrl+M)"));
    modelsAction->setText(tr("&Models side by side…"));
    modelsAction->setToolTip(tr("Run the same prompt and methods on several models at once (Ctrl+Shift+M)"));
    quit->setText(tr("&Quit"));
    copy->setText(tr("&Copy candidate"));
    copyTsv->setText(tr("Copy all as &TSV"));
    copyMarkdown->setText(tr("Copy all as &Markdown"));
    starCandidate->setText(tr("&Star candidate"));
    starCandidate->setToolTip(tr("Star or unstar the selected candidates of this saved run (Ctrl+B); the run "
                                 "history keeps the stars"));
    generate->setText(tr("&Generate"));
    cancel->setText(tr("&Cancel"));
    sample->setText(tr("&Sample"));
    sampleMany->setText(tr("Sample &many"));
    newDistribution->setText(tr("&New distribution"));
    clearDraws->setText(tr("C&lear draw history"));
    showChart->setText(tr("&Distribution"));
    showRaw->setText(tr("&Raw view"));
    focusPrompt->setText(tr("&Edit prompt"));
    about->setText(tr("&About VS Lab"));
    whatIsVs->setText(tr("&What is Verbalized Sampling?"));
    showWelcome->setText(tr("Show &welcome"));
    showWelcome->setToolTip(tr("Show the welcome panel with the demo model's prompts again"));
    m_recent->setTitle(tr("Open &Recent"));
    makeDockTabsFocusable();
}
