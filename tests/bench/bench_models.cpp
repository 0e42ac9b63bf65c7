// SPDX-License-Identifier: Apache-2.0
// Models side by side run concurrently: three models (three loopback servers, as three providers are three hosts),
// each 30 direct + 6 VS calls answered after 200 ms, one lab per model as `vslab-cli compare --models` runs them.
// Target: all three together within 1.3× of the slowest model alone.
#include "LoopbackServer.h"
#include "session/LabSession.h"
#include "session/ProviderRegistry.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <memory>
#include <vector>

namespace {
constexpr int kModels = 3;
constexpr int kLatencyMs = 200;
constexpr int kRuns = 3;

CompareRequest request()
{
    CompareRequest r;
    r.prompt = QStringLiteral("Name a capital city");
    r.methods = {Method::Direct, Method::VsStandard};
    r.n = 30; // 30 direct calls, 6 VS calls of k = 5
    r.settings.k = 5;
    r.concurrency = 8;
    r.answersPerCall = 1;
    return r;
}

/// Wall time of one comparison on each of `configs` at once; -1 on a timeout or a failed call.
qint64 runTogether(ProviderRegistry &providers, const QList<ProviderConfig> &configs)
{
    std::vector<std::unique_ptr<LabSession>> labs;
    int running = int(configs.size());
    bool failed = false;
    QElapsedTimer clock;
    clock.start();
    for (const ProviderConfig &c : configs) {
        auto lab = std::make_unique<LabSession>(&providers);
        QObject::connect(lab.get(), &LabSession::finished, lab.get(), [&](const CompareResult &r) {
            for (const MethodOutcome &o : r.methods)
                failed = failed || o.failedCalls > 0;
            if (--running == 0)
                QCoreApplication::exit(0);
        });
        if (!lab->start(request(), providers.create(c)).ok())
            return -1;
        labs.push_back(std::move(lab));
    }
    QTimer::singleShot(30000, qApp, [] { QCoreApplication::exit(1); });
    if (QCoreApplication::exec() != 0 || failed)
        return -1;
    return clock.elapsed();
}

qint64 median(QList<qint64> v)
{
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QByteArray vs =
        R"({"choices":[{"index":0,"message":{"role":"assistant","content":"{\"responses\":[{\"text\":\"Paris\",)"
        R"(\"probability\":0.4},{\"text\":\"Rome\",\"probability\":0.3},{\"text\":\"Oslo\",\"probability\":0.1},)"
        R"({\"text\":\"Lima\",\"probability\":0.1},{\"text\":\"Quito\",\"probability\":0.1}]}"},"finish_reason":"stop"}]})";
    std::vector<std::unique_ptr<LoopbackServer>> servers;
    ProviderRegistry providers(std::make_unique<MemorySecretStore>());
    TransportSettings t;
    t.retries = 0;
    t.timeoutSeconds = 10;
    providers.setTransport(t);
    QList<ProviderConfig> configs;
    for (int i = 0; i < kModels; ++i) {
        auto server = std::make_unique<LoopbackServer>();
        // Direct and VS calls get the same reply; a VS reply parsed as a direct answer is still one answer.
        server->setFallback(LoopbackServer::Response::json(vs).delayed(kLatencyMs));
        ProviderConfig c = providers.config(QStringLiteral("custom"));
        c.baseUrl = server->url(QStringLiteral("/v1")).toString();
        c.model = QStringLiteral("model-%1").arg(i + 1);
        c.stream = false;
        configs.append(c);
        servers.push_back(std::move(server));
    }

    QList<qint64> alone;
    QList<qint64> together;
    for (int run = 0; run < kRuns; ++run) {
        qint64 slowest = 0;
        for (const ProviderConfig &c : std::as_const(configs)) {
            const qint64 wall = runTogether(providers, {c});
            if (wall < 0) {
                std::printf("models: a single-model run failed or timed out\n");
                return 1;
            }
            slowest = std::max(slowest, wall);
        }
        alone.append(slowest);
        const qint64 wall = runTogether(providers, configs);
        if (wall < 0) {
            std::printf("models: the side-by-side run failed or timed out\n");
            return 1;
        }
        together.append(wall);
    }
    const double a = double(median(alone));
    const double b = double(median(together));
    std::printf("models: %d models x (30 direct + 6 VS calls), %d ms per call, concurrency 8 per model, %d runs\n",
                kModels, kLatencyMs, kRuns);
    std::printf("models: slowest model alone median %.0f ms; all %d side by side median %.0f ms; ratio %.2fx "
                "(target <= 1.3x)\n",
                a, kModels, b, b / a);
    return 0;
}
