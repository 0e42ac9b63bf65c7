// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "providers/ModelListJob.h"
#include "providers/Provider.h"
#include "providers/ProviderCall.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QStringList>
#include <QTest>

#include <functional>
#include <memory>

/// Helpers for tests that drive a Provider against the LoopbackServer without blocking the event loop.
namespace ProviderTestKit {

/// What one call produced.
struct CallOutcome
{
    bool finished = false; ///< finished() arrived within the timeout
    int finishedCount = 0; ///< how many times finished() was emitted (must be 1)
    CallResult result;
    QStringList deltas; ///< every textDelta, in order
    qint64 elapsedMs = 0;
};

/// Starts `request` on `provider` and waits (event loop running) for finished(). `onDelta` runs for every delta
/// with the call, e.g. to cancel it part-way.
inline CallOutcome runCall(Provider &provider, const ChatRequest &request, int timeoutMs = 10000,
                           const std::function<void(ProviderCall *, const QString &)> &onDelta = {})
{
    CallOutcome out;
    QElapsedTimer clock;
    clock.start();
    std::unique_ptr<ProviderCall> call(provider.start(request));
    QSignalSpy spy(call.get(), &ProviderCall::finished);
    QObject::connect(call.get(), &ProviderCall::textDelta, call.get(), [&out, &call, &onDelta](const QString &d) {
        out.deltas.append(d);
        if (onDelta)
            onDelta(call.get(), d);
    });
    QObject::connect(call.get(), &ProviderCall::finished, call.get(), [&out](const CallResult &r) {
        out.result = r;
        ++out.finishedCount;
    });
    out.finished = spy.count() > 0 || spy.wait(timeoutMs);
    out.elapsedMs = clock.elapsed();
    // Let stray late signals show up (a second finished() would be a bug).
    QTest::qWait(0);
    return out;
}

/// What one model listing produced.
struct ListOutcome
{
    bool finished = false;
    QStringList models;
    std::optional<ProviderError> error;
};

inline ListOutcome listModels(Provider &provider, int timeoutMs = 10000)
{
    ListOutcome out;
    std::unique_ptr<ModelListJob> job(provider.listModels());
    QSignalSpy spy(job.get(), &ModelListJob::finished);
    QObject::connect(job.get(), &ModelListJob::finished, job.get(),
                     [&out](const QStringList &models, const std::optional<ProviderError> &error) {
                         out.models = models;
                         out.error = error;
                     });
    out.finished = spy.count() > 0 || spy.wait(timeoutMs);
    return out;
}

} // namespace ProviderTestKit
