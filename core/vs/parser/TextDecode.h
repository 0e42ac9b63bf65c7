// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>
#include <QStringView>

/// Private helpers of ResponseParser: turning the characters of a JSON string or an XML element into text.
namespace ParserDetail {

/**
 * Decodes the body of a JSON string (without its quotes) and appends it to `out`. Standard escapes, \uXXXX
 * (surrogate pairs come out as the two UTF-16 units they are) and the lenient \' are decoded; an unknown escape is
 * kept as written. When `final` is false an escape cut by the end of `raw` is left for later.
 * Returns how many characters of `raw` were consumed.
 */
qsizetype decodeJsonString(QStringView raw, QString &out, bool final);

/// Decodes a whole JSON string body; lone surrogates become U+FFFD.
QString decodeJsonText(QStringView raw);

/// Decodes XML character data: the five named entities, numeric references and CDATA sections.
QString decodeXmlText(QStringView raw);

/// Replaces unpaired UTF-16 surrogates with U+FFFD, so the text stays valid Unicode.
void fixLoneSurrogates(QString &text);

/// The UTF-16 units of `s` (QString::utf16() is ushort in Qt 6.4).
inline const char16_t *chars(const QString &s)
{
    return reinterpret_cast<const char16_t *>(s.constData());
}

/// Whitespace between tokens (JSON / XML), not inside text.
inline bool isSpaceChar(char16_t c)
{
    return c == u' ' || c == u'\n' || c == u'\r' || c == u'\t' || c == 0xA0 || c == 0xFEFF;
}

} // namespace ParserDetail
