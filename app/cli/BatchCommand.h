// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "session/GenerationSetup.h"

#include <QString>
#include <QStringList>

namespace Cli {
/// Everything `vslab-cli batch` was asked, parsed and validated: shared by the concurrent mode (BatchCommand.cpp)
/// and the providers' batch APIs (`--via batch-api`, BatchApiMode.h).
struct BatchCliOptions
{
    QString input;  ///< INPUT path ("-" = stdin); empty for --status / --cancel
    QString output; ///< -o OUTPUT (for --status / --cancel: their argument)
    /// Provider, model, transport and the default settings of every item (GenerationFlags).
    GenerationSetup setup;
    bool samplesOnly = false;  ///< --samples-only: {"id","text"} lines
    bool quiet = false;        ///< --quiet: no progress, no summary
    bool jsonSummary = false;  ///< --json: the end summary as one JSON object on stdout
    int concurrency = 8;       ///< --concurrency N (concurrent mode)
    double rpm = 0;            ///< --rpm N, 0 = no limit
    double tpm = 0;            ///< --tpm N, 0 = no limit
    QString via;               ///< --via: "" (concurrent) or "batch-api"
    bool status = false;       ///< --status OUTPUT (batch-api)
    bool cancel = false;       ///< --cancel OUTPUT (batch-api)
    double pollIntervalS = 30; ///< --poll-interval S (batch-api), first wait between polls
};

/**
 * `vslab-cli batch [flags] INPUT -o OUTPUT`: every line of INPUT (JSONL or plain text) through the model, at most
 * --concurrency calls at once within --rpm / --tpm and the provider's rate-limit headers; one JSONL line per item in
 * OUTPUT, resumable. Exit 0 when every item succeeded, 2 for bad arguments, 3 when any item failed (its error line
 * is in OUTPUT), 130 when interrupted.
 */
int batch(const QStringList &args);
} // namespace Cli
