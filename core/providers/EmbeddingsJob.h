// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "EmbeddingsCache.h"
#include "ProviderTypes.h"
#include "RetryingTransfer.h"

#include <QObject>
#include <QPointer>
#include <QStringList>

#include <memory>
#include <optional>

class QNetworkAccessManager;
class WireFormat;

/**
 * Embeds texts with a provider's embeddings endpoint, for the optional `semantic_diversity` metric:
 * - OpenAI-compatible presets: `POST {base}/embeddings` `{"model","input":[…],"encoding_format":"float"}`; the reply's
 *   `data[].embedding` may be floats or base64 of little-endian float32 (both are read);
 * - Ollama: its native `POST {root}/api/embed` `{"model","input":[…]}` → `embeddings[][]`, where root is the
 *   preset's `/v1` base URL without the `/v1`;
 * - Gemini: `POST {base}/models/{model}:batchEmbedContents` → `embeddings[].values`.
 * The demo model and Anthropic have no embeddings endpoint: finished() carries a clear error (see unsupported()).
 *
 * Texts already in the cache, or repeated, are not sent again; the rest go in batches of batchSize() texts, one
 * request after the other, each through a RetryingTransfer (retries, timeouts, size cap, auth headers as the chat
 * wire format sets them). finished() is emitted exactly once, with one vector per text in the order given, or
 * with a typed error (naming provider and URL, never the key) and no vectors.
 */
class EmbeddingsJob final : public QObject
{
    Q_OBJECT
public:
    static constexpr int kDefaultBatchSize = 64;

    /// `cache` may be null (a private one is used); share one to embed each text once per session.
    EmbeddingsJob(ProviderConfig config, QNetworkAccessManager *nam, QString model, QStringList texts,
                  std::shared_ptr<EmbeddingsCache> cache = {}, QObject *parent = nullptr);
    ~EmbeddingsJob() override;
    Q_DISABLE_COPY_MOVE(EmbeddingsJob)

    int batchSize() const { return m_batchSize; }
    /// Texts per request (at least 1); set before start().
    void setBatchSize(int size) { m_batchSize = qMax(1, size); }

    /// Begins on the next event-loop turn, so callers can connect first.
    void start();
    /// Stops at once; finished() follows with a Cancelled error.
    void cancel();

    /// The error to report for a provider without an embeddings endpoint (demo model, Anthropic); nullopt otherwise.
    static std::optional<ProviderError> unsupported(const ProviderConfig &config);
    /// The URL the embeddings of `model` are requested from (invalid for an unsupported provider).
    static QUrl endpoint(const ProviderConfig &config, const QString &model);

Q_SIGNALS:
    void finished(const QList<QList<float>> &vectors, const std::optional<ProviderError> &error);

private:
    enum class Dialect {
        OpenAi,
        Ollama,
        Gemini
    };
    static Dialect dialectOf(const ProviderConfig &config);
    HttpRequestSpec request(const QStringList &batch) const;
    /// The vectors of one reply, or an error detail in `problem`.
    QList<QList<float>> parse(const QByteArray &body, qsizetype expected, QString *problem) const;
    void sendNext();
    void onTransferFinished();
    ProviderSupport::ErrorContext errorContext() const;
    void finishWithResult();
    void finish(const QList<QList<float>> &vectors, std::optional<ProviderError> error);

    ProviderConfig m_config;
    QNetworkAccessManager *m_nam;
    QString m_model;
    QStringList m_texts;
    std::shared_ptr<EmbeddingsCache> m_cache;
    std::shared_ptr<const WireFormat> m_wire;
    QUrl m_url;
    QStringList m_pending; ///< distinct texts not in the cache
    QStringList m_batch;   ///< the texts of the request in flight
    qsizetype m_next = 0;  ///< index in m_pending of the next batch
    QPointer<RetryingTransfer> m_transfer;
    QByteArray m_body;
    int m_batchSize = kDefaultBatchSize;
    bool m_done = false;
};
