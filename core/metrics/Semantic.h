// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QList>

namespace Metrics {
/**
 * The paper's optional embedding metric: 100 × the mean over all pairs i < j of (1 − clip(cos(eᵢ, eⱼ), 0, 1)).
 * 100 means every pair is orthogonal or opposed, 0 means every pair points the same way. Pure.
 *
 * Fewer than two vectors have no pair: 0. A zero vector has no direction; its cosine with anything counts as 0
 * (distance 1). Vectors of different lengths are compared over their common prefix (a provider never mixes
 * dimensions within one model; this only keeps the function total).
 */
double semanticDiversity(const QList<QList<float>> &embeddings);
} // namespace Metrics
