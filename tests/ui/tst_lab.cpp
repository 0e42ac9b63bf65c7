// SPDX-License-Identifier: Apache-2.0
// The mode-collapse lab window: opened from the main window, it compares methods on the demo model and shows what
// LabSession computed — bars with counts, stated shares, metrics and the VS / direct ratio — keeps partial columns on
// cancel, and in classroom mode hides the bars until Reveal, re-runs on the α slider and fits 1280×720.
#include "LabClusterBars.h"
#include "LabWindow.h"
#include "LoopbackServer.h"
#include "MainWindow.h"
#include "session/LabSession.h"
#include "session/ProviderRegistry.h"
#include "ThreeViewsWindow.h"
#include "WidgetTestKit.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSlider>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTest>
#include <QXYSeries>

#include <cmath>

Q_DECLARE_METATYPE(CompareResult)

using WidgetTestKit::checkAccessibleNames;
using WidgetTestKit::makeDemoWindow;
using WidgetTestKit::metricRow;
using WidgetTestKit::saveScreenshot;

namespace {
const QString kPrompt = QStringLiteral("Name a US state");

/// The lab of `w`, opened through its action as a user would.
LabWindow *openLab(MainWindow *w)
{
    auto *action = w->findChild<QAction *>(QStringLiteral("labAction"));
    if (!action)
        return nullptr;
    action->trigger();
    return w->findChild<LabWindow *>();
}

} // namespace

class TestLab : public QObject
{
    Q_OBJECT

    /// Runs the lab and waits for LabSession::finished; returns the result through `out`.
    void runAndWait(LabWindow *lab, CompareResult *out = nullptr, bool viaAlpha = false)
    {
        QSignalSpy finished(lab->session(), &LabSession::finished);
        if (!viaAlpha) {
            VSLAB_CHILD(QPushButton, run, lab, "labRun");
            QVERIFY(run->isEnabled());
            QTest::mouseClick(run, Qt::LeftButton);
        }
        VSLAB_WAIT_SIGNAL(finished, TestKit::kRunTimeoutMs);
        if (out)
            *out = finished.takeFirst().at(0).value<CompareResult>();
    }

    /// Every bar matches the session's clusters: the count, the share's denominator and the stated share.
    void checkBarsMatchSession(LabWindow *lab)
    {
        const QList<LabColumn> &columns = lab->session()->columns();
        QCOMPARE(lab->columnCount(), int(columns.size()));
        for (int c = 0; c < columns.size(); ++c) {
            const LabColumn &column = columns.at(c);
            LabClusterBars *bars = lab->barsAt(c);
            QVERIFY(bars);
            QCOMPARE(bars->barCount(), int(column.clusters.size()));
            QCOMPARE(bars->total(), int(column.outcome.responses.size()));
            for (int i = 0; i < column.clusters.size(); ++i) {
                QCOMPARE(bars->bar(i).count, column.clusters.at(i).count);
                QCOMPARE(bars->bar(i).text, column.clusters.at(i).representative);
                QVERIFY(bars->rowText(i).contains(
                    QStringLiteral("%1 of %2").arg(column.clusters.at(i).count).arg(column.outcome.responses.size())));
                if (column.statedShare.isEmpty())
                    QVERIFY(std::isnan(bars->bar(i).statedShare));
                else
                    QCOMPARE(bars->bar(i).statedShare, column.statedShare.at(i));
            }
        }
    }

    /// Every control that takes keyboard focus has an accessible name.
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        qRegisterMetaType<CompareResult>();
    }

    void opensFromTheActionWithDefaults()
    {
        auto w = makeDemoWindow();
        w->setPrompt(kPrompt);
        auto *action = w->findChild<QAction *>(QStringLiteral("labAction"));
        QVERIFY(action);
        QCOMPARE(action->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_M));
        LabWindow *lab = openLab(w.get());
        QVERIFY(lab);
        QVERIFY(lab->isVisible());
        QVERIFY(lab->isWindow());
        QCOMPARE(lab->windowTitle(), QStringLiteral("Mode-collapse lab"));
        QCOMPARE(lab->prompt(), kPrompt);
        QCOMPARE(lab->methods(), QList<Method>({Method::Direct, Method::VsStandard}));
        VSLAB_CHILD(QSpinBox, n, lab, "labN");
        VSLAB_CHILD(QSpinBox, k, lab, "labK");
        VSLAB_CHILD(QSpinBox, concurrency, lab, "labConcurrency");
        QCOMPARE(n->value(), 30);
        QCOMPARE(k->value(), 5);
        QCOMPARE(concurrency->value(), 4);
        QCOMPARE(lab->demoAlpha(), 4.0);
        QCOMPARE(lab->findChildren<QCheckBox *>(QRegularExpression(QStringLiteral("^labMethod-"))).size(), 7);
        // Opening it again reuses the same window.
        QCOMPARE(openLab(w.get()), lab);
        QCOMPARE(w->findChildren<LabWindow *>().size(), 1);
        VSLAB_CHECK(checkAccessibleNames(lab));
    }

    void comparesDirectWithVsOnTheDemoModel()
    {
        auto w = makeDemoWindow();
        w->providers()->setDemoSpeed(0);
        w->setPrompt(kPrompt);
        LabWindow *lab = openLab(w.get());
        QVERIFY(lab);
        GenerationSettings base;
        base.seed = 7;
        lab->setBaseSettings(base);
        CompareResult result;
        VSLAB_CHECK(runAndWait(lab, &result));
        QVERIFY(!result.cancelled);
        QVERIFY(result.simulated);
        QCOMPARE(lab->columnCount(), 2);
        VSLAB_CHECK(checkBarsMatchSession(lab));
        // Direct collapses onto few answers; VS lists many, and states its probabilities.
        const QList<LabColumn> &columns = lab->session()->columns();
        QVERIFY(columns.at(1).clusters.size() > columns.at(0).clusters.size());
        QVERIFY(!std::isnan(lab->barsAt(1)->bar(0).statedShare));
        QVERIFY(lab->barsAt(1)->rowText(0).contains(QStringLiteral("stated")));
        QVERIFY(std::isnan(lab->barsAt(0)->bar(0).statedShare));
        QVERIFY(lab->barsAt(0)->isRevealed());
        QVERIFY(lab->failuresAt(0)->text().contains(QStringLiteral("Calls: 30 done, none failed")));

        // Metrics: one column per method, the ratio, the paper's band, a definition per row.
        QTableWidget *table = lab->metricsTable();
        QCOMPARE(table->columnCount(), 4);
        QCOMPARE(table->horizontalHeaderItem(2)->text(), QStringLiteral("VS / direct"));
        for (const QString &name : {QStringLiteral("Unique answers"), QStringLiteral("Vendi score")}) {
            const int row = metricRow(table, name);
            QVERIFY2(row >= 0, qPrintable(name));
            QString ratio = table->item(row, 2)->text();
            QVERIFY(ratio.endsWith(QStringLiteral("×")));
            ratio.chop(1);
            bool ok = false;
            QVERIFY2(ratio.toDouble(&ok) > 1.0 && ok, qPrintable(name + QStringLiteral(": ") + ratio));
            QCOMPARE(table->item(row, 3)->text(), QStringLiteral("1.6–2.1×"));
        }
        const QJsonObject ratios = lab->session()->ratios();
        const int unique = metricRow(table, QStringLiteral("Unique answers"));
        QCOMPARE(table->item(unique, 2)->text(),
                 QStringLiteral("%1×").arg(ratios.value(QStringLiteral("unique")).toDouble(), 0, 'f', 2));
        QCOMPARE(table->item(unique, 0)->text(), QString::number(columns.at(0).metrics.unique));
        for (int r = 0; r < table->rowCount(); ++r)
            QVERIFY(!table->verticalHeaderItem(r)->toolTip().isEmpty());
        // The US-state pack brings its answer set: coverage is filled in.
        const int coverage = metricRow(table, QStringLiteral("Coverage"));
        QVERIFY(table->item(coverage, 1)->text() != QStringLiteral("—"));

        VSLAB_CHILD(QLabel, progressText, lab, "labProgressText");
        QCOMPARE(progressText->text(),
                 QStringLiteral("%1 / %1 calls").arg(lab->session()->callsTotal())); // 30 direct + 6 VS
        QCOMPARE(lab->session()->callsTotal(), 36);
        VSLAB_CHECK(checkAccessibleNames(lab));
        lab->resize(1280, 800);
        QCoreApplication::processEvents();
        VSLAB_CHECK(saveScreenshot(lab, QStringLiteral("lab.png")));
    }

    void cancelKeepsPartialColumns()
    {
        auto w = makeDemoWindow();
        w->providers()->setDemoSpeed(0);
        w->setPrompt(kPrompt);
        LabWindow *lab = openLab(w.get());
        QVERIFY(lab);
        lab->setResponses(400);
        VSLAB_CHILD(QSpinBox, concurrency, lab, "labConcurrency");
        concurrency->setValue(1);
        bool cancelled = false;
        connect(lab->session(), &LabSession::progress, lab, [&](int done, int) {
            if (done >= 3 && !cancelled) {
                cancelled = true;
                VSLAB_CHILD(QPushButton, cancel, lab, "labCancel");
                QVERIFY(cancel->isEnabled());
                cancel->click();
            }
        });
        CompareResult result;
        VSLAB_CHECK(runAndWait(lab, &result));
        QVERIFY(cancelled);
        QVERIFY(result.cancelled);
        QCOMPARE(lab->columnCount(), 2);
        int responses = 0;
        for (const LabColumn &c : lab->session()->columns())
            responses += int(c.outcome.responses.size());
        QVERIFY(responses >= 3);
        QVERIFY(responses < 400 + 400);
        VSLAB_CHECK(checkBarsMatchSession(lab));
        VSLAB_CHILD(QLabel, message, lab, "labMessage");
        QVERIFY(message->isVisibleTo(lab));
        QVERIFY(message->text().contains(QStringLiteral("Cancelled")));
        VSLAB_CHILD(QPushButton, run, lab, "labRun");
        QVERIFY(run->isEnabled());
    }

    void failedCallsAreShownPerColumn()
    {
        auto w = makeDemoWindow();
        ProviderConfig c;
        c.presetId = QStringLiteral("custom");
        c.baseUrl = QStringLiteral("http://127.0.0.1:%1/v1").arg(LoopbackServer::closedPort());
        c.model = QStringLiteral("nobody-home");
        c.retries = 0;
        w->setProviderConfig(c);
        LabWindow *lab = openLab(w.get());
        QVERIFY(lab);
        lab->setPrompt(kPrompt);
        lab->setResponses(2);
        CompareResult result;
        VSLAB_CHECK(runAndWait(lab, &result));
        QCOMPARE(lab->columnCount(), 2);
        for (int column = 0; column < 2; ++column) {
            const MethodOutcome &o = lab->session()->columns().at(column).outcome;
            QVERIFY(o.failedCalls > 0);
            QLabel *failures = lab->failuresAt(column);
            QCOMPARE(failures->text(), QStringLiteral("Calls: %1 done, %2 failed").arg(o.calls).arg(o.failedCalls));
            QVERIFY(!failures->toolTip().isEmpty());
            QCOMPARE(failures->toolTip(), o.errors.join(QLatin1Char('\n')));
        }
        VSLAB_CHILD(QLabel, message, lab, "labMessage");
        QVERIFY(message->text().contains(QStringLiteral("Failed calls:")));
        // The α slider belongs to the demo model only.
        VSLAB_CHILD(QSlider, alpha, lab, "labAlpha");
        QVERIFY(!alpha->isEnabled());
    }

    void embeddingsNeedAProviderThatHasThem()
    {
        auto w = makeDemoWindow();
        LabWindow *lab = openLab(w.get());
        QVERIFY(lab);
        lab->setPrompt(kPrompt);
        VSLAB_CHILD(QLineEdit, embeddings, lab, "labEmbeddingsModel");
        VSLAB_CHILD(QPushButton, run, lab, "labRun");
        embeddings->setText(QStringLiteral("text-embedding-3-small"));
        run->click();
        // Refused before any call: the demo model has no embeddings endpoint, and the message says so.
        QVERIFY(!lab->session()->isRunning());
        VSLAB_CHILD(QLabel, message, lab, "labMessage");
        QVERIFY2(message->text().contains(QStringLiteral("embedding"), Qt::CaseInsensitive),
                 qPrintable(message->text()));
        embeddings->clear();
        CompareResult result;
        VSLAB_CHECK(runAndWait(lab, &result));
        QVERIFY(!lab->session()->columns().constFirst().metrics.semanticDiversity);
    }

    void threeViewsShowWhatWasMeasured()
    {
        auto w = makeDemoWindow();
        LabWindow *lab = openLab(w.get());
        QVERIFY(lab);
        lab->setPrompt(kPrompt);
        VSLAB_CHILD(QPushButton, threeViews, lab, "labThreeViews");
        QVERIFY(!threeViews->isEnabled()); // nothing measured yet
        VSLAB_CHILD(QCheckBox, logprobs, lab, "labLogprobs");
        logprobs->setChecked(true); // the demo model has none: the view says so
        CompareResult result;
        VSLAB_CHECK(runAndWait(lab, &result));
        QVERIFY(threeViews->isEnabled());
        threeViews->click();
        auto *window = lab->findChild<ThreeViewsWindow *>();
        QVERIFY(window);
        QVERIFY(window->isVisible());
        const LabCalibration c = lab->session()->calibration();
        QVERIFY(c.statedObserved);
        QVERIFY(!c.observedToken);
        QVERIFY(window->summary().contains(QString::number(*c.statedObserved, 'f', 3)));
        QVERIFY(window->summary().contains(QStringLiteral("No token-level view")));
        auto *bars = window->findChild<QChartView *>(QStringLiteral("threeViewsBars"));
        QVERIFY(bars);
        auto *series = qobject_cast<QBarSeries *>(bars->chart()->series().constFirst());
        QVERIFY(series);
        QCOMPARE(series->barSets().size(), 2); // stated and observed; no token-level bars drawn as zeros
        QCOMPARE(series->barSets()[1]->count(), std::min<int>(int(c.rows.size()), ThreeViewsWindow::maxClusters));
        saveScreenshot(window, QStringLiteral("threeviews.png"));
        const auto notes = lab->session()->columns().constFirst().outcome.notes;
        QVERIFY(notes.join(QLatin1Char(' ')).contains(QStringLiteral("no token log-probabilities")));
    }

    void threeViewsDrawTheTokenLevelWhenThereIsOne()
    {
        LabCalibration c;
        c.statedObserved = 0.25;
        c.observedToken = 0.05;
        c.rows = {{QStringLiteral("paris"), QStringLiteral("Paris"), 0.5, 0.75, 0.8},
                  {QStringLiteral("lyon"), QStringLiteral("Lyon"), 0.5, 0.25, 0.2}};
        ThreeViewsWindow window;
        window.showCalibration(c, QStringLiteral("Name a French city"),
                               {{QStringLiteral("Paris"), std::log(0.9)}, {QStringLiteral("Lyon"), std::log(0.05)}});
        auto *bars = window.findChild<QChartView *>(QStringLiteral("threeViewsBars"));
        QVERIFY(bars);
        auto *series = qobject_cast<QBarSeries *>(bars->chart()->series().constFirst());
        QVERIFY(series);
        QCOMPARE(series->barSets().size(), 3);
        QCOMPARE(series->barSets()[2]->at(0), 0.8);
        QVERIFY2(window.summary().contains(QStringLiteral("0.050")), qPrintable(window.summary()));
        QVERIFY2(window.summary().contains(QStringLiteral("“Paris” 0.900")), qPrintable(window.summary()));
        auto *scatter = window.findChild<QChartView *>(QStringLiteral("threeViewsScatter"));
        QVERIFY(scatter);
        auto *points = qobject_cast<QXYSeries *>(scatter->chart()->series().constLast());
        QVERIFY(points);
        QCOMPARE(points->count(), 2);
        QCOMPARE(points->at(0), QPointF(0.5, 0.75));
    }

    void runsAndCancelsFromTheKeyboard()
    {
        auto w = makeDemoWindow();
        w->providers()->setDemoSpeed(0);
        w->setPrompt(kPrompt);
        LabWindow *lab = openLab(w.get());
        QVERIFY(lab);
        QApplication::setActiveWindow(lab);
        QVERIFY(QTest::qWaitForWindowActive(lab));
        VSLAB_CHILD(QLineEdit, prompt, lab, "labPrompt");
        prompt->setFocus();
        QSignalSpy started(lab->session(), &LabSession::started);
        QSignalSpy finished(lab->session(), &LabSession::finished);
        lab->setResponses(200);
        QTest::keyClick(prompt, Qt::Key_Return, Qt::ControlModifier);
        QCOMPARE(started.size(), 1);
        QVERIFY(lab->session()->isRunning());
        // Esc cancels wherever the focus is but in a text field.
        lab->barsAt(0)->setFocus();
        QTest::keyClick(lab->barsAt(0), Qt::Key_Escape);
        VSLAB_WAIT_SIGNAL(finished, TestKit::kRunTimeoutMs);
        QVERIFY(finished.takeFirst().at(0).value<CompareResult>().cancelled);
        // Tab reaches the bars and the metrics table after the controls.
        QWidget *last = lab->barsAt(lab->columnCount() - 1);
        QCOMPARE(last->nextInFocusChain() == lab->metricsTable() ||
                     last->nextInFocusChain()->isAncestorOf(lab->metricsTable()) ||
                     lab->metricsTable()->isAncestorOf(last->nextInFocusChain()),
                 true);
        QVERIFY(lab->barsAt(0)->focusPolicy() & Qt::TabFocus);
    }

    void classroomPredictsThenReveals()
    {
        auto w = makeDemoWindow();
        w->providers()->setDemoSpeed(0);
        w->setPrompt(kPrompt);
        LabWindow *lab = openLab(w.get());
        QVERIFY(lab);
        const qreal normalSize = lab->font().pointSizeF();
        VSLAB_CHILD(QCheckBox, classroom, lab, "labClassroom");
        classroom->click();
        QVERIFY(lab->isClassroomMode());
        QVERIFY(lab->font().pointSizeF() >= normalSize * 1.5);
        QCOMPARE(lab->palette().color(QPalette::Window), QColor(Qt::black));
        VSLAB_CHECK(runAndWait(lab));
        // Before Reveal: no bar is drawn or read out.
        for (int c = 0; c < lab->columnCount(); ++c) {
            QVERIFY(!lab->barsAt(c)->isRevealed());
            QCOMPARE(lab->barsAt(c)->rowsShown(), 0);
            QVERIFY(!lab->barsAt(c)->accessibleDescription().contains(QStringLiteral(" of ")));
        }
        // One chart at a time.
        QVERIFY(lab->barsAt(0)->isVisibleTo(lab));
        QVERIFY(!lab->barsAt(1)->isVisibleTo(lab));
        VSLAB_CHILD(QLineEdit, guess, lab, "labGuessAnswer");
        VSLAB_CHILD(QSpinBox, distinct, lab, "labGuessDistinct");
        VSLAB_CHILD(QPushButton, reveal, lab, "labReveal");
        QVERIFY(reveal->isEnabled());
        const Metrics::Cluster top = lab->session()->columns().at(0).clusters.at(0);
        QTest::keyClicks(guess, top.representative);
        distinct->setValue(3);
        QTest::mouseClick(reveal, Qt::LeftButton);
        QVERIFY(lab->barsAt(0)->isRevealed());
        QVERIFY(lab->barsAt(0)->rowsShown() > 0);
        QVERIFY(!reveal->isEnabled());
        VSLAB_CHILD(QLabel, verdict, lab, "labVerdict");
        QVERIFY(
            verdict->text().contains(QStringLiteral("Your guess: “%1”, distinct answers: 3.").arg(top.representative)));
        QVERIFY(verdict->text().contains(QStringLiteral("%1 of 30").arg(top.count)));
        QVERIFY(verdict->text().contains(QStringLiteral("was right")));
        // Next shows the VS chart alone.
        VSLAB_CHILD(QPushButton, next, lab, "labNext");
        next->click();
        QCOMPARE(lab->page(), 1);
        QVERIFY(!lab->barsAt(0)->isVisibleTo(lab));
        QVERIFY(lab->barsAt(1)->isVisibleTo(lab));
        QVERIFY(!next->isEnabled());
        // Leaving classroom mode restores the normal look and every column.
        classroom->click();
        QVERIFY(!lab->isClassroomMode());
        QCOMPARE(lab->font().pointSizeF(), normalSize);
        QVERIFY(lab->barsAt(0)->isVisibleTo(lab));
    }

    void alphaSliderRerunsDirectSampling()
    {
        auto w = makeDemoWindow();
        w->providers()->setDemoSpeed(0);
        w->setPrompt(kPrompt);
        LabWindow *lab = openLab(w.get());
        QVERIFY(lab);
        lab->setClassroomMode(true);
        VSLAB_CHILD(QSlider, alpha, lab, "labAlpha");
        QVERIFY(alpha->isEnabled());
        QCOMPARE(alpha->minimum(), 0);
        QCOMPARE(alpha->maximum(), 8);
        QCOMPARE(alpha->value(), 4);
        alpha->setValue(0);
        CompareResult flat;
        VSLAB_CHECK(runAndWait(lab, &flat, true));
        QCOMPARE(lab->demoAlpha(), 0.0);
        QCOMPARE(flat.request.methods, QList<Method>({Method::Direct}));
        QCOMPARE(lab->columnCount(), 1);
        QVERIFY(lab->barsAt(0)->isRevealed()); // watched live, no prediction step
        const int uniqueFlat = lab->session()->columns().at(0).metrics.unique;
        alpha->setValue(8);
        CompareResult sharp;
        VSLAB_CHECK(runAndWait(lab, &sharp, true));
        QCOMPARE(lab->demoAlpha(), 8.0);
        const int uniqueSharp = lab->session()->columns().at(0).metrics.unique;
        QVERIFY2(uniqueSharp < uniqueFlat,
                 qPrintable(QStringLiteral("α 0: %1 unique, α 8: %2 unique").arg(uniqueFlat).arg(uniqueSharp)));
        VSLAB_CHILD(QLabel, alphaLabel, lab, "labAlphaLabel");
        QVERIFY(alphaLabel->text().contains(QStringLiteral("= 8")));
    }

    void classroomFitsA720pProjector()
    {
        auto w = makeDemoWindow();
        w->providers()->setDemoSpeed(0);
        w->setPrompt(kPrompt);
        LabWindow *lab = openLab(w.get());
        QVERIFY(lab);
        GenerationSettings base;
        base.seed = 7; // the same screenshot every time
        lab->setBaseSettings(base);
        lab->setClassroomMode(true);
        lab->resize(1280, 720);
        VSLAB_CHECK(runAndWait(lab));
        VSLAB_CHILD(QLineEdit, guess, lab, "labGuessAnswer");
        guess->setText(QStringLiteral("California"));
        VSLAB_CHILD(QSpinBox, distinct, lab, "labGuessDistinct");
        distinct->setValue(5);
        lab->reveal();
        lab->setPage(1);
        QCoreApplication::processEvents();
        QCOMPARE(lab->size(), QSize(1280, 720));
        const QRect inside = lab->rect();
        for (QWidget *child : lab->findChildren<QWidget *>()) {
            if (!child->isVisibleTo(lab) || child->isWindow())
                continue;
            const QRect r(child->mapTo(lab, QPoint(0, 0)), child->size());
            QVERIFY2(inside.contains(r),
                     qPrintable(QStringLiteral("%1 \"%2\" at %3,%4 %5×%6 leaves the window")
                                    .arg(QString::fromLatin1(child->metaObject()->className()), child->objectName())
                                    .arg(r.x())
                                    .arg(r.y())
                                    .arg(r.width())
                                    .arg(r.height())));
        }
        QVERIFY(lab->barsAt(1)->rowsShown() >= 3);
        VSLAB_CHILD(QLabel, verdict, lab, "labVerdict");
        QVERIFY(verdict->height() >= verdict->heightForWidth(verdict->width()));
        VSLAB_CHECK(checkAccessibleNames(lab));
        VSLAB_CHECK(saveScreenshot(lab, QStringLiteral("classroom.png")));
    }
};

QTEST_MAIN(TestLab)
#include "tst_lab.moc"
