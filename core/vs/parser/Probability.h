// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "vs/Candidate.h"

#include <QStringView>

#include <optional>

/// Private helpers of ResponseParser: reading and repairing one stated probability.
namespace ParserDetail {

/// Reads a plain decimal number ("0.2", ".5", "+1", "8e-05", "nan", "inf"); nullopt unless the whole view is one.
std::optional<double> parseNumber(QStringView token);

/// True when `token` (trimmed) reads as a finite number, optionally followed by '%'.
bool isProbabilityToken(QStringView token);

/// Marks `c` as having no probability: stated/clipped NaN, tag "missing".
void setMissingProbability(Candidate &c);

/**
 * Sets statedRaw, stated and clipped of `c` from the token as written and adds the repair tags of the reference
 * package ("percentage", "invalid", "negative", "clip>1"). An empty token counts as missing.
 */
void setProbability(Candidate &c, QStringView token);

} // namespace ParserDetail
