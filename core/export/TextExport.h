// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "vs/Candidate.h"
#include "vs/Distribution.h"

#include <QList>
#include <QString>

/**
 * Candidates as text tables: what the candidate table shows (for the clipboard and Markdown reports) and a
 * machine-readable CSV (for files). Pure text generation, so the GUI, the CLI and the tests share one formatter.
 */
namespace TextExport {

/**
 * The columns of the candidate table, in display order. The Observed column appears only with observed values.
 * Stated holds only numbers the model wrote ("—" for a filled-in value or a counted answer); Count is how many times
 * the model gave the answer, "3 of 10" for a counted method.
 */
enum class Column {
    Rank,
    Stated,
    Weight,
    Observed,
    Text,
    Repairs,
    Count
};
constexpr int columnCount = 7;

/// The translated column title, exactly as the candidate table's header shows it.
QString columnTitle(Column column);
/// A probability as shown: three decimals in the current locale ("0.350"), "—" for NaN.
QString displayProbability(double p);
/// The repair tags of a candidate, plus a translated "partial" mark, comma-separated.
QString repairsText(const Candidate &c);
/// The cell of the candidate table for `c` at (0-based) `rank`; `observed` is NaN when there is none.
QString cell(const Candidate &c, int rank, Column column, double observed = std::nan(""));
/// The same, with the number of answers the count is out of (totalCount()): a counted answer shows "3 of 10".
QString cell(const Candidate &c, int rank, Column column, double observed, int totalCount);
/// The answers behind a list of candidates: the sum of Candidate::count.
int totalCount(const QList<Candidate> &items);
/// "3 of 10" for a counted answer (Candidate::Basis::Counted) when totalCount > 0, else the bare count.
QString countText(const Candidate &c, int totalCount);

/// RFC 4180: quoted when holding a comma, a quote, CR or LF; quotes doubled.
QString csvField(const QString &s);
/**
 * A CSV text cell safe from formula injection: text starting with = + - @, a tab or a CR gets a leading ' so
 * spreadsheets show it as text, then csvField(). Only for text columns: numbers stay numbers.
 */
QString csvTextField(const QString &s);
/// Quoted like CSV when holding a tab, a quote, CR or LF, so multi-line text stays one field.
QString tsvField(const QString &s);
/// Escapes what would break a Markdown table row or become markup: |, <, &, and line breaks (as <br>).
QString markdownField(const QString &s);

/**
 * Rows of the candidate table as tab-separated values with the translated header line, numbers as displayed.
 * `rows` are indices into `items` (ranks; out-of-range ones are skipped); `observed` (one per item) adds the
 * Observed column when not empty.
 */
QString displayTsv(const QList<Candidate> &items, const QList<int> &rows, const QList<double> &observed = {});
/// The same rows as a Markdown table (numbers right-aligned).
QString displayMarkdown(const QList<Candidate> &items, const QList<int> &rows, const QList<double> &observed = {});

/**
 * Every candidate as RFC 4180 CSV for spreadsheets and scripts: CRLF line ends, the fixed English header
 * `rank,text,probability,stated,stated_text,repairs,partial,simulated,count,basis`, numbers in the C locale at full
 * (shortest round-trip) precision, `stated` empty when the model gave none, repairs separated by ';'. Text cells (text,
 * stated_text, repairs) go through csvTextField(), so a spreadsheet never runs one as a formula; numeric cells stay
 * numbers. `simulated` marks every row of a distribution from the offline demo model, so the file says so wherever it
 * goes. `count` is how many times the model gave the answer; `basis` says what `probability` rests on
 * (Candidate::basisName: "stated", "filled_in" or "counted").
 */
QString csv(const QList<Candidate> &items, bool simulated = false);

/**
 * A Markdown document about one distribution: title, prompt, provenance (a simulated one is flagged), what the
 * numbers are (counted answers, filled-in probabilities), the table.
 */
QString markdownDocument(const QList<Candidate> &items, const Trace &trace, const QString &prompt);

} // namespace TextExport
