// SPDX-License-Identifier: Apache-2.0
#include "Candidate.h"

QString Candidate::basisName(Basis basis)
{
    switch (basis) {
    case Basis::Stated:
        break;
    case Basis::FilledIn:
        return QStringLiteral("filled_in");
    case Basis::Counted:
        return QStringLiteral("counted");
    }
    return QStringLiteral("stated");
}

QString Warning::codeName(Code code)
{
    switch (code) {
    case Code::SumFarFromOne:
        return QStringLiteral("sum_far_from_one");
    case Code::FewerThanRequested:
        return QStringLiteral("fewer_than_requested");
    case Code::MoreThanRequested:
        return QStringLiteral("more_than_requested");
    case Code::DuplicatesMerged:
        return QStringLiteral("duplicates_merged");
    case Code::Truncated:
        return QStringLiteral("truncated");
    case Code::PartialDropped:
        return QStringLiteral("partial_dropped");
    case Code::TauRelaxed:
        return QStringLiteral("tau_relaxed");
    case Code::AllZeroUniform:
        return QStringLiteral("all_zero_uniform");
    case Code::ListFallback:
        return QStringLiteral("list_fallback");
    case Code::MissingProbability:
        return QStringLiteral("missing_probability");
    case Code::TauNotApplied:
        return QStringLiteral("tau_not_applied");
    case Code::Other:
        break;
    }
    return QStringLiteral("other");
}
