// SPDX-License-Identifier: Apache-2.0
// How soon does the first candidate appear while a reply streams in? The loopback server drips a k = 5 VS reply
// (OpenAI SSE, JSON form) evenly over 2 s; the real OpenAI-compatible provider decodes it and an incremental
// ResponseParser is fed every delta. Reported: time from the first body byte to the first complete candidate, as a
// fraction of the whole stream's duration (target <= 0.25; an ideal streaming pipeline gives about 1/k = 0.2).
#include "LoopbackServer.h"
#include "providers/Provider.h"
#include "vs/ResponseParser.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <memory>
#include <vector>

using namespace Qt::Literals::StringLiterals;

namespace {
constexpr int dripMs = 2000;
constexpr int runs = 5;

QString vsReply()
{
    const QStringList texts{
        u"Why did the scarecrow win an award? Because he was outstanding in his field, of course."_s,
        u"I told my wife she was drawing her eyebrows too high. She looked surprised, then laughed."_s,
        u"Parallel lines have so much in common. It is a shame they will never, ever get to meet."_s,
        u"I used to hate facial hair, but then it grew on me, slowly, one whisker at a time, sadly."_s,
        u"The rotation of the earth really makes my day, and honestly it also makes my whole night."_s,
    };
    const QList<double> p{0.35, 0.25, 0.2, 0.12, 0.08};
    QJsonArray responses;
    for (int i = 0; i < texts.size(); ++i)
        responses.append(QJsonObject{{u"text"_s, texts[i]}, {u"probability"_s, p[i]}});
    return QString::fromUtf8(QJsonDocument(QJsonObject{{u"responses"_s, responses}}).toJson(QJsonDocument::Indented));
}

struct Sample
{
    double fraction = -1;
    qint64 firstCandidateMs = -1;
    qint64 streamMs = -1;
    int candidates = 0;
    int deltas = 0;
    bool ok = false;
};

Sample runOnce(QNetworkAccessManager &nam, const QString &reply)
{
    Sample s;
    LoopbackServer server;
    server.enqueue(LoopbackServer::Response::openAiStream(reply, 120).drip(dripMs, 100));

    ProviderConfig config;
    config.presetId = u"openai"_s;
    config.baseUrl = server.url().toString();
    config.model = u"gpt-4o-mini"_s;
    config.apiKey = u"sk-bench"_s;
    config.retries = 0;
    const auto provider = Provider::create(config, &nam);
    ChatRequest request;
    request.messages = {{ChatMessage::Role::User, u"Tell me a joke."_s}};

    ResponseParser parser(ResponseParser::Format::Auto);
    QElapsedTimer clock;
    qint64 firstByte = -1;
    qint64 firstCandidate = -1;
    QEventLoop loop;
    std::unique_ptr<ProviderCall> call(provider->start(request));
    QObject::connect(call.get(), &ProviderCall::bytesReceived, &loop, [&](qint64) {
        if (firstByte < 0) {
            firstByte = clock.nsecsElapsed();
        }
    });
    QObject::connect(call.get(), &ProviderCall::textDelta, &loop, [&](const QString &delta) {
        ++s.deltas;
        const QList<Candidate> done = parser.feed(delta);
        s.candidates += int(done.size());
        if (!done.isEmpty() && firstCandidate < 0)
            firstCandidate = clock.nsecsElapsed();
    });
    QObject::connect(call.get(), &ProviderCall::finished, &loop, [&](const CallResult &r) {
        const qint64 end = clock.nsecsElapsed();
        s.candidates += int(parser.finish(false).size());
        s.ok = !r.error && firstByte >= 0 && firstCandidate >= 0;
        if (s.ok) {
            s.firstCandidateMs = (firstCandidate - firstByte) / 1000000;
            s.streamMs = (end - firstByte) / 1000000;
            s.fraction = double(firstCandidate - firstByte) / double(end - firstByte);
        } else if (r.error) {
            std::fprintf(stderr, "bench_stream: %s\n", qPrintable(r.error->message));
        }
        loop.quit();
    });
    QTimer::singleShot(dripMs * 5, &loop, &QEventLoop::quit); // safety net
    clock.start();
    loop.exec();
    return s;
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QNetworkAccessManager nam;
    const QString reply = vsReply();
    std::printf("bench_stream: k=5 VS reply, %lld characters, OpenAI SSE dripped evenly over %d ms, %d runs\n",
                static_cast<long long>(reply.size()), dripMs, runs);
    std::vector<double> fractions;
    for (int i = 0; i < runs; ++i) {
        const Sample s = runOnce(nam, reply);
        if (!s.ok) {
            std::printf("run %d: FAILED (first candidate never seen, or call error)\n", i + 1);
            continue;
        }
        std::printf("run %d: first candidate after %lld ms of a %lld ms stream = %.3f (%d candidates, %d deltas)\n",
                    i + 1, static_cast<long long>(s.firstCandidateMs), static_cast<long long>(s.streamMs), s.fraction,
                    s.candidates, s.deltas);
        fractions.push_back(s.fraction);
    }
    if (fractions.empty())
        return 1;
    std::sort(fractions.begin(), fractions.end());
    const double median = fractions[fractions.size() / 2];
    std::printf("time to first candidate / stream duration: median %.3f (min %.3f, max %.3f); target <= 0.25: %s\n",
                median, fractions.front(), fractions.back(), median <= 0.25 ? "met" : "MISSED");
    return median <= 0.25 ? 0 : 2;
}
