// SPDX-License-Identifier: Apache-2.0
#include "MainWindow.h"

#include "CandidateTableView.h"
#include "FileActions.h"
#include "FileDropFilter.h"
#include "GenerationPanel.h"
#include "HistoryPanel.h"
#include "I18n.h"
#include "LabWindow.h"
#include "MessageBanner.h"
#include "ModelsWindow.h"
#include "ProvidersDialog.h"
#include "RawView.h"
#include "ResultPane.h"
#include "RunStatus.h"
#include "SamplingPanel.h"
#include "session/AppSettings.h"
#include "session/ProviderRegistry.h"
#include "WelcomePanel.h"
#include "WindowActions.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QPlainTextEdit>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QTimer>

MainWindow::MainWindow(std::unique_ptr<SecretStore> secrets, QWidget *parent)
    : QMainWindow(parent)
    , m_providers(new ProviderRegistry(std::move(secrets), this))
    , m_session(new Session(m_providers, this))
    , m_settings(std::make_unique<AppSettings>())
{
    setObjectName(QStringLiteral("mainWindow"));
    buildUi();
    m_actions = new WindowActions(this);
    connectSession();
    connectProviders();
    connectActions();
    QList<std::pair<QString, QString>> presets;
    for (const ProviderPreset &p : ProviderPreset::all())
        presets.append({p.id, p.displayName});
    m_panel->setProviders(presets);
    loadSettings();
    retranslateUi();
    updateState();
    updatePreview();
    // Opening SQLite costs a few milliseconds: do it after the first paint, before any run can finish.
    QTimer::singleShot(0, this, [this] {
        if (!m_historyTried && m_session->historyEnabled())
            openHistory();
    });
}

MainWindow::~MainWindow()
{
    // ~QWidget hides the docks after this object stopped being a MainWindow: their signals must not reach us.
    disconnect(m_historyDock, nullptr, this, nullptr);
    disconnect(m_samplingDock, nullptr, this, nullptr);
    disconnect(m_session, nullptr, this, nullptr);
    disconnect(m_providers, nullptr, this, nullptr);
    saveSettings();
    m_session->cancel();
}

void MainWindow::buildUi()
{
    m_panel = new GenerationPanel;
    m_result = new ResultPane(m_session);

    m_mainSplit = new QSplitter(Qt::Horizontal, this);
    m_mainSplit->setObjectName(QStringLiteral("mainSplitter"));
    m_mainSplit->addWidget(m_panel->withScrolling());
    m_mainSplit->addWidget(m_result);
    m_mainSplit->setStretchFactor(0, 0);
    m_mainSplit->setStretchFactor(1, 1);
    m_mainSplit->setSizes({330, 760});
    setCentralWidget(m_mainSplit);

    // Sampling and the run history share the right-hand column as tabs, so the history never takes room from the
    // chart; the sampling tab is in front, and Ctrl+H brings the history forward.
    m_sampling = new SamplingPanel;
    m_samplingDock = new QDockWidget(this);
    m_samplingDock->setObjectName(QStringLiteral("samplingDock"));
    m_samplingDock->setWidget(m_sampling);
    m_samplingDock->setFeatures(QDockWidget::NoDockWidgetFeatures);
    m_samplingDock->setTitleBarWidget(new QWidget(m_samplingDock));
    m_historyPanel = new HistoryPanel;
    m_historyDock = new QDockWidget(this);
    m_historyDock->setObjectName(QStringLiteral("runHistoryDock"));
    m_historyDock->setWidget(m_historyPanel);
    m_historyDock->setFeatures(QDockWidget::DockWidgetClosable);
    m_historyDock->setTitleBarWidget(new QWidget(m_historyDock));
    setTabPosition(Qt::RightDockWidgetArea, QTabWidget::North);
    addDockWidget(Qt::RightDockWidgetArea, m_samplingDock);
    addDockWidget(Qt::RightDockWidgetArea, m_historyDock);
    tabifyDockWidget(m_samplingDock, m_historyDock);
    m_samplingDock->raise();
    resizeDocks({m_samplingDock}, {300}, Qt::Horizontal);

    m_status = new RunStatus(m_session, this);
    statusBar()->addPermanentWidget(m_status, 1);
    m_files = new FileActions(m_session, m_result, this);
    connect(m_files, &FileActions::done, this, &MainWindow::flash);
    new FileDropFilter(m_files, this);
    connect(m_result, &ResultPane::copied, this, &MainWindow::flash);
    connect(m_result->banner(), &MessageBanner::suggestionActivated, m_panel, &GenerationPanel::setPrompt);
    connect(m_result->banner(), &MessageBanner::suggestionActivated, this, &MainWindow::generate);

    m_tick = new QTimer(this);
    m_tick->setInterval(100);
    connect(m_tick, &QTimer::timeout, m_status, &RunStatus::showRunning);
    // Candidates can arrive faster than a frame; redraw at most every 30 ms.
    m_refresh = new QTimer(this);
    m_refresh->setSingleShot(true);
    m_refresh->setInterval(30);
    connect(m_refresh, &QTimer::timeout, this, [this] {
        if (m_session->isRunning())
            m_result->showDistribution(true);
    });
    m_previewTimer = new QTimer(this);
    m_previewTimer->setSingleShot(true);
    m_previewTimer->setInterval(200);
    connect(m_previewTimer, &QTimer::timeout, this, &MainWindow::updatePreview);
}

void MainWindow::connectSession()
{
    Session *s = m_session;
    connect(s, &Session::runStarted, this, &MainWindow::onRunStarted);
    connect(s, &Session::callStarted, m_result->raw(), &RawView::addCall);
    connect(s, &Session::rawText, m_result->raw(), &RawView::appendReply);
    connect(s, &Session::candidateArrived, this, [this] {
        if (!m_refresh->isActive())
            m_refresh->start();
    });
    connect(s, &Session::runFinished, this, &MainWindow::onRunFinished);
    connect(s, &Session::loaded, this, &MainWindow::onLoaded);
    m_historyPanel->attach(s);
    connect(m_historyPanel, &HistoryPanel::notice, this, &MainWindow::flash);
    connect(m_historyPanel, &HistoryPanel::failed, this, [this](const QString &headline, const QString &reason) {
        m_result->banner()->showMessage(MessageBanner::Severity::Error, headline, {reason});
    });
    connect(s, &Session::historyFailed, this, [this](const QString &message) {
        if (m_result->banner()->headline().isEmpty())
            m_result->banner()->showMessage(MessageBanner::Severity::Warning, message);
        else
            flash(message);
    });

    m_sampling->attach(s);
    connect(m_sampling, &SamplingPanel::drawSelected, m_result, &ResultPane::selectRank);
    connect(m_sampling, &SamplingPanel::observed, m_result, &ResultPane::showObserved);
    connect(m_sampling, &SamplingPanel::newDistributionRequested, this, &MainWindow::generate);
}

void MainWindow::connectProviders()
{
    connect(m_providers, &ProviderRegistry::currentChanged, this, &MainWindow::onProviderChanged);
    connect(m_providers, &ProviderRegistry::modelsFetching, this,
            [this] { m_panel->setModelNote(tr("Fetching the model list…")); });
    connect(m_providers, &ProviderRegistry::modelsListed, this,
            [this](const QStringList &models, const QString &error) {
                if (!error.isEmpty()) {
                    m_panel->setModelNote(tr("Could not list models: %1").arg(error));
                    return;
                }
                m_panel->setModels(models);
                m_panel->setModelNote(models.isEmpty() ? QString()
                                                       : tr("%n model(s) offered", nullptr, int(models.size())));
            });
    connect(m_providers, &ProviderRegistry::keychainFailed, this, [this](const QString &message) {
        m_result->banner()->showMessage(MessageBanner::Severity::Warning, message);
    });
    connect(m_panel, &GenerationPanel::providerChanged, this,
            [this](const QString &id) { (void)m_providers->setCurrent(id); });
    connect(m_panel, &GenerationPanel::modelChanged, m_providers, &ProviderRegistry::setModel);
    connect(m_panel, &GenerationPanel::settingsChanged, this, [this] {
        m_providers->setTransport(m_panel->transport());
        m_providers->setDemoSpeed(m_panel->demoSpeed());
        if (const GenerationSettings s = m_panel->settings(); s.seed)
            m_session->setNextSeed(*s.seed);
        m_previewTimer->start();
    });
    connect(m_panel, &GenerationPanel::promptChanged, m_previewTimer, qOverload<>(&QTimer::start));
}

void MainWindow::connectActions()
{
    WindowActions *a = m_actions;
    connect(a->providers, &QAction::triggered, this, &MainWindow::showProvidersDialog);
    connect(a->open, &QAction::triggered, m_files, &FileActions::showOpenDialog);
    connect(a->exportDistribution, &QAction::triggered, m_files, &FileActions::showExportDialog);
    connect(a->saveChart, &QAction::triggered, m_files, &FileActions::showSaveChartDialog);
    connect(a->quit, &QAction::triggered, this, &QWidget::close);
    connect(a->copy, &QAction::triggered, m_result, &ResultPane::copySelected);
    connect(a->copyTsv, &QAction::triggered, m_result, &ResultPane::copyAllTsv);
    connect(a->copyMarkdown, &QAction::triggered, m_result, &ResultPane::copyAllMarkdown);
    connect(a->starCandidate, &QAction::triggered, this, [this] {
        if (const Result<void> starred = m_session->toggleCandidateStars(m_result->selectedRows()); !starred)
            flash(starred.message());
    });
    m_result->table()->addActions({a->copy, a->copyTsv, a->copyMarkdown, a->starCandidate});
    connect(a->generate, &QAction::triggered, this, &MainWindow::generate);
    connect(a->newDistribution, &QAction::triggered, this, &MainWindow::generate);
    connect(a->cancel, &QAction::triggered, this, &MainWindow::cancel);
    connect(a->sample, &QAction::triggered, this, &MainWindow::sampleOne);
    connect(a->sampleMany, &QAction::triggered, this, [this] { sampleMany(m_sampling->sampleCount()); });
    connect(a->clearDraws, &QAction::triggered, this, &MainWindow::clearDraws);
    connect(a->showChart, &QAction::triggered, this, [this] { m_result->tabs()->setCurrentIndex(0); });
    connect(a->showRaw, &QAction::triggered, this, [this] { m_result->tabs()->setCurrentIndex(1); });
    connect(a->focusPrompt, &QAction::triggered, this, [this] { m_panel->promptEdit()->setFocus(); });
    connect(a->history, &QAction::triggered, this, &MainWindow::toggleHistoryDock);
    connect(m_historyDock, &QDockWidget::visibilityChanged, this, [this](bool visible) {
        m_historyInFront = visible;
        m_actions->history->setChecked(!m_historyDock->isHidden());
    });
    connect(a->clearRunHistory, &QAction::triggered, m_historyPanel, &HistoryPanel::confirmClear);
    connect(a->lab, &QAction::triggered, this, [this] { LabWindow::showFor(m_session, prompt(), this); });
    connect(a->modelsAction, &QAction::triggered, this, [this] { ModelsWindow::showFor(m_session, prompt(), this); });
    connect(m_session, &Session::comparisonOpened, this, [this](const CompareResult &r) {
        LabWindow::showFor(m_session, r.request.prompt, this)->showComparison(r);
    });
    for (QAction *language : {a->english, a->chinese})
        connect(language, &QAction::triggered, this, [this, language] { setLanguage(language->data().toString()); });
    connect(a->showWelcome, &QAction::triggered, m_result->welcome(), &WelcomePanel::reopen);
    connect(m_result->welcome(), &WelcomePanel::promptChosen, this, [this](const QString &demoPrompt) {
        (void)m_providers->setCurrent(QStringLiteral("demo"));
        setPrompt(demoPrompt);
        generate();
    });
    connect(m_files, &FileActions::recentFilesChanged, a, &WindowActions::setRecentFiles);
    connect(a, &WindowActions::recentFileChosen, m_files, &FileActions::openRecent);
    connect(m_panel, &GenerationPanel::generateRequested, this, &MainWindow::generate);
    connect(m_panel, &GenerationPanel::cancelRequested, this, &MainWindow::cancel);
    connect(m_panel, &GenerationPanel::providersDialogRequested, this, &MainWindow::showProvidersDialog);
}

void MainWindow::retranslateUi()
{
    setWindowTitle(tr("VS Lab"));
    m_actions->retranslate();
    m_samplingDock->setWindowTitle(tr("Sampling"));
    m_historyDock->setWindowTitle(tr("Run history"));
    m_result->showTarget(*m_providers);
    if (!m_session->isRunning()) {
        if (m_session->result())
            showFinished();
        else
            m_status->showReady();
    }
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange && m_actions)
        retranslateUi();
    QMainWindow::changeEvent(event);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveSettings();
    QMainWindow::closeEvent(event);
}

// ---- settings ------------------------------------------------------------------------------------------------

void MainWindow::loadSettings()
{
    const AppSettings &s = *m_settings;
    m_providers->load(s);
    // The panel's change signal writes its values back to the registry: give it the loaded ones first.
    m_panel->setDemoSpeed(m_providers->demoSpeed() < 0 ? 40.0 : m_providers->demoSpeed());
    m_panel->setTransport(m_providers->transport());
    m_panel->setSettings(s.generation());
    m_panel->setConcurrency(s.concurrency());
    m_panel->setPrompt(s.prompt());
    m_sampling->setSampleCount(s.sampleCount());
    m_files->setLastFolder(s.fileDir());
    m_files->setRecentFiles(s.recentFiles());
    m_result->welcome()->setDismissed(s.welcomeDismissed());
    restoreGeometry(s.layout(QStringLiteral("geometry")));
    restoreState(s.layout(QStringLiteral("state")));
    m_mainSplit->restoreState(s.layout(QStringLiteral("mainSplitter")));
    m_result->splitter()->restoreState(s.layout(QStringLiteral("resultSplitter")));
    if (!s.hasLayout(QStringLiteral("geometry")))
        resize(1400, 880);
    m_language = s.language();
    m_actions->setLanguage(m_language.isEmpty() ? QLocale().name() : m_language);
    onProviderChanged();
}

void MainWindow::saveSettings() const
{
    if (!m_persistent)
        return;
    AppSettings &s = *m_settings;
    m_providers->save(s);
    s.setGeneration(m_panel->settings());
    s.setConcurrency(m_panel->concurrency());
    s.setPrompt(m_panel->prompt());
    s.setSampleCount(m_sampling->sampleCount());
    s.setFileDir(m_files->lastFolder());
    s.setRecentFiles(m_files->recentFiles());
    s.setWelcomeDismissed(m_result->welcome()->isDismissed());
    s.setLayout(QStringLiteral("geometry"), saveGeometry());
    s.setLayout(QStringLiteral("state"), saveState());
    s.setLayout(QStringLiteral("mainSplitter"), m_mainSplit->saveState());
    s.setLayout(QStringLiteral("resultSplitter"), m_result->splitter()->saveState());
    s.setLanguage(m_language);
    s.sync();
}

// ---- the editable state ------------------------------------------------------------------------------------

GenerationSetup MainWindow::setup() const
{
    return m_panel->setup(m_providers->currentId());
}

Result<void> MainWindow::applySetup(const GenerationSetup &setup)
{
    m_panel->applySetup(setup);
    m_providers->setTransport(setup.transport);
    return m_providers->choose(setup.provider);
}

QString MainWindow::prompt() const
{
    return m_panel->prompt();
}

void MainWindow::setPrompt(const QString &prompt)
{
    m_panel->setPrompt(prompt);
}

GenerationSettings MainWindow::settings() const
{
    return m_panel->settings();
}

void MainWindow::setSettings(const GenerationSettings &settings)
{
    m_panel->setSettings(settings);
}

bool MainWindow::setProvider(const QString &presetId, const QString &model)
{
    return m_providers->setCurrent(presetId, model).ok();
}

void MainWindow::setProviderConfig(const ProviderConfig &config)
{
    m_panel->setTransport(TransportSettings::of(config));
    m_providers->setTransport(TransportSettings::of(config));
    m_providers->setConfig(config);
    (void)m_providers->setCurrent(config.presetId);
}

ProviderConfig MainWindow::providerConfig() const
{
    return m_providers->currentConfig();
}

void MainWindow::setDemoTokensPerSecond(double tps)
{
    m_panel->setDemoSpeed(tps);
    m_providers->setDemoSpeed(tps);
}

void MainWindow::setLanguage(const QString &locale)
{
    m_language = locale;
    I18n::install(*QCoreApplication::instance(), QLocale(locale));
    m_actions->setLanguage(locale);
}

// ---- provider ----------------------------------------------------------------------------------------------

void MainWindow::onProviderChanged()
{
    const ProviderConfig c = m_providers->currentConfig();
    m_panel->setProviderId(c.presetId);
    if (m_panel->model() != c.model)
        m_panel->setModel(c.model);
    if (const std::shared_ptr<Provider> provider = m_providers->current()) {
        QString reason;
        const auto [low, high] = provider->temperatureRange(&reason);
        m_panel->setTemperatureRange(low, high, reason);
    }
    m_result->showTarget(*m_providers);
    m_previewTimer->start();
    if (m_providerShown != c.presetId) {
        m_providerShown = c.presetId;
        m_panel->setModels({});
        m_providers->fetchModels();
    }
}

void MainWindow::showProvidersDialog()
{
    if (!findChild<ProvidersDialog *>())
        ProvidersDialog::openFor(m_providers, this);
}

// ---- runs --------------------------------------------------------------------------------------------------

void MainWindow::generate()
{
    m_providers->setTransport(m_panel->transport());
    const Result<void> started =
        m_session->generate(RunRequest{m_panel->prompt(), m_panel->settings(), m_panel->concurrency()});
    if (started)
        return;
    const bool noPrompt = m_panel->prompt().trimmed().isEmpty();
    m_result->banner()->showMessage(noPrompt ? MessageBanner::Severity::Warning : MessageBanner::Severity::Error,
                                    started.message());
    if (noPrompt)
        m_panel->promptEdit()->setFocus();
}

void MainWindow::cancel()
{
    m_session->cancel();
}

void MainWindow::onRunStarted()
{
    m_previewTimer->stop(); // a pending preview would replace this run's messages in the raw view
    m_result->banner()->clear();
    m_result->raw()->beginRun();
    m_sampling->clearDraw();
    m_result->showDistribution(true);
    updateState();
    m_status->showRunning();
    Q_EMIT runStarted();
}

void MainWindow::onRunFinished(const RunResult &result)
{
    m_refresh->stop();
    m_result->raw()->showResult(result);
    showFinished();
    Q_EMIT runFinished(result);
}

void MainWindow::onLoaded()
{
    // A restored run brings its prompt and settings back, so "New distribution" asks the same question again;
    // a file leaves the prompt being edited alone.
    const RunRequest &request = m_session->request();
    if (m_session->origin() == Session::Origin::History) {
        m_panel->setSettings(request.settings);
        m_panel->setConcurrency(request.concurrency);
        m_panel->setPrompt(request.prompt);
    }
    m_previewTimer->stop(); // setting the prompt schedules a preview, which would hide the run's messages
    RawView *raw = m_result->raw();
    raw->beginRun();
    const RunResult &result = *m_session->result();
    for (int i = 0; i < result.conversations.size(); ++i)
        raw->addCall(i, result.conversations.at(i));
    if (result.conversations.isEmpty() && !request.prompt.isEmpty())
        raw->addCall(0, Run::previewMessages(request)); // saved before messages were kept: rebuilt
    raw->showResult(result);
    m_sampling->clearDraw();
    showFinished();
    m_samplingDock->raise();
}

void MainWindow::showFinished()
{
    m_sampling->setNextSeed(m_session->sampler().seed());
    m_result->showDistribution(false);
    m_result->showOutcome(m_session->outcome());
    updateState();
    m_status->showFinished(m_result->originText());
}

void MainWindow::updateState()
{
    const bool running = m_session->isRunning();
    const bool canSample = !running && !m_session->distribution().isEmpty();
    m_actions->update(running, canSample, m_session->canExport());
    m_panel->setRunning(running);
    m_sampling->setAvailable(canSample, running);
    if (running)
        m_tick->start();
    else
        m_tick->stop();
}

void MainWindow::updatePreview()
{
    if (m_session->isRunning())
        return;
    m_result->raw()->endRunDisplay();
    m_result->raw()->showPreview(
        Run::previewMessages(RunRequest{m_panel->prompt().trimmed(), m_panel->settings(), m_panel->concurrency()}));
}

// ---- sampling and copying ----------------------------------------------------------------------------------

void MainWindow::sampleOne()
{
    m_sampling->drawOne();
}

void MainWindow::sampleMany(int n)
{
    m_sampling->drawMany(n);
}

void MainWindow::clearDraws()
{
    m_session->clearDraws();
}

void MainWindow::flash(const QString &message)
{
    statusBar()->showMessage(message, 8000);
}

// ---- history -----------------------------------------------------------------------------------------------

void MainWindow::setHistoryEnabled(bool enabled)
{
    m_session->setHistoryEnabled(enabled);
    if (!enabled)
        m_historyPanel->showAvailability(tr("The run history is off for this session."));
}

bool MainWindow::openHistory(const QString &path)
{
    m_historyTried = true;
    const Result<void> opened = m_session->openHistory(path);
    m_historyPanel->showAvailability(opened.message());
    if (!opened)
        m_result->banner()->showMessage(MessageBanner::Severity::Warning,
                                        tr("The run history is off, so runs are not saved; everything else works."),
                                        {opened.message()});
    return opened.ok();
}

bool MainWindow::restoreRun(qint64 id)
{
    return m_historyPanel->restore(id);
}

bool MainWindow::deleteRun(qint64 id)
{
    return m_historyPanel->remove(id);
}

bool MainWindow::clearRunHistory()
{
    return m_historyPanel->clearAll();
}

void MainWindow::toggleHistoryDock()
{
    if (!m_historyDock->isHidden() && m_historyInFront) {
        m_historyDock->hide();
    } else {
        m_historyDock->show();
        m_historyDock->raise();
        m_historyPanel->focusList();
    }
    m_actions->history->setChecked(!m_historyDock->isHidden());
}

// ---- files -------------------------------------------------------------------------------------------------

bool MainWindow::exportDistribution(const QString &path)
{
    return m_files->exportDistribution(path);
}

bool MainWindow::openDistribution(const QString &path)
{
    return m_files->openDistribution(path);
}

bool MainWindow::saveChartImage(const QString &path)
{
    return m_files->saveChartImage(path);
}
