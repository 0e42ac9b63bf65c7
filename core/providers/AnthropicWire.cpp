// SPDX-License-Identifier: Apache-2.0
#include "AnthropicWire.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUrlQuery>

namespace {
void readUsage(const QJsonObject &u, Usage &usage)
{
    if (u.contains(QLatin1String("input_tokens")))
        usage.inputTokens = u.value(QLatin1String("input_tokens")).toInteger(-1);
    if (u.contains(QLatin1String("output_tokens")))
        usage.outputTokens = u.value(QLatin1String("output_tokens")).toInteger(-1);
}

class AnthropicDecoder final : public ReplyDecoder
{
public:
    explicit AnthropicDecoder(bool stream)
        : ReplyDecoder(stream ? Framing::Sse : Framing::Json)
    {}

protected:
    void onEvent(const SseEvent &event, QString &delta) override
    {
        const QJsonObject data = QJsonDocument::fromJson(event.data.toUtf8()).object();
        // The event name and data.type agree on Anthropic's servers; proxies sometimes drop `event:` lines.
        const QString type =
            event.event != QLatin1String("message") ? event.event : data.value(QLatin1String("type")).toString();
        if (type == QLatin1String("error")) {
            const auto server = ProviderSupport::parseServerMessage(event.data.toUtf8());
            const QString text = server.type.isEmpty()
                                     ? server.message
                                     : server.message + QLatin1String(" (") + server.type + QLatin1Char(')');
            setError(ProviderError::Code::StreamError, text.isEmpty() ? event.data : text);
        } else if (type == QLatin1String("message_start")) {
            readUsage(data.value(QLatin1String("message")).toObject().value(QLatin1String("usage")).toObject(),
                      m_usage);
        } else if (type == QLatin1String("content_block_delta")) {
            const QJsonObject d = data.value(QLatin1String("delta")).toObject();
            if (d.value(QLatin1String("type")).toString() == QLatin1String("text_delta"))
                delta += d.value(QLatin1String("text")).toString();
        } else if (type == QLatin1String("message_delta")) {
            onStop(data.value(QLatin1String("delta")).toObject());
            readUsage(data.value(QLatin1String("usage")).toObject(), m_usage);
        } else if (type == QLatin1String("message_stop")) {
            m_complete = true;
        }
    }

    void onJson(const QJsonObject &body, QString &delta) override
    {
        if (body.value(QLatin1String("type")).toString() == QLatin1String("error")) {
            setError(ProviderError::Code::StreamError,
                     ProviderSupport::parseServerMessage(QJsonDocument(body).toJson()).message);
            return;
        }
        for (const QJsonValue &block : body.value(QLatin1String("content")).toArray()) {
            const QJsonObject b = block.toObject();
            if (b.value(QLatin1String("type")).toString() == QLatin1String("text"))
                delta += b.value(QLatin1String("text")).toString();
        }
        onStop(body);
        readUsage(body.value(QLatin1String("usage")).toObject(), m_usage);
        m_complete = true;
    }

private:
    void onStop(const QJsonObject &o)
    {
        const QString stop = o.value(QLatin1String("stop_reason")).toString();
        if (stop.isEmpty())
            return;
        m_finishReason = ProviderSupport::normalizeAnthropicFinish(stop);
        if (stop == QLatin1String("refusal")) {
            const QString why =
                o.value(QLatin1String("stop_details")).toObject().value(QLatin1String("explanation")).toString();
            m_notes.append(why.isEmpty()
                               ? ProviderNote::tr("The model refused to answer.")
                               : ProviderNote::tr("The model refused: %1").arg(ProviderSupport::sanitize(why, {})));
        }
    }
};
} // namespace

QUrl AnthropicWire::baseUrl() const
{
    return ProviderSupport::normalizeAnthropicBase(m_config.baseUrl);
}

QUrl AnthropicWire::chatUrl(bool) const
{
    return ProviderSupport::appendPath(baseUrl(), QStringLiteral("/v1/messages"));
}

QUrl AnthropicWire::modelsUrl() const
{
    QUrl url = ProviderSupport::appendPath(baseUrl(), QStringLiteral("/v1/models"));
    url.setQuery(QStringLiteral("limit=1000"));
    return url;
}

std::pair<double, double> AnthropicWire::temperatureRange(QString *reason) const
{
    if (reason)
        *reason = ProviderNote::tr("Anthropic models accept temperatures from 0 to 1");
    return {0.0, 1.0};
}

HttpRequestSpec AnthropicWire::chatRequest(const ChatRequest &request, bool structured, QStringList *notes) const
{
    QStringList system;
    QJsonArray messages;
    for (const ChatMessage &m : request.messages) {
        if (m.role == ChatMessage::Role::System) {
            system.append(m.content);
            continue;
        }
        messages.append(QJsonObject{{QStringLiteral("role"), ChatMessage::roleName(m.role)},
                                    {QStringLiteral("content"), m.content}});
    }
    QJsonObject body;
    body.insert(QStringLiteral("model"), model());
    body.insert(QStringLiteral("max_tokens"), request.maxTokens > 0 ? request.maxTokens : m_config.maxTokens);
    if (!system.isEmpty())
        body.insert(QStringLiteral("system"), system.join(QLatin1String("\n\n")));
    body.insert(QStringLiteral("messages"), messages);
    body.insert(QStringLiteral("temperature"), effectiveTemperature(request.temperature, notes));
    if (m_config.stream)
        body.insert(QStringLiteral("stream"), true);
    if (structured) {
        body.insert(
            QStringLiteral("output_config"),
            QJsonObject{{QStringLiteral("format"), QJsonObject{{QStringLiteral("type"), QStringLiteral("json_schema")},
                                                               {QStringLiteral("schema"), request.jsonSchema}}}});
    }
    return jsonPost(chatUrl(m_config.stream), body, m_config.stream);
}

QStringList AnthropicWire::parseModels(const QJsonDocument &doc) const
{
    QStringList names;
    for (const QJsonValue &v : doc.object().value(QLatin1String("data")).toArray()) {
        const QString id = v.toObject().value(QLatin1String("id")).toString();
        if (!id.isEmpty())
            names.append(id);
    }
    return names;
}

std::unique_ptr<ReplyDecoder> AnthropicWire::newDecoder(bool stream) const
{
    return std::make_unique<AnthropicDecoder>(stream);
}

void AnthropicWire::addAuth(HttpRequestSpec &spec) const
{
    const QString key = m_config.apiKey.trimmed();
    if (!key.isEmpty())
        spec.addHeader("x-api-key", key.toUtf8());
    spec.addHeader("anthropic-version", apiVersion);
}
