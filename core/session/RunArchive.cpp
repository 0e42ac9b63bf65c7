// SPDX-License-Identifier: Apache-2.0
#include "RunArchive.h"

#include "export/ResultJson.h"
#include "session/GenerationSetup.h"

#include <QJsonArray>

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
