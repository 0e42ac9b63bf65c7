// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QStringList>

namespace Cli {
/**
 * `vslab-cli history list|search TEXT|show ID|delete ID...|export ID... --format F -o FILE|import FILE...`: the run
 * history the GUI shows (same database; --db or $VSLAB_HISTORY_DB picks another). list and search print newest
 * first (--limit, default 50; filters --provider --model --method --starred --since --until), --json as an array.
 * Exit 0; 2 for bad arguments, an unknown run id, a history that cannot be opened or a malformed import file (the
 * message names the file, the line and the problem; nothing of that file is imported).
 */
int history(const QStringList &args);
} // namespace Cli
