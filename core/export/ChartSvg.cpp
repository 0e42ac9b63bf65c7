// SPDX-License-Identifier: Apache-2.0
#include "ChartSvg.h"

#include "export/TextExport.h"

#include <QLocale>

#include <algorithm>

namespace {
// Light palette for slides and paper.
const QString kText = QStringLiteral("#1f2328");
const QString kMuted = QStringLiteral("#57606a");
const QString kGrid = QStringLiteral("#d0d7de");
const QString kBar = QStringLiteral("#2f6db5");
const QString kObserved = QStringLiteral("#9aa4ae");
const QString kFont = QStringLiteral("DejaVu Sans, Noto Sans, Helvetica, Arial, WenQuanYi Micro Hei, "
                                     "Noto Sans CJK SC, Microsoft YaHei, PingFang SC, sans-serif");

constexpr double kWidth = 960;
constexpr double kMargin = 24;
constexpr double kLabelPx = 13;
constexpr double kTitlePx = 18;
constexpr double kSmallPx = 12;
constexpr double kLegendLine = 22;

QString num(double v)
{
    return QString::number(v, 'f', 1);
}

bool hatched(const Candidate &c)
{
    return c.partial || c.basis() == Candidate::Basis::FilledIn;
}

/// Text at (x, y) (baseline), escaped; `extra` holds further attributes.
QString text(double x, double y, const QString &s, double px, const QString &extra = {})
{
    return QStringLiteral("<text x=\"%1\" y=\"%2\" font-size=\"%3\"%4>%5</text>\n")
        .arg(num(x), num(y), num(px), extra.isEmpty() ? QString() : QLatin1Char(' ') + extra, ChartSvg::escape(s));
}

QString rect(double x, double y, double w, double h, const QString &fill, const QString &extra = {})
{
    return QStringLiteral("<rect x=\"%1\" y=\"%2\" width=\"%3\" height=\"%4\" fill=\"%5\"%6/>\n")
        .arg(num(x), num(y), num(std::max(w, 0.0)), num(std::max(h, 0.0)), fill,
             extra.isEmpty() ? QString() : QLatin1Char(' ') + extra);
}

/// An outlined rectangle hatched with "/" lines (the GUI's Qt::BDiagPattern), drawn as plain segments.
QString hatchedRect(double x, double y, double w, double h, const QString &colour)
{
    QString d;
    constexpr double step = 6;
    for (double c = x + y + step / 2; c < x + w + y + h; c += step) {
        const double xa = std::max(x, c - (y + h));
        const double xb = std::min(x + w, c - y);
        if (xb - xa > 0.3)
            d += QStringLiteral("M%1 %2L%3 %4").arg(num(xa), num(c - xa), num(xb), num(c - xb));
    }
    QString out = rect(x, y, w, h, QStringLiteral("#ffffff"),
                       QStringLiteral("stroke=\"%1\" stroke-width=\"1.5\" class=\"hatched\"").arg(colour));
    if (!d.isEmpty())
        out += QStringLiteral("<path d=\"%1\" stroke=\"%2\" stroke-width=\"1.2\" fill=\"none\"/>\n").arg(d, colour);
    return out;
}

/// A round upper bound for the value axis and its tick count, as the GUI chart picks them.
std::pair<double, int> niceRange(double maxValue)
{
    const double target = std::max(maxValue * 1.15, 0.01);
    static constexpr double steps[] = {0.05, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1.0, 1.1, 1.2};
    double upper = 1.2;
    for (double s : steps) {
        if (s >= target) {
            upper = s;
            break;
        }
    }
    const double step = upper <= 0.1 ? 0.01 : (upper <= 0.5 ? 0.05 : 0.1);
    return {upper, int(std::lround(upper / step)) + 1};
}

bool isWide(char32_t u)
{
    return (u >= 0x1100 && u <= 0x115F) || (u >= 0x2E80 && u <= 0xA4CF) || (u >= 0xAC00 && u <= 0xD7A3) ||
           (u >= 0xF900 && u <= 0xFAFF) || (u >= 0xFE30 && u <= 0xFE4F) || (u >= 0xFF00 && u <= 0xFF60) ||
           (u >= 0xFFE0 && u <= 0xFFE6) || (u >= 0x1F300 && u <= 0x1FAFF) || (u >= 0x20000 && u <= 0x3FFFD);
}

/// Everything measured once: rows, their labels and values, the axis.
struct Layout
{
    const ChartSvg::Chart &chart;
    bool counted = false;
    bool observed = false;
    bool tauShown = false;
    int total = 0;
    double rowH = 36;
    double labelW = 0;
    double plotX0 = 0;
    double plotX1 = 0;
    double upper = 1;
    int intervals = 10;
    QStringList titleLines;
    QList<std::pair<QString, QString>> legend; ///< (kind, label): kind is solid, hatched, observed or tau
    QList<double> legendRows;                  ///< x of each entry; a new line starts where x resets
    double legendH = 0;

    explicit Layout(const ChartSvg::Chart &c);
    double value(const Candidate &c) const;
    QString valueText(const Candidate &c) const;
    double x(double v) const { return plotX0 + std::clamp(v / upper, 0.0, 1.0) * (plotX1 - plotX0); }
    double plotH() const { return rowH * double(std::max<qsizetype>(chart.items.size(), 1)); }
};

Layout::Layout(const ChartSvg::Chart &c)
    : chart(c)
{
    for (const Candidate &item : c.items)
        total += item.count;
    counted = !c.items.isEmpty() && std::all_of(c.items.cbegin(), c.items.cend(), [](const Candidate &item) {
        return item.basis() == Candidate::Basis::Counted;
    });
    observed = !c.observed.isEmpty() && c.observed.size() == c.items.size();
    tauShown = !std::isnan(c.tau) && c.tauMode != TauMode::Off && !counted && !c.items.isEmpty();
    rowH = observed ? 50 : 36;
    labelW = std::clamp(kWidth * 0.34, 120.0, 380.0);
    plotX0 = kMargin + labelW + 14;
    plotX1 = kWidth - kMargin - 12;
    // The axis leaves room for each value text beside its bar.
    double target = tauShown ? c.tau : 0.0;
    const double plotW = plotX1 - plotX0;
    for (qsizetype i = 0; i < c.items.size(); ++i) {
        const double room = std::max(0.2, 1.0 - (ChartSvg::textWidth(valueText(c.items.at(i)), kSmallPx) + 10) / plotW);
        target = std::max(target, value(c.items.at(i)) / room / 1.15);
        if (observed) {
            target = std::max(target, std::max(c.observed.at(i), c.items.at(i).weight) / 0.85 / 1.15);
        }
    }
    const auto range = niceRange(target);
    upper = range.first;
    intervals = range.second - 1;
    const double labelPx = ChartSvg::textWidth(QStringLiteral("0.00"), kSmallPx) + 14;
    while (intervals > 1 && plotW / intervals < labelPx)
        intervals = intervals % 2 == 0 ? intervals / 2 : (intervals % 3 == 0 ? intervals / 3 : 1);
}

double Layout::value(const Candidate &c) const
{
    // A counted answer's bar is what was observed, count / all answers (as in the GUI chart).
    if (c.basis() == Candidate::Basis::Counted && total > 0)
        return double(c.count) / double(total);
    return std::isnan(c.clipped) ? c.weight : c.clipped;
}

QString Layout::valueText(const Candidate &c) const
{
    QString out;
    switch (c.basis()) {
    case Candidate::Basis::Counted:
        out = ChartSvg::tr("%1 of %2").arg(c.count).arg(total);
        break;
    case Candidate::Basis::FilledIn:
        out = ChartSvg::tr("%1 filled in").arg(TextExport::displayProbability(value(c)));
        break;
    case Candidate::Basis::Stated:
        out = TextExport::displayProbability(value(c));
        break;
    }
    return c.partial ? ChartSvg::tr("%1, cut off").arg(out) : out;
}

/// The legend entries for what is drawn, and only those.
void buildLegend(Layout &l)
{
    bool anySolid = l.chart.items.isEmpty();
    bool anyFilledIn = false;
    bool anyPartial = false;
    for (const Candidate &c : l.chart.items) {
        anySolid = anySolid || !hatched(c);
        anyFilledIn = anyFilledIn || c.basis() == Candidate::Basis::FilledIn;
        anyPartial = anyPartial || c.partial;
    }
    if (anySolid)
        l.legend.append({QStringLiteral("solid"), l.counted ? ChartSvg::tr("Share of answers (count / all answers)")
                                                            : ChartSvg::tr("Stated probability")});
    if (anyFilledIn && anyPartial)
        l.legend.append({QStringLiteral("hatched"), ChartSvg::tr("Filled in or cut off: not stated by the model")});
    else if (anyFilledIn)
        l.legend.append({QStringLiteral("hatched"), ChartSvg::tr("Filled in: the model stated no probability")});
    else if (anyPartial)
        l.legend.append({QStringLiteral("hatched"), ChartSvg::tr("Cut off before it was complete")});
    if (l.observed)
        l.legend.append({QStringLiteral("observed"), ChartSvg::tr("Observed frequency (tick = weight)")});
    if (l.tauShown) {
        const QString tau = QLocale().toString(l.chart.tau, 'f', 2);
        l.legend.append({QStringLiteral("tau"), l.chart.tauMode == TauMode::Filter
                                                    ? ChartSvg::tr("τ = %1 (probability filter)").arg(tau)
                                                    : ChartSvg::tr("τ = %1 (tail instruction)").arg(tau)});
    }
    // Entries flow left to right and wrap onto further lines.
    double x = kMargin;
    int lines = l.legend.isEmpty() ? 0 : 1;
    for (const auto &entry : std::as_const(l.legend)) {
        const double w = 20 + ChartSvg::textWidth(entry.second, kSmallPx) + 22;
        if (x > kMargin && x + w > kWidth - kMargin) {
            x = kMargin;
            ++lines;
        }
        l.legendRows.append(x);
        x += w;
    }
    l.legendH = lines * kLegendLine;
}

QString legendSvg(const Layout &l, double top)
{
    QString out = QStringLiteral("<g class=\"legend\">\n");
    double y = top;
    for (qsizetype i = 0; i < l.legend.size(); ++i) {
        const double x = l.legendRows.at(i);
        if (i > 0 && x <= l.legendRows.at(i - 1))
            y += kLegendLine;
        const QString &kind = l.legend.at(i).first;
        out += QStringLiteral("<g class=\"legend-entry %1\">\n").arg(kind);
        if (kind == QLatin1String("solid"))
            out += rect(x, y + 3, 14, 14, kBar);
        else if (kind == QLatin1String("hatched"))
            out += hatchedRect(x, y + 3, 14, 14, kBar);
        else if (kind == QLatin1String("observed"))
            out += rect(x, y + 3, 14, 14, kObserved);
        else
            out += QStringLiteral("<path d=\"M%1 %2L%3 %2\" stroke=\"%4\" stroke-width=\"2\" "
                                  "stroke-dasharray=\"4 3\"/>\n")
                       .arg(num(x), num(y + 10), num(x + 14), kText);
        out += text(x + 20, y + 15, l.legend.at(i).second, kSmallPx, QStringLiteral("fill=\"%1\"").arg(kText));
        out += QStringLiteral("</g>\n");
    }
    return out + QStringLiteral("</g>\n");
}

QString rowSvg(const Layout &l, int rank, double top)
{
    const Candidate &c = l.chart.items.at(rank);
    const double mid = top + l.rowH / 2;
    QString out = QStringLiteral("<g class=\"row%1\" data-rank=\"%2\">\n<title>%3</title>\n")
                      .arg(hatched(c) ? QStringLiteral(" hatched-row") : QString())
                      .arg(rank + 1)
                      .arg(ChartSvg::escape(c.text));
    // The rank ties a bar to its table row and keeps equal texts apart.
    const QString prefix = QString::number(rank + 1) + QStringLiteral(". ");
    QStringList lines =
        ChartSvg::wrap(c.text.simplified(), l.labelW - ChartSvg::textWidth(prefix, kLabelPx), kLabelPx, 2);
    if (lines.isEmpty())
        lines.append(QString());
    lines.first().prepend(prefix);
    const double lineH = kLabelPx + 3;
    double y = mid - lineH * double(lines.size()) / 2 + kLabelPx - 2;
    for (const QString &line : std::as_const(lines)) {
        out += text(l.plotX0 - 8, y, line, kLabelPx, QStringLiteral("text-anchor=\"end\" fill=\"%1\"").arg(kText));
        y += lineH;
    }
    const double barH = l.observed ? 18 : 22;
    const double barTop = l.observed ? top + 5 : mid - barH / 2;
    const double v = l.value(c);
    const double end = l.x(v);
    out += hatched(c) ? hatchedRect(l.plotX0, barTop, end - l.plotX0, barH, kBar)
                      : rect(l.plotX0, barTop, end - l.plotX0, barH, kBar, QStringLiteral("class=\"stated\""));
    out += text(end + 5, barTop + barH / 2 + 4, l.valueText(c), kSmallPx, QStringLiteral("fill=\"%1\"").arg(kText));
    if (l.observed) {
        const double o = l.chart.observed.at(rank);
        const double oTop = barTop + barH + 4;
        out += rect(l.plotX0, oTop, l.x(o) - l.plotX0, 14, kObserved, QStringLiteral("class=\"observed\""));
        // A tick at the weight: with many draws the observed bar ends there.
        out += QStringLiteral("<path d=\"M%1 %2L%1 %3\" stroke=\"%4\" stroke-width=\"2\"/>\n")
                   .arg(num(l.x(c.weight)), num(oTop - 2), num(oTop + 16), kText);
        out += text(l.x(std::max(o, c.weight)) + 5, oTop + 11, TextExport::displayProbability(o), kSmallPx,
                    QStringLiteral("fill=\"%1\"").arg(kMuted));
    }
    return out + QStringLiteral("</g>\n");
}

QString axisSvg(const Layout &l, double top)
{
    const double bottom = top + l.plotH();
    QString out = QStringLiteral("<g class=\"axis\">\n");
    for (int i = 0; i <= l.intervals; ++i) {
        const double v = l.upper * i / l.intervals;
        const double x = l.x(v);
        out += QStringLiteral("<path d=\"M%1 %2L%1 %3\" stroke=\"%4\" stroke-width=\"1\"/>\n")
                   .arg(num(x), num(top), num(bottom), kGrid);
        out += text(x, bottom + 16, QString::number(v, 'f', 2), kSmallPx,
                    QStringLiteral("text-anchor=\"middle\" fill=\"%1\"").arg(kMuted));
    }
    out += text((l.plotX0 + l.plotX1) / 2, bottom + 36,
                l.counted ? ChartSvg::tr("Share of answers") : ChartSvg::tr("Probability"), kSmallPx,
                QStringLiteral("text-anchor=\"middle\" fill=\"%1\"").arg(kText));
    return out + QStringLiteral("</g>\n");
}

/// Heights of the parts above the plot.
struct Heights
{
    double title = 0;
    double simulated = 0;
    double legend = 0;
    double total = 0;
};

Heights heights(const Layout &l)
{
    Heights h;
    h.title = double(l.titleLines.size()) * (kTitlePx + 6);
    h.simulated = l.chart.simulated ? 30 : 0;
    h.legend = l.legendH;
    h.total = kMargin + h.title + 6 + h.simulated + h.legend + 14 + l.plotH() + 44 + kMargin;
    return h;
}

Layout measured(const ChartSvg::Chart &chart)
{
    Layout l(chart);
    const QString title = chart.title.trimmed().isEmpty() ? ChartSvg::tr("VS Lab distribution") : chart.title;
    l.titleLines = ChartSvg::wrap(title.simplified(), kWidth - 2 * kMargin, kTitlePx, 4);
    buildLegend(l);
    return l;
}

QString body(const Layout &l)
{
    const Heights h = heights(l);
    QString out;
    double y = kMargin;
    out += QStringLiteral("<g class=\"title\">\n");
    for (const QString &line : l.titleLines) {
        out +=
            text(kMargin, y + kTitlePx, line, kTitlePx, QStringLiteral("font-weight=\"bold\" fill=\"%1\"").arg(kText));
        y += kTitlePx + 6;
    }
    out += QStringLiteral("</g>\n");
    y += 6;
    if (l.chart.simulated) {
        const QString mark = ChartSvg::tr("Simulated: written by the offline demo model, not by a language model.");
        out += QStringLiteral("<g class=\"simulated\">\n");
        // Bold text runs about a tenth wider than the estimate.
        out += rect(kMargin, y, ChartSvg::textWidth(mark, kSmallPx) * 1.12 + 20, 22, QStringLiteral("#fff1d6"),
                    QStringLiteral("stroke=\"#b35900\" stroke-width=\"1\" rx=\"4\""));
        out += text(kMargin + 10, y + 15, mark, kSmallPx, QStringLiteral("font-weight=\"bold\" fill=\"#8a4500\""));
        out += QStringLiteral("</g>\n");
        y += h.simulated;
    }
    out += legendSvg(l, y);
    y += h.legend + 14;
    out += axisSvg(l, y);
    for (int rank = 0; rank < l.chart.items.size(); ++rank)
        out += rowSvg(l, rank, y + rank * l.rowH);
    if (l.chart.items.isEmpty())
        out += text(l.plotX0 + 8, y + l.rowH / 2 + 4, ChartSvg::tr("No candidates."), kLabelPx,
                    QStringLiteral("fill=\"%1\"").arg(kMuted));
    if (l.tauShown)
        out += QStringLiteral("<path class=\"tau\" d=\"M%1 %2L%1 %3\" stroke=\"%4\" stroke-width=\"2\" "
                              "stroke-dasharray=\"6 4\"/>\n")
                   .arg(num(l.x(l.chart.tau)), num(y - 4), num(y + l.plotH()), kText);
    return out;
}
} // namespace

ChartSvg::Chart ChartSvg::fromRun(const RunRequest &request, const RunResult &result, const QList<double> &observed)
{
    Chart chart;
    chart.items = result.distribution.items();
    chart.observed = observed;
    chart.tau = request.settings.tau;
    chart.tauMode = request.settings.tauMode;
    chart.title = request.prompt;
    chart.simulated = result.simulated;
    return chart;
}

QSize ChartSvg::size(const Chart &chart)
{
    const Layout l = measured(chart);
    return {int(kWidth), int(std::ceil(heights(l).total))};
}

QString ChartSvg::element(const Chart &chart)
{
    const Layout l = measured(chart);
    const int h = int(std::ceil(heights(l).total));
    const QString title = escape(l.titleLines.join(QLatin1Char(' ')));
    return QStringLiteral("<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" width=\"%1\" height=\"%2\" "
                          "viewBox=\"0 0 %1 %2\" font-family=\"%3\" role=\"img\" aria-label=\"%4\">\n")
               .arg(int(kWidth))
               .arg(h)
               .arg(kFont, title) +
           QStringLiteral("<title>%1</title>\n").arg(title) + rect(0, 0, kWidth, h, QStringLiteral("#ffffff")) +
           body(l) + QStringLiteral("</svg>\n");
}

QString ChartSvg::document(const Chart &chart)
{
    return QStringLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n") + element(chart);
}

QString ChartSvg::escape(const QString &s)
{
    QString out;
    out.reserve(s.size() + s.size() / 8);
    for (qsizetype i = 0; i < s.size(); ++i) {
        const QChar c = s.at(i);
        const char16_t u = c.unicode();
        if (c.isHighSurrogate() && i + 1 < s.size() && s.at(i + 1).isLowSurrogate()) {
            out += c;
            out += s.at(++i);
            continue;
        }
        if (c.isSurrogate() || u == 0xFFFE || u == 0xFFFF || (u < 0x20 && u != '\t' && u != '\n' && u != '\r'))
            continue;
        switch (u) {
        case '&':
            out += QStringLiteral("&amp;");
            break;
        case '<':
            out += QStringLiteral("&lt;");
            break;
        case '>':
            out += QStringLiteral("&gt;");
            break;
        case '"':
            out += QStringLiteral("&quot;");
            break;
        case '\'':
            out += QStringLiteral("&#39;");
            break;
        default:
            out += c;
        }
    }
    return out;
}

double ChartSvg::textWidth(const QString &s, double fontPx)
{
    double em = 0;
    for (const char32_t u : s.toUcs4()) {
        if (isWide(u))
            em += 1.0;
        else if (u == ' ' || u == '.' || u == ',' || u == ':' || u == ';' || u == 'i' || u == 'l' || u == '\'')
            em += 0.34;
        else if ((u >= 'A' && u <= 'Z') || u == 'm' || u == 'w' || u == 'M' || u == 'W')
            em += 0.72;
        else
            em += 0.6;
    }
    return em * fontPx;
}

QStringList ChartSvg::wrap(const QString &s, double width, double fontPx, int maxLines)
{
    QStringList lines;
    const QList<uint> chars = s.toUcs4();
    QString line;
    qsizetype breakAt = -1; // in `line`: after the last space, or before a wide character
    for (qsizetype i = 0; i < chars.size(); ++i) {
        const char32_t u = char32_t(chars.at(i));
        const QString ch = QString::fromUcs4(&u, 1);
        if (isWide(u))
            breakAt = line.size();
        if (!line.isEmpty() && textWidth(line + ch, fontPx) > width) {
            if (int(lines.size()) + 1 == maxLines) {
                while (!line.isEmpty() && textWidth(line + QStringLiteral("…"), fontPx) > width)
                    line.chop(line.back().isLowSurrogate() ? 2 : 1);
                lines.append(line.trimmed() + QStringLiteral("…"));
                return lines;
            }
            const qsizetype cut = breakAt > 0 ? breakAt : line.size();
            lines.append(line.left(cut).trimmed());
            line = line.mid(cut).trimmed();
            breakAt = -1;
        }
        if (u == ' ')
            breakAt = line.size() + 1;
        line += ch;
    }
    if (!line.trimmed().isEmpty())
        lines.append(line.trimmed());
    return lines;
}
