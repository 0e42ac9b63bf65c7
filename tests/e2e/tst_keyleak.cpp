// SPDX-License-Identifier: Apache-2.0
// A known fake key, set through the environment, goes through a whole session of vslab-cli — generate, compare with
// embeddings, batch, history search, export in every format, a lesson pack and its import — against the loopback
// server. The key reaches the server (it was used) and appears in no output and no file under the temporary HOME.
#include "LoopbackServer.h"

#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

namespace {
const QByteArray kKey = "sk-vslab-LEAK-canary-7f3e9a";

/// Chat: a VS reply for VS prompts, a plain answer otherwise; embeddings: one vector per input.
LoopbackServer::Response answer(const LoopbackServer::Request &request)
{
    const QJsonObject body = request.json();
    if (request.path().endsWith(QLatin1String("/embeddings"))) {
        QJsonArray data;
        const QJsonArray input = body.value(QStringLiteral("input")).toArray();
        for (qsizetype i = 0; i < input.size(); ++i)
            data.append(QJsonObject{
                {QStringLiteral("index"), int(i)},
                {QStringLiteral("embedding"), QJsonArray{double(i % 3 == 0), double(i % 3 == 1), double(i % 3 == 2)}}});
        return LoopbackServer::Response::json(QJsonObject{{QStringLiteral("data"), data}});
    }
    const QString prompt = QString::fromUtf8(QJsonDocument(body.value(QStringLiteral("messages")).toArray()).toJson());
    if (prompt.contains(QLatin1String("probabilit")))
        return LoopbackServer::Response::openAiCompletion(
            QStringLiteral(R"({"responses":[{"text":"Teal","probability":0.6},)"
                           R"({"text":"Amber","probability":0.4}]})"));
    return LoopbackServer::Response::openAiCompletion(QStringLiteral("Teal"));
}
} // namespace

class TestKeyLeak : public QObject
{
    Q_OBJECT

    QTemporaryDir m_home;
    QByteArray m_output; ///< everything every process printed

    int run(const QStringList &args)
    {
        QProcess p;
        QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
        e.insert(QStringLiteral("HOME"), m_home.path());
        e.insert(QStringLiteral("XDG_DATA_HOME"), m_home.filePath(QStringLiteral("data")));
        e.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath(QStringLiteral("config")));
        e.insert(QStringLiteral("XDG_CACHE_HOME"), m_home.filePath(QStringLiteral("cache")));
        e.insert(QStringLiteral("OPENAI_API_KEY"), QString::fromLatin1(kKey));
        e.insert(QStringLiteral("VSLAB_NO_PROGRESS"), QStringLiteral("1"));
        e.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        p.setProcessEnvironment(e);
        p.setWorkingDirectory(m_home.path());
        QSignalSpy finished(&p, &QProcess::finished);
        p.start(qEnvironmentVariable("VSLAB_CLI"), args);
        if (!p.waitForStarted(5000) || !finished.wait(60000)) {
            p.kill();
            p.waitForFinished();
            return -1;
        }
        m_output += p.readAllStandardOutput() + p.readAllStandardError();
        return p.exitCode();
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY2(!qEnvironmentVariableIsEmpty("VSLAB_CLI"), "VSLAB_CLI is not set"); }

    void theKeyIsUsedButNeverWritten()
    {
        LoopbackServer server;
        server.setResponder(answer);
        const QStringList openai{QStringLiteral("--provider"), QStringLiteral("openai"),
                                 QStringLiteral("--base-url"), server.url(QStringLiteral("/v1")).toString(),
                                 QStringLiteral("--model"),    QStringLiteral("gpt-test"),
                                 QStringLiteral("--retries"),  QStringLiteral("0")};
        const auto home = [this](const char *name) { return m_home.filePath(QString::fromUtf8(name)); };

        QCOMPARE(run(QStringList{QStringLiteral("generate"), QStringLiteral("--json"), QStringLiteral("--seed"),
                                 QStringLiteral("1"), QStringLiteral("Name a colour")} +
                     openai),
                 0);
        QCOMPARE(run(QStringList{QStringLiteral("compare"), QStringLiteral("--json"), QStringLiteral("-n"),
                                 QStringLiteral("4"), QStringLiteral("-k"), QStringLiteral("2"),
                                 QStringLiteral("--embeddings-model"), QStringLiteral("embed-test"),
                                 QStringLiteral("Name a colour")} +
                     openai),
                 0);
        QFile prompts(home("prompts.txt"));
        QVERIFY(prompts.open(QIODevice::WriteOnly));
        prompts.write("Name a colour\nName a fruit\n");
        prompts.close();
        QCOMPARE(run(QStringList{QStringLiteral("batch"), prompts.fileName(), QStringLiteral("-o"), home("out.jsonl"),
                                 QStringLiteral("--quiet")} +
                     openai),
                 0);
        QCOMPARE(run({QStringLiteral("history"), QStringLiteral("list"), QStringLiteral("--json")}), 0);
        QCOMPARE(run({QStringLiteral("history"), QStringLiteral("search"), QStringLiteral("Teal"),
                      QStringLiteral("--json")}),
                 0);
        for (const char *format : {"json", "to_dict", "csv", "md", "html", "svg", "png"}) {
            const QString f = QString::fromUtf8(format);
            QCOMPARE(run({QStringLiteral("history"), QStringLiteral("export"), QStringLiteral("1"),
                          QStringLiteral("--format"), f, QStringLiteral("-o"), home("export.") + f}),
                     0);
        }
        QCOMPARE(
            run({QStringLiteral("history"), QStringLiteral("export"), QStringLiteral("1"), QStringLiteral("2"),
                 QStringLiteral("--format"), QStringLiteral("pack"), QStringLiteral("-o"), home("lesson.vslabpack")}),
            0);
        QCOMPARE(run({QStringLiteral("history"), QStringLiteral("import"), QStringLiteral("--db"), home("other.sqlite"),
                      home("lesson.vslabpack")}),
                 0);

        // The key was used: every call to the server carried it.
        QVERIFY(server.requests().size() >= 5);
        for (const LoopbackServer::Request &r : server.requests())
            QCOMPARE(r.header("authorization"), QByteArray("Bearer ") + kKey);

        // ... and is nowhere else: not in any output, not in any file under HOME (history, WAL, settings, exports).
        QVERIFY2(!m_output.contains(kKey), m_output.constData());
        int files = 0;
        QDirIterator it(m_home.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile f(it.next());
            QVERIFY(f.open(QIODevice::ReadOnly));
            QVERIFY2(!f.readAll().contains(kKey), qPrintable(f.fileName()));
            ++files;
        }
        QVERIFY2(files >= 12, qPrintable(QString::number(files))); // history + exports + pack + batch output at least
        QVERIFY(QFile::exists(m_home.filePath(QStringLiteral("data/VS Lab/vslab/history.sqlite"))));
    }
};

QTEST_GUILESS_MAIN(TestKeyLeak)
#include "tst_keyleak.moc"
