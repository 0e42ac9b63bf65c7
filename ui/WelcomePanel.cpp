// SPDX-License-Identifier: Apache-2.0
#include "WelcomePanel.h"

#include <algorithm>

#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
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
    m_grid = new QGridLayout;
    m_grid->setHorizontalSpacing(6);
    m_grid->setVerticalSpacing(4);
    for (int i = 0; i < m_prompts.size(); ++i) {
        const QString prompt = m_prompts.at(i);
        auto *button = new QPushButton(prompt, this);
        button->setObjectName(QStringLiteral("welcomePrompt%1").arg(i));
        button->setAutoDefault(false);
        connect(button, &QPushButton::clicked, this, [this, prompt] { Q_EMIT promptChosen(prompt); });
        m_buttons.append(button);
    }
    layout->addLayout(m_grid);
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
    int widest = 1;
    for (const QPushButton *button : std::as_const(m_buttons))
        widest = std::max(widest, button->sizeHint().width());
    const int usable = width - contentsMargins().left() - contentsMargins().right() - 16;
    const int columns = std::clamp(usable / (widest + m_grid->horizontalSpacing()), 1, 3);
    if (columns == m_columns)
        return;
    m_columns = columns;
    for (QPushButton *button : std::as_const(m_buttons))
        m_grid->removeWidget(button);
    for (int i = 0; i < m_buttons.size(); ++i)
        m_grid->addWidget(m_buttons.at(i), i / columns, i % columns);
    // Tab follows the reading order of the grid.
    for (int i = 1; i < m_buttons.size(); ++i)
        setTabOrder(m_buttons.at(i - 1), m_buttons.at(i));
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
    for (QPushButton *button : std::as_const(m_buttons)) {
        button->setToolTip(tr("Ask the offline demo model “%1” and show its distribution").arg(button->text()));
        button->setAccessibleName(tr("Try “%1”").arg(button->text()));
    }
    setAccessibleName(tr("Welcome"));
}
