// SPDX-License-Identifier: Apache-2.0
#include "ModelsWindow.h"

#include "metrics/MetricCatalog.h"

#include "LabClusterBars.h"
#include "MethodChecks.h"
#include "metrics/Metrics.h"
#include "providers/Provider.h"
#include "session/LabSession.h"
#include "session/ProviderRegistry.h"
#include "session/Session.h"

#include <QAction>
#include <QCheckBox>
#include <QCloseEvent>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QSplitter>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>
#include <memory>

namespace {
const QList<Method> kDefaultMethods = {Method::Direct, Method::VsStandard};

QLabel *buddyLabel(QWidget *buddy)
{
    auto *label = new QLabel;
    label->setBuddy(buddy);
    return label;
}

QTableWidgetItem *valueItem(const QString &text, const QString &tip)
{
    auto *item = new QTableWidgetItem(text);
    item->setToolTip(tip);
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}
} // namespace

ModelsWindow::ModelsWindow(ProviderRegistry *providers, Session *history, QWidget *parent)
    : QMainWindow(parent, Qt::Window)
    , m_providers(providers)
    , m_history(history)
{
    setObjectName(QStringLiteral("modelsWindow"));
    buildUi();
    const ProviderConfig current = m_providers->currentConfig();
    QStringList specs;
    if (current.presetId != QLatin1String("demo"))
        specs << current.presetId + QLatin1Char(':') + current.model;
    specs << QStringLiteral("demo:vs-demo");
    m_models->setText(specs.join(QStringLiteral(", ")));
    retranslate();
    resize(1400, 900);
}

ModelsWindow::~ModelsWindow() = default;

ModelsWindow *ModelsWindow::showFor(Session *session, const QString &prompt, QWidget *parent)
{
    auto *window = parent ? parent->findChild<ModelsWindow *>(QString(), Qt::FindDirectChildrenOnly) : nullptr;
    if (!window) {
        window = new ModelsWindow(session->providers(), session, parent);
        window->setPrompt(prompt);
    }
    window->show();
    window->raise();
    window->activateWindow();
    return window;
}

void ModelsWindow::buildSetup(QWidget *central)
{
    auto *layout = static_cast<QVBoxLayout *>(central->layout());
    auto *grid = new QGridLayout;
    m_prompt = new QLineEdit;
    m_prompt->setObjectName(QStringLiteral("modelsPrompt"));
    m_promptLabel = buddyLabel(m_prompt);
    grid->addWidget(m_promptLabel, 0, 0);
    grid->addWidget(m_prompt, 0, 1);
    m_models = new QLineEdit;
    m_models->setObjectName(QStringLiteral("modelsSpecs"));
    m_modelsLabel = buddyLabel(m_models);
    grid->addWidget(m_modelsLabel, 1, 0);
    grid->addWidget(m_models, 1, 1);
    m_methods = new MethodChecks(QStringLiteral("modelsMethod"), kDefaultMethods);
    connect(m_methods, &MethodChecks::changed, this, &ModelsWindow::updateState);
    grid->addWidget(m_methods, 2, 0, 1, 2);
    const auto spin = [](const char *name, int min, int max, int value) {
        auto *s = new QSpinBox;
        s->setObjectName(QString::fromLatin1(name));
        s->setRange(min, max);
        s->setValue(value);
        return s;
    };
    m_n = spin("modelsN", 1, CompareRequest::nMax, 30);
    m_k = spin("modelsK", GenerationSettings::kMin, GenerationSettings::kMax, 5);
    m_concurrency = spin("modelsConcurrency", 1, CompareRequest::concurrencyMax, 4);
    m_nLabel = buddyLabel(m_n);
    m_kLabel = buddyLabel(m_k);
    m_concurrencyLabel = buddyLabel(m_concurrency);
    auto *numbers = new QHBoxLayout;
    for (QWidget *w : {static_cast<QWidget *>(m_nLabel), static_cast<QWidget *>(m_n), static_cast<QWidget *>(m_kLabel),
                       static_cast<QWidget *>(m_k), static_cast<QWidget *>(m_concurrencyLabel),
                       static_cast<QWidget *>(m_concurrency)})
        numbers->addWidget(w);
    numbers->addStretch(1);
    grid->addLayout(numbers, 3, 0, 1, 2);
    grid->setColumnStretch(1, 1);
    layout->addLayout(grid);

    m_run = new QPushButton;
    m_run->setObjectName(QStringLiteral("modelsRun"));
    m_run->setDefault(true);
    m_cancel = new QPushButton;
    m_cancel->setObjectName(QStringLiteral("modelsCancel"));
    m_progress = new QProgressBar;
    m_progress->setObjectName(QStringLiteral("modelsProgress"));
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    m_progress->setTextVisible(false);
    m_progressText = new QLabel;
    m_progressText->setObjectName(QStringLiteral("modelsProgressText"));
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_run);
    actions->addWidget(m_cancel);
    actions->addWidget(m_progress, 1);
    actions->addWidget(m_progressText);
    layout->addLayout(actions);
    m_message = new QLabel;
    m_message->setObjectName(QStringLiteral("modelsMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_message->hide();
    layout->addWidget(m_message);
}

void ModelsWindow::buildUi()
{
    auto *central = new QWidget;
    new QVBoxLayout(central);
    buildSetup(central);
    auto *split = new QSplitter(Qt::Vertical);
    split->setChildrenCollapsible(false);
    auto *scroll = new QScrollArea;
    scroll->setObjectName(QStringLiteral("modelsGridScroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    m_gridArea = new QWidget;
    m_gridArea->setObjectName(QStringLiteral("modelsGrid"));
    m_grid = new QGridLayout(m_gridArea);
    m_grid->setContentsMargins(0, 0, 0, 0);
    scroll->setWidget(m_gridArea);
    auto *top = new QWidget;
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    m_scaleLabel = new QLabel;
    m_scaleLabel->setObjectName(QStringLiteral("modelsScale"));
    m_scaleLabel->setWordWrap(true);
    topLayout->addWidget(m_scaleLabel);
    topLayout->addWidget(scroll, 1);
    split->addWidget(top);
    m_metrics = new QTableWidget;
    m_metrics->setObjectName(QStringLiteral("modelsMetrics"));
    m_metrics->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_metrics->setTabKeyNavigation(false);
    m_metrics->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_metrics->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    split->addWidget(m_metrics);
    // The charts get the room; the table scrolls.
    split->setSizes({6000, 3000});
    central->layout()->addWidget(split);
    static_cast<QVBoxLayout *>(central->layout())->setStretchFactor(split, 1);
    setCentralWidget(central);

    // Window-wide keys that act at once, as in the lab.
    auto *runKey = new QAction(this);
    runKey->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)});
    connect(runKey, &QAction::triggered, this, [this] {
        if (m_run->isEnabled())
            run();
    });
    auto *cancelKey = new QAction(this);
    cancelKey->setShortcut(QKeySequence(Qt::Key_Escape));
    connect(cancelKey, &QAction::triggered, this, &ModelsWindow::cancel);
    addActions({runKey, cancelKey});
    connect(m_run, &QPushButton::clicked, this, &ModelsWindow::run);
    connect(m_cancel, &QPushButton::clicked, this, &ModelsWindow::cancel);
}

void ModelsWindow::retranslate()
{
    setWindowTitle(tr("Models side by side"));
    m_promptLabel->setText(tr("&Prompt:"));
    m_prompt->setAccessibleName(tr("Prompt"));
    m_modelsLabel->setText(tr("&Models:"));
    m_models->setAccessibleName(tr("Models to compare"));
    m_models->setPlaceholderText(tr("PROVIDER:MODEL, comma-separated, e.g. openai:gpt-4o-mini, ollama:llama3.2:3b"));
    m_models->setToolTip(tr("Comma-separated PROVIDER:MODEL pairs; everything after the first colon is the model"));
    m_nLabel->setText(tr("&N responses:"));
    m_n->setAccessibleName(tr("Responses per method"));
    m_n->setToolTip(tr("About this many responses per method and model; a VS call gives k of them"));
    m_kLabel->setText(tr("&k:"));
    m_k->setAccessibleName(tr("Candidates per VS call (k)"));
    m_concurrencyLabel->setText(tr("C&oncurrent calls per model:"));
    m_concurrency->setAccessibleName(tr("Concurrent calls per model"));
    m_run->setText(tr("&Run"));
    m_run->setAccessibleName(tr("Run on every model"));
    m_run->setToolTip(tr("Ask every model for about N responses per method, all models at once (Ctrl+Enter)"));
    m_cancel->setText(tr("&Cancel"));
    m_cancel->setAccessibleName(tr("Cancel every model"));
    m_cancel->setToolTip(tr("Stop every call and keep what arrived (Esc)"));
    m_progress->setAccessibleName(tr("Calls done over all models"));
    m_progressText->setAccessibleName(tr("Calls done of total"));
    m_message->setAccessibleName(tr("Models message"));
    m_gridArea->parentWidget()->parentWidget()->setAccessibleName(tr("Answers per model and method"));
    m_scaleLabel->setAccessibleName(tr("Shared scale"));
    m_metrics->setAccessibleName(tr("Metrics per model and method"));
    for (int i = 0; i < m_rows.size(); ++i)
        refreshRow(i);
    refreshScale();
    refreshMetrics();
    refreshProgress();
    updateState();
    if (m_finishedShown)
        showMessage(finishedMessage()); // the outcome, in the new language
}

void ModelsWindow::setPrompt(const QString &prompt)
{
    m_prompt->setText(prompt);
}

QString ModelsWindow::prompt() const
{
    return m_prompt->text().trimmed();
}

void ModelsWindow::setModels(const QString &specs)
{
    m_models->setText(specs);
}

QString ModelsWindow::models() const
{
    return m_models->text();
}

void ModelsWindow::setMethods(const QList<Method> &methods)
{
    m_methods->setMethods(methods);
}

QList<Method> ModelsWindow::methods() const
{
    return m_methods->methods();
}

void ModelsWindow::setResponses(int n)
{
    m_n->setValue(n);
}

void ModelsWindow::setK(int k)
{
    m_k->setValue(k);
}

bool ModelsWindow::isRunning() const
{
    return m_waitingForKeys || m_starting ||
           std::any_of(m_rows.cbegin(), m_rows.cend(), [](const Row &r) { return r.session->isRunning(); });
}

LabSession *ModelsWindow::sessionAt(int model) const
{
    return model >= 0 && model < m_rows.size() ? m_rows.at(model).session : nullptr;
}

LabClusterBars *ModelsWindow::barsAt(int model, int method) const
{
    if (model < 0 || model >= m_rows.size() || method < 0 || method >= m_rows.at(model).cells.size())
        return nullptr;
    return m_rows.at(model).cells.at(method).bars;
}

QLabel *ModelsWindow::errorsAt(int model, int method) const
{
    if (model < 0 || model >= m_rows.size() || method < 0 || method >= m_rows.at(model).cells.size())
        return nullptr;
    return m_rows.at(model).cells.at(method).errors;
}

QLabel *ModelsWindow::headerAt(int model) const
{
    return model >= 0 && model < m_rows.size() ? m_rows.at(model).header : nullptr;
}

void ModelsWindow::run()
{
    if (isRunning())
        return;
    const Result<QList<ModelSpec>> parsed = ModelSpec::parseList(m_models->text());
    if (!parsed) {
        showMessage(tr("Models: %1").arg(parsed.message()));
        return;
    }
    const QList<ModelSpec> &specs = parsed.value();
    m_request = CompareRequest();
    m_request.prompt = prompt();
    m_request.methods = methods();
    m_request.n = m_n->value();
    m_request.concurrency = m_concurrency->value();
    m_request.settings = m_base;
    m_request.settings.k = m_k->value();
    if (const QString invalid = m_request.validate(); !invalid.isEmpty()) {
        showMessage(invalid);
        return;
    }
    showMessage({});
    m_finishedShown = false;
    m_cancelRequested = false;
    for (const Row &row : std::as_const(m_rows))
        delete row.session;
    m_rows.clear();
    m_runMethods = m_request.methods;
    for (const ModelSpec &spec : specs) {
        Row row;
        row.spec = spec;
        row.session = new LabSession(m_providers, this);
        row.session->setHistory(m_history);
        LabSession *session = row.session;
        const auto index = [this, session] {
            for (int i = 0; i < m_rows.size(); ++i) {
                if (m_rows.at(i).session == session)
                    return i;
            }
            return -1;
        };
        connect(session, &LabSession::progress, this, &ModelsWindow::refreshProgress);
        connect(session, &LabSession::updated, this, [this, index] {
            refreshRow(index());
            refreshScale();
            refreshMetrics();
        });
        connect(session, &LabSession::finished, this, [this, index] {
            refreshRow(index());
            refreshScale();
            refreshMetrics();
            onSessionFinished();
        });
        m_rows << row;
    }
    rebuildGrid();
    // Every provider's key first (environment or keychain); a keychain that never answers is given 5 s.
    const int generation = ++m_generation;
    m_waitingForKeys = true;
    QStringList presets;
    for (const ModelSpec &spec : specs)
        presets.append(spec.presetId);
    m_providers->readKeys(presets, this, [this, generation] { startAll(generation); });
    refreshProgress();
    updateState();
}

void ModelsWindow::startAll(int generation)
{
    if (generation != m_generation || !m_waitingForKeys)
        return;
    m_waitingForKeys = false;
    m_starting = true;
    for (Row &row : m_rows) {
        std::shared_ptr<Provider> provider = m_providers->create(row.spec.configIn(*m_providers));
        row.simulated = provider && provider->isSimulated();
        if (const Result<void> started = row.session->start(m_request, provider); !started)
            row.startError = started.message();
    }
    m_starting = false;
    for (int i = 0; i < m_rows.size(); ++i)
        refreshRow(i);
    refreshProgress();
    updateState();
    onSessionFinished(); // when none could start, or all ended at once
}

void ModelsWindow::cancel()
{
    if (!isRunning())
        return;
    m_cancelRequested = true;
    if (m_waitingForKeys) {
        m_waitingForKeys = false;
        ++m_generation;
        for (Row &row : m_rows)
            row.startError = tr("Cancelled before the first call.");
        for (int i = 0; i < m_rows.size(); ++i)
            refreshRow(i);
        onSessionFinished();
        return;
    }
    for (const Row &row : std::as_const(m_rows))
        row.session->cancel();
}

void ModelsWindow::rebuildGrid()
{
    while (QLayoutItem *item = m_grid->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    for (int r = 0; r < m_grid->rowCount(); ++r)
        m_grid->setRowStretch(r, 0);
    for (int c = 0; c < m_grid->columnCount(); ++c)
        m_grid->setColumnStretch(c, 0);
    for (int r = 0; r < m_rows.size(); ++r) {
        Row &row = m_rows[r];
        row.header = new QLabel;
        row.header->setObjectName(QStringLiteral("modelsHeader-%1").arg(r));
        row.header->setWordWrap(true);
        m_grid->addWidget(row.header, 2 * r, 0, 1, int(m_runMethods.size()));
        row.cells.clear();
        for (int c = 0; c < m_runMethods.size(); ++c) {
            auto *frame = new QFrame;
            frame->setFrameShape(QFrame::StyledPanel);
            auto *v = new QVBoxLayout(frame);
            Cell cell;
            cell.errors = new QLabel;
            cell.errors->setObjectName(QStringLiteral("modelsErrors-%1-%2").arg(r).arg(c));
            cell.errors->setWordWrap(true);
            cell.bars = new LabClusterBars;
            cell.bars->setObjectName(QStringLiteral("modelsBars-%1-%2").arg(r).arg(c));
            v->addWidget(cell.errors);
            v->addWidget(cell.bars, 1);
            m_grid->addWidget(frame, 2 * r + 1, c);
            m_grid->setRowStretch(2 * r + 1, 1);
            row.cells << cell;
        }
        refreshRow(r);
    }
    // Tab order: the controls, the cells row by row, then the metrics.
    QWidget *previous = m_cancel;
    for (int c = 0; c < m_runMethods.size(); ++c)
        m_grid->setColumnStretch(c, 1);
    for (const Row &row : std::as_const(m_rows)) {
        for (const Cell &cell : row.cells) {
            setTabOrder(previous, cell.bars);
            previous = cell.bars;
        }
    }
    setTabOrder(previous, m_metrics);
    refreshScale();
    refreshMetrics();
}

void ModelsWindow::refreshRow(int r)
{
    if (r < 0 || r >= m_rows.size())
        return;
    const Row &row = m_rows.at(r);
    const ProviderPreset *preset = ProviderPreset::find(row.spec.presetId);
    const QString model = row.spec.model.isEmpty() ? m_providers->config(row.spec.presetId).model : row.spec.model;
    const QString name = tr("%1 / %2").arg(preset ? preset->title() : row.spec.presetId, model);
    row.header->setText(row.simulated ? tr("<b>%1</b> — simulated by the offline demo model").arg(name.toHtmlEscaped())
                                      : tr("<b>%1</b>").arg(name.toHtmlEscaped()));
    row.header->setAccessibleName(tr("Model %1").arg(name));
    const QList<LabColumn> &columns = row.session->columns();
    for (int c = 0; c < row.cells.size(); ++c) {
        const Cell &cell = row.cells.at(c);
        const QString method = Names::methodTitle(m_runMethods.at(c));
        QString details = row.startError;
        QList<LabBar> bars;
        int responses = 0;
        if (!row.startError.isEmpty()) {
            cell.errors->setText(tr("%1: not started").arg(method));
        } else if (c < columns.size()) {
            const LabColumn &column = columns.at(c);
            const MethodOutcome &o = column.outcome;
            responses = int(o.responses.size());
            cell.errors->setText(o.failedCalls > 0
                                     ? tr("%1: %2 calls done, %3 failed").arg(method).arg(o.calls).arg(o.failedCalls)
                                     : tr("%1: %2 calls done, none failed").arg(method).arg(o.calls));
            details = (o.errors + o.notes).join(QLatin1Char('\n'));
            for (int i = 0; i < column.clusters.size(); ++i) {
                LabBar bar;
                bar.text = column.clusters.at(i).representative;
                bar.count = column.clusters.at(i).count;
                if (i < column.statedShare.size())
                    bar.statedShare = column.statedShare.at(i);
                bars << bar;
            }
        } else {
            cell.errors->setText(tr("%1: waiting").arg(method));
        }
        cell.errors->setToolTip(details);
        cell.errors->setAccessibleName(tr("Calls of %1 on %2").arg(method, name));
        cell.errors->setAccessibleDescription(details);
        cell.bars->setBars(bars, responses);
        cell.bars->setAccessibleName(tr("Answers of %1 on %2").arg(method, name));
        // A cell without answers because its calls failed says why where the bars would be.
        const QString firstError = details.section(QLatin1Char('\n'), 0, 0);
        const bool failed = bars.isEmpty() && !firstError.isEmpty() && !row.session->isRunning();
        cell.bars->setRevealed(!failed, failed ? tr("No answers: %1").arg(firstError) : QString());
    }
}

void ModelsWindow::refreshScale()
{
    double largest = 0.0;
    for (const Row &row : std::as_const(m_rows)) {
        for (const Cell &cell : row.cells) {
            for (int i = 0; i < cell.bars->barCount(); ++i) {
                const LabBar &bar = cell.bars->bar(i);
                largest = std::max(largest, double(bar.count) / std::max(1, cell.bars->total()));
                if (!std::isnan(bar.statedShare))
                    largest = std::max(largest, bar.statedShare);
            }
        }
    }
    // Rounded up to a tenth, so the scale does not jitter with every answer.
    m_scale = largest > 0.0 ? std::clamp(std::ceil(largest * 10.0 - 1e-9) / 10.0, 0.1, 1.0) : 1.0;
    for (const Row &row : std::as_const(m_rows)) {
        for (const Cell &cell : row.cells)
            cell.bars->setScale(m_scale);
    }
    m_scaleLabel->setText(tr("Every chart on one scale: a full-width bar is %1% of a cell's responses (or of its "
                             "stated probability).")
                              .arg(qRound(m_scale * 100)));
}

void ModelsWindow::refreshMetrics()
{
    using Metrics::MetricCatalog;
    const QList<Metrics::MetricInfo> &rows = MetricCatalog::all();
    const int methods = int(m_runMethods.size());
    m_metrics->clear();
    m_metrics->clearSpans();
    m_metrics->setColumnCount(int(m_rows.size()) * methods);
    m_metrics->setRowCount(m_rows.isEmpty() ? 0 : int(rows.size()) * 2);
    for (int m = 0; m < m_rows.size(); ++m) {
        const Row &row = m_rows.at(m);
        const QString model = row.spec.model.isEmpty() ? row.spec.presetId : row.spec.model;
        const QList<LabColumn> &columns = row.session->columns();
        const QJsonObject ratios = row.session->ratios();
        for (int c = 0; c < methods; ++c) {
            const int column = m * methods + c;
            m_metrics->setHorizontalHeaderItem(
                column, new QTableWidgetItem(
                            tr("%1 / %2\n%3").arg(row.spec.presetId, model, Names::methodTitle(m_runMethods.at(c)))));
            // A cell without responses has no diversity to measure: its metrics read "—", not 0.
            const bool measured = c < columns.size() && !columns.at(c).outcome.responses.isEmpty();
            const QJsonObject values = measured ? columns.at(c).metrics.toJson() : QJsonObject();
            for (int r = 0; r < rows.size(); ++r) {
                const QJsonValue v = values.value(QLatin1String(rows.at(r).key));
                m_metrics->setItem(
                    r, column,
                    valueItem(v.isDouble() ? QString::number(v.toDouble(), 'f', rows.at(r).decimals) : tr("—"),
                              MetricCatalog::definition(rows.at(r))));
            }
        }
        // The ratios block: one value per model, across its method columns.
        for (int r = 0; r < rows.size(); ++r) {
            const QJsonValue ratio = ratios.value(QLatin1String(rows.at(r).key));
            const int at = int(rows.size()) + r;
            QTableWidgetItem *item =
                valueItem(ratio.isDouble() ? tr("%1×").arg(ratio.toDouble(), 0, 'f', 2) : tr("—"),
                          tr("VS / direct for this model: %1").arg(MetricCatalog::definition(rows.at(r))));
            item->setTextAlignment(Qt::AlignCenter);
            m_metrics->setItem(at, m * methods, item);
            if (methods > 1)
                m_metrics->setSpan(at, m * methods, 1, methods);
        }
    }
    QStringList names;
    for (int r = 0; r < m_metrics->rowCount(); ++r) {
        const Metrics::MetricInfo &row = rows.at(r % rows.size());
        const bool ratio = r >= rows.size();
        auto *header = new QTableWidgetItem(ratio ? tr("VS / direct: %1").arg(MetricCatalog::name(row))
                                                  : MetricCatalog::name(row));
        header->setToolTip(ratio ? tr("The first VS method's value divided by direct's, per model. %1")
                                       .arg(MetricCatalog::definition(row))
                                 : MetricCatalog::definition(row));
        m_metrics->setVerticalHeaderItem(r, header);
        names << header->text();
    }
    m_metrics->setAccessibleDescription(names.join(QStringLiteral(", ")));
}

void ModelsWindow::refreshProgress()
{
    int done = 0;
    int total = 0;
    for (const Row &row : std::as_const(m_rows)) {
        done += row.session->callsDone();
        total += row.session->callsTotal();
    }
    m_progress->setRange(0, std::max(total, 1));
    m_progress->setValue(done);
    m_progressText->setText(m_waitingForKeys ? tr("Reading the providers' keys…")
                                             : tr("%1 / %2 calls over all models").arg(done).arg(total));
    m_progress->setAccessibleDescription(m_progressText->text());
}

void ModelsWindow::onSessionFinished()
{
    refreshProgress();
    updateState();
    if (isRunning())
        return;
    m_finishedShown = true;
    showMessage(finishedMessage());
    Q_EMIT allFinished();
}

QString ModelsWindow::finishedMessage() const
{
    int failedModels = 0;
    bool cancelled = m_cancelRequested;
    for (const Row &row : std::as_const(m_rows)) {
        const auto &result = row.session->result();
        cancelled = cancelled || (result && result->cancelled);
        bool failed = !row.startError.isEmpty();
        for (const LabColumn &column : row.session->columns())
            failed = failed || column.outcome.failedCalls > 0;
        failedModels += failed ? 1 : 0;
    }
    QStringList notes;
    if (cancelled)
        notes << tr("Cancelled: the cells show what arrived before.");
    if (failedModels > 0 && !cancelled)
        notes << tr("Models with failed calls: %1; each cell says which (hover for the error).").arg(failedModels);
    return notes.join(QLatin1Char(' '));
}

void ModelsWindow::updateState()
{
    const bool running = isRunning();
    m_run->setEnabled(!running && !methods().isEmpty());
    m_cancel->setEnabled(running);
    for (QWidget *w : {static_cast<QWidget *>(m_prompt), static_cast<QWidget *>(m_models), static_cast<QWidget *>(m_n),
                       static_cast<QWidget *>(m_k), static_cast<QWidget *>(m_concurrency)})
        w->setEnabled(!running);
    m_methods->setEnabled(!running);
}

void ModelsWindow::showMessage(const QString &message)
{
    m_message->setText(message);
    m_message->setVisible(!message.isEmpty());
}

void ModelsWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

void ModelsWindow::closeEvent(QCloseEvent *event)
{
    // Nobody is watching: stop the calls rather than spend the user's quota.
    cancel();
    QMainWindow::closeEvent(event);
}
