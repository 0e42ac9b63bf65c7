// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "base/Result.h"
#include "export/DistributionFile.h"
#include "store/HistoryStore.h"

/// Turns runs into history entries and back. Nothing secret is part of a run, so none reaches the database.
namespace RunArchive {
/// The entry saved for a finished (or failed, or cancelled) run.
HistoryEntry toEntry(const RunRequest &request, const RunResult &result);
/// A saved entry as a run: distribution, prompt, every setting (64-bit seed included), raw replies, warnings, error.
Result<SavedRun> fromEntry(const HistoryEntry &entry);
} // namespace RunArchive
