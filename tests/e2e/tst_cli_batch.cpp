// SPDX-License-Identifier: Apache-2.0
// `vslab-cli batch` as a user runs it: a real process against the loopback server (faults, kills, Ctrl-C, resume).
#include "LoopbackServer.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <csignal>
#include <functional>

namespace {
struct CliResult
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

// Plain literals: moc's tokenizer does not understand raw strings with quotes inside.
const QByteArray vsReply = "{\"responses\": [{\"text\": \"Paris\", \"probability\": 0.5}, "
                           "{\"text\": \"Lyon\", \"probability\": 0.3}, {\"text\": \"Nice\", \"probability\": 0.2}]}";

/// Starts vslab-cli batch; `whileRunning` (optional) is called once it started, with the process.
CliResult runBatch(const QStringList &args, int timeoutMs = 60000,
                   const std::function<void(QProcess &)> &whileRunning = {})
{
    QProcess p;
    QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
    e.insert(QStringLiteral("VSLAB_DEMO_TPS"), QStringLiteral("0"));
    p.setProcessEnvironment(e);
    QSignalSpy finished(&p, &QProcess::finished);
    p.start(qEnvironmentVariable("VSLAB_CLI"), QStringList{QStringLiteral("batch")} + args);
    if (!p.waitForStarted(5000))
        return {};
    p.closeWriteChannel();
    if (whileRunning)
        whileRunning(p);
    // Wait on the event loop so the loopback server in this process keeps answering.
    if (p.state() != QProcess::NotRunning && !finished.wait(timeoutMs)) {
        p.kill();
        p.waitForFinished();
        return {};
    }
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -9, p.readAllStandardOutput(),
            p.readAllStandardError()};
}

QStringList server(const LoopbackServer &s, int retries = 0)
{
    return {QStringLiteral("--provider"), QStringLiteral("custom"),  QStringLiteral("--base-url"),
            s.url().toString(),           QStringLiteral("--model"), QStringLiteral("test-model"),
            QStringLiteral("--retries"),  QString::number(retries)};
}

/// Writes `count` JSONL items with ids "i1".."iN".
QString writeInput(const QTemporaryDir &dir, int count, const QString &name = QStringLiteral("in.jsonl"))
{
    QFile f(dir.filePath(name));
    if (!f.open(QIODevice::WriteOnly))
        return {};
    for (int i = 1; i <= count; ++i)
        f.write("{\"id\":\"i" + QByteArray::number(i) + "\",\"prompt\":\"City number " + QByteArray::number(i) +
                "\",\"k\":3,\"seed\":" + QByteArray::number(i) + "}\n");
    return f.fileName();
}

/// Every line of OUTPUT, which must each end with a newline and be one JSON object; per id how often it appears.
QHash<QString, int> idCounts(const QString &path, QList<QJsonObject> *lines = nullptr, bool *whole = nullptr)
{
    QFile f(path);
    QHash<QString, int> counts;
    if (whole)
        *whole = true;
    if (!f.open(QIODevice::ReadOnly))
        return counts;
    for (QByteArray raw = f.readLine(); !raw.isEmpty(); raw = f.readLine()) {
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(raw, &error);
        if (!raw.endsWith('\n') || error.error != QJsonParseError::NoError || !doc.isObject()) {
            if (whole)
                *whole = false;
            continue;
        }
        ++counts[doc.object().value(QStringLiteral("id")).toString()];
        if (lines)
            lines->append(doc.object());
    }
    return counts;
}

bool everyIdOnce(const QHash<QString, int> &counts, int n)
{
    if (counts.size() != n)
        return false;
    for (int i = 1; i <= n; ++i) {
        if (counts.value(QStringLiteral("i%1").arg(i)) != 1)
            return false;
    }
    return true;
}
} // namespace

class TestCliBatch : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY2(!qEnvironmentVariableIsEmpty("VSLAB_CLI"), "VSLAB_CLI is not set"); }

    void plainTextInputOnTheDemoModel()
    {
        QTemporaryDir dir;
        QFile in(dir.filePath(QStringLiteral("prompts.txt")));
        QVERIFY(in.open(QIODevice::WriteOnly));
        in.write("Name a US state\n\nTell me a joke\n");
        in.close();
        const QString out = dir.filePath(QStringLiteral("out.jsonl"));
        const CliResult r = runBatch({in.fileName(), QStringLiteral("-o"), out, QStringLiteral("--seed"),
                                      QStringLiteral("3"), QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QList<QJsonObject> lines;
        const QHash<QString, int> counts = idCounts(out, &lines);
        // Ids are line numbers: the blank line 2 counts.
        QCOMPARE(counts.keys().size(), 2);
        QCOMPARE(counts.value(QStringLiteral("1")), 1);
        QCOMPARE(counts.value(QStringLiteral("3")), 1);
        for (const QJsonObject &o : lines) {
            // The generate --json object plus the id, with a seeded sample.
            for (const char *key : {"prompt", "method", "candidates", "warnings", "usage", "settings", "sample"})
                QVERIFY2(o.contains(QLatin1String(key)), key);
            QVERIFY(!o.value(QStringLiteral("sample")).toObject().value(QStringLiteral("text")).toString().isEmpty());
        }
        const QJsonObject summary = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(summary.value(QStringLiteral("done")).toInt(), 2);
        QCOMPARE(summary.value(QStringLiteral("failed")).toInt(), 0);
    }

    void samplesOnlyAndMalformedLine()
    {
        LoopbackServer s;
        s.setResponder([](const LoopbackServer::Request &) {
            return LoopbackServer::Response::openAiStream(QString::fromUtf8(vsReply));
        });
        QTemporaryDir dir;
        QFile in(dir.filePath(QStringLiteral("in.jsonl")));
        QVERIFY(in.open(QIODevice::WriteOnly));
        in.write("{\"id\":\"a\",\"prompt\":\"A city\",\"seed\":1}\n{\"prompt\":\"Another\", \"k\": 500}\n{oops\n"
                 "{\"messages\":[{\"role\":\"user\",\"content\":\"A third\"}],\"method\":\"vs-cot\"}\n");
        in.close();
        const QString out = dir.filePath(QStringLiteral("out.jsonl"));
        const CliResult r = runBatch(
            server(s) + QStringList{in.fileName(), QStringLiteral("-o"), out, QStringLiteral("--samples-only")});
        QCOMPARE(r.exitCode, 3); // two lines were bad
        QList<QJsonObject> lines;
        QCOMPARE(idCounts(out, &lines).size(), 4);
        QCOMPARE(s.requests().size(), 2);
        for (const QJsonObject &o : std::as_const(lines)) {
            const QString id = o.value(QStringLiteral("id")).toString();
            if (id == QLatin1String("a") || id == QLatin1String("4")) {
                QCOMPARE(o.keys(), QStringList({QStringLiteral("id"), QStringLiteral("text")}));
                QVERIFY(QStringList({QStringLiteral("Paris"), QStringLiteral("Lyon"), QStringLiteral("Nice")})
                            .contains(o.value(QStringLiteral("text")).toString()));
            } else {
                const QJsonObject e = o.value(QStringLiteral("error")).toObject();
                QCOMPARE(e.value(QStringLiteral("code")).toString(), QStringLiteral("bad_input"));
                QVERIFY2(e.value(QStringLiteral("message")).toString().startsWith(QStringLiteral("line %1:").arg(id)),
                         qPrintable(e.value(QStringLiteral("message")).toString()));
            }
        }
        QVERIFY(r.err.contains("bad_input 2"));
    }

    void resumeSkipsDoneIdsAndRepairsThePartialLine()
    {
        LoopbackServer s;
        s.setResponder([](const LoopbackServer::Request &) {
            return LoopbackServer::Response::openAiStream(QString::fromUtf8(vsReply));
        });
        QTemporaryDir dir;
        const QString in = writeInput(dir, 6);
        const QString out = dir.filePath(QStringLiteral("out.jsonl"));
        QFile f(out);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{\"id\":\"i1\",\"text\":\"Paris\"}\n{\"id\":\"i2\",\"text\":\"Lyon\"}\n"
                "{\"id\":\"i3\",\"error\":{\"code\":\"server_error\",\"message\":\"x\"}}\n{\"id\":\"i4\",\"te");
        f.close();
        const CliResult r = runBatch(server(s) + QStringList{in, QStringLiteral("-o"), out, QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        bool whole = false;
        QVERIFY(everyIdOnce(idCounts(out, nullptr, &whole), 6));
        QVERIFY(whole);
        QCOMPARE(s.requests().size(), 4); // i3 (its error line dropped), i4 (partial), i5, i6
        const QJsonObject summary = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(summary.value(QStringLiteral("skipped")).toInt(), 2);
        QCOMPARE(summary.value(QStringLiteral("done")).toInt(), 4);

        // Again: nothing left to do.
        const CliResult again = runBatch(server(s) + QStringList{in, QStringLiteral("-o"), out});
        QCOMPARE(again.exitCode, 0);
        QCOMPARE(s.requests().size(), 4);
    }

    void faultsCompleteEveryIdOnce()
    {
        // The first requests meet a 429 with Retry-After and rate-limit headers, a 5xx, a reset and a stall, twice
        // over; later ones succeed (the provider's own backoff grows per retry, so endless faults would only slow
        // the test down).
        LoopbackServer s;
        int n = 0;
        s.setResponder([&n](const LoopbackServer::Request &) {
            const LoopbackServer::Response ok = LoopbackServer::Response::openAiStream(QString::fromUtf8(vsReply));
            if (n >= 8)
                return ok;
            switch (n++ % 4) {
            case 0:
                return LoopbackServer::Response::json(QByteArray("{\"error\":{\"message\":\"slow down\"}}"), 429)
                    .withHeader("Retry-After", "0")
                    .withHeader("retry-after-ms", "200")
                    .withHeader("x-ratelimit-remaining-requests", "0")
                    .withHeader("x-ratelimit-reset-requests", "300ms");
            case 1:
                return LoopbackServer::Response::json(QByteArray("{\"error\":{\"message\":\"boom\"}}"), 500);
            case 2:
                return ok.resetAfter(0);
            default:
                return ok.stallAfter(0);
            }
        });
        QTemporaryDir dir;
        const QString in = writeInput(dir, 20);
        const QString out = dir.filePath(QStringLiteral("out.jsonl"));
        const CliResult r = runBatch(server(s, 8) + QStringList{in, QStringLiteral("-o"), out, QStringLiteral("--json"),
                                                                QStringLiteral("--timeout"), QStringLiteral("1"),
                                                                QStringLiteral("--concurrency"), QStringLiteral("4")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QList<QJsonObject> lines;
        bool whole = false;
        QVERIFY(everyIdOnce(idCounts(out, &lines, &whole), 20));
        QVERIFY(whole);
        for (const QJsonObject &o : std::as_const(lines))
            QVERIFY(!o.contains(QStringLiteral("error")));
        // The 429s paused the whole batch, not just their own requests.
        QVERIFY(QJsonDocument::fromJson(r.out).object().value(QStringLiteral("pauses")).toInt() >= 1);
    }

    void sigkillThenRerunEndsWithEveryIdOnce()
    {
        LoopbackServer s;
        s.setResponder([](const LoopbackServer::Request &) {
            return LoopbackServer::Response::openAiStream(QString::fromUtf8(vsReply)).delayed(150);
        });
        QTemporaryDir dir;
        const QString in = writeInput(dir, 40);
        const QString out = dir.filePath(QStringLiteral("out.jsonl"));
        const CliResult killed =
            runBatch(server(s) + QStringList{in, QStringLiteral("-o"), out, QStringLiteral("--concurrency"),
                                             QStringLiteral("4")},
                     60000, [&out](QProcess &p) {
                         // Kill once some lines are written, while others are in flight.
                         QTRY_VERIFY_WITH_TIMEOUT(QFileInfo(out).size() > 0 && idCounts(out).size() >= 5, 20000);
                         p.kill();
                     });
        QCOMPARE(killed.exitCode, -9);
        const int before = idCounts(out).size();
        QVERIFY(before < 40);
        const CliResult r = runBatch(server(s) + QStringList{in, QStringLiteral("-o"), out});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        bool whole = false;
        QVERIFY(everyIdOnce(idCounts(out, nullptr, &whole), 40));
        QVERIFY(whole);
    }

    void ctrlCExits130WithValidOutput()
    {
        LoopbackServer s;
        s.setResponder([](const LoopbackServer::Request &) {
            return LoopbackServer::Response::openAiStream(QString::fromUtf8(vsReply)).delayed(300);
        });
        QTemporaryDir dir;
        const QString in = writeInput(dir, 30);
        const QString out = dir.filePath(QStringLiteral("out.jsonl"));
        const CliResult r = runBatch(server(s) + QStringList{in, QStringLiteral("-o"), out,
                                                             QStringLiteral("--concurrency"), QStringLiteral("2")},
                                     60000, [&out](QProcess &p) {
                                         QTRY_VERIFY_WITH_TIMEOUT(idCounts(out).size() >= 2, 20000);
                                         ::kill(pid_t(p.processId()), SIGINT);
                                     });
        QCOMPARE(r.exitCode, 130);
        bool whole = false;
        const QHash<QString, int> counts = idCounts(out, nullptr, &whole);
        QVERIFY(whole);
        QVERIFY(counts.size() < 30);
        for (const int c : counts)
            QCOMPARE(c, 1);
        QVERIFY(r.err.contains("interrupted"));
    }

    void badArguments()
    {
        QTemporaryDir dir;
        const QString in = writeInput(dir, 1);
        QCOMPARE(runBatch({in}).exitCode, 2); // no -o
        QCOMPARE(runBatch({in, QStringLiteral("-o"), dir.filePath(QStringLiteral("o")), QStringLiteral("--concurrency"),
                           QStringLiteral("0")})
                     .exitCode,
                 2);
        const CliResult missing = runBatch(
            {dir.filePath(QStringLiteral("none.jsonl")), QStringLiteral("-o"), dir.filePath(QStringLiteral("o"))});
        QCOMPARE(missing.exitCode, 2);
        QVERIFY(missing.err.contains("none.jsonl"));
    }
};

QTEST_GUILESS_MAIN(TestCliBatch)
#include "tst_cli_batch.moc"
