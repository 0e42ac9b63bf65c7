// SPDX-License-Identifier: Apache-2.0
#include "CandidateTableView.h"

#include <QEvent>
#include <QHeaderView>
#include <QTimer>

#include <algorithm>

CandidateTableView::CandidateTableView(QWidget *parent)
    : QTableView(parent)
{
    setWordWrap(true);
    setTextElideMode(Qt::ElideNone);
    verticalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_relayout = new QTimer(this);
    m_relayout->setSingleShot(true);
    m_relayout->setInterval(0);
    connect(m_relayout, &QTimer::timeout, this, &CandidateTableView::updateRowHeights);
    connect(horizontalHeader(), &QHeaderView::sectionResized, this, [this](int logical) {
        if (logical == m_wrapped)
            m_relayout->start();
    });
}

CandidateTableView::~CandidateTableView() = default;

void CandidateTableView::setModel(QAbstractItemModel *model)
{
    if (QAbstractItemModel *old = this->model())
        disconnect(old, nullptr, this, nullptr);
    QTableView::setModel(model);
    if (!model)
        return;
    connect(model, &QAbstractItemModel::modelReset, this, &CandidateTableView::updateRowHeights);
    connect(model, &QAbstractItemModel::rowsInserted, this, &CandidateTableView::updateRowHeights);
    connect(model, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
                if (topLeft.column() <= m_wrapped && bottomRight.column() >= m_wrapped)
                    m_relayout->start();
            });
}

void CandidateTableView::updateRowHeights()
{
    QAbstractItemModel *m = model();
    if (!m)
        return;
    const QFontMetrics fm(font());
    // The item delegate keeps a focus-frame margin on each side of the text; leave it a little more.
    const int hMargin = style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, this) + 1;
    const int vMargin = style()->pixelMetric(QStyle::PM_FocusFrameVMargin, nullptr, this) + 1;
    const int width = std::max(40, columnWidth(m_wrapped) - 2 * hMargin - 2);
    const int minimum = fm.height() + 2 * vMargin + 2;
    QHeaderView *rows = verticalHeader();
    for (int row = 0; row < m->rowCount(); ++row) {
        const QString text = m->index(row, m_wrapped).data().toString();
        const int h = fm.boundingRect(QRect(0, 0, width, 1 << 20), Qt::TextWordWrap, text).height() + 2 * vMargin + 4;
        const int height = std::max(minimum, h);
        if (rows->sectionSize(row) != height)
            rows->resizeSection(row, height);
    }
}

void CandidateTableView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange)
        m_relayout->start();
    QTableView::changeEvent(event);
}
