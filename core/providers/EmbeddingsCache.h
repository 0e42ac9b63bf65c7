// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "ProviderTypes.h"

#include <QHash>
#include <QList>
#include <QString>

#include <optional>

/**
 * Embedding vectors already fetched in this session, keyed by provider (preset and base URL), model and text, so a
 * text is never embedded twice. In memory only: embeddings of user texts are not written anywhere. Share one cache
 * between jobs through a shared_ptr; not thread-safe (jobs run on one thread).
 */
class EmbeddingsCache final
{
public:
    /// The cached vector of `text`, if any.
    std::optional<QList<float>> find(const ProviderConfig &config, const QString &model, const QString &text) const;
    void insert(const ProviderConfig &config, const QString &model, const QString &text, const QList<float> &vector);
    qsizetype size() const { return m_vectors.size(); }
    void clear() { m_vectors.clear(); }

private:
    static QString key(const ProviderConfig &config, const QString &model, const QString &text);

    QHash<QString, QList<float>> m_vectors;
};
