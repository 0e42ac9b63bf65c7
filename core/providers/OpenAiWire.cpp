// SPDX-License-Identifier: Apache-2.0
#include "OpenAiWire.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace {
/// `content` is a string, null, or (some compatible servers) an array of {type:"text", text} parts.
QString contentText(const QJsonValue &content)
{
    if (content.isString())
        return content.toString();
    QString text;
    for (const QJsonValue &part : content.toArray()) {
        const QJsonObject o = part.toObject();
        if (o.value(QLatin1String("type")).toString() == QLatin1String("text"))
            text += o.value(QLatin1String("text")).toString();
    }
    return text;
}

void readUsage(const QJsonValue &value, Usage &usage)
{
    const QJsonObject u = value.toObject();
    if (u.isEmpty())
        return;
    if (u.contains(QLatin1String("prompt_tokens")))
        usage.inputTokens = u.value(QLatin1String("prompt_tokens")).toInteger(-1);
    if (u.contains(QLatin1String("completion_tokens")))
        usage.outputTokens = u.value(QLatin1String("completion_tokens")).toInteger(-1);
}

/// `[{token, logprob, top_logprobs: [{token, logprob}]}]`: OpenAI's `choices[].logprobs.content` and Ollama's
/// top-level `logprobs` share this shape.
template <typename Add> void readTokens(const QJsonValue &tokens, Add add)
{
    for (const QJsonValue &v : tokens.toArray()) {
        const QJsonObject t = v.toObject();
        if (!t.value(QLatin1String("logprob")).isDouble())
            continue;
        QList<TokenAlternative> alternatives;
        for (const QJsonValue &a : t.value(QLatin1String("top_logprobs")).toArray()) {
            const QJsonObject alt = a.toObject();
            alternatives.append(
                {alt.value(QLatin1String("token")).toString(), alt.value(QLatin1String("logprob")).toDouble()});
        }
        add(t.value(QLatin1String("logprob")).toDouble(), alternatives);
    }
}

} // namespace

ChoiceLogprobs OpenAiWire::tokenLogprobs(const QJsonValue &tokens)
{
    ChoiceLogprobs c;
    readTokens(tokens, [&c](double lp, const QList<TokenAlternative> &alt) {
        if (c.tokens == 0)
            c.first = alt;
        c.sum += lp;
        ++c.tokens;
    });
    return c;
}

namespace {
class OpenAiDecoder final : public ReplyDecoder
{
public:
    explicit OpenAiDecoder(bool stream)
        : ReplyDecoder(stream ? Framing::Sse : Framing::Json)
    {}

protected:
    void onEvent(const SseEvent &event, QString &delta) override
    {
        const QString data = event.data.trimmed();
        if (data == QLatin1String("[DONE]")) {
            m_complete = true;
            return;
        }
        const QJsonDocument doc = QJsonDocument::fromJson(data.toUtf8());
        if (!doc.isObject())
            return; // keep-alives and vendor noise; a reply with no usable chunk is caught in onEnd
        const QJsonObject chunk = doc.object();
        if (chunk.contains(QLatin1String("error")) || event.event == QLatin1String("error")) {
            const auto server = ProviderSupport::parseServerMessage(data.toUtf8());
            setError(ProviderError::Code::StreamError, server.message.isEmpty() ? data : server.message);
            return;
        }
        m_sawChunk = true;
        const QJsonArray choices = chunk.value(QLatin1String("choices")).toArray();
        // With n > 1 the chunks of choices 0, 1, 2... interleave; each carries its own index.
        for (const QJsonValue &v : choices) {
            const QJsonObject choice = v.toObject();
            const int index = choice.value(QLatin1String("index")).toInt(0);
            const QJsonObject d = choice.value(QLatin1String("delta")).toObject();
            const QString finish = choice.value(QLatin1String("finish_reason")).toString();
            readTokens(choice.value(QLatin1String("logprobs")).toObject().value(QLatin1String("content")),
                       [this, index](double lp, const QList<TokenAlternative> &alt) { addToken(index, lp, alt); });
            if (index > 0) {
                addChoiceText(index, contentText(d.value(QLatin1String("content"))));
                continue;
            }
            delta += contentText(d.value(QLatin1String("content")));
            m_refusal += d.value(QLatin1String("refusal")).toString();
            if (!finish.isEmpty()) {
                m_finishReason = ProviderSupport::normalizeOpenAiFinish(finish);
                m_complete = true;
            }
        }
        readUsage(chunk.value(QLatin1String("usage")), m_usage);
    }

    void onJson(const QJsonObject &body, QString &delta) override
    {
        if (body.contains(QLatin1String("error"))) {
            const auto server = ProviderSupport::parseServerMessage(QJsonDocument(body).toJson());
            setError(ProviderError::Code::StreamError, server.message);
            return;
        }
        const QJsonArray choices = body.value(QLatin1String("choices")).toArray();
        if (choices.isEmpty()) {
            setError(ProviderError::Code::BadResponse, {}, ProviderError::tr("The reply has no \"choices\"."));
            return;
        }
        m_sawChunk = true;
        const QJsonObject choice = choices.first().toObject();
        const QJsonObject message = choice.value(QLatin1String("message")).toObject();
        delta += contentText(message.value(QLatin1String("content")));
        m_refusal = message.value(QLatin1String("refusal")).toString();
        m_finishReason =
            ProviderSupport::normalizeOpenAiFinish(choice.value(QLatin1String("finish_reason")).toString());
        m_complete = true;
        for (const QJsonValue &v : choices) {
            const QJsonObject more = v.toObject();
            const int index = more.value(QLatin1String("index")).toInt(0);
            readTokens(more.value(QLatin1String("logprobs")).toObject().value(QLatin1String("content")),
                       [this, index](double lp, const QList<TokenAlternative> &alt) { addToken(index, lp, alt); });
            if (index > 0)
                addChoiceText(
                    index,
                    contentText(more.value(QLatin1String("message")).toObject().value(QLatin1String("content"))));
        }
        readUsage(body.value(QLatin1String("usage")), m_usage);
    }

    void onEnd(const QString &wholeText) override
    {
        if (!m_refusal.isEmpty()) {
            // A refusal is an answer, not a transport failure: report it as the finish reason and say what it was.
            m_finishReason = QStringLiteral("refusal");
            m_notes.append(ProviderNote::tr("The model refused: %1").arg(ProviderSupport::sanitize(m_refusal, {})));
        }
        if (!m_sawChunk && wholeText.isEmpty() && !error())
            setError(ProviderError::Code::BadResponse, {}, ProviderError::tr("The stream held no completion chunk."));
    }

private:
    QString m_refusal;
    bool m_sawChunk = false;
};
} // namespace

QUrl OpenAiWire::baseUrl() const
{
    return ProviderSupport::normalizeOpenAiBase(m_config.baseUrl);
}

QUrl OpenAiWire::chatUrl(bool) const
{
    return ProviderSupport::appendPath(baseUrl(), QStringLiteral("/chat/completions"));
}

QUrl OpenAiWire::modelsUrl() const
{
    return ProviderSupport::appendPath(baseUrl(), QStringLiteral("/models"));
}

std::pair<double, double> OpenAiWire::temperatureRange(QString *reason) const
{
    if (ProviderSupport::isReasoningModel(model())) {
        if (reason)
            *reason =
                ProviderNote::tr("%1 is a reasoning model; it runs at its fixed default temperature").arg(model());
        return {1.0, 1.0};
    }
    return WireFormat::temperatureRange(reason);
}

QString OpenAiWire::schemaName(const QJsonObject &schema)
{
    static const QRegularExpression invalid(QStringLiteral("[^A-Za-z0-9_-]+"));
    QString name = schema.value(QLatin1String("title")).toString();
    name.replace(invalid, QStringLiteral("_"));
    name = name.left(64);
    return name.isEmpty() ? QStringLiteral("response") : name;
}

HttpRequestSpec OpenAiWire::chatRequest(const ChatRequest &request, bool structured, QStringList *notes) const
{
    QJsonArray messages;
    for (const ChatMessage &m : request.messages)
        messages.append(QJsonObject{{QStringLiteral("role"), ChatMessage::roleName(m.role)},
                                    {QStringLiteral("content"), m.content}});
    QJsonObject body;
    const QString name = model();
    if (!name.isEmpty())
        body.insert(QStringLiteral("model"), name);
    body.insert(QStringLiteral("messages"), messages);
    const int maxTokens = request.maxTokens > 0 ? request.maxTokens : m_config.maxTokens;
    if (ProviderSupport::isReasoningModel(name)) {
        body.insert(QStringLiteral("max_completion_tokens"), maxTokens);
        if (notes)
            notes->append(
                ProviderNote::tr("%1 is a reasoning model: temperature %2 was not sent (it runs at its fixed default), "
                                 "and the token limit went as max_completion_tokens.")
                    .arg(name, QString::number(request.temperature)));
    } else {
        body.insert(QStringLiteral("max_tokens"), maxTokens);
        body.insert(QStringLiteral("temperature"), effectiveTemperature(request.temperature, notes));
    }
    if (request.choices > 1)
        body.insert(QStringLiteral("n"), request.choices);
    if (request.topLogprobs >= 0) {
        body.insert(QStringLiteral("logprobs"), true);
        if (request.topLogprobs > 0)
            body.insert(QStringLiteral("top_logprobs"), request.topLogprobs);
    }
    if (m_config.stream) {
        body.insert(QStringLiteral("stream"), true);
        body.insert(QStringLiteral("stream_options"), QJsonObject{{QStringLiteral("include_usage"), true}});
    }
    if (structured) {
        body.insert(QStringLiteral("response_format"),
                    QJsonObject{{QStringLiteral("type"), QStringLiteral("json_schema")},
                                {QStringLiteral("json_schema"),
                                 QJsonObject{{QStringLiteral("name"), schemaName(request.jsonSchema)},
                                             {QStringLiteral("schema"), request.jsonSchema},
                                             {QStringLiteral("strict"), true}}}});
    }
    return jsonPost(chatUrl(m_config.stream), body, m_config.stream);
}

QStringList OpenAiWire::parseModels(const QJsonDocument &doc) const
{
    QStringList names;
    // Ollama's native /api/tags answers {"models":[{"name"}]}; accept it for a base URL pointing there.
    const QJsonObject root = doc.object();
    const QJsonArray data = root.contains(QLatin1String("data")) ? root.value(QLatin1String("data")).toArray()
                                                                 : root.value(QLatin1String("models")).toArray();
    for (const QJsonValue &v : data) {
        const QJsonObject o = v.toObject();
        QString id = o.value(QLatin1String("id")).toString();
        if (id.isEmpty())
            id = o.value(QLatin1String("name")).toString();
        if (!id.isEmpty())
            names.append(id);
    }
    return names;
}

std::unique_ptr<ReplyDecoder> OpenAiWire::newDecoder(bool stream) const
{
    return std::make_unique<OpenAiDecoder>(stream);
}

void OpenAiWire::addAuth(HttpRequestSpec &spec) const
{
    const QString key = m_config.apiKey.trimmed();
    if (!key.isEmpty())
        spec.addHeader("Authorization", "Bearer " + key.toUtf8());
    if (m_config.presetId == QLatin1String("openrouter"))
        spec.addHeader("X-Title", "VS Lab");
}
