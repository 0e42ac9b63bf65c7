// SPDX-License-Identifier: Apache-2.0
#include "MessageBanner.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QStyle>
#include <QToolButton>

MessageBanner::MessageBanner(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("messageBanner"));
    setAccessibleDescription(QString());
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 6, 6, 6);
    m_icon = new QLabel(this);
    m_icon->setAlignment(Qt::AlignTop);
    m_text = new QLabel(this);
    m_text->setObjectName(QStringLiteral("bannerText"));
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::RichText);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_text->setFocusPolicy(Qt::StrongFocus);
    m_close = new QToolButton(this);
    m_close->setObjectName(QStringLiteral("bannerClose"));
    m_close->setAutoRaise(true);
    m_close->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    layout->addWidget(m_icon);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_close, 0, Qt::AlignTop);
    connect(m_close, &QToolButton::clicked, this, &MessageBanner::clear);
    connect(m_text, &QLabel::linkActivated, this, [this](const QString &link) {
        bool ok = false;
        const int i = link.section(QLatin1Char(':'), 1).toInt(&ok);
        if (ok && i >= 0 && i < m_suggestions.size())
            Q_EMIT suggestionActivated(m_suggestions.at(i));
    });
    retranslateUi();
    hide();
}

MessageBanner::~MessageBanner() = default;

void MessageBanner::showMessage(Severity severity, const QString &headline, const QStringList &details,
                                const QStringList &suggestions)
{
    m_severity = severity;
    m_headline = headline;
    m_details = details;
    m_suggestions = suggestions;
    const auto list = [](const QStringList &items, bool links) -> QString {
        QString html = QStringLiteral("<ul style=\"margin-left:-20px; margin-top:2px; margin-bottom:0\">");
        for (int i = 0; i < items.size(); ++i) {
            const QString text = items.at(i).toHtmlEscaped();
            html += QStringLiteral("<li>") +
                    (links ? QStringLiteral("<a href=\"suggestion:%1\">%2</a>").arg(i).arg(text) : text) +
                    QStringLiteral("</li>");
        }
        return html + QStringLiteral("</ul>");
    };
    QString html = QStringLiteral("<b>") + headline.toHtmlEscaped() + QStringLiteral("</b>");
    // Suggestions come first, as links: Tab reaches them, Enter or a click uses one.
    if (!suggestions.isEmpty())
        html += list(suggestions, true);
    if (!details.isEmpty())
        html += list(details, false);
    m_text->setText(html);
    m_text->setTextInteractionFlags(suggestions.isEmpty() ? Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard
                                                          : Qt::TextBrowserInteraction);
    const QStyle::StandardPixmap icon = severity == Severity::Error     ? QStyle::SP_MessageBoxCritical
                                        : severity == Severity::Warning ? QStyle::SP_MessageBoxWarning
                                                                        : QStyle::SP_MessageBoxInformation;
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_icon->setPixmap(style()->standardIcon(icon).pixmap(size, size));
    setAccessibleName(headline);
    update();
    show();
}

void MessageBanner::clear()
{
    m_headline.clear();
    m_details.clear();
    m_suggestions.clear();
    m_text->clear();
    hide();
}

QString MessageBanner::text() const
{
    return (QStringList{m_headline} + m_suggestions + m_details).join(QLatin1Char('\n'));
}

void MessageBanner::paintEvent(QPaintEvent *event)
{
    // Tint the window colour towards an accent at paint time, so the banner follows light and dark palettes.
    const QColor window = palette().color(QPalette::Window);
    const QColor accent = m_severity == Severity::Error     ? QColor::fromHslF(0.0f, 0.7f, 0.5f)
                          : m_severity == Severity::Warning ? QColor::fromHslF(0.11f, 0.9f, 0.5f)
                                                            : palette().color(QPalette::Highlight);
    const float t = 0.18f;
    const QColor tint =
        QColor::fromRgbF(window.redF() * (1 - t) + accent.redF() * t, window.greenF() * (1 - t) + accent.greenF() * t,
                         window.blueF() * (1 - t) + accent.blueF() * t);
    QPainter painter(this);
    painter.fillRect(rect(), tint);
    painter.fillRect(QRect(0, 0, 4, height()), accent);
    Q_UNUSED(event)
}

void MessageBanner::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void MessageBanner::retranslateUi()
{
    m_close->setToolTip(tr("Dismiss"));
    m_close->setAccessibleName(tr("Dismiss message"));
}
