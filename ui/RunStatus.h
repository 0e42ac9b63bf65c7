// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QWidget>

class QLabel;
class QProgressBar;
class Session;

/// The status-bar line under the window: progress of a run (time, characters, candidates), then what it cost.
class RunStatus final : public QWidget
{
    Q_OBJECT
public:
    explicit RunStatus(const Session *session, QWidget *parent = nullptr);
    ~RunStatus() override;
    Q_DISABLE_COPY_MOVE(RunStatus)

    /// Progress of the run in progress; called on a timer.
    void showRunning();
    /// The finished, restored or opened run: time, candidates, characters, tokens; `origin` leads when not empty.
    void showFinished(const QString &origin);
    void showReady();
    QString text() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    const Session *m_session;
    QLabel *m_label = nullptr;
    QProgressBar *m_bar = nullptr;
};
