// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "WireFormat.h"

/**
 * Anthropic Messages API: `x-api-key` + `anthropic-version: 2023-06-01`, system prompt at the top level,
 * temperature capped at 1 (with a visible note), structured output as `output_config.format`.
 */
class AnthropicWire final : public WireFormat
{
public:
    using WireFormat::WireFormat;
    static constexpr const char *apiVersion = "2023-06-01";

    ProviderKind kind() const override { return ProviderKind::Anthropic; }
    QUrl baseUrl() const override;
    QUrl chatUrl(bool stream) const override;
    QUrl modelsUrl() const override;
    std::pair<double, double> temperatureRange(QString *reason) const override;
    HttpRequestSpec chatRequest(const ChatRequest &request, bool structured, QStringList *notes) const override;
    QStringList parseModels(const QJsonDocument &doc) const override;
    std::unique_ptr<ReplyDecoder> newDecoder(bool stream) const override;

protected:
    void addAuth(HttpRequestSpec &spec) const override;
};
