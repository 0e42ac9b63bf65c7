// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "store/HistoryStore.h"

#include <QWidget>

#include <optional>

class HistoryModel;
class QAction;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListView;
class QPushButton;
class QTimer;
class QVBoxLayout;
class Session;

/**
 * The run history: saved runs, newest first, each with its time, prompt, method, provider and model, candidate
 * count and marks for starred, simulated and failed runs. A search field (full text over prompts and candidates),
 * filters (provider, model, method, starred), pages loaded as the list scrolls (HistoryModel). Enter or a double
 * click restores a run, Delete removes it (Undo brings it back), Star marks it; Import… reads history files and
 * lesson packs, Export pack… writes the runs listed as a lesson pack. The panel only presents the session's
 * HistoryStore and forwards actions; core does the work.
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
    /// Deletes a run; undoDelete() brings it back (same uid, time and content) until the next delete.
    bool remove(qint64 id);
    bool undoDelete();
    bool clearAll();
    /// Stars or unstars a run.
    bool setStarred(qint64 id, bool starred);
    /// Imports a history file or lesson pack (see HistoryFile::decode); the notice says how many were added.
    bool importFile(const QString &path);
    /// Writes the runs the list shows (current search and filters) as a lesson pack.
    bool exportPack(const QString &path);
    /// Asks whether to delete every saved run (window-modal, never a nested event loop).
    void confirmClear();
    /// Shows why there is no history, or empty when it works.
    void showAvailability(const QString &reason);
    /// Reloads the list from the database (keeps the selected run selected).
    void refresh();
    /// Full-text search and filters of the list.
    void setFilter(const HistoryFilter &filter);
    HistoryFilter filter() const;

    /// Shows why there is no history instead of the list; empty = history works.
    void setUnavailableReason(const QString &reason);
    /// While a run is busy nothing can be restored.
    void setRestoreEnabled(bool enabled);

    /// Rows loaded so far (more load as the list scrolls).
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
    HistoryModel *model() const { return m_model; }

Q_SIGNALS:
    void restoreRequested(qint64 id);
    void deleteRequested(qint64 id);
    /// The user asked to clear everything; the receiver confirms.
    void clearRequested();
    /// Restoring failed: a headline and why.
    void failed(const QString &headline, const QString &reason);
    /// A short status message (deleted, could not delete, imported …).
    void notice(const QString &message);

protected:
    void changeEvent(QEvent *event) override;

private:
    void buildFilters();
    void buildButtons(QVBoxLayout *layout);
    void connectActions();
    void retranslateUi();
    void updateButtons();
    void updateChoices();
    void applyFilter();
    void restoreCurrent();
    void deleteCurrent();
    void toggleStar();
    void askImport();
    void askExportPack();
    HistoryStore *store() const;

    QLabel *m_title = nullptr;
    QLabel *m_note = nullptr;
    QLineEdit *m_search = nullptr;
    QComboBox *m_provider = nullptr;
    QComboBox *m_modelFilter = nullptr;
    QComboBox *m_method = nullptr;
    QCheckBox *m_starred = nullptr;
    QListView *m_list = nullptr;
    HistoryModel *m_model = nullptr;
    QTimer *m_searchDelay = nullptr;
    QPushButton *m_restore = nullptr;
    QPushButton *m_delete = nullptr;
    QPushButton *m_undo = nullptr;
    QPushButton *m_star = nullptr;
    QPushButton *m_import = nullptr;
    QPushButton *m_exportPack = nullptr;
    QPushButton *m_clear = nullptr;
    QAction *m_restoreAct = nullptr;
    QAction *m_deleteAct = nullptr;
    QAction *m_undoAct = nullptr;
    QAction *m_starAct = nullptr;
    QAction *m_clearAct = nullptr;
    Session *m_session = nullptr;
    std::optional<HistoryEntry> m_deleted;
    QString m_unavailable;
    bool m_restoreEnabled = true;
};
