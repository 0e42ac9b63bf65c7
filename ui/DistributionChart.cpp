// SPDX-License-Identifier: Apache-2.0
#include "DistributionChart.h"

#include "CandidateTableModel.h"
#include "DistributionChartView.h"

#include <QAreaSeries>
#include <QBarLegendMarker>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QEvent>
#include <QHorizontalBarSeries>
#include <QKeyEvent>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QTextLayout>
#include <QToolTip>
#include <QValueAxis>

#include <algorithm>

namespace {
QColor mix(const QColor &a, const QColor &b, double t)
{
    return QColor::fromRgbF(float(a.redF() * (1 - t) + b.redF() * t), float(a.greenF() * (1 - t) + b.greenF() * t),
                            float(a.blueF() * (1 - t) + b.blueF() * t));
}

/// A round upper bound for the value axis that leaves room for the value labels beside the bars.
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
} // namespace

DistributionChart::DistributionChart(QWidget *parent)
    : QScrollArea(parent)
{
    setObjectName(QStringLiteral("distributionChart"));
    setWidgetResizable(true);
    setFrameShape(QFrame::NoFrame);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    // One Tab stop for the chart: the view, whose selection keys scroll the selected bar into sight.
    setFocusPolicy(Qt::NoFocus);

    m_chart = new QChart;
    m_chart->setAnimationOptions(QChart::NoAnimation);
    m_chart->setBackgroundRoundness(0);
    m_chart->setMargins(QMargins(4, 4, 12, 4));
    m_chart->legend()->setAlignment(Qt::AlignTop);

    m_series = new QHorizontalBarSeries;
    m_series->setBarWidth(0.75);
    m_statedSet = new QBarSet(QString());
    m_series->append(m_statedSet);
    m_chart->addSeries(m_series);

    // Rows sit at whole numbers on a hidden axis; the view draws their labels (see DistributionChartView).
    m_rowAxis = new QValueAxis;
    m_rowAxis->setVisible(false);
    m_valueAxis = new QValueAxis;
    m_valueAxis->setLabelFormat(QStringLiteral("%.2f"));
    m_chart->addAxis(m_rowAxis, Qt::AlignLeft);
    m_chart->addAxis(m_valueAxis, Qt::AlignBottom);
    m_series->attachAxis(m_rowAxis);
    m_series->attachAxis(m_valueAxis);

    // No points, never drawn: it only shows the hatch in the legend.
    auto *noLine = new QLineSeries;
    m_hatchLegend = new QAreaSeries(noLine);
    noLine->setParent(m_hatchLegend);
    m_chart->addSeries(m_hatchLegend);

    // τ is a vertical line across every row.
    m_tauLine = new QLineSeries;
    m_chart->addSeries(m_tauLine);
    m_tauLine->attachAxis(m_valueAxis);
    m_tauLine->attachAxis(m_rowAxis);
    m_tauLine->setVisible(false);

    connect(m_statedSet, &QBarSet::hovered, this, &DistributionChart::onHovered);
    connect(m_statedSet, &QBarSet::clicked, this, &DistributionChart::onClicked);

    m_view = new DistributionChartView(m_chart, m_series);
    m_view->setObjectName(QStringLiteral("distributionChartView"));
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setFocusPolicy(Qt::StrongFocus);
    m_view->installEventFilter(this);
    setWidget(m_view);

    applyPalette();
    changeEvent(nullptr);
    rebuild();
}

DistributionChart::~DistributionChart() = default;

QChartView *DistributionChart::chartView() const
{
    return m_view;
}

double DistributionChart::valueOf(const Candidate &c)
{
    return std::isnan(c.clipped) ? c.weight : c.clipped;
}

double DistributionChart::rowValue(const Candidate &c) const
{
    // A counted answer's bar is what was observed, count / all answers, even when a cut-off answer keeps the
    // weights from summing over every answer.
    if (c.basis() == Candidate::Basis::Counted && m_totalCount > 0)
        return double(c.count) / double(m_totalCount);
    return valueOf(c);
}

bool DistributionChart::hatched(const Candidate &c)
{
    return c.partial || c.basis() == Candidate::Basis::FilledIn;
}

void DistributionChart::setCandidates(const QList<Candidate> &items)
{
    m_items = items;
    m_observedValues.clear();
    if (m_selected >= m_items.size())
        m_selected = -1;
    rebuild();
}

void DistributionChart::setObserved(const QList<double> &frequencies)
{
    m_observedValues = frequencies.size() == m_items.size() ? frequencies : QList<double>();
    rebuild();
}

void DistributionChart::setTau(double tau, TauMode mode)
{
    m_tau = tau;
    m_tauMode = mode;
    updateRanges();
}

void DistributionChart::setTitle(const QString &title)
{
    m_titleText = title;
    const int lines = m_titleLines;
    applyTitle();
    if (lines != m_titleLines)
        updateHeight();
}

void DistributionChart::applyTitle()
{
    // Qt Charts elides a title that does not fit; with a large font that cuts the sentence, so long lines are
    // wrapped to the width the chart gives its title (QTextLayout also breaks Chinese text between characters).
    const int available = std::max(80, m_view->width() - m_labelWidth - 14 - 48 - 16);
    QStringList lines;
    const QStringList given = m_titleText.split(QLatin1Char('\n'));
    for (const QString &text : given) {
        QTextLayout layout(text, m_chart->titleFont());
        layout.beginLayout();
        for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
            line.setLineWidth(available);
            lines.append(text.mid(line.textStart(), line.textLength()).trimmed().toHtmlEscaped());
        }
        layout.endLayout();
    }
    m_titleLines = std::max(1, int(lines.size()));
    // Lines become separate title lines (the chart title is rich text).
    m_chart->setTitle(QStringLiteral("<p align=\"center\">") + lines.join(QStringLiteral("<br>")) +
                      QStringLiteral("</p>"));
}

QString DistributionChart::title() const
{
    return m_chart->title();
}

void DistributionChart::setSelectedRank(int rank)
{
    m_selected = rank >= 0 && rank < m_items.size() ? rank : -1;
    m_statedSet->deselectAllBars();
    if (m_selected >= 0)
        m_statedSet->selectBar(int(m_items.size()) - 1 - m_selected);
    m_view->setSelectedRow(m_selected >= 0 ? rankOfIndex(m_selected) : -1);
}

double DistributionChart::barValue(int rank) const
{
    const int index = rankOfIndex(rank);
    return index >= 0 && index < m_statedSet->count() ? m_statedSet->at(index) : std::nan("");
}

bool DistributionChart::isHatched(int rank) const
{
    return rank >= 0 && rank < m_items.size() && hatched(m_items.at(rank));
}

QString DistributionChart::valueText(int rank) const
{
    const int index = rankOfIndex(rank);
    return index >= 0 && index < m_view->rows().size() ? m_view->rows().at(index).valueText : QString();
}

QStringList DistributionChart::legendLabels() const
{
    QStringList out;
    const auto markers = m_chart->legend()->markers();
    for (const QLegendMarker *marker : markers) {
        if (marker->isVisible())
            out.append(marker->label());
    }
    return out;
}

double DistributionChart::observedValue(int rank) const
{
    const int index = rankOfIndex(rank);
    return m_observedSet && index >= 0 && index < m_observedSet->count() ? m_observedSet->at(index) : std::nan("");
}

QString DistributionChart::label(int rank) const
{
    const int index = rankOfIndex(rank);
    return index >= 0 && index < m_view->rows().size() ? m_view->rows().at(index).label : QString();
}

QPoint DistributionChart::barCenter(int rank)
{
    if (rank < 0 || rank >= m_items.size())
        return {};
    const double v = std::max(barValue(rank), 0.0);
    const double offset = m_view->statedOffset();
    const QPointF inChart = m_chart->mapToPosition(QPointF(v / 2, rankOfIndex(rank) + offset), m_series);
    const QPoint inView = m_view->mapFromScene(m_chart->mapToScene(inChart));
    ensureVisible(inView.x(), inView.y(), 10, 40);
    return m_view->mapFromScene(m_chart->mapToScene(inChart));
}

void DistributionChart::setValues(QBarSet *set, const QList<double> &values)
{
    // Changing values in place only moves bars; removing and appending rebuilds every bar item.
    const int common = std::min(int(set->count()), int(values.size()));
    for (int i = 0; i < common; ++i) {
        if (set->at(i) != values.at(i))
            set->replace(i, values.at(i));
    }
    if (set->count() > values.size())
        set->remove(int(values.size()), int(set->count() - values.size()));
    else if (set->count() < values.size())
        set->append(values.mid(common));
}

void DistributionChart::rebuild()
{
    const int n = int(m_items.size());
    m_totalCount = 0;
    for (const Candidate &c : std::as_const(m_items))
        m_totalCount += c.count;
    m_counted = !m_items.isEmpty() && std::all_of(m_items.cbegin(), m_items.cend(), [](const Candidate &c) {
        return c.basis() == Candidate::Basis::Counted;
    });
    QList<double> values;
    values.reserve(n);
    // QHorizontalBarSeries draws its first category at the bottom; the most probable belongs at the top.
    for (int i = n - 1; i >= 0; --i)
        values.append(rowValue(m_items.at(i)));
    m_statedSet->deselectAllBars();
    setValues(m_statedSet, values);

    if (!m_observedValues.isEmpty()) {
        if (!m_observedSet) {
            m_observedSet = new QBarSet(QString());
            connect(m_observedSet, &QBarSet::hovered, this, &DistributionChart::onHovered);
            connect(m_observedSet, &QBarSet::clicked, this, &DistributionChart::onClicked);
            // Inserted first, so it is the lower bar of each row and the stated bar stays on top.
            m_series->insert(0, m_observedSet);
            // QAbstractBarSeries::insert, unlike append, does not take ownership (Qt 6.4).
            m_observedSet->setParent(m_series);
            changeEvent(nullptr);
            applyPalette();
        }
        QList<double> observed;
        observed.reserve(n);
        for (int i = n - 1; i >= 0; --i)
            observed.append(m_observedValues.at(i));
        setValues(m_observedSet, observed);
    } else if (m_observedSet) {
        m_series->remove(m_observedSet);
        m_observedSet = nullptr;
    }

    updateLegend();
    relabel();
    updateRanges();
    setSelectedRank(m_selected);
    updateHeight();
}

void DistributionChart::relabel()
{
    m_labelWidth = std::clamp(int(width() * 0.34), 120, 380);
    m_view->setLabelWidth(m_labelWidth);
    m_chart->setMargins(QMargins(m_labelWidth + 14, 4, 48, 4));
    const QFontMetrics fm(m_view->font());
    QList<DistributionChartView::Row> rows;
    rows.reserve(m_items.size());
    for (int i = int(m_items.size()) - 1; i >= 0; --i) {
        const Candidate &c = m_items.at(i);
        DistributionChartView::Row row;
        // The rank ties a bar to its table row and keeps equal texts apart.
        const QString prefix = QString::number(i + 1) + QStringLiteral(". ");
        row.label =
            prefix + fm.elidedText(c.text.simplified(), Qt::ElideRight, m_labelWidth - fm.horizontalAdvance(prefix));
        row.value = rowValue(c);
        // The number beside a bar says what it is: only a stated probability stands alone.
        switch (c.basis()) {
        case Candidate::Basis::Counted:
            row.valueText = tr("%1 of %2").arg(c.count).arg(m_totalCount);
            break;
        case Candidate::Basis::FilledIn:
            row.valueText = tr("%1 filled in").arg(CandidateTableModel::formatProbability(row.value));
            break;
        case Candidate::Basis::Stated:
            row.valueText = CandidateTableModel::formatProbability(row.value);
            break;
        }
        if (c.partial)
            row.valueText = tr("%1, cut off").arg(row.valueText);
        row.observed = i < m_observedValues.size() ? m_observedValues.at(i) : std::nan("");
        row.observedText = CandidateTableModel::formatProbability(row.observed);
        row.weight = c.weight;
        row.hatched = hatched(c);
        row.text = c.text;
        row.description = accessibleValue(i, row);
        rows.append(row);
    }
    m_view->setRows(std::move(rows), !m_observedValues.isEmpty());
}

QString DistributionChart::accessibleValue(int rank, const DistributionChartView::Row &row) const
{
    const Candidate &c = m_items.at(rank);
    QString text;
    switch (c.basis()) {
    case Candidate::Basis::Stated:
        text = tr("stated %1").arg(CandidateTableModel::formatProbability(row.value));
        break;
    case Candidate::Basis::FilledIn:
        text = tr("filled in, not stated: %1").arg(CandidateTableModel::formatProbability(row.value));
        break;
    case Candidate::Basis::Counted:
        text = tr("%1 of %2 answers").arg(c.count).arg(m_totalCount);
        break;
    }
    if (c.partial)
        text += tr(", cut off");
    text += tr(", weight %1").arg(CandidateTableModel::formatProbability(c.weight));
    if (!std::isnan(row.observed))
        text += tr(", observed %1").arg(row.observedText);
    return text;
}

QString DistributionChart::accessibleText(int rank) const
{
    const int index = rankOfIndex(rank);
    return index >= 0 && index < m_view->rows().size() ? m_view->rows().at(index).description : QString();
}

void DistributionChart::updateRanges()
{
    const int n = int(m_items.size());
    double maxValue = 0.0;
    for (const Candidate &c : std::as_const(m_items))
        maxValue = std::max(maxValue, rowValue(c));
    for (double v : std::as_const(m_observedValues))
        maxValue = std::max(maxValue, v);
    if (!m_observedValues.isEmpty()) {
        for (const Candidate &c : std::as_const(m_items))
            maxValue = std::max(maxValue, c.weight);
    }
    const bool tauShown = hasTauLine() && n > 0;
    if (tauShown)
        maxValue = std::max(maxValue, m_tau);
    const auto [upper, ticks] = niceRange(maxValue);
    m_valueAxis->setRange(0.0, upper);
    // Fewer ticks on a narrow chart, so every label is whole ("0.20", never "…"); the steps stay round.
    const int labelPx = fontMetrics().horizontalAdvance(QStringLiteral("0.000")) + 8;
    const int plotPx = std::max(60, width() - m_labelWidth - 140);
    int intervals = ticks - 1;
    while (intervals > 1 && plotPx / intervals < labelPx)
        intervals = intervals % 2 == 0 ? intervals / 2 : (intervals % 3 == 0 ? intervals / 3 : 1);
    m_valueAxis->setTickCount(intervals + 1);

    m_rowAxis->setRange(-0.5, std::max(n, 1) - 0.5);
    m_tauLine->clear();
    if (tauShown) {
        m_tauLine->append(m_tau, -0.5);
        m_tauLine->append(m_tau, n - 0.5);
    }
    m_tauLine->setName(m_tauMode == TauMode::Filter
                           ? tr("τ = %1 (probability filter)").arg(QLocale().toString(m_tau, 'f', 2))
                           : tr("τ = %1 (tail instruction)").arg(QLocale().toString(m_tau, 'f', 2)));
    m_tauLine->setVisible(tauShown);
    const auto markers = m_chart->legend()->markers(m_tauLine);
    for (QLegendMarker *marker : markers)
        marker->setVisible(tauShown);
}

void DistributionChart::updateLegend()
{
    bool anySolid = false;
    bool anyFilledIn = false;
    bool anyPartial = false;
    for (const Candidate &c : std::as_const(m_items)) {
        anySolid = anySolid || !hatched(c);
        anyFilledIn = anyFilledIn || c.basis() == Candidate::Basis::FilledIn;
        anyPartial = anyPartial || c.partial;
    }
    m_statedSet->setLabel(m_counted ? tr("Share of answers (count / all answers)") : tr("Stated probability"));
    m_valueAxis->setTitleText(m_counted ? tr("Share of answers") : tr("Probability"));
    if (anyFilledIn && anyPartial)
        m_hatchLegend->setName(tr("Filled in or cut off: not stated by the model"));
    else if (anyFilledIn)
        m_hatchLegend->setName(tr("Filled in: the model stated no probability"));
    else
        m_hatchLegend->setName(tr("Cut off before it was complete"));
    if (m_observedSet)
        m_observedSet->setLabel(tr("Observed frequency (tick = weight)"));
    // Only what is drawn gets a legend entry.
    const auto statedMarkers = m_chart->legend()->markers(m_series);
    for (QLegendMarker *marker : statedMarkers) {
        auto *bar = qobject_cast<QBarLegendMarker *>(marker);
        if (bar && bar->barset() == m_statedSet)
            marker->setVisible(anySolid || m_items.isEmpty());
    }
    const auto hatchMarkers = m_chart->legend()->markers(m_hatchLegend);
    for (QLegendMarker *marker : hatchMarkers)
        marker->setVisible(anyFilledIn || anyPartial);
}

void DistributionChart::updateHeight()
{
    const int n = int(m_items.size());
    const QFontMetrics fm(m_view->font());
    const int row = std::max(fm.height() + 10, 24) * (m_observedSet ? 2 : 1) - (m_observedSet ? 8 : 0);
    const int chrome = fm.height() * (5 + m_titleLines) + 40; // title, legend, value axis and margins
    // Even empty, the axis needs its room: squeezed, Qt Charts elides its labels to "...".
    m_view->setMinimumHeight(chrome + std::max(n, 2) * row);
}

void DistributionChart::applyPalette()
{
    const QPalette pal = palette();
    const QColor base = pal.color(QPalette::Base);
    const QColor text = pal.color(QPalette::Text);
    const bool dark = base.lightness() < 128;
    // The theme picks bar colours made for a light or dark background; the rest follows the palette.
    m_chart->setTheme(dark ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    m_chart->setBackgroundBrush(base);
    m_chart->setBackgroundPen(Qt::NoPen);
    m_chart->setTitleBrush(text);
    m_chart->legend()->setLabelColor(text);
    const QColor grid = mix(base, text, 0.18);
    m_valueAxis->setLabelsBrush(text);
    m_valueAxis->setTitleBrush(text);
    m_valueAxis->setGridLineColor(grid);
    m_valueAxis->setLinePenColor(grid);
    m_valueAxis->setLabelsFont(m_view->font());

    // Bars take the palette's highlight, so a high-contrast or custom palette reaches the chart too.
    const QColor stated = pal.color(QPalette::Highlight);
    m_statedSet->setColor(stated);
    m_statedSet->setBorderColor(stated);
    // The complementary hue of the bars stands out in light and dark themes alike.
    const QColor selected = QColor::fromHslF(std::fmod(stated.hslHueF() + 0.5, 1.0),
                                             std::max(stated.hslSaturationF(), 0.7f), dark ? 0.6f : 0.5f);
    m_statedSet->setSelectedColor(selected);
    // A value the model did not state: the bar colour, outlined and hatched, never solid.
    m_hatchLegend->setBrush(QBrush(stated, Qt::BDiagPattern));
    m_hatchLegend->setPen(QPen(stated, 1.5));
    m_view->setHatchColors(stated, selected);
    if (m_observedSet) {
        const QColor observed = mix(base, text, 0.45);
        m_observedSet->setColor(observed);
        m_observedSet->setBorderColor(observed);
    }
    QPen tauPen(text, 2, Qt::DashLine);
    m_tauLine->setPen(tauPen);
    m_view->setBackgroundBrush(base);
}

void DistributionChart::changeEvent(QEvent *event)
{
    if (event && event->type() == QEvent::PaletteChange)
        applyPalette();
    if (event)
        QScrollArea::changeEvent(event);
    if (!event || event->type() == QEvent::LanguageChange) {
        updateLegend();
        m_view->setAccessibleName(tr("Distribution chart"));
        setAccessibleName(tr("Distribution chart"));
        m_view->setAccessibleDescription(
            tr("One bar per candidate, most probable at the top. Up and Down select a candidate."));
        if (event)
            updateRanges();
    }
}

void DistributionChart::resizeEvent(QResizeEvent *event)
{
    QScrollArea::resizeEvent(event);
    if (std::abs(std::clamp(int(width() * 0.34), 120, 380) - m_labelWidth) > 8)
        relabel();
    if (event->oldSize().width() != event->size().width())
        updateRanges();
    const int lines = m_titleLines;
    applyTitle();
    if (lines != m_titleLines)
        updateHeight();
}

bool DistributionChart::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view && event->type() == QEvent::KeyPress && !m_items.isEmpty()) {
        const auto *key = static_cast<QKeyEvent *>(event);
        int rank = m_selected;
        switch (key->key()) {
        case Qt::Key_Up:
            rank = std::max(0, m_selected - 1);
            break;
        case Qt::Key_Down:
            rank = std::min(int(m_items.size()) - 1, m_selected + 1);
            break;
        case Qt::Key_Home:
            rank = 0;
            break;
        case Qt::Key_End:
            rank = int(m_items.size()) - 1;
            break;
        default:
            return QScrollArea::eventFilter(watched, event);
        }
        setSelectedRank(rank);
        barCenter(rank);
        Q_EMIT barClicked(rank);
        return true;
    }
    return QScrollArea::eventFilter(watched, event);
}

void DistributionChart::onHovered(bool status, int index)
{
    const int rank = rankOfIndex(index);
    if (!status || rank < 0 || rank >= m_items.size()) {
        m_hoverText.clear();
        QToolTip::hideText();
        Q_EMIT barHovered(-1);
        return;
    }
    const Candidate &c = m_items.at(rank);
    m_hoverText = c.text;
    QString number;
    switch (c.basis()) {
    case Candidate::Basis::Stated:
        number = tr("stated %1").arg(CandidateTableModel::formatProbability(c.clipped));
        break;
    case Candidate::Basis::FilledIn:
        number = tr("no probability stated (filled in %1)").arg(CandidateTableModel::formatProbability(c.clipped));
        break;
    case Candidate::Basis::Counted:
        number = tr("%1 of %2 answers").arg(c.count).arg(m_totalCount);
        break;
    }
    QString details =
        tr("#%1 · %2 · weight %3").arg(rank + 1).arg(number, CandidateTableModel::formatProbability(c.weight));
    if (c.partial)
        details += tr(" · cut off");
    if (rank < m_observedValues.size())
        details += tr(" · observed %1").arg(CandidateTableModel::formatProbability(m_observedValues.at(rank)));
    const QString html = QStringLiteral("<p><b>") + details.toHtmlEscaped() +
                         QStringLiteral("</b></p><p style=\"white-space:pre-wrap\">") + c.text.toHtmlEscaped() +
                         QStringLiteral("</p>");
    QToolTip::showText(QCursor::pos(), html, m_view);
    Q_EMIT barHovered(rank);
}

void DistributionChart::onClicked(int index)
{
    const int rank = rankOfIndex(index);
    if (rank < 0 || rank >= m_items.size())
        return;
    setSelectedRank(rank);
    Q_EMIT barClicked(rank);
}
