// SPDX-License-Identifier: Apache-2.0
#include "providers/SseReader.h"
#include "SharedData.h"

#include <QFile>
#include <QRandomGenerator>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace {
enum class Chunking {
    Whole,
    ByteAtATime,
    Random
};

QStringList flatten(const QList<SseEvent> &events)
{
    QStringList out;
    for (const SseEvent &e : events)
        out.append(e.event + QLatin1Char('|') + e.data);
    return out;
}

/// Feeds `stream` in the given chunking and returns every event, finish() included.
QStringList readAll(const QByteArray &stream, Chunking chunking, quint32 seed = 1)
{
    SseReader reader;
    QList<SseEvent> events;
    QRandomGenerator rng(seed);
    qsizetype i = 0;
    while (i < stream.size()) {
        qsizetype n = stream.size();
        if (chunking == Chunking::ByteAtATime)
            n = 1;
        else if (chunking == Chunking::Random)
            n = rng.bounded(1, 9);
        n = std::min(n, stream.size() - i);
        events += reader.feed(QByteArrayView(stream).sliced(i, n));
        i += n;
    }
    events += reader.finish();
    return flatten(events);
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}
} // namespace

class TestSse : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void events_data()
    {
        QTest::addColumn<QByteArray>("stream");
        QTest::addColumn<QStringList>("expected");
        const auto row = [](const char *name, const QByteArray &stream, const QStringList &expected) {
            QTest::newRow(name) << stream << expected;
        };
        row("single", "data: hello\n\n", {u"message|hello"_s});
        row("two events", "data: a\n\ndata: b\n\n", {u"message|a"_s, u"message|b"_s});
        row("crlf", "data: a\r\n\r\ndata: b\r\n\r\n", {u"message|a"_s, u"message|b"_s});
        row("lone cr", "data: a\r\rdata: b\r\r", {u"message|a"_s, u"message|b"_s});
        row("mixed line ends", "data: a\r\n\ndata: b\n\r\n", {u"message|a"_s, u"message|b"_s});
        row("comment", ": keep-alive\n\ndata: x\n\n", {u"message|x"_s});
        row("openrouter comment", ": OPENROUTER PROCESSING\n\n: OPENROUTER PROCESSING\n\ndata: {}\n\n",
            {u"message|{}"_s});
        row("comment inside event", "data: a\n: note\ndata: b\n\n", {u"message|a\nb"_s});
        row("multi-line data", "data: line1\ndata: line2\ndata: line3\n\n", {u"message|line1\nline2\nline3"_s});
        row("event name", "event: ping\ndata: {\"type\": \"ping\"}\n\n", {u"ping|{\"type\": \"ping\"}"_s});
        row("event name resets", "event: a\ndata: 1\n\ndata: 2\n\n", {u"a|1"_s, u"message|2"_s});
        row("no space after colon", "data:x\n\n", {u"message|x"_s});
        row("only one space stripped", "data:  x\n\n", {u"message| x"_s});
        row("colon in value", "data: {\"a\":\"b:c\"}\n\n", {u"message|{\"a\":\"b:c\"}"_s});
        row("utf-8", "data: h\xC3\xA9llo \xE4\xB8\x96\xE7\x95\x8C \xF0\x9F\x8E\xB2\n\n",
            {QStringLiteral("message|h\u00e9llo \u4e16\u754c ") + QString::fromUcs4(U"\U0001F3B2")});
        row("final event without blank line", "data: a\n\ndata: last", {u"message|a"_s, u"message|last"_s});
        row("final event with newline only", "event: message_stop\ndata: {}\n", {u"message_stop|{}"_s});
        row("final event crlf, no blank", "data: x\r\n", {u"message|x"_s});
        row("done marker", "data: {\"n\":1}\n\ndata: [DONE]\n\n", {u"message|{\"n\":1}"_s, u"message|[DONE]"_s});
        row("bom",
            "\xEF\xBB\xBF"
            "data: x\n\n",
            {u"message|x"_s});
        row("field without colon", "data\n\n", {u"message|"_s});
        row("empty data line", "data:\n\n", {u"message|"_s});
        row("empty data then text", "data:\ndata: x\n\n", {u"message|\nx"_s});
        row("unknown field ignored", "foo: bar\ndata: x\n\n", {u"message|x"_s});
        row("event without data is dropped", "event: x\n\ndata: y\n\n", {u"message|y"_s});
        row("leading blank lines", "\n\n\ndata: x\n\n", {u"message|x"_s});
        row("id and retry lines", "id: 7\nretry: 100\ndata: x\n\n", {u"message|x"_s});
        row("empty stream", "", {});
        row("only comments", ":a\n:b\n", {});
        row("anthropic error",
            "event: error\ndata: {\"type\": \"error\", \"error\": {\"type\": \"overloaded_error\"}}\n\n",
            {u"error|{\"type\": \"error\", \"error\": {\"type\": \"overloaded_error\"}}"_s});
    }

    void events()
    {
        QFETCH(QByteArray, stream);
        QFETCH(QStringList, expected);
        QCOMPARE(readAll(stream, Chunking::Whole), expected);
        QCOMPARE(readAll(stream, Chunking::ByteAtATime), expected);
        for (quint32 seed = 1; seed <= 25; ++seed)
            QCOMPARE(readAll(stream, Chunking::Random, seed), expected);
    }

    void idAndRetryFields()
    {
        SseReader reader;
        static const char stream[] = "id: 7\nretry: 1500\ndata: a\n\ndata: b\n\nid: bad\0id\ndata: c\n\n";
        const QList<SseEvent> events = reader.feed(QByteArrayView(stream, sizeof stream - 1));
        QCOMPARE(events.size(), 3);
        QCOMPARE(events[0].id, u"7"_s);
        QCOMPARE(events[0].retryMs, 1500);
        QCOMPARE(events[1].id, u"7"_s); // the last event id is sticky
        QCOMPARE(events[1].retryMs, -1);
        QCOMPARE(events[2].id, u"7"_s); // an id containing NUL is ignored
    }

    void crlfSplitAcrossChunks()
    {
        // The CR ends the line; the LF in the next chunk must not produce an extra (blank) line.
        SseReader reader;
        QList<SseEvent> events = reader.feed("data: a\r");
        QVERIFY(events.isEmpty());
        events += reader.feed("\ndata: b\r");
        QVERIFY(events.isEmpty()); // still one event in progress: "a\nb"
        events += reader.feed("\n\r\n");
        QCOMPARE(flatten(events), QStringList{u"message|a\nb"_s});
    }

    void pendingBytesHeldBack()
    {
        SseReader reader;
        QVERIFY(reader.feed("data: par").isEmpty());
        QCOMPARE(reader.pendingBytes(), 9);
        QCOMPARE(flatten(reader.feed("tial\n\n")), QStringList{u"message|partial"_s});
        QCOMPARE(reader.pendingBytes(), 0);
    }

    void resetForgetsState()
    {
        SseReader reader;
        reader.feed("event: x\ndata: half");
        reader.reset();
        QCOMPARE(flatten(reader.feed("data: new\n\n")), QStringList{u"message|new"_s});
    }

    void fixtures_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("count");
        QTest::addColumn<QString>("firstEvent");
        QTest::addColumn<QString>("lastData");
        QTest::newRow("openai stream") << u"openai/chat-completion-stream.sse"_s << 34 << u"message"_s << u"[DONE]"_s;
        QTest::newRow("anthropic stream, no trailing blank")
            << u"anthropic/messages-stream.sse"_s << 9 << u"message_start"_s << u"{\"type\":\"message_stop\"}"_s;
        QTest::newRow("anthropic error") << u"anthropic/messages-stream-error.sse"_s << 1 << u"error"_s
                                         << u"{\"type\": \"error\", \"error\": {\"type\": \"overloaded_error\", "
                                            "\"message\": \"Overloaded\"}}"_s;
        QTest::newRow("gemini crlf") << u"gemini/stream-generate-content.sse"_s << 3 << u"message"_s << QString();
    }

    void fixtures()
    {
        VSLAB_REQUIRE_SHARED("fixtures/providers");
        QFETCH(QString, file);
        QFETCH(int, count);
        QFETCH(QString, firstEvent);
        QFETCH(QString, lastData);
        const QByteArray bytes = readFile(SharedData::path(u"fixtures/providers/"_s + file));
        QVERIFY(!bytes.isEmpty());
        const QStringList whole = readAll(bytes, Chunking::Whole);
        QCOMPARE(whole.size(), count);
        QVERIFY(whole.first().startsWith(firstEvent + QLatin1Char('|')));
        if (!lastData.isEmpty())
            QCOMPARE(whole.last().section(QLatin1Char('|'), 1), lastData);
        QCOMPARE(readAll(bytes, Chunking::ByteAtATime), whole);
        for (quint32 seed = 1; seed <= 10; ++seed)
            QCOMPARE(readAll(bytes, Chunking::Random, seed), whole);
    }
};

QTEST_GUILESS_MAIN(TestSse)
#include "tst_sse.moc"
