// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "WireFormat.h"

/**
 * Google Gemini API: `models/{model}:generateContent` and `:streamGenerateContent?alt=sse`, `x-goog-api-key`,
 * `systemInstruction`, `generationConfig`, role "model" for the assistant. Structured output sends
 * `responseMimeType: application/json` and `responseSchema` (the OpenAPI subset Gemini accepts).
 */
class GeminiWire final : public WireFormat
{
public:
    using WireFormat::WireFormat;
    ProviderKind kind() const override { return ProviderKind::Gemini; }
    QUrl baseUrl() const override;
    QUrl chatUrl(bool stream) const override;
    QUrl modelsUrl() const override;
    HttpRequestSpec chatRequest(const ChatRequest &request, bool structured, QStringList *notes) const override;
    QStringList parseModels(const QJsonDocument &doc) const override;
    std::unique_ptr<ReplyDecoder> newDecoder(bool stream) const override;

    /// Reduces a JSON Schema to the keywords of Gemini's `responseSchema` (drops additionalProperties, $schema,
    /// ...; turns `"type": ["string", "null"]` into `"type": "string", "nullable": true`).
    static QJsonObject toGeminiSchema(const QJsonObject &schema);

protected:
    void addAuth(HttpRequestSpec &spec) const override;
};
