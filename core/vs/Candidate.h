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

    bool hasStated() const { return !std::isnan(stated); }
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
        Other,
    };
    Code code = Code::Other;
    QString message;

    /// Stable machine name used in JSON output, e.g. "sum_far_from_one".
    static QString codeName(Code code);
    bool operator==(const Warning &) const = default;
};

using Warnings = QList<Warning>;
