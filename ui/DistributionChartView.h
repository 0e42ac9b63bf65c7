// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QChartView>
#include <QList>
#include <QStringList>

class QAbstractBarSeries;

/**
 * The chart's view. It draws the row labels (candidate texts, elided) and the value labels itself, as plain
 * text in the foreground: Qt Charts lays out every axis and bar label as a rich-text item, which costs
 * milliseconds per label once there are a hundred of them.
 */
class DistributionChartView final : public QChartView
{
    Q_OBJECT
public:
    DistributionChartView(QChart *chart, QAbstractBarSeries *series, QWidget *parent = nullptr);
    ~DistributionChartView() override;
    Q_DISABLE_COPY_MOVE(DistributionChartView)

    /// One entry per row, bottom row first (the order of the series' categories).
    struct Row
    {
        QString label;
        double value = 0.0;
        QString valueText;
        /// Observed frequency; NaN when none.
        double observed = 0.0;
        QString observedText;
        /// Normalized weight: what the observed frequency converges to.
        double weight = 0.0;
    };
    void setRows(QList<Row> rows, bool observedShown);
    const QList<Row> &rows() const { return m_rows; }
    /// Width reserved left of the plot for the row labels.
    void setLabelWidth(int width) { m_labelWidth = width; }
    int labelWidth() const { return m_labelWidth; }
    /// The vertical offset, in rows, of the stated bar's centre inside its row.
    double statedOffset() const { return m_observedShown ? 0.1875 : 0.0; }
    double observedOffset() const { return m_observedShown ? -0.1875 : 0.0; }

protected:
    void drawForeground(QPainter *painter, const QRectF &rect) override;

private:
    QAbstractBarSeries *m_series;
    QList<Row> m_rows;
    int m_labelWidth = 200;
    bool m_observedShown = false;
};
