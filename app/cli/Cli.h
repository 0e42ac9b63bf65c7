// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QStringList>

/// `vslab-cli` subcommands. Each returns the process exit code (design.md: 0 ok, 2 bad arguments, 3 provider or
/// network error, 4 no candidates, 130 interrupted). Results go to stdout, messages to stderr.
namespace Cli {
enum ExitCode {
    Ok = 0,
    BadArguments = 2,
    ProviderFailed = 3,
    NoCandidates = 4,
    Interrupted = 130
};

int parse(const QStringList &args);
int generate(const QStringList &args);
int models(const QStringList &args);
QString usage();
QString unknownCommand(const QString &command);
} // namespace Cli
