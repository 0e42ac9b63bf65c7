// SPDX-License-Identifier: Apache-2.0
// libFuzzer target for ResponseParser. Input layout: byte 0 = flags (bits 0-1 format hint, bit 2 truncated,
// bit 3 feed decoded text instead of UTF-8), bytes 1-3 = chunk sizes (cycled, 1..64), the rest = the reply.
// Invariants: never crashes; chunking changes nothing; every candidate is sane; an empty result has an error.
#include "vs/ResponseParser.h"

#include <QString>

#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace {
constexpr size_t kHeader = 4;

QString snapshot(const ResponseParser &p)
{
    QString out;
    for (const Candidate &c : p.candidates()) {
        out += QString::number(c.index) + u'|' + c.text + u'|' + QString::number(c.stated, 'g', 17) + u'|' +
               c.statedRaw + u'|' + QString::number(c.clipped, 'g', 17) + u'|' + c.repairs.join(u'+') + u'|' +
               (c.partial ? u'P' : u'-') + u'\n';
    }
    for (const Warning &w : p.warnings())
        out += Warning::codeName(w.code) + u'\n';
    return out + p.error() + u'\n' + p.reasoning() + u'\n' + ResponseParser::formatName(p.detectedFormat());
}

[[noreturn]] void failWith(const char *what, const QString &a = {}, const QString &b = {})
{
    std::fprintf(stderr, "fuzz_parser invariant broken: %s\n--- A ---\n%s\n--- B ---\n%s\n", what,
                 a.toUtf8().constData(), b.toUtf8().constData());
    std::abort();
}

void checkSane(const ResponseParser &p)
{
    const QList<Candidate> &all = p.candidates();
    for (qsizetype i = 0; i < all.size(); ++i) {
        const Candidate &c = all[i];
        if (c.index != i)
            failWith("index out of order", snapshot(p));
        if (!(std::isnan(c.clipped) || (c.clipped >= 0.0 && c.clipped <= 1.0)))
            failWith("clipped outside [0, 1]", snapshot(p));
        if (std::isnan(c.clipped) != c.repairs.contains(QStringLiteral("missing")))
            failWith("NaN clipped without the missing tag", snapshot(p));
        if (c.text.isEmpty() || c.text != c.text.trimmed())
            failWith("candidate text empty or not trimmed", snapshot(p));
        if (c.partial && i != all.size() - 1)
            failWith("partial candidate is not the last one", snapshot(p));
    }
    if (all.isEmpty() == p.error().isEmpty())
        failWith("error() must be set exactly when there is no candidate", snapshot(p));
}

ResponseParser::Format formatFrom(uint8_t flags)
{
    switch (flags & 3) {
    case 1:
        return ResponseParser::Format::Json;
    case 2:
        return ResponseParser::Format::Xml;
    case 3:
        return ResponseParser::Format::List;
    default:
        return ResponseParser::Format::Auto;
    }
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < kHeader)
        return 0;
    const uint8_t flags = data[0];
    const uint8_t sizes[3] = {data[1], data[2], data[3]};
    const ResponseParser::Format format = formatFrom(flags);
    const bool truncated = (flags & 4) != 0;
    const bool asText = (flags & 8) != 0;
    const QByteArrayView reply(reinterpret_cast<const char *>(data + kHeader), qsizetype(size - kHeader));
    const QString decoded = QString::fromUtf8(reply);

    ResponseParser whole(format);
    QList<Candidate> returned = asText ? whole.feed(decoded) : whole.feedUtf8(reply);
    returned += whole.finish(truncated);
    checkSane(whole);
    if (returned.size() != whole.candidates().size())
        failWith("feed()/finish() returned a different number of candidates than candidates()", snapshot(whole));
    if (whole.text() != decoded)
        failWith("text() is not the reply", whole.text(), decoded);

    ResponseParser chunked(format);
    const qsizetype total = asText ? decoded.size() : reply.size();
    qsizetype returnedChunked = 0;
    int turn = 0;
    for (qsizetype at = 0; at < total;) {
        const qsizetype step = std::min<qsizetype>(total - at, 1 + sizes[turn++ % 3] % 64);
        returnedChunked +=
            (asText ? chunked.feed(QStringView(decoded).sliced(at, step)) : chunked.feedUtf8(reply.sliced(at, step)))
                .size();
        at += step;
    }
    returnedChunked += chunked.finish(truncated).size();
    if (returnedChunked != chunked.candidates().size())
        failWith("chunked: returned a different number of candidates than candidates()", snapshot(chunked));
    const QString a = snapshot(whole);
    const QString b = snapshot(chunked);
    if (a != b)
        failWith("whole and chunked parses differ", a, b);
    return 0;
}
