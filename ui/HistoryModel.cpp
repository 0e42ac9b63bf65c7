// SPDX-License-Identifier: Apache-2.0
#include "HistoryModel.h"
#include "HistoryPanel.h"

#include "providers/ProviderTypes.h"

#include <QApplication>
#include <QLocale>
#include <QStyle>

namespace {
QString methodTitle(const QString &name)
{
    const std::optional<Method> m = Names::parseMethod(name);
    return m ? Names::methodTitle(*m) : name;
}

QString providerTitle(const QString &id)
{
    const ProviderPreset *preset = ProviderPreset::find(id);
    return preset ? preset->title() : id;
}
} // namespace

HistoryModel::HistoryModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

HistoryModel::~HistoryModel() = default;

void HistoryModel::setStore(const HistoryStore *store)
{
    m_store = store;
    reload();
}

void HistoryModel::setFilter(const HistoryFilter &filter)
{
    m_filter = filter;
    reload();
}

void HistoryModel::reload()
{
    beginResetModel();
    m_rows.clear();
    m_exhausted = m_store == nullptr || !m_store->isOpen();
    endResetModel();
    if (!m_exhausted)
        fetchMore({});
}

int HistoryModel::rowOf(qint64 id)
{
    for (;;) {
        for (int row = 0; row < m_rows.size(); ++row) {
            if (m_rows[row].id == id)
                return row;
        }
        if (m_exhausted)
            return -1;
        fetchMore({});
    }
}

const HistoryEntry *HistoryModel::entryAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows[row] : nullptr;
}

int HistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int HistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : 1;
}

bool HistoryModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_exhausted;
}

void HistoryModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || m_exhausted || !m_store)
        return;
    const std::optional<HistoryCursor> from =
        m_rows.isEmpty() ? std::nullopt : std::optional<HistoryCursor>(HistoryCursor::after(m_rows.last()));
    const QList<HistoryEntry> page = m_store->page(m_filter, pageSize, from);
    m_exhausted = page.size() < pageSize;
    if (page.isEmpty())
        return;
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + page.size() - 1));
    m_rows += page;
    endInsertRows();
}

QVariant HistoryModel::data(const QModelIndex &index, int role) const
{
    const HistoryEntry *e = index.isValid() ? entryAt(index.row()) : nullptr;
    if (!e)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return describe(*e);
    case Qt::AccessibleTextRole:
        return accessibleDescription(*e);
    case Qt::ToolTipRole:
        return e->errorMessage.isEmpty()
                   ? e->prompt
                   : e->prompt + QStringLiteral("\n\n") + HistoryPanel::tr("Not completed: %1").arg(e->errorMessage);
    case Qt::DecorationRole:
        if (!e->errorMessage.isEmpty())
            return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
        return {};
    case IdRole:
        return e->id;
    case StarredRole:
        return e->starred;
    default:
        return {};
    }
}

QString HistoryModel::describe(const HistoryEntry &e) const
{
    const QLocale locale;
    const QDateTime local = e.createdAt.toLocalTime();
    const QString when = local.date() == QDate::currentDate() ? locale.toString(local.time(), QLocale::ShortFormat)
                                                              : locale.toString(local, QLocale::ShortFormat);
    QString prompt = e.prompt.simplified().isEmpty() ? HistoryPanel::tr("(no prompt)") : e.prompt.simplified();
    if (e.starred)
        prompt = QStringLiteral("★ ") + prompt;
    QString facts = when + QStringLiteral(" · ") + methodTitle(e.method) + QStringLiteral(" · ") +
                    HistoryPanel::tr("%n candidate(s)", nullptr, e.candidateCount);
    if (e.kind == QLatin1String("compare"))
        facts += QStringLiteral(" · ") + HistoryPanel::tr("compare");
    QString origin = providerTitle(e.provider);
    if (!e.model.isEmpty())
        origin += QStringLiteral(" · ") + e.model;
    if (e.simulated)
        origin += QStringLiteral(" · ") + HistoryPanel::tr("simulated");
    if (!e.errorMessage.isEmpty())
        origin += QStringLiteral(" · ") + HistoryPanel::tr("not completed");
    return prompt + QLatin1Char('\n') + facts + QLatin1Char('\n') + origin;
}

QString HistoryModel::accessibleDescription(const HistoryEntry &e) const
{
    QString text = HistoryPanel::tr("Run of %1: “%2”, %3, %4 %5, %n candidate(s)", nullptr, e.candidateCount)
                       .arg(QLocale().toString(e.createdAt.toLocalTime(), QLocale::LongFormat), e.prompt.simplified(),
                            methodTitle(e.method), providerTitle(e.provider), e.model);
    if (e.starred)
        text += QStringLiteral(", ") + HistoryPanel::tr("starred");
    if (e.simulated)
        text += QStringLiteral(", ") + HistoryPanel::tr("simulated by the offline demo model");
    if (!e.errorMessage.isEmpty())
        text += QStringLiteral(", ") + HistoryPanel::tr("not completed: %1").arg(e.errorMessage);
    return text;
}
