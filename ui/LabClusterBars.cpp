// SPDX-License-Identifier: Apache-2.0
#include "LabClusterBars.h"

#include <QEvent>
#include <QPainter>

#include <algorithm>

namespace {
constexpr int kMargin = 6;
constexpr int kMaxHintRows = 12;
} // namespace

LabClusterBars::LabClusterBars(QWidget *parent)
    : QWidget(parent)
{
    setFocusPolicy(Qt::StrongFocus);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    setAccessibleName(tr("Answer clusters"));
    updateAccessibleText();
}

LabClusterBars::~LabClusterBars() = default;

void LabClusterBars::setBars(const QList<LabBar> &bars, int total)
{
    m_bars = bars;
    m_total = total;
    updateAccessibleText();
    updateGeometry();
    update();
}

void LabClusterBars::setRevealed(bool revealed, const QString &placeholder)
{
    m_revealed = revealed;
    m_placeholder = placeholder;
    updateAccessibleText();
    update();
}

void LabClusterBars::setScale(double fullWidthShare)
{
    m_scale = std::clamp(fullWidthShare, 0.01, 1.0);
    update();
}

bool LabClusterBars::hasStated() const
{
    return std::any_of(m_bars.cbegin(), m_bars.cend(), [](const LabBar &b) { return !std::isnan(b.statedShare); });
}

QString LabClusterBars::rowText(int row) const
{
    const LabBar &b = m_bars.at(row);
    QString text = tr("%1 %2 of %3").arg(b.text).arg(b.count).arg(m_total);
    if (!std::isnan(b.statedShare))
        text += tr(", stated %1").arg(b.statedShare, 0, 'f', 2);
    return text;
}

int LabClusterBars::rowHeight() const
{
    // A text line, the observed bar, and for VS methods the stated bar under it.
    const int line = fontMetrics().height();
    return line + line * 2 / 3 + (hasStated() ? line / 2 : 0) + 4;
}

int LabClusterBars::headerHeight() const
{
    return hasStated() ? fontMetrics().height() + 4 : 0;
}

int LabClusterBars::rowsShown() const
{
    if (!m_revealed || m_bars.isEmpty())
        return 0;
    const int available = height() - 2 * kMargin - headerHeight();
    const int fit = std::max(1, available / rowHeight());
    if (fit >= m_bars.size())
        return int(m_bars.size());
    // Keep one line for "… and N more".
    return std::max(1, (available - fontMetrics().height()) / rowHeight());
}

QSize LabClusterBars::sizeHint() const
{
    const int rows = std::clamp(int(m_bars.size()), 3, kMaxHintRows);
    return {fontMetrics().averageCharWidth() * 36, 2 * kMargin + headerHeight() + rows * rowHeight()};
}

QSize LabClusterBars::minimumSizeHint() const
{
    return {fontMetrics().averageCharWidth() * 18, 2 * kMargin + headerHeight() + 2 * rowHeight()};
}

void LabClusterBars::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::FontChange || event->type() == QEvent::PaletteChange) {
        updateGeometry();
        update();
    }
    QWidget::changeEvent(event);
}

void LabClusterBars::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing, false);
    const QPalette &pal = palette();
    p.fillRect(rect(), pal.base());
    const QRect area = rect().adjusted(kMargin, kMargin, -kMargin, -kMargin);
    const QFontMetrics fm = fontMetrics();
    const int line = fm.height();
    p.setPen(pal.color(QPalette::Text));
    if (!m_revealed || m_bars.isEmpty()) {
        const QString text = !m_revealed ? m_placeholder : tr("No answers yet");
        p.drawText(area, Qt::AlignCenter | Qt::TextWordWrap, text);
    } else {
        int y = area.top();
        const QColor observed = pal.color(QPalette::Highlight);
        const QColor outline = pal.color(QPalette::Text);
        if (hasStated()) {
            // The legend, so the two bars are told apart by shape, not colour alone.
            const int box = line * 2 / 3;
            int x = area.left();
            p.fillRect(QRect(x, y + (line - box) / 2, box, box), observed);
            x += box + 4;
            const QString observedText = tr("observed share");
            p.drawText(QRect(x, y, area.width(), line), Qt::AlignLeft | Qt::AlignVCenter, observedText);
            x += fm.horizontalAdvance(observedText) + 2 * line;
            p.setBrush(QBrush(outline, Qt::BDiagPattern));
            p.drawRect(QRect(x, y + (line - box) / 2, box, box));
            p.setBrush(Qt::NoBrush);
            p.drawText(QRect(x + box + 4, y, area.width(), line), Qt::AlignLeft | Qt::AlignVCenter,
                       tr("stated probability (pooled)"));
            y += headerHeight();
        }
        const int shown = rowsShown();
        const double denominator = std::max(1, m_total);
        for (int row = 0; row < shown; ++row) {
            const LabBar &b = m_bars.at(row);
            const QString value =
                std::isnan(b.statedShare)
                    ? tr("%1 of %2").arg(b.count).arg(m_total)
                    : tr("%1 of %2 · stated %3").arg(b.count).arg(m_total).arg(b.statedShare, 0, 'f', 2);
            const int valueWidth = fm.horizontalAdvance(value);
            p.setPen(pal.color(QPalette::Text));
            p.drawText(QRect(area.right() - valueWidth, y, valueWidth + 1, line), Qt::AlignRight | Qt::AlignVCenter,
                       value);
            const QString label = fm.elidedText(QString(b.text).replace(QLatin1Char('\n'), QLatin1Char(' ')),
                                                Qt::ElideRight, std::max(0, area.width() - valueWidth - line));
            p.drawText(QRect(area.left(), y, area.width() - valueWidth, line), Qt::AlignLeft | Qt::AlignVCenter, label);
            y += line;
            const int barHeight = line * 2 / 3;
            const int width = int(std::lround(area.width() * std::min(1.0, b.count / denominator / m_scale)));
            p.fillRect(QRect(area.left(), y, std::max(width, 2), barHeight), observed);
            y += barHeight;
            if (hasStated()) {
                const int statedHeight = line / 2 - 2;
                if (!std::isnan(b.statedShare)) {
                    const int statedWidth =
                        int(std::lround(area.width() * std::clamp(b.statedShare / m_scale, 0.0, 1.0)));
                    p.setPen(outline);
                    p.setBrush(QBrush(outline, Qt::BDiagPattern));
                    p.drawRect(QRect(area.left(), y + 1, std::max(statedWidth, 2), statedHeight));
                    p.setBrush(Qt::NoBrush);
                }
                y += line / 2;
            }
            y += 4;
        }
        if (shown < m_bars.size()) {
            p.setPen(pal.color(QPalette::Text));
            p.drawText(QRect(area.left(), y, area.width(), line), Qt::AlignLeft | Qt::AlignVCenter,
                       tr("… %1 more not shown").arg(m_bars.size() - shown));
        }
    }
    if (hasFocus()) {
        p.setPen(QPen(pal.color(QPalette::Highlight), 2));
        p.setBrush(Qt::NoBrush);
        p.drawRect(rect().adjusted(1, 1, -1, -1));
    }
}

void LabClusterBars::updateAccessibleText()
{
    if (!m_revealed) {
        setAccessibleDescription(m_placeholder);
        return;
    }
    QStringList rows;
    for (int i = 0; i < m_bars.size(); ++i)
        rows << rowText(i);
    setAccessibleDescription(rows.isEmpty() ? tr("No answers yet") : rows.join(QStringLiteral("; ")));
}
