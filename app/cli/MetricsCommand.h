// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QStringList>

namespace Cli {
/**
 * `vslab-cli metrics [--answers FILE] [--merge F] [--json] [FILE|-]`: the diversity metrics of responses a user
 * already has, one per line (a JSON object with a `text` field, or a JSON string). Exit 0, or 2 for bad
 * arguments or a malformed line (the message names the file and the line).
 */
int metrics(const QStringList &args);
} // namespace Cli
