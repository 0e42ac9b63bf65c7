// SPDX-License-Identifier: Apache-2.0
// Throughput of ResponseParser on ~1 MB replies in each format, fed whole and in 64-byte chunks (as a stream
// arrives). Targets: >= 50 MB/s, and chunked within 1.5x of whole (the parser must not re-scan per chunk).
#include "vs/ResponseParser.h"

#include <QCoreApplication>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <vector>

namespace {
constexpr qsizetype kTargetBytes = 1 << 20;
constexpr int kRuns = 15;

QString candidateText(int i)
{
    // Realistic items: a few lines, escapes, non-ASCII punctuation.
    return QStringLiteral("Why did bear %1 cross the road? To get to the honey \u2014 obviously.\n"
                          "Line two of the joke, with a \u201cquote\u201d and some more words to read.")
        .arg(i);
}

QByteArray jsonReply()
{
    QString s = QStringLiteral("```json\n{\"reasoning\": \"Spread the mass.\", \"responses\": [\n");
    for (int i = 0; s.size() < kTargetBytes; ++i) {
        QString t = candidateText(i);
        t.replace(u'"', QStringLiteral("\\\"")).replace(u'\n', QStringLiteral("\\n"));
        s += QStringLiteral("  {\"text\": \"%1\", \"probability\": %2},\n").arg(t).arg(0.001 * (i % 97));
    }
    s += QStringLiteral("]}\n```\n");
    return s.toUtf8();
}

QByteArray xmlReply()
{
    QString s = QStringLiteral("<reasoning>Spread the mass.</reasoning>\n");
    for (int i = 0; s.size() < kTargetBytes; ++i) {
        QString t = candidateText(i);
        t.replace(u'&', QStringLiteral("&amp;"));
        s += QStringLiteral("<response id=\"%1\">\n  <text>%2</text>\n  <probability>%3</probability>\n</response>\n")
                 .arg(i)
                 .arg(t)
                 .arg(0.001 * (i % 97));
    }
    return s.toUtf8();
}

QByteArray listReply()
{
    QString s = QStringLiteral("Here are the answers:\n");
    for (int i = 0; s.size() < kTargetBytes; ++i) {
        QString t = candidateText(i);
        t.replace(u'\n', u' ');
        s += QStringLiteral("%1. %2 (probability: %3)\n").arg(i + 1).arg(t).arg(0.001 * (i % 97));
    }
    return s.toUtf8();
}

/// CPU time of this thread: the machine may be busy with other work, which wall time would count.
double cpuSeconds()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) + double(ts.tv_nsec) / 1e9;
}

/// Parses `reply` fed in `chunk`-byte pieces (0 = whole); returns CPU seconds and the candidate count.
double parseOnce(const QByteArray &reply, qsizetype chunk, qsizetype &count)
{
    const double start = cpuSeconds();
    ResponseParser p;
    if (chunk <= 0) {
        p.feedUtf8(reply);
    } else {
        for (qsizetype at = 0; at < reply.size(); at += chunk)
            p.feedUtf8(QByteArrayView(reply).sliced(at, std::min(chunk, reply.size() - at)));
    }
    p.finish();
    const double seconds = cpuSeconds() - start;
    count = p.candidates().size();
    return seconds;
}

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    struct Case
    {
        const char *name;
        QByteArray reply;
    };
    const Case cases[] = {{"json", jsonReply()}, {"xml", xmlReply()}, {"list", listReply()}};
    bool ok = true;
    std::printf("%-5s %9s %11s %12s %13s %7s\n", "fmt", "bytes", "candidates", "whole MB/s", "64B-chunk MB/s", "ratio");
    for (const Case &c : cases) {
        qsizetype wholeCount = 0;
        qsizetype chunkCount = 0;
        // Alternate the two ways of feeding, so a busy machine slows both alike.
        std::vector<double> wholeRates;
        std::vector<double> chunkRates;
        const double mb = double(c.reply.size()) / 1e6;
        for (int run = 0; run < kRuns; ++run) {
            wholeRates.push_back(mb / parseOnce(c.reply, 0, wholeCount));
            chunkRates.push_back(mb / parseOnce(c.reply, 64, chunkCount));
        }
        const double whole = median(wholeRates);
        const double chunked = median(chunkRates);
        const double ratio = whole / chunked;
        std::printf("%-5s %9lld %11lld %12.1f %13.1f %7.2f\n", c.name, static_cast<long long>(c.reply.size()),
                    static_cast<long long>(wholeCount), whole, chunked, ratio);
        if (wholeCount != chunkCount || wholeCount == 0) {
            std::printf("  candidate counts differ or are zero\n");
            ok = false;
        }
        if (whole < 50.0 || chunked < 50.0 || ratio > 1.5)
            ok = false;
    }
    std::printf("%s\n", ok ? "targets met (>= 50 MB/s, chunked within 1.5x of whole)" : "TARGETS NOT MET");
    return ok ? 0 : 1;
}
