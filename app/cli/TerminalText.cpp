// SPDX-License-Identifier: Apache-2.0
#include "TerminalText.h"

#include <QList>

#include <algorithm>

namespace TerminalText {
namespace {
/// East Asian Wide and Fullwidth code points (Unicode UAX #11), the ranges terminals draw two columns wide.
bool isWide(char32_t c)
{
    return (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0x303E) || (c >= 0x3041 && c <= 0xA4CF) ||
           (c >= 0xAC00 && c <= 0xD7A3) || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFE30 && c <= 0xFE4F) ||
           (c >= 0xFF00 && c <= 0xFF60) || (c >= 0xFFE0 && c <= 0xFFE6) || (c >= 0x20000 && c <= 0x3FFFD);
}
} // namespace

int width(const QString &text)
{
    int columns = 0;
    for (const char32_t c : text.toUcs4())
        columns += isWide(c) ? 2 : 1;
    return columns;
}

QString padRight(const QString &text, int columns)
{
    return text + QString(std::max(0, columns - width(text)), QLatin1Char(' '));
}

QString padLeft(const QString &text, int columns)
{
    return QString(std::max(0, columns - width(text)), QLatin1Char(' ')) + text;
}
} // namespace TerminalText
