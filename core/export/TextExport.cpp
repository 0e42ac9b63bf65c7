// SPDX-License-Identifier: Apache-2.0
#include "TextExport.h"

#include <QCoreApplication>
#include <QLocale>

namespace {
/// Translation context of the text exports (TextExport is a namespace, which cannot declare tr()).
class TextExportText
{
    Q_DECLARE_TR_FUNCTIONS(TextExportText)
};
} // namespace

namespace TextExport {
namespace {
bool hasAny(const QString &s, QLatin1String chars)
{
    for (const char ch : chars) {
        if (s.contains(QLatin1Char(ch)))
            return true;
    }
    return false;
}

QString quoted(const QString &s)
{
    QString out = s;
    out.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + out + QLatin1Char('"');
}

/// Shortest text that reads back as the same double, in the C locale; empty for NaN/inf.
QString exactNumber(double v)
{
    if (!std::isfinite(v))
        return {};
    return QString::number(v, 'g', QLocale::FloatingPointShortest);
}

QList<Column> columns(bool withObserved)
{
    QList<Column> out;
    for (int i = 0; i < columnCount; ++i) {
        const auto c = Column(i);
        if (c != Column::Observed || withObserved)
            out.append(c);
    }
    return out;
}

double observedAt(const QList<double> &observed, int row)
{
    return row < observed.size() ? observed.at(row) : std::nan("");
}
} // namespace

QString columnTitle(Column column)
{
    switch (column) {
    case Column::Rank:
        return TextExportText::tr("#");
    case Column::Stated:
        return TextExportText::tr("Stated");
    case Column::Weight:
        return TextExportText::tr("Weight");
    case Column::Observed:
        return TextExportText::tr("Observed");
    case Column::Text:
        return TextExportText::tr("Text");
    case Column::Repairs:
        return TextExportText::tr("Repairs");
    case Column::Count:
        return TextExportText::tr("Count");
    }
    return {};
}

QString displayProbability(double p)
{
    if (std::isnan(p))
        return QStringLiteral("—");
    return QLocale().toString(p, 'f', 3);
}

QString repairsText(const Candidate &c)
{
    QStringList tags = c.repairs;
    if (c.partial)
        tags.append(TextExportText::tr("partial"));
    return tags.join(QStringLiteral(", "));
}

int totalCount(const QList<Candidate> &items)
{
    int total = 0;
    for (const Candidate &c : items)
        total += c.count;
    return total;
}

QString countText(const Candidate &c, int totalCount)
{
    if (c.basis() == Candidate::Basis::Counted && totalCount > 0)
        return TextExportText::tr("%1 of %2").arg(c.count).arg(totalCount);
    return QString::number(c.count);
}

QString cell(const Candidate &c, int rank, Column column, double observed)
{
    return cell(c, rank, column, observed, 0);
}

QString cell(const Candidate &c, int rank, Column column, double observed, int totalCount)
{
    switch (column) {
    case Column::Rank:
        return QString::number(rank + 1);
    case Column::Stated:
        // Only a number the model wrote is shown as stated; a filled-in value or a counted answer has none.
        return c.hasStatedValue() ? displayProbability(c.clipped) : displayProbability(std::nan(""));
    case Column::Weight:
        return displayProbability(c.weight);
    case Column::Observed:
        return std::isnan(observed) ? QString() : displayProbability(observed);
    case Column::Text:
        return c.text;
    case Column::Repairs:
        return repairsText(c);
    case Column::Count:
        return countText(c, totalCount);
    }
    return {};
}

QString csvField(const QString &s)
{
    return hasAny(s, QLatin1String(",\"\r\n")) ? quoted(s) : s;
}

QString csvTextField(const QString &s)
{
    // OWASP CSV injection: a leading = + - @ (or tab / CR) would make a spreadsheet run the cell as a formula.
    static const QString triggers = QStringLiteral("=+-@\t\r");
    if (!s.isEmpty() && triggers.contains(s.front()))
        return csvField(QLatin1Char('\'') + s);
    return csvField(s);
}

QString tsvField(const QString &s)
{
    return hasAny(s, QLatin1String("\t\"\r\n")) ? quoted(s) : s;
}

QString markdownField(const QString &s)
{
    // Only what would break the table or turn into markup is escaped, so the copy stays readable as plain text.
    QString out = s;
    out.replace(QLatin1Char('&'), QStringLiteral("&amp;"));
    out.replace(QLatin1Char('<'), QStringLiteral("&lt;"));
    out.replace(QLatin1Char('|'), QStringLiteral("\\|"));
    out.replace(QStringLiteral("\r\n"), QStringLiteral("<br>"));
    out.replace(QLatin1Char('\n'), QStringLiteral("<br>"));
    out.replace(QLatin1Char('\r'), QStringLiteral("<br>"));
    return out;
}

QString displayTsv(const QList<Candidate> &items, const QList<int> &rows, const QList<double> &observed)
{
    const QList<Column> cols = columns(!observed.isEmpty());
    const int total = totalCount(items);
    QStringList lines;
    QStringList header;
    for (Column c : cols)
        header.append(tsvField(columnTitle(c)));
    lines.append(header.join(QLatin1Char('\t')));
    for (int row : rows) {
        if (row < 0 || row >= items.size())
            continue;
        QStringList fields;
        for (Column c : cols)
            fields.append(tsvField(cell(items.at(row), row, c, observedAt(observed, row), total)));
        lines.append(fields.join(QLatin1Char('\t')));
    }
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

QString displayMarkdown(const QList<Candidate> &items, const QList<int> &rows, const QList<double> &observed)
{
    const QList<Column> cols = columns(!observed.isEmpty());
    const int total = totalCount(items);
    QStringList header;
    QStringList rule;
    for (Column c : cols) {
        header.append(markdownField(columnTitle(c)));
        rule.append(c == Column::Text || c == Column::Repairs ? QStringLiteral("---") : QStringLiteral("---:"));
    }
    QStringList lines;
    lines.append(QStringLiteral("| ") + header.join(QStringLiteral(" | ")) + QStringLiteral(" |"));
    lines.append(QStringLiteral("| ") + rule.join(QStringLiteral(" | ")) + QStringLiteral(" |"));
    for (int row : rows) {
        if (row < 0 || row >= items.size())
            continue;
        QStringList fields;
        for (Column c : cols)
            fields.append(markdownField(cell(items.at(row), row, c, observedAt(observed, row), total)));
        lines.append(QStringLiteral("| ") + fields.join(QStringLiteral(" | ")) + QStringLiteral(" |"));
    }
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

QString csv(const QList<Candidate> &items, bool simulated)
{
    // CRLF and a fixed English header: what RFC 4180, spreadsheets and pandas expect, whatever the UI language.
    const QString eol = QStringLiteral("\r\n");
    QString out =
        QStringLiteral("rank,text,probability,stated,stated_text,repairs,partial,simulated,count,basis") + eol;
    for (int i = 0; i < items.size(); ++i) {
        const Candidate &c = items.at(i);
        const QStringList fields{QString::number(i + 1),
                                 csvTextField(c.text),
                                 exactNumber(c.weight),
                                 exactNumber(c.stated),
                                 csvTextField(c.statedRaw),
                                 csvTextField(c.repairs.join(QLatin1Char(';'))),
                                 c.partial ? QStringLiteral("true") : QStringLiteral("false"),
                                 simulated ? QStringLiteral("true") : QStringLiteral("false"),
                                 QString::number(c.count),
                                 Candidate::basisName(c.basis())};
        out += fields.join(QLatin1Char(',')) + eol;
    }
    return out;
}

QString markdownDocument(const QList<Candidate> &items, const Trace &trace, const QString &prompt)
{
    const QLocale locale;
    QStringList lines;
    lines << QStringLiteral("# ") + TextExportText::tr("VS Lab distribution") << QString();
    if (!prompt.isEmpty())
        lines << QStringLiteral("**") + TextExportText::tr("Prompt:") + QStringLiteral("** ") + markdownField(prompt)
              << QString();
    QStringList facts;
    if (!trace.method.isEmpty())
        facts << TextExportText::tr("method %1").arg(markdownField(trace.method));
    if (trace.k > 0)
        facts << TextExportText::tr("k = %1").arg(trace.k);
    if (!trace.provider.isEmpty())
        facts << TextExportText::tr("provider %1").arg(markdownField(trace.provider));
    if (!trace.model.isEmpty())
        facts << TextExportText::tr("model %1").arg(markdownField(trace.model));
    if (trace.temperature > 0.0)
        facts << TextExportText::tr("temperature %1").arg(locale.toString(trace.temperature, 'f', 2));
    if (trace.tauMode != TauMode::Off)
        facts << TextExportText::tr("τ %1 (%2)").arg(locale.toString(trace.tau, 'f', 2), Names::tauMode(trace.tauMode));
    if (trace.seed)
        facts << TextExportText::tr("seed %1").arg(*trace.seed);
    if (!facts.isEmpty())
        lines << facts.join(QStringLiteral(" · ")) << QString();
    if (trace.simulated) {
        lines << QStringLiteral("> ") +
                     TextExportText::tr("Simulated: written by the offline demo model, not by a language model.")
              << QString();
    }
    // Say what the numbers are before showing them: a weight can rest on counted answers or filled-in values.
    const int total = totalCount(items);
    int filledIn = 0;
    bool counted = false;
    for (const Candidate &c : items) {
        filledIn += c.basis() == Candidate::Basis::FilledIn ? 1 : 0;
        counted = counted || c.basis() == Candidate::Basis::Counted;
    }
    if (counted) {
        lines << QStringLiteral("> ") +
                     TextExportText::tr("This method states no probabilities: each weight is how often the model "
                                        "gave the answer, out of %n answer(s).",
                                        nullptr, total)
              << QString();
    }
    if (filledIn > 0) {
        lines << QStringLiteral("> ") +
                     TextExportText::tr("%n candidate(s) came without a probability; VS Lab filled one in to weigh "
                                        "them (Stated shows —, repairs say missing).",
                                        nullptr, filledIn)
              << QString();
    }
    QList<int> rows;
    for (int i = 0; i < items.size(); ++i)
        rows.append(i);
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n') + displayMarkdown(items, rows);
}

} // namespace TextExport
