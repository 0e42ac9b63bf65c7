// SPDX-License-Identifier: Apache-2.0
// Models side by side: opened from the main window's View menu, it runs the same prompt and methods on several
// PROVIDER:MODEL pairs at once — one LabSession each — and shows a grid of cluster bars on one shared scale, each
// cell with its own failed calls, and the metrics per model × method with the ratios VS / direct per model.
#include "LabClusterBars.h"
#include "LoopbackServer.h"
#include "MainWindow.h"
#include "ModelsWindow.h"
#include "session/LabSession.h"
#include "session/ProviderRegistry.h"
#include "WidgetTestKit.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTest>

#include <cmath>

Q_DECLARE_METATYPE(CompareResult)

using WidgetTestKit::checkAccessibleNames;
using WidgetTestKit::makeDemoWindow;
using WidgetTestKit::metricRow;
using WidgetTestKit::saveScreenshot;

namespace {
const QString kPrompt = QStringLiteral("Name a US state");

/// The models window of `w`, opened through its action as a user would.
ModelsWindow *openModels(MainWindow *w)
{
    auto *action = w->findChild<QAction *>(QStringLiteral("modelsAction"));
    if (!action)
        return nullptr;
    action->trigger();
    return w->findChild<ModelsWindow *>();
}

/// A custom OpenAI-compatible provider nobody answers on: every call fails at once.
ProviderConfig unreachable()
{
    ProviderConfig c;
    c.presetId = QStringLiteral("custom");
    c.baseUrl = QStringLiteral("http://127.0.0.1:%1/v1").arg(LoopbackServer::closedPort());
    c.model = QStringLiteral("nobody-home");
    c.retries = 0;
    return c;
}
} // namespace

class TestModels : public QObject
{
    Q_OBJECT

    void runAndWait(ModelsWindow *models)
    {
        QSignalSpy finished(models, &ModelsWindow::allFinished);
        VSLAB_CHILD(QPushButton, run, models, "modelsRun");
        QVERIFY(run->isEnabled());
        QTest::mouseClick(run, Qt::LeftButton);
        QVERIFY(models->isRunning());
        VSLAB_WAIT_SIGNAL(finished, TestKit::kRunTimeoutMs);
        QVERIFY(!models->isRunning());
    }

    /// Every control that takes keyboard focus has an accessible name.
    /// The bars of every cell match its session's clusters.
    void checkCellsMatchSessions(ModelsWindow *models)
    {
        for (int m = 0; m < models->modelCount(); ++m) {
            const QList<LabColumn> &columns = models->sessionAt(m)->columns();
            for (int c = 0; c < columns.size(); ++c) {
                LabClusterBars *bars = models->barsAt(m, c);
                QVERIFY(bars);
                QCOMPARE(bars->barCount(), int(columns.at(c).clusters.size()));
                QCOMPARE(bars->total(), int(columns.at(c).outcome.responses.size()));
                for (int i = 0; i < bars->barCount(); ++i) {
                    QCOMPARE(bars->bar(i).count, columns.at(c).clusters.at(i).count);
                    if (columns.at(c).statedShare.isEmpty())
                        QVERIFY(std::isnan(bars->bar(i).statedShare));
                    else
                        QCOMPARE(bars->bar(i).statedShare, columns.at(c).statedShare.at(i));
                }
            }
        }
    }

    /// One scale for all cells, at least as wide as the largest share of any cell, rounded up to a tenth.
    void checkSharedScale(ModelsWindow *models)
    {
        const double scale = models->sharedScale();
        double largest = 0.0;
        for (int m = 0; m < models->modelCount(); ++m) {
            for (int c = 0; models->barsAt(m, c); ++c) {
                LabClusterBars *bars = models->barsAt(m, c);
                QCOMPARE(bars->scale(), scale);
                for (int i = 0; i < bars->barCount(); ++i) {
                    largest = std::max(largest, double(bars->bar(i).count) / bars->total());
                    if (!std::isnan(bars->bar(i).statedShare))
                        largest = std::max(largest, bars->bar(i).statedShare);
                }
            }
        }
        QVERIFY(largest > 0.0);
        QVERIFY2(scale >= largest && scale < largest + 0.1 + 1e-9,
                 qPrintable(QStringLiteral("scale %1, largest share %2").arg(scale).arg(largest)));
    }

    void checkMetrics(ModelsWindow *models)
    {
        // One column per model × method, the metrics, then the ratios VS / direct per model.
        QTableWidget *table = models->metricsTable();
        QCOMPARE(table->columnCount(), 4);
        QVERIFY(table->horizontalHeaderItem(2)->text().startsWith(QStringLiteral("demo / vs-demo")));
        for (int r = 0; r < table->rowCount(); ++r)
            QVERIFY(!table->verticalHeaderItem(r)->toolTip().isEmpty());
        const int unique = metricRow(table, QStringLiteral("Unique answers"));
        QVERIFY(unique >= 0);
        QCOMPARE(table->item(unique, 2)->text(), QString::number(models->sessionAt(1)->columns().at(0).metrics.unique));
        QCOMPARE(table->item(unique, 0)->text(), QStringLiteral("—")); // no responses, nothing measured
        const int ratio = metricRow(table, QStringLiteral("VS / direct: Unique answers"));
        QVERIFY(ratio > unique);
        const double expected = models->sessionAt(1)->ratios().value(QStringLiteral("unique")).toDouble();
        QVERIFY(expected > 1.0);
        QCOMPARE(table->item(ratio, 2)->text(), QStringLiteral("%1×").arg(expected, 0, 'f', 2));
        QCOMPARE(table->columnSpan(ratio, 2), 2);
        QCOMPARE(table->item(ratio, 0)->text(), QStringLiteral("—"));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        qRegisterMetaType<CompareResult>();
    }

    void opensFromTheViewMenuWithDefaults()
    {
        auto w = makeDemoWindow();
        w->setPrompt(kPrompt);
        auto *action = w->findChild<QAction *>(QStringLiteral("modelsAction"));
        QVERIFY(action);
        QCOMPARE(action->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M));
        ModelsWindow *models = openModels(w.get());
        QVERIFY(models);
        QVERIFY(models->isVisible());
        QVERIFY(models->isWindow());
        QCOMPARE(models->windowTitle(), QStringLiteral("Models side by side"));
        QCOMPARE(models->prompt(), kPrompt);
        QCOMPARE(models->models(), QStringLiteral("demo:vs-demo"));
        QCOMPARE(models->methods(), QList<Method>({Method::Direct, Method::VsStandard}));
        VSLAB_CHILD(QSpinBox, n, models, "modelsN");
        VSLAB_CHILD(QSpinBox, k, models, "modelsK");
        QCOMPARE(n->value(), 30);
        QCOMPARE(k->value(), 5);
        QCOMPARE(openModels(w.get()), models);
        QCOMPARE(w->findChildren<ModelsWindow *>().size(), 1);
        VSLAB_CHECK(checkAccessibleNames(models));
    }

    void prefillsTheCurrentProviderAndRefusesBadSpecs()
    {
        auto w = makeDemoWindow();
        w->setProviderConfig(unreachable());
        ModelsWindow *models = openModels(w.get());
        QVERIFY(models);
        QCOMPARE(models->models(), QStringLiteral("custom:nobody-home, demo:vs-demo"));
        VSLAB_CHILD(QLabel, message, models, "modelsMessage");
        models->setModels(QStringLiteral("nosuch:model"));
        models->run();
        QVERIFY(!models->isRunning());
        QVERIFY2(message->text().contains(QStringLiteral("\"nosuch\"")), qPrintable(message->text()));
        models->setModels(QStringLiteral("openai"));
        models->run();
        QVERIFY(!models->isRunning());
        QVERIFY2(message->text().contains(QStringLiteral("needs a model")), qPrintable(message->text()));
    }

    void oneFailingModelLeavesTheOthers()
    {
        auto w = makeDemoWindow();
        w->providers()->setDemoSpeed(0);
        w->setProviderConfig(unreachable());
        w->setPrompt(kPrompt);
        ModelsWindow *models = openModels(w.get());
        QVERIFY(models);
        GenerationSettings base;
        base.seed = 7; // the same screenshot every time
        models->setBaseSettings(base);
        VSLAB_CHECK(runAndWait(models));
        QCOMPARE(models->modelCount(), 2);
        // The unreachable model: every cell says its calls failed, and why, where its bars would be.
        for (int c = 0; c < 2; ++c) {
            const MethodOutcome &o = models->sessionAt(0)->columns().at(c).outcome;
            QVERIFY(o.failedCalls > 0);
            QLabel *errors = models->errorsAt(0, c);
            QVERIFY2(errors->text().contains(QStringLiteral("%1 failed").arg(o.failedCalls)),
                     qPrintable(errors->text()));
            QCOMPARE(errors->toolTip(), o.errors.join(QLatin1Char('\n')));
            QCOMPARE(errors->accessibleDescription(), errors->toolTip());
            QVERIFY(!errors->toolTip().isEmpty());
            QCOMPARE(models->barsAt(0, c)->barCount(), 0);
            QVERIFY(!models->barsAt(0, c)->isRevealed());
            QVERIFY(models->barsAt(0, c)->accessibleDescription().startsWith(QStringLiteral("No answers: ")));
        }
        QVERIFY(!models->headerAt(0)->text().contains(QStringLiteral("simulated")));
        // The demo model finished: bars, no error, marked simulated.
        for (int c = 0; c < 2; ++c) {
            QVERIFY(models->barsAt(1, c)->barCount() > 0);
            QVERIFY(models->barsAt(1, c)->isRevealed());
            QVERIFY2(models->errorsAt(1, c)->text().contains(QStringLiteral("none failed")),
                     qPrintable(models->errorsAt(1, c)->text()));
            QVERIFY(models->errorsAt(1, c)->toolTip().isEmpty());
        }
        QVERIFY(models->headerAt(1)->text().contains(QStringLiteral("simulated")));
        QVERIFY(!std::isnan(models->barsAt(1, 1)->bar(0).statedShare));
        VSLAB_CHECK(checkCellsMatchSessions(models));
        VSLAB_CHECK(checkSharedScale(models));
        VSLAB_CHECK(checkMetrics(models));
        VSLAB_CHILD(QLabel, progressText, models, "modelsProgressText");
        const int total = models->sessionAt(0)->callsTotal() + models->sessionAt(1)->callsTotal();
        QCOMPARE(progressText->text(), QStringLiteral("%1 / %1 calls over all models").arg(total));
        VSLAB_CHILD(QLabel, message, models, "modelsMessage");
        QVERIFY2(message->text().contains(QStringLiteral("failed calls: 1")), qPrintable(message->text()));
        VSLAB_CHECK(checkAccessibleNames(models));
        models->resize(1400, 900);
        QCoreApplication::processEvents();
        VSLAB_CHECK(saveScreenshot(models, QStringLiteral("models.png")));
        if (!qEnvironmentVariableIsEmpty("VSLAB_SCREENSHOT_DIR")) {
            VSLAB_CHECK(w->setLanguage(QStringLiteral("zh_CN")));
            QTest::qWait(100); // the relayout after the language change
            VSLAB_CHECK(saveScreenshot(models, QStringLiteral("models-zh_CN.png")));
            VSLAB_CHECK(w->setLanguage(QStringLiteral("en")));
        }
    }

    void cancelWhileReadingKeysStartsNothing()
    {
        auto w = makeDemoWindow();
        w->setPrompt(kPrompt);
        ModelsWindow *models = openModels(w.get());
        QVERIFY(models);
        QSignalSpy finished(models, &ModelsWindow::allFinished);
        models->run();
        QVERIFY(models->isRunning()); // the keys are read first
        QCOMPARE(models->sessionAt(0)->callsTotal(), 0);
        models->cancel();
        QCOMPARE(finished.size(), 1);
        QVERIFY(!models->isRunning());
        // The key read that answers afterwards starts nothing.
        QCoreApplication::processEvents();
        QCoreApplication::processEvents();
        QVERIFY(!models->sessionAt(0)->isRunning());
        QCOMPARE(models->sessionAt(0)->callsTotal(), 0);
        QVERIFY(models->errorsAt(0, 0)->text().contains(QStringLiteral("not started")));
        QVERIFY(models->barsAt(0, 0)->accessibleDescription().contains(QStringLiteral("Cancelled before")));
        VSLAB_CHILD(QLabel, message, models, "modelsMessage");
        QVERIFY2(message->text().startsWith(QStringLiteral("Cancelled")), qPrintable(message->text()));
        QVERIFY(!message->text().contains(QStringLiteral("failed")));
        // Tab reaches the cells after the controls, then the metrics.
        QCOMPARE(models->barsAt(0, 1)->nextInFocusChain(), models->metricsTable());
    }

    void runsAndCancelsFromTheKeyboard()
    {
        auto w = makeDemoWindow();
        w->providers()->setDemoSpeed(0);
        w->setPrompt(kPrompt);
        ModelsWindow *models = openModels(w.get());
        QVERIFY(models);
        models->setModels(QStringLiteral("demo:vs-demo, demo"));
        models->setResponses(400);
        VSLAB_CHILD(QSpinBox, concurrency, models, "modelsConcurrency");
        concurrency->setValue(1);
        QApplication::setActiveWindow(models);
        QVERIFY(QTest::qWaitForWindowActive(models));
        VSLAB_CHILD(QLineEdit, prompt, models, "modelsPrompt");
        prompt->setFocus();
        QSignalSpy finished(models, &ModelsWindow::allFinished);
        QTest::keyClick(prompt, Qt::Key_Return, Qt::ControlModifier);
        QVERIFY(models->isRunning());
        QCOMPARE(models->modelCount(), 2);
        QSignalSpy started(models->sessionAt(1), &LabSession::started);
        VSLAB_WAIT_SIGNAL(started, TestKit::kRunTimeoutMs);
        QVERIFY(models->sessionAt(0)->isRunning());
        QVERIFY(models->sessionAt(1)->isRunning());
        models->barsAt(0, 0)->setFocus();
        QTest::keyClick(models->barsAt(0, 0), Qt::Key_Escape);
        VSLAB_WAIT_SIGNAL(finished, TestKit::kRunTimeoutMs);
        for (int m = 0; m < 2; ++m) {
            QVERIFY(models->sessionAt(m)->result());
            QVERIFY(models->sessionAt(m)->result()->cancelled);
        }
        VSLAB_CHILD(QLabel, message, models, "modelsMessage");
        QVERIFY(message->text().contains(QStringLiteral("Cancelled")));
        VSLAB_CHILD(QPushButton, run, models, "modelsRun");
        QVERIFY(run->isEnabled());
    }
};

QTEST_MAIN(TestModels)
#include "tst_models.moc"
