// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

/// RFC 4180 reader for CSV (separator ',') and the TSV VS Lab copies (separator '\t'): quoted fields may hold
/// separators, doubled quotes and line breaks; records end with CRLF or LF. `ok` (optional) turns false on
/// malformed input: a quote inside an unquoted field, text after a closing quote, an unclosed quote.
QList<QStringList> parseDelimited(const QString &text, QChar separator, bool *ok = nullptr);
