// SPDX-License-Identifier: Apache-2.0
#include "Provider.h"

#include "AnthropicWire.h"
#include "DemoProvider.h"
#include "GeminiWire.h"
#include "NetworkProvider.h"
#include "OpenAiWire.h"

std::pair<double, double> Provider::temperatureRange(QString *reason) const
{
    if (reason)
        reason->clear();
    return {0.0, 2.0};
}

std::unique_ptr<Provider> Provider::create(const ProviderConfig &config, QNetworkAccessManager *nam)
{
    const ProviderPreset *preset = ProviderPreset::find(config.presetId);
    // An unknown id is treated as a custom OpenAI-compatible server: it is the most common wire format.
    const ProviderKind kind = preset ? preset->kind : ProviderKind::OpenAiCompatible;
    switch (kind) {
    case ProviderKind::Demo:
        return std::make_unique<DemoProvider>(config);
    case ProviderKind::Anthropic:
        return std::make_unique<NetworkProvider>(std::make_shared<AnthropicWire>(config), nam);
    case ProviderKind::Gemini:
        return std::make_unique<NetworkProvider>(std::make_shared<GeminiWire>(config), nam);
    case ProviderKind::OpenAiCompatible:
        break;
    }
    return std::make_unique<NetworkProvider>(std::make_shared<OpenAiWire>(config), nam);
}
