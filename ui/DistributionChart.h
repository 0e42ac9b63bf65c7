// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "vs/Candidate.h"
#include "vs/Settings.h"

#include <QScrollArea>

#include <cmath>
#include <limits>

class QBarSet;
class QChart;
class QChartView;
class DistributionChartView;
class QHorizontalBarSeries;
class QLineSeries;
class QValueAxis;

/**
 * The distribution as a horizontal bar chart: one row per candidate, most probable at the top, the stated
 * probability as the bar, an optional second bar per row for observed frequencies, and τ as a vertical line.
 * The chart grows with the number of candidates inside a scroll area so labels never overlap.
 */
class DistributionChart final : public QScrollArea
{
    Q_OBJECT
public:
    explicit DistributionChart(QWidget *parent = nullptr);
    ~DistributionChart() override;
    Q_DISABLE_COPY_MOVE(DistributionChart)

    /// Candidates in rank order (most probable first).
    void setCandidates(const QList<Candidate> &items);
    /// Observed frequency per rank; empty removes the second bar set.
    void setObserved(const QList<double> &frequencies);
    /// Draws τ as a line; NaN or TauMode::Off removes it.
    void setTau(double tau, TauMode mode);
    void setTitle(const QString &title);
    /// Highlights one rank (-1 = none); does not emit barClicked.
    void setSelectedRank(int rank);
    int selectedRank() const { return m_selected; }

    int barCount() const { return int(m_items.size()); }
    /// The bar value of a rank (the stated probability, or the weight when none was stated).
    double barValue(int rank) const;
    double observedValue(int rank) const;
    bool hasObserved() const { return !m_observedValues.isEmpty(); }
    bool hasTauLine() const { return !std::isnan(m_tau) && m_tauMode != TauMode::Off; }
    /// The axis label of a rank, as drawn (elided).
    QString label(int rank) const;
    /// Centre of a rank's bar in chartView()->viewport() coordinates, scrolling it into view first.
    QPoint barCenter(int rank);
    /// The full text shown by the last hover; empty when the pointer is on no bar.
    QString hoveredText() const { return m_hoverText; }
    QChartView *chartView() const;
    QChart *chart() const { return m_chart; }

    static double valueOf(const Candidate &c);

Q_SIGNALS:
    void barClicked(int rank);
    void barHovered(int rank);

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void rebuild();
    void relabel();
    static void setValues(QBarSet *set, const QList<double> &values);
    void applyPalette();
    void updateHeight();
    void updateRanges();
    void onHovered(bool status, int index);
    void onClicked(int index);
    int rankOfIndex(int index) const { return int(m_items.size()) - 1 - index; }

    DistributionChartView *m_view = nullptr;
    QChart *m_chart = nullptr;
    QHorizontalBarSeries *m_series = nullptr;
    QBarSet *m_statedSet = nullptr;
    QBarSet *m_observedSet = nullptr;
    QValueAxis *m_rowAxis = nullptr;
    QValueAxis *m_valueAxis = nullptr;
    QLineSeries *m_tauLine = nullptr;
    QList<Candidate> m_items;
    QList<double> m_observedValues;
    QString m_hoverText;
    double m_tau = std::numeric_limits<double>::quiet_NaN();
    TauMode m_tauMode = TauMode::Off;
    int m_selected = -1;
    int m_labelWidth = 0;
};
