// SPDX-License-Identifier: Apache-2.0
#include "EmbeddingsJob.h"

#include "GeminiWire.h"
#include "OpenAiWire.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QtEndian>

#include <bit>
#include <cmath>

namespace {
QString bareModel(QString model)
{
    if (model.startsWith(QLatin1String("models/")))
        model.remove(0, 7);
    return model;
}

/// A JSON array of numbers as floats; empty when it is not one (or holds anything else).
QList<float> floatsOf(const QJsonValue &value)
{
    const QJsonArray array = value.toArray();
    QList<float> out;
    out.reserve(array.size());
    for (const QJsonValue &v : array) {
        if (!v.isDouble() || !std::isfinite(v.toDouble()))
            return {};
        out.append(float(v.toDouble()));
    }
    return out;
}

/// OpenAI `encoding_format:"base64"`: little-endian float32, base64-encoded; empty when malformed.
QList<float> floatsOfBase64(const QString &text)
{
    const auto decoded = QByteArray::fromBase64Encoding(text.toLatin1(), QByteArray::Base64Encoding |
                                                                             QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.isEmpty() || decoded.decoded.size() % 4 != 0)
        return {};
    const QByteArray &bytes = decoded.decoded;
    QList<float> out;
    out.reserve(bytes.size() / 4);
    for (qsizetype i = 0; i < bytes.size(); i += 4)
        out.append(std::bit_cast<float>(qFromLittleEndian<quint32>(bytes.constData() + i)));
    return out;
}
} // namespace

EmbeddingsJob::EmbeddingsJob(ProviderConfig config, QNetworkAccessManager *nam, QString model, QStringList texts,
                             std::shared_ptr<EmbeddingsCache> cache, QObject *parent)
    : QObject(parent)
    , m_config(std::move(config))
    , m_nam(nam)
    , m_model(std::move(model).trimmed())
    , m_texts(std::move(texts))
    , m_cache(cache ? std::move(cache) : std::make_shared<EmbeddingsCache>())
{
    const ProviderPreset *preset = ProviderPreset::find(m_config.presetId);
    const ProviderKind kind = preset ? preset->kind : ProviderKind::OpenAiCompatible;
    if (kind == ProviderKind::Gemini)
        m_wire = std::make_shared<GeminiWire>(m_config);
    else if (kind == ProviderKind::OpenAiCompatible)
        m_wire = std::make_shared<OpenAiWire>(m_config);
    m_url = endpoint(m_config, m_model);
}

EmbeddingsJob::~EmbeddingsJob()
{
    if (m_transfer)
        m_transfer->abort();
}

std::optional<ProviderError> EmbeddingsJob::unsupported(const ProviderConfig &config)
{
    const ProviderPreset *preset = ProviderPreset::find(config.presetId);
    if (!preset)
        return std::nullopt;
    ProviderError e;
    e.code = ProviderError::Code::BadRequest;
    if (preset->kind == ProviderKind::Demo) {
        e.message = ProviderError::tr("The offline demo model has no embeddings, so semantic diversity cannot be "
                                      "computed. Choose a provider with an embeddings endpoint (OpenAI-compatible, "
                                      "Ollama or Gemini), e.g. --provider ollama.");
        return e;
    }
    if (preset->kind == ProviderKind::Anthropic) {
        e.message = ProviderError::tr("%1 offers no embeddings endpoint, so semantic diversity cannot be computed. "
                                      "Choose an OpenAI-compatible, Ollama or Gemini provider.")
                        .arg(preset->title());
        return e;
    }
    return std::nullopt;
}

EmbeddingsJob::Dialect EmbeddingsJob::dialectOf(const ProviderConfig &config)
{
    const ProviderPreset *preset = ProviderPreset::find(config.presetId);
    if (preset && preset->kind == ProviderKind::Gemini)
        return Dialect::Gemini;
    if (config.presetId == QLatin1String("ollama"))
        return Dialect::Ollama;
    return Dialect::OpenAi;
}

QUrl EmbeddingsJob::endpoint(const ProviderConfig &config, const QString &model)
{
    if (unsupported(config))
        return {};
    switch (dialectOf(config)) {
    case Dialect::Gemini:
        return ProviderSupport::appendPath(ProviderSupport::normalizeGeminiBase(config.baseUrl),
                                           QLatin1String("/models/") + bareModel(model.trimmed()) +
                                               QLatin1String(":batchEmbedContents"));
    case Dialect::Ollama: {
        // The preset's base URL is Ollama's OpenAI-compatible "/v1"; the native API lives beside it.
        QUrl root = ProviderSupport::normalizeOpenAiBase(config.baseUrl);
        QString path = root.path();
        if (path.endsWith(QLatin1String("/v1")))
            path.chop(3);
        root.setPath(path);
        return ProviderSupport::appendPath(root, QStringLiteral("/api/embed"));
    }
    case Dialect::OpenAi:
        break;
    }
    return ProviderSupport::appendPath(ProviderSupport::normalizeOpenAiBase(config.baseUrl),
                                       QStringLiteral("/embeddings"));
}

void EmbeddingsJob::start()
{
    QMetaObject::invokeMethod(
        this,
        [this] {
            if (m_done)
                return;
            if (std::optional<ProviderError> error = unsupported(m_config)) {
                finish({}, *error);
                return;
            }
            if (m_model.isEmpty()) {
                ProviderError e;
                e.code = ProviderError::Code::BadRequest;
                e.message = ProviderError::tr("%1: no embeddings model is set (--embeddings-model).")
                                .arg(m_wire->providerName());
                finish({}, e);
                return;
            }
            if (std::optional<ProviderError> error = m_wire->preflight(false)) {
                // Name the embeddings URL, not the chat one the wire format knows.
                finish({}, error->code == ProviderError::Code::NoApiKey
                               ? ProviderSupport::makeError(ProviderError::Code::NoApiKey, errorContext())
                               : *error);
                return;
            }
            QSet<QString> seen;
            for (const QString &text : std::as_const(m_texts)) {
                if (seen.contains(text) || m_cache->find(m_config, m_model, text))
                    continue;
                seen.insert(text);
                m_pending.append(text);
            }
            sendNext();
        },
        Qt::QueuedConnection);
}

void EmbeddingsJob::cancel()
{
    if (m_done)
        return;
    finish({}, ProviderSupport::makeError(ProviderError::Code::Cancelled, errorContext()));
}

HttpRequestSpec EmbeddingsJob::request(const QStringList &batch) const
{
    // The model-list request carries the wire format's auth headers (and Accept: application/json).
    HttpRequestSpec spec = m_wire->modelsRequest();
    spec.method = "POST";
    spec.url = m_url;
    spec.addHeader("Content-Type", "application/json");
    QJsonObject body;
    switch (dialectOf(m_config)) {
    case Dialect::Gemini: {
        const QString model = QLatin1String("models/") + bareModel(m_model);
        QJsonArray requests;
        for (const QString &text : batch) {
            const QJsonObject part{{QStringLiteral("text"), text}};
            requests.append(
                QJsonObject{{QStringLiteral("model"), model},
                            {QStringLiteral("content"), QJsonObject{{QStringLiteral("parts"), QJsonArray{part}}}}});
        }
        body.insert(QStringLiteral("requests"), requests);
        break;
    }
    case Dialect::Ollama:
        body.insert(QStringLiteral("model"), m_model);
        body.insert(QStringLiteral("input"), QJsonArray::fromStringList(batch));
        break;
    case Dialect::OpenAi:
        body.insert(QStringLiteral("model"), m_model);
        body.insert(QStringLiteral("input"), QJsonArray::fromStringList(batch));
        body.insert(QStringLiteral("encoding_format"), QStringLiteral("float"));
        break;
    }
    spec.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    return spec;
}

QList<QList<float>> EmbeddingsJob::parse(const QByteArray &body, qsizetype expected, QString *problem) const
{
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (!doc.isObject()) {
        *problem = ProviderError::tr("The embeddings reply is not a JSON object.");
        return {};
    }
    const QJsonObject root = doc.object();
    QList<QList<float>> vectors;
    switch (dialectOf(m_config)) {
    case Dialect::Gemini:
        for (const QJsonValue &v : root.value(QLatin1String("embeddings")).toArray())
            vectors.append(floatsOf(v.toObject().value(QLatin1String("values"))));
        break;
    case Dialect::Ollama:
        for (const QJsonValue &v : root.value(QLatin1String("embeddings")).toArray())
            vectors.append(floatsOf(v));
        break;
    case Dialect::OpenAi: {
        const QJsonArray data = root.value(QLatin1String("data")).toArray();
        vectors.resize(data.size());
        for (qsizetype i = 0; i < data.size(); ++i) {
            const QJsonObject item = data[i].toObject();
            // `index` says which input an item belongs to; servers may not keep the order.
            const qsizetype at =
                item.contains(QLatin1String("index")) ? qsizetype(item.value(QLatin1String("index")).toInteger(-1)) : i;
            if (at < 0 || at >= data.size() || !vectors[at].isEmpty()) {
                *problem = ProviderError::tr("The embeddings reply has a missing or repeated index.");
                return {};
            }
            const QJsonValue e = item.value(QLatin1String("embedding"));
            vectors[at] = e.isString() ? floatsOfBase64(e.toString()) : floatsOf(e);
        }
        break;
    }
    }
    if (vectors.size() != expected) {
        *problem =
            ProviderError::tr("The embeddings reply holds %1 vectors for %2 texts.").arg(vectors.size()).arg(expected);
        return {};
    }
    for (const QList<float> &v : std::as_const(vectors)) {
        if (v.isEmpty()) {
            *problem = ProviderError::tr("The embeddings reply holds an empty or unreadable vector.");
            return {};
        }
    }
    return vectors;
}

void EmbeddingsJob::sendNext()
{
    if (m_next >= m_pending.size()) {
        finishWithResult();
        return;
    }
    m_batch = m_pending.mid(m_next, m_batchSize);
    m_next += m_batch.size();
    if (m_transfer)
        m_transfer->deleteLater();
    m_body.clear();
    m_transfer = new RetryingTransfer(
        m_nam, m_config, [spec = request(m_batch)] { return spec; }, this);
    connect(m_transfer, &RetryingTransfer::attemptStarted, this, [this] { m_body.clear(); });
    connect(m_transfer, &RetryingTransfer::bodyReceived, this, [this](const QByteArray &bytes) { m_body += bytes; });
    connect(m_transfer, &RetryingTransfer::finished, this, &EmbeddingsJob::onTransferFinished);
    m_transfer->start();
}

void EmbeddingsJob::onTransferFinished()
{
    if (m_done || !m_transfer)
        return;
    using Kind = RetryingTransfer::Outcome::Kind;
    const RetryingTransfer::Outcome o = m_transfer->outcome();
    if (o.kind != Kind::Ok) {
        finish({}, ProviderSupport::makeError(o.code, errorContext(), o.status, o.server.message, o.detail));
        return;
    }
    QString problem;
    const QList<QList<float>> vectors = parse(m_body, m_batch.size(), &problem);
    if (!problem.isEmpty()) {
        finish({}, ProviderSupport::makeError(ProviderError::Code::BadResponse, errorContext(), o.status, {}, problem));
        return;
    }
    for (qsizetype i = 0; i < vectors.size(); ++i)
        m_cache->insert(m_config, m_model, m_batch[i], vectors[i]);
    sendNext();
}

ProviderSupport::ErrorContext EmbeddingsJob::errorContext() const
{
    const bool started = m_transfer && m_transfer->attempts() > 0;
    ProviderSupport::ErrorContext ctx;
    if (m_wire) {
        ctx = m_wire->errorContext(started ? m_transfer->url() : m_url, started ? m_transfer->attempts() : 1, false);
    } else {
        ctx.url = m_url;
        ctx.apiKey = m_config.apiKey;
    }
    ctx.model = m_model;
    return ctx;
}

void EmbeddingsJob::finishWithResult()
{
    QList<QList<float>> vectors;
    vectors.reserve(m_texts.size());
    for (const QString &text : std::as_const(m_texts)) {
        std::optional<QList<float>> v = m_cache->find(m_config, m_model, text);
        if (!v) { // only when the cache was cleared meanwhile
            finish({}, ProviderSupport::makeError(ProviderError::Code::Other, errorContext(), 0, {},
                                                  ProviderError::tr("An embedding went missing from the cache.")));
            return;
        }
        vectors.append(std::move(*v));
    }
    finish(vectors, std::nullopt);
}

void EmbeddingsJob::finish(const QList<QList<float>> &vectors, std::optional<ProviderError> error)
{
    if (m_done)
        return;
    m_done = true;
    if (m_transfer)
        m_transfer->abort();
    Q_EMIT finished(vectors, error);
}
