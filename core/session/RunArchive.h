// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "base/Result.h"
#include "export/DistributionFile.h"
#include "run/SessionSampler.h"
#include "store/HistoryStore.h"

/// Turns runs into history entries and back. Nothing secret is part of a run, so none reaches the database.
namespace RunArchive {
/// "ok", "failed" (nothing arrived), "cancelled" or "partial" (an error after some candidates).
QString statusOf(const RunResult &result);
/// The entry saved for a finished (or failed, or cancelled) run: a new uid, status, URL without user info, usage.
HistoryEntry toEntry(const RunRequest &request, const RunResult &result);
/// A saved entry as a run: distribution, prompt, every setting (64-bit seed included), raw replies, warnings, error.
Result<SavedRun> fromEntry(const HistoryEntry &entry);

/**
 * Every field of an entry as JSON (lesson packs, `history export --format json` adds it to the run's JSON):
 * {"uid","kind","status","created","prompt","method","provider","model","base_url","simulated","candidate_count",
 * "error","latency_ms","usage","starred","starred_candidates","result","distribution","raw_replies","draws",
 * "payload"}.
 */
QJsonObject entryToJson(const HistoryEntry &entry);
/// Reads entryToJson() output; the failure names the field that is missing or of the wrong type.
Result<HistoryEntry> entryFromJson(const QJsonObject &json);
/**
 * Reads one run as `vslab-cli generate --json` prints it (with the extra keys `history export --format json` adds:
 * uid, created, status, distribution, raw_replies). Without a uid, one is derived from the object's bytes, so
 * importing the same file twice adds it once.
 */
Result<HistoryEntry> entryFromRunJson(const QJsonObject &json);
/// Reads a to_dict JSON document (DistributionFile::decode); the uid is derived from the bytes.
Result<HistoryEntry> entryFromToDict(const QByteArray &json);
/// The draws of distribution number `generation` as JSON ({"number","seed","count","index","text","weight",
/// "frequency"} each; seeds as strings).
QJsonArray drawsJson(const QList<SampleDraw> &draws, int generation);
/// drawsJson() read back (reports list the draws of a saved run).
QList<SampleDraw> drawsFrom(const QJsonArray &draws);
/// The full record of one saved run: its `generate --json` object plus uid, created, status, distribution and
/// raw_replies, so importing it restores the run exactly.
QJsonObject runJson(const HistoryEntry &entry);
} // namespace RunArchive
