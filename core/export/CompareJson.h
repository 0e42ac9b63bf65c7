// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "metrics/Metrics.h"
#include "run/Compare.h"

#include <QJsonObject>

/// The JSON `vslab-cli compare --json` prints: one comparison, each method with its responses, clusters and metrics.
namespace CompareJson {

/// What was computed for one method (the lab's column, without depending on the session).
struct MethodView
{
    const MethodOutcome *outcome = nullptr;
    Metrics::MetricsReport metrics;
    QList<Metrics::Cluster> clusters;
    QList<double> statedShare; ///< parallel to clusters; empty for methods that state no probability
};

/// `{"method", "responses", "clusters": [{"text", "count"(, "stated_share")}], "metrics" (keys exactly as
/// MetricsReport::toJson), "calls", "failed_calls", "errors"}`.
QJsonObject method(const MethodView &view);

/// `{"prompt", "provider", "model", "simulated", "n", "k", "cancelled", "latency_ms", "methods": [...], "ratios"}`.
QJsonObject result(const CompareResult &result, const QList<MethodView> &methods, const QJsonObject &ratios);

} // namespace CompareJson
