// SPDX-License-Identifier: Apache-2.0
#include "CompareJson.h"

#include <cmath>

namespace {
QJsonValue orNull(std::optional<double> v)
{
    return v ? QJsonValue(*v) : QJsonValue();
}
} // namespace

namespace CompareJson {

QJsonObject method(const MethodView &view, const QString &provider, const QString &model)
{
    static const MethodOutcome none;
    const MethodOutcome &o = view.outcome ? *view.outcome : none;
    const double n = double(o.responses.size());
    QJsonArray clusters;
    for (qsizetype i = 0; i < view.clusters.size(); ++i) {
        const Metrics::Cluster &c = view.clusters[i];
        QJsonObject item{{QStringLiteral("text"), c.representative},
                         {QStringLiteral("count"), c.count},
                         {QStringLiteral("share"), n > 0 ? c.count / n : 0.0}};
        if (i < view.statedShare.size()) {
            item.insert(QStringLiteral("stated"), view.statedShare[i]);
            item.insert(QStringLiteral("stated_share"), view.statedShare[i]);
        }
        if (i < view.tokenProbability.size()) {
            const double t = view.tokenProbability[i];
            item.insert(QStringLiteral("token_probability"), std::isnan(t) ? QJsonValue() : QJsonValue(t));
        }
        clusters.append(item);
    }
    QJsonObject entry{{QStringLiteral("method"), Names::method(o.method)},
                      {QStringLiteral("provider"), provider},
                      {QStringLiteral("model"), model},
                      {QStringLiteral("responses"), QJsonArray::fromStringList(o.responses)},
                      {QStringLiteral("clusters"), clusters},
                      {QStringLiteral("metrics"), view.metrics.toJson()},
                      {QStringLiteral("calls"), o.calls},
                      {QStringLiteral("failed_calls"), o.failedCalls},
                      {QStringLiteral("errors"), QJsonArray::fromStringList(o.errors)}};
    if (!o.notes.isEmpty())
        entry.insert(QStringLiteral("notes"), QJsonArray::fromStringList(o.notes));
    if (!o.firstToken.isEmpty()) {
        QJsonArray first;
        for (const TokenAlternative &t : o.firstToken)
            first.append(
                QJsonObject{{QStringLiteral("token"), t.token}, {QStringLiteral("probability"), std::exp(t.logprob)}});
        entry.insert(QStringLiteral("first_token"), first);
    }
    return entry;
}

QJsonObject result(const CompareResult &result, const QList<MethodView> &methods, const QJsonObject &ratios)
{
    QJsonArray list;
    for (const MethodView &m : methods)
        list.append(method(m, result.providerId, result.model));
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

QJsonObject calibration(const QString &provider, const QString &model, std::optional<double> statedObserved,
                        std::optional<double> observedToken)
{
    return {{QStringLiteral("provider"), provider},
            {QStringLiteral("model"), model},
            {QStringLiteral("tv_stated_observed"), orNull(statedObserved)},
            {QStringLiteral("tv_observed_token"), orNull(observedToken)}};
}

} // namespace CompareJson
