// SPDX-License-Identifier: Apache-2.0
#include "LabWindow.h"

#include "FileDialogs.h"
#include "LabClusterBars.h"
#include "MethodChecks.h"
#include "metrics/MetricCatalog.h"
#include "metrics/Metrics.h"
#include "session/LabSession.h"
#include "session/ProviderRegistry.h"
#include "session/Session.h"
#include "ThreeViewsWindow.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QCloseEvent>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFileInfo>
#include <QFrame>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSlider>
#include <QSpinBox>
#include <QSplitter>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

#include <cmath>
#include <functional>
#include <optional>

namespace {
constexpr double kClassroomScale = 1.6;
constexpr int kDefaultAlpha = 4;
constexpr int kMaxAlpha = 8;
const QList<Method> kDefaultMethods = {Method::Direct, Method::VsStandard};
constexpr int kTopLogprobs = 20; ///< alternatives per position when token probabilities are asked for

/// High contrast for a projector: white on black, yellow for what is selected or measured.
QPalette classroomPalette()
{
    QPalette p;
    const QColor black(Qt::black);
    const QColor white(Qt::white);
    const QColor yellow(255, 214, 0);
    for (auto group : {QPalette::Active, QPalette::Inactive}) {
        p.setColor(group, QPalette::Window, black);
        p.setColor(group, QPalette::WindowText, white);
        p.setColor(group, QPalette::Base, black);
        p.setColor(group, QPalette::AlternateBase, QColor(30, 30, 30));
        p.setColor(group, QPalette::Text, white);
        p.setColor(group, QPalette::Button, QColor(25, 25, 25));
        p.setColor(group, QPalette::ButtonText, white);
        p.setColor(group, QPalette::Highlight, yellow);
        p.setColor(group, QPalette::HighlightedText, black);
        p.setColor(group, QPalette::ToolTipBase, black);
        p.setColor(group, QPalette::ToolTipText, white);
        p.setColor(group, QPalette::PlaceholderText, QColor(190, 190, 190));
        p.setColor(group, QPalette::Light, white);
        p.setColor(group, QPalette::Mid, QColor(160, 160, 160));
        p.setColor(group, QPalette::Dark, QColor(200, 200, 200));
    }
    p.setColor(QPalette::Disabled, QPalette::Window, black);
    p.setColor(QPalette::Disabled, QPalette::Base, black);
    p.setColor(QPalette::Disabled, QPalette::Button, QColor(25, 25, 25));
    p.setColor(QPalette::Disabled, QPalette::WindowText, QColor(170, 170, 170));
    p.setColor(QPalette::Disabled, QPalette::Text, QColor(170, 170, 170));
    p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(170, 170, 170));
    return p;
}

QLabel *buddyLabel(QWidget *buddy)
{
    auto *label = new QLabel;
    label->setBuddy(buddy);
    return label;
}
} // namespace

LabWindow::LabWindow(ProviderRegistry *providers, Session *history, QWidget *parent)
    : QMainWindow(parent, Qt::Window)
    , m_providers(providers)
    , m_session(new LabSession(providers, this))
{
    m_session->setHistory(history);
    setObjectName(QStringLiteral("labWindow"));
    m_normalFont = font();
    m_normalPalette = palette();
    buildUi();
    connect(m_session, &LabSession::started, this, &LabWindow::onStarted);
    connect(m_session, &LabSession::progress, this, &LabWindow::onProgress);
    connect(m_session, &LabSession::updated, this, &LabWindow::onUpdated);
    connect(m_session, &LabSession::finished, this, &LabWindow::onFinished);
    connect(m_providers, &ProviderRegistry::currentChanged, this, &LabWindow::updateState);
    retranslate();
    updateState();
    resize(1100, 760);
}

LabWindow::~LabWindow() = default;

LabWindow *LabWindow::showFor(Session *session, const QString &prompt, QWidget *parent)
{
    auto *lab = parent ? parent->findChild<LabWindow *>(QString(), Qt::FindDirectChildrenOnly) : nullptr;
    if (!lab) {
        lab = new LabWindow(session->providers(), session, parent);
        lab->setPrompt(prompt);
    }
    lab->show();
    lab->raise();
    lab->activateWindow();
    return lab;
}

void LabWindow::buildUi()
{
    auto *central = new QWidget;
    auto *layout = new QVBoxLayout(central);

    // The prompt stays in view in classroom mode; everything else of the setup folds away.
    m_prompt = new QLineEdit;
    m_prompt->setObjectName(QStringLiteral("labPrompt"));
    m_promptLabel = buddyLabel(m_prompt);
    auto *promptRow = new QHBoxLayout;
    promptRow->addWidget(m_promptLabel);
    promptRow->addWidget(m_prompt, 1);
    layout->addLayout(promptRow);

    m_setup = new QGroupBox;
    m_setup->setObjectName(QStringLiteral("labSetup"));
    auto *grid = new QGridLayout(m_setup);
    m_n = new QSpinBox;
    m_n->setObjectName(QStringLiteral("labN"));
    m_n->setRange(1, CompareRequest::nMax);
    m_n->setValue(30);
    m_k = new QSpinBox;
    m_k->setObjectName(QStringLiteral("labK"));
    m_k->setRange(GenerationSettings::kMin, GenerationSettings::kMax);
    m_k->setValue(5);
    m_concurrency = new QSpinBox;
    m_concurrency->setObjectName(QStringLiteral("labConcurrency"));
    m_concurrency->setRange(1, CompareRequest::concurrencyMax);
    m_concurrency->setValue(4);
    m_threshold = new QDoubleSpinBox;
    m_threshold->setObjectName(QStringLiteral("labThreshold"));
    m_threshold->setRange(0.0, 1.0);
    m_threshold->setSingleStep(0.05);
    m_threshold->setDecimals(2);
    m_threshold->setValue(0.0);
    m_nLabel = buddyLabel(m_n);
    m_kLabel = buddyLabel(m_k);
    m_concurrencyLabel = buddyLabel(m_concurrency);
    m_thresholdLabel = buddyLabel(m_threshold);
    auto *numbers = new QHBoxLayout;
    for (auto [label, field] : {std::pair<QLabel *, QWidget *>{m_nLabel, m_n},
                                {m_kLabel, m_k},
                                {m_concurrencyLabel, m_concurrency},
                                {m_thresholdLabel, m_threshold}}) {
        numbers->addWidget(label);
        numbers->addWidget(field);
        numbers->addSpacing(12);
    }
    numbers->addStretch(1);
    grid->addLayout(numbers, 0, 0, 1, 3);

    m_methods = new MethodChecks(QStringLiteral("labMethod"), kDefaultMethods);
    grid->addWidget(m_methods, 1, 0, 1, 3);

    m_answers = new QLineEdit;
    m_answers->setObjectName(QStringLiteral("labAnswerSet"));
    m_answers->setClearButtonEnabled(true);
    m_answersLabel = buddyLabel(m_answers);
    m_browse = new QPushButton;
    m_browse->setObjectName(QStringLiteral("labBrowseAnswers"));
    grid->addWidget(m_answersLabel, 2, 0);
    grid->addWidget(m_answers, 2, 1);
    grid->addWidget(m_browse, 2, 2);
    m_embeddings = new QLineEdit;
    m_embeddings->setObjectName(QStringLiteral("labEmbeddingsModel"));
    m_embeddings->setClearButtonEnabled(true);
    m_embeddingsLabel = buddyLabel(m_embeddings);
    grid->addWidget(m_embeddingsLabel, 3, 0);
    grid->addWidget(m_embeddings, 3, 1, 1, 2);
    m_logprobs = new QCheckBox;
    m_logprobs->setObjectName(QStringLiteral("labLogprobs"));
    grid->addWidget(m_logprobs, 4, 1, 1, 2);
    grid->setColumnStretch(1, 1);
    layout->addWidget(m_setup);

    m_run = new QPushButton;
    m_run->setObjectName(QStringLiteral("labRun"));
    m_run->setDefault(true);
    m_cancel = new QPushButton;
    m_cancel->setObjectName(QStringLiteral("labCancel"));
    m_classroomBox = new QCheckBox;
    m_classroomBox->setObjectName(QStringLiteral("labClassroom"));
    m_progress = new QProgressBar;
    m_progress->setObjectName(QStringLiteral("labProgress"));
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    m_progress->setTextVisible(false);
    m_progressText = new QLabel;
    m_progressText->setObjectName(QStringLiteral("labProgressText"));
    auto *actionRow = new QHBoxLayout;
    actionRow->addWidget(m_run);
    actionRow->addWidget(m_cancel);
    m_threeViews = new QPushButton;
    m_threeViews->setObjectName(QStringLiteral("labThreeViews"));
    actionRow->addWidget(m_threeViews);
    actionRow->addWidget(m_classroomBox);
    actionRow->addWidget(m_progress, 1);
    actionRow->addWidget(m_progressText);
    layout->addLayout(actionRow);

    m_message = new QLabel;
    m_message->setObjectName(QStringLiteral("labMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_message->hide();
    layout->addWidget(m_message);

    // Classroom controls: paging, the class's prediction, and α.
    m_classroomBar = new QWidget;
    m_classroomBar->setObjectName(QStringLiteral("labClassroomBar"));
    auto *classroom = new QVBoxLayout(m_classroomBar);
    classroom->setContentsMargins(0, 0, 0, 0);
    m_previous = new QPushButton;
    m_previous->setObjectName(QStringLiteral("labPrevious"));
    m_previous->setShortcut(QKeySequence(Qt::Key_PageUp));
    m_next = new QPushButton;
    m_next->setObjectName(QStringLiteral("labNext"));
    m_next->setShortcut(QKeySequence(Qt::Key_PageDown));
    m_pageLabel = new QLabel;
    m_pageLabel->setObjectName(QStringLiteral("labPageLabel"));
    m_alpha = new QSlider(Qt::Horizontal);
    m_alpha->setObjectName(QStringLiteral("labAlpha"));
    m_alpha->setRange(0, kMaxAlpha);
    m_alpha->setValue(kDefaultAlpha);
    m_alpha->setPageStep(1);
    m_alpha->setTickInterval(1);
    m_alpha->setTickPosition(QSlider::TicksBelow);
    m_alphaLabel = buddyLabel(m_alpha);
    m_alphaLabel->setObjectName(QStringLiteral("labAlphaLabel"));
    auto *pageRow = new QHBoxLayout;
    pageRow->addWidget(m_previous);
    pageRow->addWidget(m_pageLabel, 1);
    pageRow->addWidget(m_next);
    pageRow->addSpacing(24);
    pageRow->addWidget(m_alphaLabel);
    pageRow->addWidget(m_alpha, 1);
    classroom->addLayout(pageRow);
    m_guessAnswer = new QLineEdit;
    m_guessAnswer->setObjectName(QStringLiteral("labGuessAnswer"));
    m_guessAnswerLabel = buddyLabel(m_guessAnswer);
    m_guessDistinct = new QSpinBox;
    m_guessDistinct->setObjectName(QStringLiteral("labGuessDistinct"));
    m_guessDistinct->setRange(1, 1000);
    m_guessDistinct->setValue(1);
    m_guessDistinctLabel = buddyLabel(m_guessDistinct);
    m_reveal = new QPushButton;
    m_reveal->setObjectName(QStringLiteral("labReveal"));
    auto *guessRow = new QHBoxLayout;
    guessRow->addWidget(m_guessAnswerLabel);
    guessRow->addWidget(m_guessAnswer, 1);
    guessRow->addWidget(m_guessDistinctLabel);
    guessRow->addWidget(m_guessDistinct);
    guessRow->addWidget(m_reveal);
    classroom->addLayout(guessRow);
    m_verdict = new QLabel;
    m_verdict->setObjectName(QStringLiteral("labVerdict"));
    m_verdict->setWordWrap(true);
    m_verdict->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    classroom->addWidget(m_verdict);
    m_classroomBar->hide();
    layout->addWidget(m_classroomBar);

    auto *split = new QSplitter(Qt::Vertical);
    split->setObjectName(QStringLiteral("labSplit"));
    split->setChildrenCollapsible(false);
    m_columnsArea = new QWidget;
    m_columnsArea->setObjectName(QStringLiteral("labColumns"));
    new QHBoxLayout(m_columnsArea);
    m_columnsArea->layout()->setContentsMargins(0, 0, 0, 0);
    split->addWidget(m_columnsArea);
    auto *metricsBox = new QWidget;
    auto *metricsLayout = new QVBoxLayout(metricsBox);
    metricsLayout->setContentsMargins(0, 0, 0, 0);
    m_metrics = new QTableWidget;
    m_metrics->setObjectName(QStringLiteral("labMetrics"));
    m_metrics->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_metrics->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_metrics->setTabKeyNavigation(false);
    m_metrics->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_metrics->horizontalHeader()->setStretchLastSection(true);
    m_metrics->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_band = new QLabel;
    m_band->setObjectName(QStringLiteral("labBand"));
    m_band->setWordWrap(true);
    metricsLayout->addWidget(m_metrics, 1);
    metricsLayout->addWidget(m_band);
    split->addWidget(metricsBox);
    // The bars get the room; the table scrolls.
    split->setSizes({3000, 2000});
    layout->addWidget(split, 1);
    setCentralWidget(central);

    m_alphaTimer = new QTimer(this);
    m_alphaTimer->setSingleShot(true);
    m_alphaTimer->setInterval(250);

    // Window-wide keys that act at once (a button's own shortcut only animates a click, 100 ms later).
    auto *runKey = new QAction(this);
    runKey->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)});
    connect(runKey, &QAction::triggered, this, [this] {
        if (m_run->isEnabled())
            run();
    });
    auto *cancelKey = new QAction(this);
    cancelKey->setShortcut(QKeySequence(Qt::Key_Escape));
    connect(cancelKey, &QAction::triggered, this, &LabWindow::cancel);
    addActions({runKey, cancelKey});
    connect(m_run, &QPushButton::clicked, this, &LabWindow::run);
    connect(m_prompt, &QLineEdit::returnPressed, m_run, &QPushButton::click);
    connect(m_cancel, &QPushButton::clicked, this, &LabWindow::cancel);
    connect(m_threeViews, &QPushButton::clicked, this, [this] {
        if (!m_threeViewsWindow)
            m_threeViewsWindow = new ThreeViewsWindow(this);
        const bool simulated = m_session->result() && m_session->result()->simulated;
        QList<TokenAlternative> firstToken;
        for (const LabColumn &c : m_session->columns()) {
            if (c.outcome.method == Method::Direct)
                firstToken = c.outcome.firstToken;
        }
        m_threeViewsWindow->showCalibration(
            m_session->calibration(),
            simulated ? tr("%1 — simulated by the offline demo model").arg(prompt()) : prompt(), firstToken);
    });
    connect(m_browse, &QPushButton::clicked, this, &LabWindow::browseAnswerSet);
    connect(m_classroomBox, &QCheckBox::toggled, this, &LabWindow::setClassroomMode);
    connect(m_previous, &QPushButton::clicked, this, [this] { setPage(m_page - 1); });
    connect(m_next, &QPushButton::clicked, this, [this] { setPage(m_page + 1); });
    connect(m_reveal, &QPushButton::clicked, this, &LabWindow::reveal);
    connect(m_threshold, &QDoubleSpinBox::valueChanged, m_session, &LabSession::setMergeThreshold);
    connect(m_alpha, &QSlider::valueChanged, this, [this] {
        m_alphaLabel->setText(tr("&Typicality bias α = %1").arg(m_alpha->value()));
        m_alphaTimer->start();
    });
    connect(m_alphaTimer, &QTimer::timeout, this, &LabWindow::runAlpha);
    connect(m_methods, &MethodChecks::changed, this, &LabWindow::updateState);
}

void LabWindow::retranslate()
{
    setWindowTitle(tr("Mode-collapse lab"));
    m_promptLabel->setText(tr("&Prompt:"));
    m_prompt->setAccessibleName(tr("Prompt"));
    m_setup->setTitle(tr("Experiment"));
    m_setup->setAccessibleName(tr("Experiment settings"));
    m_nLabel->setText(tr("&N responses:"));
    m_n->setAccessibleName(tr("Responses per method"));
    m_n->setToolTip(tr("About this many responses per method; a VS call gives k of them"));
    m_kLabel->setText(tr("&k:"));
    m_k->setAccessibleName(tr("Candidates per VS call (k)"));
    m_concurrencyLabel->setText(tr("C&oncurrent calls:"));
    m_concurrency->setAccessibleName(tr("Concurrent calls"));
    m_thresholdLabel->setText(tr("Near-d&uplicate ROUGE-L:"));
    m_threshold->setAccessibleName(tr("Near-duplicate ROUGE-L threshold"));
    m_threshold->setToolTip(tr("Answers whose ROUGE-L F1 is above this count as one cluster; 0 = exact matches only"));
    m_answersLabel->setText(tr("&Answer set:"));
    m_answers->setAccessibleName(tr("Answer set file"));
    m_answers->setPlaceholderText(tr("optional: one answer per line, aliases separated by |"));
    m_answers->setToolTip(tr("For precision, coverage and KL to uniform; the demo prompts bring their own"));
    m_embeddingsLabel->setText(tr("&Embeddings model:"));
    m_embeddings->setAccessibleName(tr("Embeddings model"));
    m_embeddings->setPlaceholderText(tr("optional: e.g. text-embedding-3-small (not for the demo model or Anthropic)"));
    m_embeddings->setToolTip(tr("Adds semantic diversity: the responses are embedded by this model of the same "
                                "provider after the calls are done"));
    m_browse->setText(tr("&Browse…"));
    m_browse->setAccessibleName(tr("Browse for an answer set file"));
    m_run->setText(tr("&Run"));
    m_run->setAccessibleName(tr("Run the comparison"));
    m_run->setToolTip(tr("Ask every chosen method for about N responses (Ctrl+Enter)"));
    m_cancel->setText(tr("&Cancel"));
    m_cancel->setAccessibleName(tr("Cancel the comparison"));
    m_cancel->setToolTip(tr("Stop every call and keep what arrived (Esc)"));
    m_threeViews->setText(tr("&Three views…"));
    m_threeViews->setAccessibleName(tr("Show stated, observed and token-level probabilities"));
    m_threeViews->setToolTip(tr("Stated (VS), observed (direct) and token-level probabilities per answer on one "
                                "chart, with a calibration scatter"));
    m_logprobs->setText(tr("Token &probabilities (direct calls; OpenAI-compatible and Gemini servers)"));
    m_logprobs->setAccessibleName(tr("Ask for token probabilities"));
    m_logprobs->setToolTip(tr("Direct calls ask for the model's token log-probabilities, for the token-level view; "
                              "a server that refuses them is asked without"));
    m_classroomBox->setText(tr("C&lassroom mode"));
    m_classroomBox->setAccessibleName(tr("Classroom mode"));
    m_classroomBox->setToolTip(tr("Large type, high contrast, one chart at a time, predict then reveal"));
    m_progress->setAccessibleName(tr("Calls done"));
    m_progressText->setAccessibleName(tr("Calls done of total"));
    m_message->setAccessibleName(tr("Lab message"));
    m_previous->setText(tr("◀ Pre&vious"));
    m_previous->setAccessibleName(tr("Previous chart"));
    m_next->setText(tr("Ne&xt ▶"));
    m_next->setAccessibleName(tr("Next chart"));
    m_pageLabel->setAccessibleName(tr("Chart shown"));
    m_alphaLabel->setText(tr("&Typicality bias α = %1").arg(m_alpha->value()));
    m_alpha->setAccessibleName(tr("Typicality bias alpha"));
    m_alpha->setToolTip(tr("Demo model: how strongly alignment sharpens the base distribution (0 = none). "
                           "Moving it re-runs direct sampling."));
    m_guessAnswerLabel->setText(tr("Our &guess for the most common answer:"));
    m_guessAnswer->setAccessibleName(tr("Guess for the most common answer"));
    m_guessDistinctLabel->setText(tr("&Distinct answers:"));
    m_guessDistinct->setAccessibleName(tr("Guess for the number of distinct answers"));
    m_reveal->setText(tr("R&eveal"));
    m_reveal->setAccessibleName(tr("Reveal the result"));
    m_verdict->setAccessibleName(tr("Guesses and result"));
    m_metrics->setAccessibleName(tr("Metrics per method"));
    m_band->setText(tr("Paper (arXiv 2510.01171): in creative writing, VS reaches 1.6–2.1× the diversity of direct "
                       "prompting. Hover a metric for its definition."));
    m_band->setAccessibleName(tr("Paper's ratio band"));
    refreshColumns();
    refreshMetrics();
    refreshPaging();
    refreshReveal();
    updateState();
}

void LabWindow::setPrompt(const QString &prompt)
{
    m_prompt->setText(prompt);
}

QString LabWindow::prompt() const
{
    return m_prompt->text().trimmed();
}

void LabWindow::setMethods(const QList<Method> &methods)
{
    m_methods->setMethods(methods);
}

QList<Method> LabWindow::methods() const
{
    return m_methods->methods();
}

void LabWindow::setResponses(int n)
{
    m_n->setValue(n);
}

void LabWindow::setK(int k)
{
    m_k->setValue(k);
}

double LabWindow::demoAlpha() const
{
    return m_alpha->value();
}

LabClusterBars *LabWindow::barsAt(int column) const
{
    return column >= 0 && column < m_columns.size() ? m_columns.at(column).bars : nullptr;
}

QLabel *LabWindow::failuresAt(int column) const
{
    return column >= 0 && column < m_columns.size() ? m_columns.at(column).failures : nullptr;
}

void LabWindow::run()
{
    // The class predicts first: a run started by hand hides its bars in classroom mode until Reveal.
    m_revealed = !m_classroom;
    startComparison(methods());
}

void LabWindow::runAlpha()
{
    if (!m_classroom)
        return;
    if (m_session->isRunning()) {
        // Start again with the newest α once the cancelled run has ended.
        m_alphaPending = true;
        m_session->cancel();
        return;
    }
    m_alphaPending = false;
    m_revealed = true; // the point is to watch the distribution move
    startComparison({Method::Direct});
}

void LabWindow::startComparison(const QList<Method> &chosen)
{
    CompareRequest request;
    request.prompt = prompt();
    request.methods = chosen;
    request.n = m_n->value();
    request.concurrency = m_concurrency->value();
    request.settings = m_base;
    request.settings.k = m_k->value();
    request.topLogprobs = m_logprobs->isChecked() ? kTopLogprobs : -1;
    if (const Result<void> set = m_session->setAnswerSet(m_answers->text().trimmed()); !set) {
        showMessage(set.message());
        return;
    }
    m_session->setMergeThreshold(m_threshold->value());
    m_session->setEmbeddingsModel(m_embeddings->text());
    m_session->setDemoAlpha(m_classroom ? m_alpha->value() : -1.0);
    if (const Result<void> started = m_session->start(request); !started) {
        showMessage(started.message());
        return;
    }
    updateState();
}

void LabWindow::showComparison(const CompareResult &result)
{
    if (const Result<void> shown = m_session->show(result); !shown) {
        showMessage(shown.message());
        return;
    }
    setPrompt(result.request.prompt);
    setMethods(result.request.methods);
    m_n->setValue(result.request.n);
    m_k->setValue(result.request.settings.k);
}

void LabWindow::cancel()
{
    m_alphaPending = false;
    m_session->cancel();
}

void LabWindow::reveal()
{
    m_revealed = true;
    refreshColumns();
    refreshReveal();
    updateState();
}

void LabWindow::browseAnswerSet()
{
    const QString current = m_answers->text().trimmed();
    FileDialogs::askOpenPath(
        this, tr("Answer set"), current.isEmpty() ? QDir::homePath() : QFileInfo(current).absolutePath(),
        tr("Text files (*.txt);;All files (*)"), [this](const QString &path) { m_answers->setText(path); });
}

void LabWindow::onStarted()
{
    showMessage({});
    m_verdict->clear();
    onProgress(0, m_session->callsTotal());
    onUpdated();
    updateState();
}

void LabWindow::onProgress(int done, int total)
{
    m_progress->setRange(0, std::max(total, 1));
    m_progress->setValue(done);
    m_progressText->setText(m_session->isEmbedding()
                                ? tr("%1 / %2 calls; embedding the responses…").arg(done).arg(total)
                                : tr("%1 / %2 calls").arg(done).arg(total));
    m_progress->setAccessibleDescription(m_progressText->text());
}

void LabWindow::onUpdated()
{
    const QList<LabColumn> &columns = m_session->columns();
    bool same = columns.size() == m_columns.size();
    for (int i = 0; same && i < columns.size(); ++i)
        same = m_columns.at(i).frame->property("method").toInt() == int(columns.at(i).outcome.method);
    if (!same)
        rebuildColumns();
    refreshColumns();
    refreshMetrics();
}

void LabWindow::onFinished(const CompareResult &result)
{
    onUpdated();
    onProgress(m_session->callsDone(), m_session->callsTotal());
    QStringList notes;
    if (result.cancelled)
        notes << tr("Cancelled: the columns show what arrived before.");
    int failed = 0;
    for (const MethodOutcome &m : result.methods)
        failed += m.failedCalls;
    if (failed > 0 && !result.cancelled)
        notes << tr("Failed calls: %1; each column says which.").arg(failed);
    if (result.simulated)
        notes << tr("Simulated by the offline demo model.");
    if (!m_session->embeddingsProblem().isEmpty())
        notes << tr("Semantic diversity not computed: %1").arg(m_session->embeddingsProblem());
    showMessage(notes.join(QLatin1Char(' ')));
    refreshReveal();
    updateState();
    if (m_alphaPending)
        QTimer::singleShot(0, this, &LabWindow::runAlpha);
}

void LabWindow::rebuildColumns()
{
    for (const ColumnView &view : std::as_const(m_columns))
        delete view.frame;
    m_columns.clear();
    auto *row = static_cast<QHBoxLayout *>(m_columnsArea->layout());
    for (const LabColumn &column : m_session->columns()) {
        ColumnView view;
        view.frame = new QFrame;
        view.frame->setFrameShape(QFrame::StyledPanel);
        view.frame->setProperty("method", int(column.outcome.method));
        view.frame->setObjectName(QStringLiteral("labColumn-%1").arg(Names::method(column.outcome.method)));
        auto *v = new QVBoxLayout(view.frame);
        view.title = new QLabel;
        view.title->setWordWrap(true);
        view.failures = new QLabel;
        view.failures->setObjectName(QStringLiteral("labFailures"));
        view.failures->setWordWrap(true);
        view.bars = new LabClusterBars;
        view.bars->setObjectName(QStringLiteral("labBars-%1").arg(Names::method(column.outcome.method)));
        v->addWidget(view.title);
        v->addWidget(view.failures);
        v->addWidget(view.bars, 1);
        row->addWidget(view.frame, 1);
        m_columns << view;
    }
    m_page = std::clamp(m_page, 0, std::max(0, int(m_columns.size()) - 1));
    // Tab order: the controls, the columns left to right, then the metrics.
    QWidget *previous = m_reveal;
    for (const ColumnView &view : std::as_const(m_columns)) {
        setTabOrder(previous, view.bars);
        previous = view.bars;
    }
    setTabOrder(previous, m_metrics);
    refreshPaging();
}

void LabWindow::refreshColumns()
{
    const QList<LabColumn> &columns = m_session->columns();
    for (int i = 0; i < m_columns.size() && i < columns.size(); ++i) {
        const LabColumn &column = columns.at(i);
        const ColumnView &view = m_columns.at(i);
        const Method method = column.outcome.method;
        const int responses = int(column.outcome.responses.size());
        view.title->setText(tr("<b>%1</b> — responses: %2, distinct: %3")
                                .arg(Names::methodTitle(method))
                                .arg(responses)
                                .arg(column.clusters.size()));
        view.title->setAccessibleName(tr("%1 column").arg(Names::methodTitle(method)));
        const MethodOutcome &o = column.outcome;
        QString calls = o.failedCalls > 0 ? tr("Calls: %1 done, %2 failed").arg(o.calls).arg(o.failedCalls)
                                          : tr("Calls: %1 done, none failed").arg(o.calls);
        if (!o.notes.isEmpty())
            calls += QLatin1Char(' ') + tr("(with notes: hover to read them)");
        const QString details = (o.errors + o.notes).join(QLatin1Char('\n'));
        view.failures->setText(calls);
        view.failures->setToolTip(details);
        view.failures->setAccessibleDescription(details);
        view.failures->setAccessibleName(tr("Failed calls of %1").arg(Names::methodTitle(method)));
        QList<LabBar> bars;
        for (int c = 0; c < column.clusters.size(); ++c) {
            LabBar bar;
            bar.text = column.clusters.at(c).representative;
            bar.count = column.clusters.at(c).count;
            if (c < column.statedShare.size())
                bar.statedShare = column.statedShare.at(c);
            bars << bar;
        }
        view.bars->setBars(bars, responses);
        view.bars->setAccessibleName(tr("Answers of %1").arg(Names::methodTitle(method)));
        view.bars->setRevealed(m_revealed, tr("Hidden until Reveal: enter the class's guesses first."));
    }
}

void LabWindow::refreshMetrics()
{
    const QList<LabColumn> &columns = m_session->columns();
    using Metrics::MetricCatalog;
    const QList<Metrics::MetricInfo> &rows = MetricCatalog::all();
    const QJsonObject ratios = m_session->ratios();
    const int methods = int(columns.size());
    m_metrics->clear();
    m_metrics->setRowCount(int(rows.size()));
    m_metrics->setColumnCount(methods + 2);
    QStringList headers;
    for (const LabColumn &column : columns)
        headers << Names::methodTitle(column.outcome.method);
    headers << tr("VS / direct") << tr("Paper");
    m_metrics->setHorizontalHeaderLabels(headers);
    QStringList rowNames;
    for (int r = 0; r < rows.size(); ++r) {
        const Metrics::MetricInfo &row = rows.at(r);
        const QString definition = MetricCatalog::definition(row);
        rowNames << MetricCatalog::name(row);
        auto *header = new QTableWidgetItem(MetricCatalog::name(row));
        header->setToolTip(definition);
        m_metrics->setVerticalHeaderItem(r, header);
        for (int c = 0; c < methods; ++c) {
            const std::optional<double> value = MetricCatalog::value(columns.at(c).metrics, row);
            auto *item = new QTableWidgetItem(
                value && std::isfinite(*value) ? QString::number(*value, 'f', row.decimals) : QStringLiteral("—"));
            item->setToolTip(definition);
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_metrics->setItem(r, c, item);
        }
        const QJsonValue ratio = ratios.value(QLatin1String(row.key));
        auto *ratioItem =
            new QTableWidgetItem(ratio.isDouble() ? tr("%1×").arg(ratio.toDouble(), 0, 'f', 2) : QStringLiteral("—"));
        ratioItem->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        QString ratioTip = definition;
        const bool banded = Metrics::PaperBand::appliesTo(QString::fromLatin1(row.key));
        if (ratio.isDouble() && banded) {
            using Position = Metrics::PaperBand::Position;
            const Position at = Metrics::PaperBand::position(ratio.toDouble());
            ratioTip += QLatin1Char('\n') + (at == Position::Below   ? tr("Below the paper's 1.6–2.1× band.")
                                             : at == Position::Above ? tr("Above the paper's 1.6–2.1× band.")
                                                                     : tr("Inside the paper's 1.6–2.1× band."));
        }
        ratioItem->setToolTip(ratioTip);
        m_metrics->setItem(r, methods, ratioItem);
        auto *band = new QTableWidgetItem(banded ? tr("1.6–2.1×") : QString());
        band->setToolTip(banded ? tr("VS / direct diversity in the paper's creative-writing experiments") : definition);
        m_metrics->setItem(r, methods + 1, band);
    }
    m_metrics->setAccessibleDescription(rowNames.join(QStringLiteral(", ")));
}

void LabWindow::refreshPaging()
{
    const int count = int(m_columns.size());
    for (int i = 0; i < count; ++i)
        m_columns.at(i).frame->setVisible(!m_classroom || i == m_page);
    if (count == 0) {
        m_pageLabel->setText(tr("No chart yet: press Run"));
    } else {
        const auto method = Method(m_columns.at(m_page).frame->property("method").toInt());
        m_pageLabel->setText(tr("Chart %1 of %2: %3").arg(m_page + 1).arg(count).arg(Names::methodTitle(method)));
    }
    m_previous->setEnabled(m_page > 0);
    m_next->setEnabled(m_page + 1 < count);
}

void LabWindow::setPage(int page)
{
    m_page = std::clamp(page, 0, std::max(0, int(m_columns.size()) - 1));
    refreshPaging();
    refreshReveal();
}

void LabWindow::refreshReveal()
{
    if (!m_classroom || m_columns.isEmpty()) {
        m_verdict->clear();
        return;
    }
    if (!m_revealed) {
        m_verdict->setText(tr("Predict first: what will the model answer most often, and how many different answers "
                              "will come? Then press Reveal."));
        return;
    }
    const QList<LabColumn> &columns = m_session->columns();
    if (m_page >= columns.size() || columns.at(m_page).clusters.isEmpty()) {
        m_verdict->clear();
        return;
    }
    const LabColumn &column = columns.at(m_page);
    const Metrics::Cluster &top = column.clusters.constFirst();
    const QString guess = m_guessAnswer->text().trimmed();
    const int distinct = int(column.clusters.size());
    QString text = tr("Result: most common “%1”, %2 of %3; distinct answers: %4.")
                       .arg(top.representative)
                       .arg(top.count)
                       .arg(column.outcome.responses.size())
                       .arg(distinct);
    if (!guess.isEmpty()) {
        const bool right = Metrics::normalize(guess) == top.key || top.mergedKeys.contains(Metrics::normalize(guess));
        text = tr("Your guess: “%1”, distinct answers: %2.").arg(guess).arg(m_guessDistinct->value()) +
               QLatin1Char(' ') + text + QLatin1Char(' ') +
               (right ? tr("The most common answer was right.") : tr("The most common answer was different."));
    }
    m_verdict->setText(text);
}

void LabWindow::setClassroomMode(bool on)
{
    if (m_classroomBox->isChecked() != on) {
        m_classroomBox->setChecked(on); // toggled() calls back
        return;
    }
    if (m_classroom == on)
        return;
    m_classroom = on;
    if (on) {
        m_normalFont = font();
        m_normalPalette = palette();
        QFont big = QApplication::font();
        big.setPointSizeF(big.pointSizeF() * kClassroomScale);
        setFont(big);
        setPalette(classroomPalette());
        setAutoFillBackground(true);
    } else {
        setFont(m_normalFont);
        setPalette(m_normalPalette);
        m_revealed = true;
    }
    // One chart at a time, big enough for the back row: the setup and the table make way.
    m_setup->setVisible(!on);
    m_metrics->parentWidget()->setVisible(!on);
    m_classroomBar->setVisible(on);
    // A word-wrapped label in nested layouts may get one line only: keep room for the guesses and the result.
    m_verdict->setMinimumHeight(on ? 2 * m_verdict->fontMetrics().lineSpacing() + 4 : 0);
    refreshColumns();
    refreshPaging();
    refreshReveal();
    updateState();
}

void LabWindow::updateState()
{
    const bool running = m_session->isRunning();
    m_run->setEnabled(!running && !methods().isEmpty());
    m_cancel->setEnabled(running);
    m_setup->setEnabled(!running);
    m_threeViews->setEnabled(!running && m_session->result().has_value());
    const bool demo = m_providers->currentId() == QLatin1String("demo");
    m_alpha->setEnabled(demo);
    m_alphaLabel->setEnabled(demo);
    if (!demo)
        m_alpha->setToolTip(tr("Only the offline demo model has a typicality bias to set"));
    m_reveal->setEnabled(m_classroom && !m_revealed && !running && !m_columns.isEmpty());
}

void LabWindow::showMessage(const QString &message)
{
    m_message->setText(message);
    m_message->setVisible(!message.isEmpty());
}

void LabWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

void LabWindow::closeEvent(QCloseEvent *event)
{
    // Nobody is watching: stop the calls rather than spend the user's quota.
    cancel();
    QMainWindow::closeEvent(event);
}
