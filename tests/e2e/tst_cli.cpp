// SPDX-License-Identifier: Apache-2.0
#include <QProcess>
#include <QTest>

class TestCli : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void printsVersion()
    {
        QProcess p;
        p.start(qEnvironmentVariable("VSLAB_CLI"), {QStringLiteral("--version")});
        QVERIFY(p.waitForFinished(10000));
        QCOMPARE(p.exitCode(), 0);
        QVERIFY(p.readAllStandardOutput().startsWith("vslab-cli " VSLAB_VERSION));
    }
    void guiPrintsVersion()
    {
        QProcess p;
        p.start(qEnvironmentVariable("VSLAB_GUI"), {QStringLiteral("--version")});
        QVERIFY(p.waitForFinished(10000));
        QCOMPARE(p.exitCode(), 0);
        QVERIFY(p.readAllStandardOutput().contains(VSLAB_VERSION));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
