// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "store/HistoryStore.h"

#include <QAbstractTableModel>

/**
 * Saved runs for a view, newest first, loaded a page at a time (keyset pages from HistoryStore::page()) as the view
 * scrolls, so 100,000 runs scroll smoothly. One column: the run's three-line description. Qt::UserRole holds the
 * run id. Its texts use HistoryPanel's translation context (they are the panel's words).
 */
class HistoryModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    static constexpr int pageSize = 100;
    static constexpr int IdRole = Qt::UserRole;
    static constexpr int StarredRole = Qt::UserRole + 1;

    explicit HistoryModel(QObject *parent = nullptr);
    ~HistoryModel() override;
    Q_DISABLE_COPY_MOVE(HistoryModel)

    /// The store to list (null = none); reloads.
    void setStore(const HistoryStore *store);
    void setFilter(const HistoryFilter &filter);
    const HistoryFilter &filter() const { return m_filter; }
    /// Loads the first page again (after a save, delete, import or star).
    void reload();
    /// The row of a run, loading further pages until it is found or the list ends; -1 when not listed.
    int rowOf(qint64 id);
    const HistoryEntry *entryAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

private:
    QString describe(const HistoryEntry &e) const;
    QString accessibleDescription(const HistoryEntry &e) const;

    const HistoryStore *m_store = nullptr;
    HistoryFilter m_filter;
    QList<HistoryEntry> m_rows;
    bool m_exhausted = true;
};
