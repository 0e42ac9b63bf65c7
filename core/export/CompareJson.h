// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "metrics/Metrics.h"
#include "run/Compare.h"

#include <QJsonArray>
#include <QJsonObject>

#include <optional>

/// The JSON `vslab-cli compare --json` prints: one comparison, each method with its responses, clusters and metrics.
namespace CompareJson {

/// What was computed for one method (the lab's column, without depending on the session).
struct MethodView
{
    const MethodOutcome *outcome = nullptr;
    Metrics::MetricsReport metrics;
    QList<Metrics::Cluster> clusters;
    QList<double> statedShare;      ///< parallel to clusters; empty for methods that state no probability
    QList<double> tokenProbability; ///< parallel to clusters; empty without token log-probabilities
};

/// `{"method", "provider", "model", "responses", "clusters": [{"text", "count", "share"(, "stated", "stated_share")
/// (, "token_probability")}], "metrics" (keys exactly as MetricsReport::toJson), "calls", "failed_calls", "errors"
/// (, "notes")(, "first_token": [{"token", "probability"}])}`.
QJsonObject method(const MethodView &view, const QString &provider, const QString &model);

/// `{"prompt", "provider", "model", "simulated", "n", "k", "cancelled", "latency_ms", "methods": [...], "ratios"}`.
QJsonObject result(const CompareResult &result, const QList<MethodView> &methods, const QJsonObject &ratios);

/// One entry of the top-level "calibration" array: `{"provider", "model", "tv_stated_observed",
/// "tv_observed_token"}`, each distance null when a view is missing.
QJsonObject calibration(const QString &provider, const QString &model, std::optional<double> statedObserved,
                        std::optional<double> observedToken);

} // namespace CompareJson
