// SPDX-License-Identifier: Apache-2.0
#include "WelcomePanel.h"

#include "I18n.h"

#include <algorithm>

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QRegularExpression>
#include <QResizeEvent>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

WelcomePanel::WelcomePanel(const QStringList &prompts, QWidget *parent)
    : QFrame(parent)
    , m_prompts(prompts)
{
    setObjectName(QStringLiteral("welcomePanel"));
    setFrameShape(QFrame::StyledPanel);
    setBackgroundRole(QPalette::AlternateBase);
    setAutoFillBackground(true);
    // Never widens the window: the buttons rearrange into as many columns as the width allows.
    setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(10, 6, 6, 8);
    layout->setSpacing(4);
    auto *top = new QHBoxLayout;
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("welcomeTitle"));
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_close = new QToolButton(this);
    m_close->setObjectName(QStringLiteral("welcomeCloseButton"));
    m_close->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    m_close->setAutoRaise(true);
    top->addWidget(m_title, 1);
    top->addWidget(m_close, 0, Qt::AlignTop);
    layout->addLayout(top);

    m_body = new QLabel(this);
    m_body->setObjectName(QStringLiteral("welcomeText"));
    m_body->setWordWrap(true);
    m_body->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_body);

    m_tryLabel = new QLabel(this);
    m_tryLabel->setObjectName(QStringLiteral("welcomeTryLabel"));
    layout->addWidget(m_tryLabel);
    m_rows = new QVBoxLayout;
    m_rows->setSpacing(4);
    for (int i = 0; i < m_prompts.size(); ++i) {
        const QString prompt = m_prompts.at(i);
        auto *button = new QPushButton(prompt, this);
        button->setObjectName(QStringLiteral("welcomePrompt%1").arg(i));
        button->setAutoDefault(false);
        connect(button, &QPushButton::clicked, this, [this, prompt] { Q_EMIT promptChosen(prompt); });
        m_buttons.append(button);
    }
    layout->addLayout(m_rows);
    arrangeButtons(600);

    connect(m_close, &QToolButton::clicked, this, [this] {
        setDismissed(true);
        Q_EMIT dismissed();
    });
    retranslateUi();
}

WelcomePanel::~WelcomePanel() = default;

void WelcomePanel::arrangeButtons(int width)
{
    constexpr int spacing = 6;
    const QMargins margins = layout()->contentsMargins();
    const int usable = width - frameWidth() * 2 - margins.left() - margins.right();
    QList<int> rowOf;
    int x = 0;
    int row = 0;
    for (const QPushButton *button : std::as_const(m_buttons)) {
        if (button->isHidden()) {
            rowOf.append(-1);
            continue;
        }
        const int w = button->sizeHint().width();
        if (x > 0 && x + spacing + w > usable) {
            ++row;
            x = 0;
        }
        x += (x > 0 ? spacing : 0) + w;
        rowOf.append(row);
    }
    if (rowOf == m_rowOf)
        return;
    m_rowOf = rowOf;
    // Deleting a row layout leaves its buttons alive; they go into the new rows.
    while (QLayoutItem *item = m_rows->takeAt(0))
        delete item;
    QHBoxLayout *line = nullptr;
    int lineRow = -1;
    for (int i = 0; i < m_buttons.size(); ++i) {
        if (rowOf.at(i) < 0)
            continue;
        if (!line || rowOf.at(i) != lineRow) {
            lineRow = rowOf.at(i);
            if (line)
                line->addStretch(1);
            line = new QHBoxLayout;
            line->setSpacing(spacing);
            m_rows->addLayout(line);
        }
        line->addWidget(m_buttons.at(i));
    }
    if (line)
        line->addStretch(1);
}

void WelcomePanel::resizeEvent(QResizeEvent *event)
{
    QFrame::resizeEvent(event);
    arrangeButtons(width());
}

void WelcomePanel::setDismissed(bool dismissed)
{
    m_dismissed = dismissed;
    setVisible(!dismissed);
}

void WelcomePanel::reopen()
{
    setDismissed(false);
    if (m_buttons.isEmpty())
        m_close->setFocus();
    else
        m_buttons.constFirst()->setFocus();
}

QString WelcomePanel::text() const
{
    return m_body->text();
}

void WelcomePanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange && m_body)
        retranslateUi();
    QFrame::changeEvent(event);
    if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange) {
        m_rowOf.clear(); // the buttons' widths changed
        arrangeButtons(width());
    }
}

void WelcomePanel::retranslateUi()
{
    m_title->setText(tr("Welcome to VS Lab"));
    m_body->setText(
        tr("Ask a chat model for a joke five times and you often get the same joke five times: this is mode collapse. "
           "Verbalized Sampling (VS) asks instead for k answers, each with a probability, and samples from that "
           "distribution. VS Lab shows the distribution and lets you sample from it; the offline demo model works "
           "without an account or a network."));
    m_body->setAccessibleName(m_title->text());
    m_body->setAccessibleDescription(m_body->text());
    m_tryLabel->setText(tr("Try the demo model with one of the prompts it knows:"));
    m_close->setToolTip(tr("Close the welcome panel (Help → Show welcome brings it back)"));
    m_close->setAccessibleName(tr("Close the welcome panel"));
    // The demo packs answer English and Chinese prompts: offer those of the interface language.
    static const QRegularExpression cjk(QStringLiteral("[\\x{4e00}-\\x{9fff}]"));
    const bool chinese = I18n::language().startsWith(QLatin1String("zh"));
    for (QPushButton *button : std::as_const(m_buttons)) {
        button->setHidden(cjk.match(button->text()).hasMatch() != chinese);
        button->setToolTip(tr("Ask the offline demo model “%1” and show its distribution").arg(button->text()));
        button->setAccessibleName(tr("Try “%1”").arg(button->text()));
    }
    setAccessibleName(tr("Welcome"));
    m_rowOf.clear();
    arrangeButtons(width());
}
