// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "base/Result.h"
#include "providers/ProviderTypes.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>

class ProviderRegistry;

/// One model of "models side by side": PROVIDER:MODEL, everything after the first colon being the model, so
/// `ollama:llama3.2:3b` works. The CLI's --models and the models window read the same syntax.
struct ModelSpec
{
    Q_DECLARE_TR_FUNCTIONS(ModelSpec)
public:
    QString presetId;
    QString model; ///< empty only for the demo model (its one model)

    /// Comma-separated specs; a failure names the spec that is wrong and why (the caller adds "--models:" or the
    /// field's name).
    static Result<QList<ModelSpec>> parseList(const QString &specs);
    /// The provider's configuration in `registry` with this model and, when `baseUrls` has one for the provider, its
    /// base URL.
    ProviderConfig configIn(const ProviderRegistry &registry, const QHash<QString, QString> &baseUrls = {}) const;
};
