// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "vs/Distribution.h"

#include <QAbstractTableModel>

/**
 * The candidates of a distribution as table rows, most probable first; the text is never shortened. Stated shows
 * only numbers the model wrote ("—" for a filled-in value or a counted answer); Count shows how many times the model
 * gave the answer, "3 of 10" for a method without probabilities.
 */
class CandidateTableModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        RankColumn,
        StatedColumn,
        WeightColumn,
        ObservedColumn,
        TextColumn,
        RepairsColumn,
        CountColumn,
        ColumnCount
    };
    explicit CandidateTableModel(QObject *parent = nullptr);
    ~CandidateTableModel() override;
    Q_DISABLE_COPY_MOVE(CandidateTableModel)

    void setCandidates(const QList<Candidate> &items);
    const QList<Candidate> &candidates() const { return m_items; }
    /// Observed frequencies per row (same order as the candidates); empty hides them.
    void setObserved(const QList<double> &frequencies);
    bool hasObserved() const { return !m_observed.isEmpty(); }
    /// Rows whose candidate the user starred (a ★ before the rank).
    void setStarred(const QList<int> &rows);
    /// Re-reads the translated header texts after a language change.
    void retranslate() { Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// Rows as tab-separated values with a header line (TextExport::displayTsv).
    QString toTsv(const QList<int> &rows) const;
    /// Rows as a Markdown table (TextExport::displayMarkdown).
    QString toMarkdown(const QList<int> &rows) const;
    /// Every row, for "copy all".
    QList<int> allRows() const;

    /// "0.350", in the current locale (TextExport::displayProbability).
    static QString formatProbability(double p);

private:
    bool isCounted() const;

    QList<Candidate> m_items;
    QList<double> m_observed;
    QList<int> m_starred;
    int m_totalCount = 0;
};
