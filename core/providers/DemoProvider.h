// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "Provider.h"

/**
 * The offline demo model: simulates an aligned chat model with typicality bias from scenario packs
 * (the JSON packs in resources/demo, plus packs in the user's data folder). It reads the request's VsHints rather than
 * the prompt text, writes a reply in the requested format and streams it through the same path as real providers.
 * Everything it produces is simulated and labelled so.
 */
class DemoProvider final : public Provider
{
public:
    explicit DemoProvider(ProviderConfig config);
    ~DemoProvider() override;

    ProviderKind kind() const override { return ProviderKind::Demo; }
    bool isSimulated() const override { return true; }
    QUrl baseUrl() const override;
    QUrl chatUrl() const override;
    ProviderCall *start(const ChatRequest &request) override;
    ModelListJob *listModels() override;
};
