// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <cmath>
#include <limits>

/// One answer the model verbalized, with the number it stated and what was done to that number.
struct Candidate
{
    /// The answer text, trimmed at both ends and otherwise exactly as the model wrote it.
    QString text;
    /// The number the model wrote (percentages divided by 100); NaN when missing or unparseable.
    double stated = std::numeric_limits<double>::quiet_NaN();
    /// The probability token exactly as written ("35%", "8e-05", "0.2"); empty when missing.
    QString statedRaw;
    /// The stated value after repairs (invalid/negative -> 0, >1 -> 1); NaN while missing is unresolved.
    double clipped = std::numeric_limits<double>::quiet_NaN();
    /// Final sampling weight, filled by Distribution (sums to 1 over the kept candidates).
    double weight = 0.0;
    /// Repair tags, reference-package names: "percentage", "invalid", "negative", "clip>1", "missing".
    QStringList repairs;
    /// Position in the order the model produced candidates (0-based, across calls of one run).
    int index = 0;
    /// True when the reply ended before this candidate was complete (truncated or cancelled).
    bool partial = false;
    /// How many times the model gave this answer: 1, plus the count of every duplicate merged into it.
    int count = 1;

    /// What a candidate's number rests on; never show a FilledIn or Counted value as stated.
    enum class Basis {
        /// `clipped` is the probability the model wrote, after repairs (an unreadable one repaired to 0 included).
        Stated,
        /// The model wrote no probability; `clipped` is the value VS Lab fills in (repair tag "missing").
        FilledIn,
        /// The method asks for no probability (direct, direct-cot, sequence, multi-turn): `clipped` is NaN and the
        /// weight is the observed frequency of the answer, count / all answers.
        Counted,
    };

    /// True when the model wrote a readable number for this candidate.
    bool hasStated() const { return !std::isnan(stated); }
    /// The basis of `clipped` and `weight` once the candidate went through Distribution::build (or fromJson).
    Basis basis() const
    {
        if (!hasStated() && repairs.contains(QLatin1String("missing")))
            return Basis::FilledIn;
        return std::isnan(clipped) ? Basis::Counted : Basis::Stated;
    }
    /// True when `clipped` is a probability the model stated; false when VS Lab filled it in or counted answers.
    bool hasStatedValue() const { return basis() == Basis::Stated; }
    /// Stable machine name used in exports: "stated", "filled_in", "counted".
    static QString basisName(Basis basis);
};

/// Something odd about a reply or a distribution that the user should see; never fatal.
struct Warning
{
    enum class Code {
        SumFarFromOne,
        FewerThanRequested,
        MoreThanRequested,
        DuplicatesMerged,
        Truncated,
        PartialDropped,
        TauRelaxed,
        AllZeroUniform,
        ListFallback,
        MissingProbability,
        /// τ filter asked for, but the method states no probabilities to filter.
        TauNotApplied,
        Other,
    };
    Code code = Code::Other;
    QString message;

    /// Stable machine name used in JSON output, e.g. "sum_far_from_one".
    static QString codeName(Code code);
    bool operator==(const Warning &) const = default;
};

using Warnings = QList<Warning>;
