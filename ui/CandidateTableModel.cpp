// SPDX-License-Identifier: Apache-2.0
#include "CandidateTableModel.h"

#include "export/TextExport.h"

#include <algorithm>
#include <cmath>

// The table's columns are the text exports' columns, so a copy reads exactly like the table.
static_assert(int(CandidateTableModel::RankColumn) == int(TextExport::Column::Rank));
static_assert(int(CandidateTableModel::ObservedColumn) == int(TextExport::Column::Observed));
static_assert(int(CandidateTableModel::RepairsColumn) == int(TextExport::Column::Repairs));
static_assert(int(CandidateTableModel::CountColumn) == int(TextExport::Column::Count));
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
    m_totalCount = TextExport::totalCount(m_items);
    endResetModel();
}

void CandidateTableModel::setStarred(const QList<int> &rows)
{
    if (rows == m_starred)
        return;
    m_starred = rows;
    if (!m_items.isEmpty())
        Q_EMIT dataChanged(index(0, RankColumn), index(int(m_items.size()) - 1, RankColumn));
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
            if (m_starred.contains(index.row()))
                return QStringLiteral("\u2605 %1").arg(index.row() + 1);
            return index.row() + 1;
        case StatedColumn:
        case WeightColumn:
        case ObservedColumn:
        case TextColumn:
        case RepairsColumn:
        case CountColumn:
            return TextExport::cell(c, index.row(), TextExport::Column(index.column()),
                                    m_observed.isEmpty() ? std::nan("") : m_observed.at(index.row()), m_totalCount);
        default:
            return {};
        }
    case Qt::ToolTipRole:
        if (index.column() == StatedColumn) {
            switch (c.basis()) {
            case Candidate::Basis::Counted:
                return tr("This method asks for no probability; the weight is how often the model gave the answer.");
            case Candidate::Basis::FilledIn:
                return tr("The model gave no probability for this candidate; %1 was filled in to weigh it.")
                    .arg(formatProbability(c.clipped));
            case Candidate::Basis::Stated:
                break;
            }
            return c.statedRaw.isEmpty() ? tr("The model gave no probability for this candidate.")
                                         : tr("The model wrote \u201c%1\u201d.").arg(c.statedRaw);
        }
        if (index.column() == CountColumn) {
            return c.basis() == Candidate::Basis::Counted
                       ? tr("The model gave this answer %n time(s) out of %1.", nullptr, c.count).arg(m_totalCount)
                       : tr("The model gave this answer %n time(s); repeats are merged.", nullptr, c.count);
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
            return isCounted() ? tr("Sampling weight: how often the model gave each answer, count / all answers")
                               : tr("Sampling weight: stated probabilities normalized to sum to 1");
        case ObservedColumn:
            return tr("Share of the last batch of draws");
        case CountColumn:
            return tr("How many times the model gave this answer (repeats merged)");
        default:
            return {};
        }
    }
    return {};
}

bool CandidateTableModel::isCounted() const
{
    return !m_items.isEmpty() && std::all_of(m_items.cbegin(), m_items.cend(),
                                             [](const Candidate &c) { return c.basis() == Candidate::Basis::Counted; });
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
