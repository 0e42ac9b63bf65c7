// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "WireFormat.h"

/**
 * OpenAI Chat Completions, also spoken by OpenRouter, Ollama (/v1), LM Studio, vLLM and llama.cpp's server.
 * Reasoning models (o1/o3/o4/gpt-5) get `max_completion_tokens` and no temperature, with a visible note.
 */
class OpenAiWire final : public WireFormat
{
public:
    using WireFormat::WireFormat;
    ProviderKind kind() const override { return ProviderKind::OpenAiCompatible; }
    QUrl baseUrl() const override;
    QUrl chatUrl(bool stream) const override;
    QUrl modelsUrl() const override;
    std::pair<double, double> temperatureRange(QString *reason) const override;
    HttpRequestSpec chatRequest(const ChatRequest &request, bool structured, QStringList *notes) const override;
    QStringList parseModels(const QJsonDocument &doc) const override;
    std::unique_ptr<ReplyDecoder> newDecoder(bool stream) const override;

    /// The `json_schema.name` OpenAI wants: [a-zA-Z0-9_-]{1,64}, from the schema's title.
    static QString schemaName(const QJsonObject &schema);
    /// One completion's token log-probabilities from `[{token, logprob, top_logprobs: [{token, logprob}]}]`:
    /// OpenAI's `choices[].logprobs.content`, and Ollama's top-level `logprobs` of /api/chat.
    static ChoiceLogprobs tokenLogprobs(const QJsonValue &tokens);

protected:
    void addAuth(HttpRequestSpec &spec) const override;
};
