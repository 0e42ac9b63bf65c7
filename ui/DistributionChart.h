// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "DistributionChartView.h"
#include "vs/Candidate.h"
#include "vs/Settings.h"

#include <QScrollArea>

#include <cmath>
#include <limits>

class QAreaSeries;
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
 * A value the model did not state is never drawn as stated: a filled-in probability or a cut-off candidate is a
 * hatched bar with its own legend entry, and for a method without probabilities (Candidate::Basis::Counted) each bar
 * is the share of answers, labelled "3 of 10". The chart grows with the number of candidates inside a scroll area
 * so labels never overlap.
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
    /// The title as shown (rich text).
    QString title() const;
    /// Highlights one rank (-1 = none); does not emit barClicked.
    void setSelectedRank(int rank);
    int selectedRank() const { return m_selected; }

    int barCount() const { return int(m_items.size()); }
    /// The bar value of a rank: the stated or filled-in probability, or for counted answers count / all answers.
    double barValue(int rank) const;
    /// True when the rank's bar is hatched: its value was filled in, or the candidate was cut off.
    bool isHatched(int rank) const;
    /// The text drawn at the end of a rank's bar ("0.350", "0.263 filled in", "3 of 10").
    QString valueText(int rank) const;
    /// What a screen reader hears for a rank's bar: "stated 0.470, weight 0.495, observed 0.50".
    QString accessibleText(int rank) const;
    /// True when the candidates come from a method without probabilities: bars are shares of answers.
    bool isCounted() const { return m_counted; }
    /// The legend entries shown, in order (needs a shown chart: hidden markers are not laid out).
    QStringList legendLabels() const;
    double observedValue(int rank) const;
    bool hasObserved() const { return !m_observedValues.isEmpty(); }
    /// τ is drawn only over stated probabilities: a counted distribution has none to compare with it.
    bool hasTauLine() const { return !std::isnan(m_tau) && m_tauMode != TauMode::Off && !m_counted; }
    /// The axis label of a rank, as drawn (elided).
    QString label(int rank) const;
    /// Centre of a rank's bar in chartView()->viewport() coordinates, scrolling it into view first.
    QPoint barCenter(int rank);
    /// The full text shown by the last hover; empty when the pointer is on no bar.
    QString hoveredText() const { return m_hoverText; }
    QChartView *chartView() const;
    QChart *chart() const { return m_chart; }

    /// The stated (or filled-in) probability; the weight when the candidate has none (a counted answer).
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
    void applyTitle();
    QString accessibleValue(int rank, const DistributionChartView::Row &row) const;
    static void setValues(QBarSet *set, const QList<double> &values);
    void applyPalette();
    void updateLegend();
    double rowValue(const Candidate &c) const;
    static bool hatched(const Candidate &c);
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
    /// The legend entry of the hatched bars. Qt Charts has no per-bar brush and lays every bar series out side by
    /// side, so DistributionChartView hatches those bars itself; an empty area series carries their legend marker.
    QAreaSeries *m_hatchLegend = nullptr;
    QValueAxis *m_rowAxis = nullptr;
    QValueAxis *m_valueAxis = nullptr;
    QLineSeries *m_tauLine = nullptr;
    QList<Candidate> m_items;
    QList<double> m_observedValues;
    int m_totalCount = 0;
    bool m_counted = false;
    QString m_hoverText;
    double m_tau = std::numeric_limits<double>::quiet_NaN();
    TauMode m_tauMode = TauMode::Off;
    int m_selected = -1;
    int m_labelWidth = 0;
    QString m_titleText;
    int m_titleLines = 1;
};
