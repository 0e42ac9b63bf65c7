// SPDX-License-Identifier: Apache-2.0
#include "RawView.h"

#include "vs/PromptBuilder.h"

#include <QEvent>
#include <QFontDatabase>
#include <QLabel>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QSplitter>
#include <QTimer>
#include <QVBoxLayout>

namespace {
QPlainTextEdit *makePane(QWidget *parent, const QString &objectName)
{
    auto *edit = new QPlainTextEdit(parent);
    edit->setObjectName(objectName);
    edit->setReadOnly(true);
    edit->setTabChangesFocus(true);
    edit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    edit->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    edit->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    return edit;
}
QWidget *titled(QLabel *title, QWidget *pane)
{
    auto *box = new QWidget;
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    QFont f = title->font();
    f.setBold(true);
    title->setFont(f);
    title->setBuddy(pane);
    layout->addWidget(title);
    layout->addWidget(pane, 1);
    return box;
}
} // namespace

RawView::RawView(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("rawView"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->setObjectName(QStringLiteral("rawSplitter"));
    split->setChildrenCollapsible(false);
    m_messagesTitle = new QLabel(this);
    m_replyTitle = new QLabel(this);
    m_parseTitle = new QLabel(this);
    m_messages = makePane(this, QStringLiteral("rawMessages"));
    m_reply = makePane(this, QStringLiteral("rawReply"));
    m_parse = makePane(this, QStringLiteral("rawParse"));
    split->addWidget(titled(m_messagesTitle, m_messages));
    split->addWidget(titled(m_replyTitle, m_reply));
    split->addWidget(titled(m_parseTitle, m_parse));
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 2);
    split->setStretchFactor(2, 1);
    layout->addWidget(split);

    // Deltas arrive per token; repainting the pane at most ~10 times a second keeps long replies cheap.
    m_flush = new QTimer(this);
    m_flush->setSingleShot(true);
    m_flush->setInterval(100);
    connect(m_flush, &QTimer::timeout, this, &RawView::flushReplies);
    retranslateUi();
}

RawView::~RawView() = default;

void RawView::showPreview(const Conversation &messages)
{
    m_preview = messages;
    if (m_showingRun)
        return;
    m_messages->setPlainText(PromptBuilder::render(messages));
    retranslateUi();
}

void RawView::beginRun()
{
    m_showingRun = true;
    m_calls.clear();
    m_replies.clear();
    m_result.reset();
    m_messages->clear();
    m_reply->clear();
    m_parse->clear();
    retranslateUi();
}

void RawView::addCall(int call, const Conversation &messages)
{
    if (call < 0)
        return;
    while (m_calls.size() <= call)
        m_calls.append(Conversation());
    while (m_replies.size() <= call)
        m_replies.append(QString());
    m_calls[call] = messages;
    QStringList parts;
    for (int i = 0; i < m_calls.size(); ++i) {
        if (m_calls.size() > 1)
            parts.append(tr("── Call %1 ──").arg(i + 1));
        parts.append(PromptBuilder::render(m_calls.at(i)));
    }
    m_messages->setPlainText(parts.join(QLatin1Char('\n')));
    retranslateUi();
}

void RawView::appendReply(int call, const QString &delta)
{
    if (call < 0)
        return;
    while (m_replies.size() <= call)
        m_replies.append(QString());
    m_replies[call] += delta;
    if (!m_flush->isActive())
        m_flush->start();
}

void RawView::flushReplies()
{
    QString text;
    if (m_replies.size() == 1) {
        text = m_replies.constFirst();
    } else {
        QStringList parts;
        for (int i = 0; i < m_replies.size(); ++i)
            parts.append(tr("── Reply %1 ──").arg(i + 1) + QLatin1Char('\n') + m_replies.at(i));
        text = parts.join(QLatin1Char('\n'));
    }
    QScrollBar *bar = m_reply->verticalScrollBar();
    const bool follow = bar->value() >= bar->maximum() - 4;
    m_reply->setPlainText(text);
    if (follow)
        bar->setValue(bar->maximum());
}

void RawView::showResult(const RunResult &result)
{
    m_result = result;
    // The run's own record of replies wins over what streamed (it includes text that arrived in the last chunk).
    if (!result.rawReplies.isEmpty())
        m_replies = result.rawReplies;
    m_flush->stop();
    flushReplies();
    if (!result.conversations.isEmpty()) {
        m_calls.clear();
        for (int i = 0; i < result.conversations.size(); ++i)
            addCall(i, result.conversations.at(i));
    }
    retranslateUi();
}

QString RawView::messagesText() const
{
    return m_messages->toPlainText();
}

QString RawView::replyText() const
{
    return m_reply->toPlainText();
}

QString RawView::parseText() const
{
    return m_parse->toPlainText();
}

void RawView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void RawView::retranslateUi()
{
    m_messagesTitle->setText(m_showingRun ? tr("Messages sent") : tr("Messages preview (not sent yet)"));
    m_replyTitle->setText(tr("Raw reply, as it streamed"));
    m_parseTitle->setText(tr("Parse result, usage and latency"));
    m_messages->setAccessibleName(tr("Messages"));
    m_reply->setAccessibleName(tr("Raw reply"));
    m_parse->setAccessibleName(tr("Parse result"));
    if (!m_showingRun && m_messages->toPlainText().isEmpty())
        m_messages->setPlaceholderText(tr("Type a prompt to see the messages that will be sent."));
    if (!m_result) {
        m_parse->setPlaceholderText(tr("The parse result appears when the reply is complete."));
        return;
    }
    const RunResult &r = *m_result;
    const QLocale locale;
    QStringList lines;
    if (r.cancelled)
        lines << tr("Status: cancelled; the candidates received so far were kept.");
    else if (r.error)
        lines << tr("Status: failed (%1): %2").arg(ProviderError::codeName(r.error->code), r.error->message);
    else
        lines << tr("Status: completed");
    if (!r.finishReason.isEmpty())
        lines << tr("Finish reason: %1").arg(r.finishReason);
    const Distribution &d = r.distribution;
    lines << tr("Candidates: %1 kept, %2 filtered out by τ").arg(d.size()).arg(d.numFiltered());
    if (!d.isEmpty()) {
        if (d.isCounted())
            lines << tr("Counted %n answer(s); the method states no probabilities", nullptr, d.totalCount());
        else if (d.hasStatedValues())
            lines << tr("Stated probabilities (%n written by the model) sum to %1", nullptr, d.statedCount())
                         .arg(locale.toString(d.statedSum(), 'f', 3));
        else
            lines << tr("The model stated no probability");
        lines << tr("Entropy of the weights: %1 bits").arg(locale.toString(d.entropy(), 'f', 2));
    }
    if (d.tauRelaxed())
        lines << tr("τ was relaxed to %1").arg(locale.toString(d.tauFinal(), 'f', 3));
    if (!r.parseError.isEmpty())
        lines << tr("Parse error: %1").arg(r.parseError);
    for (const Warning &w : r.warnings)
        lines << tr("Warning (%1): %2").arg(Warning::codeName(w.code), w.message);
    if (r.usage.isKnown()) {
        lines << tr("Usage: %1 input tokens, %2 output tokens")
                     .arg(r.usage.inputTokens >= 0 ? locale.toString(r.usage.inputTokens) : tr("unknown"),
                          r.usage.outputTokens >= 0 ? locale.toString(r.usage.outputTokens) : tr("unknown"));
    } else {
        lines << tr("Usage: not reported by the provider");
    }
    lines << tr("Latency: %1 ms over %n call(s)", nullptr, r.callCount).arg(locale.toString(r.latencyMs));
    if (!r.url.isEmpty())
        lines << tr("URL: %1").arg(r.url.toDisplayString());
    for (const QString &note : r.notes)
        lines << tr("Note: %1").arg(note);
    if (r.simulated)
        lines << tr("Simulated (offline demo model)");
    if (!r.reasoning.isEmpty())
        lines << QString() << tr("Reasoning:") << r.reasoning;
    if (!d.isEmpty()) {
        lines << QString() << tr("Candidates as parsed (stated → weight):");
        for (int i = 0; i < d.size(); ++i) {
            const Candidate &c = d.items().at(i);
            const QString stated = c.statedRaw.isEmpty() ? tr("none") : c.statedRaw;
            QString line = QStringLiteral("%1. [%2 → %3] %4")
                               .arg(i + 1)
                               .arg(stated, locale.toString(c.weight, 'f', 3), c.text.simplified());
            if (!c.repairs.isEmpty())
                line += QStringLiteral("  {") + c.repairs.join(QStringLiteral(", ")) + QLatin1Char('}');
            if (c.partial)
                line += QLatin1Char(' ') + tr("(partial)");
            lines << line;
        }
    }
    m_parse->setPlainText(lines.join(QLatin1Char('\n')));
}
