// SPDX-License-Identifier: Apache-2.0
#include "RunStatus.h"

#include "session/Session.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>

RunStatus::RunStatus(const Session *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_label = new QLabel(this);
    m_label->setObjectName(QStringLiteral("progressLabel"));
    m_bar = new QProgressBar(this);
    m_bar->setObjectName(QStringLiteral("progressBar"));
    m_bar->setMaximumWidth(200);
    m_bar->hide();
    m_bar->setAccessibleName(tr("Candidates received"));
    layout->addWidget(m_label, 1);
    layout->addWidget(m_bar);
}

RunStatus::~RunStatus() = default;

QString RunStatus::text() const
{
    return m_label->text();
}

void RunStatus::showRunning()
{
    const QLocale locale;
    const int k = m_session->candidatesExpected();
    m_label->setText(tr("Generating… %1 s · %2 characters received · %3 of %4 candidates")
                         .arg(locale.toString(double(m_session->elapsedMs()) / 1000.0, 'f', 1),
                              locale.toString(m_session->charsReceived()))
                         .arg(m_session->candidatesReceived())
                         .arg(k));
    m_bar->setRange(0, k);
    m_bar->setValue(std::min(m_session->candidatesReceived(), k));
    m_bar->show();
}

void RunStatus::showFinished(const QString &origin)
{
    m_bar->hide();
    if (!m_session->result())
        return showReady();
    const RunResult &result = *m_session->result();
    const QLocale locale;
    const int n = int(result.distribution.size());
    if (m_session->origin() == Session::Origin::File) {
        // A file tells nothing about how long its run took or what it cost.
        m_label->setText(origin + QStringLiteral(" · ") + tr("%n candidate(s)", nullptr, n));
        return;
    }
    QString status = result.cancelled ? tr("Cancelled after %1 s")
                     : result.error   ? tr("Failed after %1 s")
                                      : tr("Done in %1 s");
    status = status.arg(locale.toString(double(result.latencyMs) / 1000.0, 'f', 1));
    status += QStringLiteral(" · ") + tr("%n candidate(s)", nullptr, n);
    qint64 chars = 0;
    for (const QString &r : result.rawReplies)
        chars += r.size();
    status += QStringLiteral(" · ") + tr("%1 characters").arg(locale.toString(chars));
    if (result.usage.isKnown()) {
        status += QStringLiteral(" · ") + tr("%1 in / %2 out tokens")
                                              .arg(locale.toString(std::max<qint64>(result.usage.inputTokens, 0)),
                                                   locale.toString(std::max<qint64>(result.usage.outputTokens, 0)));
    }
    if (!origin.isEmpty())
        status = origin + QStringLiteral(" · ") + status;
    m_label->setText(status);
}

void RunStatus::showReady()
{
    m_bar->hide();
    m_label->setText(tr("Ready. Ctrl+Enter generates."));
}

void RunStatus::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange && m_bar)
        m_bar->setAccessibleName(tr("Candidates received"));
    QWidget::changeEvent(event);
}
