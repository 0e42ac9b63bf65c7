// SPDX-License-Identifier: Apache-2.0
#include "DistributionChartView.h"

#include <QAbstractBarSeries>
#include <QChart>
#include <QPainter>

#include <algorithm>
#include <cmath>

DistributionChartView::DistributionChartView(QChart *chart, QAbstractBarSeries *series, QWidget *parent)
    : QChartView(chart, parent)
    , m_series(series)
{}

DistributionChartView::~DistributionChartView() = default;

void DistributionChartView::setRows(QList<Row> rows, bool observedShown)
{
    m_rows = std::move(rows);
    m_observedShown = observedShown;
    viewport()->update();
}

void DistributionChartView::setHatchColors(const QColor &bar, const QColor &selected)
{
    m_hatchColor = bar;
    m_selectedHatchColor = selected;
    viewport()->update();
}

void DistributionChartView::setSelectedRow(int row)
{
    m_selectedRow = row;
    viewport()->update();
}

void DistributionChartView::drawForeground(QPainter *painter, const QRectF &rect)
{
    QChart *c = chart();
    if (!c || m_rows.isEmpty())
        return;
    const QRectF plot = c->mapToScene(c->plotArea()).boundingRect();
    painter->save();
    painter->setFont(font());
    painter->setPen(palette().color(QPalette::Text));
    const QFontMetrics fm(font());
    const double half = fm.height() / 2.0;
    const auto sceneAt = [&](double x, double y) { return c->mapToScene(c->mapToPosition(QPointF(x, y), m_series)); };
    // The stated bar's slot in its row, as QHorizontalBarSeries lays its sets out side by side.
    const double slot = m_series->barWidth() / std::max(1, int(m_series->count()));
    for (int i = 0; i < m_rows.size(); ++i) {
        const Row &row = m_rows.at(i);
        const QPointF centre = sceneAt(0.0, i);
        if (centre.y() + fm.height() < rect.top() || centre.y() - fm.height() > rect.bottom())
            continue;
        if (row.hatched && row.value > 0.0) {
            // Over the solid bar Qt Charts drew: the background, a hatch in the bar colour and an outline, so a
            // value the model did not state never looks like one it did.
            const QRectF bar =
                QRectF(sceneAt(0.0, i + statedOffset() + slot / 2), sceneAt(row.value, i + statedOffset() - slot / 2))
                    .normalized();
            const QColor colour = i == m_selectedRow ? m_selectedHatchColor : m_hatchColor;
            painter->save();
            painter->fillRect(bar.adjusted(-1, -1, 1, 1), backgroundBrush());
            painter->fillRect(bar, QBrush(colour, Qt::BDiagPattern));
            painter->setPen(QPen(colour, 1.5));
            painter->setBrush(Qt::NoBrush);
            painter->drawRect(bar.adjusted(0.75, 0.75, -0.75, -0.75));
            painter->restore();
        }
        const QRectF labelBox(plot.left() - m_labelWidth - 8, centre.y() - half, m_labelWidth, fm.height());
        painter->drawText(labelBox, Qt::AlignRight | Qt::AlignVCenter, row.label);
        const QPointF statedEnd = sceneAt(std::max(row.value, 0.0), i + statedOffset());
        painter->drawText(
            QRectF(statedEnd.x() + 4, statedEnd.y() - half, fm.horizontalAdvance(row.valueText) + 4, fm.height()),
            Qt::AlignLeft | Qt::AlignVCenter, row.valueText);
        if (m_observedShown && !std::isnan(row.observed)) {
            // A tick at the weight on the observed bar: with many draws the bar ends at the tick.
            const QPointF tickTop = sceneAt(row.weight, i + observedOffset() + 0.17);
            const QPointF tickBottom = sceneAt(row.weight, i + observedOffset() - 0.17);
            painter->save();
            painter->setPen(QPen(palette().color(QPalette::Text), 2));
            painter->drawLine(tickTop, tickBottom);
            painter->restore();
            const QPointF observedEnd = sceneAt(std::max({row.observed, row.weight, 0.0}), i + observedOffset());
            painter->drawText(QRectF(observedEnd.x() + 4, observedEnd.y() - half,
                                     fm.horizontalAdvance(row.observedText) + 4, fm.height()),
                              Qt::AlignLeft | Qt::AlignVCenter, row.observedText);
        }
    }
    painter->restore();
}
