// SPDX-License-Identifier: Apache-2.0
#include "ResultJson.h"

#include "base/SafeUrl.h"

#include "run/Run.h"

#include <cmath>

namespace ResultJson {
namespace {
QJsonValue number(double v)
{
    return std::isfinite(v) ? QJsonValue(v) : QJsonValue(QJsonValue::Null);
}
} // namespace

QJsonObject candidate(const Candidate &c)
{
    QJsonObject o{{QStringLiteral("text"), c.text},
                  {QStringLiteral("stated"), number(c.stated)},
                  {QStringLiteral("probability"), c.weight},
                  {QStringLiteral("repairs"), QJsonArray::fromStringList(c.repairs)}};
    o.insert(QStringLiteral("count"), c.count);
    o.insert(QStringLiteral("basis"), Candidate::basisName(c.basis()));
    if (c.partial)
        o.insert(QStringLiteral("partial"), true);
    return o;
}

QJsonArray candidates(const Distribution &d)
{
    QJsonArray a;
    for (const Candidate &c : d.items())
        a.append(candidate(c));
    return a;
}

QJsonObject distributionFacts(const Distribution &d)
{
    return {{QStringLiteral("counted"), d.isCounted()},
            {QStringLiteral("total_count"), d.totalCount()},
            {QStringLiteral("stated_count"), d.statedCount()},
            {QStringLiteral("stated_sum"), number(d.statedSum())}};
}

QJsonArray warnings(const Warnings &w)
{
    QJsonArray a;
    for (const Warning &x : w)
        a.append(
            QJsonObject{{QStringLiteral("code"), Warning::codeName(x.code)}, {QStringLiteral("message"), x.message}});
    return a;
}

QJsonObject error(const ProviderError &e)
{
    QJsonObject o{{QStringLiteral("code"), ProviderError::codeName(e.code)}, {QStringLiteral("message"), e.message}};
    if (e.httpStatus > 0)
        o.insert(QStringLiteral("http_status"), e.httpStatus);
    if (e.url.isValid())
        o.insert(QStringLiteral("url"), SafeUrl::text(e.url));
    return o;
}

QJsonObject usage(const Usage &u)
{
    return {{QStringLiteral("input_tokens"), u.inputTokens >= 0 ? QJsonValue(double(u.inputTokens)) : QJsonValue()},
            {QStringLiteral("output_tokens"), u.outputTokens >= 0 ? QJsonValue(double(u.outputTokens)) : QJsonValue()}};
}

QJsonObject settings(const GenerationSettings &s)
{
    return {{QStringLiteral("k"), s.k},
            {QStringLiteral("tau"), s.tau},
            {QStringLiteral("tau_mode"), Names::tauMode(s.tauMode)},
            {QStringLiteral("min_survivors"), s.minSurvivors},
            {QStringLiteral("temperature"), s.temperature},
            {QStringLiteral("format"), Names::format(s.format)},
            {QStringLiteral("weights"), Names::weightMode(s.weightMode)},
            {QStringLiteral("per_turn"), s.perTurn},
            {QStringLiteral("seed"), s.seed ? QJsonValue(QString::number(*s.seed)) : QJsonValue()}};
}

QJsonObject sample(const Distribution &d, quint64 seed)
{
    const int i = d.sample(seed);
    if (i < 0)
        return {};
    return {{QStringLiteral("index"), i},
            {QStringLiteral("text"), d.items()[i].text},
            {QStringLiteral("probability"), d.items()[i].weight},
            {QStringLiteral("seed"), QString::number(seed)}};
}

QJsonObject runResult(const RunRequest &request, const RunResult &result)
{
    QJsonObject s = settings(request.settings);
    s.insert(QStringLiteral("structured"), result.structured == StructuredMode::Auto ? QStringLiteral("auto")
                                           : result.structured == StructuredMode::On ? QStringLiteral("on")
                                                                                     : QStringLiteral("off"));
    s.insert(QStringLiteral("stream"), result.streamed);
    s.insert(QStringLiteral("concurrency"), request.concurrency);
    QJsonObject o{{QStringLiteral("prompt"), request.prompt},
                  {QStringLiteral("method"), Names::method(request.settings.method)},
                  {QStringLiteral("provider"), result.providerId},
                  {QStringLiteral("model"), result.model},
                  {QStringLiteral("url"), SafeUrl::text(result.url)},
                  {QStringLiteral("simulated"), result.simulated},
                  {QStringLiteral("settings"), s},
                  {QStringLiteral("candidates"), candidates(result.distribution)},
                  {QStringLiteral("warnings"), warnings(result.warnings)},
                  {QStringLiteral("finish_reason"), result.finishReason},
                  {QStringLiteral("usage"), usage(result.usage)},
                  {QStringLiteral("latency_ms"), double(result.latencyMs)},
                  {QStringLiteral("calls"), result.callCount},
                  {QStringLiteral("complete"), result.completed()}};
    const QJsonObject facts = distributionFacts(result.distribution);
    for (auto it = facts.begin(); it != facts.end(); ++it)
        o.insert(it.key(), it.value());
    if (!result.notes.isEmpty())
        o.insert(QStringLiteral("notes"), QJsonArray::fromStringList(result.notes));
    if (!result.reasoning.isEmpty())
        o.insert(QStringLiteral("reasoning"), result.reasoning);
    if (result.distribution.numFiltered() > 0 || result.distribution.tauRelaxed()) {
        o.insert(QStringLiteral("tau_final"), result.distribution.tauFinal());
        o.insert(QStringLiteral("num_filtered"), result.distribution.numFiltered());
    }
    if (result.error)
        o.insert(QStringLiteral("error"), error(*result.error));
    if (request.settings.seed && !result.distribution.isEmpty())
        o.insert(QStringLiteral("sample"), sample(result.distribution, *request.settings.seed));
    return o;
}
} // namespace ResultJson
