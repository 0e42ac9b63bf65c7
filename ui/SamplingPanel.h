// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "run/SessionSampler.h"

#include <QWidget>

class QLabel;
class Session;
class QListWidget;
class QPushButton;
class QScrollArea;
class QSpinBox;

/// The right-hand panel: draw from the distribution, show the draw large, and list the session's draws.
class SamplingPanel final : public QWidget
{
    Q_OBJECT
public:
    explicit SamplingPanel(QWidget *parent = nullptr);
    ~SamplingPanel() override;
    Q_DISABLE_COPY_MOVE(SamplingPanel)

    /// Connects to a session: its buttons draw from the session's sampler and the draw history follows it.
    void attach(Session *session);
    /// One draw, or n draws with observed frequencies; shown large and announced with drawSelected().
    void drawOne();
    void drawMany(int n);

    /// Enables the draw buttons when there is something to draw from and no run is busy.
    void setAvailable(bool hasDistribution, bool running);
    void setNextSeed(quint64 seed);
    /// Shows a single draw (rank is 0-based) or a batch summary.
    void showDraw(const SampleDraw &draw, int rank);
    void clearDraw();
    void setHistory(const QList<SampleDraw> &history);
    int sampleCount() const;
    void setSampleCount(int n);
    /// The text shown large for the last draw.
    QString drawnText() const;

Q_SIGNALS:
    void sampleRequested();
    void sampleManyRequested(int n);
    void newDistributionRequested();
    void clearHistoryRequested();
    /// A history entry was activated; its index in the history list.
    void historyActivated(int entry);
    /// A draw, or an activated entry of the current distribution, points at this candidate (0-based rank).
    void drawSelected(int rank);
    /// Observed frequencies after Sample ×N, per candidate.
    void observed(const QList<double> &frequencies);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    QString describe(const SampleDraw &draw) const;

    QPushButton *m_sample = nullptr;
    QPushButton *m_sampleMany = nullptr;
    QSpinBox *m_count = nullptr;
    QPushButton *m_newDistribution = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_drawInfo = nullptr;
    QLabel *m_drawText = nullptr;
    QScrollArea *m_drawScroll = nullptr;
    QLabel *m_nextSeed = nullptr;
    QLabel *m_historyLabel = nullptr;
    QListWidget *m_history = nullptr;
    QPushButton *m_clearHistory = nullptr;
    QList<SampleDraw> m_entries;
    Session *m_session = nullptr;
    std::optional<SampleDraw> m_shown;
    int m_shownRank = -1;
    quint64 m_seed = 0;
};
