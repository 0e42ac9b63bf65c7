// SPDX-License-Identifier: Apache-2.0
#include "RunArchive.h"

#include "export/ResultJson.h"
#include "session/GenerationSetup.h"

#include "base/SafeUrl.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUuid>

namespace {
class RunArchiveText
{
    Q_DECLARE_TR_FUNCTIONS(RunArchiveText)
public:
    static QString unreadable(const QString &why) { return tr("The saved run cannot be read: %1").arg(why); }
};

std::optional<quint64> seedOf(const QJsonValue &v)
{
    // Seeds are written as strings: a 64-bit seed does not survive a JSON double.
    if (v.isString()) {
        bool ok = false;
        const quint64 seed = v.toString().toULongLong(&ok);
        return ok ? std::optional<quint64>(seed) : std::nullopt;
    }
    if (v.isDouble() && v.toDouble() >= 0)
        return quint64(v.toInteger());
    return std::nullopt;
}

template <typename Code> Code codeNamed(const QString &name, QString (*nameOf)(Code), Code last)
{
    for (int i = 0; i <= int(last); ++i) {
        if (nameOf(Code(i)) == name)
            return Code(i);
    }
    return last;
}

ChatMessage::Role roleNamed(const QString &name)
{
    for (ChatMessage::Role r : {ChatMessage::Role::System, ChatMessage::Role::User, ChatMessage::Role::Assistant}) {
        if (ChatMessage::roleName(r) == name)
            return r;
    }
    return ChatMessage::Role::User;
}

GenerationSettings settingsFrom(const QString &method, const QJsonObject &s)
{
    GenerationSettings g;
    g.method = Names::parseMethod(method).value_or(g.method);
    g.k = s.value(QStringLiteral("k")).toInt(g.k);
    g.tau = s.value(QStringLiteral("tau")).toDouble(g.tau);
    g.tauMode = Names::parseTauMode(s.value(QStringLiteral("tau_mode")).toString()).value_or(g.tauMode);
    g.minSurvivors = s.value(QStringLiteral("min_survivors")).toInt(g.minSurvivors);
    g.temperature = s.value(QStringLiteral("temperature")).toDouble(g.temperature);
    g.format = Names::parseFormat(s.value(QStringLiteral("format")).toString()).value_or(g.format);
    g.weightMode = Names::parseWeightMode(s.value(QStringLiteral("weights")).toString()).value_or(g.weightMode);
    g.perTurn = s.value(QStringLiteral("per_turn")).toInt(g.perTurn);
    g.seed = seedOf(s.value(QStringLiteral("seed")));
    return g;
}
} // namespace

namespace RunArchive {

QString statusOf(const RunResult &result)
{
    if (!result.error)
        return QStringLiteral("ok");
    if (result.cancelled || result.error->code == ProviderError::Code::Cancelled)
        return QStringLiteral("cancelled");
    return result.distribution.isEmpty() ? QStringLiteral("failed") : QStringLiteral("partial");
}

HistoryEntry toEntry(const RunRequest &request, const RunResult &result)
{
    HistoryEntry e;
    e.prompt = request.prompt;
    e.method = Names::method(request.settings.method);
    e.provider = result.providerId;
    e.model = result.model;
    e.simulated = result.simulated;
    e.candidateCount = int(result.distribution.size());
    e.errorMessage = result.error ? result.error->message : QString();
    e.result = ResultJson::runResult(request, result);
    QJsonArray conversations;
    for (const Conversation &c : result.conversations) {
        QJsonArray messages;
        for (const ChatMessage &m : c)
            messages.append(QJsonObject{{QStringLiteral("role"), ChatMessage::roleName(m.role)},
                                        {QStringLiteral("content"), m.content}});
        conversations.append(messages);
    }
    e.result.insert(QStringLiteral("messages"), conversations);
    e.distribution = result.distribution.toJson(result.trace(request));
    e.rawReplies = result.rawReplies;
    e.uid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    e.kind = QStringLiteral("run");
    e.status = statusOf(result);
    e.baseUrl = SafeUrl::text(result.url);
    e.latencyMs = result.latencyMs;
    e.usage = ResultJson::usage(result.usage);
    return e;
}

Result<SavedRun> fromEntry(const HistoryEntry &entry)
{
    QString why;
    const std::optional<Distribution> d = Distribution::fromJson(entry.distribution, nullptr, &why);
    if (!d)
        return fail(Failure::Kind::BadInput, RunArchiveText::unreadable(why));
    const QJsonObject r = entry.result;
    const QJsonObject s = r.value(QStringLiteral("settings")).toObject();

    SavedRun run;
    run.request.prompt = entry.prompt;
    run.request.settings = settingsFrom(entry.method, s);
    run.request.concurrency = s.value(QStringLiteral("concurrency")).toInt(1);

    RunResult &res = run.result;
    res.distribution = *d;
    res.providerId = entry.provider;
    res.model = entry.model;
    res.simulated = entry.simulated;
    res.rawReplies = entry.rawReplies;
    res.structured =
        Names::parseStructuredMode(s.value(QStringLiteral("structured")).toString()).value_or(StructuredMode::Auto);
    res.streamed = s.value(QStringLiteral("stream")).toBool(true);
    res.url = QUrl(r.value(QStringLiteral("url")).toString());
    res.finishReason = r.value(QStringLiteral("finish_reason")).toString();
    res.latencyMs = qint64(r.value(QStringLiteral("latency_ms")).toDouble());
    res.callCount = r.value(QStringLiteral("calls")).toInt();
    res.reasoning = r.value(QStringLiteral("reasoning")).toString();
    for (const QJsonValue &m : r.value(QStringLiteral("messages")).toArray()) {
        Conversation conversation;
        for (const QJsonValue &msg : m.toArray()) {
            const QJsonObject mo = msg.toObject();
            conversation.append({roleNamed(mo.value(QStringLiteral("role")).toString()),
                                 mo.value(QStringLiteral("content")).toString()});
        }
        res.conversations.append(conversation);
    }
    for (const QJsonValue &n : r.value(QStringLiteral("notes")).toArray())
        res.notes.append(n.toString());
    for (const QJsonValue &w : r.value(QStringLiteral("warnings")).toArray()) {
        const QJsonObject wo = w.toObject();
        res.warnings.append(
            Warning{codeNamed(wo.value(QStringLiteral("code")).toString(), &Warning::codeName, Warning::Code::Other),
                    wo.value(QStringLiteral("message")).toString()});
    }
    const QJsonObject usage = r.value(QStringLiteral("usage")).toObject();
    res.usage.inputTokens = usage.value(QStringLiteral("input_tokens")).toInteger(-1);
    res.usage.outputTokens = usage.value(QStringLiteral("output_tokens")).toInteger(-1);
    const QJsonObject e = r.value(QStringLiteral("error")).toObject();
    if (!e.isEmpty() || !entry.errorMessage.isEmpty()) {
        ProviderError pe;
        pe.code =
            codeNamed(e.value(QStringLiteral("code")).toString(), &ProviderError::codeName, ProviderError::Code::Other);
        pe.message = e.value(QStringLiteral("message")).toString(entry.errorMessage);
        pe.httpStatus = e.value(QStringLiteral("http_status")).toInt();
        pe.url = QUrl(e.value(QStringLiteral("url")).toString());
        res.cancelled = pe.code == ProviderError::Code::Cancelled;
        res.error = pe;
    }
    return run;
}

} // namespace RunArchive

namespace {
QUuid derivedUidNamespace()
{
    static const QUuid ns(QStringLiteral("6f1c7d1e-3a52-4c1b-9d0e-5b7a2f8e4c31"));
    return ns;
}

QString derivedUid(const QByteArray &bytes)
{
    return QUuid::createUuidV5(derivedUidNamespace(), bytes).toString(QUuid::WithoutBraces);
}

QString isoTime(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODateWithMs);
}

/// A field check: the message names the field and what it should be.
class FieldCheck
{
public:
    explicit FieldCheck(const QJsonObject &o)
        : m_o(o)
    {}
    QString string(const char *key, bool required = false)
    {
        const QJsonValue v = m_o.value(QLatin1String(key));
        if (v.isString())
            return v.toString();
        if (!v.isUndefined() && !v.isNull())
            problem(key, RunArchiveText::tr("a string"));
        else if (required)
            missing(key);
        return {};
    }
    QJsonObject object(const char *key, bool required = false)
    {
        const QJsonValue v = m_o.value(QLatin1String(key));
        if (v.isObject())
            return v.toObject();
        if (!v.isUndefined() && !v.isNull())
            problem(key, RunArchiveText::tr("an object"));
        else if (required)
            missing(key);
        return {};
    }
    QJsonArray array(const char *key)
    {
        const QJsonValue v = m_o.value(QLatin1String(key));
        if (v.isArray())
            return v.toArray();
        if (!v.isUndefined() && !v.isNull())
            problem(key, RunArchiveText::tr("an array"));
        return {};
    }
    double number(const char *key)
    {
        const QJsonValue v = m_o.value(QLatin1String(key));
        if (v.isDouble())
            return v.toDouble();
        if (!v.isUndefined() && !v.isNull())
            problem(key, RunArchiveText::tr("a number"));
        return 0;
    }
    bool boolean(const char *key)
    {
        const QJsonValue v = m_o.value(QLatin1String(key));
        if (v.isBool())
            return v.toBool();
        if (!v.isUndefined() && !v.isNull())
            problem(key, RunArchiveText::tr("true or false"));
        return false;
    }
    QString error() const { return m_error; }

private:
    void problem(const char *key, const QString &what)
    {
        if (m_error.isEmpty())
            m_error = RunArchiveText::tr("\"%1\" must be %2").arg(QLatin1String(key), what);
    }
    void missing(const char *key)
    {
        if (m_error.isEmpty())
            m_error = RunArchiveText::tr("\"%1\" is missing").arg(QLatin1String(key));
    }
    QJsonObject m_o;
    QString m_error;
};

QStringList stringsOf(const QJsonArray &a)
{
    QStringList out;
    for (const QJsonValue &v : a)
        out.append(v.toString());
    return out;
}

/// A to_dict distribution from `generate --json` candidates, so the run can be shown and resampled.
QJsonObject distributionFromCandidates(const QJsonArray &candidates, const QJsonObject &run, QString *error)
{
    QJsonArray items;
    int index = 0;
    for (const QJsonValue &v : candidates) {
        const QJsonObject c = v.toObject();
        if (!v.isObject() || !c.value(QStringLiteral("text")).isString()) {
            *error = RunArchiveText::tr("candidate %1 has no \"text\" string").arg(index + 1);
            return {};
        }
        QJsonObject meta{{QStringLiteral("p_raw"), c.value(QStringLiteral("stated"))},
                         {QStringLiteral("repairs"), c.value(QStringLiteral("repairs")).toArray()},
                         {QStringLiteral("idx_orig"), index++},
                         {QStringLiteral("count"), c.value(QStringLiteral("count")).toInt(1)},
                         {QStringLiteral("basis"), c.value(QStringLiteral("basis")).toString()}};
        if (c.value(QStringLiteral("partial")).toBool())
            meta.insert(QStringLiteral("partial"), true);
        items.append(QJsonObject{{QStringLiteral("text"), c.value(QStringLiteral("text"))},
                                 {QStringLiteral("p"), c.value(QStringLiteral("probability")).toDouble()},
                                 {QStringLiteral("meta"), meta}});
    }
    const QJsonObject s = run.value(QStringLiteral("settings")).toObject();
    QJsonObject trace{{QStringLiteral("model"), run.value(QStringLiteral("model"))},
                      {QStringLiteral("provider"), run.value(QStringLiteral("provider"))},
                      {QStringLiteral("method"), run.value(QStringLiteral("method"))},
                      {QStringLiteral("simulated"), run.value(QStringLiteral("simulated")).toBool()},
                      {QStringLiteral("prompt"), run.value(QStringLiteral("prompt"))}};
    for (const char *key : {"k", "tau", "tau_mode", "temperature", "seed"})
        trace.insert(QLatin1String(key), s.value(QLatin1String(key)));
    trace.insert(QStringLiteral("weight_mode"), s.value(QStringLiteral("weights")));
    return QJsonObject{{QStringLiteral("items"), items}, {QStringLiteral("trace"), trace}};
}
} // namespace

namespace RunArchive {

QJsonObject entryToJson(const HistoryEntry &e)
{
    QJsonArray stars;
    for (const int i : e.starredCandidates)
        stars.append(i);
    return {{QStringLiteral("uid"), e.uid},
            {QStringLiteral("kind"), e.kind},
            {QStringLiteral("status"), e.status},
            {QStringLiteral("created"), isoTime(e.createdAt)},
            {QStringLiteral("prompt"), e.prompt},
            {QStringLiteral("method"), e.method},
            {QStringLiteral("provider"), e.provider},
            {QStringLiteral("model"), e.model},
            {QStringLiteral("base_url"), e.baseUrl},
            {QStringLiteral("simulated"), e.simulated},
            {QStringLiteral("candidate_count"), e.candidateCount},
            {QStringLiteral("error"), e.errorMessage},
            {QStringLiteral("latency_ms"), double(e.latencyMs)},
            {QStringLiteral("usage"), e.usage},
            {QStringLiteral("starred"), e.starred},
            {QStringLiteral("starred_candidates"), stars},
            {QStringLiteral("result"), e.result},
            {QStringLiteral("distribution"), e.distribution},
            {QStringLiteral("raw_replies"), QJsonArray::fromStringList(e.rawReplies)},
            {QStringLiteral("draws"), e.draws},
            {QStringLiteral("payload"), e.payload}};
}

Result<HistoryEntry> entryFromJson(const QJsonObject &json)
{
    FieldCheck f(json);
    HistoryEntry e;
    e.uid = f.string("uid", true);
    e.kind = f.string("kind");
    if (e.kind.isEmpty())
        e.kind = QStringLiteral("run");
    e.status = f.string("status");
    e.createdAt = QDateTime::fromString(f.string("created"), Qt::ISODateWithMs);
    e.prompt = f.string("prompt", true);
    e.method = f.string("method");
    e.provider = f.string("provider");
    e.model = f.string("model");
    e.baseUrl = SafeUrl::typed(f.string("base_url"));
    e.simulated = f.boolean("simulated");
    e.candidateCount = int(f.number("candidate_count"));
    e.errorMessage = f.string("error");
    e.latencyMs = qint64(f.number("latency_ms"));
    e.usage = f.object("usage");
    e.starred = f.boolean("starred");
    for (const QJsonValue &v : f.array("starred_candidates"))
        e.starredCandidates.append(v.toInt());
    e.result = f.object("result");
    e.distribution = f.object("distribution");
    e.rawReplies = stringsOf(f.array("raw_replies"));
    e.draws = f.array("draws");
    e.payload = f.object("payload");
    if (!f.error().isEmpty())
        return fail(Failure::Kind::BadInput, f.error());
    if (e.kind != QLatin1String("run") && e.kind != QLatin1String("compare"))
        return fail(Failure::Kind::BadInput, RunArchiveText::tr("\"kind\" must be \"run\" or \"compare\""));
    if (e.kind == QLatin1String("run")) {
        QString why;
        if (!Distribution::fromJson(e.distribution, nullptr, &why))
            return fail(Failure::Kind::BadInput, RunArchiveText::tr("\"distribution\": %1").arg(why));
    }
    if (e.uid.isEmpty())
        return fail(Failure::Kind::BadInput, RunArchiveText::tr("\"uid\" is empty"));
    return e;
}

Result<HistoryEntry> entryFromRunJson(const QJsonObject &json)
{
    FieldCheck f(json);
    HistoryEntry e;
    e.prompt = f.string("prompt", true);
    e.method = f.string("method", true);
    e.provider = f.string("provider");
    e.model = f.string("model");
    e.baseUrl = SafeUrl::typed(f.string("url"));
    e.simulated = f.boolean("simulated");
    const QJsonArray candidates = f.array("candidates");
    e.latencyMs = qint64(f.number("latency_ms"));
    e.usage = f.object("usage");
    const QJsonObject error = f.object("error");
    f.object("settings");
    e.uid = f.string("uid");
    const QString created = f.string("created");
    e.status = f.string("status");
    e.distribution = f.object("distribution");
    e.rawReplies = stringsOf(f.array("raw_replies"));
    const QString kind = f.string("kind");
    const QJsonObject payload = f.object("payload");
    if (!f.error().isEmpty())
        return fail(Failure::Kind::BadInput, f.error());
    if (kind == QLatin1String("compare")) {
        // A compare run's record: its payload is the run; there is no single distribution.
        e.kind = kind;
        e.payload = payload;
        e.result = json;
        for (const char *key : {"uid", "created", "status", "distribution", "raw_replies", "payload"})
            e.result.remove(QLatin1String(key));
        e.createdAt = QDateTime::fromString(created, Qt::ISODateWithMs);
        if (e.status.isEmpty())
            e.status = QStringLiteral("ok");
        if (e.uid.isEmpty())
            e.uid = derivedUid(QJsonDocument(json).toJson(QJsonDocument::Compact));
        return e;
    }
    if (!kind.isEmpty() && kind != QLatin1String("run"))
        return fail(Failure::Kind::BadInput, RunArchiveText::tr("\"kind\" must be \"run\" or \"compare\""));
    if (!json.contains(QStringLiteral("candidates")))
        return fail(Failure::Kind::BadInput, RunArchiveText::tr("\"candidates\" is missing"));
    QString why;
    if (e.distribution.isEmpty())
        e.distribution = distributionFromCandidates(candidates, json, &why);
    if (!why.isEmpty() || !Distribution::fromJson(e.distribution, nullptr, &why))
        return fail(Failure::Kind::BadInput, why);
    e.result = json;
    for (const char *key : {"uid", "created", "status", "distribution", "raw_replies", "kind"})
        e.result.remove(QLatin1String(key));
    e.candidateCount = int(candidates.size());
    e.errorMessage = error.value(QStringLiteral("message")).toString();
    e.createdAt = QDateTime::fromString(created, Qt::ISODateWithMs);
    if (e.status.isEmpty())
        e.status = error.isEmpty() ? QStringLiteral("ok")
                   : error.value(QStringLiteral("code")).toString() == QLatin1String("cancelled")
                       ? QStringLiteral("cancelled")
                   : candidates.isEmpty() ? QStringLiteral("failed")
                                          : QStringLiteral("partial");
    if (e.uid.isEmpty())
        e.uid = derivedUid(QJsonDocument(json).toJson(QJsonDocument::Compact));
    return e;
}

Result<HistoryEntry> entryFromToDict(const QByteArray &json)
{
    const Result<SavedRun> run = DistributionFile::decode(json);
    if (!run)
        return run.failure();
    HistoryEntry e = toEntry(run->request, run->result);
    e.uid = derivedUid(json);
    return e;
}

QJsonArray drawsJson(const QList<SampleDraw> &draws, int generation)
{
    QJsonArray out;
    for (const SampleDraw &d : draws) {
        if (d.distribution != generation)
            continue;
        out.append(QJsonObject{{QStringLiteral("number"), d.number},
                               {QStringLiteral("seed"), QString::number(d.seed)},
                               {QStringLiteral("count"), d.count},
                               {QStringLiteral("index"), d.index},
                               {QStringLiteral("text"), d.text},
                               {QStringLiteral("weight"), d.weight},
                               {QStringLiteral("frequency"), d.frequency}});
    }
    return out;
}

QList<SampleDraw> drawsFrom(const QJsonArray &draws)
{
    QList<SampleDraw> out;
    for (const QJsonValue &v : draws) {
        const QJsonObject o = v.toObject();
        SampleDraw d;
        d.number = o.value(QStringLiteral("number")).toInt();
        d.seed = seedOf(o.value(QStringLiteral("seed"))).value_or(0);
        d.count = o.value(QStringLiteral("count")).toInt(1);
        d.index = o.value(QStringLiteral("index")).toInt(-1);
        d.text = o.value(QStringLiteral("text")).toString();
        d.weight = o.value(QStringLiteral("weight")).toDouble();
        d.frequency = o.value(QStringLiteral("frequency")).toDouble(1.0);
        out.append(d);
    }
    return out;
}

QJsonObject runJson(const HistoryEntry &entry)
{
    QJsonObject o = entry.result;
    o.insert(QStringLiteral("uid"), entry.uid);
    o.insert(QStringLiteral("created"), isoTime(entry.createdAt));
    o.insert(QStringLiteral("status"), entry.status);
    o.insert(QStringLiteral("distribution"), entry.distribution);
    o.insert(QStringLiteral("raw_replies"), QJsonArray::fromStringList(entry.rawReplies));
    o.insert(QStringLiteral("kind"), entry.kind);
    if (entry.kind == QLatin1String("compare")) {
        o.insert(QStringLiteral("payload"), entry.payload);
        o.insert(QStringLiteral("prompt"), entry.prompt);
        o.insert(QStringLiteral("method"), entry.method);
        o.insert(QStringLiteral("provider"), entry.provider);
        o.insert(QStringLiteral("model"), entry.model);
    }
    return o;
}

} // namespace RunArchive
