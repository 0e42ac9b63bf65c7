// SPDX-License-Identifier: Apache-2.0
#include "WireFormat.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QRegularExpression>

#include <algorithm>

namespace {
constexpr qsizetype maxUnframedBytes = 4 * 1024 * 1024;
} // namespace

ReplyDecoder::ReplyDecoder(Framing framing)
    : m_framing(framing)
{}

ReplyDecoder::~ReplyDecoder() = default;

QStringList ReplyDecoder::feed(QByteArrayView bytes)
{
    QStringList deltas;
    QString delta;
    switch (m_framing) {
    case Framing::Sse:
        // Until the first event, keep the raw bytes: some servers ignore "stream": true and answer with JSON.
        if (!m_sawEvent && m_buffer.size() < maxUnframedBytes)
            m_buffer.append(bytes.data(), bytes.size());
        for (const SseEvent &e : m_sse.feed(bytes)) {
            m_sawEvent = true;
            onEvent(e, delta);
            take(delta, deltas);
        }
        if (m_sawEvent)
            m_buffer.clear();
        break;
    case Framing::Json:
        m_buffer.append(bytes.data(), bytes.size());
        break;
    }
    return deltas;
}

QStringList ReplyDecoder::finish()
{
    QStringList deltas;
    QString delta;
    switch (m_framing) {
    case Framing::Sse:
        for (const SseEvent &e : m_sse.finish()) {
            m_sawEvent = true;
            onEvent(e, delta);
            take(delta, deltas);
        }
        if (!m_sawEvent) {
            const QJsonDocument doc = QJsonDocument::fromJson(m_buffer);
            if (doc.isObject())
                onJson(doc.object(), delta);
            take(delta, deltas);
        }
        m_buffer.clear();
        break;
    case Framing::Json: {
        QJsonParseError parseError{};
        const QJsonDocument doc = QJsonDocument::fromJson(m_buffer, &parseError);
        QJsonObject object = doc.object();
        if (doc.isArray() && !doc.array().isEmpty())
            object = doc.array().first().toObject();
        if (object.isEmpty())
            setError(ProviderError::Code::BadResponse, {},
                     ProviderError::tr("The body is not a JSON object (%1).")
                         .arg(parseError.error == QJsonParseError::NoError ? QStringLiteral("empty")
                                                                           : parseError.errorString()));
        else
            onJson(object, delta);
        take(delta, deltas);
        m_buffer.clear();
        break;
    }
    }
    onEnd(m_text);
    return deltas;
}

void ReplyDecoder::addChoiceText(int index, const QString &text)
{
    if (index < 1 || index > 1024)
        return;
    while (m_moreChoices.size() < index)
        m_moreChoices.append(QString());
    m_moreChoices[index - 1] += text;
}

void ReplyDecoder::addToken(int index, double logprob, const QList<TokenAlternative> &alternatives)
{
    if (index < 0 || index > 1024)
        return;
    while (m_logprobs.size() <= index)
        m_logprobs.append(ChoiceLogprobs{});
    ChoiceLogprobs &c = m_logprobs[index];
    if (c.tokens == 0)
        c.first = alternatives;
    c.sum += logprob;
    ++c.tokens;
}

void ReplyDecoder::take(QString &delta, QStringList &deltas)
{
    if (delta.isEmpty())
        return;
    m_text += delta;
    deltas.append(std::exchange(delta, {}));
}

void ReplyDecoder::onEvent(const SseEvent &, QString &) {}

void ReplyDecoder::onJson(const QJsonObject &, QString &) {}

void ReplyDecoder::onEnd(const QString &) {}

void ReplyDecoder::setError(ProviderError::Code code, const QString &serverText, const QString &detail)
{
    if (!m_error)
        m_error = BodyError{code, serverText, detail};
}

WireFormat::WireFormat(ProviderConfig config)
    : m_config(std::move(config))
{}

WireFormat::~WireFormat() = default;

QString WireFormat::providerName() const
{
    const ProviderPreset *p = ProviderPreset::find(m_config.presetId);
    return p ? p->title() : m_config.presetId;
}

QStringList WireFormat::keyEnvVars() const
{
    const ProviderPreset *p = ProviderPreset::find(m_config.presetId);
    return p ? p->keyEnvVars : QStringList();
}

QString WireFormat::model() const
{
    const QString m = m_config.model.trimmed();
    if (!m.isEmpty())
        return m;
    const ProviderPreset *p = ProviderPreset::find(m_config.presetId);
    return p ? p->defaultModel : QString();
}

std::pair<double, double> WireFormat::temperatureRange(QString *reason) const
{
    if (reason)
        reason->clear();
    return {0.0, 2.0};
}

bool WireFormat::wantsStructured(const ChatRequest &request) const
{
    if (request.jsonSchema.isEmpty() || m_config.structured == StructuredMode::Off)
        return false;
    if (m_config.structured == StructuredMode::On)
        return true;
    const ProviderPreset *p = ProviderPreset::find(m_config.presetId);
    return !p || p->supportsStructured;
}

HttpRequestSpec WireFormat::modelsRequest() const
{
    HttpRequestSpec spec;
    spec.method = "GET";
    spec.url = modelsUrl();
    spec.addHeader("Accept", "application/json");
    addAuth(spec);
    return spec;
}

std::optional<ProviderError> WireFormat::preflight(bool listing) const
{
    using ProviderSupport::makeError;
    const QUrl base = baseUrl();
    const QUrl url = listing ? modelsUrl() : chatUrl(m_config.stream);
    if (!base.isValid()) {
        ProviderError e;
        e.code = ProviderError::Code::BadRequest;
        e.message = m_config.baseUrl.trimmed().isEmpty()
                        ? ProviderError::tr("%1: no base URL is set. Enter the server's URL (--base-url, or File → "
                                            "Providers…).")
                              .arg(providerName())
                        : ProviderError::tr("%1: \"%2\" is not a valid base URL. Give one like http(s)://host[:port]/… "
                                            "(--base-url, or File → Providers…).")
                              .arg(providerName(), ProviderSupport::sanitize(m_config.baseUrl, m_config.apiKey));
        return e;
    }
    const QString scheme = base.scheme().toLower();
    if (scheme != QLatin1String("http") && scheme != QLatin1String("https")) {
        ProviderError e;
        e.code = ProviderError::Code::BadRequest;
        e.url = url;
        e.message = ProviderError::tr("%1: the base URL %2 must start with http:// or https:// (--base-url, or File "
                                      "→ Providers…).")
                        .arg(providerName(), base.toDisplayString());
        return e;
    }
    const ProviderPreset *p = ProviderPreset::find(m_config.presetId);
    if (p && p->keyRequired && m_config.apiKey.trimmed().isEmpty() && !ProviderSupport::isLocalHost(base))
        return makeError(ProviderError::Code::NoApiKey, errorContext(url, 1, listing));
    return std::nullopt;
}

ProviderSupport::ErrorContext WireFormat::errorContext(const QUrl &url, int attempts, bool listing) const
{
    ProviderSupport::ErrorContext ctx;
    ctx.provider = providerName();
    ctx.url = url;
    ctx.model = model();
    ctx.keyEnvVars = keyEnvVars();
    ctx.apiKey = m_config.apiKey;
    ctx.attempts = attempts;
    ctx.listingModels = listing;
    return ctx;
}

bool WireFormat::rejectsStructured(int status, QByteArrayView body)
{
    if (status != 400 && status != 422 && status != 501)
        return false;
    static const QRegularExpression mention(
        QStringLiteral("response_format|json_schema|responseschema|responsejsonschema|responsemimetype|"
                       "output_config|output_format|structured|schema|strict|guided_json|grammar"),
        QRegularExpression::CaseInsensitiveOption);
    return mention.match(QString::fromUtf8(body)).hasMatch();
}

double WireFormat::effectiveTemperature(double requested, QStringList *notes) const
{
    QString reason;
    const auto [low, high] = temperatureRange(&reason);
    const double t = std::clamp(requested, low, high);
    if (t != requested && notes) {
        const QLocale c = QLocale::c();
        notes->append(ProviderNote::tr("Temperature %1 was capped at %2: %3")
                          .arg(c.toString(requested), c.toString(t),
                               reason.isEmpty() ? ProviderNote::tr("out of range") : reason));
    }
    return t;
}

HttpRequestSpec WireFormat::jsonPost(const QUrl &url, const QJsonObject &body, bool stream) const
{
    HttpRequestSpec spec;
    spec.url = url;
    spec.addHeader("Content-Type", "application/json");
    spec.addHeader("Accept", stream ? "text/event-stream" : "application/json");
    addAuth(spec);
    spec.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    return spec;
}
