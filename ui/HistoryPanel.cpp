// SPDX-License-Identifier: Apache-2.0
#include "HistoryPanel.h"

#include "FileDialogs.h"
#include "HistoryModel.h"
#include "session/LessonPack.h"
#include "session/Session.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace {
QPushButton *button(QWidget *parent, const char *name)
{
    auto *b = new QPushButton(parent);
    b->setObjectName(QLatin1String(name));
    return b;
}

QComboBox *combo(QWidget *parent, const char *name)
{
    auto *c = new QComboBox(parent);
    c->setObjectName(QLatin1String(name));
    c->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    c->setMinimumContentsLength(6);
    return c;
}

/// Refills a filter combo: "All" first (empty data), then the values; keeps the chosen value when still there.
void fill(QComboBox *c, const QString &all, const QStringList &values)
{
    const QString chosen = c->currentData().toString();
    const QSignalBlocker block(c);
    c->clear();
    c->addItem(all, QString());
    for (const QString &v : values)
        c->addItem(v, v);
    c->setCurrentIndex(qMax(0, c->findData(chosen)));
}
} // namespace

HistoryPanel::HistoryPanel(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("historyPanel"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);

    m_title = new QLabel(this);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    layout->addWidget(m_title);

    buildFilters();
    layout->addWidget(m_search);
    auto *filters = new QHBoxLayout;
    filters->addWidget(m_provider, 1);
    filters->addWidget(m_modelFilter, 1);
    filters->addWidget(m_method, 1);
    filters->addWidget(m_starred);
    layout->addLayout(filters);

    m_note = new QLabel(this);
    m_note->setObjectName(QStringLiteral("runHistoryNote"));
    m_note->setWordWrap(true);
    m_note->setForegroundRole(QPalette::PlaceholderText);
    m_note->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_note);

    m_model = new HistoryModel(this);
    m_list = new QListView(this);
    m_list->setObjectName(QStringLiteral("runHistoryList"));
    m_list->setModel(m_model);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setAlternatingRowColors(true);
    // Each row keeps its three lines; long prompts are elided and shown whole in the tooltip.
    m_list->setWordWrap(false);
    m_list->setTextElideMode(Qt::ElideRight);
    m_list->setUniformItemSizes(true);
    m_list->setSpacing(2);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_title->setBuddy(m_list);
    layout->addWidget(m_list, 1);

    buildButtons(layout);
    connectActions();
    retranslateUi();
}

HistoryPanel::~HistoryPanel() = default;

void HistoryPanel::buildButtons(QVBoxLayout *layout)
{
    auto *rowButtons = new QHBoxLayout;
    m_restore = button(this, "restoreRunButton");
    m_star = button(this, "starRunButton");
    m_delete = button(this, "deleteRunButton");
    m_undo = button(this, "undoDeleteButton");
    m_undo->setVisible(false);
    rowButtons->addWidget(m_restore);
    rowButtons->addWidget(m_star);
    rowButtons->addWidget(m_delete);
    rowButtons->addWidget(m_undo);
    rowButtons->addStretch(1);
    layout->addLayout(rowButtons);
    auto *fileButtons = new QHBoxLayout;
    m_import = button(this, "importHistoryButton");
    m_exportPack = button(this, "exportPackButton");
    m_clear = button(this, "clearRunHistoryButton");
    fileButtons->addWidget(m_import);
    fileButtons->addWidget(m_exportPack);
    fileButtons->addStretch(1);
    fileButtons->addWidget(m_clear);
    layout->addLayout(fileButtons);

    m_restoreAct = new QAction(this);
    m_starAct = new QAction(this);
    m_deleteAct = new QAction(this);
    // Delete acts on the list only, so it never deletes a run while the user edits text elsewhere.
    m_deleteAct->setShortcut(QKeySequence::Delete);
    m_deleteAct->setShortcutContext(Qt::WidgetShortcut);
    m_undoAct = new QAction(this);
    m_undoAct->setShortcut(QKeySequence::Undo);
    m_undoAct->setShortcutContext(Qt::WidgetShortcut);
    m_clearAct = new QAction(this);
    m_list->addActions({m_restoreAct, m_starAct, m_deleteAct, m_undoAct, m_clearAct});
}

void HistoryPanel::connectActions()
{
    connect(m_list, &QListView::activated, this, &HistoryPanel::restoreCurrent);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this, &HistoryPanel::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &HistoryPanel::retranslateUi);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &HistoryPanel::updateButtons);
    connect(m_restore, &QPushButton::clicked, this, &HistoryPanel::restoreCurrent);
    connect(m_restoreAct, &QAction::triggered, this, &HistoryPanel::restoreCurrent);
    connect(m_star, &QPushButton::clicked, this, &HistoryPanel::toggleStar);
    connect(m_starAct, &QAction::triggered, this, &HistoryPanel::toggleStar);
    connect(m_delete, &QPushButton::clicked, this, &HistoryPanel::deleteCurrent);
    connect(m_deleteAct, &QAction::triggered, this, &HistoryPanel::deleteCurrent);
    connect(m_undo, &QPushButton::clicked, this, &HistoryPanel::undoDelete);
    connect(m_undoAct, &QAction::triggered, this, &HistoryPanel::undoDelete);
    connect(m_import, &QPushButton::clicked, this, &HistoryPanel::askImport);
    connect(m_exportPack, &QPushButton::clicked, this, &HistoryPanel::askExportPack);
    connect(m_clear, &QPushButton::clicked, this, &HistoryPanel::clearRequested);
    connect(m_clearAct, &QAction::triggered, this, &HistoryPanel::clearRequested);
}

void HistoryPanel::buildFilters()
{
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("historySearch"));
    m_search->setClearButtonEnabled(true);
    m_provider = combo(this, "historyProviderFilter");
    m_modelFilter = combo(this, "historyModelFilter");
    m_method = combo(this, "historyMethodFilter");
    m_starred = new QCheckBox(this);
    m_starred->setObjectName(QStringLiteral("historyStarredFilter"));
    // Typing searches after a short pause, not on every key.
    m_searchDelay = new QTimer(this);
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(250);
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_searchDelay, &QTimer::timeout, this, &HistoryPanel::applyFilter);
    connect(m_search, &QLineEdit::returnPressed, this, &HistoryPanel::applyFilter);
    for (QComboBox *c : {m_provider, m_modelFilter, m_method})
        connect(c, &QComboBox::currentIndexChanged, this, &HistoryPanel::applyFilter);
    connect(m_starred, &QCheckBox::toggled, this, &HistoryPanel::applyFilter);
}

HistoryStore *HistoryPanel::store() const
{
    return m_session ? m_session->historyStore() : nullptr;
}

void HistoryPanel::attach(Session *session)
{
    m_session = session;
    connect(session, &Session::historyChanged, this, [this](qint64 select) {
        if (m_model->filter().text.isEmpty() && select > 0)
            m_deleted.reset(); // a new run: Undo would now restore out of order; keep it simple
        refresh();
        if (select > 0)
            selectId(select);
    });
    connect(session, &Session::runStarted, this, [this] { setRestoreEnabled(false); });
    connect(session, &Session::runFinished, this, [this] { setRestoreEnabled(true); });
    connect(this, &HistoryPanel::restoreRequested, this, &HistoryPanel::restore);
    connect(this, &HistoryPanel::deleteRequested, this, &HistoryPanel::remove);
    connect(this, &HistoryPanel::clearRequested, this, &HistoryPanel::confirmClear);
}

void HistoryPanel::refresh()
{
    const qint64 selected = currentId();
    updateChoices();
    m_model->setStore(store());
    if (selected > 0)
        selectId(selected);
    retranslateUi();
}

void HistoryPanel::updateChoices()
{
    const HistoryStore *s = store();
    fill(m_provider, tr("All providers"), s ? s->distinct(QStringLiteral("provider")) : QStringList());
    fill(m_modelFilter, tr("All models"), s ? s->distinct(QStringLiteral("model")) : QStringList());
    fill(m_method, tr("All methods"), s ? s->distinct(QStringLiteral("method")) : QStringList());
}

HistoryFilter HistoryPanel::filter() const
{
    HistoryFilter f;
    f.text = m_search->text().trimmed();
    f.provider = m_provider->currentData().toString();
    f.model = m_modelFilter->currentData().toString();
    f.method = m_method->currentData().toString();
    f.starredOnly = m_starred->isChecked();
    return f;
}

void HistoryPanel::setFilter(const HistoryFilter &f)
{
    {
        const QSignalBlocker b1(m_search), b2(m_provider), b3(m_modelFilter), b4(m_method), b5(m_starred);
        m_search->setText(f.text);
        for (const auto &[c, value] :
             {std::pair{m_provider, f.provider}, std::pair{m_modelFilter, f.model}, std::pair{m_method, f.method}}) {
            if (c->findData(value) < 0)
                c->addItem(value, value);
            c->setCurrentIndex(c->findData(value));
        }
        m_starred->setChecked(f.starredOnly);
    }
    applyFilter();
}

void HistoryPanel::applyFilter()
{
    m_searchDelay->stop();
    const qint64 selected = currentId();
    m_model->setFilter(filter());
    if (selected > 0)
        selectId(selected);
    retranslateUi();
}

bool HistoryPanel::restore(qint64 id)
{
    const Result<void> restored = m_session->restore(id);
    if (restored.ok())
        selectId(id);
    else if (restored.failure().kind == Failure::Kind::Busy)
        Q_EMIT notice(restored.message());
    else
        Q_EMIT failed(tr("This saved run cannot be shown."), restored.message());
    return restored.ok();
}

bool HistoryPanel::remove(qint64 id)
{
    const std::optional<HistoryEntry> whole = store() ? store()->get(id) : std::nullopt;
    const int row = m_model->rowOf(id);
    const Result<void> deleted = m_session->deleteRun(id);
    if (!deleted) {
        Q_EMIT notice(deleted.message());
        return false;
    }
    m_deleted = whole;
    m_undo->setVisible(m_deleted.has_value());
    if (row >= 0 && count() > 0)
        m_list->setCurrentIndex(m_model->index(qMin(row, count() - 1), 0));
    Q_EMIT notice(tr("Run deleted. Undo (Ctrl+Z) brings it back."));
    updateButtons();
    return true;
}

bool HistoryPanel::undoDelete()
{
    if (!m_deleted || !store())
        return false;
    const qint64 id = store()->add(*m_deleted); // same uid, time and content: as it was
    if (id <= 0) {
        Q_EMIT notice(tr("The run could not be brought back: %1").arg(store()->lastError()));
        return false;
    }
    m_deleted.reset();
    m_undo->setVisible(false);
    refresh();
    selectId(id);
    Q_EMIT notice(tr("Run brought back."));
    return true;
}

bool HistoryPanel::clearAll()
{
    const Result<void> cleared = m_session->clearHistory();
    if (!cleared)
        Q_EMIT notice(cleared.message());
    m_deleted.reset();
    m_undo->setVisible(false);
    return cleared.ok();
}

bool HistoryPanel::setStarred(qint64 id, bool starred)
{
    if (!store() || !store()->setStarred(id, starred))
        return false;
    m_model->reload();
    selectId(id);
    return true;
}

void HistoryPanel::toggleStar()
{
    const HistoryEntry *e = m_model->entryAt(m_list->currentIndex().row());
    if (e)
        setStarred(e->id, !e->starred);
}

bool HistoryPanel::importFile(const QString &path)
{
    if (!store()) {
        Q_EMIT failed(tr("Nothing was imported."), tr("The run history is not open."));
        return false;
    }
    const Result<HistoryImport> done = HistoryFile::importFile(*store(), path);
    if (!done) {
        Q_EMIT failed(tr("Nothing was imported from this file."), done.message());
        return false;
    }
    refresh();
    Q_EMIT notice(tr("Imported %1: %2 added, %3 skipped (already in the history).")
                      .arg(QDir::toNativeSeparators(path))
                      .arg(done->added)
                      .arg(done->skipped));
    return true;
}

bool HistoryPanel::exportPack(const QString &path)
{
    if (!store())
        return false;
    QList<qint64> ids;
    for (const HistoryEntry &e : store()->page(filter(), 0))
        ids.append(e.id);
    const Result<int> written = HistoryFile::writePack(*store(), ids, m_search->text(), path);
    if (!written) {
        Q_EMIT failed(tr("The lesson pack was not saved."), written.message());
        return false;
    }
    Q_EMIT notice(tr("Saved %n run(s) as a lesson pack to %1", nullptr, *written).arg(QDir::toNativeSeparators(path)));
    return true;
}

void HistoryPanel::askImport()
{
    FileDialogs::askOpenPath(
        window(), tr("Import runs"), QString(),
        tr("VS Lab runs and lesson packs (*.json *.jsonl *.%1);;All files (*)").arg(LessonPack::suffix()),
        [this](const QString &path) { importFile(path); });
}

void HistoryPanel::askExportPack()
{
    FileDialogs::askSavePath(window(), tr("Export lesson pack"), QStringLiteral("lesson.") + LessonPack::suffix(),
                             {{tr("VS Lab lesson pack (*.%1)").arg(LessonPack::suffix()), LessonPack::suffix()}},
                             [this](const QString &path) { exportPack(path); });
}

void HistoryPanel::confirmClear()
{
    const qint64 n = store() ? store()->count() : 0;
    if (n == 0)
        return;
    FileDialogs::confirm(
        window(), tr("Clear run history"),
        tr("Delete all %n saved run(s)? Their distributions and raw replies cannot be restored afterwards.", nullptr,
           int(n)),
        [this] { clearAll(); });
}

void HistoryPanel::showAvailability(const QString &reason)
{
    setUnavailableReason(reason);
    if (!reason.isEmpty())
        m_model->setStore(nullptr);
}

void HistoryPanel::setUnavailableReason(const QString &reason)
{
    m_unavailable = reason;
    retranslateUi();
}

void HistoryPanel::setRestoreEnabled(bool enabled)
{
    m_restoreEnabled = enabled;
    updateButtons();
}

int HistoryPanel::count() const
{
    return m_model->rowCount();
}

qint64 HistoryPanel::idAt(int row) const
{
    const HistoryEntry *e = m_model->entryAt(row);
    return e ? e->id : 0;
}

QString HistoryPanel::textAt(int row) const
{
    return m_model->data(m_model->index(row, 0)).toString();
}

qint64 HistoryPanel::currentId() const
{
    return idAt(m_list->currentIndex().row());
}

void HistoryPanel::selectId(qint64 id)
{
    const int row = m_model->rowOf(id);
    if (row < 0)
        return;
    const QModelIndex index = m_model->index(row, 0);
    m_list->setCurrentIndex(index);
    m_list->scrollTo(index);
}

void HistoryPanel::focusList()
{
    if (!m_list->currentIndex().isValid() && count() > 0)
        m_list->setCurrentIndex(m_model->index(0, 0));
    m_list->setFocus(Qt::ShortcutFocusReason);
}

void HistoryPanel::restoreCurrent()
{
    const qint64 id = currentId();
    if (id > 0 && m_restoreEnabled)
        Q_EMIT restoreRequested(id);
}

void HistoryPanel::deleteCurrent()
{
    const qint64 id = currentId();
    if (id > 0)
        Q_EMIT deleteRequested(id);
}

void HistoryPanel::updateButtons()
{
    const bool hasCurrent = currentId() > 0;
    const bool any = count() > 0;
    m_restore->setEnabled(hasCurrent && m_restoreEnabled);
    m_restoreAct->setEnabled(hasCurrent && m_restoreEnabled);
    m_delete->setEnabled(hasCurrent);
    m_deleteAct->setEnabled(hasCurrent);
    m_star->setEnabled(hasCurrent);
    m_starAct->setEnabled(hasCurrent);
    m_undoAct->setEnabled(m_deleted.has_value());
    const bool open = store() != nullptr && m_unavailable.isEmpty();
    m_import->setEnabled(open);
    m_exportPack->setEnabled(open && any);
    const bool stored = open && store()->count() > 0;
    m_clear->setEnabled(stored);
    m_clearAct->setEnabled(stored);
    const HistoryEntry *e = m_model->entryAt(m_list->currentIndex().row());
    m_star->setText(e && e->starred ? tr("Unstar") : tr("Star"));
    m_starAct->setText(m_star->text());
}

void HistoryPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        // The rows hold translated words (method titles, "simulated"); load them again in the new language.
        retranslateUi();
        updateChoices();
        m_model->reload();
    }
    QWidget::changeEvent(event);
}

void HistoryPanel::retranslateUi()
{
    m_title->setText(tr("Saved runs"));
    m_search->setPlaceholderText(tr("Search prompts and answers"));
    m_search->setAccessibleName(tr("Search the saved runs"));
    m_provider->setAccessibleName(tr("Provider filter"));
    m_modelFilter->setAccessibleName(tr("Model filter"));
    m_method->setAccessibleName(tr("Method filter"));
    m_starred->setText(tr("Starred"));
    m_starred->setAccessibleName(tr("Only starred runs"));
    m_list->setAccessibleName(tr("Saved runs"));
    m_list->setAccessibleDescription(tr("Enter restores the selected run; Delete removes it."));
    m_restore->setText(tr("Restore"));
    m_restore->setAccessibleName(tr("Restore the selected run"));
    m_restore->setToolTip(tr("Show this run again: distribution, prompt and raw reply, without calling the model "
                             "(Enter)"));
    m_star->setAccessibleName(tr("Star or unstar the selected run"));
    m_delete->setText(tr("Delete"));
    m_delete->setAccessibleName(tr("Delete the selected run"));
    m_delete->setToolTip(tr("Remove this run from the history (Delete); Undo brings it back"));
    m_undo->setText(tr("Undo delete"));
    m_undo->setAccessibleName(tr("Bring back the run just deleted"));
    m_undoAct->setText(tr("Undo delete"));
    m_import->setText(tr("Import…"));
    m_import->setToolTip(tr("Add runs from a VS Lab JSON or JSONL file, a to_dict JSON file or a lesson pack"));
    m_exportPack->setText(tr("Export pack…"));
    m_exportPack->setToolTip(tr("Save the runs listed as a lesson pack that replays offline on another machine"));
    m_clear->setText(tr("Clear…"));
    m_clear->setAccessibleName(tr("Clear the run history"));
    m_clear->setToolTip(tr("Remove every saved run"));
    m_restoreAct->setText(tr("Restore"));
    m_deleteAct->setText(tr("Delete"));
    m_clearAct->setText(tr("Clear history…"));
    const bool filtered = !filter().text.isEmpty() || !filter().provider.isEmpty() || !filter().model.isEmpty() ||
                          !filter().method.isEmpty() || filter().starredOnly;
    if (!m_unavailable.isEmpty())
        m_note->setText(tr("History is off: %1").arg(m_unavailable));
    else if (count() == 0 && filtered)
        m_note->setText(tr("No saved run matches the search and filters."));
    else if (count() == 0)
        m_note->setText(tr("No saved runs yet. Every run you generate is saved here, also cancelled and failed "
                           "ones."));
    else
        m_note->clear();
    m_note->setVisible(!m_note->text().isEmpty());
    m_list->setEnabled(m_unavailable.isEmpty());
    updateButtons();
}
