// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "base/Result.h"
#include "run/Compare.h"
#include "store/HistoryStore.h"

#include <QJsonObject>

/**
 * Compare runs in the history and in lesson packs: a CompareResult as a HistoryEntry of kind "compare" whose payload
 * holds every response with its stated probability and call, so the lab shows it again (clusters, stated shares,
 * metrics) without calling anything. Never holds a key: the result has none.
 */
namespace CompareArchive {

/// {"format":"vslab-compare","version":1,"prompt","provider","model","simulated","cancelled","latency_ms",
///  "request":{"methods","n","concurrency","answers_per_call","settings"},
///  "methods":[{"method","calls","failed_calls","errors","notes","responses":[{"text","stated","call"}]}]}
QJsonObject toJson(const CompareResult &result);
/// The result back; a failure naming the first field that is missing or wrong.
Result<CompareResult> fromJson(const QJsonObject &json);

/// The history row: kind "compare", methods joined by ",", status ok / partial / failed / cancelled.
HistoryEntry toEntry(const CompareResult &result);
/// A compare row back (refused, saying why, for a plain run).
Result<CompareResult> fromEntry(const HistoryEntry &entry);

} // namespace CompareArchive
