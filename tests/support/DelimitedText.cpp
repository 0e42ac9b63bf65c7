// SPDX-License-Identifier: Apache-2.0
#include "DelimitedText.h"

QList<QStringList> parseDelimited(const QString &text, QChar separator, bool *ok)
{
    bool dummy = true;
    if (!ok)
        ok = &dummy;
    *ok = true;
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool inQuotes = false;
    bool wasQuoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar ch = text.at(i);
        if (inQuotes) {
            if (ch == QLatin1Char('"')) {
                if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                    field += ch;
                    ++i;
                } else {
                    inQuotes = false;
                }
            } else {
                field += ch;
            }
            continue;
        }
        if (ch == QLatin1Char('"')) {
            if (!field.isEmpty() || wasQuoted)
                *ok = false; // a quote inside an unquoted field is malformed CSV
            inQuotes = wasQuoted = true;
        } else if (ch == separator) {
            row.append(field);
            field.clear();
            wasQuoted = false;
        } else if (ch == QLatin1Char('\r') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n')) {
            continue;
        } else if (ch == QLatin1Char('\n')) {
            row.append(field);
            rows.append(row);
            row.clear();
            field.clear();
            wasQuoted = false;
        } else {
            if (wasQuoted)
                *ok = false; // text after a closing quote
            field += ch;
        }
    }
    if (inQuotes)
        *ok = false;
    if (!field.isEmpty() || !row.isEmpty()) {
        row.append(field);
        rows.append(row);
    }
    return rows;
}
