// SPDX-License-Identifier: Apache-2.0
// vslab-cli under LANG=zh_CN.UTF-8: the errors a user reads on stderr are in Chinese.
#include "LoopbackServer.h"

#include <QProcess>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace {
struct CliResult
{
    bool finished = false;
    int exitCode = -1;
    QString err;
};

CliResult runChineseCli(const QStringList &args)
{
    QProcess p;
    QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
    // The test environment pins LC_ALL=C.UTF-8; a Chinese user's shell sets both.
    e.insert(u"LANG"_s, u"zh_CN.UTF-8"_s);
    e.insert(u"LC_ALL"_s, u"zh_CN.UTF-8"_s);
    e.insert(u"VSLAB_DEMO_TPS"_s, u"0"_s);
    p.setProcessEnvironment(e);
    QSignalSpy finished(&p, &QProcess::finished);
    p.start(qEnvironmentVariable("VSLAB_CLI"), args);
    CliResult r;
    if (!p.waitForStarted(5000))
        return r;
    // Wait on the event loop so the loopback server in this process keeps answering.
    r.finished = finished.wait(30000);
    if (!r.finished) {
        p.kill();
        p.waitForFinished();
        return r;
    }
    r.exitCode = p.exitCode();
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}
} // namespace

class TestCliI18n : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        if (qEnvironmentVariableIsEmpty("VSLAB_CLI"))
            QSKIP("VSLAB_CLI is not set (run through ctest)");
    }

    void rejectedKeyIsChinese()
    {
        LoopbackServer server;
        server.enqueue(LoopbackServer::Response::json(
            "{\"error\":{\"message\":\"Incorrect API key provided\",\"code\":\"invalid_api_key\"}}", 401));
        const CliResult r =
            runChineseCli({u"generate"_s, u"--provider"_s, u"custom"_s, u"--base-url"_s, server.url().toString(),
                           u"--model"_s, u"test-model"_s, u"--retries"_s, u"0"_s, u"Tell me a joke"_s});
        QVERIFY(r.finished);
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.err.contains(u"拒绝了 API 密钥"_s), qPrintable(r.err));
        QVERIFY2(r.err.contains(server.url().toString()), qPrintable(r.err));
    }

    void demoWithoutScenarioPackIsChinese()
    {
        const CliResult r = runChineseCli({u"generate"_s, u"Summarize the tax code of Belgium"_s});
        QVERIFY(r.finished);
        QVERIFY(r.exitCode != 0);
        QVERIFY2(r.err.contains(u"离线演示模型"_s) && r.err.contains(u"场景包"_s), qPrintable(r.err));
    }
};

QTEST_GUILESS_MAIN(TestCliI18n)
#include "tst_cli_i18n.moc"
