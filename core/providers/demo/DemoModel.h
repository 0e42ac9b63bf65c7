// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "DemoPack.h"
#include "providers/ProviderTypes.h"

#include <QList>
#include <QString>
#include <QStringList>

/**
 * The simulated aligned model behind DemoProvider: pure functions from (pack, hints, temperature, α) to reply
 * text, so every reply is reproducible byte for byte from its seed.
 *
 * Typicality bias (paper, section 3): preference data rewards familiar text, r(y) = r_true(y) + α·log π_base(y),
 * and the KL-regularized optimum is then π_aligned ∝ π_base^(1 + α/β)·exp(r_true/β). With r_true flat over a
 * pack's valid answers this is a sharpened base distribution; the demo's α stands for the paper's α/β, and
 * temperature T divides the exponent as sampling temperature divides logits: π ∝ π_base^((1+α)/T).
 *
 * - direct, direct-cot, multi-turn, sequence sample from π_aligned (collapsed);
 * - vs-standard, vs-cot, vs-multi list distinct answers drawn from π_base^(1/T) with stated probabilities near
 *   π_base: asking for a distribution recovers the base model's diversity.
 */
namespace DemoModel {
/**
 * Default α when neither ProviderConfig::demoAlpha nor the pack sets one. The paper estimates α ≈ 0.57 on
 * HelpSteer; with a KL coefficient β around 0.1-0.15 the aligned exponent 1 + α/β is roughly 5-7. α = 4 (exponent
 * 5) sits at the gentle end of that range and already collapses direct prompting visibly: the most typical
 * answer takes 78-96% of the draws in every built-in pack at T = 1 (joke pack: about 80%, so one joke in about
 * 16 of 20 draws), close to the paper's "California in 95 of 100".
 */
inline constexpr double kDefaultAlpha = 4.0;
/// Multi-turn: weight left on an answer already given. Aligned models asked for "another one" still repeat.
inline constexpr double kMultiTurnRepeatWeight = 0.3;
/// Sequence: weight left on an answer already in the list; lists repeat now and then, but rarely.
inline constexpr double kSequenceRepeatWeight = 0.1;
/// Relative noise on stated probabilities (± this fraction of the base probability).
inline constexpr double kStatedNoise = 0.2;
/// VS lists (outside tail mode) state probabilities scaled to sum to a mass in this range before the noise.
inline constexpr double kListMassMin = 0.9;
inline constexpr double kListMassMax = 1.05;

/// α in force: `configured` when >= 0, else the pack's "alpha", else kDefaultAlpha.
double alphaFor(const DemoPack &pack, double configured);
/// π_aligned ∝ π_base^((1+α)/T), normalized, in pack order; T <= 0 puts all mass on the most probable answer.
QList<double> alignedDistribution(const DemoPack &pack, double alpha, double temperature);

/// Everything that shapes one reply.
struct ReplyOptions
{
    double temperature = 1.0;
    double alpha = kDefaultAlpha;
    /// Structured output in force: the reply is bare JSON (no preamble), as a schema-enforcing server returns.
    bool structured = false;
};
/// The full reply text of one call, in the format the method and settings ask for.
QString reply(const DemoPack &pack, const VsHints &hints, const ReplyOptions &options);

/// Splits text into token-like pieces (a word with its leading space, long words in 4-character chunks,
/// punctuation alone) that concatenate back to `text` exactly.
QStringList tokenize(const QString &text);
/// A JSON string literal, quotes included.
QString jsonString(const QString &text);
/// Text escaped for XML element content.
QString xmlEscape(const QString &text);
} // namespace DemoModel
