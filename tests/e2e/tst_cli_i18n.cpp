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
    QString out;
};

/// Terminal columns of `text`: CJK and full-width characters take two (as the terminal draws them).
int columns(const QString &text)
{
    int n = 0;
    for (const char32_t c : text.toUcs4())
        n += (c >= 0x2E80 && c <= 0xA4CF) || (c >= 0xFF00 && c <= 0xFF60) || (c >= 0xAC00 && c <= 0xD7A3) ? 2 : 1;
    return n;
}

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
    r.out = QString::fromUtf8(p.readAllStandardOutput());
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

    void tablesLineUpInChinese()
    {
        // Chinese labels take two columns each: the value column must still start at one column on every row.
        const CliResult r = runChineseCli({u"generate"_s, u"--no-history"_s, u"--seed"_s, u"1"_s, u"讲个笑话"_s});
        QVERIFY(r.finished);
        QCOMPARE(r.exitCode, 0);
        const QStringList lines = r.out.split(u'\n', Qt::SkipEmptyParts);
        QVERIFY(lines.size() >= 6);
        // Header "名次  声明  权重  文本" over rows "   1    0.510    0.500  …": the text column starts together.
        const QString header = lines.first();
        const int textColumn = columns(header.left(header.lastIndexOf(u' ') + 1));
        for (int i = 1; i < 6; ++i) {
            const QString &row = lines.at(i);
            const int at = int(row.indexOf(u"  "_s, row.indexOf(u'.', row.indexOf(u'.') + 1))) + 2;
            QVERIFY2(at > 1, qPrintable(row));
            QCOMPARE(columns(row.left(at)), textColumn);
        }
        QVERIFY2(header.contains(u"名次"_s), qPrintable(header));
    }
};

QTEST_GUILESS_MAIN(TestCliI18n)
#include "tst_cli_i18n.moc"
