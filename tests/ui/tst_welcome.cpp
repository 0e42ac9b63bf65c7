// SPDX-License-Identifier: Apache-2.0
// The first-launch welcome panel: what it says, what its prompts do, how it goes away and comes back, and that it
// never takes the Generate button's place.
#include "MainWindow.h"
#include "providers/demo/DemoPack.h"
#include "ResultPane.h"
#include "session/AppSettings.h"
#include "WelcomePanel.h"
#include "WidgetTestKit.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

Q_DECLARE_METATYPE(RunResult)

using WidgetTestKit::makeDemoWindow;

class TestWelcome : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        qRegisterMetaType<RunResult>();
        QVERIFY(m_dir.isValid());
    }

    void showsTheIdeaAndTheDemoPrompts()
    {
        auto w = makeDemoWindow();
        VSLAB_FIND(WelcomePanel, welcome, w.get());
        QVERIFY(welcome->isVisible());
        QVERIFY(welcome->text().contains(QStringLiteral("Verbalized Sampling")));
        const QStringList known = DemoPackLibrary::load().knownPrompts();
        QVERIFY(!known.isEmpty());
        QCOMPARE(welcome->prompts(), known);
        const auto buttons = welcome->findChildren<QPushButton *>();
        QCOMPARE(buttons.size(), known.size());
        // The English interface offers the English prompts; the Chinese ones wait for the Chinese interface.
        static const QRegularExpression cjk(QStringLiteral("[\\x{4e00}-\\x{9fff}]"));
        int shown = 0;
        for (QPushButton *button : buttons) {
            QVERIFY(known.contains(button->text()));
            QCOMPARE(button->isHidden(), cjk.match(button->text()).hasMatch());
            shown += button->isHidden() ? 0 : 1;
        }
        QVERIFY(shown >= 6);
    }

    void aPromptRunsAndThePanelMakesWayForTheChart()
    {
        auto w = makeDemoWindow();
        VSLAB_FIND(WelcomePanel, welcome, w.get());
        QPushButton *second = nullptr;
        for (QPushButton *button : welcome->findChildren<QPushButton *>()) {
            if (!button->isHidden() && button->text() == QStringLiteral("Write a haiku about the sea"))
                second = button;
        }
        QVERIFY(second);
        QSignalSpy finished(w.get(), &MainWindow::runFinished);
        QTest::mouseClick(second, Qt::LeftButton);
        VSLAB_WAIT_SIGNAL(finished, TestKit::kRunTimeoutMs);
        QCOMPARE(w->prompt(), QStringLiteral("Write a haiku about the sea"));
        QCOMPARE(w->providerConfig().presetId, QStringLiteral("demo"));
        QVERIFY(!w->distribution().isEmpty());
        QVERIFY(!welcome->isVisible());
        QVERIFY(!welcome->isDismissed()); // not closed by the user: it comes back at the next start
    }

    void closeDismissesAndHelpBringsItBack()
    {
        auto w = makeDemoWindow();
        VSLAB_FIND(WelcomePanel, welcome, w.get());
        VSLAB_CHILD(QToolButton, close, welcome, "welcomeCloseButton");
        QSignalSpy dismissed(welcome, &WelcomePanel::dismissed);
        QTest::mouseClick(close, Qt::LeftButton);
        QCOMPARE(dismissed.size(), 1);
        QVERIFY(!welcome->isVisible());
        QVERIFY(welcome->isDismissed());
        VSLAB_CHILD(QAction, show, w.get(), "showWelcomeAction");
        show->trigger();
        QVERIFY(welcome->isVisible());
        QVERIFY(!welcome->isDismissed());
    }

    void settingsKeepTheChoiceAndRecentFiles()
    {
        const QString ini = m_dir.filePath(QStringLiteral("settings.ini"));
        {
            AppSettings s(ini);
            QVERIFY(!s.welcomeDismissed());
            s.setWelcomeDismissed(true);
            QStringList many;
            for (int i = 0; i < 12; ++i)
                many.append(QStringLiteral("/tmp/d%1.json").arg(i));
            many.insert(1, QStringLiteral("/tmp/d0.json"));
            s.setRecentFiles(many);
            s.sync();
        }
        AppSettings s(ini);
        QVERIFY(s.welcomeDismissed());
        const QStringList recent = s.recentFiles();
        QCOMPARE(recent.size(), AppSettings::kMaxRecentFiles);
        QCOMPARE(recent.at(0), QStringLiteral("/tmp/d0.json"));
        QCOMPARE(recent.at(1), QStringLiteral("/tmp/d1.json"));
    }

    void generateStaysInViewAt1280x720()
    {
        auto w = makeDemoWindow();
        w->resize(1280, 720);
        QVERIFY(QTest::qWaitForWindowExposed(w.get()));
        VSLAB_FIND(WelcomePanel, welcome, w.get());
        QVERIFY(welcome->isVisible());
        VSLAB_CHILD(QPushButton, generate, w.get(), "generateButton");
        QTRY_VERIFY(!generate->visibleRegion().isEmpty());
        QCOMPARE(generate->visibleRegion().boundingRect().size(), generate->size());
    }

    void nothingClippedAtOneAndAHalfTimesTheFont()
    {
        const QFont original = QApplication::font();
        QFont big = original;
        big.setPointSizeF(original.pointSizeF() * 1.5);
        QApplication::setFont(big);
        auto w = makeDemoWindow();
        w->resize(1400, 900);
        QVERIFY(QTest::qWaitForWindowExposed(w.get()));
        QApplication::processEvents();
        VSLAB_FIND(WelcomePanel, welcome, w.get());
        QStringList clipped;
        for (QLabel *label : welcome->findChildren<QLabel *>()) {
            const int needed = label->wordWrap() ? label->heightForWidth(label->width()) : label->sizeHint().height();
            if (label->height() < needed || (!label->wordWrap() && label->width() < label->sizeHint().width()))
                clipped.append(label->objectName());
        }
        for (QPushButton *button : welcome->findChildren<QPushButton *>()) {
            if (button->isHidden())
                continue; // a prompt in the other language
            if (button->width() < button->sizeHint().width() || button->height() < button->sizeHint().height())
                clipped.append(button->objectName());
        }
        // For a look by eye: VSLAB_SCREENSHOT_DIR=/some/dir ctest -R ui/welcome
        if (const QString dir = qEnvironmentVariable("VSLAB_SCREENSHOT_DIR"); !dir.isEmpty())
            w->grab().save(dir + QStringLiteral("/welcome-font150.png"));
        VSLAB_CHILD(QPushButton, generate, w.get(), "generateButton");
        if (generate->width() < generate->sizeHint().width())
            clipped.append(generate->objectName());
        QApplication::setFont(original);
        QVERIFY2(clipped.isEmpty(), qPrintable(clipped.join(QStringLiteral(", "))));
    }
};

QTEST_MAIN(TestWelcome)
#include "tst_welcome.moc"
