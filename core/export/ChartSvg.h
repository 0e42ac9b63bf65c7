// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "run/Run.h"
#include "vs/Candidate.h"
#include "vs/Settings.h"

#include <QCoreApplication>
#include <QList>
#include <QSize>
#include <QString>

#include <cmath>

/**
 * The distribution's bar chart as standalone SVG text, for slides, reports and PNG rendering: made without a GUI.
 * It keeps the GUI chart's honesty conventions (ui/DistributionChart): most probable at the top, a stated probability
 * is a solid bar, a filled-in value or a cut-off candidate is an outlined hatched bar whose value says so
 * ("0.263 filled in", "0.350, cut off"), a counted method's bar is the share of answers ("3 of 10"), observed
 * frequencies are a second grey bar with a tick at the weight, τ a dashed line. The legend lists every mark drawn;
 * nothing is selected; a run of the offline demo model carries a "simulated" mark. Light palette, plain SVG 1.1
 * elements only (hatching is drawn as lines, no pattern or clip path), so browsers and QtSvg draw it alike.
 */
class ChartSvg final
{
    Q_DECLARE_TR_FUNCTIONS(ChartSvg)
public:
    struct Chart
    {
        /// Candidates in rank order (most probable first).
        QList<Candidate> items;
        /// Observed frequency per rank (draws); empty, or any other size than items, draws none.
        QList<double> observed;
        double tau = std::nan("");
        TauMode tauMode = TauMode::Off;
        /// The chart's title: the prompt. Wrapped, at most four lines.
        QString title;
        bool simulated = false;
    };

    /// The chart of a run as the GUI shows it: its distribution, τ when applied, the prompt as title.
    static Chart fromRun(const RunRequest &request, const RunResult &result, const QList<double> &observed = {});

    /// A standalone SVG document (XML declaration, xmlns), sized as size() in px.
    static QString document(const Chart &chart);
    /// The same <svg> element without the XML declaration, for inlining into HTML.
    static QString element(const Chart &chart);
    /// The chart's natural ("on-screen") size in CSS px.
    static QSize size(const Chart &chart);

    /// `text` safe inside XML character data and attribute values: & < > " ' escaped, characters XML 1.0 forbids
    /// (control characters, lone surrogates, U+FFFE/U+FFFF) dropped.
    static QString escape(const QString &text);
    /// Estimated width of `text` in px at `fontPx` (wide CJK characters count one em): no font metrics needed.
    static double textWidth(const QString &text, double fontPx);
    /// `text` broken into lines no wider than `width` px (between words, or between CJK characters), at most
    /// `maxLines`; the last line is elided with "…" when text remains.
    static QStringList wrap(const QString &text, double width, double fontPx, int maxLines);
};
