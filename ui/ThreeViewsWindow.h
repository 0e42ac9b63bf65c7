// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "session/LabSession.h"

#include <QWidget>

class QBarCategoryAxis;
class QBarSeries;
class QBarSet;
class QChart;
class QChartView;
class QLabel;
class QLineSeries;
class QScatterSeries;
class QValueAxis;

/**
 * Three measurements of one distribution on one chart: per answer cluster, what VS calls stated (pooled), how often
 * direct calls gave it (observed) and what the model's token probabilities say (token-level, when the provider
 * returned them); beside it the calibration scatter (stated against observed, the diagonal drawn) and the total
 * variation distances with a one-line reading. Shows LabSession::calibration(); does no work of its own.
 */
class ThreeViewsWindow final : public QWidget
{
    Q_OBJECT
public:
    explicit ThreeViewsWindow(QWidget *parent = nullptr);
    ~ThreeViewsWindow() override;
    Q_DISABLE_COPY_MOVE(ThreeViewsWindow)

    /// Shows `calibration` (at most `maxClusters` clusters, most observed first) of a comparison of `title`.
    void showCalibration(const LabCalibration &calibration, const QString &title,
                         const QList<TokenAlternative> &firstToken = {});
    /// The one-line reading of the distances shown (for tests and assistive technology).
    QString summary() const;

    static constexpr int maxClusters = 12;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void rebuild();

    LabCalibration m_calibration;
    QList<TokenAlternative> m_firstToken; ///< direct's alternatives at the first token, most likely first
    QString m_title;
    QChart *m_bars = nullptr;
    QChartView *m_barsView = nullptr;
    QBarSeries *m_series = nullptr;
    QBarSet *m_stated = nullptr;
    QBarSet *m_observed = nullptr;
    QBarSet *m_token = nullptr;
    QBarCategoryAxis *m_categories = nullptr;
    QValueAxis *m_share = nullptr;
    QChart *m_scatter = nullptr;
    QChartView *m_scatterView = nullptr;
    QScatterSeries *m_points = nullptr;
    QLineSeries *m_diagonal = nullptr;
    QValueAxis *m_x = nullptr;
    QValueAxis *m_y = nullptr;
    QLabel *m_summary = nullptr;
};
