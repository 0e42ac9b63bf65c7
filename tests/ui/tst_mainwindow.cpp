// SPDX-License-Identifier: Apache-2.0
#include "MainWindow.h"

#include <QTest>

class TestMainWindow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void opensWithTitle()
    {
        MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QCOMPARE(w.windowTitle(), QStringLiteral("VS Lab"));
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
