// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "metrics/Metrics.h"
#include "run/Run.h"
#include "run/SessionSampler.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

/**
 * A self-contained HTML report of one run or several, to share or print: title, prompt, provenance (provider, model,
 * base URL without user info, method, k, τ, temperature, seed, time, latency, usage), a "simulated" banner for the
 * offline demo model, the chart as inline SVG (ChartSvg), the candidate table with TextExport's columns and
 * conventions (Stated only for numbers the model wrote), warnings, metrics and draws when present. Inline CSS, no
 * script, no external request of any kind; every piece of text escaped; the lang attribute and all text follow the
 * installed translation.
 */
class HtmlReport final
{
    Q_DECLARE_TR_FUNCTIONS(HtmlReport)
public:
    /// One run and what a view knows beyond it.
    struct Entry
    {
        RunRequest request;
        RunResult result;
        /// When the run ran; invalid = not shown.
        QDateTime created;
        /// Observed frequency per rank from the last batch of draws; empty for none.
        QList<double> observed;
        /// The sampler's draws, oldest first.
        QList<SampleDraw> draws;
        std::optional<Metrics::MetricsReport> metrics;
    };

    /// A whole HTML document (UTF-8, <!DOCTYPE html>) about one run.
    static QString document(const Entry &run);
    /// A whole HTML document about several runs, each in its own section, with a list of contents.
    static QString document(const QList<Entry> &runs);
    /// `text` escaped for HTML text and attribute values (& < > " '), characters XML forbids dropped.
    static QString escape(const QString &text);
    /// The BCP 47 tag of the translation installed ("en", "zh-CN").
    static QString languageTag();

private:
    static QString section(const Entry &run, int number);
    static QString provenance(const Entry &run);
    static QString table(const Entry &run);
    static QString warnings(const Entry &run);
    static QString metrics(const Entry &run);
    static QString draws(const Entry &run);
    static QString notes(const Entry &run);
};
