// SPDX-License-Identifier: Apache-2.0
#include "Semantic.h"

#include <algorithm>
#include <cmath>

namespace Metrics {
double semanticDiversity(const QList<QList<float>> &embeddings)
{
    const qsizetype n = embeddings.size();
    if (n < 2)
        return 0.0;
    // Norms once per vector; double accumulation, since float sums over ~3000 dimensions lose digits.
    QList<double> norms;
    norms.reserve(n);
    for (const QList<float> &e : embeddings) {
        double sum = 0;
        for (const float x : e)
            sum += double(x) * double(x);
        norms.append(std::sqrt(sum));
    }
    double total = 0;
    for (qsizetype i = 0; i < n; ++i) {
        for (qsizetype j = i + 1; j < n; ++j) {
            double cosine = 0;
            if (norms[i] > 0 && norms[j] > 0) {
                const QList<float> &a = embeddings[i];
                const QList<float> &b = embeddings[j];
                const qsizetype dims = std::min(a.size(), b.size());
                double dot = 0;
                for (qsizetype d = 0; d < dims; ++d)
                    dot += double(a[d]) * double(b[d]);
                cosine = std::clamp(dot / (norms[i] * norms[j]), 0.0, 1.0);
            }
            total += 1.0 - cosine;
        }
    }
    const double pairs = double(n) * double(n - 1) / 2.0;
    return 100.0 * total / pairs;
}
} // namespace Metrics
