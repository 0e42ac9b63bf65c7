// SPDX-License-Identifier: Apache-2.0
#include "CompareJson.h"

#include <QJsonArray>

namespace CompareJson {

QJsonObject method(const MethodView &view)
{
    static const MethodOutcome none;
    const MethodOutcome &o = view.outcome ? *view.outcome : none;
    QJsonArray clusters;
    for (qsizetype i = 0; i < view.clusters.size(); ++i) {
        const Metrics::Cluster &c = view.clusters[i];
        QJsonObject item{{QStringLiteral("text"), c.representative}, {QStringLiteral("count"), c.count}};
        if (i < view.statedShare.size())
            item.insert(QStringLiteral("stated_share"), view.statedShare[i]);
        clusters.append(item);
    }
    QJsonObject entry{{QStringLiteral("method"), Names::method(o.method)},
                      {QStringLiteral("responses"), QJsonArray::fromStringList(o.responses)},
                      {QStringLiteral("clusters"), clusters},
                      {QStringLiteral("metrics"), view.metrics.toJson()},
                      {QStringLiteral("calls"), o.calls},
                      {QStringLiteral("failed_calls"), o.failedCalls},
                      {QStringLiteral("errors"), QJsonArray::fromStringList(o.errors)}};
    if (!o.notes.isEmpty())
        entry.insert(QStringLiteral("notes"), QJsonArray::fromStringList(o.notes));
    return entry;
}

QJsonObject result(const CompareResult &result, const QList<MethodView> &methods, const QJsonObject &ratios)
{
    QJsonArray list;
    for (const MethodView &m : methods)
        list.append(method(m));
    return {{QStringLiteral("prompt"), result.request.prompt},
            {QStringLiteral("provider"), result.providerId},
            {QStringLiteral("model"), result.model},
            {QStringLiteral("simulated"), result.simulated},
            {QStringLiteral("n"), result.request.n},
            {QStringLiteral("k"), result.request.settings.k},
            {QStringLiteral("cancelled"), result.cancelled},
            {QStringLiteral("latency_ms"), result.latencyMs},
            {QStringLiteral("methods"), list},
            {QStringLiteral("ratios"), ratios}};
}

} // namespace CompareJson
