// SPDX-License-Identifier: Apache-2.0
#include "DemoProvider.h"

#include "demo/DemoCall.h"
#include "demo/DemoModelListJob.h"

DemoProvider::DemoProvider(ProviderConfig config)
    : Provider(std::move(config))
{}

DemoProvider::~DemoProvider() = default;

QUrl DemoProvider::baseUrl() const
{
    return QUrl(QStringLiteral("demo://offline"));
}

QUrl DemoProvider::chatUrl() const
{
    return baseUrl();
}

ProviderCall *DemoProvider::start(const ChatRequest &request)
{
    Q_UNUSED(request)
    CallResult r;
    r.url = chatUrl();
    r.finishReason = QStringLiteral("stop");
    r.notes << QStringLiteral("Simulated by the offline demo model");
    ProviderError e;
    e.code = ProviderError::Code::NoMatch;
    e.message = QStringLiteral("Demo model: not implemented yet.");
    e.url = r.url;
    r.error = e;
    return new DemoCall({}, 0, r);
}

ModelListJob *DemoProvider::listModels()
{
    return new DemoModelListJob({QStringLiteral("vs-demo")});
}
