// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "providers/ProviderTypes.h"
#include "vs/Candidate.h"
#include "vs/Distribution.h"

#include <QJsonArray>
#include <QJsonObject>

struct RunRequest;
struct RunResult;

/// The JSON shapes `vslab-cli` prints and the GUI exports (documented in the README).
namespace ResultJson {
/// {"text","stated","probability","repairs"[,"partial"]}: stated = the number written, probability = final weight.
QJsonObject candidate(const Candidate &c);
QJsonArray candidates(const Distribution &d);
/// [{"code","message"}]
QJsonArray warnings(const Warnings &w);
QJsonObject error(const ProviderError &e);
QJsonObject usage(const Usage &u);
QJsonObject settings(const GenerationSettings &s);
/// {"index","text","probability"} of one seeded draw; empty when the distribution is empty.
QJsonObject sample(const Distribution &d, quint64 seed);
/// The whole `generate --json` object.
QJsonObject runResult(const RunRequest &request, const RunResult &result, const ProviderConfig &config);
} // namespace ResultJson
