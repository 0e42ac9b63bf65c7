// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QStringList>

namespace Cli {
/**
 * `vslab-cli metrics [--answers FILE] [--merge F] [--json] [--embeddings-model M --provider P [--base-url URL]
 * [--api-key-env VAR]] [FILE|-]`: the diversity metrics of responses a user already has, one per line (a JSON
 * object with a `text` field, or a JSON string). --embeddings-model adds `semantic_diversity` from the provider's
 * embeddings endpoint. Exit 0; 2 for bad arguments, a malformed line (the message names the file and the line) or
 * a provider without embeddings (the demo model, Anthropic); 3 when the embeddings call fails.
 */
int metrics(const QStringList &args);
} // namespace Cli
