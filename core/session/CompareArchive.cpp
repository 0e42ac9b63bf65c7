// SPDX-License-Identifier: Apache-2.0
#include "CompareArchive.h"

#include "export/ResultJson.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <cmath>

namespace {
/// The translation context of the comparison's texts.
class CompareText
{
    Q_DECLARE_TR_FUNCTIONS(CompareText)
};

const QString kFormat = QStringLiteral("vslab-compare");
constexpr int kVersion = 1;

QJsonObject methodJson(const MethodOutcome &o)
{
    QJsonArray responses;
    for (qsizetype i = 0; i < o.responses.size(); ++i) {
        const double stated = o.stated.value(i, std::nan(""));
        responses.append(QJsonObject{{QStringLiteral("text"), o.responses[i]},
                                     {QStringLiteral("stated"), std::isnan(stated) ? QJsonValue() : QJsonValue(stated)},
                                     {QStringLiteral("call"), o.callOf.value(i, 0)}});
    }
    return {{QStringLiteral("method"), Names::method(o.method)},
            {QStringLiteral("calls"), o.calls},
            {QStringLiteral("failed_calls"), o.failedCalls},
            {QStringLiteral("errors"), QJsonArray::fromStringList(o.errors)},
            {QStringLiteral("notes"), QJsonArray::fromStringList(o.notes)},
            {QStringLiteral("responses"), responses}};
}

QStringList strings(const QJsonValue &v)
{
    QStringList out;
    for (const QJsonValue &x : v.toArray())
        out.append(x.toString());
    return out;
}

Result<MethodOutcome> methodFrom(const QJsonObject &m, int index)
{
    MethodOutcome o;
    const std::optional<Method> method = Names::parseMethod(m.value(QStringLiteral("method")).toString());
    if (!method)
        return fail(Failure::Kind::BadInput, CompareText::tr("methods[%1]: unknown method \"%2\".")
                                                 .arg(index)
                                                 .arg(m.value(QStringLiteral("method")).toString()));
    o.method = *method;
    o.calls = m.value(QStringLiteral("calls")).toInt();
    o.failedCalls = m.value(QStringLiteral("failed_calls")).toInt();
    o.errors = strings(m.value(QStringLiteral("errors")));
    o.notes = strings(m.value(QStringLiteral("notes")));
    for (const QJsonValue &r : m.value(QStringLiteral("responses")).toArray()) {
        const QJsonObject response = r.toObject();
        if (!response.value(QStringLiteral("text")).isString())
            return fail(Failure::Kind::BadInput, CompareText::tr("methods[%1]: a response has no text.").arg(index));
        o.responses.append(response.value(QStringLiteral("text")).toString());
        const QJsonValue stated = response.value(QStringLiteral("stated"));
        o.stated.append(stated.isDouble() ? stated.toDouble() : std::nan(""));
        o.callOf.append(response.value(QStringLiteral("call")).toInt());
    }
    return o;
}

QString statusOf(const CompareResult &r)
{
    if (r.cancelled)
        return QStringLiteral("cancelled");
    int failed = 0;
    qsizetype responses = 0;
    for (const MethodOutcome &o : r.methods) {
        failed += o.failedCalls;
        responses += o.responses.size();
    }
    if (failed == 0)
        return QStringLiteral("ok");
    return responses > 0 ? QStringLiteral("partial") : QStringLiteral("failed");
}
} // namespace

namespace CompareArchive {

QJsonObject toJson(const CompareResult &result)
{
    const CompareRequest &q = result.request;
    QStringList methods;
    for (const Method m : q.methods)
        methods.append(Names::method(m));
    QJsonArray outcomes;
    for (const MethodOutcome &o : result.methods)
        outcomes.append(methodJson(o));
    return {{QStringLiteral("format"), kFormat},
            {QStringLiteral("version"), kVersion},
            {QStringLiteral("prompt"), q.prompt},
            {QStringLiteral("provider"), result.providerId},
            {QStringLiteral("model"), result.model},
            {QStringLiteral("simulated"), result.simulated},
            {QStringLiteral("cancelled"), result.cancelled},
            {QStringLiteral("latency_ms"), result.latencyMs},
            {QStringLiteral("request"), QJsonObject{{QStringLiteral("methods"), QJsonArray::fromStringList(methods)},
                                                    {QStringLiteral("n"), q.n},
                                                    {QStringLiteral("concurrency"), q.concurrency},
                                                    {QStringLiteral("answers_per_call"), q.answersPerCall},
                                                    {QStringLiteral("settings"), ResultJson::settings(q.settings)}}},
            {QStringLiteral("methods"), outcomes}};
}

Result<CompareResult> fromJson(const QJsonObject &json)
{
    if (json.value(QStringLiteral("format")).toString() != kFormat)
        return fail(Failure::Kind::BadInput,
                    CompareText::tr("This is not a VS Lab comparison (no \"format\": \"%1\").").arg(kFormat));
    if (json.value(QStringLiteral("version")).toInt() > kVersion)
        return fail(
            Failure::Kind::BadInput,
            CompareText::tr("This comparison was saved by a newer VS Lab (version %1); update VS Lab to open it.")
                .arg(json.value(QStringLiteral("version")).toInt()));
    CompareResult r;
    r.request.prompt = json.value(QStringLiteral("prompt")).toString();
    r.providerId = json.value(QStringLiteral("provider")).toString();
    r.model = json.value(QStringLiteral("model")).toString();
    r.simulated = json.value(QStringLiteral("simulated")).toBool();
    r.cancelled = json.value(QStringLiteral("cancelled")).toBool();
    r.latencyMs = json.value(QStringLiteral("latency_ms")).toInteger();
    const QJsonObject q = json.value(QStringLiteral("request")).toObject();
    r.request.n = q.value(QStringLiteral("n")).toInt(r.request.n);
    r.request.concurrency = q.value(QStringLiteral("concurrency")).toInt(r.request.concurrency);
    r.request.answersPerCall = q.value(QStringLiteral("answers_per_call")).toInt();
    const QJsonObject s = q.value(QStringLiteral("settings")).toObject();
    r.request.settings.k = s.value(QStringLiteral("k")).toInt(r.request.settings.k);
    r.request.settings.temperature = s.value(QStringLiteral("temperature")).toDouble(r.request.settings.temperature);
    bool seeded = false;
    const quint64 seed = s.value(QStringLiteral("seed")).toString().toULongLong(&seeded);
    if (seeded)
        r.request.settings.seed = seed;
    if (const auto format = Names::parseFormat(s.value(QStringLiteral("format")).toString()))
        r.request.settings.format = *format;
    r.request.methods.clear();
    const QJsonArray methods = json.value(QStringLiteral("methods")).toArray();
    for (qsizetype i = 0; i < methods.size(); ++i) {
        Result<MethodOutcome> o = methodFrom(methods[i].toObject(), int(i));
        if (!o)
            return o.failure();
        r.request.methods.append(o.value().method);
        r.methods.append(std::move(o).value());
    }
    if (r.methods.isEmpty())
        return fail(Failure::Kind::BadInput, CompareText::tr("The comparison holds no method."));
    return r;
}

HistoryEntry toEntry(const CompareResult &result)
{
    HistoryEntry e;
    e.kind = QStringLiteral("compare");
    e.status = statusOf(result);
    e.prompt = result.request.prompt;
    QStringList methods;
    int responses = 0;
    for (const MethodOutcome &o : result.methods) {
        methods.append(Names::method(o.method));
        responses += int(o.responses.size());
        if (e.errorMessage.isEmpty() && !o.errors.isEmpty())
            e.errorMessage = o.errors.first();
    }
    e.method = methods.join(QLatin1Char(','));
    e.provider = result.providerId;
    e.model = result.model;
    e.simulated = result.simulated;
    e.candidateCount = responses;
    e.latencyMs = result.latencyMs;
    e.payload = toJson(result);
    return e;
}

Result<CompareResult> fromEntry(const HistoryEntry &entry)
{
    if (entry.kind != QLatin1String("compare"))
        return fail(Failure::Kind::BadInput, CompareText::tr("History run %1 is not a comparison.").arg(entry.id));
    return fromJson(entry.payload);
}

} // namespace CompareArchive
