// SPDX-License-Identifier: Apache-2.0
#include "CandidateTableModel.h"

#include <QLocale>

#include <cmath>

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
    if (std::isnan(p))
        return QStringLiteral("—");
    return QLocale().toString(p, 'f', 3);
}

QString CandidateTableModel::repairsText(const Candidate &c) const
{
    QStringList tags = c.repairs;
    if (c.partial)
        tags.append(tr("partial"));
    return tags.join(QStringLiteral(", "));
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
            return formatProbability(c.clipped);
        case WeightColumn:
            return formatProbability(c.weight);
        case ObservedColumn:
            return m_observed.isEmpty() ? QString() : formatProbability(m_observed.at(index.row()));
        case TextColumn:
            return c.text;
        case RepairsColumn:
            return repairsText(c);
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
    if (role == Qt::DisplayRole) {
        switch (section) {
        case RankColumn:
            return tr("#");
        case StatedColumn:
            return tr("Stated");
        case WeightColumn:
            return tr("Weight");
        case ObservedColumn:
            return tr("Observed");
        case TextColumn:
            return tr("Text");
        case RepairsColumn:
            return tr("Repairs");
        default:
            return {};
        }
    }
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

namespace {
QString tsvField(const QString &s)
{
    if (!s.contains(QLatin1Char('\t')) && !s.contains(QLatin1Char('\n')) && !s.contains(QLatin1Char('"')) &&
        !s.contains(QLatin1Char('\r')))
        return s;
    QString quoted = s;
    quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

QString markdownField(const QString &s)
{
    // Only what would break the table or turn into markup is escaped, so the copy stays readable as plain text.
    QString out = s;
    out.replace(QLatin1Char('&'), QStringLiteral("&amp;"));
    out.replace(QLatin1Char('<'), QStringLiteral("&lt;"));
    out.replace(QLatin1Char('|'), QStringLiteral("\\|"));
    out.replace(QStringLiteral("\r\n"), QStringLiteral("<br>"));
    out.replace(QLatin1Char('\n'), QStringLiteral("<br>"));
    return out;
}
} // namespace

QString CandidateTableModel::toTsv(const QList<int> &rows) const
{
    QStringList lines;
    QStringList header;
    for (int col = 0; col < ColumnCount; ++col) {
        if (col != ObservedColumn || hasObserved())
            header.append(tsvField(headerData(col, Qt::Horizontal).toString()));
    }
    lines.append(header.join(QLatin1Char('\t')));
    for (int row : rows) {
        if (row < 0 || row >= m_items.size())
            continue;
        QStringList fields;
        for (int col = 0; col < ColumnCount; ++col) {
            if (col != ObservedColumn || hasObserved())
                fields.append(tsvField(data(index(row, col)).toString()));
        }
        lines.append(fields.join(QLatin1Char('\t')));
    }
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

QString CandidateTableModel::toMarkdown(const QList<int> &rows) const
{
    QStringList header;
    QStringList rule;
    for (int col = 0; col < ColumnCount; ++col) {
        if (col == ObservedColumn && !hasObserved())
            continue;
        header.append(markdownField(headerData(col, Qt::Horizontal).toString()));
        rule.append(col == TextColumn || col == RepairsColumn ? QStringLiteral("---") : QStringLiteral("---:"));
    }
    QStringList lines;
    lines.append(QStringLiteral("| ") + header.join(QStringLiteral(" | ")) + QStringLiteral(" |"));
    lines.append(QStringLiteral("| ") + rule.join(QStringLiteral(" | ")) + QStringLiteral(" |"));
    for (int row : rows) {
        if (row < 0 || row >= m_items.size())
            continue;
        QStringList fields;
        for (int col = 0; col < ColumnCount; ++col) {
            if (col != ObservedColumn || hasObserved())
                fields.append(markdownField(data(index(row, col)).toString()));
        }
        lines.append(QStringLiteral("| ") + fields.join(QStringLiteral(" | ")) + QStringLiteral(" |"));
    }
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}
