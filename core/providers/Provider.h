// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "ModelListJob.h"
#include "ProviderCall.h"
#include "ProviderTypes.h"

#include <memory>

class QNetworkAccessManager;

/// A chat model endpoint. Implementations: OpenAI-compatible, Anthropic, Gemini, offline demo.
class Provider
{
public:
    virtual ~Provider() = default;

    const ProviderConfig &config() const { return m_config; }
    virtual ProviderKind kind() const = 0;
    /// True for the offline demo model: every output is labelled simulated.
    virtual bool isSimulated() const { return false; }
    /// The normalized base URL (what the status line shows).
    virtual QUrl baseUrl() const = 0;
    /// The full URL a chat call goes to.
    virtual QUrl chatUrl() const = 0;
    /// Temperature range the model accepts, and a reason when narrower than [0, 2] (empty otherwise).
    virtual std::pair<double, double> temperatureRange(QString *reason = nullptr) const;

    /// Starts a call; the caller owns the returned object (parent it or delete it after finished()).
    virtual ProviderCall *start(const ChatRequest &request) = 0;
    /// Lists the models the provider offers.
    virtual ModelListJob *listModels() = 0;

    /// Creates the provider for config.presetId. `nam` is shared by every network provider and must outlive it.
    static std::unique_ptr<Provider> create(const ProviderConfig &config, QNetworkAccessManager *nam);

protected:
    explicit Provider(ProviderConfig config)
        : m_config(std::move(config))
    {}
    ProviderConfig m_config;
};
