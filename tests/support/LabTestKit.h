// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "LoopbackServer.h"
#include "session/LabSession.h"
#include "session/ProviderRegistry.h"
#include "store/SecretStore.h"

#include <QSignalSpy>
#include <QTest>

#include <memory>

/// A lab on a provider pointing at the loopback server, for tests of comparisons against scripted replies.
namespace LabTestKit {

struct Fixture
{
    ProviderRegistry providers{std::make_unique<MemorySecretStore>()};
    LabSession lab{&providers};
};

/// `preset` ("custom", "gemini", ...) at `server`, key "test-key", no retries, 5 s timeout, streaming as asked.
inline std::unique_ptr<Fixture> make(const LoopbackServer &server, const QString &preset = QStringLiteral("custom"),
                                     bool stream = false)
{
    auto f = std::make_unique<Fixture>();
    ProviderConfig c;
    c.presetId = preset;
    c.baseUrl =
        server.url(preset == QLatin1String("gemini") ? QStringLiteral("/v1beta") : QStringLiteral("/v1")).toString();
    c.model = QStringLiteral("loop-model");
    c.apiKey = QStringLiteral("test-key");
    c.stream = stream;
    f->providers.setConfig(c);
    TransportSettings t;
    t.retries = 0;
    t.timeoutSeconds = 5;
    f->providers.setTransport(t);
    if (!f->providers.setCurrent(preset).ok())
        return nullptr;
    return f;
}

/// Starts `request` and waits for the comparison to finish; false when refused or timed out.
inline bool run(Fixture &f, const CompareRequest &request)
{
    QSignalSpy finished(&f.lab, &LabSession::finished);
    if (!f.lab.start(request).ok())
        return false;
    return finished.wait(20000);
}

} // namespace LabTestKit
