// SPDX-License-Identifier: Apache-2.0
#include "metrics/Metrics.h"

#include "metrics/AnswerSet.h"

#include <QHash>
#include <QSet>

#include <Eigen/Eigenvalues>

#include <algorithm>
#include <bit>
#include <cmath>
#include <unordered_map>
#include <utility>
#include <vector>

namespace Metrics {
namespace {

/// Splits on runs of whitespace, as Python's str.split() does.
QStringList splitWhitespace(const QString &text)
{
    QStringList out;
    qsizetype start = -1;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i].isSpace()) {
            if (start >= 0)
                out.append(text.mid(start, i - start));
            start = -1;
        } else if (start < 0) {
            start = i;
        }
    }
    if (start >= 0)
        out.append(text.mid(start));
    return out;
}

/// Gives every distinct string a small integer, so that the quadratic loops compare ints, not strings.
class Interner
{
public:
    int id(const QString &s)
    {
        const auto it = m_ids.constFind(s);
        return it != m_ids.cend() ? *it : *m_ids.insert(s, int(m_ids.size()));
    }
    std::vector<int> ids(const QStringList &tokens)
    {
        std::vector<int> out;
        out.reserve(size_t(tokens.size()));
        for (const QString &t : tokens)
            out.push_back(id(t));
        return out;
    }

private:
    QHash<QString, int> m_ids;
};

/**
 * The longest common subsequence of a fixed text `a` with many others, bit-parallel (Allison & Dix 1986, Hyyrö
 * 2004): a bit per token of `a`, one add-and-or per token of `b`, so a pair of 50-word texts costs 50 word
 * operations instead of a 50 x 50 table. ROUGE-L over all pairs is the bulk of the metrics' time.
 */
class LcsPattern
{
public:
    explicit LcsPattern(const std::vector<int> &a)
        : m_length(a.size())
        , m_words((a.size() + 63) / 64)
    {
        for (size_t i = 0; i < a.size(); ++i) {
            const auto [it, added] = m_slot.try_emplace(a[i], m_masks.size() / m_words);
            if (added)
                m_masks.resize(m_masks.size() + m_words, 0);
            m_masks[it->second * m_words + i / 64] |= quint64(1) << (i % 64);
        }
    }

    size_t length() const { return m_length; }

    /// LCS length of `a` and `b`; `v` is scratch space kept by the caller to avoid an allocation per pair.
    size_t lcs(const std::vector<int> &b, std::vector<quint64> &v) const
    {
        if (m_length == 0)
            return 0;
        v.assign(m_words, ~quint64(0));
        for (const int token : b) {
            const auto it = m_slot.find(token);
            if (it == m_slot.end())
                continue; // no match: V stays as it is
            const quint64 *match = &m_masks[it->second * m_words];
            quint64 carry = 0;
            for (size_t k = 0; k < m_words; ++k) {
                // V' = (V + U) | (V - U) with U = V & M; V - U = V & ~M as U is a subset of V.
                const quint64 u = v[k] & match[k];
                const quint64 sum = v[k] + u;
                const quint64 total = sum + carry;
                const quint64 next = quint64(sum < v[k]) | quint64(total < sum);
                v[k] = total | (v[k] & ~match[k]);
                carry = next;
            }
        }
        // Every zero among the low m_length bits is one token of the LCS.
        size_t ones = 0;
        for (size_t k = 0; k < m_words; ++k) {
            quint64 word = v[k];
            if (k + 1 == m_words && m_length % 64 != 0)
                word &= (quint64(1) << (m_length % 64)) - 1;
            ones += size_t(std::popcount(word));
        }
        return m_length - ones;
    }

private:
    size_t m_length;
    size_t m_words;
    std::unordered_map<int, size_t> m_slot; ///< token -> index of its mask in m_masks
    std::vector<quint64> m_masks;           ///< m_words words per distinct token of `a`
};

double rougeF1(const LcsPattern &a, const std::vector<int> &b, std::vector<quint64> &scratch)
{
    if (a.length() == 0 || b.empty())
        return 0;
    const double lcs = double(a.lcs(b, scratch));
    if (lcs == 0)
        return 0;
    const double precision = lcs / double(b.size());
    const double recall = lcs / double(a.length());
    return 2 * precision * recall / (precision + recall);
}

QStringList trimmed(const QStringList &texts)
{
    QStringList out;
    out.reserve(texts.size());
    for (const QString &t : texts)
        out.append(t.trimmed());
    return out;
}

using SparseVector = std::vector<std::pair<int, double>>; // sorted by feature id

double dot(const SparseVector &a, const SparseVector &b)
{
    double sum = 0;
    auto i = a.cbegin();
    auto j = b.cbegin();
    while (i != a.cend() && j != b.cend()) {
        if (i->first < j->first) {
            ++i;
        } else if (j->first < i->first) {
            ++j;
        } else {
            sum += i->second * j->second;
            ++i;
            ++j;
        }
    }
    return sum;
}

} // namespace

QString normalize(const QString &text)
{
    const QString folded = text.normalized(QString::NormalizationForm_KC).toLower();
    QString out;
    out.reserve(folded.size());
    bool space = false;
    for (const QChar c : folded) {
        if (c.isSpace()) {
            space = true;
            continue;
        }
        if (space && !out.isEmpty())
            out.append(QLatin1Char(' '));
        space = false;
        out.append(c);
    }
    static const QString trailing = QStringLiteral(".!?\u3002\uFF01\uFF1F\u2026");
    qsizetype end = out.size();
    while (end > 0 && trailing.contains(out[end - 1]))
        --end;
    out.truncate(end);
    return out;
}

QStringList words(const QString &text)
{
    return splitWhitespace(text.toLower());
}

double distinctN(const QStringList &texts, int n)
{
    if (n < 1)
        return 0;
    Interner interner;
    QSet<QList<int>> seen;
    qint64 total = 0;
    for (const QString &t : texts) {
        const std::vector<int> ids = interner.ids(words(t));
        for (size_t i = 0; i + size_t(n) <= ids.size(); ++i) {
            seen.insert(QList<int>(ids.begin() + qsizetype(i), ids.begin() + qsizetype(i) + n));
            ++total;
        }
    }
    return total == 0 ? 0.0 : double(seen.size()) / double(total);
}

double rougeL(const QString &a, const QString &b)
{
    Interner interner;
    std::vector<quint64> scratch;
    const LcsPattern pattern(interner.ids(splitWhitespace(a)));
    return rougeF1(pattern, interner.ids(splitWhitespace(b)), scratch);
}

double meanRougeL(const QStringList &texts)
{
    if (texts.size() < 2)
        return 0;
    Interner interner;
    std::vector<std::vector<int>> tokens;
    tokens.reserve(size_t(texts.size()));
    for (const QString &t : texts)
        tokens.push_back(interner.ids(splitWhitespace(t)));
    std::vector<quint64> scratch;
    double sum = 0;
    for (size_t i = 0; i < tokens.size(); ++i) {
        const LcsPattern pattern(tokens[i]);
        for (size_t j = i + 1; j < tokens.size(); ++j)
            sum += rougeF1(pattern, tokens[j], scratch);
    }
    const double pairs = double(tokens.size()) * double(tokens.size() - 1) / 2;
    return sum / pairs;
}

double vendi(const QStringList &texts)
{
    const qsizetype n = texts.size();
    if (n == 0)
        return 0;
    Interner features;
    std::vector<SparseVector> vectors;
    std::vector<double> norms;
    for (const QString &t : texts) {
        const QStringList w = words(t);
        QHash<int, double> counts;
        for (qsizetype i = 0; i < w.size(); ++i) {
            counts[features.id(w[i])] += 1;
            // A word never holds a space, so "a b" cannot collide with a unigram.
            if (i + 1 < w.size())
                counts[features.id(w[i] + QLatin1Char(' ') + w[i + 1])] += 1;
        }
        SparseVector v(counts.constKeyValueBegin(), counts.constKeyValueEnd());
        std::sort(v.begin(), v.end());
        double squares = 0;
        for (const auto &[id, c] : v)
            squares += c * c;
        norms.push_back(std::sqrt(squares));
        vectors.push_back(std::move(v));
    }
    Eigen::MatrixXd k = Eigen::MatrixXd::Identity(n, n);
    for (qsizetype i = 0; i < n; ++i) {
        for (qsizetype j = i + 1; j < n; ++j) {
            const double denominator = norms[size_t(i)] * norms[size_t(j)];
            const double s = denominator > 0 ? dot(vectors[size_t(i)], vectors[size_t(j)]) / denominator : 0.0;
            k(i, j) = s;
            k(j, i) = s;
        }
    }
    k /= double(n);
    const Eigen::SelfAdjointEigenSolver<Eigen::MatrixXd> solver(k, Eigen::EigenvaluesOnly);
    double entropy = 0;
    // Eigenvalues of a PSD matrix that come out as tiny negatives or ~1e-17 are rounding noise: skip them.
    for (const double lambda : solver.eigenvalues()) {
        if (lambda > 1e-12)
            entropy -= lambda * std::log(lambda);
    }
    return std::exp(entropy);
}

QList<Cluster> clusters(const QStringList &texts)
{
    QList<Cluster> out;
    QHash<QString, qsizetype> index;
    for (qsizetype i = 0; i < texts.size(); ++i) {
        const QString key = normalize(texts[i]);
        const auto it = index.constFind(key);
        if (it != index.cend()) {
            ++out[*it].count;
            continue;
        }
        index.insert(key, out.size());
        out.append(Cluster{key, texts[i].trimmed(), 1, int(i), {}});
    }
    std::stable_sort(out.begin(), out.end(), [](const Cluster &a, const Cluster &b) { return a.count > b.count; });
    return out;
}

QList<Cluster> mergeNearDuplicates(const QList<Cluster> &exact, double threshold)
{
    QList<Cluster> kept;
    Interner interner;
    std::vector<LcsPattern> keptPatterns;
    std::vector<quint64> scratch;
    for (const Cluster &c : exact) {
        const std::vector<int> tokens = interner.ids(splitWhitespace(c.representative));
        qsizetype target = -1;
        for (qsizetype k = 0; k < kept.size() && target < 0; ++k) {
            if (rougeF1(keptPatterns[size_t(k)], tokens, scratch) > threshold)
                target = k;
        }
        if (target < 0) {
            kept.append(c);
            keptPatterns.emplace_back(tokens);
            continue;
        }
        Cluster &into = kept[target];
        into.count += c.count;
        into.first = std::min(into.first, c.first);
        into.mergedKeys.append(c.key);
        into.mergedKeys.append(c.mergedKeys);
    }
    std::stable_sort(kept.begin(), kept.end(), [](const Cluster &a, const Cluster &b) { return a.count > b.count; });
    return kept;
}

double entropyBits(const QList<Cluster> &clusters)
{
    double total = 0;
    for (const Cluster &c : clusters)
        total += c.count;
    double h = 0;
    for (const Cluster &c : clusters) {
        if (c.count > 0) {
            const double p = c.count / total;
            h -= p * std::log2(p);
        }
    }
    return h;
}

QJsonObject MetricsReport::toJson() const
{
    QJsonObject o{{QStringLiteral("n"), n},
                  {QStringLiteral("unique"), unique},
                  {QStringLiteral("entropy_bits"), entropyBits},
                  {QStringLiteral("distinct_1"), distinct1},
                  {QStringLiteral("distinct_2"), distinct2},
                  {QStringLiteral("distinct_3"), distinct3},
                  {QStringLiteral("rouge_l"), rougeL},
                  {QStringLiteral("lexical_diversity"), lexicalDiversity},
                  {QStringLiteral("vendi"), vendi}};
    if (hasAnswerSet) {
        const auto value = [](const std::optional<double> &v) { return v ? QJsonValue(*v) : QJsonValue(); };
        o.insert(QStringLiteral("precision"), value(precision));
        o.insert(QStringLiteral("coverage"), value(coverage));
        o.insert(QStringLiteral("kl_uniform"), value(klUniform));
    }
    if (semanticDiversity)
        o.insert(QStringLiteral("semantic_diversity"), *semanticDiversity);
    return o;
}

double totalVariation(const QHash<QString, double> &p, const QHash<QString, double> &q)
{
    double sum = 0.0;
    for (auto it = p.cbegin(); it != p.cend(); ++it)
        sum += std::abs(it.value() - q.value(it.key(), 0.0));
    for (auto it = q.cbegin(); it != q.cend(); ++it) {
        if (!p.contains(it.key()))
            sum += std::abs(it.value());
    }
    return sum / 2.0;
}

bool PaperBand::appliesTo(QStringView key)
{
    static const QStringList diversity = {QStringLiteral("unique"),     QStringLiteral("entropy_bits"),
                                          QStringLiteral("distinct_1"), QStringLiteral("distinct_2"),
                                          QStringLiteral("distinct_3"), QStringLiteral("lexical_diversity"),
                                          QStringLiteral("vendi"),      QStringLiteral("semantic_diversity")};
    return diversity.contains(key);
}

PaperBand::Position PaperBand::position(double ratio)
{
    return ratio < low ? Position::Below : ratio > high ? Position::Above : Position::Inside;
}

MetricsReport compute(const QStringList &input, const AnswerSet *answers)
{
    const QStringList texts = trimmed(input);
    MetricsReport r;
    r.n = int(texts.size());
    r.clusters = clusters(texts);
    r.unique = int(r.clusters.size());
    r.entropyBits = Metrics::entropyBits(r.clusters);
    r.distinct1 = distinctN(texts, 1);
    r.distinct2 = distinctN(texts, 2);
    r.distinct3 = distinctN(texts, 3);
    r.rougeL = meanRougeL(texts);
    r.lexicalDiversity = 1 - r.rougeL;
    r.vendi = Metrics::vendi(texts);
    if (answers) {
        r.hasAnswerSet = true;
        // Matching per cluster, not per response: every response of a cluster has the same normalized text.
        QHash<int, int> hits;
        int valid = 0;
        for (const Cluster &c : std::as_const(r.clusters)) {
            if (const std::optional<int> a = answers->match(c.key)) {
                hits[*a] += c.count;
                valid += c.count;
            }
        }
        r.precision = r.n > 0 ? double(valid) / r.n : 0.0;
        r.coverage = double(hits.size()) / answers->size();
        if (valid > 0) {
            double kl = 0;
            for (const int count : std::as_const(hits)) {
                const double p = double(count) / valid;
                kl += p * std::log(p * answers->size());
            }
            r.klUniform = kl;
        }
    }
    return r;
}

} // namespace Metrics
