// SPDX-License-Identifier: Apache-2.0
#include "DistributionChartView.h"

#include <QAbstractBarSeries>
#include <QAccessible>
#include <QAccessibleWidget>
#include <QChart>
#include <QHash>
#include <QPainter>
#include <QPointer>
#include <QWindow>

#include <algorithm>
#include <cmath>

namespace {
// Screen readers get one child per bar, in rank order (most probable first), named by the candidate's text and
// valued by what the bar means in words: the picture alone says nothing to someone who cannot see it.

class ChartBarAccessible final : public QAccessibleInterface
{
public:
    ChartBarAccessible(DistributionChartView *view, int rank)
        : m_view(view)
        , m_rank(rank)
    {}

    bool isValid() const override { return m_view && m_rank < m_view->rows().size(); }
    QObject *object() const override { return nullptr; }
    QWindow *window() const override { return m_view ? m_view->window()->windowHandle() : nullptr; }
    QAccessibleInterface *parent() const override { return QAccessible::queryAccessibleInterface(m_view.data()); }
    QAccessibleInterface *child(int) const override { return nullptr; }
    int childCount() const override { return 0; }
    int indexOfChild(const QAccessibleInterface *) const override { return -1; }
    QAccessibleInterface *childAt(int, int) const override { return nullptr; }
    void setText(QAccessible::Text, const QString &) override {}
    QAccessible::Role role() const override { return QAccessible::ListItem; }

    QString text(QAccessible::Text t) const override
    {
        if (!isValid())
            return {};
        const DistributionChartView::Row &r = row();
        switch (t) {
        case QAccessible::Name:
            return r.text;
        case QAccessible::Value:
        case QAccessible::Description:
            return r.description;
        default:
            return {};
        }
    }

    QRect rect() const override
    {
        if (!isValid())
            return {};
        const QRect local = m_view->rowRect(rowIndex());
        return QRect(m_view->viewport()->mapToGlobal(local.topLeft()), local.size());
    }

    QAccessible::State state() const override
    {
        QAccessible::State s;
        if (!isValid()) {
            s.invalid = true;
            return s;
        }
        s.selectable = true;
        s.focusable = true;
        s.selected = m_view->selectedRow() == rowIndex();
        s.focused = s.selected && m_view->hasFocus();
        return s;
    }

private:
    int rowIndex() const { return int(m_view->rows().size()) - 1 - m_rank; }
    const DistributionChartView::Row &row() const { return m_view->rows().at(rowIndex()); }

    QPointer<DistributionChartView> m_view;
    int m_rank;
};

class ChartAccessible final : public QAccessibleWidget
{
public:
    explicit ChartAccessible(DistributionChartView *view)
        : QAccessibleWidget(view, QAccessible::List)
    {}
    ~ChartAccessible() override
    {
        for (const QAccessible::Id id : std::as_const(m_bars))
            QAccessible::deleteAccessibleInterface(id);
    }
    Q_DISABLE_COPY_MOVE(ChartAccessible)

    int childCount() const override { return int(view()->rows().size()); }

    QAccessibleInterface *child(int index) const override
    {
        if (index < 0 || index >= childCount())
            return nullptr;
        // Registered once per rank: assistive technology keeps ids, so an id must stay the same bar slot.
        if (const auto found = m_bars.constFind(index); found != m_bars.cend())
            return QAccessible::accessibleInterface(*found);
        auto *bar = new ChartBarAccessible(view(), index);
        m_bars.insert(index, QAccessible::registerAccessibleInterface(bar));
        return bar;
    }

    int indexOfChild(const QAccessibleInterface *child) const override
    {
        const QAccessible::Id id = QAccessible::uniqueId(const_cast<QAccessibleInterface *>(child));
        for (auto i = m_bars.cbegin(); i != m_bars.cend(); ++i) {
            if (i.value() == id)
                return i.key() < childCount() ? i.key() : -1;
        }
        return -1;
    }

    QAccessibleInterface *childAt(int x, int y) const override
    {
        for (int i = 0; i < childCount(); ++i) {
            QAccessibleInterface *bar = child(i);
            if (bar && bar->rect().contains(x, y))
                return bar;
        }
        return nullptr;
    }

private:
    DistributionChartView *view() const { return static_cast<DistributionChartView *>(widget()); }

    mutable QHash<int, QAccessible::Id> m_bars;
};

QAccessibleInterface *chartAccessibleFactory(const QString &className, QObject *object)
{
    if (className == QLatin1String("DistributionChartView") && object && object->isWidgetType())
        return new ChartAccessible(static_cast<DistributionChartView *>(object));
    return nullptr;
}
} // namespace

DistributionChartView::DistributionChartView(QChart *chart, QAbstractBarSeries *series, QWidget *parent)
    : QChartView(chart, parent)
    , m_series(series)
{
    static const bool installed = [] {
        QAccessible::installFactory(chartAccessibleFactory);
        return true;
    }();
    Q_UNUSED(installed)
}

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
    const bool changed = row != m_selectedRow;
    m_selectedRow = row;
    viewport()->update();
    if (changed && row >= 0 && row < m_rows.size() && QAccessible::isActive()) {
        QAccessibleEvent event(this, hasFocus() ? QAccessible::Focus : QAccessible::Selection);
        event.setChild(int(m_rows.size()) - 1 - row);
        QAccessible::updateAccessibility(&event);
    }
}

QRect DistributionChartView::rowRect(int row) const
{
    QChart *c = chart();
    if (!c || row < 0 || row >= m_rows.size())
        return {};
    const double end = std::max({m_rows.at(row).value, m_rows.at(row).observed, m_rows.at(row).weight, 0.0});
    const QPointF topLeft = c->mapToScene(c->mapToPosition(QPointF(0.0, row + 0.5), m_series));
    const QPointF bottomRight = c->mapToScene(c->mapToPosition(QPointF(end, row - 0.5), m_series));
    // Labels sit left of the plot; the value text right of the bar.
    const QRectF scene = QRectF(topLeft, bottomRight).normalized().adjusted(-m_labelWidth - 8, 0, 60, 0);
    return mapFromScene(scene).boundingRect();
}

void DistributionChartView::focusInEvent(QFocusEvent *event)
{
    QChartView::focusInEvent(event);
    viewport()->update();
}

void DistributionChartView::focusOutEvent(QFocusEvent *event)
{
    QChartView::focusOutEvent(event);
    viewport()->update();
}

void DistributionChartView::drawForeground(QPainter *painter, const QRectF &rect)
{
    if (hasFocus()) {
        // A graphics view draws no focus frame of its own: keyboard users must see where they are.
        painter->save();
        painter->setPen(QPen(palette().color(QPalette::Highlight), 2, Qt::DashLine));
        painter->setBrush(Qt::NoBrush);
        painter->drawRect(mapToScene(viewport()->rect().adjusted(2, 2, -3, -3)).boundingRect());
        painter->restore();
    }
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
        const bool selected = i == m_selectedRow;
        if (selected && row.value > 0.0) {
            // Colour is not the only mark of the selection: the bar gets an outline in the text colour.
            const QRectF bar =
                QRectF(sceneAt(0.0, i + statedOffset() + slot / 2), sceneAt(row.value, i + statedOffset() - slot / 2))
                    .normalized();
            painter->save();
            painter->setPen(QPen(palette().color(QPalette::Text), 2.5));
            painter->setBrush(Qt::NoBrush);
            painter->drawRect(bar.adjusted(-2, -2, 2, 2));
            painter->restore();
        }
        const QRectF labelBox(plot.left() - m_labelWidth - 8, centre.y() - half, m_labelWidth, fm.height());
        if (selected) {
            // ... and its label is bold.
            QFont bold = font();
            bold.setBold(true);
            painter->save();
            painter->setFont(bold);
            painter->drawText(labelBox, Qt::AlignRight | Qt::AlignVCenter,
                              QFontMetrics(bold).elidedText(row.label, Qt::ElideRight, int(labelBox.width())));
            painter->restore();
        } else {
            painter->drawText(labelBox, Qt::AlignRight | Qt::AlignVCenter, row.label);
        }
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
