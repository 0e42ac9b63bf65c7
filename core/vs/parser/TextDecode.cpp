// SPDX-License-Identifier: Apache-2.0
#include "TextDecode.h"

namespace ParserDetail {
namespace {
int hexValue(char16_t c)
{
    if (c >= u'0' && c <= u'9')
        return c - u'0';
    if (c >= u'a' && c <= u'f')
        return c - u'a' + 10;
    if (c >= u'A' && c <= u'F')
        return c - u'A' + 10;
    return -1;
}
} // namespace

qsizetype decodeJsonString(QStringView raw, QString &out, bool final)
{
    const char16_t *s = raw.utf16();
    const qsizetype n = raw.size();
    qsizetype i = 0;
    qsizetype runStart = 0;
    while (i < n) {
        if (s[i] != u'\\') {
            ++i;
            continue;
        }
        out.append(QStringView(s + runStart, i - runStart));
        if (i + 1 >= n) {
            if (!final)
                return i;
            runStart = n; // a lone backslash at the very end of a cut string carries nothing
            i = n;
            break;
        }
        const char16_t e = s[i + 1];
        qsizetype next = i + 2;
        switch (e) {
        case u'"':
        case u'\\':
        case u'/':
        case u'\'':
            out.append(QChar(e));
            break;
        case u'n':
            out.append(u'\n');
            break;
        case u't':
            out.append(u'\t');
            break;
        case u'r':
            out.append(u'\r');
            break;
        case u'b':
            out.append(u'\b');
            break;
        case u'f':
            out.append(u'\f');
            break;
        case u'u': {
            if (i + 6 > n) {
                bool allHex = true;
                for (qsizetype j = i + 2; j < n; ++j)
                    allHex = allHex && hexValue(s[j]) >= 0;
                if (!final && allHex)
                    return i;
                if (final && allHex) {
                    next = n; // cut inside the escape: drop the fragment
                    break;
                }
            }
            int code = 0;
            bool ok = i + 6 <= n;
            for (qsizetype j = i + 2; ok && j < i + 6; ++j) {
                const int h = hexValue(s[j]);
                ok = h >= 0;
                code = code * 16 + h;
            }
            if (ok) {
                out.append(QChar(char16_t(code)));
                next = i + 6;
            } else {
                out.append(QStringView(s + i, 2)); // not an escape after all: keep what was written
            }
            break;
        }
        default:
            out.append(QStringView(s + i, 2));
            break;
        }
        i = next;
        runStart = next;
    }
    if (runStart < n)
        out.append(QStringView(s + runStart, n - runStart));
    return n;
}

QString decodeJsonText(QStringView raw)
{
    // Raw characters came from UTF-8 or from the caller's text; only \u escapes can make lone surrogates.
    if (!raw.contains(u'\\'))
        return raw.toString();
    QString out;
    out.reserve(raw.size());
    decodeJsonString(raw, out, true);
    fixLoneSurrogates(out);
    return out;
}

QString decodeXmlText(QStringView raw)
{
    // Numeric references are range-checked below, so decoding never makes a lone surrogate.
    if (!raw.contains(u'&') && !raw.contains(u'<'))
        return raw.toString();
    QString out;
    out.reserve(raw.size());
    static constexpr QStringView cdataOpen = u"<![CDATA[";
    qsizetype i = 0;
    const qsizetype n = raw.size();
    while (i < n) {
        const QChar c = raw[i];
        if (c == u'<' && raw.mid(i).startsWith(cdataOpen)) {
            const qsizetype start = i + cdataOpen.size();
            qsizetype end = raw.indexOf(u"]]>", start);
            if (end < 0)
                end = n;
            out.append(raw.mid(start, end - start));
            i = std::min(n, end + 3);
            continue;
        }
        if (c != u'&') {
            out.append(c);
            ++i;
            continue;
        }
        // Entities are short: look only a few characters ahead, so a text full of '&' stays linear.
        const qsizetype found = raw.mid(i + 1, 12).indexOf(u';');
        const qsizetype semi = found < 0 ? -1 : i + 1 + found;
        if (semi < 0) {
            out.append(c);
            ++i;
            continue;
        }
        const QStringView name = raw.mid(i + 1, semi - i - 1);
        bool done = true;
        if (name == u"amp")
            out.append(u'&');
        else if (name == u"lt")
            out.append(u'<');
        else if (name == u"gt")
            out.append(u'>');
        else if (name == u"quot")
            out.append(u'"');
        else if (name == u"apos")
            out.append(u'\'');
        else if (name.size() >= 2 && name[0] == u'#') {
            bool ok = false;
            const uint code =
                (name[1] == u'x' || name[1] == u'X') ? name.mid(2).toUInt(&ok, 16) : name.mid(1).toUInt(&ok, 10);
            if (ok && code > 0 && code <= 0x10FFFF && (code < 0xD800 || code > 0xDFFF)) {
                const char32_t cp = code;
                out.append(QString::fromUcs4(&cp, 1));
            } else {
                done = false;
            }
        } else {
            done = false;
        }
        if (done) {
            i = semi + 1;
        } else {
            out.append(c);
            ++i;
        }
    }
    return out;
}

void fixLoneSurrogates(QString &text)
{
    const qsizetype n = text.size();
    const char16_t *s = chars(text);
    bool anySurrogate = false;
    for (qsizetype i = 0; i < n; ++i)
        anySurrogate |= (s[i] & 0xF800) == 0xD800;
    if (!anySurrogate)
        return;
    qsizetype bad = -1;
    for (qsizetype i = 0; i < n; ++i) {
        const char16_t c = s[i];
        if (QChar::isHighSurrogate(c)) {
            if (i + 1 < n && QChar::isLowSurrogate(s[i + 1])) {
                ++i;
                continue;
            }
            bad = i;
            break;
        }
        if (QChar::isLowSurrogate(c)) {
            bad = i;
            break;
        }
    }
    if (bad < 0)
        return;
    for (qsizetype i = bad; i < n; ++i) {
        const char16_t c = text.at(i).unicode();
        if (QChar::isHighSurrogate(c) && i + 1 < n && QChar::isLowSurrogate(text.at(i + 1).unicode())) {
            ++i;
            continue;
        }
        if (QChar::isSurrogate(c))
            text[i] = QChar::ReplacementCharacter;
    }
}

} // namespace ParserDetail
