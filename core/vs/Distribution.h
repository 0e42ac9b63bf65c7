// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "Candidate.h"
#include "Settings.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <optional>

/// How parsed candidates become a distribution (spec sections 3-5).
struct PostProcessOptions
{
    TauMode tauMode = TauMode::Off;
    double tau = 0.10;
    int minSurvivors = 3;
    WeightMode weightMode = WeightMode::Elicited;
    /// k that was asked for; 0 = do not compare the count.
    int requestedK = 0;
    /// Warn when the stated probabilities sum outside [1 - tol, 1 + tol].
    double sumTolerance = 0.10;
    /// The method asks for no probabilities (Names::methodVerbalizes is false): the distribution is the observed
    /// frequency of each answer, count / all answers, and nothing is filled in or filtered by τ.
    bool counted = false;

    static PostProcessOptions fromSettings(const GenerationSettings &s);
};

/// Where a distribution came from; serialized as the reference package's `trace`.
struct Trace
{
    QString model;
    QString provider;
    QString method;
    qint64 latencyMs = -1;
    int k = 0;
    double tau = 0.0;
    TauMode tauMode = TauMode::Off;
    double temperature = 0.0;
    std::optional<quint64> seed;
    bool simulated = false;
};

/**
 * The verbalized distribution: candidates after duplicate merging, missing-probability resolution, the τ filter
 * and weighting. Items are sorted by weight, descending; ties keep the order the filter produced (reply order, or
 * stated-probability order when τ was relaxed), which is the reference package's rule: in uniform mode the items
 * stay in reply order. Immutable value type.
 */
class Distribution final
{
    Q_DECLARE_TR_FUNCTIONS(Distribution)
public:
    Distribution() = default;

    /// Builds the distribution; every oddity becomes a warning (see warnings()).
    static Distribution build(QList<Candidate> candidates, const PostProcessOptions &options);

    /// Kept candidates, sorted by weight; `weight` sums to 1.
    const QList<Candidate> &items() const { return m_items; }
    /// Candidates dropped by the τ filter, in original order.
    const QList<Candidate> &filteredOut() const { return m_filtered; }
    const Warnings &warnings() const { return m_warnings; }
    const PostProcessOptions &options() const { return m_options; }
    bool isEmpty() const { return m_items.isEmpty(); }
    qsizetype size() const { return m_items.size(); }

    /**
     * Sum of the probabilities the model wrote (after repairs) over every candidate before filtering. Values VS Lab
     * filled in and counted answers are not part of it; NaN when the model stated no probability at all (a counted
     * method, or a reply without numbers), so a JSON export prints null. Check hasStatedValues() before showing it.
     */
    double statedSum() const { return m_statedSum; }
    /// How many candidates (after merging, before filtering) carry a probability the model wrote.
    int statedCount() const { return m_statedCount; }
    bool hasStatedValues() const { return m_statedCount > 0; }
    /// How many candidates (after merging, before filtering) got a filled-in probability because the model gave none.
    int filledInCount() const { return m_filledInCount; }
    /**
     * True for methods that verbalize no probability (direct, direct-cot, sequence, multi-turn): each weight is the
     * observed frequency Candidate::count / totalCount(), and there is no stated probability to show.
     */
    bool isCounted() const { return m_options.counted; }
    /// Answers the model gave, repeats included: the sum of Candidate::count over kept and filtered candidates.
    int totalCount() const { return m_totalCount; }
    /// Answers that repeated an earlier one and were merged into it (totalCount() minus distinct candidates).
    int duplicateCount() const { return m_duplicateCount; }
    /// Reference rule: true whenever fewer than minSurvivors candidates reached τ, including a reply that simply had
    /// fewer candidates than that (then nothing below τ is kept and no TauRelaxed warning is raised).
    bool tauRelaxed() const { return m_tauRelaxed; }
    /// The τ actually applied: τ, or the smallest kept probability when relaxed; NaN when no filter.
    double tauFinal() const { return m_tauFinal; }
    int numFiltered() const { return int(m_filtered.size()); }

    /// Index into items() of the most probable candidate; -1 when empty.
    int argmax() const { return m_items.isEmpty() ? -1 : 0; }
    /// Shannon entropy of the weights, in bits.
    double entropy() const;
    /// One draw (index into items()) for this seed; -1 when empty. Same seed, same draw, on every platform.
    int sample(quint64 seed) const;
    /// n draws from one seeded stream.
    QList<int> sample(int n, quint64 seed) const;

    /**
     * The reference package's DiscreteDist.to_dict() shape: {"items":[{text,p,meta}], "trace":{...}}. VS Lab adds
     * meta "count" and "basis" (Candidate::basisName) per item and trace "counted", "total_count" and
     * "stated_count"; "stated_sum" is null when nothing was stated.
     */
    QJsonObject toJson(const Trace &trace) const;
    /// Reads toJson() output (or the Python package's to_dict()); nullopt with a message on bad input.
    static std::optional<Distribution> fromJson(const QJsonObject &json, Trace *trace, QString *error);

private:
    QList<Candidate> m_items;
    QList<Candidate> m_filtered;
    Warnings m_warnings;
    PostProcessOptions m_options;
    double m_statedSum = std::numeric_limits<double>::quiet_NaN();
    int m_statedCount = 0;
    int m_filledInCount = 0;
    int m_totalCount = 0;
    int m_duplicateCount = 0;
    double m_tauFinal = std::numeric_limits<double>::quiet_NaN();
    bool m_tauRelaxed = false;
};

/// Whitespace-normalized key used to detect duplicate candidates.
QString duplicateKey(const QString &text);
