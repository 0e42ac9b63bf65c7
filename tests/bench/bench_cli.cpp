// SPDX-License-Identifier: Apache-2.0
// Wall time of `vslab-cli generate` against the loopback server answering at once, beside curl making the same
// request (issue 4). Prints medians over N runs; run: build/tests/bench/bench_cli [runs]
#include "LoopbackServer.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>

#include <algorithm>
#include <cstdio>

namespace {
const QString reply = QStringLiteral(
    "{\"responses\": [{\"text\": \"Why did the scarecrow win an award? Because he was outstanding in his field.\", "
    "\"probability\": 0.4}, {\"text\": \"I would tell you a construction joke, but I am still working on it.\", "
    "\"probability\": 0.35}, {\"text\": \"Parallel lines have so much in common. A shame they never meet.\", "
    "\"probability\": 0.25}]}");

double timeProcess(const QString &program, const QStringList &args, int *exitCode)
{
    QProcess p;
    QSignalSpy done(&p, &QProcess::finished);
    QElapsedTimer t;
    t.start();
    p.start(program, args);
    if (!done.wait(30000))
        return -1;
    *exitCode = p.exitCode();
    return double(t.nsecsElapsed()) / 1e6;
}

double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : v[v.size() / 2];
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int runs = argc > 1 ? std::max(1, atoi(argv[1])) : 20;
    const QString cli = QCoreApplication::applicationDirPath() + QStringLiteral("/../../app/vslab-cli");
    const QString curl = QStandardPaths::findExecutable(QStringLiteral("curl"));
    LoopbackServer server;
    const auto response = LoopbackServer::Response::openAiStream(reply, 24);
    server.setFallback(response);

    QList<double> cliMs, curlMs;
    for (int i = 0; i < runs; ++i) {
        int code = -1;
        cliMs.append(timeProcess(cli,
                                 {QStringLiteral("generate"), QStringLiteral("--provider"), QStringLiteral("custom"),
                                  QStringLiteral("--base-url"), server.url().toString(), QStringLiteral("--model"),
                                  QStringLiteral("m"), QStringLiteral("--json"), QStringLiteral("-k"),
                                  QStringLiteral("3"), QStringLiteral("Tell me a joke")},
                                 &code));
        if (code != 0) {
            std::fprintf(stderr, "vslab-cli exited %d\n", code);
            return 1;
        }
        if (!curl.isEmpty()) {
            const QByteArray body = server.requests().last().body;
            curlMs.append(timeProcess(curl,
                                      {QStringLiteral("-sS"), QStringLiteral("-o"), QStringLiteral("/dev/null"),
                                       QStringLiteral("-H"), QStringLiteral("Content-Type: application/json"),
                                       QStringLiteral("--data-binary"), QString::fromUtf8(body),
                                       server.url(QStringLiteral("/v1/chat/completions")).toString()},
                                      &code));
        }
    }
    std::printf("vslab-cli generate (parse + distribution + JSON out): median %.1f ms over %d runs\n", median(cliMs),
                runs);
    if (curl.isEmpty())
        std::printf("curl: not installed\n");
    else
        std::printf("curl, same request and streamed reply:               median %.1f ms over %d runs\n",
                    median(curlMs), runs);
    return 0;
}
