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
/**
 * {"text","stated","probability","repairs","count","basis"[,"partial"]}: stated = the number the model wrote (null
 * when it wrote none, also when VS Lab filled one in), probability = final weight, count = how many times the model
 * gave the answer, basis = what probability rests on ("stated", "filled_in" or "counted", Candidate::basisName).
 */
QJsonObject candidate(const Candidate &c);
QJsonArray candidates(const Distribution &d);
/// [{"code","message"}]
QJsonArray warnings(const Warnings &w);
QJsonObject error(const ProviderError &e);
QJsonObject usage(const Usage &u);
QJsonObject settings(const GenerationSettings &s);
/// {"index","text","probability"} of one seeded draw; empty when the distribution is empty.
QJsonObject sample(const Distribution &d, quint64 seed);
/**
 * What kind of numbers a distribution holds: {"counted","total_count","stated_count","stated_sum"}; stated_sum is
 * null when the model stated no probability (Distribution::statedSum). runResult() includes these keys.
 */
QJsonObject distributionFacts(const Distribution &d);
/// The whole `generate --json` object.
/// Takes the run and its result only: nothing that holds a key can reach it.
QJsonObject runResult(const RunRequest &request, const RunResult &result);
} // namespace ResultJson
