// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "vs/Candidate.h"

#include <QList>
#include <QStringView>

/// Private helpers of ResponseParser.
namespace ParserDetail {

/**
 * Reads a plain numbered or bulleted list whose items end with a probability, the shape models fall back to when
 * they ignore the JSON/XML instruction: "1. Answer (probability: 0.2)", "- Answer (p=0.2)", "* Answer — 20%",
 * "2) Answer - 0.15". One item per line; lines without a probability are skipped. Linear in the text's length.
 */
QList<Candidate> parseProbabilityList(QStringView text);

} // namespace ParserDetail
