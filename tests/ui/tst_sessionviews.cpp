// SPDX-License-Identifier: Apache-2.0
// The window presents one Session: what it shows after a restore, a provider switch, a new distribution, and while a
// dialog is open during a run.
#include "DistributionChart.h"
#include "GenerationPanel.h"
#include "HistoryPanel.h"
#include "MainWindow.h"
#include "MessageBanner.h"
#include "ProvidersDialog.h"
#include "session/ProviderRegistry.h"
#include "session/Session.h"
#include "store/HistoryStore.h"
#include "TestKit.h"

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QListWidget>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

Q_DECLARE_METATYPE(RunResult)

class TestSessionViews : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    std::unique_ptr<MainWindow> makeWindow(double tps = 0.0)
    {
        auto w = std::make_unique<MainWindow>(std::make_unique<MemorySecretStore>());
        w->setPersistent(false);
        w->setDemoTokensPerSecond(tps);
        w->setHistoryEnabled(true);
        (void)w->openHistory(m_dir.filePath(QStringLiteral("views-%1.sqlite").arg(++m_windows)));
        w->show();
        return w;
    }
    int m_windows = 0;

    static bool runAndWait(MainWindow *w, const QString &prompt)
    {
        w->setPrompt(prompt);
        QSignalSpy finished(w, &MainWindow::runFinished);
        w->generate();
        return !finished.isEmpty() || finished.wait(20000);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        // Settings of this test's own, so windows of other tests cannot leave theirs behind.
        QCoreApplication::setOrganizationName(QStringLiteral("VS Lab Tests"));
        QCoreApplication::setApplicationName(QStringLiteral("ui_sessionviews"));
        QSettings().clear();
        qRegisterMetaType<RunResult>();
        QVERIFY(m_dir.isValid());
    }

    void simulatedBadgeFollowsTheProvider()
    {
        auto w = makeWindow();
        QVERIFY(w->setProvider(QStringLiteral("demo")));
        QVERIFY(runAndWait(w.get(), QStringLiteral("Tell me a joke")));
        auto *badge = w->findChild<QLabel *>(QStringLiteral("simulatedLabel"));
        QVERIFY(badge);
        QVERIFY(badge->isVisible());
        QVERIFY(w->setProvider(QStringLiteral("openai")));
        // Generate would now call OpenAI: no simulated badge; the chart still says what it shows is simulated.
        QVERIFY(!badge->isVisible());
        auto *chart = w->findChild<DistributionChart *>(QStringLiteral("distributionChart"));
        QVERIFY(chart);
        QVERIFY(chart->title().contains(QStringLiteral("Simulated")));
        QVERIFY(
            w->findChild<QLabel *>(QStringLiteral("providerStatusLine"))->text().contains(QStringLiteral("OpenAI")));
    }

    void restoreBringsBackEverySettingAndTheModel()
    {
        auto w = makeWindow();
        QVERIFY(w->setProvider(QStringLiteral("demo")));
        GenerationSettings s = w->settings();
        s.method = Method::VsMulti;
        s.k = 6;
        s.perTurn = 2;
        s.weightMode = WeightMode::Softmax;
        s.seed = 12345678901234567890ULL;
        w->setSettings(s);
        QCOMPARE(w->settings().seed, s.seed); // the seed field holds any 64-bit value
        QVERIFY(runAndWait(w.get(), QStringLiteral("Name a US state")));
        const qint64 id = w->historyPanel()->idAt(0);
        QVERIFY(id > 0);

        // The user changes everything.
        QVERIFY(w->setProvider(QStringLiteral("ollama"), QStringLiteral("llama3.2")));
        w->setSettings(GenerationSettings{});
        w->setPrompt(QStringLiteral("something else"));

        QVERIFY(w->restoreRun(id));
        const GenerationSettings back = w->settings();
        QCOMPARE(back.method, Method::VsMulti);
        QCOMPARE(back.k, 6);
        QCOMPARE(back.perTurn, 2);
        QCOMPARE(back.weightMode, WeightMode::Softmax);
        QCOMPARE(back.seed, s.seed);
        QCOMPARE(w->prompt(), QStringLiteral("Name a US state"));
        auto *provider = w->findChild<QComboBox *>(QStringLiteral("providerCombo"));
        QVERIFY(provider);
        QCOMPARE(provider->currentData().toString(), QStringLiteral("demo"));
        QCOMPARE(w->providers()->currentId(), QStringLiteral("demo"));
    }

    void drawsFromAnEarlierDistributionAreSetApart()
    {
        auto w = makeWindow();
        QVERIFY(w->setProvider(QStringLiteral("demo")));
        QVERIFY(runAndWait(w.get(), QStringLiteral("Tell me a joke")));
        w->sampleOne();
        w->sampleOne();
        QVERIFY(runAndWait(w.get(), QStringLiteral("Name a US state")));
        w->sampleOne();
        auto *list = w->findChild<QListWidget *>(QStringLiteral("historyList"));
        QVERIFY(list);
        QCOMPARE(list->count(), 4); // three draws and one separator
        QCOMPARE(list->item(2)->flags(), Qt::NoItemFlags);
        QVERIFY(list->item(3)->flags() & Qt::ItemIsEnabled);
    }

    void unknownDemoPromptOffersTheKnownOnesAsChoices()
    {
        auto w = makeWindow();
        QVERIFY(w->setProvider(QStringLiteral("demo")));
        QVERIFY(runAndWait(w.get(), QStringLiteral("Recite the alphabet backwards")));
        auto *banner = w->findChild<MessageBanner *>(QStringLiteral("messageBanner"));
        QVERIFY(banner);
        QVERIFY(banner->isVisible());
        const QStringList choices = banner->suggestions();
        QVERIFY2(choices.contains(QStringLiteral("Tell me a joke")), qPrintable(choices.join(QLatin1Char('|'))));
        QVERIFY(choices.size() >= 6);
        for (const QString &c : choices)
            QVERIFY2(!banner->headline().contains(c), "the prompts are choices, not a wall of text");
        auto *text = banner->findChild<QLabel *>(QStringLiteral("bannerText"));
        QVERIFY(text);
        QVERIFY(text->text().contains(QStringLiteral("<a href=")));
        // Clicking one puts it in the prompt and runs it.
        const int index = int(choices.indexOf(QStringLiteral("Name a US state")));
        QVERIFY(index >= 0);
        QSignalSpy finished(w.get(), &MainWindow::runFinished);
        Q_EMIT text->linkActivated(QStringLiteral("suggestion:%1").arg(index));
        QVERIFY(!finished.isEmpty() || finished.wait(20000));
        QCOMPARE(w->prompt(), QStringLiteral("Name a US state"));
        QVERIFY(!w->distribution().isEmpty());
        QVERIFY(!banner->isVisible() || banner->suggestions().isEmpty());
    }

    void transportAndDemoSpeedSurviveARestart()
    {
        TransportSettings t;
        t.timeoutSeconds = 7.5;
        t.retries = 5;
        t.stream = false;
        qunsetenv("VSLAB_DEMO_TPS"); // it would take precedence over the saved speed
        {
            auto w = std::make_unique<MainWindow>(std::make_unique<MemorySecretStore>());
            GenerationSetup g = w->setup();
            g.transport = t;
            QVERIFY(w->applySetup(g));
            w->setDemoTokensPerSecond(12.0);
        } // saved on destruction (persistent by default)
        auto w = std::make_unique<MainWindow>(std::make_unique<MemorySecretStore>());
        w->setPersistent(false);
        QCOMPARE(w->setup().transport, t);
        QCOMPARE(w->providers()->transport(), t);
        QCOMPARE(w->providers()->demoSpeed(), 12.0);
    }

    void everyShortcutIsUnique()
    {
        auto w = makeWindow();
        QHash<QString, QString> owner;
        const auto actions = w->findChildren<QAction *>();
        for (const QAction *a : actions) {
            for (const QKeySequence &k : a->shortcuts()) {
                const QString key = k.toString();
                QVERIFY2(!owner.contains(key) || owner.value(key) == a->objectName(),
                         qPrintable(key + QStringLiteral(": ") + owner.value(key) + QStringLiteral(" and ") +
                                    a->objectName()));
                owner.insert(key, a->objectName());
            }
        }
        QVERIFY(owner.size() > 10);
    }

    void candidatesAreStarredAndKept()
    {
        auto w = makeWindow();
        QVERIFY(runAndWait(w.get(), QStringLiteral("Tell me a joke")));
        const qint64 first = w->session()->historyStore()->list(1).constFirst().id;
        VSLAB_CHILD(QTableView, table, w.get(), "candidateTable");
        table->setFocus();
        table->selectRow(1);
        QTest::keyClick(table, Qt::Key_B, Qt::ControlModifier);
        QCOMPARE(w->session()->starredCandidates(), QList<int>{1});
        const QModelIndex rank = table->model()->index(1, 0);
        QCOMPARE(rank.data().toString(), QStringLiteral("\u2605 2"));
        QCOMPARE(w->session()->historyStore()->get(first)->starredCandidates, QList<int>{1});

        // Another run has no stars; restoring the first brings its star back.
        QVERIFY(runAndWait(w.get(), QStringLiteral("Name a US state")));
        QVERIFY(w->session()->starredCandidates().isEmpty());
        QVERIFY(!table->model()->index(1, 0).data().toString().contains(QChar(0x2605)));
        QVERIFY(w->session()->restore(first).ok());
        QCOMPARE(w->session()->starredCandidates(), QList<int>{1});
        QCOMPARE(table->model()->index(1, 0).data().toString(), QStringLiteral("\u2605 2"));
        // Pressed again, the star goes.
        table->setFocus();
        table->selectRow(1);
        QTest::keyClick(table, Qt::Key_B, Qt::ControlModifier);
        QVERIFY(w->session()->starredCandidates().isEmpty());
        QVERIFY(w->session()->historyStore()->get(first)->starredCandidates.isEmpty());
    }

    void aDialogNeverStopsARun()
    {
        auto w = makeWindow(40.0); // streamed like a real model
        QVERIFY(w->setProvider(QStringLiteral("demo")));
        w->setPrompt(QStringLiteral("Tell me a joke"));
        QSignalSpy finished(w.get(), &MainWindow::runFinished);
        w->generate();
        QVERIFY(w->isRunning());
        w->showProvidersDialog();
        auto *dialog = w->findChild<ProvidersDialog *>();
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        // The run streams on and finishes behind the open dialog: no nested event loop holds it.
        QVERIFY(finished.wait(20000));
        QVERIFY(dialog->isVisible());
        QVERIFY(!w->distribution().isEmpty());
        dialog->reject();
    }
};

QTEST_MAIN(TestSessionViews)
#include "tst_sessionviews.moc"
