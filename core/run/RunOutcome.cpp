// SPDX-License-Identifier: Apache-2.0
#include "RunOutcome.h"

#include "run/Run.h"

namespace {
/// Warnings a cut-off reply causes by itself; the error already explains them.
bool followsFromCutOff(Warning::Code code)
{
    switch (code) {
    case Warning::Code::Truncated:
    case Warning::Code::FewerThanRequested:
    case Warning::Code::MissingProbability:
    case Warning::Code::SumFarFromOne:
    case Warning::Code::PartialDropped:
        return true;
    default:
        return false;
    }
}
} // namespace

RunOutcome RunOutcome::of(const RunResult &result)
{
    RunOutcome out;
    const int n = int(result.distribution.size());
    const bool cutOff = result.cancelled || result.error.has_value();
    QStringList independent;
    int folded = 0;
    for (const Warning &w : result.warnings) {
        if (cutOff && followsFromCutOff(w.code))
            ++folded;
        else
            independent.append(w.message);
    }

    if (result.cancelled) {
        out.severity = Severity::Info;
        out.headline = tr("Cancelled. %n candidate(s) received so far are kept (partial).", nullptr, n);
        out.details = independent;
    } else if (result.error && result.error->code == ProviderError::Code::NoMatch) {
        // The demo model lists the prompts it knows one per line ("• …"): offered as choices, not as text.
        out.severity = Severity::Error;
        const QStringList lines = result.error->message.split(QLatin1Char('\n'));
        out.headline = lines.value(0);
        for (const QString &line : lines.mid(1)) {
            if (line.startsWith(QStringLiteral("• ")))
                out.suggestions.append(line.mid(2).trimmed());
            else if (!line.trimmed().isEmpty())
                out.details.append(line.trimmed());
        }
    } else if (result.error) {
        out.severity = Severity::Error;
        out.headline = result.error->message;
        out.details << (n > 0 ? tr("The %n candidate(s) received before the error are kept as a partial "
                                   "distribution; an incomplete last candidate is never drawn.",
                                   nullptr, n)
                              : tr("No candidate arrived before the error."));
        out.details << independent;
    } else if (n == 0) {
        out.severity = Severity::Error;
        out.headline = tr("The reply held no candidate.");
        if (!result.parseError.isEmpty())
            out.details << result.parseError;
        out.details << tr("The raw reply is in the Raw tab (Ctrl+2).") << independent;
    } else if (!independent.isEmpty()) {
        out.severity = Severity::Warning;
        out.headline = tr("The reply needed attention:");
        out.details = independent;
    }
    if (folded > 0)
        out.details << tr("The Raw tab lists %n more note(s) that follow from the reply being cut off.", nullptr,
                          folded);
    return out;
}
