// SPDX-License-Identifier: Apache-2.0
#include "ListFallback.h"

#include "Probability.h"

namespace ParserDetail {
namespace {
bool isDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

bool isNumberChar(QChar c)
{
    return isDigit(c) || c == u'.' || c == u'e' || c == u'E' || c == u'+' || c == u'-' || c == u'%';
}

bool isSeparator(QChar c)
{
    return c == u'-' || c == u'\u2014' || c == u'\u2013' || c == u':' || c == u'=' || c == u'|' || c == u',' ||
           c == u'~' || c == u'\u2248';
}

/// Strips the list marker ("1.", "2)", "-", "*", "•"); empty when the line is not a list item.
QStringView stripMarker(QStringView line)
{
    line = line.trimmed();
    qsizetype i = 0;
    if (i < line.size() && line[i] == u'(')
        ++i;
    const qsizetype digitsStart = i;
    while (i < line.size() && isDigit(line[i]) && i - digitsStart < 4)
        ++i;
    if (i > digitsStart) {
        if (i >= line.size() || (line[i] != u'.' && line[i] != u')' && line[i] != u':'))
            return {};
        ++i;
    } else if (digitsStart == 0 && i < line.size() &&
               (line[i] == u'-' || line[i] == u'*' || line[i] == u'\u2022' || line[i] == u'+')) {
        ++i;
    } else {
        return {};
    }
    if (i >= line.size() || !line[i].isSpace())
        return {};
    return line.mid(i).trimmed();
}

/// Drops a trailing probability label ("probability", "p", ...) and separators from the answer part.
QStringView stripLabel(QStringView s)
{
    static constexpr QLatin1StringView labels[] = {QLatin1StringView("probability"), QLatin1StringView("confidence"),
                                                   QLatin1StringView("likelihood"), QLatin1StringView("prob"),
                                                   QLatin1StringView("p")};
    s = s.trimmed();
    while (!s.isEmpty() && isSeparator(s.back()))
        s = s.chopped(1).trimmed();
    for (const QLatin1StringView label : labels) {
        if (s.endsWith(label, Qt::CaseInsensitive)) {
            const QChar before = s.size() > label.size() ? s[s.size() - label.size() - 1] : QChar(u' ');
            if (before.isSpace() || before == u'(' || before == u'[' || isSeparator(before)) {
                s = s.chopped(label.size()).trimmed();
                while (!s.isEmpty() && (isSeparator(s.back()) || s.back() == u'(' || s.back() == u'['))
                    s = s.chopped(1).trimmed();
                break;
            }
        }
    }
    return s;
}

/// Splits "Answer <sep> 0.2" into the answer and the probability token; false when the item has no probability.
bool splitItem(QStringView item, QStringView &answer, QStringView &token)
{
    item = item.trimmed();
    if (item.isEmpty())
        return false;
    QStringView body = item;
    bool bracketed = false;
    const QChar last = item.back();
    if (last == u')' || last == u']') {
        const QChar open = last == u')' ? u'(' : u'[';
        const qsizetype at = item.lastIndexOf(open);
        if (at < 0)
            return false;
        body = item.mid(at + 1, item.size() - at - 2).trimmed();
        answer = item.first(at);
        bracketed = true;
    }
    // The number is the run at the end of the body that starts with a digit or a point.
    qsizetype start = body.size();
    while (start > 0 && isNumberChar(body[start - 1]))
        --start;
    while (start < body.size() && !isDigit(body[start]) && body[start] != u'.')
        ++start;
    if (start >= body.size())
        return false;
    token = body.mid(start);
    if (!isProbabilityToken(token))
        return false;
    QStringView before = body.first(start);
    if (bracketed) {
        // Inside brackets only a label may precede the number: "(probability: 0.2)", "(p=0.2)", "(20%)".
        if (!stripLabel(before).isEmpty())
            return false;
        answer = stripLabel(answer);
    } else {
        // Without brackets a separator must come first: "Answer - 0.15", "Answer — 20%", "Answer: p=0.2".
        const QStringView trimmed = before.trimmed();
        if (trimmed.isEmpty())
            return false;
        const QStringView stripped = stripLabel(trimmed);
        if (stripped.size() == trimmed.size())
            return false;
        answer = stripped;
    }
    answer = answer.trimmed();
    return !answer.isEmpty();
}
} // namespace

QList<Candidate> parseProbabilityList(QStringView text)
{
    QList<Candidate> out;
    qsizetype pos = 0;
    while (pos <= text.size()) {
        qsizetype eol = text.indexOf(u'\n', pos);
        if (eol < 0)
            eol = text.size();
        const QStringView item = stripMarker(text.mid(pos, eol - pos));
        QStringView answer;
        QStringView token;
        if (!item.isEmpty() && splitItem(item, answer, token)) {
            Candidate c;
            c.text = answer.toString();
            setProbability(c, token);
            c.index = int(out.size());
            out.append(std::move(c));
        }
        pos = eol + 1;
    }
    return out;
}

} // namespace ParserDetail
