// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QChartView>
#include <QColor>
#include <QList>
#include <QRect>
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
        /// The value is not one the model stated (filled in) or the candidate was cut off: the bar is hatched.
        bool hatched = false;
        /// The whole candidate text, what assistive technology reads as the bar's name.
        QString text;
        /// What the bar stands for in words ("stated 0.470, weight 0.495, observed 0.50"), its accessible value.
        QString description;
    };
    void setRows(QList<Row> rows, bool observedShown);
    const QList<Row> &rows() const { return m_rows; }
    /// Width reserved left of the plot for the row labels.
    void setLabelWidth(int width) { m_labelWidth = width; }
    int labelWidth() const { return m_labelWidth; }
    /// The vertical offset, in rows, of the stated bar's centre inside its row.
    double statedOffset() const { return m_observedShown ? 0.1875 : 0.0; }
    double observedOffset() const { return m_observedShown ? -0.1875 : 0.0; }
    /// Colours of hatched bars: the bar colour, and the selection colour for the selected row.
    void setHatchColors(const QColor &bar, const QColor &selected);
    /// The selected row (bottom row 0), drawn in the selection colour when hatched; -1 for none.
    void setSelectedRow(int row);
    int selectedRow() const { return m_selectedRow; }
    /// The area of a row's bars (and value labels) in viewport coordinates; empty for no such row.
    QRect rowRect(int row) const;

protected:
    void drawForeground(QPainter *painter, const QRectF &rect) override;
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;

private:
    QAbstractBarSeries *m_series;
    QList<Row> m_rows;
    int m_labelWidth = 200;
    bool m_observedShown = false;
    QColor m_hatchColor;
    QColor m_selectedHatchColor;
    int m_selectedRow = -1;
};
