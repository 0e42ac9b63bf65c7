// SPDX-License-Identifier: Apache-2.0
// `vslab-cli history` as a user drives it, and the history surviving processes killed mid-run.
#include "LoopbackServer.h"
#include "store/HistoryStore.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <memory>

namespace {
struct CliResult
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    QJsonDocument json() const { return QJsonDocument::fromJson(out); }
};

CliResult runCli(const QStringList &args, const QHash<QString, QString> &env = {})
{
    QProcess p;
    QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
    e.insert(QStringLiteral("VSLAB_DEMO_TPS"), QStringLiteral("0"));
    e.insert(QStringLiteral("VSLAB_NO_PROGRESS"), QStringLiteral("1"));
    for (auto it = env.cbegin(); it != env.cend(); ++it)
        e.insert(it.key(), it.value());
    p.setProcessEnvironment(e);
    QSignalSpy finished(&p, &QProcess::finished);
    p.start(qEnvironmentVariable("VSLAB_CLI"), args);
    if (!p.waitForStarted(5000))
        return {};
    p.closeWriteChannel();
    // Wait on the event loop so a loopback server in this process keeps answering.
    if (!finished.wait(60000)) {
        p.kill();
        p.waitForFinished();
        return {};
    }
    return {p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError()};
}

QStringList history(const QString &db, const QStringList &rest)
{
    return QStringList{QStringLiteral("history")} + rest + QStringList{QStringLiteral("--db"), db};
}

QStringList promptsOf(const QJsonArray &runs)
{
    QStringList out;
    for (const QJsonValue &v : runs)
        out.append(v[QStringLiteral("prompt")].toString());
    return out;
}

qint64 runCount(const QString &db)
{
    HistoryStore store;
    return store.open(db) ? store.count() : -1;
}
} // namespace

class TestCliHistory : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_data;
    QString m_db;

    QHash<QString, QString> env() const { return {{QStringLiteral("XDG_DATA_HOME"), m_data}}; }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_data = m_dir.filePath(QStringLiteral("data"));
        m_db = m_data + QStringLiteral("/VS Lab/vslab/history.sqlite"); // where the GUI keeps it too
        // Every ended run is saved: ok, failed before any reply (unknown demo prompt, 401), in any script.
        QCOMPARE(runCli({QStringLiteral("generate"), QStringLiteral("Tell me a joke")}, env()).exitCode, 0);
        QCOMPARE(runCli({QStringLiteral("generate"), QStringLiteral("Recite the alphabet backwards")}, env()).exitCode,
                 3);
        LoopbackServer server;
        server.enqueue(LoopbackServer::Response::json(QByteArray("{\"error\":{\"message\":\"bad key\"}}"), 401));
        const CliResult denied =
            runCli({QStringLiteral("generate"), QStringLiteral("--provider"), QStringLiteral("custom"),
                    QStringLiteral("--base-url"), server.url(QStringLiteral("/v1")).toString(),
                    QStringLiteral("--model"), QStringLiteral("m"), QStringLiteral("--retries"), QStringLiteral("0"),
                    QStringLiteral("Unauthorized question")},
                   env());
        QCOMPARE(denied.exitCode, 3);
        QCOMPARE(runCli({QStringLiteral("generate"), QStringLiteral("讲个笑话")}, env()).exitCode, 0);
        // Partial: the connection drops after the first candidates arrived.
        const LoopbackServer::Response whole = LoopbackServer::Response::openAiStream(
            QStringLiteral("{\"responses\": [{\"text\": \"first answer\", \"probability\": 0.5}, {\"text\": "
                           "\"second answer\", \"probability\": 0.3}, {\"text\": \"third answer\", "
                           "\"probability\": 0.2}]}"),
            24);
        server.enqueue(whole.resetAfter(whole.body.size() * 3 / 4));
        const CliResult partial = runCli(
            {QStringLiteral("generate"), QStringLiteral("--provider"), QStringLiteral("custom"),
             QStringLiteral("--base-url"), server.url(QStringLiteral("/v1")).toString(), QStringLiteral("--model"),
             QStringLiteral("m"), QStringLiteral("--retries"), QStringLiteral("0"), QStringLiteral("Partial question")},
            env());
        QCOMPARE(partial.exitCode, 3);
    }

    void listsNewestFirstWithFilters()
    {
        // No --db: the default database, the one generate wrote.
        CliResult r = runCli({QStringLiteral("history"), QStringLiteral("list"), QStringLiteral("--json")}, env());
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonArray all = r.json().array();
        QCOMPARE(promptsOf(all),
                 (QStringList{QStringLiteral("Partial question"), QStringLiteral("讲个笑话"),
                              QStringLiteral("Unauthorized question"), QStringLiteral("Recite the alphabet backwards"),
                              QStringLiteral("Tell me a joke")}));
        const QJsonObject first = all.first().toObject();
        for (const char *key : {"id", "prompt", "provider", "model", "method", "created"})
            QVERIFY2(first.contains(QLatin1String(key)), key);
        QVERIFY(QDateTime::fromString(first[QStringLiteral("created")].toString(), Qt::ISODateWithMs).isValid());
        QCOMPARE(all[0][QStringLiteral("status")].toString(), QStringLiteral("partial"));
        QVERIFY(all[0][QStringLiteral("candidates")].toInt() >= 1);
        QCOMPARE(all[1][QStringLiteral("status")].toString(), QStringLiteral("ok"));
        QCOMPARE(all[2][QStringLiteral("status")].toString(), QStringLiteral("failed"));
        QCOMPARE(all[3][QStringLiteral("status")].toString(), QStringLiteral("failed"));

        r = runCli(history(
            m_db, {QStringLiteral("list"), QStringLiteral("--json"), QStringLiteral("--limit"), QStringLiteral("1")}));
        QCOMPARE(promptsOf(r.json().array()), QStringList{QStringLiteral("Partial question")});
        r = runCli(history(m_db, {QStringLiteral("list"), QStringLiteral("--json"), QStringLiteral("--provider"),
                                  QStringLiteral("custom")}));
        QCOMPARE(promptsOf(r.json().array()),
                 (QStringList{QStringLiteral("Partial question"), QStringLiteral("Unauthorized question")}));
        r = runCli(history(m_db, {QStringLiteral("list"), QStringLiteral("--json"), QStringLiteral("--starred")}));
        QCOMPARE(r.json().array().size(), 0);
        r = runCli(history(m_db, {QStringLiteral("list"), QStringLiteral("--json"), QStringLiteral("--since"),
                                  QStringLiteral("2999-01-01")}));
        QCOMPARE(r.json().array().size(), 0);
        r = runCli(history(m_db, {QStringLiteral("list"), QStringLiteral("--since"), QStringLiteral("yesterday")}));
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("--since"), r.err.constData());
        r = runCli(history(m_db, {QStringLiteral("list")}));
        QVERIFY(r.out.contains("Tell me a joke"));
    }

    void searchesPromptsAndCandidates()
    {
        CliResult r =
            runCli(history(m_db, {QStringLiteral("search"), QStringLiteral("笑话"), QStringLiteral("--json")}));
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(promptsOf(r.json().array()), QStringList{QStringLiteral("讲个笑话")});
        // A word from a candidate of the English joke run (the demo model's answers), case-insensitive.
        r = runCli(history(
            m_db, {QStringLiteral("show"), QStringLiteral("--json"), QString::number(runCount(m_db) > 0 ? 1 : 0)}));
        const QString text = r.json()[QStringLiteral("candidates")][0][QStringLiteral("text")].toString();
        QVERIFY2(text.size() > 12, r.out.constData());
        r = runCli(history(m_db, {QStringLiteral("search"), text.mid(4, 8).toUpper(), QStringLiteral("--json")}));
        QVERIFY(promptsOf(r.json().array()).contains(QStringLiteral("Tell me a joke")));
        r = runCli(history(m_db, {QStringLiteral("search")}));
        QCOMPARE(r.exitCode, 2);
    }

    void showsExportsAndImports()
    {
        CliResult r = runCli(history(m_db, {QStringLiteral("show"), QStringLiteral("1"), QStringLiteral("--json")}));
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(r.json()[QStringLiteral("prompt")].toString(), QStringLiteral("Tell me a joke"));
        QVERIFY(!r.json()[QStringLiteral("uid")].toString().isEmpty());
        QCOMPARE(runCli(history(m_db, {QStringLiteral("show"), QStringLiteral("999")})).exitCode, 2);

        const QString other = m_dir.filePath(QStringLiteral("other.sqlite"));
        for (const char *format : {"json", "to_dict", "csv", "md", "html", "svg", "png", "pack"}) {
            const QString file = m_dir.filePath(QStringLiteral("one.") + QLatin1String(format));
            r = runCli(history(m_db, {QStringLiteral("export"), QStringLiteral("1"), QStringLiteral("--format"),
                                      QLatin1String(format), QStringLiteral("-o"), file}));
            QVERIFY2(r.exitCode == 0, r.err.constData());
            QVERIFY2(QFileInfo(file).size() > 0, format);
            QVERIFY2(r.err.contains(file.toUtf8()), r.err.constData()); // says where it went
        }
        r = runCli(history(other, {QStringLiteral("import"), m_dir.filePath(QStringLiteral("one.json"))}));
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY2(r.out.contains("1 added, 0 skipped"), r.out.constData());
        // The same run again, as a pack: skipped and counted, never overwritten.
        r = runCli(history(other, {QStringLiteral("import"), m_dir.filePath(QStringLiteral("one.pack"))}));
        QVERIFY2(r.out.contains("0 added, 1 skipped"), r.out.constData());
        r = runCli(history(other, {QStringLiteral("import"), m_dir.filePath(QStringLiteral("one.to_dict"))}));
        QVERIFY2(r.out.contains("1 added"), r.out.constData()); // to_dict has no uid: a new run
        QCOMPARE(runCount(other), 2);

        // Several runs: JSON lines and a pack.
        const QString lines = m_dir.filePath(QStringLiteral("all.jsonl"));
        r = runCli(
            history(m_db, {QStringLiteral("export"), QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3"),
                           QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("-o"), lines}));
        QVERIFY2(r.exitCode == 0, r.err.constData());
        r = runCli(history(other, {QStringLiteral("import"), lines, QStringLiteral("--json")}));
        QCOMPARE(r.json()[0][QStringLiteral("added")].toInt(), 2);
        QCOMPARE(r.json()[0][QStringLiteral("skipped")].toInt(), 1);
        r = runCli(history(m_db, {QStringLiteral("export"), QStringLiteral("1"), QStringLiteral("--format"),
                                  QStringLiteral("xls"), QStringLiteral("-o"), lines}));
        QCOMPARE(r.exitCode, 2);
    }

    void aMalformedFileImportsNothing()
    {
        const QString other = m_dir.filePath(QStringLiteral("malformed.sqlite"));
        const QString lines = m_dir.filePath(QStringLiteral("ok.jsonl"));
        QVERIFY(runCli(history(m_db, {QStringLiteral("export"), QStringLiteral("1"), QStringLiteral("4"),
                                      QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("-o"), lines}))
                    .exitCode == 0);
        QFile f(lines);
        QVERIFY(f.open(QIODevice::Append));
        f.write("{\"prompt\": \"p\", \"method\": \"vs-standard\", \"candidates\": \"none\"}\n");
        f.close();
        const CliResult r = runCli(history(other, {QStringLiteral("import"), lines}));
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QByteArray(lines.toUtf8() + ":3:")) && r.err.contains("candidates"), r.err.constData());
        QCOMPARE(runCount(other), 0);
    }

    void deletes()
    {
        const qint64 before = runCount(m_db);
        CliResult r = runCli(history(m_db, {QStringLiteral("delete"), QStringLiteral("2"), QStringLiteral("999")}));
        QCOMPARE(r.exitCode, 2); // one unknown id: nothing deleted
        QCOMPARE(runCount(m_db), before);
        r = runCli(history(m_db, {QStringLiteral("delete"), QStringLiteral("2"), QStringLiteral("3")}));
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(runCount(m_db), before - 2);
    }

    void killedProcessesNeverDamageTheHistory()
    {
        // Many generate processes against a slow loopback server, some killed at random moments.
        LoopbackServer server;
        server.setResponder([](const LoopbackServer::Request &) {
            const int ms = int(QRandomGenerator::global()->bounded(20, 300));
            return LoopbackServer::Response::openAiStream(
                       QStringLiteral("{\"responses\": [{\"text\": \"a\", \"probability\": 0.6}, "
                                      "{\"text\": \"b\", \"probability\": 0.4}]}"),
                       8)
                .delayed(ms);
        });
        QTemporaryDir data;
        const QString db = data.filePath(QStringLiteral("kill.sqlite"));
        constexpr int total = 24;
        constexpr int parallel = 6;
        QHash<QString, int> exits; // prompt → exit code (-1 = killed)
        int started = 0;
        int finished = 0;
        std::vector<std::unique_ptr<QProcess>> procs;
        const auto startOne = [&] {
            const QString prompt = QStringLiteral("kill test %1").arg(started++);
            auto p = std::make_unique<QProcess>();
            QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
            e.insert(QStringLiteral("VSLAB_HISTORY_DB"), db);
            e.insert(QStringLiteral("VSLAB_NO_PROGRESS"), QStringLiteral("1"));
            p->setProcessEnvironment(e);
            QProcess *raw = p.get();
            connect(raw, &QProcess::finished, this, [&exits, &finished, prompt](int code, QProcess::ExitStatus status) {
                exits.insert(prompt, status == QProcess::NormalExit ? code : -1);
                ++finished;
            });
            raw->start(qEnvironmentVariable("VSLAB_CLI"),
                       {QStringLiteral("generate"), QStringLiteral("--provider"), QStringLiteral("custom"),
                        QStringLiteral("--base-url"), server.url(QStringLiteral("/v1")).toString(),
                        QStringLiteral("--model"), QStringLiteral("m"), QStringLiteral("--retries"),
                        QStringLiteral("0"), QStringLiteral("--json"), prompt});
            if (QRandomGenerator::global()->bounded(3) == 0) { // about a third die by SIGKILL
                QTimer::singleShot(int(QRandomGenerator::global()->bounded(0, 350)), raw, [raw] { raw->kill(); });
            }
            procs.push_back(std::move(p));
        };
        while (finished < total) {
            while (started < total && started - finished < parallel)
                startOne();
            QTest::qWait(20);
            QVERIFY2(procs.size() <= size_t(total), "no runaway");
        }
        for (auto &p : procs)
            p->waitForFinished(1000);

        QSqlDatabase check = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("killcheck"));
        check.setDatabaseName(db);
        QVERIFY(check.open());
        {
            QSqlQuery q(check);
            QVERIFY(q.exec(QStringLiteral("PRAGMA integrity_check")) && q.next());
            QCOMPARE(q.value(0).toString(), QStringLiteral("ok"));
        }
        check.close();
        QSqlDatabase::removeDatabase(QStringLiteral("killcheck"));
        HistoryStore store;
        QVERIFY2(store.open(db), qPrintable(store.lastError()));
        QStringList saved;
        for (const HistoryEntry &e : store.list(0))
            saved.append(e.prompt);
        int ok = 0;
        for (auto it = exits.cbegin(); it != exits.cend(); ++it) {
            if (it.value() == 0) {
                ++ok;
                QVERIFY2(saved.contains(it.key()), qPrintable(it.key()));
            }
        }
        QVERIFY2(ok > 0, "some processes finished");
        const QStringList aside = QDir(data.path()).entryList({QStringLiteral("*.corrupt-*")}, QDir::Files);
        QVERIFY2(aside.isEmpty(), qPrintable(aside.join(QLatin1Char(' ')))); // nothing was taken for damage
        qInfo("%d of %d processes exited 0; %lld runs saved", ok, total, qint64(saved.size()));
    }
};

QTEST_GUILESS_MAIN(TestCliHistory)
#include "tst_cli_history.moc"
