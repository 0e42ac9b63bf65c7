// SPDX-License-Identifier: Apache-2.0
#include "BatchFiles.h"

#include "ResultJson.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QSaveFile>

#include <cmath>
#include <cstdio>

namespace {
QByteArray chomp(QByteArray line)
{
    while (line.endsWith('\n') || line.endsWith('\r'))
        line.chop(1);
    return line;
}

Failure badLine(int line, const QString &what)
{
    return fail(Failure::Kind::BadInput, BatchReader::tr("line %1: %2").arg(line).arg(what));
}

std::optional<qint64> integer(const QJsonValue &v)
{
    if (v.isDouble()) {
        const double d = v.toDouble();
        if (std::isfinite(d) && d == std::floor(d) && std::abs(d) < 9.0e15)
            return qint64(d);
        return std::nullopt;
    }
    if (v.isString()) {
        bool ok = false;
        const qint64 n = v.toString().toLongLong(&ok);
        if (ok)
            return n;
    }
    return std::nullopt;
}

/// The `prompt`, or the last (user) message of `messages`; the messages before it go to `context`.
Result<QString> promptOf(const QJsonObject &o, int line, Conversation &context)
{
    if (o.contains(QStringLiteral("prompt"))) {
        const QJsonValue p = o.value(QStringLiteral("prompt"));
        if (!p.isString() || p.toString().trimmed().isEmpty())
            return badLine(line, BatchReader::tr("\"prompt\" must be a non-empty string."));
        return p.toString();
    }
    const QJsonValue m = o.value(QStringLiteral("messages"));
    if (m.isUndefined())
        return badLine(line, BatchReader::tr("the object has neither \"prompt\" nor \"messages\"."));
    const QJsonArray list = m.toArray();
    // VS puts its instructions first; the user's messages follow, the last one (a user message) being the prompt.
    if (!m.isArray() || list.isEmpty() ||
        list.last().toObject().value(QStringLiteral("role")).toString() != QLatin1String("user"))
        return badLine(line, BatchReader::tr("\"messages\" must be a list of {\"role\", \"content\"} messages ending "
                                             "with a \"user\" message (use \"prompt\" otherwise)."));
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QJsonObject message = list[i].toObject();
        const QString role = message.value(QStringLiteral("role")).toString();
        const std::optional<ChatMessage::Role> r =
            role == QLatin1String("system")      ? std::optional(ChatMessage::Role::System)
            : role == QLatin1String("user")      ? std::optional(ChatMessage::Role::User)
            : role == QLatin1String("assistant") ? std::optional(ChatMessage::Role::Assistant)
                                                 : std::nullopt;
        if (!r || !message.value(QStringLiteral("content")).isString())
            return badLine(line, BatchReader::tr("messages[%1] needs a \"role\" (system, user or assistant) and a "
                                                 "string \"content\".")
                                     .arg(i));
        if (i + 1 < list.size())
            context.append({*r, message.value(QStringLiteral("content")).toString()});
    }
    const QString content = list.last().toObject().value(QStringLiteral("content")).toString();
    if (content.trimmed().isEmpty())
        return badLine(line, BatchReader::tr("the user message is empty."));
    return content;
}

Result<void> applyOverrides(const QJsonObject &o, int line, GenerationSettings &s)
{
    if (const QJsonValue v = o.value(QStringLiteral("method")); !v.isUndefined()) {
        const std::optional<Method> m = Names::parseMethod(v.toString());
        if (!m)
            return badLine(line, BatchReader::tr("unknown \"method\" \"%1\".").arg(v.toString()));
        s.method = *m;
    }
    if (const QJsonValue v = o.value(QStringLiteral("k")); !v.isUndefined()) {
        const std::optional<qint64> k = integer(v);
        if (!k || *k < GenerationSettings::kMin || *k > GenerationSettings::kMax)
            return badLine(line, BatchReader::tr("\"k\" must be a whole number from %1 to %2.")
                                     .arg(GenerationSettings::kMin)
                                     .arg(GenerationSettings::kMax));
        s.k = int(*k);
    }
    if (const QJsonValue v = o.value(QStringLiteral("tau_mode")); !v.isUndefined()) {
        const std::optional<TauMode> m = Names::parseTauMode(v.toString());
        if (!m)
            return badLine(line, BatchReader::tr("\"tau_mode\" must be off, tail or filter."));
        s.tauMode = *m;
    }
    for (const auto &[key, target] :
         {std::pair{QStringLiteral("tau"), &s.tau}, std::pair{QStringLiteral("temperature"), &s.temperature}}) {
        if (const QJsonValue v = o.value(key); !v.isUndefined()) {
            if (!v.isDouble())
                return badLine(line, BatchReader::tr("\"%1\" must be a number.").arg(key));
            *target = v.toDouble();
        }
    }
    if (const QJsonValue v = o.value(QStringLiteral("seed")); !v.isUndefined() && !v.isNull()) {
        const std::optional<qint64> seed = integer(v);
        if (!seed || *seed < 0)
            return badLine(line, BatchReader::tr("\"seed\" must be a whole number ≥ 0."));
        s.seed = quint64(*seed);
    }
    if (const QString invalid = s.validate(); !invalid.isEmpty())
        return badLine(line, invalid);
    return {};
}
} // namespace

Result<BatchItem> BatchReader::parseJsonLine(const QByteArray &text, int line, const GenerationSettings &defaults)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(text, &error);
    if (error.error != QJsonParseError::NoError)
        return badLine(line, tr("not valid JSON: %1 (at byte %2).").arg(error.errorString()).arg(error.offset));
    if (!doc.isObject())
        return badLine(line, tr("expected a JSON object."));
    const QJsonObject o = doc.object();
    BatchItem item;
    item.line = line;
    item.request.settings = defaults;
    const QJsonValue id = o.value(QStringLiteral("id"));
    if (id.isUndefined() || id.isNull()) {
        item.id = QString::number(line);
    } else if (id.isString() && !id.toString().isEmpty()) {
        item.id = id.toString();
    } else if (const std::optional<qint64> n = integer(id); n && id.isDouble()) {
        item.id = QString::number(*n);
    } else {
        return badLine(line, tr("\"id\" must be a non-empty string or a whole number."));
    }
    Result<QString> prompt = promptOf(o, line, item.request.context);
    if (!prompt)
        return prompt.failure();
    item.request.prompt = std::move(prompt).value();
    if (const Result<void> applied = applyOverrides(o, line, item.request.settings); !applied)
        return applied.failure();
    return item;
}

Result<void> BatchReader::open(const QString &path, const GenerationSettings &defaults)
{
    m_defaults = defaults;
    m_line = 0;
    m_hasPending = false;
    m_baseSeed = QRandomGenerator::global()->bounded(0x7fffffffU);
    const bool isStdin = path.isEmpty() || path == QLatin1String("-");
    const bool opened = isStdin ? m_file.open(stdin, QIODevice::ReadOnly) : [&] {
        m_file.setFileName(path);
        return m_file.open(QIODevice::ReadOnly);
    }();
    if (!opened)
        return fail(Failure::Kind::Io,
                    tr("cannot read %1: %2.").arg(isStdin ? tr("standard input") : path, m_file.errorString()));
    const QString suffix = QFileInfo(path).suffix().toLower();
    m_jsonl = suffix == QLatin1String("jsonl") || suffix == QLatin1String("json");
    if (!m_jsonl) {
        // Read ahead to the first non-blank line: `{` there means JSONL whatever the name.
        for (;;) {
            QByteArray raw = m_file.readLine();
            if (raw.isEmpty())
                break;
            if (chomp(raw).trimmed().isEmpty()) {
                ++m_line;
                continue;
            }
            m_jsonl = raw.trimmed().startsWith('{');
            m_pending = std::move(raw);
            m_hasPending = true;
            break;
        }
    }
    return {};
}

std::optional<Result<BatchItem>> BatchReader::next()
{
    for (;;) {
        QByteArray raw;
        if (m_hasPending) {
            raw = std::move(m_pending);
            m_pending.clear();
            m_hasPending = false;
        } else {
            raw = m_file.readLine();
            if (raw.isEmpty())
                return std::nullopt;
        }
        ++m_line;
        const QByteArray text = chomp(raw).trimmed();
        if (text.isEmpty())
            continue;
        if (m_jsonl) {
            Result<BatchItem> item = parseJsonLine(text, m_line, m_defaults);
            if (item && !item->request.settings.seed) {
                BatchItem withSeed = std::move(item).value();
                withSeed.request.settings.seed = m_baseSeed + quint64(m_line);
                return Result<BatchItem>(std::move(withSeed));
            }
            return item;
        }
        BatchItem item;
        item.id = QString::number(m_line);
        item.line = m_line;
        item.request.prompt = QString::fromUtf8(text);
        item.request.settings = m_defaults;
        if (!item.request.settings.seed)
            item.request.settings.seed = m_baseSeed + quint64(m_line);
        return Result<BatchItem>(std::move(item));
    }
}

bool BatchOutput::isErrorLine(const QJsonObject &line)
{
    return line.contains(QStringLiteral("error")) && !line.contains(QStringLiteral("candidates")) &&
           !line.contains(QStringLiteral("text"));
}

Result<void> BatchOutput::scan(const QString &path, bool *hasErrors)
{
    m_file.setFileName(path);
    if (!m_file.open(QIODevice::ReadWrite))
        return fail(Failure::Kind::Io, tr("cannot open %1: %2.").arg(path, m_file.errorString()));
    qint64 whole = 0; // end of the last line that ends with a newline
    for (;;) {
        const QByteArray raw = m_file.readLine();
        if (raw.isEmpty())
            break;
        if (!raw.endsWith('\n'))
            break; // a partial line from a killed process: cut below
        whole += raw.size();
        const QJsonObject o = QJsonDocument::fromJson(raw).object();
        const QString id = o.value(QStringLiteral("id")).toString();
        if (id.isEmpty())
            continue;
        if (isErrorLine(o))
            *hasErrors = true;
        else
            m_done.insert(id);
    }
    const qint64 size = m_file.size();
    m_repaired = size - whole;
    if (m_repaired > 0 && !m_file.resize(whole))
        return fail(Failure::Kind::Io, tr("cannot repair %1: %2.").arg(path, m_file.errorString()));
    m_file.close();
    return {};
}

Result<void> BatchOutput::dropErrorLines(const QString &path)
{
    QFile in(path);
    QSaveFile out(path);
    if (!in.open(QIODevice::ReadOnly) || !out.open(QIODevice::WriteOnly))
        return fail(Failure::Kind::Io, tr("cannot rewrite %1 without its error lines: %2.")
                                           .arg(path, in.isOpen() ? out.errorString() : in.errorString()));
    for (;;) {
        const QByteArray raw = in.readLine();
        if (raw.isEmpty())
            break;
        if (isErrorLine(QJsonDocument::fromJson(raw).object())) {
            ++m_droppedErrors;
            continue;
        }
        out.write(raw);
    }
    if (!out.commit())
        return fail(Failure::Kind::Io, tr("cannot rewrite %1: %2.").arg(path, out.errorString()));
    return {};
}

Result<void> BatchOutput::open(const QString &path)
{
    m_done.clear();
    m_repaired = 0;
    m_droppedErrors = 0;
    bool hasErrors = false;
    if (Result<void> scanned = scan(path, &hasErrors); !scanned)
        return scanned;
    if (hasErrors) {
        if (Result<void> dropped = dropErrorLines(path); !dropped)
            return dropped;
    }
    // Unbuffered: each append() is one write(2), so a kill leaves whole lines or one partial last line.
    m_file.setFileName(path);
    if (!m_file.open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Unbuffered))
        return fail(Failure::Kind::Io, tr("cannot write %1: %2.").arg(path, m_file.errorString()));
    return {};
}

Result<void> BatchOutput::append(const QJsonObject &line)
{
    QByteArray bytes = QJsonDocument(line).toJson(QJsonDocument::Compact);
    bytes.append('\n');
    if (m_file.write(bytes) != bytes.size() || !m_file.flush())
        return fail(Failure::Kind::Io, tr("cannot write %1: %2.").arg(m_file.fileName(), m_file.errorString()));
    const QString id = line.value(QStringLiteral("id")).toString();
    if (!id.isEmpty() && !isErrorLine(line))
        m_done.insert(id);
    return {};
}

QJsonObject BatchOutput::itemLine(const QString &id, const RunRequest &request, const RunResult &result,
                                  bool samplesOnly)
{
    if (samplesOnly) {
        const quint64 seed = request.settings.seed.value_or(0);
        const QJsonObject s = ResultJson::sample(result.distribution, seed);
        return {{QStringLiteral("id"), id}, {QStringLiteral("text"), s.value(QStringLiteral("text"))}};
    }
    QJsonObject o = ResultJson::runResult(request, result);
    o.insert(QStringLiteral("id"), id);
    return o;
}

QJsonObject BatchOutput::errorLine(const QString &id, const ProviderError &error)
{
    QJsonObject e = ResultJson::error(error);
    if (!e.contains(QStringLiteral("http_status")))
        e.insert(QStringLiteral("http_status"), QJsonValue());
    return {{QStringLiteral("id"), id}, {QStringLiteral("error"), e}};
}

QJsonObject BatchOutput::errorLine(const QString &id, const QString &code, const QString &message, int line)
{
    QJsonObject e{{QStringLiteral("code"), code},
                  {QStringLiteral("message"), message},
                  {QStringLiteral("http_status"), QJsonValue()}};
    if (line > 0)
        e.insert(QStringLiteral("line"), line);
    return {{QStringLiteral("id"), id}, {QStringLiteral("error"), e}};
}
