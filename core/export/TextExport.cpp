// SPDX-License-Identifier: Apache-2.0
#include "TextExport.h"

#include <QCoreApplication>
#include <QLocale>

namespace TextExport {
namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("TextExport", text);
}

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
        return tr("#");
    case Column::Stated:
        return tr("Stated");
    case Column::Weight:
        return tr("Weight");
    case Column::Observed:
        return tr("Observed");
    case Column::Text:
        return tr("Text");
    case Column::Repairs:
        return tr("Repairs");
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
        tags.append(tr("partial"));
    return tags.join(QStringLiteral(", "));
}

QString cell(const Candidate &c, int rank, Column column, double observed)
{
    switch (column) {
    case Column::Rank:
        return QString::number(rank + 1);
    case Column::Stated:
        return displayProbability(c.clipped);
    case Column::Weight:
        return displayProbability(c.weight);
    case Column::Observed:
        return std::isnan(observed) ? QString() : displayProbability(observed);
    case Column::Text:
        return c.text;
    case Column::Repairs:
        return repairsText(c);
    }
    return {};
}

QString csvField(const QString &s)
{
    return hasAny(s, QLatin1String(",\"\r\n")) ? quoted(s) : s;
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
            fields.append(tsvField(cell(items.at(row), row, c, observedAt(observed, row))));
        lines.append(fields.join(QLatin1Char('\t')));
    }
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

QString displayMarkdown(const QList<Candidate> &items, const QList<int> &rows, const QList<double> &observed)
{
    const QList<Column> cols = columns(!observed.isEmpty());
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
            fields.append(markdownField(cell(items.at(row), row, c, observedAt(observed, row))));
        lines.append(QStringLiteral("| ") + fields.join(QStringLiteral(" | ")) + QStringLiteral(" |"));
    }
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

QString csv(const QList<Candidate> &items, bool simulated)
{
    // CRLF and a fixed English header: what RFC 4180, spreadsheets and pandas expect, whatever the UI language.
    const QString eol = QStringLiteral("\r\n");
    QString out = QStringLiteral("rank,text,probability,stated,stated_text,repairs,partial,simulated") + eol;
    for (int i = 0; i < items.size(); ++i) {
        const Candidate &c = items.at(i);
        const QStringList fields{QString::number(i + 1),
                                 csvField(c.text),
                                 exactNumber(c.weight),
                                 exactNumber(c.stated),
                                 csvField(c.statedRaw),
                                 csvField(c.repairs.join(QLatin1Char(';'))),
                                 c.partial ? QStringLiteral("true") : QStringLiteral("false"),
                                 simulated ? QStringLiteral("true") : QStringLiteral("false")};
        out += fields.join(QLatin1Char(',')) + eol;
    }
    return out;
}

QString markdownDocument(const QList<Candidate> &items, const Trace &trace, const QString &prompt)
{
    const QLocale locale;
    QStringList lines;
    lines << QStringLiteral("# ") + tr("VS Lab distribution") << QString();
    if (!prompt.isEmpty())
        lines << QStringLiteral("**") + tr("Prompt:") + QStringLiteral("** ") + markdownField(prompt) << QString();
    QStringList facts;
    if (!trace.method.isEmpty())
        facts << tr("method %1").arg(markdownField(trace.method));
    if (trace.k > 0)
        facts << tr("k = %1").arg(trace.k);
    if (!trace.provider.isEmpty())
        facts << tr("provider %1").arg(markdownField(trace.provider));
    if (!trace.model.isEmpty())
        facts << tr("model %1").arg(markdownField(trace.model));
    if (trace.temperature > 0.0)
        facts << tr("temperature %1").arg(locale.toString(trace.temperature, 'f', 2));
    if (trace.tauMode != TauMode::Off)
        facts << tr("τ %1 (%2)").arg(locale.toString(trace.tau, 'f', 2), Names::tauMode(trace.tauMode));
    if (trace.seed)
        facts << tr("seed %1").arg(*trace.seed);
    if (!facts.isEmpty())
        lines << facts.join(QStringLiteral(" · ")) << QString();
    if (trace.simulated) {
        lines << QStringLiteral("> ") + tr("Simulated: written by the offline demo model, not by a language model.")
              << QString();
    }
    QList<int> rows;
    for (int i = 0; i < items.size(); ++i)
        rows.append(i);
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n') + displayMarkdown(items, rows);
}

} // namespace TextExport
