// SPDX-License-Identifier: Apache-2.0
// Does the comparison really run its calls concurrently? N = 30 direct calls against the loopback server, each
// answered after 200 ms, at concurrency 8. Ideal wall time: ⌈30 / 8⌉ × 200 ms = 800 ms; target ≤ 1.3× that.
// Qt Network opens at most 6 connections per host and QNetworkAccessManager (and every provider of a registry
// shares one manager), so 8 calls in flight become 6 on the wire: the bound that gives is printed too.
// Then the same 30 answers asked OpenAI-style, several per call (`n`), from a server that answers them all: one wave.
#include "LoopbackServer.h"
#include "run/Compare.h"
#include "session/ProviderRegistry.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTimer>

#include <algorithm>
#include <cstdio>

namespace {
constexpr int kCalls = 30;
constexpr int kConcurrency = 8;
constexpr int kLatencyMs = 200;
constexpr int kRuns = 3;
constexpr int kQtConnectionsPerHost = 6;

/// Median wall time of kRuns comparisons; -1 when one timed out. Adds failed calls to `failed`.
double medianWall(QCoreApplication &app, ProviderRegistry &providers, const CompareRequest &request, int &failed,
                  qint64 &minWall, qint64 &maxWall)
{
    QList<qint64> walls;
    for (int run = 0; run < kRuns; ++run) {
        CompareJob job(providers.current(), request);
        QElapsedTimer clock;
        qint64 wall = -1;
        QObject::connect(&job, &CompareJob::finished, &job, [&](const CompareResult &r) {
            wall = clock.elapsed();
            for (const MethodOutcome &o : r.methods)
                failed += o.failedCalls + (int(o.responses.size()) == request.n ? 0 : 1);
            QCoreApplication::exit(0);
        });
        QTimer::singleShot(30000, &app, [] { QCoreApplication::exit(1); });
        clock.start();
        QTimer::singleShot(0, &job, &CompareJob::start);
        if (QCoreApplication::exec() != 0 || wall < 0)
            return -1;
        walls.append(wall);
    }
    std::sort(walls.begin(), walls.end());
    minWall = walls.first();
    maxWall = walls.last();
    return double(walls[walls.size() / 2]);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    LoopbackServer server;
    server.setFallback(LoopbackServer::Response::openAiStream(QStringLiteral("Paris"), 4).delayed(kLatencyMs));
    ProviderRegistry providers(std::make_unique<MemorySecretStore>());
    ProviderConfig c;
    c.presetId = QStringLiteral("custom");
    c.baseUrl = server.url(QStringLiteral("/v1")).toString();
    c.model = QStringLiteral("loop-model");
    providers.setConfig(c);
    TransportSettings t;
    t.retries = 0;
    t.timeoutSeconds = 10;
    providers.setTransport(t);
    if (!providers.setCurrent(QStringLiteral("custom")).ok())
        return 1;

    CompareRequest request;
    request.prompt = QStringLiteral("Name a capital city");
    request.methods = {Method::Direct};
    request.n = kCalls;
    request.concurrency = kConcurrency;
    request.answersPerCall = 1; // N independent calls, as the target counts them

    const double ideal = double((kCalls + kConcurrency - 1) / kConcurrency) * kLatencyMs;
    const double qtBound = double((kCalls + kQtConnectionsPerHost - 1) / kQtConnectionsPerHost) * kLatencyMs;
    int failed = 0;
    qint64 lo = 0;
    qint64 hi = 0;
    const double median = medianWall(app, providers, request, failed, lo, hi);
    if (median < 0) {
        std::printf("compare: a run timed out\n");
        return 1;
    }
    std::printf("compare: %d direct calls, %d ms each, concurrency %d, %d runs (%d failed calls)\n", kCalls, kLatencyMs,
                kConcurrency, kRuns, failed);
    std::printf("compare: wall time median %.0f ms (min %lld, max %lld)\n", median, static_cast<long long>(lo),
                static_cast<long long>(hi));
    std::printf("compare: ideal ⌈%d/%d⌉ × %d ms = %.0f ms; ratio %.2f× (target ≤ 1.3×)\n", kCalls, kConcurrency,
                kLatencyMs, ideal, median / ideal);
    std::printf("compare: Qt Network's %d connections per host bound ⌈%d/%d⌉ × %d ms = %.0f ms; ratio to it %.2f×\n",
                kQtConnectionsPerHost, kCalls, kQtConnectionsPerHost, kLatencyMs, qtBound, median / qtBound);

    // Several answers per call: automatic = ⌈30 / 6⌉ = 5 per call (Qt's 6 connections per host), 6 calls, one wave.
    ProviderConfig batched = c;
    batched.stream = false;
    providers.setConfig(batched);
    const int perCall = (kCalls + kQtConnectionsPerHost - 1) / kQtConnectionsPerHost;
    server.setFallback(
        LoopbackServer::Response::openAiChoices(QStringList(perCall, QStringLiteral("Paris"))).delayed(kLatencyMs));
    request.answersPerCall = 0;
    const double batchedMedian = medianWall(app, providers, request, failed, lo, hi);
    if (batchedMedian < 0) {
        std::printf("compare: a batched run timed out\n");
        return 1;
    }
    std::printf("compare: %d answers asked %d per call (n), concurrency %d: wall median %.0f ms (min %lld, max %lld); "
                "%.2f× one call's %d ms\n",
                kCalls, perCall, kConcurrency, batchedMedian, static_cast<long long>(lo), static_cast<long long>(hi),
                batchedMedian / kLatencyMs, kLatencyMs);
    return failed == 0 ? 0 : 1;
}
