// SPDX-License-Identifier: Apache-2.0
#include "MetricCatalog.h"

#include <QJsonObject>

namespace Metrics {

const QList<MetricInfo> &MetricCatalog::all()
{
    static const QList<MetricInfo> rows = {
        {"n", QT_TRANSLATE_NOOP("MetricCatalog", "Responses"),
         QT_TRANSLATE_NOOP("MetricCatalog", "n: every response of the method; each candidate of a VS call counts as "
                                            "one response, as the paper counts them (6 calls × k = 5 = 30)."),
         0},
        {"unique", QT_TRANSLATE_NOOP("MetricCatalog", "Unique answers"),
         QT_TRANSLATE_NOOP("MetricCatalog",
                           "unique: the number of different answers after normalization (NFKC, lower "
                           "case, whitespace folded, trailing .!?。！？… dropped). Higher = more diverse."),
         0},
        {"entropy_bits", QT_TRANSLATE_NOOP("MetricCatalog", "Entropy (bits)"),
         QT_TRANSLATE_NOOP("MetricCatalog", "entropy_bits: Shannon entropy of the exact-match clusters' shares of the "
                                            "responses. 0 = one answer every time. Higher = more diverse."),
         2},
        {"distinct_1", QT_TRANSLATE_NOOP("MetricCatalog", "Distinct-1"),
         QT_TRANSLATE_NOOP("MetricCatalog", "distinct_1: different words / all words over every response (corpus "
                                            "level, Li et al. 2016). Higher = more diverse."),
         3},
        {"distinct_2", QT_TRANSLATE_NOOP("MetricCatalog", "Distinct-2"),
         QT_TRANSLATE_NOOP("MetricCatalog", "distinct_2: different word pairs / all word pairs over every response; "
                                            "pairs never span two responses. Higher = more diverse."),
         3},
        {"distinct_3", QT_TRANSLATE_NOOP("MetricCatalog", "Distinct-3"),
         QT_TRANSLATE_NOOP("MetricCatalog", "distinct_3: different word triples / all word triples over every "
                                            "response. Higher = more diverse."),
         3},
        {"rouge_l", QT_TRANSLATE_NOOP("MetricCatalog", "ROUGE-L"),
         QT_TRANSLATE_NOOP("MetricCatalog", "rouge_l: mean pairwise ROUGE-L F1 (longest common subsequence of "
                                            "whitespace tokens) over all pairs of responses. Lower = more diverse."),
         3},
        {"lexical_diversity", QT_TRANSLATE_NOOP("MetricCatalog", "Lexical diversity"),
         QT_TRANSLATE_NOOP("MetricCatalog", "lexical_diversity: 1 − mean pairwise ROUGE-L F1. Higher = more diverse."),
         3},
        {"vendi", QT_TRANSLATE_NOOP("MetricCatalog", "Vendi score"),
         QT_TRANSLATE_NOOP("MetricCatalog", "vendi: the effective number of different responses — exp of the entropy "
                                            "of the eigenvalues of the similarity matrix (cosine of word unigram + "
                                            "bigram counts) divided by n. From 1 (all alike) to n (nothing shared)."),
         2},
        {"precision", QT_TRANSLATE_NOOP("MetricCatalog", "Precision"),
         QT_TRANSLATE_NOOP("MetricCatalog", "precision (with an answer set): responses that are valid answers / n."),
         3},
        {"coverage", QT_TRANSLATE_NOOP("MetricCatalog", "Coverage"),
         QT_TRANSLATE_NOOP("MetricCatalog", "coverage (with an answer set): different valid answers given / answers "
                                            "in the set. Higher = more of the possible answers reached."),
         3},
        {"kl_uniform", QT_TRANSLATE_NOOP("MetricCatalog", "KL to uniform (nats)"),
         QT_TRANSLATE_NOOP("MetricCatalog", "kl_uniform (with an answer set): KL(observed ‖ uniform over the valid "
                                            "answers) in nats. 0 = every valid answer equally often. Lower = more "
                                            "even."),
         3},
        {"semantic_diversity", QT_TRANSLATE_NOOP("MetricCatalog", "Semantic diversity"),
         QT_TRANSLATE_NOOP("MetricCatalog", "semantic_diversity (with an embeddings model): 100 × the mean over pairs "
                                            "of 1 − cosine similarity (clipped to 0–1) of the responses' embeddings, "
                                            "from the provider's embeddings endpoint. Higher = more diverse."),
         1},
    };
    return rows;
}

std::optional<double> MetricCatalog::value(const MetricsReport &report, const MetricInfo &m)
{
    const QJsonValue v = report.toJson().value(QLatin1String(m.key));
    return v.isDouble() ? std::optional<double>(v.toDouble()) : std::nullopt;
}

} // namespace Metrics
