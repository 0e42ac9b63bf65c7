// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "Provider.h"
#include "WireFormat.h"

#include <memory>

class QNetworkAccessManager;

/// A provider reached over HTTP: OpenAI-compatible, Anthropic or Gemini, depending on its WireFormat.
class NetworkProvider final : public Provider
{
public:
    NetworkProvider(std::shared_ptr<const WireFormat> wire, QNetworkAccessManager *nam);

    ProviderKind kind() const override { return m_wire->kind(); }
    QUrl baseUrl() const override { return m_wire->baseUrl(); }
    QUrl chatUrl() const override { return m_wire->chatUrl(m_config.stream); }
    std::pair<double, double> temperatureRange(QString *reason = nullptr) const override;
    ProviderCall *start(const ChatRequest &request) override;
    ModelListJob *listModels() override;

    const WireFormat &wire() const { return *m_wire; }

private:
    std::shared_ptr<const WireFormat> m_wire;
    QNetworkAccessManager *m_nam;
};
