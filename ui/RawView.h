// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "run/Run.h"

#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QTimer;

/// For prompt engineers: the exact messages sent, the raw reply as it streamed, the parse result, usage, latency.
class RawView final : public QWidget
{
    Q_OBJECT
public:
    explicit RawView(QWidget *parent = nullptr);
    ~RawView() override;
    Q_DISABLE_COPY_MOVE(RawView)

    /// Shows the messages the next run would send (ignored while a run's messages are shown).
    void showPreview(const Conversation &messages);
    /// Starts showing a run: clears the reply and parse panes.
    void beginRun();
    void addCall(int call, const Conversation &messages);
    void appendReply(int call, const QString &delta);
    void showResult(const RunResult &result);
    /// Goes back to previews (after the user edits the prompt or settings).
    void endRunDisplay() { m_showingRun = false; }

    QString messagesText() const;
    QString replyText() const;
    QString parseText() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void flushReplies();

    QLabel *m_messagesTitle = nullptr;
    QLabel *m_replyTitle = nullptr;
    QLabel *m_parseTitle = nullptr;
    QPlainTextEdit *m_messages = nullptr;
    QPlainTextEdit *m_reply = nullptr;
    QPlainTextEdit *m_parse = nullptr;
    QTimer *m_flush = nullptr;
    QList<Conversation> m_calls;
    QStringList m_replies;
    std::optional<RunResult> m_result;
    Conversation m_preview;
    bool m_showingRun = false;
};
