// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QCoreApplication>
#include <QStringList>

struct RunResult;

/**
 * What a finished run says to the user, one root cause one message: a failed or cancelled run leads with its error,
 * and the warnings that only follow from the cut-off (truncated, fewer than asked, a filled-in probability, a sum that
 * counts it) are folded under it instead of listed as separate problems. They stay in RunResult::warnings, the JSON
 * output and the raw view.
 */
struct RunOutcome
{
    Q_DECLARE_TR_FUNCTIONS(RunOutcome)
public:
    enum class Severity {
        None,
        Info,
        Warning,
        Error
    };
    Severity severity = Severity::None;
    QString headline;
    QStringList details;
    /// Things the user can pick to go on, e.g. the prompts the demo model knows after it met one it does not.
    QStringList suggestions;

    static RunOutcome of(const RunResult &result);
};
