// SPDX-License-Identifier: Apache-2.0
#include "SamplingPanel.h"

#include "session/Session.h"

#include "CandidateTableModel.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QVBoxLayout>

SamplingPanel::SamplingPanel(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("samplingPanel"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);

    m_title = new QLabel(this);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    layout->addWidget(m_title);

    m_sample = new QPushButton(this);
    m_sample->setObjectName(QStringLiteral("sampleButton"));
    layout->addWidget(m_sample);

    auto *manyRow = new QHBoxLayout;
    m_sampleMany = new QPushButton(this);
    m_sampleMany->setObjectName(QStringLiteral("sampleManyButton"));
    m_count = new QSpinBox(this);
    m_count->setObjectName(QStringLiteral("sampleCountSpin"));
    m_count->setRange(1, 1000000);
    m_count->setValue(1000);
    m_count->setGroupSeparatorShown(true);
    manyRow->addWidget(m_sampleMany, 1);
    manyRow->addWidget(m_count);
    layout->addLayout(manyRow);

    m_newDistribution = new QPushButton(this);
    m_newDistribution->setObjectName(QStringLiteral("newDistributionButton"));
    layout->addWidget(m_newDistribution);

    m_nextSeed = new QLabel(this);
    m_nextSeed->setObjectName(QStringLiteral("nextSeedLabel"));
    m_nextSeed->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(m_nextSeed);

    m_drawInfo = new QLabel(this);
    m_drawInfo->setObjectName(QStringLiteral("drawInfo"));
    m_drawInfo->setWordWrap(true);
    layout->addWidget(m_drawInfo);

    m_drawText = new QLabel(this);
    m_drawText->setObjectName(QStringLiteral("drawText"));
    m_drawText->setWordWrap(true);
    m_drawText->setTextFormat(Qt::PlainText);
    m_drawText->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_drawText->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_drawText->setFocusPolicy(Qt::StrongFocus);
    QFont big = m_drawText->font();
    big.setPointSizeF(big.pointSizeF() * 1.5);
    m_drawText->setFont(big);
    m_drawText->setMargin(6);
    m_drawScroll = new QScrollArea(this);
    m_drawScroll->setWidgetResizable(true);
    m_drawScroll->setWidget(m_drawText);
    m_drawScroll->setMinimumHeight(120);
    m_drawScroll->setFocusPolicy(Qt::NoFocus);
    layout->addWidget(m_drawScroll, 2);

    auto *historyHeader = new QHBoxLayout;
    m_historyLabel = new QLabel(this);
    m_clearHistory = new QPushButton(this);
    m_clearHistory->setObjectName(QStringLiteral("clearHistoryButton"));
    historyHeader->addWidget(m_historyLabel, 1);
    historyHeader->addWidget(m_clearHistory);
    layout->addLayout(historyHeader);

    m_history = new QListWidget(this);
    m_history->setObjectName(QStringLiteral("historyList"));
    m_history->setWordWrap(true);
    m_history->setUniformItemSizes(false);
    m_historyLabel->setBuddy(m_history);
    layout->addWidget(m_history, 3);

    connect(m_sample, &QPushButton::clicked, this, &SamplingPanel::sampleRequested);
    connect(m_sampleMany, &QPushButton::clicked, this, [this] { Q_EMIT sampleManyRequested(m_count->value()); });
    connect(m_newDistribution, &QPushButton::clicked, this, &SamplingPanel::newDistributionRequested);
    connect(m_clearHistory, &QPushButton::clicked, this, &SamplingPanel::clearHistoryRequested);
    connect(m_history, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        if (const int entry = item->data(Qt::UserRole).toInt(); entry >= 0)
            Q_EMIT historyActivated(entry);
    });
    connect(m_count, &QSpinBox::valueChanged, this, [this] { retranslateUi(); });

    setAvailable(false, false);
    retranslateUi();
}

SamplingPanel::~SamplingPanel() = default;

void SamplingPanel::setAvailable(bool hasDistribution, bool running)
{
    m_sample->setEnabled(hasDistribution);
    m_sampleMany->setEnabled(hasDistribution);
    m_newDistribution->setEnabled(!running);
}

void SamplingPanel::setNextSeed(quint64 seed)
{
    m_seed = seed;
    m_nextSeed->setText(tr("Next draw uses seed %1").arg(seed));
}

void SamplingPanel::showDraw(const SampleDraw &draw, int rank)
{
    m_shown = draw;
    m_shownRank = rank;
    m_drawText->setText(draw.text);
    m_drawInfo->setText(describe(draw));
}

void SamplingPanel::clearDraw()
{
    m_shown.reset();
    m_shownRank = -1;
    m_drawText->clear();
    m_drawInfo->setText(tr("Generate a distribution, then draw from it."));
}

QString SamplingPanel::drawnText() const
{
    return m_drawText->text();
}

QString SamplingPanel::describe(const SampleDraw &draw) const
{
    if (draw.count > 1) {
        return tr("%1 draws with seed %2: most frequent is this one, %3 of the draws (weight %4).")
            .arg(QLocale().toString(draw.count))
            .arg(draw.seed)
            .arg(CandidateTableModel::formatProbability(draw.frequency),
                 CandidateTableModel::formatProbability(draw.weight));
    }
    return tr("Draw #%1 with seed %2: candidate %3 (weight %4)")
        .arg(draw.number)
        .arg(draw.seed)
        .arg(draw.index + 1)
        .arg(CandidateTableModel::formatProbability(draw.weight));
}

void SamplingPanel::attach(Session *session)
{
    m_session = session;
    setNextSeed(session->sampler().seed());
    connect(this, &SamplingPanel::sampleRequested, this, &SamplingPanel::drawOne);
    connect(this, &SamplingPanel::sampleManyRequested, this, &SamplingPanel::drawMany);
    connect(this, &SamplingPanel::clearHistoryRequested, session, &Session::clearDraws);
    connect(session, &Session::drawsChanged, this, [this] {
        setHistory(m_session->sampler().history());
        setNextSeed(m_session->sampler().seed());
    });
    connect(this, &SamplingPanel::historyActivated, this, [this](int entry) {
        const SessionSampler &sampler = m_session->sampler();
        const SampleDraw d = sampler.history().value(entry);
        // Entries of an earlier distribution name a candidate that is no longer shown.
        if (d.distribution == sampler.generation() && d.index >= 0)
            Q_EMIT drawSelected(d.index);
    });
}

void SamplingPanel::drawOne()
{
    if (const std::optional<SampleDraw> draw = m_session->sampleOne()) {
        showDraw(*draw, draw->index);
        Q_EMIT drawSelected(draw->index);
    }
}

void SamplingPanel::drawMany(int n)
{
    if (const std::optional<SampleDraw> draw = m_session->sampleMany(n)) {
        Q_EMIT observed(m_session->sampler().observedFrequencies());
        showDraw(*draw, draw->index);
        Q_EMIT drawSelected(draw->index);
    }
}

void SamplingPanel::setHistory(const QList<SampleDraw> &history)
{
    m_entries = history;
    m_history->clear();
    for (int i = 0; i < history.size(); ++i) {
        const SampleDraw &d = history.at(i);
        // Draws from an earlier distribution stay listed, under a line that says where the next one begins.
        if (i > 0 && history.at(i - 1).distribution != d.distribution) {
            auto *separator = new QListWidgetItem(tr("── new distribution ──"), m_history);
            separator->setFlags(Qt::NoItemFlags);
            separator->setTextAlignment(Qt::AlignCenter);
            separator->setData(Qt::UserRole, -1);
        }
        const QString snippet = d.text.simplified();
        const QString shortText = snippet.size() > 80 ? snippet.left(79) + QStringLiteral("…") : snippet;
        QString line;
        if (d.count > 1) {
            line = tr("#%1 ×%2 (seed %3): top %4 “%5”")
                       .arg(d.number)
                       .arg(QLocale().toString(d.count))
                       .arg(d.seed)
                       .arg(CandidateTableModel::formatProbability(d.frequency), shortText);
        } else {
            line = tr("#%1 (seed %2): “%3”").arg(d.number).arg(d.seed).arg(shortText);
        }
        auto *item = new QListWidgetItem(line, m_history);
        item->setToolTip(d.text);
        item->setData(Qt::UserRole, i);
    }
    m_history->scrollToBottom();
    m_clearHistory->setEnabled(!history.isEmpty());
}

int SamplingPanel::sampleCount() const
{
    return m_count->value();
}

void SamplingPanel::setSampleCount(int n)
{
    m_count->setValue(n);
}

void SamplingPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void SamplingPanel::retranslateUi()
{
    m_title->setText(tr("Sample from the distribution"));
    m_sample->setText(tr("&Sample"));
    m_sample->setToolTip(tr("Draw one candidate by the weights with the current seed (Ctrl+D)"));
    m_sample->setAccessibleName(tr("Sample one candidate"));
    m_sampleMany->setText(tr("Sample ×%1").arg(QLocale().toString(m_count->value())));
    m_sampleMany->setToolTip(tr("Draw many times and show how often each candidate came up"));
    m_sampleMany->setAccessibleName(tr("Sample many times"));
    m_count->setAccessibleName(tr("Number of draws"));
    m_newDistribution->setText(tr("New distribution"));
    m_newDistribution->setToolTip(tr("Ask the model again"));
    m_newDistribution->setAccessibleName(tr("New distribution"));
    m_drawText->setAccessibleName(tr("Drawn candidate"));
    m_historyLabel->setText(tr("Draw histor&y"));
    m_history->setAccessibleName(tr("Draw history"));
    m_clearHistory->setText(tr("&Clear"));
    m_clearHistory->setAccessibleName(tr("Clear draw history"));
    setNextSeed(m_seed);
    if (m_shown)
        m_drawInfo->setText(describe(*m_shown));
    else
        m_drawInfo->setText(tr("Generate a distribution, then draw from it."));
    setHistory(m_entries);
}
