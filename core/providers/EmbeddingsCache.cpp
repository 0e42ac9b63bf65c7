// SPDX-License-Identifier: Apache-2.0
#include "EmbeddingsCache.h"

std::optional<QList<float>> EmbeddingsCache::find(const ProviderConfig &config, const QString &model,
                                                  const QString &text) const
{
    const auto it = m_vectors.constFind(key(config, model, text));
    if (it == m_vectors.cend())
        return std::nullopt;
    return *it;
}

void EmbeddingsCache::insert(const ProviderConfig &config, const QString &model, const QString &text,
                             const QList<float> &vector)
{
    m_vectors.insert(key(config, model, text), vector);
}

QString EmbeddingsCache::key(const ProviderConfig &config, const QString &model, const QString &text)
{
    // The unit separator cannot appear in a preset id, URL or model name, so fields never run into each other.
    const QChar sep(0x1f);
    return config.presetId + sep + config.baseUrl.trimmed() + sep + model.trimmed() + sep + text;
}
