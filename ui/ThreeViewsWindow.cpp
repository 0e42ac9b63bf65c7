// SPDX-License-Identifier: Apache-2.0
#include "ThreeViewsWindow.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineSeries>
#include <QScatterSeries>
#include <QValueAxis>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace {
QString elided(const QString &text)
{
    QString line = text.section(QLatin1Char('\n'), 0, 0).simplified();
    return line.size() > 24 ? line.left(23) + QChar(0x2026) : line;
}

double orZero(double v)
{
    return std::isnan(v) ? 0.0 : v;
}
} // namespace

ThreeViewsWindow::ThreeViewsWindow(QWidget *parent)
    : QWidget(parent, Qt::Window)
{
    setObjectName(QStringLiteral("threeViewsWindow"));
    m_stated = new QBarSet(QString());
    m_observed = new QBarSet(QString());
    m_token = new QBarSet(QString());
    m_series = new QBarSeries;
    m_series->append({m_stated, m_observed, m_token});
    m_bars = new QChart;
    m_bars->setAnimationOptions(QChart::NoAnimation);
    m_bars->addSeries(m_series);
    m_categories = new QBarCategoryAxis;
    m_share = new QValueAxis;
    m_share->setRange(0.0, 1.0);
    m_share->setLabelFormat(QStringLiteral("%.2f"));
    m_bars->addAxis(m_categories, Qt::AlignBottom);
    m_bars->addAxis(m_share, Qt::AlignLeft);
    m_series->attachAxis(m_categories);
    m_series->attachAxis(m_share);
    m_bars->legend()->setAlignment(Qt::AlignBottom);
    m_barsView = new QChartView(m_bars);
    m_barsView->setObjectName(QStringLiteral("threeViewsBars"));
    m_barsView->setRenderHint(QPainter::Antialiasing);

    m_points = new QScatterSeries;
    m_points->setMarkerSize(11.0);
    m_diagonal = new QLineSeries;
    m_diagonal->append(0.0, 0.0);
    m_diagonal->append(1.0, 1.0);
    QPen dashed(Qt::gray);
    dashed.setStyle(Qt::DashLine);
    m_diagonal->setPen(dashed);
    m_scatter = new QChart;
    m_scatter->setAnimationOptions(QChart::NoAnimation);
    m_scatter->addSeries(m_diagonal);
    m_scatter->addSeries(m_points);
    m_x = new QValueAxis;
    m_y = new QValueAxis;
    m_x->setRange(0.0, 1.0);
    m_y->setRange(0.0, 1.0);
    m_scatter->addAxis(m_x, Qt::AlignBottom);
    m_scatter->addAxis(m_y, Qt::AlignLeft);
    for (QAbstractSeries *s : {static_cast<QAbstractSeries *>(m_points), static_cast<QAbstractSeries *>(m_diagonal)}) {
        s->attachAxis(m_x);
        s->attachAxis(m_y);
    }
    m_scatter->legend()->setAlignment(Qt::AlignBottom);
    m_scatterView = new QChartView(m_scatter);
    m_scatterView->setObjectName(QStringLiteral("threeViewsScatter"));
    m_scatterView->setRenderHint(QPainter::Antialiasing);

    m_summary = new QLabel;
    m_summary->setObjectName(QStringLiteral("threeViewsSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *charts = new QHBoxLayout;
    charts->addWidget(m_barsView, 3);
    charts->addWidget(m_scatterView, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(charts, 1);
    layout->addWidget(m_summary);
    retranslate();
    resize(1200, 620);
}

ThreeViewsWindow::~ThreeViewsWindow()
{
    // A set left out of the chart has no owner.
    for (QBarSet *set : {m_stated, m_observed, m_token}) {
        if (!m_series->barSets().contains(set))
            delete set;
    }
}

void ThreeViewsWindow::showCalibration(const LabCalibration &calibration, const QString &title,
                                       const QList<TokenAlternative> &firstToken)
{
    m_calibration = calibration;
    m_firstToken = firstToken;
    m_title = title;
    rebuild();
    QWidget::show();
    raise();
    activateWindow();
}

void ThreeViewsWindow::rebuild()
{
    const QList<LabCalibration::Row> rows = m_calibration.rows.mid(0, maxClusters);
    const bool hasStated = std::any_of(rows.cbegin(), rows.cend(), [](const auto &r) { return !std::isnan(r.stated); });
    const bool hasToken = std::any_of(rows.cbegin(), rows.cend(), [](const auto &r) { return !std::isnan(r.token); });
    m_stated->remove(0, m_stated->count());
    m_observed->remove(0, m_observed->count());
    m_token->remove(0, m_token->count());
    m_points->clear();
    QStringList names;
    double top = 0.0;
    for (const LabCalibration::Row &r : rows) {
        names.append(elided(r.text));
        m_stated->append(orZero(r.stated));
        m_observed->append(orZero(r.observed));
        m_token->append(orZero(r.token));
        top = std::max({top, orZero(r.stated), orZero(r.observed), orZero(r.token)});
        if (hasStated && !std::isnan(r.observed))
            m_points->append(orZero(r.stated), r.observed);
    }
    m_categories->clear();
    m_categories->append(names);
    // A view with no values is left out of the chart (and its legend) rather than drawn as zeros.
    for (QBarSet *set : {m_stated, m_observed, m_token}) {
        if (m_series->barSets().contains(set))
            m_series->take(set);
    }
    if (hasStated)
        m_series->append(m_stated);
    m_series->append(m_observed);
    if (hasToken)
        m_series->append(m_token);
    const double axisTop = std::clamp(std::ceil(top * 10.0) / 10.0, 0.1, 1.0);
    m_share->setRange(0.0, axisTop);
    m_x->setRange(0.0, axisTop);
    m_y->setRange(0.0, axisTop);
    for (QValueAxis *axis : {m_share, m_x, m_y})
        axis->applyNiceNumbers();
    m_bars->setTitle(m_title);
    m_barsView->setAccessibleDescription(summary());
    m_summary->setText(summary());
    m_summary->setAccessibleName(tr("Calibration summary"));
}

QString ThreeViewsWindow::summary() const
{
    QStringList lines;
    const auto reading = [](double tv) {
        return tv < 0.1   ? tr("close agreement")
               : tv < 0.3 ? tr("partial agreement")
                          : tr("the two views tell different stories");
    };
    if (m_calibration.statedObserved)
        lines << tr("Total variation, stated vs observed: %1 (%2).")
                     .arg(*m_calibration.statedObserved, 0, 'f', 3)
                     .arg(reading(*m_calibration.statedObserved));
    else
        lines << tr("No stated view: run a VS method next to direct.");
    if (m_calibration.observedToken)
        lines << tr("Total variation, observed vs token-level: %1 (%2).")
                     .arg(*m_calibration.observedToken, 0, 'f', 3)
                     .arg(reading(*m_calibration.observedToken));
    else
        lines << tr("No token-level view: tick \"Token probabilities\" in the lab, on a provider that returns them "
                    "(not Anthropic or the demo model).");
    lines << tr("0 means the two distributions are the same, 1 that they share no answer.");
    if (!m_firstToken.isEmpty()) {
        QStringList alternatives;
        for (const TokenAlternative &t : m_firstToken.mid(0, 10))
            alternatives << tr("“%1” %2").arg(t.token.trimmed()).arg(std::exp(t.logprob), 0, 'f', 3);
        lines << tr("First token of the first direct answer, with its competitors: %1.")
                     .arg(alternatives.join(QStringLiteral(", ")));
    }
    return lines.join(QLatin1Char(' '));
}

void ThreeViewsWindow::retranslate()
{
    setWindowTitle(tr("Three views of one distribution"));
    m_stated->setLabel(tr("Stated (VS, pooled over calls)"));
    m_observed->setLabel(tr("Observed (direct calls)"));
    m_token->setLabel(tr("Token-level (normalized)"));
    m_share->setTitleText(tr("Probability"));
    m_points->setName(tr("Answer clusters"));
    m_diagonal->setName(tr("Perfect calibration"));
    m_x->setTitleText(tr("Stated"));
    m_y->setTitleText(tr("Observed"));
    m_scatter->setTitle(tr("Calibration: stated vs observed"));
    m_barsView->setAccessibleName(tr("Stated, observed and token-level probability per answer"));
    m_scatterView->setAccessibleName(tr("Calibration scatter: stated against observed"));
    m_summary->setText(summary());
}

void ThreeViewsWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}
