// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "BatchCommand.h"

namespace Cli {
/**
 * `vslab-cli batch --via batch-api INPUT -o OUTPUT`, `--status OUTPUT` and `--cancel OUTPUT`: the items of INPUT go
 * to the provider's batch engine (OpenAI Batch API, Anthropic Message Batches), the batch ids are kept in
 * OUTPUT.batch-state.json, results are parsed like interactive replies and appended to OUTPUT in the concurrent
 * mode's line shape. A rerun resumes polling; items already in OUTPUT are skipped; errored, expired and cancelled
 * items are reported and submitted again by the next rerun. Exit codes: 0 every item succeeded, 2 bad arguments,
 * 3 a provider error or any failed item, 130 Ctrl-C while polling (the batches keep running at the provider).
 */
int runBatchApi(const BatchCliOptions &options);
} // namespace Cli
