// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "base/Result.h"
#include "session/GenerationSetup.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <functional>

class ProviderRegistry;

/// What every `vslab-cli` command shares: output, argument errors, the provider and its key, Ctrl-C.
namespace Cli {
/// The translation context of vslab-cli's own texts.
class CliText
{
    Q_DECLARE_TR_FUNCTIONS(CliText)
};

/// One line to stderr.
void printErr(const QString &line);
/// Every provider preset id, comma-separated, for messages that list the choices.
QString presetList();
/// "vslab-cli: MESSAGE" to stderr; returns the bad-arguments exit code.
int badArguments(const QString &message);
/// One JSON object to stdout: indented, or compact on one line (JSON lines).
void printJson(const QJsonObject &o, bool compact);

/**
 * Resolves the provider of a command line: preset defaults for base URL and model (scripts do not depend on the
 * GUI's settings), the key from --api-key-env, else the preset's variables, else the keychain entry saved for
 * that preset by the GUI. Calls `ready` from the event loop once the key is known (or the keychain gave no answer
 * within 5 s).
 */
Result<void> chooseProvider(ProviderRegistry &registry, const ProviderChoice &choice, bool requireModel,
                            const std::function<void()> &ready);

/// From now on Ctrl-C calls `cancel` (from the event loop, while `context` lives) instead of killing the process.
void cancelOnInterrupt(QObject *context, const std::function<void()> &cancel);
/// True once Ctrl-C was pressed.
bool interrupted();
} // namespace Cli
