// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "providers/ProviderTypes.h"
#include "run/Run.h"

#include <QString>

/// How calls travel: the same for every provider, set in the GUI's advanced section or by flags.
struct TransportSettings
{
    static constexpr int timeoutMaxSeconds = 3600;
    static constexpr int retriesMax = 10;
    static constexpr int maxTokensMax = 1000000;
    static constexpr int replyCapMaxMiB = 1024;

    StructuredMode structured = StructuredMode::Auto;
    bool stream = true;
    double timeoutSeconds = 60.0; ///< no byte for this long = stalled (also the wait for the first byte)
    int retries = 2;
    int maxTokens = 8192;
    int replyCapMiB = 16;

    /// Empty when valid, otherwise a message naming the setting and its allowed range.
    QString validate() const;
    /// Copies these settings into a provider configuration.
    void applyTo(ProviderConfig &config) const;
    /// The transport a provider configuration carries.
    static TransportSettings of(const ProviderConfig &config);
    bool operator==(const TransportSettings &) const = default;
};

/// Which provider to ask. Empty fields fall back to the configured (GUI) or preset (CLI) value.
struct ProviderChoice
{
    QString presetId;
    QString model;
    QString baseUrl;
    /// Read the API key from this environment variable only (never another provider's key).
    QString apiKeyEnv;
};

/// Everything one "generate" needs besides the live objects: what both executables read from flags.
struct GenerationSetup
{
    RunRequest request; ///< prompt, settings, concurrency
    ProviderChoice provider;
    TransportSettings transport;
};

namespace Names {
QString structuredMode(StructuredMode m); ///< "auto" / "on" / "off"
std::optional<StructuredMode> parseStructuredMode(const QString &s);
} // namespace Names
