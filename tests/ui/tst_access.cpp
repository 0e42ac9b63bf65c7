// SPDX-License-Identifier: Apache-2.0
// Access for everyone: every control has a name a screen reader can say, Tab reaches every area, the chart's bars are
// readable without seeing them, and files come in by keyboard (Open Recent) and by drag and drop.
#include "DistributionChart.h"
#include "FileActions.h"
#include "MainWindow.h"
#include "MessageBanner.h"
#include "ProvidersDialog.h"
#include "ResultPane.h"
#include "VsIntroDialog.h"
#include "WidgetTestKit.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDropEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QSignalSpy>
#include <QSlider>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextEdit>
#include <QUrl>

Q_DECLARE_METATYPE(RunResult)

using WidgetTestKit::makeDemoWindow;

namespace {
bool isInteractive(const QWidget *w)
{
    if (qobject_cast<const QScrollBar *>(w))
        return false; // scroll bars are announced by role; they take no focus
    return qobject_cast<const QAbstractButton *>(w) || qobject_cast<const QComboBox *>(w) ||
           qobject_cast<const QLineEdit *>(w) || qobject_cast<const QAbstractSpinBox *>(w) ||
           qobject_cast<const QAbstractItemView *>(w) || qobject_cast<const QTabBar *>(w) ||
           qobject_cast<const QPlainTextEdit *>(w) || qobject_cast<const QTextEdit *>(w) ||
           qobject_cast<const QSlider *>(w) ||
           // anything else Tab stops at, except labels (named by their text) and widgets that pass focus on
           (!qobject_cast<const QLabel *>(w) && !w->focusProxy() && (w->focusPolicy() & Qt::TabFocus));
}

QString describe(const QWidget *w)
{
    QStringList path;
    for (const QWidget *p = w; p; p = p->parentWidget())
        path.prepend(QString::fromLatin1(p->metaObject()->className()) + QLatin1Char('#') + p->objectName());
    return path.join(QStringLiteral(" > "));
}

/// Every visible interactive widget under `root` whose accessible interface has no name.
QStringList unnamed(QWidget *root)
{
    QStringList out;
    const auto widgets = root->findChildren<QWidget *>();
    for (QWidget *w : widgets) {
        if (!w->isVisible() || !isInteractive(w))
            continue;
        // A line edit inside a combo box or spin box is named through its owner.
        if (qobject_cast<QLineEdit *>(w) &&
            (qobject_cast<QComboBox *>(w->parentWidget()) || qobject_cast<QAbstractSpinBox *>(w->parentWidget())))
            continue;
        QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(w);
        if (!iface || iface->text(QAccessible::Name).trimmed().isEmpty())
            out.append(describe(w));
    }
    return out;
}
} // namespace

class TestAccess : public QObject
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

    void everyWindowControlHasAName()
    {
        auto w = makeDemoWindow();
        QStringList missing = unnamed(w.get());
        VSLAB_REQUIRE(WidgetTestKit::generate(w.get(), QStringLiteral("Tell me a joke")));
        w->sampleMany(10);
        missing += unnamed(w.get());
        // What hides behind tabs and toggles counts too: the raw view, the run history, the advanced settings.
        VSLAB_CHILD(QTabWidget, tabs, w.get(), "resultTabs");
        tabs->setCurrentIndex(1);
        VSLAB_CHILD(QAbstractButton, advanced, w.get(), "advancedToggle");
        advanced->click();
        VSLAB_CHILD(QAction, history, w.get(), "runHistoryAction");
        history->trigger();
        QApplication::processEvents();
        missing += unnamed(w.get());
        missing.removeDuplicates();
        QVERIFY2(missing.isEmpty(),
                 qPrintable(QStringLiteral("no accessible name:\n") + missing.join(QLatin1Char('\n'))));
    }

    void everyDialogControlHasAName()
    {
        auto w = makeDemoWindow();
        ProvidersDialog *providers = ProvidersDialog::openFor(w->providers(), w.get());
        QVERIFY(providers);
        QVERIFY(QTest::qWaitForWindowExposed(providers));
        QStringList missing = unnamed(providers);
        providers->close();
        VsIntroDialog *intro = VsIntroDialog::showFor(w.get());
        QVERIFY(QTest::qWaitForWindowExposed(intro));
        missing += unnamed(intro);
        QVERIFY2(missing.isEmpty(),
                 qPrintable(QStringLiteral("no accessible name:\n") + missing.join(QLatin1Char('\n'))));
    }

    void introExplainsMethodsAndTau()
    {
        auto w = makeDemoWindow();
        VSLAB_CHILD(QAction, action, w.get(), "whatIsVsAction");
        QVERIFY(!action->shortcut().isEmpty());
        action->trigger();
        VSLAB_FIND(VsIntroDialog, intro, w.get());
        QVERIFY(!intro->isModal());
        QVERIFY(WidgetTestKit::noModalDialog());
        const QString html = intro->html();
        QVERIFY(html.contains(QStringLiteral("2510.01171")));
        QVERIFY(html.contains(QStringLiteral("1.6–2.1")));
        for (const Method m : Names::allMethods()) {
            QVERIFY2(html.contains(Names::method(m)), qPrintable(Names::method(m)));
            QVERIFY2(html.contains(Names::methodDescription(m).toHtmlEscaped()), qPrintable(Names::method(m)));
        }
        for (const TauMode m : {TauMode::Off, TauMode::Tail, TauMode::Filter})
            QVERIFY(html.contains(QStringLiteral("<code>") + Names::tauMode(m)));
        action->trigger(); // a second time raises the same dialog
        QCOMPARE(w->findChildren<VsIntroDialog *>().size(), 1);
    }

    void tabReachesEveryArea()
    {
        auto w = makeDemoWindow();
        VSLAB_REQUIRE(WidgetTestKit::generate(w.get(), QStringLiteral("Tell me a joke")));
        w->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(w.get()));
        VSLAB_CHILD(QPlainTextEdit, prompt, w.get(), "promptEdit");
        prompt->setFocus();
        QTRY_COMPARE(QApplication::focusWidget(), prompt);
        QSet<QString> seen;
        bool dockTabs = false;
        bool backAtPrompt = false;
        QWidget *previous = prompt;
        for (int i = 0; i < 120 && !backAtPrompt; ++i) {
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
            QWidget *now = QApplication::focusWidget();
            QVERIFY2(now && now != previous, qPrintable(QStringLiteral("Tab stuck at ") + describe(previous)));
            seen.insert(now->objectName());
            if (qobject_cast<QTabBar *>(now) && now->parentWidget() == w.get())
                dockTabs = true;
            backAtPrompt = now == prompt;
            previous = now;
        }
        QVERIFY2(backAtPrompt, "Tab never came back to the prompt");
        for (const char *name : {"generateButton", "distributionChartView", "candidateTable", "sampleButton",
                                 "sampleManyButton", "newDistributionButton"})
            QVERIFY2(seen.contains(QLatin1String(name)), name);
        QVERIFY2(dockTabs, "the Sampling / Run history tabs are not reachable by Tab");
    }

    void dockTabsSwitchByKeyboard()
    {
        auto w = makeDemoWindow();
        QTabBar *tabs = nullptr;
        for (QTabBar *bar : w->findChildren<QTabBar *>(QString(), Qt::FindDirectChildrenOnly)) {
            if (bar->isVisible())
                tabs = bar;
        }
        QVERIFY(tabs);
        QVERIFY(tabs->focusPolicy() & Qt::TabFocus);
        QCOMPARE(tabs->count(), 2);
        const int before = tabs->currentIndex();
        tabs->setFocus();
        QTest::keyClick(tabs, before == 0 ? Qt::Key_Right : Qt::Key_Left);
        QVERIFY(tabs->currentIndex() != before);
    }

    void preferencesHasAStandardShortcut()
    {
        auto w = makeDemoWindow();
        VSLAB_CHILD(QAction, providers, w.get(), "providersAction");
        QVERIFY(!providers->shortcut().isEmpty());
        QVERIFY(w->actions().contains(providers));
    }

    void chartExposesItsBars()
    {
        auto w = makeDemoWindow();
        VSLAB_REQUIRE(WidgetTestKit::generate(w.get(), QStringLiteral("Tell me a joke")));
        VSLAB_CHILD(DistributionChart, chart, w.get(), "distributionChart");
        QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(chart->chartView());
        QVERIFY(iface);
        QVERIFY(!iface->text(QAccessible::Name).isEmpty());
        QVERIFY(chart->barCount() > 1);
        QCOMPARE(iface->childCount(), chart->barCount());
        const Candidate &top = w->distribution().items().at(0);
        QAccessibleInterface *bar = iface->child(0);
        QVERIFY(bar && bar->isValid());
        QCOMPARE(bar->text(QAccessible::Name), top.text);
        QCOMPARE(bar->text(QAccessible::Value), chart->accessibleText(0));
        QVERIFY2(bar->text(QAccessible::Value).contains(QStringLiteral("weight")),
                 qPrintable(bar->text(QAccessible::Value)));
        QCOMPARE(bar->parent(), iface);
        QCOMPARE(iface->indexOfChild(bar), 0);
        QVERIFY(!bar->rect().isEmpty());
        w->sampleMany(20);
        QVERIFY2(iface->child(0)->text(QAccessible::Value).contains(QStringLiteral("observed")),
                 qPrintable(iface->child(0)->text(QAccessible::Value)));
        chart->setSelectedRank(1);
        QVERIFY(iface->child(1)->state().selected);
        QVERIFY(!iface->child(0)->state().selected);
    }

    void barsFollowThePalette()
    {
        auto w = makeDemoWindow();
        VSLAB_REQUIRE(WidgetTestKit::generate(w.get(), QStringLiteral("Tell me a joke")));
        VSLAB_CHILD(DistributionChart, chart, w.get(), "distributionChart");
        QPalette contrast = chart->palette();
        contrast.setColor(QPalette::Base, Qt::black);
        contrast.setColor(QPalette::Text, Qt::white);
        contrast.setColor(QPalette::Highlight, QColor(255, 255, 0));
        chart->setPalette(contrast);
        const QImage image = chart->chartView()->grab().toImage();
        const QPoint centre = chart->barCenter(0);
        QCOMPARE(image.pixelColor(centre * image.devicePixelRatio()), QColor(255, 255, 0));
    }

    void droppedJsonOpens()
    {
        auto w = makeDemoWindow();
        VSLAB_REQUIRE(WidgetTestKit::generate(w.get(), QStringLiteral("Tell me a joke")));
        const QString path = m_dir.filePath(QStringLiteral("dropped.json"));
        QVERIFY(w->exportDistribution(path));
        const qsizetype size = w->distribution().size();

        auto other = makeDemoWindow();
        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(path)});
        QDragEnterEvent enter(QPoint(50, 50), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(other.get(), &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(QPointF(50, 50), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(other.get(), &drop);
        QVERIFY(drop.isAccepted());
        QCOMPARE(other->distribution().size(), size);

        const QString text = m_dir.filePath(QStringLiteral("notes.txt"));
        QFile file(text);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("just some notes\n");
        file.close();
        QMimeData wrong;
        wrong.setUrls({QUrl::fromLocalFile(text)});
        QDragEnterEvent enterBad(QPoint(50, 50), Qt::CopyAction, &wrong, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(other.get(), &enterBad);
        QVERIFY(enterBad.isAccepted());
        QDropEvent bad(QPointF(50, 50), Qt::CopyAction, &wrong, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(other.get(), &bad);
        QVERIFY(bad.isAccepted());
        QCOMPARE(other->distribution().size(), size); // nothing changed
        VSLAB_FIND(MessageBanner, banner, other.get());
        QVERIFY(!banner->headline().isEmpty());
        QVERIFY2(banner->details().join(QLatin1Char(' ')).contains(QStringLiteral("JSON")),
                 "the message says which files open");
        QVERIFY2(banner->isVisible(), "a file that cannot be read must say so");
    }

    void recentFilesOfferOpenedAndExported()
    {
        auto w = makeDemoWindow();
        VSLAB_REQUIRE(WidgetTestKit::generate(w.get(), QStringLiteral("Tell me a joke")));
        const QString first = m_dir.filePath(QStringLiteral("recent-a.json"));
        const QString second = m_dir.filePath(QStringLiteral("recent-b.json"));
        QVERIFY(w->exportDistribution(first));
        QVERIFY(w->exportDistribution(second));
        QVERIFY(w->exportDistribution(m_dir.filePath(QStringLiteral("table.csv")))); // cannot be opened: not offered
        VSLAB_CHILD(QMenu, recent, w.get(), "recentMenu");
        QTRY_VERIFY(recent->isEnabled());
        QCOMPARE(recent->actions().size(), 2);
        QCOMPARE(recent->actions().at(0)->data().toString(), QFileInfo(second).absoluteFilePath());

        VSLAB_FIND(FileActions, files, w.get());
        for (int i = 0; i < 12; ++i) {
            const QString path = m_dir.filePath(QStringLiteral("many-%1.json").arg(i));
            QVERIFY(w->exportDistribution(path));
        }
        QCOMPARE(files->recentFiles().size(), FileActions::kMaxRecent);

        QVERIFY(QFile::remove(files->recentFiles().at(0)));
        const QString gone = files->recentFiles().at(0);
        recent->actions().at(0)->trigger();
        QVERIFY(!files->recentFiles().contains(gone));
        QCOMPARE(recent->actions().size(), FileActions::kMaxRecent - 1);
        QVERIFY(w->statusBar()->currentMessage().contains(QFileInfo(gone).fileName()));

        recent->actions().at(0)->trigger(); // an existing one opens
        QCOMPARE(w->session()->origin(), Session::Origin::File);
    }
};

QTEST_MAIN(TestAccess)
#include "tst_access.moc"
