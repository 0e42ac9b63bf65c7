// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QStringList>

namespace Cli {
/**
 * `vslab-cli compare [-n N] [-k K] [--methods M,...] [--concurrency C] [--answers FILE] [--merge F] [flags] [--json]
 * PROMPT`: the mode-collapse experiment. About N responses per method (N calls for direct, ⌈N / k⌉ for methods that
 * return k answers), their clusters and diversity metrics, and the ratio VS / direct of every metric. Exit 0, 2 for
 * bad arguments, 3 when any call failed (what arrived is still printed), 130 when interrupted.
 */
int compare(const QStringList &args);
} // namespace Cli
