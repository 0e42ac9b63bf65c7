// SPDX-License-Identifier: Apache-2.0
#include "MainWindow.h"

#include "CandidateTableModel.h"
#include "CandidateTableView.h"
#include "DistributionChart.h"
#include "export/DistributionFile.h"
#include "GenerationPanel.h"
#include "HistoryPanel.h"
#include "I18n.h"
#include "MessageBanner.h"
#include "providers/Provider.h"
#include "ProvidersDialog.h"
#include "RawView.h"
#include "SamplingPanel.h"
#include "session/RunArchive.h"
#include "store/HistoryStore.h"
#include "store/SecretStore.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QChartView>
#include <QClipboard>
#include <QCloseEvent>
#include <QDateTime>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QRegularExpression>
#include <QSaveFile>
#include <QScrollArea>
#include <QSettings>
#include <QSplitter>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTabWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace {
const QString defaultPrompt = QStringLiteral("Tell me a joke");

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}
} // namespace

MainWindow::MainWindow(std::unique_ptr<SecretStore> secrets, QWidget *parent)
    : QMainWindow(parent)
    , m_secrets(secrets ? std::move(secrets) : SecretStore::createKeychain())
{
    setObjectName(QStringLiteral("mainWindow"));
    m_nam = new QNetworkAccessManager(this);
    bool ok = false;
    const double tps = qEnvironmentVariable("VSLAB_DEMO_TPS").toDouble(&ok);
    if (ok && tps >= 0)
        m_demoTps = tps;

    buildUi();
    buildActions();

    QList<std::pair<QString, QString>> providers;
    for (const ProviderPreset &p : ProviderPreset::all())
        providers.append({p.id, p.displayName});
    m_panel->setProviders(providers);

    loadSettings();
    retranslateUi();
    updatePreview();
    // Opening SQLite costs a few milliseconds: do it after the first paint, before any run can finish.
    QTimer::singleShot(0, this, [this] {
        if (m_historyWanted && !m_historyTried)
            openHistory();
    });
}

MainWindow::~MainWindow()
{
    // ~QWidget hides the docks after this object stopped being a MainWindow: their signals must not reach us.
    disconnect(m_historyDock, nullptr, this, nullptr);
    disconnect(m_samplingDock, nullptr, this, nullptr);
    saveSettings();
    if (m_run) {
        // The widgets are about to go: the run's last signals must not reach them.
        disconnect(m_run, nullptr, this, nullptr);
        disconnect(m_run, nullptr, m_raw, nullptr);
        m_run->cancel();
    }
    if (m_modelsJob)
        m_modelsJob->cancel();
}

void MainWindow::buildUi()
{
    m_panel = new GenerationPanel;
    auto *panelScroll = new QScrollArea;
    panelScroll->setObjectName(QStringLiteral("generationScroll"));
    panelScroll->setWidget(m_panel);
    panelScroll->setWidgetResizable(true);
    panelScroll->setFrameShape(QFrame::NoFrame);
    panelScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    panelScroll->setMinimumWidth(m_panel->minimumSizeHint().width() + 16);

    auto *centre = new QWidget;
    auto *centreLayout = new QVBoxLayout(centre);
    centreLayout->setContentsMargins(0, 6, 0, 0);
    m_banner = new MessageBanner(centre);
    centreLayout->addWidget(m_banner);

    auto *header = new QHBoxLayout;
    m_simulated = new QLabel(centre);
    m_simulated->setObjectName(QStringLiteral("simulatedLabel"));
    m_simulated->setFrameShape(QFrame::StyledPanel);
    m_simulated->setMargin(3);
    QFont bold = m_simulated->font();
    bold.setBold(true);
    m_simulated->setFont(bold);
    m_simulated->setBackgroundRole(QPalette::ToolTipBase);
    m_simulated->setForegroundRole(QPalette::ToolTipText);
    m_simulated->setAutoFillBackground(true);
    m_statusLine = new QLabel(centre);
    m_statusLine->setObjectName(QStringLiteral("providerStatusLine"));
    m_statusLine->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_statusLine->setWordWrap(true);
    header->addWidget(m_simulated);
    header->addWidget(m_statusLine, 1);
    centreLayout->addLayout(header);

    m_summary = new QLabel(centre);
    m_summary->setObjectName(QStringLiteral("summaryLabel"));
    m_summary->setWordWrap(true);
    centreLayout->addWidget(m_summary);

    m_tabs = new QTabWidget(centre);
    m_tabs->setObjectName(QStringLiteral("resultTabs"));
    m_resultSplit = new QSplitter(Qt::Vertical);
    m_resultSplit->setObjectName(QStringLiteral("resultSplitter"));
    m_resultSplit->setChildrenCollapsible(false);
    m_chart = new DistributionChart;
    m_tableModel = new CandidateTableModel(this);
    m_table = new CandidateTableView;
    m_table->setObjectName(QStringLiteral("candidateTable"));
    m_table->setWrappedColumn(CandidateTableModel::TextColumn);
    m_table->setModel(m_tableModel);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setTabKeyNavigation(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(CandidateTableModel::TextColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->setColumnHidden(CandidateTableModel::ObservedColumn, true);
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_resultSplit->addWidget(m_chart);
    m_resultSplit->addWidget(m_table);
    m_resultSplit->setStretchFactor(0, 3);
    m_resultSplit->setStretchFactor(1, 2);
    m_resultSplit->setSizes({520, 280});
    m_raw = new RawView;
    m_tabs->addTab(m_resultSplit, QString());
    m_tabs->addTab(m_raw, QString());
    centreLayout->addWidget(m_tabs, 1);

    m_mainSplit = new QSplitter(Qt::Horizontal, this);
    m_mainSplit->setObjectName(QStringLiteral("mainSplitter"));
    m_mainSplit->addWidget(panelScroll);
    m_mainSplit->addWidget(centre);
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

    m_progressLabel = new QLabel(this);
    m_progressLabel->setObjectName(QStringLiteral("progressLabel"));
    m_progressBar = new QProgressBar(this);
    m_progressBar->setObjectName(QStringLiteral("progressBar"));
    m_progressBar->setMaximumWidth(200);
    m_progressBar->setTextVisible(true);
    m_progressBar->hide();
    statusBar()->addPermanentWidget(m_progressLabel, 1);
    statusBar()->addPermanentWidget(m_progressBar);

    m_tick = new QTimer(this);
    m_tick->setInterval(100);
    connect(m_tick, &QTimer::timeout, this, &MainWindow::updateProgress);
    // Candidates can arrive faster than a frame; redraw at most every 30 ms.
    m_refresh = new QTimer(this);
    m_refresh->setSingleShot(true);
    m_refresh->setInterval(30);
    connect(m_refresh, &QTimer::timeout, this, &MainWindow::refreshStreaming);
    m_previewTimer = new QTimer(this);
    m_previewTimer->setSingleShot(true);
    m_previewTimer->setInterval(200);
    connect(m_previewTimer, &QTimer::timeout, this, &MainWindow::updatePreview);

    connect(m_panel, &GenerationPanel::generateRequested, this, &MainWindow::generate);
    connect(m_panel, &GenerationPanel::cancelRequested, this, &MainWindow::cancel);
    connect(m_panel, &GenerationPanel::providersDialogRequested, this, &MainWindow::showProvidersDialog);
    connect(m_panel, &GenerationPanel::providerChanged, this, &MainWindow::applyProvider);
    connect(m_panel, &GenerationPanel::modelChanged, this, [this](const QString &model) {
        m_configs[m_providerId].model = model;
        rebuildProvider();
    });
    connect(m_panel, &GenerationPanel::settingsChanged, this, &MainWindow::onSettingsChanged);
    connect(m_panel, &GenerationPanel::promptChanged, this, &MainWindow::schedulePreview);

    connect(m_sampling, &SamplingPanel::sampleRequested, this, &MainWindow::sampleOne);
    connect(m_sampling, &SamplingPanel::sampleManyRequested, this, &MainWindow::sampleMany);
    connect(m_sampling, &SamplingPanel::newDistributionRequested, this, &MainWindow::generate);
    connect(m_sampling, &SamplingPanel::clearHistoryRequested, this, &MainWindow::clearHistory);
    connect(m_sampling, &SamplingPanel::historyActivated, this, [this](int entry) {
        const QList<SampleDraw> &history = m_sampler.history();
        if (entry < 0 || entry >= history.size())
            return;
        const SampleDraw &d = history.at(entry);
        const QList<Candidate> &items = m_distribution.items();
        if (d.index >= 0 && d.index < items.size() && items.at(d.index).text == d.text)
            selectRank(d.index);
    });

    connect(m_historyPanel, &HistoryPanel::restoreRequested, this, &MainWindow::restoreRun);
    connect(m_historyPanel, &HistoryPanel::deleteRequested, this, &MainWindow::deleteRun);
    connect(m_historyPanel, &HistoryPanel::clearRequested, this, &MainWindow::confirmClearRunHistory);

    connect(m_chart, &DistributionChart::barClicked, this, &MainWindow::selectRank);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) { m_chart->setSelectedRank(current.isValid() ? current.row() : -1); });
}

void MainWindow::buildActions()
{
    m_providersAct = new QAction(this);
    m_providersAct->setShortcut(QKeySequence::Preferences);
    connect(m_providersAct, &QAction::triggered, this, &MainWindow::showProvidersDialog);
    m_openAct = new QAction(this);
    m_openAct->setObjectName(QStringLiteral("openDistributionAction"));
    m_openAct->setShortcut(QKeySequence::Open);
    connect(m_openAct, &QAction::triggered, this, &MainWindow::showOpenDialog);
    m_exportAct = new QAction(this);
    m_exportAct->setObjectName(QStringLiteral("exportDistributionAction"));
    m_exportAct->setShortcut(QKeySequence::Save);
    connect(m_exportAct, &QAction::triggered, this, &MainWindow::showExportDialog);
    m_saveChartAct = new QAction(this);
    m_saveChartAct->setObjectName(QStringLiteral("saveChartAction"));
    connect(m_saveChartAct, &QAction::triggered, this, &MainWindow::showSaveChartDialog);
    m_historyAct = new QAction(this);
    m_historyAct->setObjectName(QStringLiteral("runHistoryAction"));
    m_historyAct->setCheckable(true);
    m_historyAct->setChecked(true);
    m_historyAct->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_H));
    connect(m_historyAct, &QAction::triggered, this, &MainWindow::toggleHistoryDock);
    connect(m_historyDock, &QDockWidget::visibilityChanged, this, [this](bool visible) {
        m_historyInFront = visible;
        m_historyAct->setChecked(!m_historyDock->isHidden());
    });
    m_clearRunHistoryAct = new QAction(this);
    connect(m_clearRunHistoryAct, &QAction::triggered, this, &MainWindow::confirmClearRunHistory);
    m_quitAct = new QAction(this);
    m_quitAct->setShortcut(QKeySequence::Quit);
    m_quitAct->setMenuRole(QAction::QuitRole);
    connect(m_quitAct, &QAction::triggered, this, &QWidget::close);

    m_copyAct = new QAction(this);
    m_copyAct->setShortcut(QKeySequence::Copy);
    // Only while the table has focus, so Ctrl+C still copies text in the prompt editor.
    m_copyAct->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_copyAct, &QAction::triggered, this, &MainWindow::copySelected);
    m_copyTsvAct = new QAction(this);
    connect(m_copyTsvAct, &QAction::triggered, this, &MainWindow::copyAllTsv);
    m_copyMarkdownAct = new QAction(this);
    connect(m_copyMarkdownAct, &QAction::triggered, this, &MainWindow::copyAllMarkdown);
    m_table->addAction(m_copyAct);
    m_table->addAction(m_copyTsvAct);
    m_table->addAction(m_copyMarkdownAct);

    m_generateAct = new QAction(this);
    m_generateAct->setObjectName(QStringLiteral("generateAction"));
    m_generateAct->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)});
    connect(m_generateAct, &QAction::triggered, this, &MainWindow::generate);
    m_cancelAct = new QAction(this);
    m_cancelAct->setObjectName(QStringLiteral("cancelAction"));
    m_cancelAct->setShortcut(QKeySequence(Qt::Key_Escape));
    m_cancelAct->setEnabled(false);
    connect(m_cancelAct, &QAction::triggered, this, &MainWindow::cancel);
    m_sampleAct = new QAction(this);
    m_sampleAct->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    connect(m_sampleAct, &QAction::triggered, this, &MainWindow::sampleOne);
    m_sampleManyAct = new QAction(this);
    m_sampleManyAct->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
    connect(m_sampleManyAct, &QAction::triggered, this, [this] { sampleMany(m_sampling->sampleCount()); });
    m_newDistributionAct = new QAction(this);
    m_newDistributionAct->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    connect(m_newDistributionAct, &QAction::triggered, this, &MainWindow::generate);
    m_clearHistoryAct = new QAction(this);
    connect(m_clearHistoryAct, &QAction::triggered, this, &MainWindow::clearHistory);

    m_showChartAct = new QAction(this);
    m_showChartAct->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_1));
    connect(m_showChartAct, &QAction::triggered, this, [this] { m_tabs->setCurrentIndex(0); });
    m_showRawAct = new QAction(this);
    m_showRawAct->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_2));
    connect(m_showRawAct, &QAction::triggered, this, [this] { m_tabs->setCurrentIndex(1); });
    m_focusPromptAct = new QAction(this);
    m_focusPromptAct->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    connect(m_focusPromptAct, &QAction::triggered, this, [this] { m_panel->promptEdit()->setFocus(); });

    m_languageGroup = new QActionGroup(this);
    // Language names are written in their own language so anyone can find theirs.
    m_englishAct = new QAction(QStringLiteral("English"), m_languageGroup);
    m_englishAct->setData(QStringLiteral("en"));
    m_chineseAct = new QAction(QStringLiteral("简体中文"), m_languageGroup);
    m_chineseAct->setData(QStringLiteral("zh_CN"));
    for (QAction *a : {m_englishAct, m_chineseAct}) {
        a->setCheckable(true);
        connect(a, &QAction::triggered, this, [this, a] { setLanguage(a->data().toString()); });
    }
    m_aboutAct = new QAction(this);
    connect(m_aboutAct, &QAction::triggered, this, [this] {
        QMessageBox::about(this, tr("About VS Lab"),
                           tr("<p><b>VS Lab %1</b></p><p>A workbench for Verbalized Sampling (arXiv 2510.01171): ask a "
                              "model for k answers with probabilities, see the distribution, sample from it.</p>")
                               .arg(QApplication::applicationVersion()));
    });

    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->addAction(m_openAct);
    m_fileMenu->addAction(m_exportAct);
    m_fileMenu->addAction(m_saveChartAct);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_providersAct);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_quitAct);
    m_editMenu = menuBar()->addMenu(QString());
    m_editMenu->addAction(m_copyAct);
    m_editMenu->addAction(m_copyTsvAct);
    m_editMenu->addAction(m_copyMarkdownAct);
    m_runMenu = menuBar()->addMenu(QString());
    m_runMenu->addAction(m_generateAct);
    m_runMenu->addAction(m_cancelAct);
    m_runMenu->addSeparator();
    m_runMenu->addAction(m_sampleAct);
    m_runMenu->addAction(m_sampleManyAct);
    m_runMenu->addAction(m_newDistributionAct);
    m_runMenu->addAction(m_clearHistoryAct);
    m_viewMenu = menuBar()->addMenu(QString());
    m_viewMenu->addAction(m_showChartAct);
    m_viewMenu->addAction(m_showRawAct);
    m_viewMenu->addAction(m_focusPromptAct);
    m_viewMenu->addSeparator();
    m_viewMenu->addAction(m_historyAct);
    m_viewMenu->addAction(m_clearRunHistoryAct);
    m_languageMenu = menuBar()->addMenu(QString());
    m_languageMenu->setObjectName(QStringLiteral("languageMenu"));
    m_languageMenu->addAction(m_englishAct);
    m_languageMenu->addAction(m_chineseAct);
    m_helpMenu = menuBar()->addMenu(QString());
    m_helpMenu->addAction(m_aboutAct);
    // Window-wide shortcuts must work even while the menu bar is hidden or the focus is in a child.
    addActions({m_generateAct, m_cancelAct, m_sampleAct, m_sampleManyAct, m_newDistributionAct, m_showChartAct,
                m_showRawAct, m_focusPromptAct, m_providersAct, m_quitAct, m_openAct, m_exportAct, m_historyAct});
    setRunning(false);
}

void MainWindow::retranslateUi()
{
    setWindowTitle(tr("VS Lab"));
    m_fileMenu->setTitle(tr("&File"));
    m_editMenu->setTitle(tr("&Edit"));
    m_runMenu->setTitle(tr("&Run"));
    m_viewMenu->setTitle(tr("&View"));
    m_languageMenu->setTitle(tr("&Language"));
    m_helpMenu->setTitle(tr("&Help"));
    m_providersAct->setText(tr("&Providers…"));
    m_openAct->setText(tr("&Open distribution…"));
    m_openAct->setToolTip(tr("Show a distribution saved as JSON, by VS Lab or the Python package, to sample from it"));
    m_exportAct->setText(tr("&Export distribution…"));
    m_exportAct->setToolTip(tr("Save the distribution shown as JSON, CSV or Markdown"));
    m_saveChartAct->setText(tr("Save chart as P&NG…"));
    m_historyAct->setText(tr("Run &history"));
    m_historyAct->setToolTip(tr("Show or hide the saved runs (Ctrl+H)"));
    m_clearRunHistoryAct->setText(tr("C&lear run history…"));
    m_samplingDock->setWindowTitle(tr("Sampling"));
    m_historyDock->setWindowTitle(tr("Run history"));
    m_quitAct->setText(tr("&Quit"));
    m_copyAct->setText(tr("&Copy candidate"));
    m_copyTsvAct->setText(tr("Copy all as &TSV"));
    m_copyMarkdownAct->setText(tr("Copy all as &Markdown"));
    m_generateAct->setText(tr("&Generate"));
    m_cancelAct->setText(tr("&Cancel"));
    m_sampleAct->setText(tr("&Sample"));
    m_sampleManyAct->setText(tr("Sample &many"));
    m_newDistributionAct->setText(tr("&New distribution"));
    m_clearHistoryAct->setText(tr("C&lear draw history"));
    m_showChartAct->setText(tr("&Distribution"));
    m_showRawAct->setText(tr("&Raw view"));
    m_focusPromptAct->setText(tr("&Edit prompt"));
    m_aboutAct->setText(tr("&About VS Lab"));
    m_tabs->setTabText(0, tr("Distri&bution"));
    m_tabs->setTabText(1, tr("Ra&w"));
    m_tabs->setAccessibleName(tr("Results"));
    m_table->setAccessibleName(tr("Candidates"));
    m_simulated->setText(tr("Simulated (offline demo model)"));
    m_simulated->setToolTip(tr("The offline demo model imitates a chat model; no real model is called."));
    m_progressBar->setAccessibleName(tr("Candidates received"));
    m_tableModel->retranslate();
    m_chart->setTitle(chartTitle());
    updateStatusLine();
    if (!m_run) {
        if (m_lastResult)
            showOutcome(*m_lastResult);
        else
            m_progressLabel->setText(tr("Ready. Ctrl+Enter generates."));
    }
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange && m_fileMenu)
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
    QSettings s;
    for (const ProviderPreset &p : ProviderPreset::all()) {
        ProviderConfig c;
        c.presetId = p.id;
        s.beginGroup(QStringLiteral("providers/") + p.id);
        c.baseUrl = s.value(QStringLiteral("baseUrl")).toString();
        c.model = s.value(QStringLiteral("model"), p.defaultModel).toString();
        s.endGroup();
        m_configs.insert(p.id, c);
    }

    GenerationSettings g;
    s.beginGroup(QStringLiteral("generation"));
    g.method = Names::parseMethod(s.value(QStringLiteral("method")).toString()).value_or(g.method);
    g.k = s.value(QStringLiteral("k"), g.k).toInt();
    g.tauMode = Names::parseTauMode(s.value(QStringLiteral("tauMode")).toString()).value_or(g.tauMode);
    g.tau = s.value(QStringLiteral("tau"), g.tau).toDouble();
    g.minSurvivors = s.value(QStringLiteral("minSurvivors"), g.minSurvivors).toInt();
    g.temperature = s.value(QStringLiteral("temperature"), g.temperature).toDouble();
    g.format = Names::parseFormat(s.value(QStringLiteral("format")).toString()).value_or(g.format);
    if (s.contains(QStringLiteral("seed")))
        g.seed = s.value(QStringLiteral("seed")).toULongLong();
    s.endGroup();
    m_panel->setSettings(g);
    m_panel->setPrompt(s.value(QStringLiteral("ui/prompt"), defaultPrompt).toString());
    m_sampling->setSampleCount(s.value(QStringLiteral("ui/sampleCount"), 1000).toInt());
    m_fileDir = s.value(QStringLiteral("ui/fileDir")).toString();

    QString preset = s.value(QStringLiteral("provider/current"), QStringLiteral("demo")).toString();
    if (!ProviderPreset::find(preset))
        preset = QStringLiteral("demo");
    applyProvider(preset);

    restoreGeometry(s.value(QStringLiteral("ui/geometry")).toByteArray());
    restoreState(s.value(QStringLiteral("ui/state")).toByteArray());
    m_mainSplit->restoreState(s.value(QStringLiteral("ui/mainSplitter")).toByteArray());
    m_resultSplit->restoreState(s.value(QStringLiteral("ui/resultSplitter")).toByteArray());
    if (!s.contains(QStringLiteral("ui/geometry")))
        resize(1400, 880);

    m_language = s.value(QStringLiteral("ui/language")).toString();
    const QString effective = m_language.isEmpty() ? QLocale().name() : m_language;
    (effective.startsWith(QLatin1String("zh")) ? m_chineseAct : m_englishAct)->setChecked(true);
}

void MainWindow::saveSettings() const
{
    if (!m_persistent)
        return;
    QSettings s;
    for (auto it = m_configs.cbegin(); it != m_configs.cend(); ++it) {
        // The key is deliberately absent: it lives in the keychain or the environment only.
        s.beginGroup(QStringLiteral("providers/") + it.key());
        s.setValue(QStringLiteral("baseUrl"), it->baseUrl);
        s.setValue(QStringLiteral("model"), it->model);
        s.endGroup();
    }
    s.setValue(QStringLiteral("provider/current"), m_providerId);
    const GenerationSettings g = m_panel->settings();
    s.beginGroup(QStringLiteral("generation"));
    s.setValue(QStringLiteral("method"), Names::method(g.method));
    s.setValue(QStringLiteral("k"), g.k);
    s.setValue(QStringLiteral("tauMode"), Names::tauMode(g.tauMode));
    s.setValue(QStringLiteral("tau"), g.tau);
    s.setValue(QStringLiteral("minSurvivors"), g.minSurvivors);
    s.setValue(QStringLiteral("temperature"), g.temperature);
    s.setValue(QStringLiteral("format"), Names::format(g.format));
    if (g.seed)
        s.setValue(QStringLiteral("seed"), *g.seed);
    else
        s.remove(QStringLiteral("seed"));
    s.endGroup();
    s.setValue(QStringLiteral("ui/prompt"), m_panel->prompt());
    s.setValue(QStringLiteral("ui/sampleCount"), m_sampling->sampleCount());
    if (!m_fileDir.isEmpty())
        s.setValue(QStringLiteral("ui/fileDir"), m_fileDir);
    s.setValue(QStringLiteral("ui/geometry"), saveGeometry());
    s.setValue(QStringLiteral("ui/state"), saveState());
    s.setValue(QStringLiteral("ui/mainSplitter"), m_mainSplit->saveState());
    s.setValue(QStringLiteral("ui/resultSplitter"), m_resultSplit->saveState());
    if (!m_language.isEmpty())
        s.setValue(QStringLiteral("ui/language"), m_language);
}

// ---- public API --------------------------------------------------------------------------------------------------

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
    if (!ProviderPreset::find(presetId))
        return false;
    if (!model.isEmpty())
        m_configs[presetId].model = model;
    applyProvider(presetId);
    return true;
}

void MainWindow::setProviderConfig(const ProviderConfig &config)
{
    m_configs.insert(config.presetId, config);
    m_keySources.remove(config.presetId);
    applyProvider(config.presetId);
}

ProviderConfig MainWindow::providerConfig() const
{
    return currentConfig();
}

void MainWindow::setDemoTokensPerSecond(double tps)
{
    m_demoTps = tps;
    rebuildProvider();
}

void MainWindow::setLanguage(const QString &locale)
{
    m_language = locale;
    I18n::install(*QCoreApplication::instance(), QLocale(locale));
    (locale.startsWith(QLatin1String("zh")) ? m_chineseAct : m_englishAct)->setChecked(true);
}

// ---- provider ----------------------------------------------------------------------------------------------------

ProviderConfig MainWindow::currentConfig() const
{
    ProviderConfig c = m_configs.value(m_providerId);
    c.presetId = m_providerId;
    const ProviderPreset *preset = ProviderPreset::find(m_providerId);
    if (c.baseUrl.isEmpty() && preset)
        c.baseUrl = preset->defaultBaseUrl;
    if (preset && preset->kind == ProviderKind::Demo && m_demoTps >= 0)
        c.demoTokensPerSecond = m_demoTps;
    return c;
}

void MainWindow::applyProvider(const QString &presetId)
{
    const ProviderPreset *preset = ProviderPreset::find(presetId);
    if (!preset)
        return;
    m_providerId = presetId;
    ProviderConfig &config = m_configs[presetId];
    config.presetId = presetId;
    if (config.model.isEmpty())
        config.model = preset->defaultModel;
    m_panel->setProviderId(presetId);
    m_panel->setModels({});
    m_panel->setModel(config.model);
    rebuildProvider();
    if (preset->kind != ProviderKind::Demo && config.apiKey.isEmpty())
        readKey(presetId);
    fetchModels();
}

void MainWindow::readKey(const QString &presetId)
{
    m_secrets->read(presetId, this, [this, presetId](const QString &key, KeySource source, const QString &error) {
        m_keySources.insert(presetId, source);
        if (source == KeySource::Environment) {
            QString variable;
            SecretStore::fromEnvironment(presetId, &variable);
            m_keyVariables.insert(presetId, variable);
        }
        if (!key.isEmpty() && m_configs.value(presetId).apiKey != key) {
            m_configs[presetId].apiKey = key;
            if (presetId == m_providerId) {
                rebuildProvider();
                fetchModels();
            }
        } else if (presetId == m_providerId) {
            updateStatusLine();
        }
        if (!error.isEmpty() && presetId == m_providerId)
            statusBar()->showMessage(tr("Could not read the key from the system keychain: %1").arg(error), 8000);
    });
}

void MainWindow::rebuildProvider()
{
    if (m_providerId.isEmpty())
        return;
    // A running Run keeps its own reference, so replacing the provider never pulls it from under a call.
    m_provider = std::shared_ptr<Provider>(Provider::create(currentConfig(), m_nam));
    if (m_provider) {
        QString reason;
        const auto [low, high] = m_provider->temperatureRange(&reason);
        m_panel->setTemperatureRange(low, high, reason);
    }
    updateStatusLine();
    schedulePreview();
}

void MainWindow::fetchModels()
{
    if (m_modelsJob)
        m_modelsJob->cancel();
    if (!m_provider)
        return;
    ModelListJob *job = m_provider->listModels();
    if (!job)
        return;
    job->setParent(this);
    m_modelsJob = job;
    m_panel->setModelNote(tr("Fetching the model list…"));
    connect(job, &ModelListJob::finished, this,
            [this, job, keep = m_provider](const QStringList &models, const std::optional<ProviderError> &error) {
                job->deleteLater();
                if (m_modelsJob != job)
                    return;
                m_modelsJob = nullptr;
                if (error) {
                    m_panel->setModelNote(error->code == ProviderError::Code::Cancelled
                                              ? QString()
                                              : tr("Could not list models: %1").arg(error->message));
                    return;
                }
                m_panel->setModels(models);
                m_panel->setModelNote(models.isEmpty() ? QString()
                                                       : tr("%n model(s) offered", nullptr, int(models.size())));
                Q_UNUSED(keep)
            });
}

void MainWindow::updateStatusLine()
{
    const ProviderPreset *preset = ProviderPreset::find(m_providerId);
    const bool simulated = (m_provider && m_provider->isSimulated()) || (m_lastResult && m_lastResult->simulated);
    m_simulated->setVisible(simulated);
    if (!preset || !m_provider) {
        m_statusLine->setText(tr("No provider selected."));
        return;
    }
    const ProviderConfig c = currentConfig();
    QString line =
        tr("Will call %1 · model %2 · %3")
            .arg(preset->title(), c.model.isEmpty() ? tr("(none)") : c.model, m_provider->chatUrl().toDisplayString());
    if (preset->kind != ProviderKind::Demo) {
        switch (m_keySources.value(m_providerId, KeySource::None)) {
        case KeySource::Environment:
            line += QStringLiteral(" · ") + tr("key from $%1").arg(m_keyVariables.value(m_providerId));
            break;
        case KeySource::Keychain:
            line += QStringLiteral(" · ") + tr("key from the system keychain");
            break;
        case KeySource::None:
            if (!c.apiKey.isEmpty())
                line += QStringLiteral(" · ") + tr("key set for this session");
            else if (preset->keyRequired)
                line += QStringLiteral(" · ") + tr("no API key (File → Providers…)");
            break;
        }
    }
    m_statusLine->setText(line);
    m_statusLine->setAccessibleName(line);
}

void MainWindow::showProvidersDialog()
{
    ProvidersDialog dialog(m_configs, m_providerId, m_secrets.get(), m_nam, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QHash<QString, ProviderConfig> edited = dialog.configs();
    for (auto it = edited.cbegin(); it != edited.cend(); ++it) {
        ProviderConfig &c = m_configs[it.key()];
        c.baseUrl = it->baseUrl;
        c.model = it->model;
    }
    for (const QString &id : dialog.forgottenKeys()) {
        m_configs[id].apiKey.clear();
        m_keySources.insert(id, KeySource::None);
        m_secrets->remove(id, this, [this](const QString &error) {
            if (!error.isEmpty())
                statusBar()->showMessage(tr("Could not remove the key from the system keychain: %1").arg(error), 8000);
        });
    }
    for (auto it = dialog.newKeys().cbegin(); it != dialog.newKeys().cend(); ++it) {
        const QString id = it.key();
        m_configs[id].apiKey = it.value();
        m_keySources.insert(id, KeySource::None);
        m_secrets->write(id, it.value(), this, [this, id](const QString &error) {
            if (error.isEmpty()) {
                m_keySources.insert(id, KeySource::Keychain);
            } else {
                m_banner->showMessage(MessageBanner::Severity::Warning,
                                      tr("The key could not be saved in the system keychain; it is kept for this "
                                         "session only."),
                                      {error});
            }
            updateStatusLine();
        });
    }
    applyProvider(dialog.currentPreset());
}

// ---- run -----------------------------------------------------------------------------------------------------

void MainWindow::generate()
{
    if (m_run)
        return;
    const QString text = m_panel->prompt().trimmed();
    if (text.isEmpty()) {
        m_banner->showMessage(MessageBanner::Severity::Warning, tr("Type a prompt first."));
        m_panel->promptEdit()->setFocus();
        return;
    }
    const GenerationSettings s = m_panel->settings();
    const QString invalid = s.validate();
    if (!invalid.isEmpty()) {
        m_banner->showMessage(MessageBanner::Severity::Error, invalid);
        return;
    }
    if (!m_provider) {
        m_banner->showMessage(MessageBanner::Severity::Error, tr("No provider is selected."));
        return;
    }
    m_request = RunRequest{text, s, 1};
    m_runConfig = currentConfig();
    m_origin = Origin::Run;
    m_originDetail.clear();
    // A pending preview would replace the messages of this run in the raw view.
    m_previewTimer->stop();
    m_banner->clear();
    m_streamed.clear();
    m_distribution = Distribution();
    m_lastResult.reset();
    m_sampler.setDistribution(Distribution());
    m_sampling->clearDraw();
    m_chars = 0;
    m_runStartMs = nowMs();

    auto *run = new Run(m_provider, m_request, this);
    m_run = run;
    // The run keeps its provider alive until it is destroyed, even if the user switches provider meanwhile.
    connect(run, &QObject::destroyed, this, [keep = m_provider] { Q_UNUSED(keep) });
    connect(run, &Run::candidateReady, this, &MainWindow::onCandidate);
    connect(run, &Run::progress, this, &MainWindow::onProgress);
    connect(run, &Run::callStarted, m_raw, &RawView::addCall);
    connect(run, &Run::rawText, m_raw, &RawView::appendReply);
    connect(run, &Run::finished, this, &MainWindow::onRunFinished);
    m_raw->beginRun();
    showDistribution(true);
    setRunning(true);
    updateProgress();
    Q_EMIT runStarted();
    run->start();
}

void MainWindow::cancel()
{
    if (m_run)
        m_run->cancel();
}

void MainWindow::onCandidate(const Candidate &candidate)
{
    m_streamed.append(candidate);
    if (!m_refresh->isActive())
        m_refresh->start();
}

void MainWindow::refreshStreaming()
{
    if (!m_run)
        return;
    PostProcessOptions options = PostProcessOptions::fromSettings(m_request.settings);
    options.requestedK = 0;
    m_distribution = Distribution::build(m_streamed, options);
    showDistribution(true);
    updateProgress();
}

void MainWindow::onProgress(qint64 chars, qint64 elapsedMs)
{
    Q_UNUSED(elapsedMs)
    m_chars = chars;
}

void MainWindow::updateProgress()
{
    if (!m_run)
        return;
    const QLocale locale;
    const int k = Names::methodAsksForMany(m_request.settings.method) ? m_request.settings.k : 1;
    const double seconds = double(nowMs() - m_runStartMs) / 1000.0;
    m_progressLabel->setText(tr("Generating… %1 s · %2 characters received · %3 of %4 candidates")
                                 .arg(locale.toString(seconds, 'f', 1), locale.toString(m_chars))
                                 .arg(m_streamed.size())
                                 .arg(k));
    m_progressBar->setRange(0, k);
    m_progressBar->setValue(std::min<int>(int(m_streamed.size()), k));
}

void MainWindow::onRunFinished(const RunResult &result)
{
    Run *run = m_run;
    m_run = nullptr;
    if (run)
        run->deleteLater();
    m_refresh->stop();
    m_lastResult = result;
    m_distribution = result.distribution;
    m_sampler.setDistribution(m_distribution);
    m_sampler.setSeed(m_request.settings.seed.value_or(SessionSampler::randomSeed()));
    m_sampling->setNextSeed(m_sampler.seed());
    setRunning(false);
    showDistribution(false);
    m_raw->showResult(result);
    showOutcome(result);
    updateStatusLine();
    saveToHistory(result);
    Q_EMIT runFinished(result);
}

void MainWindow::showOutcome(const RunResult &result)
{
    const QLocale locale;
    const int n = int(result.distribution.size());
    QStringList warnings;
    for (const Warning &w : result.warnings)
        warnings.append(w.message);

    if (result.cancelled) {
        m_banner->showMessage(MessageBanner::Severity::Info,
                              tr("Cancelled. %n candidate(s) received so far are kept (partial).", nullptr, n),
                              warnings);
    } else if (result.error) {
        QStringList details;
        details << (n > 0 ? tr("The %n candidate(s) received before the error are kept as a partial distribution.",
                               nullptr, n)
                          : tr("No candidate arrived before the error."));
        details << warnings;
        m_banner->showMessage(MessageBanner::Severity::Error, result.error->message, details);
    } else if (n == 0) {
        QStringList details;
        if (!result.parseError.isEmpty())
            details << result.parseError;
        details << tr("The raw reply is in the Raw tab (Ctrl+2).");
        m_banner->showMessage(MessageBanner::Severity::Error, tr("The reply held no candidate."), details + warnings);
    } else if (!warnings.isEmpty()) {
        m_banner->showMessage(MessageBanner::Severity::Warning, tr("The reply needed attention:"), warnings);
    } else {
        m_banner->clear();
    }

    QString status = result.cancelled ? tr("Cancelled after %1 s")
                     : result.error   ? tr("Failed after %1 s")
                                      : tr("Done in %1 s");
    status = status.arg(locale.toString(double(result.latencyMs) / 1000.0, 'f', 1));
    if (m_origin == Origin::File) {
        // A file tells nothing about how long its run took or what it cost.
        m_progressLabel->setText(originText() + QStringLiteral(" · ") + tr("%n candidate(s)", nullptr, n));
        return;
    }
    status += QStringLiteral(" · ") + tr("%n candidate(s)", nullptr, n);
    qint64 chars = 0;
    for (const QString &r : result.rawReplies)
        chars += r.size();
    status += QStringLiteral(" · ") + tr("%1 characters").arg(locale.toString(std::max(chars, m_chars)));
    if (result.usage.isKnown()) {
        status += QStringLiteral(" · ") + tr("%1 in / %2 out tokens")
                                              .arg(locale.toString(std::max<qint64>(result.usage.inputTokens, 0)),
                                                   locale.toString(std::max<qint64>(result.usage.outputTokens, 0)));
    }
    if (m_origin == Origin::History)
        status = originText() + QStringLiteral(" · ") + status;
    m_progressLabel->setText(status);
}

void MainWindow::setRunning(bool running)
{
    m_panel->setRunning(running);
    m_generateAct->setEnabled(!running);
    m_newDistributionAct->setEnabled(!running);
    m_cancelAct->setEnabled(running);
    const bool canSample = !running && !m_distribution.isEmpty();
    m_sampleAct->setEnabled(canSample);
    m_sampleManyAct->setEnabled(canSample);
    m_sampling->setAvailable(canSample, running);
    m_progressBar->setVisible(running);
    m_historyPanel->setRestoreEnabled(!running);
    updateFileActions();
    if (running)
        m_tick->start();
    else
        m_tick->stop();
}

QString MainWindow::chartTitle() const
{
    QString title;
    if (!m_request.prompt.isEmpty()) {
        const QFontMetrics fm(font());
        const QString prompt = fm.elidedText(m_request.prompt.simplified(), Qt::ElideRight, 320);
        title = tr("“%1” · %2, k = %3")
                    .arg(prompt, Names::methodTitle(m_request.settings.method))
                    .arg(m_request.settings.k);
    } else if (m_origin == Origin::File) {
        // A distribution written by the Python package carries no prompt.
        title = originText();
    } else {
        return tr("No distribution yet: type a prompt and press Generate (Ctrl+Enter).");
    }
    const bool simulated = m_lastResult ? m_lastResult->simulated : (m_provider && m_provider->isSimulated());
    if (simulated)
        title += QLatin1Char('\n') + tr("Simulated (offline demo model)");
    return title;
}

void MainWindow::showDistribution(bool provisional)
{
    const QList<Candidate> &items = m_distribution.items();
    m_chart->setCandidates(items);
    m_tableModel->setCandidates(items);
    m_table->setColumnHidden(CandidateTableModel::ObservedColumn, true);
    const GenerationSettings &s = m_request.settings;
    double tau = std::nan("");
    if (s.tauMode == TauMode::Filter)
        tau = provisional || std::isnan(m_distribution.tauFinal()) ? s.tau : m_distribution.tauFinal();
    else if (s.tauMode == TauMode::Tail)
        tau = s.tau;
    m_chart->setTau(tau, s.tauMode);
    m_chart->setTitle(chartTitle());

    if (m_distribution.isEmpty()) {
        m_summary->clear();
    } else {
        const QLocale locale;
        QString summary = tr("%n candidate(s)", nullptr, int(m_distribution.size()));
        if (!provisional) {
            summary += QStringLiteral(" · ") +
                       tr("entropy %1 bits").arg(locale.toString(m_distribution.entropy(), 'f', 2)) +
                       QStringLiteral(" · ") +
                       tr("stated probabilities sum to %1").arg(locale.toString(m_distribution.statedSum(), 'f', 2));
            if (m_distribution.numFiltered() > 0)
                summary += QStringLiteral(" · ") + tr("%n below τ dropped", nullptr, m_distribution.numFiltered());
            if (m_distribution.tauRelaxed())
                summary += QStringLiteral(" · ") +
                           tr("τ relaxed to %1").arg(locale.toString(m_distribution.tauFinal(), 'f', 3));
        } else {
            summary += QStringLiteral(" · ") + tr("receiving…");
        }
        m_summary->setText(summary);
    }
    const bool canSample = !provisional && !m_distribution.isEmpty() && !m_run;
    m_sampleAct->setEnabled(canSample);
    m_sampleManyAct->setEnabled(canSample);
    m_sampling->setAvailable(canSample, m_run != nullptr);
    updateFileActions();
}

void MainWindow::selectRank(int rank)
{
    if (rank < 0 || rank >= m_tableModel->rowCount()) {
        m_table->clearSelection();
        m_chart->setSelectedRank(-1);
        return;
    }
    const QModelIndex index = m_tableModel->index(rank, CandidateTableModel::TextColumn);
    m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->scrollTo(index);
    m_chart->setSelectedRank(rank);
}

// ---- sampling ----------------------------------------------------------------------------------------------------

void MainWindow::sampleOne()
{
    if (m_run)
        return;
    const std::optional<SampleDraw> draw = m_sampler.drawOne();
    if (!draw)
        return;
    m_sampling->showDraw(*draw, draw->index);
    m_sampling->setHistory(m_sampler.history());
    m_sampling->setNextSeed(m_sampler.seed());
    selectRank(draw->index);
}

void MainWindow::sampleMany(int n)
{
    if (m_run)
        return;
    const std::optional<SampleDraw> draw = m_sampler.drawMany(n);
    if (!draw)
        return;
    const QList<double> frequencies = m_sampler.observedFrequencies();
    m_chart->setObserved(frequencies);
    m_tableModel->setObserved(frequencies);
    m_table->setColumnHidden(CandidateTableModel::ObservedColumn, false);
    m_sampling->showDraw(*draw, draw->index);
    m_sampling->setHistory(m_sampler.history());
    m_sampling->setNextSeed(m_sampler.seed());
    selectRank(draw->index);
}

void MainWindow::clearHistory()
{
    m_sampler.clearHistory();
    m_sampling->setHistory({});
}

// ---- copy ------------------------------------------------------------------------------------------------------

void MainWindow::copySelected()
{
    QList<int> rows;
    const QModelIndexList selected = m_table->selectionModel()->selectedRows();
    for (const QModelIndex &i : selected)
        rows.append(i.row());
    std::sort(rows.begin(), rows.end());
    if (rows.isEmpty() && m_chart->selectedRank() >= 0)
        rows.append(m_chart->selectedRank());
    if (rows.isEmpty())
        return;
    // One candidate copies as its bare text (what people paste); several as a table.
    const QString text =
        rows.size() == 1 ? m_tableModel->candidates().at(rows.constFirst()).text : m_tableModel->toTsv(rows);
    QGuiApplication::clipboard()->setText(text);
    statusBar()->showMessage(tr("Copied %n candidate(s).", nullptr, int(rows.size())), 3000);
}

void MainWindow::copyAllTsv()
{
    QGuiApplication::clipboard()->setText(m_tableModel->toTsv(m_tableModel->allRows()));
    statusBar()->showMessage(tr("Copied %n candidate(s) as TSV.", nullptr, m_tableModel->rowCount()), 3000);
}

void MainWindow::copyAllMarkdown()
{
    QGuiApplication::clipboard()->setText(m_tableModel->toMarkdown(m_tableModel->allRows()));
    statusBar()->showMessage(tr("Copied %n candidate(s) as Markdown.", nullptr, m_tableModel->rowCount()), 3000);
}

// ---- preview -----------------------------------------------------------------------------------------------------

void MainWindow::onSettingsChanged()
{
    const GenerationSettings s = m_panel->settings();
    if (s.seed && !m_run) {
        m_sampler.setSeed(*s.seed);
        m_sampling->setNextSeed(*s.seed);
    }
    schedulePreview();
}

void MainWindow::schedulePreview()
{
    if (m_previewTimer)
        m_previewTimer->start();
}

void MainWindow::updatePreview()
{
    if (m_run)
        return;
    m_raw->endRunDisplay();
    m_raw->showPreview(Run::previewMessages(RunRequest{m_panel->prompt().trimmed(), m_panel->settings(), 1}));
}

// ---- history -----------------------------------------------------------------------------------------------------

void MainWindow::setHistoryEnabled(bool enabled)
{
    m_historyWanted = enabled;
    if (enabled)
        return;
    m_history.reset();
    m_historyPanel->setEntries({});
    m_historyPanel->setUnavailableReason(tr("The run history is off for this session."));
}

bool MainWindow::openHistory(const QString &path)
{
    m_historyTried = true;
    auto store = std::make_unique<HistoryStore>();
    if (!store->open(path)) {
        const QString reason = store->lastError();
        m_history.reset();
        m_historyPanel->setEntries({});
        m_historyPanel->setUnavailableReason(reason);
        m_banner->showMessage(MessageBanner::Severity::Warning,
                              tr("The run history is off, so runs are not saved; everything else works."), {reason});
        return false;
    }
    m_history = std::move(store);
    m_historyPanel->setUnavailableReason({});
    refreshHistory();
    return true;
}

bool MainWindow::isHistoryOpen() const
{
    return m_history && m_history->isOpen();
}

QString MainWindow::historyPath() const
{
    return m_history ? m_history->path() : QString();
}

void MainWindow::refreshHistory(qint64 select)
{
    if (!m_history)
        return;
    // The newest few hundred are plenty to browse; older runs stay in the database.
    m_historyPanel->setEntries(m_history->list(500));
    if (select > 0)
        m_historyPanel->selectId(select);
}

void MainWindow::saveToHistory(const RunResult &result)
{
    if (!m_history)
        return;
    bool anyReply = false;
    for (const QString &reply : result.rawReplies)
        anyReply = anyReply || !reply.isEmpty();
    // A run that failed before anything came back has nothing to show again.
    if (!result.completed() && result.distribution.isEmpty() && !anyReply)
        return;
    const qint64 id = m_history->add(RunArchive::toEntry(m_request, result));
    if (id <= 0) {
        const QString message = tr("This run could not be saved in the history: %1").arg(m_history->lastError());
        if (m_banner->headline().isEmpty())
            m_banner->showMessage(MessageBanner::Severity::Warning, message);
        else
            statusBar()->showMessage(message, 10000);
        return;
    }
    refreshHistory(id);
}

bool MainWindow::restoreRun(qint64 id)
{
    if (m_run) {
        statusBar()->showMessage(tr("Wait for the run to finish, or cancel it, before restoring another."), 5000);
        return false;
    }
    if (!m_history)
        return false;
    const std::optional<HistoryEntry> entry = m_history->get(id);
    QString error = entry ? QString() : m_history->lastError();
    std::optional<SavedRun> run;
    if (entry) {
        Result<SavedRun> r = RunArchive::fromEntry(*entry);
        if (r)
            run = std::move(r).value();
        else
            error = r.message();
    }
    if (!run) {
        m_banner->showMessage(MessageBanner::Severity::Error, tr("This saved run cannot be shown."),
                              error.isEmpty() ? QStringList() : QStringList{error});
        return false;
    }
    // The prompt and settings come back too, so "New distribution" asks the same question again.
    m_panel->setSettings(run->request.settings);
    m_panel->setPrompt(run->request.prompt);
    showSavedRun(*run, Origin::History, QLocale().toString(entry->createdAt.toLocalTime(), QLocale::ShortFormat));
    m_historyPanel->selectId(id);
    return true;
}

bool MainWindow::deleteRun(qint64 id)
{
    if (!m_history || !m_history->remove(id)) {
        statusBar()->showMessage(tr("The run could not be deleted from the history."), 5000);
        return false;
    }
    refreshHistory();
    return true;
}

bool MainWindow::clearRunHistory()
{
    if (!m_history || !m_history->clear()) {
        statusBar()->showMessage(tr("The history could not be cleared."), 5000);
        return false;
    }
    refreshHistory();
    return true;
}

void MainWindow::confirmClearRunHistory()
{
    const int n = m_historyPanel->count();
    if (n == 0)
        return;
    const auto answer = QMessageBox::question(
        this, tr("Clear run history"),
        tr("Delete all %n saved run(s)? Their distributions and raw replies cannot be restored afterwards.", nullptr,
           n),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer == QMessageBox::Yes)
        clearRunHistory();
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
    m_historyAct->setChecked(!m_historyDock->isHidden());
}

QString MainWindow::originText() const
{
    switch (m_origin) {
    case Origin::History:
        return tr("Restored from the history (run of %1)").arg(m_originDetail);
    case Origin::File:
        return tr("Opened from %1").arg(m_originDetail);
    case Origin::Run:
        break;
    }
    return {};
}

void MainWindow::showSavedRun(const SavedRun &run, Origin origin, const QString &detail)
{
    // Setting the prompt or settings schedules a preview, which would replace the messages shown below.
    m_previewTimer->stop();
    m_origin = origin;
    m_originDetail = detail;
    m_request = run.request;
    m_streamed.clear();
    m_lastResult = run.result;
    m_distribution = run.result.distribution;
    m_sampler.setDistribution(m_distribution);
    m_sampler.setSeed(m_request.settings.seed.value_or(SessionSampler::randomSeed()));
    m_sampling->clearDraw();
    m_sampling->setNextSeed(m_sampler.seed());
    m_raw->beginRun();
    // The messages are not stored; for a saved run they are rebuilt from its prompt and settings (the first call's).
    if (origin == Origin::History && !m_request.prompt.isEmpty())
        m_raw->addCall(0, Run::previewMessages(m_request));
    m_raw->showResult(run.result);
    setRunning(false);
    showDistribution(false);
    showOutcome(run.result);
    updateStatusLine();
    m_samplingDock->raise();
}

// ---- files -------------------------------------------------------------------------------------------------------

void MainWindow::updateFileActions()
{
    const bool canExport = !m_run && m_lastResult && !m_distribution.isEmpty();
    m_exportAct->setEnabled(canExport);
    m_saveChartAct->setEnabled(canExport);
    m_openAct->setEnabled(!m_run);
}

QString MainWindow::suggestedPath(const QString &suffix) const
{
    QString dir = m_fileDir;
    if (dir.isEmpty() || !QFileInfo(dir).isDir())
        dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    // A file name from the prompt's first words, in any script: "tell-me-a-joke.json".
    static const QRegularExpression unsafe(QStringLiteral("[^\\w]+"), QRegularExpression::UseUnicodePropertiesOption);
    QString base = m_request.prompt.left(48).toLower().replace(unsafe, QStringLiteral("-"));
    base.remove(QRegularExpression(QStringLiteral("^-+|-+$")));
    if (base.isEmpty())
        base = QStringLiteral("distribution");
    return QDir(dir).filePath(base + QLatin1Char('.') + suffix);
}

bool MainWindow::exportDistribution(const QString &path)
{
    if (m_run || !m_lastResult || m_distribution.isEmpty()) {
        m_banner->showMessage(MessageBanner::Severity::Warning,
                              tr("There is no distribution to export yet: generate one or open a file first."));
        return false;
    }
    const DistributionFile::Format format = DistributionFile::formatForPath(path);
    QString error;
    if (!DistributionFile::write(path, DistributionFile::encode(m_request, *m_lastResult, format), &error)) {
        m_banner->showMessage(MessageBanner::Severity::Error, tr("The distribution was not exported."), {error});
        return false;
    }
    m_fileDir = QFileInfo(path).absolutePath();
    statusBar()->showMessage(
        tr("Exported %n candidate(s) to %1.", nullptr, int(m_distribution.size())).arg(QDir::toNativeSeparators(path)),
        8000);
    return true;
}

bool MainWindow::openDistribution(const QString &path)
{
    if (m_run) {
        m_banner->showMessage(MessageBanner::Severity::Warning,
                              tr("Wait for the run to finish, or cancel it, before opening a distribution."));
        return false;
    }
    QString error;
    const std::optional<SavedRun> run = DistributionFile::read(path, &error);
    if (!run) {
        // Nothing changes: the distribution shown, its draws and the prompt all stay.
        m_banner->showMessage(MessageBanner::Severity::Error, tr("The file could not be opened."), {error});
        return false;
    }
    m_fileDir = QFileInfo(path).absolutePath();
    showSavedRun(*run, Origin::File, QFileInfo(path).fileName());
    statusBar()->showMessage(
        tr("Opened %n candidate(s) from %1.", nullptr, int(m_distribution.size())).arg(QDir::toNativeSeparators(path)),
        8000);
    return true;
}

bool MainWindow::saveChartImage(const QString &path)
{
    if (m_distribution.isEmpty()) {
        m_banner->showMessage(MessageBanner::Severity::Warning, tr("There is no chart to save yet."));
        return false;
    }
    // The chart view is as tall as all its bars, even where the scroll area hides them.
    const QPixmap image = m_chart->chartView()->grab();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || !image.save(&file, "PNG") || !file.commit()) {
        const QString reason = file.errorString().isEmpty() ? tr("the image could not be encoded") : file.errorString();
        m_banner->showMessage(MessageBanner::Severity::Error, tr("The chart was not saved."),
                              {tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), reason)});
        return false;
    }
    m_fileDir = QFileInfo(path).absolutePath();
    statusBar()->showMessage(tr("Saved the chart to %1.").arg(QDir::toNativeSeparators(path)), 8000);
    return true;
}

namespace {
/// A save dialog whose default suffix follows the chosen filter, so "name" becomes "name.csv" for the CSV filter
/// and the overwrite question is asked about the file really written.
QString askSavePath(QWidget *parent, const QString &title, const QString &suggested,
                    const QList<std::pair<QString, QString>> &filters)
{
    QStringList names;
    for (const auto &f : filters)
        names.append(f.first);
    QFileDialog dialog(parent, title);
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    dialog.setFileMode(QFileDialog::AnyFile);
    // Qt's own dialog: native ones do not report filter changes, which the default suffix relies on.
    dialog.setOption(QFileDialog::DontUseNativeDialog);
    dialog.setNameFilters(names);
    dialog.setDirectory(QFileInfo(suggested).absolutePath());
    dialog.selectFile(QFileInfo(suggested).completeBaseName());
    dialog.setDefaultSuffix(filters.constFirst().second);
    QObject::connect(&dialog, &QFileDialog::filterSelected, &dialog, [&dialog, filters](const QString &name) {
        for (const auto &f : filters) {
            if (f.first == name)
                dialog.setDefaultSuffix(f.second);
        }
    });
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
        return {};
    return dialog.selectedFiles().constFirst();
}
} // namespace

void MainWindow::showExportDialog()
{
    if (!m_exportAct->isEnabled())
        return;
    using F = DistributionFile::Format;
    const QString path =
        askSavePath(this, tr("Export distribution"), suggestedPath(DistributionFile::suffix(F::Json)),
                    {{tr("JSON distribution, reference package format (*.json)"), DistributionFile::suffix(F::Json)},
                     {tr("CSV table (*.csv)"), DistributionFile::suffix(F::Csv)},
                     {tr("Markdown (*.md)"), DistributionFile::suffix(F::Markdown)}});
    if (!path.isEmpty())
        exportDistribution(path);
}

void MainWindow::showOpenDialog()
{
    if (m_run)
        return;
    QString dir = m_fileDir;
    if (dir.isEmpty())
        dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open distribution"), dir, tr("Distributions (*.json)") + QStringLiteral(";;") + tr("All files (*)"),
        nullptr, QFileDialog::DontUseNativeDialog);
    if (!path.isEmpty())
        openDistribution(path);
}

void MainWindow::showSaveChartDialog()
{
    if (!m_saveChartAct->isEnabled())
        return;
    const QString path = askSavePath(this, tr("Save chart as PNG"), suggestedPath(QStringLiteral("png")),
                                     {{tr("PNG image (*.png)"), QStringLiteral("png")}});
    if (!path.isEmpty())
        saveChartImage(path);
}
