// SPDX-License-Identifier: Apache-2.0
#include "ResultPane.h"

#include "base/SafeUrl.h"
#include "CandidateTableModel.h"
#include "CandidateTableView.h"
#include "DistributionChart.h"
#include "MessageBanner.h"
#include "providers/demo/DemoPack.h"
#include "RawView.h"
#include "session/ProviderRegistry.h"
#include "session/Session.h"
#include "WelcomePanel.h"

#include <QClipboard>
#include <QEvent>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QSplitter>
#include <QTabWidget>
#include <QVBoxLayout>

#include <cmath>

ResultPane::ResultPane(const Session *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 6, 0, 0);
    m_banner = new MessageBanner(this);
    layout->addWidget(m_banner);

    auto *header = new QHBoxLayout;
    m_simulated = new QLabel(this);
    m_simulated->setObjectName(QStringLiteral("simulatedLabel"));
    m_simulated->setFrameShape(QFrame::StyledPanel);
    m_simulated->setMargin(3);
    QFont bold = m_simulated->font();
    bold.setBold(true);
    m_simulated->setFont(bold);
    m_simulated->setBackgroundRole(QPalette::ToolTipBase);
    m_simulated->setForegroundRole(QPalette::ToolTipText);
    m_simulated->setAutoFillBackground(true);
    m_target = new QLabel(this);
    m_target->setObjectName(QStringLiteral("providerStatusLine"));
    m_target->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_target->setWordWrap(true);
    header->addWidget(m_simulated);
    header->addWidget(m_target, 1);
    layout->addLayout(header);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("summaryLabel"));
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);
    m_welcome = new WelcomePanel(DemoPackLibrary::load().knownPrompts(), this);
    layout->addWidget(m_welcome);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("resultTabs"));
    m_split = new QSplitter(Qt::Vertical);
    m_split->setObjectName(QStringLiteral("resultSplitter"));
    m_split->setChildrenCollapsible(false);
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
    m_split->addWidget(m_chart);
    m_split->addWidget(m_table);
    m_split->setStretchFactor(0, 3);
    m_split->setStretchFactor(1, 2);
    m_split->setSizes({520, 280});
    m_raw = new RawView;
    m_tabs->addTab(m_split, QString());
    m_tabs->addTab(m_raw, QString());
    layout->addWidget(m_tabs, 1);

    connect(m_chart, &DistributionChart::barClicked, this, &ResultPane::selectRank);
    connect(session, &Session::starsChanged, this,
            [this] { m_tableModel->setStarred(m_session->starredCandidates()); });
    connect(m_chart, &DistributionChart::barClicked, this, &ResultPane::rankSelected);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) { m_chart->setSelectedRank(current.isValid() ? current.row() : -1); });
    retranslateUi();
}

ResultPane::~ResultPane() = default;

void ResultPane::showTarget(const ProviderRegistry &providers)
{
    const std::shared_ptr<Provider> provider = providers.current();
    const ProviderPreset *preset = ProviderPreset::find(providers.currentId());
    QString line = tr("No provider selected.");
    if (preset && provider) {
        const ProviderConfig c = providers.currentConfig();
        line =
            tr("Will call %1 · model %2 · %3")
                .arg(preset->title(), c.model.isEmpty() ? tr("(none)") : c.model, SafeUrl::text(provider->chatUrl()));
        const KeyStatus key = providers.keyStatus(c.presetId);
        if (preset->kind != ProviderKind::Demo) {
            if (key.source == KeySource::Environment)
                line += QStringLiteral(" · ") + tr("key from $%1").arg(key.variable);
            else if (key.source == KeySource::Keychain)
                line += QStringLiteral(" · ") + tr("key from the system keychain");
            else if (key.inMemory)
                line += QStringLiteral(" · ") + tr("key set for this session");
            else if (preset->keyRequired)
                line += QStringLiteral(" · ") + tr("no API key (File → Providers…)");
        }
    }
    m_target->setText(line);
    m_target->setAccessibleName(line);
    // The badge belongs to what Generate will call; the chart title marks a simulated distribution shown.
    m_simulated->setVisible(provider && provider->isSimulated());
}

void ResultPane::showDistribution(bool provisional)
{
    m_provisional = provisional;
    const Distribution &d = m_session->distribution();
    if ((provisional || !d.isEmpty()) && m_welcome->isVisible()) {
        // It has done its job once a distribution is on its way; the chart takes its room at once.
        m_welcome->hide();
        layout()->activate();
    }
    m_chart->setCandidates(d.items());
    m_tableModel->setCandidates(d.items());
    m_table->setColumnHidden(CandidateTableModel::ObservedColumn, true);
    const GenerationSettings &s = m_session->request().settings;
    double tau = std::nan("");
    if (s.tauMode == TauMode::Filter)
        tau = provisional || std::isnan(d.tauFinal()) ? s.tau : d.tauFinal();
    else if (s.tauMode == TauMode::Tail)
        tau = s.tau;
    m_chart->setTau(tau, s.tauMode);
    m_chart->setTitle(chartTitle());
    m_summary->setText(summary(provisional));
}

QString ResultPane::summary(bool provisional) const
{
    const Distribution &d = m_session->distribution();
    if (d.isEmpty())
        return {};
    const QLocale locale;
    QString text = tr("%n candidate(s)", nullptr, int(d.size()));
    if (provisional)
        return text + QStringLiteral(" · ") + tr("receiving…");
    text += QStringLiteral(" · ") + tr("entropy %1 bits").arg(locale.toString(d.entropy(), 'f', 2));
    // Only numbers the model wrote are called stated; counts are counts.
    if (d.isCounted()) {
        text += QStringLiteral(" · ") +
                tr("%n answer(s) counted; this method states no probabilities", nullptr, d.totalCount());
    } else if (d.hasStatedValues()) {
        text +=
            QStringLiteral(" · ") + tr("stated probabilities sum to %1").arg(locale.toString(d.statedSum(), 'f', 2));
        if (d.filledInCount() > 0)
            text += QStringLiteral(" · ") + tr("%n probability(ies) filled in, not stated", nullptr, d.filledInCount());
    } else {
        text += QStringLiteral(" · ") + tr("the model stated no probability");
    }
    if (d.numFiltered() > 0)
        text += QStringLiteral(" · ") + tr("%n below τ dropped", nullptr, d.numFiltered());
    if (d.tauRelaxed())
        text += QStringLiteral(" · ") + tr("τ relaxed to %1").arg(locale.toString(d.tauFinal(), 'f', 3));
    return text;
}

void ResultPane::showObserved(const QList<double> &frequencies)
{
    m_chart->setObserved(frequencies);
    m_tableModel->setObserved(frequencies);
    m_table->setColumnHidden(CandidateTableModel::ObservedColumn, frequencies.isEmpty());
}

void ResultPane::showOutcome(const RunOutcome &outcome)
{
    switch (outcome.severity) {
    case RunOutcome::Severity::None:
        m_banner->clear();
        return;
    case RunOutcome::Severity::Info:
        m_banner->showMessage(MessageBanner::Severity::Info, outcome.headline, outcome.details);
        return;
    case RunOutcome::Severity::Warning:
        m_banner->showMessage(MessageBanner::Severity::Warning, outcome.headline, outcome.details);
        return;
    case RunOutcome::Severity::Error:
        m_banner->showMessage(MessageBanner::Severity::Error, outcome.headline, outcome.details, outcome.suggestions);
        return;
    }
}

void ResultPane::selectRank(int rank)
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

QString ResultPane::originText() const
{
    switch (m_session->origin()) {
    case Session::Origin::History:
        return tr("Restored from the history (run of %1)").arg(m_session->originDetail());
    case Session::Origin::File:
        return tr("Opened from %1").arg(m_session->originDetail());
    case Session::Origin::Run:
    case Session::Origin::None:
        break;
    }
    return {};
}

QString ResultPane::chartTitle() const
{
    const RunRequest &request = m_session->request();
    QString title;
    if (!request.prompt.isEmpty()) {
        const QString prompt = fontMetrics().elidedText(request.prompt.simplified(), Qt::ElideRight, 320);
        title =
            tr("“%1” · %2, k = %3").arg(prompt, Names::methodTitle(request.settings.method)).arg(request.settings.k);
    } else if (m_session->origin() == Session::Origin::File) {
        title = originText(); // a distribution written by the Python package carries no prompt
    } else {
        return tr("No distribution yet: type a prompt and press Generate (Ctrl+Enter).");
    }
    if (m_session->isShownSimulated())
        title += QLatin1Char('\n') + tr("Simulated (offline demo model)");
    return title;
}

QList<int> ResultPane::selectedRows() const
{
    QList<int> rows;
    const QModelIndexList selected = m_table->selectionModel()->selectedRows();
    for (const QModelIndex &i : selected)
        rows.append(i.row());
    std::sort(rows.begin(), rows.end());
    if (rows.isEmpty() && m_chart->selectedRank() >= 0)
        rows.append(m_chart->selectedRank());
    return rows;
}

void ResultPane::copySelected()
{
    const QList<int> rows = selectedRows();
    if (rows.isEmpty())
        return;
    // One candidate copies as its bare text (what people paste); several as a table.
    QGuiApplication::clipboard()->setText(rows.size() == 1 ? m_tableModel->candidates().at(rows.constFirst()).text
                                                           : m_tableModel->toTsv(rows));
    Q_EMIT copied(tr("Copied %n candidate(s).", nullptr, int(rows.size())));
}

void ResultPane::copyAllTsv()
{
    QGuiApplication::clipboard()->setText(m_tableModel->toTsv(m_tableModel->allRows()));
    Q_EMIT copied(tr("Copied %n candidate(s) as TSV.", nullptr, m_tableModel->rowCount()));
}

void ResultPane::copyAllMarkdown()
{
    QGuiApplication::clipboard()->setText(m_tableModel->toMarkdown(m_tableModel->allRows()));
    Q_EMIT copied(tr("Copied %n candidate(s) as Markdown.", nullptr, m_tableModel->rowCount()));
}

void ResultPane::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange && m_tabs)
        retranslateUi();
    QWidget::changeEvent(event);
}

void ResultPane::retranslateUi()
{
    m_tabs->setTabText(0, tr("Distri&bution"));
    m_tabs->setTabText(1, tr("Ra&w"));
    m_tabs->setAccessibleName(tr("Results"));
    m_table->setAccessibleName(tr("Candidates"));
    m_table->horizontalHeader()->setAccessibleName(tr("Candidate table columns"));
    m_simulated->setText(tr("Simulated (offline demo model)"));
    m_simulated->setToolTip(tr("The offline demo model imitates a chat model; no real model is called."));
    m_tableModel->retranslate();
    m_chart->setTitle(chartTitle());
    m_summary->setText(summary(m_provisional));
}
