// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "Metrics.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace Metrics {

/// One of the paper's measures as the views present it: its MetricsReport::toJson key, name and definition.
struct MetricInfo
{
    const char *key;        ///< the key of MetricsReport::toJson and LabSession::ratios
    const char *name;       ///< untranslated; MetricCatalog::name() translates
    const char *definition; ///< untranslated; MetricCatalog::definition() translates
    int decimals;           ///< how many a table shows
};

/// Every metric in the order the lab and the models grid list them, with the words that explain it on hover.
class MetricCatalog final
{
    Q_DECLARE_TR_FUNCTIONS(MetricCatalog)
public:
    MetricCatalog() = delete;
    static const QList<MetricInfo> &all();
    static QString name(const MetricInfo &m) { return tr(m.name); }
    static QString definition(const MetricInfo &m) { return tr(m.definition); }
    /// The value of `m` in `report`; nullopt when the report has none (no answer set, no embeddings).
    static std::optional<double> value(const MetricsReport &report, const MetricInfo &m);
};

} // namespace Metrics
