// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

class AnswerSet;

/**
 * Diversity metrics of a set of responses, as the paper measures them (spec section 6). Pure functions: no
 * network, no state. Every function trims each response first; the definitions are exact so that numbers can be
 * compared with the paper's scripts.
 */
namespace Metrics {

/// NFKC, lower case, each run of whitespace to one space, trimmed, then every trailing `.!?。！？…` removed.
/// Two responses are "the same answer" when their normalized texts are equal.
QString normalize(const QString &text);

/// The lower-cased whitespace-separated words of `text` (punctuation kept): distinct-n's and Vendi's tokens.
QStringList words(const QString &text);

/// Corpus-level distinct-n (Li et al. 2016): different n-grams / all n-grams over every response (n-grams never
/// span two responses); 0 when there is no n-gram.
double distinctN(const QStringList &texts, int n);

/// ROUGE-L F1 of two texts on whitespace tokens (case and punctuation kept) from their longest common
/// subsequence; 0 when either is empty. Symmetric.
double rougeL(const QString &a, const QString &b);

/// The mean ROUGE-L F1 over all n(n-1)/2 pairs; 0 when there are fewer than two texts.
double meanRougeL(const QStringList &texts);

/// Vendi score with an n-gram kernel: K = cosine similarity of lower-cased word unigram + bigram count vectors
/// (K_ii = 1; an empty text is similar to nothing else), then exp(-sum lambda ln lambda) over the positive
/// eigenvalues of K/n. Between 1 (all alike) and n (nothing shared); 0 for no text.
double vendi(const QStringList &texts);

/// Responses with equal normalized text.
struct Cluster
{
    QString key;            ///< the normalized text
    QString representative; ///< the first response (trimmed) with this key
    int count = 0;          ///< responses in the cluster
    int first = 0;          ///< index of the first response in the input
    QStringList mergedKeys; ///< keys of near-duplicate clusters folded into this one (mergeNearDuplicates)
};

/// Exact clusters, most frequent first, ties by first appearance.
QList<Cluster> clusters(const QStringList &texts);

/**
 * Folds near-duplicates: walks `exact` in its order (most frequent first) and adds each cluster to the first
 * earlier kept cluster whose representative has ROUGE-L F1 > `threshold` with its own representative, otherwise
 * keeps it. Greedy and deterministic: a cluster is compared with kept clusters' representatives only, never
 * with ones already folded, so the result depends on nothing but the order of `exact`. Re-sorted by count.
 */
QList<Cluster> mergeNearDuplicates(const QList<Cluster> &exact, double threshold);

/// Shannon entropy in bits of the clusters' shares of the responses.
double entropyBits(const QList<Cluster> &clusters);

/// Every metric of one set of responses.
struct MetricsReport
{
    int n = 0;
    int unique = 0;
    double entropyBits = 0;
    double distinct1 = 0;
    double distinct2 = 0;
    double distinct3 = 0;
    double rougeL = 0;
    double lexicalDiversity = 1; ///< 1 - rougeL
    double vendi = 0;
    // With an answer set only:
    std::optional<double> precision; ///< valid responses / n
    std::optional<double> coverage;  ///< distinct answers hit / answers in the set
    std::optional<double> klUniform; ///< KL(observed || uniform over the set), nats; absent when nothing valid
    bool hasAnswerSet = false;
    /// The paper's optional embedding metric (Semantic.h); absent unless embeddings were fetched.
    std::optional<double> semanticDiversity;
    QList<Cluster> clusters; ///< exact clusters, most frequent first (not part of toJson)

    /// `n`, `unique`, `entropy_bits`, `distinct_1..3`, `rouge_l`, `lexical_diversity`, `vendi`, and with an answer
    /// set `precision`, `coverage` and `kl_uniform` (null when nothing was valid), and `semantic_diversity` when
    /// embeddings were fetched.
    QJsonObject toJson() const;
};

/// Total variation distance ½ Σ |p(x) − q(x)| over the union of both supports (a missing key counts 0). Both are
/// taken as given: normalize them first.
double totalVariation(const QHash<QString, double> &p, const QHash<QString, double> &q);

/// All metrics of `texts`; the answer-set ones only when `answers` is given.
MetricsReport compute(const QStringList &texts, const AnswerSet *answers = nullptr);

/// The paper's headline (arXiv 2510.01171, spec section 7): in creative writing VS reaches 1.6-2.1x the diversity of
/// direct prompting. One rule for every front end that sets a VS / direct ratio next to it.
struct PaperBand
{
    static constexpr double low = 1.6;
    static constexpr double high = 2.1;
    enum class Position {
        Below,
        Inside,
        Above
    };
    /// True for the diversity measures (MetricsReport::toJson keys), not for counts of responses, ROUGE-L overlap or
    /// answer-set scores.
    static bool appliesTo(QStringView key);
    static Position position(double ratio);
};

} // namespace Metrics
