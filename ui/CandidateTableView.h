// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QTableView>

class QTimer;

/**
 * The candidate table: whole texts in word-wrapped rows. Row heights are computed here from the text column's
 * width in one pass; QHeaderView::ResizeToContents would ask the delegate for every cell of every row on every
 * layout, which takes longer than a frame at k = 100.
 */
class CandidateTableView final : public QTableView
{
    Q_OBJECT
public:
    explicit CandidateTableView(QWidget *parent = nullptr);
    ~CandidateTableView() override;
    Q_DISABLE_COPY_MOVE(CandidateTableView)

    void setModel(QAbstractItemModel *model) override;
    /// The column whose text wraps and sets the row height.
    void setWrappedColumn(int column) { m_wrapped = column; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void updateRowHeights();

    QTimer *m_relayout = nullptr;
    int m_wrapped = 0;
};
