// SPDX-License-Identifier: Apache-2.0
#include "HistoryPanel.h"

#include "FileDialogs.h"
#include "providers/ProviderTypes.h"
#include "session/Session.h"

#include <QAction>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace {
constexpr int idRole = Qt::UserRole;

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

    m_note = new QLabel(this);
    m_note->setObjectName(QStringLiteral("runHistoryNote"));
    m_note->setWordWrap(true);
    m_note->setForegroundRole(QPalette::PlaceholderText);
    m_note->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_note);

    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("runHistoryList"));
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

    auto *buttons = new QHBoxLayout;
    m_restore = new QPushButton(this);
    m_restore->setObjectName(QStringLiteral("restoreRunButton"));
    m_delete = new QPushButton(this);
    m_delete->setObjectName(QStringLiteral("deleteRunButton"));
    m_clear = new QPushButton(this);
    m_clear->setObjectName(QStringLiteral("clearRunHistoryButton"));
    buttons->addWidget(m_restore);
    buttons->addWidget(m_delete);
    buttons->addStretch(1);
    buttons->addWidget(m_clear);
    layout->addLayout(buttons);

    m_restoreAct = new QAction(this);
    m_deleteAct = new QAction(this);
    // Delete acts on the list only, so it never deletes a run while the user edits text elsewhere.
    m_deleteAct->setShortcut(QKeySequence::Delete);
    m_deleteAct->setShortcutContext(Qt::WidgetShortcut);
    m_clearAct = new QAction(this);
    m_list->addActions({m_restoreAct, m_deleteAct, m_clearAct});

    connect(m_list, &QListWidget::itemActivated, this, &HistoryPanel::restoreCurrent);
    connect(m_list, &QListWidget::currentRowChanged, this, &HistoryPanel::updateButtons);
    connect(m_restore, &QPushButton::clicked, this, &HistoryPanel::restoreCurrent);
    connect(m_restoreAct, &QAction::triggered, this, &HistoryPanel::restoreCurrent);
    connect(m_delete, &QPushButton::clicked, this, &HistoryPanel::deleteCurrent);
    connect(m_deleteAct, &QAction::triggered, this, &HistoryPanel::deleteCurrent);
    connect(m_clear, &QPushButton::clicked, this, &HistoryPanel::clearRequested);
    connect(m_clearAct, &QAction::triggered, this, &HistoryPanel::clearRequested);

    retranslateUi();
}

HistoryPanel::~HistoryPanel() = default;

void HistoryPanel::attach(Session *session)
{
    m_session = session;
    connect(session, &Session::historyChanged, this, [this](qint64 select) {
        // The newest few hundred are plenty to browse; older runs stay in the database.
        setEntries(m_session->recentRuns(500));
        if (select > 0)
            selectId(select);
    });
    connect(session, &Session::runStarted, this, [this] { setRestoreEnabled(false); });
    connect(session, &Session::runFinished, this, [this] { setRestoreEnabled(true); });
    connect(this, &HistoryPanel::restoreRequested, this, &HistoryPanel::restore);
    connect(this, &HistoryPanel::deleteRequested, this, &HistoryPanel::remove);
    connect(this, &HistoryPanel::clearRequested, this, &HistoryPanel::confirmClear);
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
    const Result<void> deleted = m_session->deleteRun(id);
    if (!deleted)
        Q_EMIT notice(deleted.message());
    return deleted.ok();
}

bool HistoryPanel::clearAll()
{
    const Result<void> cleared = m_session->clearHistory();
    if (!cleared)
        Q_EMIT notice(cleared.message());
    return cleared.ok();
}

void HistoryPanel::confirmClear()
{
    const int n = count();
    if (n == 0)
        return;
    FileDialogs::confirm(
        window(), tr("Clear run history"),
        tr("Delete all %n saved run(s)? Their distributions and raw replies cannot be restored afterwards.", nullptr,
           n),
        [this] { clearAll(); });
}

void HistoryPanel::showAvailability(const QString &reason)
{
    setUnavailableReason(reason);
    if (!reason.isEmpty())
        setEntries({});
}

void HistoryPanel::setEntries(const QList<HistoryEntry> &entries)
{
    m_entries = entries;
    rebuild();
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
    return m_list->count();
}

qint64 HistoryPanel::idAt(int row) const
{
    const QListWidgetItem *item = m_list->item(row);
    return item ? item->data(idRole).toLongLong() : 0;
}

QString HistoryPanel::textAt(int row) const
{
    const QListWidgetItem *item = m_list->item(row);
    return item ? item->text() : QString();
}

qint64 HistoryPanel::currentId() const
{
    return idAt(m_list->currentRow());
}

void HistoryPanel::selectId(qint64 id)
{
    for (int row = 0; row < m_list->count(); ++row) {
        if (idAt(row) == id) {
            m_list->setCurrentRow(row);
            m_list->scrollToItem(m_list->item(row));
            return;
        }
    }
}

void HistoryPanel::focusList()
{
    if (m_list->currentRow() < 0 && m_list->count() > 0)
        m_list->setCurrentRow(0);
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

QString HistoryPanel::describe(const HistoryEntry &e) const
{
    const QLocale locale;
    const QDateTime local = e.createdAt.toLocalTime();
    const QString when = local.date() == QDate::currentDate() ? locale.toString(local.time(), QLocale::ShortFormat)
                                                              : locale.toString(local, QLocale::ShortFormat);
    const QString prompt = e.prompt.simplified().isEmpty() ? tr("(no prompt)") : e.prompt.simplified();
    const QString facts = when + QStringLiteral(" · ") + methodTitle(e.method) + QStringLiteral(" · ") +
                          tr("%n candidate(s)", nullptr, e.candidateCount);
    QString origin = providerTitle(e.provider);
    if (!e.model.isEmpty())
        origin += QStringLiteral(" · ") + e.model;
    if (e.simulated)
        origin += QStringLiteral(" · ") + tr("simulated");
    if (!e.errorMessage.isEmpty())
        origin += QStringLiteral(" · ") + tr("not completed");
    return prompt + QLatin1Char('\n') + facts + QLatin1Char('\n') + origin;
}

QString HistoryPanel::accessibleDescription(const HistoryEntry &e) const
{
    QString text = tr("Run of %1: “%2”, %3, %4 %5, %n candidate(s)", nullptr, e.candidateCount)
                       .arg(QLocale().toString(e.createdAt.toLocalTime(), QLocale::LongFormat), e.prompt.simplified(),
                            methodTitle(e.method), providerTitle(e.provider), e.model);
    if (e.simulated)
        text += QStringLiteral(", ") + tr("simulated by the offline demo model");
    if (!e.errorMessage.isEmpty())
        text += QStringLiteral(", ") + tr("not completed: %1").arg(e.errorMessage);
    return text;
}

void HistoryPanel::rebuild()
{
    const qint64 selected = currentId();
    m_list->clear();
    const QIcon warning = style()->standardIcon(QStyle::SP_MessageBoxWarning);
    for (const HistoryEntry &e : std::as_const(m_entries)) {
        auto *item = new QListWidgetItem(describe(e), m_list);
        item->setData(idRole, e.id);
        item->setData(Qt::AccessibleTextRole, accessibleDescription(e));
        QString tip = e.prompt;
        if (!e.errorMessage.isEmpty()) {
            item->setIcon(warning);
            tip += QStringLiteral("\n\n") + tr("Not completed: %1").arg(e.errorMessage);
        }
        item->setToolTip(tip);
    }
    if (selected > 0)
        selectId(selected);
    retranslateUi();
}

void HistoryPanel::updateButtons()
{
    const bool hasCurrent = currentId() > 0;
    m_restore->setEnabled(hasCurrent && m_restoreEnabled);
    m_restoreAct->setEnabled(hasCurrent && m_restoreEnabled);
    m_delete->setEnabled(hasCurrent);
    m_deleteAct->setEnabled(hasCurrent);
    m_clear->setEnabled(m_list->count() > 0);
    m_clearAct->setEnabled(m_list->count() > 0);
}

void HistoryPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        // The rows hold translated words (method titles, "simulated"); rebuild them in the new language.
        rebuild();
    }
    QWidget::changeEvent(event);
}

void HistoryPanel::retranslateUi()
{
    m_title->setText(tr("Saved runs"));
    m_list->setAccessibleName(tr("Saved runs"));
    m_list->setAccessibleDescription(tr("Enter restores the selected run; Delete removes it."));
    m_restore->setText(tr("Restore"));
    m_restore->setAccessibleName(tr("Restore the selected run"));
    m_restore->setToolTip(tr("Show this run again: distribution, prompt and raw reply, without calling the model "
                             "(Enter)"));
    m_delete->setText(tr("Delete"));
    m_delete->setAccessibleName(tr("Delete the selected run"));
    m_delete->setToolTip(tr("Remove this run from the history (Delete)"));
    m_clear->setText(tr("Clear…"));
    m_clear->setAccessibleName(tr("Clear the run history"));
    m_clear->setToolTip(tr("Remove every saved run"));
    m_restoreAct->setText(tr("Restore"));
    m_deleteAct->setText(tr("Delete"));
    m_clearAct->setText(tr("Clear history…"));
    if (!m_unavailable.isEmpty())
        m_note->setText(tr("History is off: %1").arg(m_unavailable));
    else if (m_entries.isEmpty())
        m_note->setText(tr("No saved runs yet. Every run you generate is saved here, also cancelled and failed "
                           "ones."));
    else
        m_note->clear();
    m_note->setVisible(!m_note->text().isEmpty());
    m_list->setEnabled(m_unavailable.isEmpty());
    updateButtons();
}
