// SPDX-License-Identifier: Apache-2.0
// `vslab-cli batch` against the loopback server (issue 13): 1,000 items at concurrency 32 with 200 ms replies
// against ⌈1000/32⌉ × 200 ms; a server allowing 20 requests/s (429 beyond) for the sustained rate and lost items;
// the peak memory (VmHWM) of the process for a 100,000-line input.
// Run: build/tests/bench/bench_batch [items-for-the-memory-run, default 100000]
#include "LoopbackServer.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace {
const QString reply = QStringLiteral("{\"responses\": [{\"text\": \"Paris\", \"probability\": 0.5}, {\"text\": "
                                     "\"Lyon\", \"probability\": 0.3}, {\"text\": \"Nice\", \"probability\": 0.2}]}");

QString writeInput(const QTemporaryDir &dir, int count)
{
    QFile f(dir.filePath(QStringLiteral("in-%1.jsonl").arg(count)));
    if (!f.open(QIODevice::WriteOnly))
        return {};
    for (int i = 1; i <= count; ++i)
        f.write("{\"id\":\"i" + QByteArray::number(i) + "\",\"prompt\":\"City number " + QByteArray::number(i) +
                "\",\"k\":3}\n");
    return f.fileName();
}

/// Ids with a result line (not an error) in OUTPUT.
QSet<QString> doneIds(const QString &path)
{
    QSet<QString> ids;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return ids;
    for (QByteArray raw = f.readLine(); !raw.isEmpty(); raw = f.readLine()) {
        const QJsonObject o = QJsonDocument::fromJson(raw).object();
        if (!o.contains(QStringLiteral("error")))
            ids.insert(o.value(QStringLiteral("id")).toString());
    }
    return ids;
}

qint64 vmHwmKiB(qint64 pid)
{
    QFile f(QStringLiteral("/proc/%1/status").arg(pid));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

struct Batch
{
    double wallMs = -1;
    int exitCode = -1;
    qint64 peakKiB = -1;
};

/// Runs vslab-cli batch to its end; samples the child's VmHWM (it only grows) while it runs.
Batch runBatch(LoopbackServer &server, const QStringList &extra)
{
    const QString cli = QCoreApplication::applicationDirPath() + QStringLiteral("/../../app/vslab-cli");
    QProcess p;
    QSignalSpy done(&p, &QProcess::finished);
    QTimer sampler;
    Batch b;
    QObject::connect(&sampler, &QTimer::timeout, &p, [&] {
        b.peakKiB = std::max(b.peakKiB, vmHwmKiB(p.processId()));
        server.clearRequests(); // the server keeps every request otherwise: 100,000 of them
    });
    QElapsedTimer t;
    t.start();
    p.start(cli, QStringList{QStringLiteral("batch"), QStringLiteral("--provider"), QStringLiteral("custom"),
                             QStringLiteral("--base-url"), server.url().toString(), QStringLiteral("--model"),
                             QStringLiteral("m"), QStringLiteral("--quiet")} +
                     extra);
    sampler.start(20);
    if (!done.wait(1800000))
        return b;
    b.wallMs = double(t.nsecsElapsed()) / 1e6;
    b.exitCode = p.exitCode();
    if (b.exitCode != 0)
        std::fprintf(stderr, "%s\n", p.readAllStandardError().constData());
    return b;
}

void concurrency(const QTemporaryDir &dir)
{
    LoopbackServer server;
    server.setFallback(LoopbackServer::Response::openAiStream(reply, 8).delayed(200));
    const int items = 1000, conc = 32;
    const QString out = dir.filePath(QStringLiteral("conc.jsonl"));
    const Batch b = runBatch(server, {writeInput(dir, items), QStringLiteral("-o"), out,
                                      QStringLiteral("--concurrency"), QString::number(conc)});
    const double ideal = std::ceil(double(items) / conc) * 200.0;
    std::printf("1,000 items, concurrency 32, 200 ms replies: %.0f ms (ideal ⌈1000/32⌉ × 200 = %.0f ms, ratio %.2f, "
                "target ≤ 1.2); %lld done, exit %d\n",
                b.wallMs, ideal, b.wallMs / ideal, qlonglong(doneIds(out).size()), b.exitCode);
}

void rateLimited(const QTemporaryDir &dir)
{
    // 20 requests per fixed 1-second window; beyond: 429 with retry-after-ms to the next window. Every reply says
    // what is left, as OpenAI does.
    LoopbackServer server;
    QElapsedTimer clock;
    clock.start();
    qint64 window = -1;
    int used = 0, refused = 0;
    const int limit = 20;
    server.setResponder([&](const LoopbackServer::Request &) {
        const qint64 now = clock.elapsed();
        if (now / 1000 != window) {
            window = now / 1000;
            used = 0;
        }
        const QByteArray reset = QByteArray::number(1000 - now % 1000) + "ms";
        if (used >= limit) {
            ++refused;
            return LoopbackServer::Response::json(QByteArray("{\"error\":{\"message\":\"Rate limit reached\"}}"), 429)
                .withHeader("retry-after-ms", QByteArray::number(1000 - now % 1000))
                .withHeader("x-ratelimit-remaining-requests", "0")
                .withHeader("x-ratelimit-reset-requests", reset);
        }
        ++used;
        return LoopbackServer::Response::openAiStream(reply, 4)
            .withHeader("x-ratelimit-limit-requests", QByteArray::number(limit))
            .withHeader("x-ratelimit-remaining-requests", QByteArray::number(limit - used))
            .withHeader("x-ratelimit-reset-requests", reset);
    });
    const int items = 300;
    const QString out = dir.filePath(QStringLiteral("rate.jsonl"));
    const Batch b =
        runBatch(server, {writeInput(dir, items), QStringLiteral("-o"), out, QStringLiteral("--concurrency"),
                          QStringLiteral("32"), QStringLiteral("--retries"), QStringLiteral("10")});
    const int done = int(doneIds(out).size());
    const double rate = done / (b.wallMs / 1000.0);
    std::printf("server allowing 20 requests/s, 300 items at concurrency 32: %.1f items/s sustained (%.0f %% of 20/s, "
                "target ≥ 90 %%), %d lost, %d requests refused with 429, exit %d\n",
                rate, rate / 20.0 * 100.0, items - done, refused, b.exitCode);
}

void memory(const QTemporaryDir &dir, int items)
{
    LoopbackServer server;
    server.setFallback(LoopbackServer::Response::openAiCompletion(reply));
    const QString out = dir.filePath(QStringLiteral("mem.jsonl"));
    const Batch b =
        runBatch(server, {writeInput(dir, items), QStringLiteral("-o"), out, QStringLiteral("--concurrency"),
                          QStringLiteral("64"), QStringLiteral("--no-stream"), QStringLiteral("--samples-only")});
    std::printf(
        "%d-line input, concurrency 64: peak RSS (VmHWM) %.1f MB (target < 200 MB), %.1f s, %lld done, exit %d\n",
        items, double(b.peakKiB) / 1024.0, b.wallMs / 1000.0, qlonglong(doneIds(out).size()), b.exitCode);
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int memoryItems = argc > 1 ? std::max(1, atoi(argv[1])) : 100000;
    QTemporaryDir dir;
    concurrency(dir);
    rateLimited(dir);
    memory(dir, memoryItems);
    return 0;
}
