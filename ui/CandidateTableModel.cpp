// SPDX-License-Identifier: Apache-2.0
#include "CandidateTableModel.h"

#include "export/TextExport.h"

#include <cmath>

// The table's columns are the text exports' columns, so a copy reads exactly like the table.
static_assert(int(CandidateTableModel::RankColumn) == int(TextExport::Column::Rank));
static_assert(int(CandidateTableModel::ObservedColumn) == int(TextExport::Column::Observed));
static_assert(int(CandidateTableModel::RepairsColumn) == int(TextExport::Column::Repairs));
static_assert(int(CandidateTableModel::ColumnCount) == TextExport::columnCount);

CandidateTableModel::CandidateTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

CandidateTableModel::~CandidateTableModel() = default;

void CandidateTableModel::setCandidates(const QList<Candidate> &items)
{
    beginResetModel();
    m_items = items;
    m_observed.clear();
    endResetModel();
}

void CandidateTableModel::setObserved(const QList<double> &frequencies)
{
    m_observed = frequencies.size() == m_items.size() ? frequencies : QList<double>();
    if (!m_items.isEmpty())
        Q_EMIT dataChanged(index(0, ObservedColumn), index(rowCount() - 1, ObservedColumn));
    Q_EMIT headerDataChanged(Qt::Horizontal, ObservedColumn, ObservedColumn);
}

int CandidateTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int CandidateTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString CandidateTableModel::formatProbability(double p)
{
    return TextExport::displayProbability(p);
}

QVariant CandidateTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_items.size())
        return {};
    const Candidate &c = m_items.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        switch (index.column()) {
        case RankColumn:
            return index.row() + 1;
        case StatedColumn:
        case WeightColumn:
        case ObservedColumn:
        case TextColumn:
        case RepairsColumn:
            return TextExport::cell(c, index.row(), TextExport::Column(index.column()),
                                    m_observed.isEmpty() ? std::nan("") : m_observed.at(index.row()));
        default:
            return {};
        }
    case Qt::ToolTipRole:
        if (index.column() == StatedColumn) {
            return c.statedRaw.isEmpty() ? tr("The model gave no probability for this candidate.")
                                         : tr("The model wrote \u201c%1\u201d.").arg(c.statedRaw);
        }
        if (index.column() == WeightColumn)
            return tr("Normalized sampling weight (all weights sum to 1).");
        if (index.column() == RepairsColumn && !c.repairs.isEmpty())
            return tr("What was done to the stated probability or text before weighting.");
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == TextColumn || index.column() == RepairsColumn)
            return QVariant(Qt::AlignLeft | Qt::AlignTop);
        return QVariant(Qt::AlignRight | Qt::AlignTop);
    case Qt::UserRole:
        return c.text;
    default:
        return {};
    }
}

QVariant CandidateTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::DisplayRole)
        return section >= 0 && section < ColumnCount ? TextExport::columnTitle(TextExport::Column(section))
                                                     : QVariant();
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case RankColumn:
            return tr("Rank by stated probability");
        case StatedColumn:
            return tr("Probability the model stated, after repairs");
        case WeightColumn:
            return tr("Sampling weight: stated probabilities normalized to sum to 1");
        case ObservedColumn:
            return tr("Share of the last batch of draws");
        default:
            return {};
        }
    }
    return {};
}

QList<int> CandidateTableModel::allRows() const
{
    QList<int> rows;
    rows.reserve(m_items.size());
    for (int i = 0; i < m_items.size(); ++i)
        rows.append(i);
    return rows;
}

QString CandidateTableModel::toTsv(const QList<int> &rows) const
{
    return TextExport::displayTsv(m_items, rows, m_observed);
}

QString CandidateTableModel::toMarkdown(const QList<int> &rows) const
{
    return TextExport::displayMarkdown(m_items, rows, m_observed);
}
