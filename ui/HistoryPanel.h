// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "store/HistoryStore.h"

#include <QWidget>

class QAction;
class Session;
class QLabel;
class QListWidget;
class QListWidgetItem;
class QPushButton;

/**
 * The run history: saved runs, newest first, each with its time, prompt, method, provider and model, candidate
 * count and marks for simulated and failed runs. Enter or a double click restores a run, Delete removes it. It only
 * presents HistoryStore::list(); MainWindow does the restoring and deleting.
 */
class HistoryPanel final : public QWidget
{
    Q_OBJECT
public:
    explicit HistoryPanel(QWidget *parent = nullptr);
    ~HistoryPanel() override;
    Q_DISABLE_COPY_MOVE(HistoryPanel)

    /**
     * Connects to a session: lists its saved runs and forwards restore, delete and clear (asked first) to it.
     * Failures come out as failed(); the panel never restores anything itself.
     */
    void attach(Session *session);
    bool restore(qint64 id);
    bool remove(qint64 id);
    bool clearAll();
    /// Asks whether to delete every saved run (window-modal, never a nested event loop).
    void confirmClear();
    /// Shows why there is no history, or empty when it works.
    void showAvailability(const QString &reason);

    /// Replaces the list (newest first, as HistoryStore::list() returns it); keeps the selected run selected.
    void setEntries(const QList<HistoryEntry> &entries);
    /// Shows why there is no history instead of the list; empty = history works.
    void setUnavailableReason(const QString &reason);
    /// While a run is busy nothing can be restored.
    void setRestoreEnabled(bool enabled);

    int count() const;
    /// The id of the run in a row, 0 when out of range.
    qint64 idAt(int row) const;
    /// The text of a row as shown (all lines).
    QString textAt(int row) const;
    qint64 currentId() const;
    /// Selects the row of a run, if listed.
    void selectId(qint64 id);
    /// Puts the keyboard focus on the list.
    void focusList();

Q_SIGNALS:
    void restoreRequested(qint64 id);
    void deleteRequested(qint64 id);
    /// The user asked to clear everything; the receiver confirms.
    void clearRequested();
    /// Restoring failed: a headline and why.
    void failed(const QString &headline, const QString &reason);
    /// A short status message (deleted, could not delete, …).
    void notice(const QString &message);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void rebuild();
    void updateButtons();
    void restoreCurrent();
    void deleteCurrent();
    QString describe(const HistoryEntry &entry) const;
    QString accessibleDescription(const HistoryEntry &entry) const;

    QLabel *m_title = nullptr;
    QLabel *m_note = nullptr;
    QListWidget *m_list = nullptr;
    QPushButton *m_restore = nullptr;
    QPushButton *m_delete = nullptr;
    QPushButton *m_clear = nullptr;
    QAction *m_restoreAct = nullptr;
    QAction *m_deleteAct = nullptr;
    QAction *m_clearAct = nullptr;
    QList<HistoryEntry> m_entries;
    Session *m_session = nullptr;
    QString m_unavailable;
    bool m_restoreEnabled = true;
};
