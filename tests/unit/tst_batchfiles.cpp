// SPDX-License-Identifier: Apache-2.0
// Batch input reading, output repair and ids, and the batch rate gate.
#include "LoopbackServer.h"

#include "export/BatchFiles.h"
#include "session/BatchJob.h"
#include "session/BatchNetworkAccess.h"

#include <QDateTime>
#include <QFile>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

namespace {
QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    QFile f(dir.filePath(name));
    if (!f.open(QIODevice::WriteOnly))
        return {};
    f.write(bytes);
    return f.fileName();
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}
} // namespace

class TestBatchFiles : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsJsonlWithOverridesAndIds()
    {
        QTemporaryDir dir;
        const QString path = writeFile(dir, QStringLiteral("in.jsonl"),
                                       "{\"id\":\"a\",\"prompt\":\"P1\",\"k\":3,\"tau\":0.2,\"tau_mode\":\"filter\","
                                       "\"temperature\":0.5,\"seed\":\"42\",\"method\":\"vs-cot\"}\n"
                                       "\n"
                                       "{\"id\":7,\"messages\":[{\"role\":\"user\",\"content\":\"P2\"}]}\r\n"
                                       "{\"prompt\":\"P3\"}\n");
        GenerationSettings defaults;
        defaults.k = 4;
        BatchReader reader;
        QVERIFY(reader.open(path, defaults).ok());
        QVERIFY(reader.isJsonl());
        auto first = reader.next();
        QVERIFY(first && first->ok());
        const BatchItem &a = first->value();
        QCOMPARE(a.id, QStringLiteral("a"));
        QCOMPARE(a.line, 1);
        QCOMPARE(a.request.prompt, QStringLiteral("P1"));
        QCOMPARE(a.request.settings.k, 3);
        QCOMPARE(a.request.settings.tau, 0.2);
        QCOMPARE(a.request.settings.tauMode, TauMode::Filter);
        QCOMPARE(a.request.settings.temperature, 0.5);
        QCOMPARE(a.request.settings.seed, std::optional<quint64>(42));
        QCOMPARE(a.request.settings.method, Method::VsCot);
        auto second = reader.next();
        QVERIFY(second && second->ok());
        QCOMPARE(second->value().id, QStringLiteral("7"));
        QCOMPARE(second->value().line, 3);
        QCOMPARE(second->value().request.prompt, QStringLiteral("P2"));
        QCOMPARE(second->value().request.settings.k, 4);            // the default
        QVERIFY(second->value().request.settings.seed.has_value()); // every item gets a seed for its sample
        auto third = reader.next();
        QVERIFY(third && third->ok());
        QCOMPARE(third->value().id, QStringLiteral("4")); // the line number
        QVERIFY(!reader.next());
    }

    void aConversationKeepsItsEarlierMessages()
    {
        QTemporaryDir dir;
        const QString path =
            writeFile(dir, QStringLiteral("in.jsonl"),
                      "{\"messages\":[{\"role\":\"system\",\"content\":\"You write for children.\"},"
                      "{\"role\":\"user\",\"content\":\"Hi\"},{\"role\":\"assistant\",\"content\":\"Hello!\"},"
                      "{\"role\":\"user\",\"content\":\"Tell me a joke\"}]}\n");
        BatchReader reader;
        QVERIFY(reader.open(path, {}).ok());
        auto item = reader.next();
        QVERIFY(item && item->ok());
        const RunRequest &r = item->value().request;
        QCOMPARE(r.prompt, QStringLiteral("Tell me a joke"));
        QCOMPARE(r.context.size(), 3);
        QCOMPARE(r.context[0].role, ChatMessage::Role::System);
        QCOMPARE(r.context[0].content, QStringLiteral("You write for children."));
        QCOMPARE(r.context[2].role, ChatMessage::Role::Assistant);
        // Sent after VS's instructions and before the prompt.
        const Conversation sent = Run::previewMessages(r);
        QCOMPARE(sent.size(), 5);
        QCOMPARE(sent[0].role, ChatMessage::Role::System);
        QCOMPARE(sent[1].content, QStringLiteral("You write for children."));
        QCOMPARE(sent[4].content, QStringLiteral("Tell me a joke"));
    }

    void malformedLinesNameTheLine_data()
    {
        QTest::addColumn<QByteArray>("line");
        QTest::addColumn<QString>("says");
        QTest::newRow("not json") << QByteArray("{nope") << QStringLiteral("not valid JSON");
        QTest::newRow("array") << QByteArray("[1]") << QStringLiteral("JSON object");
        QTest::newRow("no prompt") << QByteArray("{\"id\":\"x\"}") << QStringLiteral("\"prompt\"");
        QTest::newRow("k") << QByteArray("{\"prompt\":\"p\",\"k\":0}") << QStringLiteral("\"k\"");
        QTest::newRow("method") << QByteArray("{\"prompt\":\"p\",\"method\":\"vs-magic\"}")
                                << QStringLiteral("vs-magic");
        QTest::newRow("messages ending with the assistant")
            << QByteArray(
                   "{\"messages\":[{\"role\":\"user\",\"content\":\"u\"},{\"role\":\"assistant\",\"content\":\"a\"}]}")
            << QStringLiteral("\"messages\"");
        QTest::newRow("message role")
            << QByteArray(
                   "{\"messages\":[{\"role\":\"tool\",\"content\":\"t\"},{\"role\":\"user\",\"content\":\"u\"}]}")
            << QStringLiteral("messages[0]");
        QTest::newRow("temperature") << QByteArray("{\"prompt\":\"p\",\"temperature\":9}")
                                     << QStringLiteral("emperature");
        QTest::newRow("id") << QByteArray("{\"prompt\":\"p\",\"id\":[1]}") << QStringLiteral("\"id\"");
    }

    void malformedLinesNameTheLine()
    {
        QFETCH(QByteArray, line);
        QFETCH(QString, says);
        QTemporaryDir dir;
        const QString path =
            writeFile(dir, QStringLiteral("in.jsonl"), "{\"prompt\":\"ok\"}\n" + line + "\n{\"prompt\":\"ok\"}\n");
        BatchReader reader;
        QVERIFY(reader.open(path, {}).ok());
        QVERIFY(reader.next()->ok());
        auto bad = reader.next();
        QVERIFY(bad && !bad->ok());
        QVERIFY2(bad->message().startsWith(QStringLiteral("line 2: ")), qPrintable(bad->message()));
        QVERIFY2(bad->message().contains(says), qPrintable(bad->message()));
        QCOMPARE(reader.lastLine(), 2);
        auto after = reader.next(); // reading goes on
        QVERIFY(after && after->ok());
        QCOMPARE(after->value().id, QStringLiteral("3"));
    }

    void plainTextOrJsonlBySuffixAndContent()
    {
        QTemporaryDir dir;
        BatchReader text;
        QVERIFY(
            text.open(writeFile(dir, QStringLiteral("p.txt"), "\n  {not json but text? no: starts with {\n"), {}).ok());
        QVERIFY(text.isJsonl()); // first non-blank character decides
        BatchReader plain;
        QVERIFY(plain.open(writeFile(dir, QStringLiteral("q.txt"), "\nfirst prompt\nsecond\n"), {}).ok());
        QVERIFY(!plain.isJsonl());
        auto one = plain.next();
        QVERIFY(one && one->ok());
        QCOMPARE(one->value().id, QStringLiteral("2"));
        QCOMPARE(one->value().request.prompt, QStringLiteral("first prompt"));
        QCOMPARE(plain.next()->value().id, QStringLiteral("3"));
        QVERIFY(!plain.next());
        BatchReader missing;
        const Result<void> r = missing.open(dir.filePath(QStringLiteral("none.jsonl")), {});
        QVERIFY(!r.ok());
        QVERIFY(r.message().contains(QStringLiteral("none.jsonl")));
    }

    void streamsLargeInputs()
    {
        // 20,000 lines: read one at a time (the reader holds one line; the memory benchmark measures 100,000).
        QTemporaryDir dir;
        QFile f(dir.filePath(QStringLiteral("big.txt")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        for (int i = 0; i < 20000; ++i)
            f.write("prompt " + QByteArray::number(i) + "\n");
        f.close();
        BatchReader reader;
        QVERIFY(reader.open(f.fileName(), {}).ok());
        int count = 0;
        while (auto item = reader.next()) {
            QVERIFY(item->ok());
            ++count;
        }
        QCOMPARE(count, 20000);
    }

    void outputRepairsPartialTailAndCollectsIds()
    {
        QTemporaryDir dir;
        const QString path = writeFile(dir, QStringLiteral("out.jsonl"),
                                       "{\"id\":\"a\",\"text\":\"x\"}\n"
                                       "{\"id\":\"b\",\"error\":{\"code\":\"server_error\",\"message\":\"m\"}}\n"
                                       "{\"id\":\"c\",\"candidates\":[]}\n"
                                       "{\"id\":\"d\",\"tex");
        BatchOutput out;
        QVERIFY(out.open(path).ok());
        QCOMPARE(out.repairedBytes(), qint64(QByteArray("{\"id\":\"d\",\"tex").size()));
        QCOMPARE(out.droppedErrors(), 1);
        QVERIFY(out.isDone(QStringLiteral("a")));
        QVERIFY(!out.isDone(QStringLiteral("b"))); // failed items run again
        QVERIFY(out.isDone(QStringLiteral("c")));
        QVERIFY(!out.isDone(QStringLiteral("d")));
        QCOMPARE(out.doneCount(), 2);
        QVERIFY(out.append({{QStringLiteral("id"), QStringLiteral("d")}, {QStringLiteral("text"), QStringLiteral("y")}})
                    .ok());
        QVERIFY(
            out.append(BatchOutput::errorLine(QStringLiteral("e"), QStringLiteral("bad_input"), QStringLiteral("m"), 5))
                .ok());
        QVERIFY(out.isDone(QStringLiteral("d")));
        QVERIFY(!out.isDone(QStringLiteral("e")));
        QCOMPARE(readFile(path), QByteArray("{\"id\":\"a\",\"text\":\"x\"}\n{\"id\":\"c\",\"candidates\":[]}\n"
                                            "{\"id\":\"d\",\"text\":\"y\"}\n"
                                            "{\"error\":{\"code\":\"bad_input\",\"http_status\":null,\"line\":5,"
                                            "\"message\":\"m\"},\"id\":\"e\"}\n"));
    }

    void outputCreatesAMissingFile()
    {
        QTemporaryDir dir;
        BatchOutput out;
        QVERIFY(out.open(dir.filePath(QStringLiteral("new.jsonl"))).ok());
        QCOMPARE(out.doneCount(), 0);
        QCOMPARE(out.repairedBytes(), qint64(0));
        BatchOutput bad;
        const Result<void> r = bad.open(dir.filePath(QStringLiteral("no/such/dir/out.jsonl")));
        QVERIFY(!r.ok());
        QVERIFY(r.message().contains(QStringLiteral("out.jsonl")));
    }

    void errorLineShape()
    {
        ProviderError e{ProviderError::Code::RateLimited, 429, QStringLiteral("slow down"), {}, true};
        const QJsonObject o = BatchOutput::errorLine(QStringLiteral("x"), e);
        QCOMPARE(o.value(QStringLiteral("id")).toString(), QStringLiteral("x"));
        const QJsonObject err = o.value(QStringLiteral("error")).toObject();
        QCOMPARE(err.value(QStringLiteral("code")).toString(), QStringLiteral("rate_limited"));
        QCOMPARE(err.value(QStringLiteral("http_status")).toInt(), 429);
        QCOMPARE(err.value(QStringLiteral("message")).toString(), QStringLiteral("slow down"));
        QVERIFY(BatchOutput::isErrorLine(o));
    }

    void resetDurations_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<qint64>("ms");
        QTest::newRow("1s") << QByteArray("1s") << qint64(1000);
        QTest::newRow("6m0s") << QByteArray("6m0s") << qint64(360000);
        QTest::newRow("20ms") << QByteArray("20ms") << qint64(20);
        QTest::newRow("1.5s") << QByteArray("1.5s") << qint64(1500);
        QTest::newRow("1h2m") << QByteArray("1h2m") << qint64(3720000);
        QTest::newRow("bare") << QByteArray("2") << qint64(2000);
        QTest::newRow("junk") << QByteArray("soon") << qint64(-1);
    }

    void resetDurations()
    {
        QFETCH(QByteArray, text);
        QFETCH(qint64, ms);
        QCOMPARE(BatchRateGate::parseResetDuration(text).value_or(-1), ms);
    }

    void gatePausesOnRateLimits()
    {
        const QDateTime now = QDateTime::fromString(QStringLiteral("2026-01-01T00:00:00Z"), Qt::ISODate);
        BatchRateGate gate(0, 0);
        QCOMPARE(gate.waitMs(0), qint64(0));
        QVERIFY(!gate.observe(0, 200, {{"x-ratelimit-remaining-requests", "5"}}, now));
        QVERIFY(gate.observe(100, 429, {{"retry-after", "2"}}, now));
        QCOMPARE(gate.waitMs(100), qint64(2000));
        QCOMPARE(gate.waitMs(1100), qint64(1000));
        // A later, longer limit extends the pause (not counted as a new pause).
        QVERIFY(!gate.observe(200, 200, {{"x-ratelimit-remaining-requests", "0"}, {"x-ratelimit-reset-requests", "5s"}},
                              now));
        QCOMPARE(gate.waitMs(200), qint64(5000));
        BatchRateGate anthropic(0, 0);
        QVERIFY(anthropic.observe(0, 200,
                                  {{"anthropic-ratelimit-requests-remaining", "0"},
                                   {"anthropic-ratelimit-requests-reset", "2026-01-01T00:00:03Z"}},
                                  now));
        QCOMPARE(anthropic.waitMs(0), qint64(3000));
        BatchRateGate noHint(0, 0);
        QVERIFY(noHint.observe(0, 429, {}, now));
        QCOMPARE(noHint.waitMs(0), qint64(1000));
    }

    void networkShowsEveryReplysHeaders()
    {
        LoopbackServer server;
        server.enqueue(LoopbackServer::Response::json(QByteArray("{}"), 429).withHeader("Retry-After", "3"));
        QList<std::pair<int, QHash<QByteArray, QByteArray>>> seen;
        BatchNetworkAccess nam([&seen](int status, const QHash<QByteArray, QByteArray> &headers) {
            seen.append({status, headers});
        });
        QNetworkReply *reply = nam.get(QNetworkRequest(server.url(QStringLiteral("/x"))));
        QSignalSpy done(reply, &QNetworkReply::finished);
        QVERIFY(done.wait(5000));
        reply->deleteLater();
        QCOMPARE(seen.size(), 1);
        QCOMPARE(seen.first().first, 429);
        QCOMPARE(seen.first().second.value("retry-after"), QByteArray("3"));
    }

    void tokenBucketsPace()
    {
        BatchRateGate gate(120, 0); // 2 per second, bursts of 2
        QCOMPARE(gate.waitMs(0), qint64(0));
        gate.take(0, 0);
        gate.take(0, 0);
        QCOMPARE(gate.waitMs(0), qint64(500));
        QCOMPARE(gate.waitMs(500), qint64(0));
        BatchRateGate tokens(0, 6000); // 100 per second
        tokens.take(0, 300);           // 100 - 300 = -200
        QCOMPARE(tokens.waitMs(0), qint64(2010));
        tokens.settle(300, 50); // the call used less: 250 back
        QCOMPARE(tokens.waitMs(0), qint64(0));
    }
};

QTEST_GUILESS_MAIN(TestBatchFiles)
#include "tst_batchfiles.moc"
