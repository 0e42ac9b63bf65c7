// SPDX-License-Identifier: Apache-2.0
#include "Probability.h"

#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>

namespace ParserDetail {

std::optional<double> parseNumber(QStringView token)
{
    token = token.trimmed();
    if (!token.isEmpty() && token.front() == u'+')
        token = token.mid(1);
    // Probabilities are short; anything longer is not a number a model meant.
    std::array<char, 64> buf{};
    if (token.isEmpty() || token.size() >= qsizetype(buf.size()))
        return std::nullopt;
    for (qsizetype i = 0; i < token.size(); ++i) {
        const char16_t ch = token[i].unicode();
        if (ch >= 0x80)
            return std::nullopt;
        buf[size_t(i)] = char(ch);
    }
    const char *begin = buf.data();
    const char *end = begin + token.size();
    double value = 0.0;
    const auto [ptr, ec] = std::from_chars(begin, end, value, std::chars_format::general);
    if (ptr != end)
        return std::nullopt;
    if (ec == std::errc::result_out_of_range) {
        // from_chars leaves `value` alone here: a negative exponent underflowed to 0, anything else overflowed.
        const QStringView t(token);
        const qsizetype e = t.indexOf(u'e', 0, Qt::CaseInsensitive);
        const bool underflow = e >= 0 && e + 1 < t.size() && t[e + 1] == u'-';
        const double magnitude = underflow ? 0.0 : std::numeric_limits<double>::infinity();
        return *begin == '-' ? -magnitude : magnitude;
    }
    if (ec != std::errc())
        return std::nullopt;
    return value;
}

bool isProbabilityToken(QStringView token)
{
    token = token.trimmed();
    if (token.endsWith(u'%'))
        token = token.chopped(1).trimmed();
    const std::optional<double> v = parseNumber(token);
    return v && std::isfinite(*v);
}

void setMissingProbability(Candidate &c)
{
    c.stated = std::numeric_limits<double>::quiet_NaN();
    c.clipped = std::numeric_limits<double>::quiet_NaN();
    c.statedRaw.clear();
    c.repairs.append(QStringLiteral("missing"));
}

void setProbability(Candidate &c, QStringView token)
{
    token = token.trimmed();
    if (token.isEmpty()) {
        setMissingProbability(c);
        return;
    }
    c.statedRaw = token.toString();
    bool percent = false;
    if (token.endsWith(u'%')) {
        percent = true;
        token = token.chopped(1).trimmed();
    }
    const std::optional<double> v = parseNumber(token);
    if (!v || !std::isfinite(*v)) {
        c.stated = std::numeric_limits<double>::quiet_NaN();
        c.clipped = 0.0;
        c.repairs.append(QStringLiteral("invalid"));
        return;
    }
    double value = *v;
    if (percent) {
        value /= 100.0;
        c.repairs.append(QStringLiteral("percentage"));
    }
    c.stated = value;
    if (value < 0.0) {
        c.clipped = 0.0;
        c.repairs.append(QStringLiteral("negative"));
    } else if (value > 1.0) {
        c.clipped = 1.0;
        c.repairs.append(QStringLiteral("clip>1"));
    } else {
        c.clipped = value;
    }
}

} // namespace ParserDetail
