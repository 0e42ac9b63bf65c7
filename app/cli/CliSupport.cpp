// SPDX-License-Identifier: Apache-2.0
#include "CliSupport.h"

#include "providers/ProviderTypes.h"
#include "session/ProviderRegistry.h"

#include <QFile>
#include <QJsonDocument>
#include <QTextStream>
#include <QTimer>

#include <csignal>
#include <memory>
#include <utility>

namespace Cli {
namespace {
volatile std::sig_atomic_t g_interrupted = 0;
extern "C" void onSigint(int)
{
    g_interrupted = 1;
}
} // namespace

void printErr(const QString &line)
{
    QTextStream(stderr) << line << '\n';
}

int badArguments(const QString &message)
{
    printErr(QStringLiteral("vslab-cli: ") + message);
    return 2;
}

void printJson(const QJsonObject &o, bool compact)
{
    QFile out;
    if (!out.open(stdout, QIODevice::WriteOnly))
        return;
    out.write(QJsonDocument(o).toJson(compact ? QJsonDocument::Compact : QJsonDocument::Indented));
    if (compact)
        out.write("\n");
    out.flush();
}

QString presetList()
{
    QStringList ids;
    for (const ProviderPreset &p : ProviderPreset::all())
        ids.append(p.id);
    return ids.join(QStringLiteral(", "));
}

Result<void> chooseProvider(ProviderRegistry &registry, const ProviderChoice &choice, bool requireModel,
                            const std::function<void()> &ready)
{
    ProviderChoice c = choice;
    if (c.presetId.isEmpty())
        c.presetId = QStringLiteral("demo");
    if (const Result<void> chosen = registry.choose(c); !chosen)
        return chosen;
    const ProviderPreset *preset = ProviderPreset::find(c.presetId);
    if (requireModel && registry.currentConfig().model.isEmpty())
        return fail(Failure::Kind::BadInput, CliText::tr("provider \"%1\" needs --model.").arg(c.presetId));
    if (preset->kind == ProviderKind::Demo || !c.apiKeyEnv.isEmpty()) {
        QTimer::singleShot(0, &registry, ready);
        return {};
    }
    auto once = std::make_shared<bool>(false);
    auto go = [ready, once] {
        if (!std::exchange(*once, true))
            ready();
    };
    registry.readKey(c.presetId, go);
    // The keychain may never answer (no secret service): go on without it after a few seconds.
    QTimer::singleShot(5000, &registry, go);
    return {};
}

void cancelOnInterrupt(QObject *context, const std::function<void()> &cancel)
{
    std::signal(SIGINT, onSigint);
    // A signal handler may only set a flag: a timer turns it into a cancel on the event loop.
    auto *watch = new QTimer(context);
    QObject::connect(watch, &QTimer::timeout, context, [cancel] {
        if (g_interrupted)
            cancel();
    });
    watch->start(50);
}

bool interrupted()
{
    return g_interrupted != 0;
}
} // namespace Cli
