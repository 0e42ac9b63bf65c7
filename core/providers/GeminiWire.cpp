// SPDX-License-Identifier: Apache-2.0
#include "GeminiWire.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUrlQuery>

namespace {
class GeminiDecoder final : public ReplyDecoder
{
public:
    explicit GeminiDecoder(bool stream)
        : ReplyDecoder(stream ? Framing::Sse : Framing::Json)
    {}

protected:
    void onEvent(const SseEvent &event, QString &delta) override
    {
        const QJsonDocument doc = QJsonDocument::fromJson(event.data.toUtf8());
        if (doc.isObject())
            onJson(doc.object(), delta);
    }

    // A stream chunk has the same shape as the whole non-streaming reply.
    void onJson(const QJsonObject &chunk, QString &delta) override
    {
        if (chunk.contains(QLatin1String("error"))) {
            setError(ProviderError::Code::StreamError,
                     ProviderSupport::parseServerMessage(QJsonDocument(chunk).toJson()).message);
            return;
        }
        const QString blockReason =
            chunk.value(QLatin1String("promptFeedback")).toObject().value(QLatin1String("blockReason")).toString();
        if (!blockReason.isEmpty())
            m_blockReason = blockReason;
        const QJsonArray candidates = chunk.value(QLatin1String("candidates")).toArray();
        // With candidateCount > 1 every candidate carries its index (in a stream chunk and in the whole reply).
        for (const QJsonValue &v : candidates) {
            const QJsonObject c = v.toObject();
            const int index = c.value(QLatin1String("index")).toInt(0);
            readLogprobs(index, c.value(QLatin1String("logprobsResult")).toObject());
            if (index > 0) {
                addChoiceText(index, partsText(c));
                continue;
            }
            delta += partsText(c);
            // Old models put finishReason on every chunk: the stream ends at EOF, not at the first STOP.
            const QString finish = c.value(QLatin1String("finishReason")).toString();
            if (!finish.isEmpty()) {
                m_rawFinish = finish;
                m_finishReason = ProviderSupport::normalizeGeminiFinish(finish);
                m_complete = true;
            }
        }
        const QJsonObject usage = chunk.value(QLatin1String("usageMetadata")).toObject();
        if (usage.contains(QLatin1String("promptTokenCount")))
            m_usage.inputTokens = usage.value(QLatin1String("promptTokenCount")).toInteger(-1);
        if (usage.contains(QLatin1String("candidatesTokenCount")))
            m_usage.outputTokens = usage.value(QLatin1String("candidatesTokenCount")).toInteger(-1);
    }

    void onEnd(const QString &wholeText) override
    {
        if (!wholeText.trimmed().isEmpty())
            return;
        if (!m_blockReason.isEmpty())
            setError(ProviderError::Code::Blocked, {}, ProviderError::tr("prompt blocked: %1").arg(m_blockReason));
        else if (ProviderSupport::isGeminiSafetyFinish(m_rawFinish))
            setError(ProviderError::Code::Blocked, {}, ProviderError::tr("reply withheld: %1").arg(m_rawFinish));
    }

private:
    /// `logprobsResult`: `chosenCandidates[{token, logProbability}]`, and per position `topCandidates[{candidates}]`.
    void readLogprobs(int index, const QJsonObject &result)
    {
        const QJsonArray chosen = result.value(QLatin1String("chosenCandidates")).toArray();
        const QJsonArray top = result.value(QLatin1String("topCandidates")).toArray();
        for (qsizetype i = 0; i < chosen.size(); ++i) {
            QList<TokenAlternative> alternatives;
            for (const QJsonValue &a : top.at(i).toObject().value(QLatin1String("candidates")).toArray()) {
                const QJsonObject alt = a.toObject();
                alternatives.append({alt.value(QLatin1String("token")).toString(),
                                     alt.value(QLatin1String("logProbability")).toDouble()});
            }
            addToken(index, chosen.at(i).toObject().value(QLatin1String("logProbability")).toDouble(), alternatives);
        }
    }

    static QString partsText(const QJsonObject &candidate)
    {
        QString text;
        const QJsonArray parts =
            candidate.value(QLatin1String("content")).toObject().value(QLatin1String("parts")).toArray();
        for (const QJsonValue &p : parts) {
            const QJsonObject part = p.toObject();
            if (!part.value(QLatin1String("thought")).toBool())
                text += part.value(QLatin1String("text")).toString();
        }
        return text;
    }

    QString m_blockReason;
    QString m_rawFinish;
};

QString bareModel(QString model)
{
    if (model.startsWith(QLatin1String("models/")))
        model.remove(0, 7);
    return model;
}

const QStringList &schemaKeywords()
{
    static const QStringList keys{
        QStringLiteral("type"),        QStringLiteral("format"),
        QStringLiteral("description"), QStringLiteral("nullable"),
        QStringLiteral("enum"),        QStringLiteral("items"),
        QStringLiteral("properties"),  QStringLiteral("required"),
        QStringLiteral("minItems"),    QStringLiteral("maxItems"),
        QStringLiteral("minimum"),     QStringLiteral("maximum"),
        QStringLiteral("anyOf"),       QStringLiteral("propertyOrdering"),
        QStringLiteral("title"),
    };
    return keys;
}
} // namespace

QUrl GeminiWire::baseUrl() const
{
    return ProviderSupport::normalizeGeminiBase(m_config.baseUrl);
}

QUrl GeminiWire::chatUrl(bool stream) const
{
    QUrl url = ProviderSupport::appendPath(
        baseUrl(), QLatin1String("/models/") + bareModel(model()) +
                       (stream ? QLatin1String(":streamGenerateContent") : QLatin1String(":generateContent")));
    if (stream)
        url.setQuery(QStringLiteral("alt=sse"));
    return url;
}

QUrl GeminiWire::modelsUrl() const
{
    QUrl url = ProviderSupport::appendPath(baseUrl(), QStringLiteral("/models"));
    url.setQuery(QStringLiteral("pageSize=1000"));
    return url;
}

QJsonObject GeminiWire::toGeminiSchema(const QJsonObject &schema)
{
    QJsonObject out;
    for (auto it = schema.constBegin(); it != schema.constEnd(); ++it) {
        const QString key = it.key();
        if (!schemaKeywords().contains(key))
            continue;
        if (key == QLatin1String("type") && it.value().isArray()) {
            for (const QJsonValue &t : it.value().toArray()) {
                if (t.toString() == QLatin1String("null"))
                    out.insert(QStringLiteral("nullable"), true);
                else if (!out.contains(QLatin1String("type")))
                    out.insert(QStringLiteral("type"), t);
            }
        } else if (key == QLatin1String("properties")) {
            QJsonObject props;
            const QJsonObject in = it.value().toObject();
            for (auto p = in.constBegin(); p != in.constEnd(); ++p)
                props.insert(p.key(), toGeminiSchema(p.value().toObject()));
            out.insert(key, props);
        } else if (key == QLatin1String("items")) {
            out.insert(key, toGeminiSchema(it.value().toObject()));
        } else if (key == QLatin1String("anyOf")) {
            QJsonArray alternatives;
            for (const QJsonValue &a : it.value().toArray())
                alternatives.append(toGeminiSchema(a.toObject()));
            out.insert(key, alternatives);
        } else {
            out.insert(key, it.value());
        }
    }
    return out;
}

HttpRequestSpec GeminiWire::chatRequest(const ChatRequest &request, bool structured, QStringList *notes) const
{
    QStringList system;
    QJsonArray contents;
    for (const ChatMessage &m : request.messages) {
        if (m.role == ChatMessage::Role::System) {
            system.append(m.content);
            continue;
        }
        const QString role = m.role == ChatMessage::Role::Assistant ? QStringLiteral("model") : QStringLiteral("user");
        contents.append(
            QJsonObject{{QStringLiteral("role"), role},
                        {QStringLiteral("parts"), QJsonArray{QJsonObject{{QStringLiteral("text"), m.content}}}}});
    }
    QJsonObject generation{
        {QStringLiteral("temperature"), effectiveTemperature(request.temperature, notes)},
        {QStringLiteral("maxOutputTokens"), request.maxTokens > 0 ? request.maxTokens : m_config.maxTokens},
    };
    if (request.choices > 1)
        generation.insert(QStringLiteral("candidateCount"), request.choices);
    if (request.topLogprobs >= 0) {
        generation.insert(QStringLiteral("responseLogprobs"), true);
        if (request.topLogprobs > 0)
            generation.insert(QStringLiteral("logprobs"), request.topLogprobs);
    }
    if (structured) {
        generation.insert(QStringLiteral("responseMimeType"), QStringLiteral("application/json"));
        generation.insert(QStringLiteral("responseSchema"), toGeminiSchema(request.jsonSchema));
    }
    QJsonObject body{{QStringLiteral("contents"), contents}, {QStringLiteral("generationConfig"), generation}};
    if (!system.isEmpty())
        body.insert(
            QStringLiteral("systemInstruction"),
            QJsonObject{{QStringLiteral("parts"),
                         QJsonArray{QJsonObject{{QStringLiteral("text"), system.join(QLatin1String("\n\n"))}}}}});
    return jsonPost(chatUrl(m_config.stream), body, m_config.stream);
}

QStringList GeminiWire::parseModels(const QJsonDocument &doc) const
{
    QStringList names;
    for (const QJsonValue &v : doc.object().value(QLatin1String("models")).toArray()) {
        const QJsonObject o = v.toObject();
        // Embedding and legacy PaLM models cannot chat; the field is absent on some proxies, so keep those.
        const QJsonArray methods = o.value(QLatin1String("supportedGenerationMethods")).toArray();
        if (!methods.isEmpty() && !methods.contains(QJsonValue(QStringLiteral("generateContent"))))
            continue;
        const QString name = bareModel(o.value(QLatin1String("name")).toString());
        if (!name.isEmpty())
            names.append(name);
    }
    return names;
}

std::unique_ptr<ReplyDecoder> GeminiWire::newDecoder(bool stream) const
{
    return std::make_unique<GeminiDecoder>(stream);
}

void GeminiWire::addAuth(HttpRequestSpec &spec) const
{
    const QString key = m_config.apiKey.trimmed();
    if (!key.isEmpty())
        spec.addHeader("x-goog-api-key", key.toUtf8());
}
