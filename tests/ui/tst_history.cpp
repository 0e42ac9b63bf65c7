// SPDX-License-Identifier: Apache-2.0
#include "DelimitedText.h"
#include "DistributionChart.h"
#include "HistoryModel.h"
#include "HistoryPanel.h"
#include "I18n.h"
#include "MainWindow.h"
#include "MessageBanner.h"
#include "session/LessonPack.h"
#include "store/HistoryStore.h"
#include "store/SecretStore.h"
#include "WidgetTestKit.h"

#include <QAction>
#include <QApplication>
#include <QChart>
#include <QCheckBox>
#include <QComboBox>
#include <QDockWidget>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

Q_DECLARE_METATYPE(RunResult)

namespace {
bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

/// Texts and weights, in rank order: what must survive a save and a restore.
QList<std::pair<QString, double>> itemsOf(const Distribution &d)
{
    QList<std::pair<QString, double>> out;
    for (const Candidate &c : d.items())
        out.append({c.text, c.weight});
    return out;
}

/// Candidates whose texts need CSV quoting: commas, quotes, LF, CRLF.
QByteArray awkwardDistributionJson()
{
    const QJsonArray items{
        QJsonObject{{QStringLiteral("text"), QStringLiteral("First line, with a comma\nsecond \"quoted\" line")},
                    {QStringLiteral("p"), 0.6}},
        QJsonObject{{QStringLiteral("text"), QStringLiteral("Windows line\r\nend; 世界 🌊")},
                    {QStringLiteral("p"), 0.3}},
        QJsonObject{{QStringLiteral("text"), QStringLiteral("plain")}, {QStringLiteral("p"), 0.1}},
    };
    return QJsonDocument(QJsonObject{{QStringLiteral("items"), items}}).toJson();
}
} // namespace

using WidgetTestKit::generate;
using WidgetTestKit::makeDemoWindow;
using WidgetTestKit::noModalDialog;

class TestHistory : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    /// What the database at `path` holds, read by a second connection; take it with VSLAB_TAKE.
    static TestKit::Outcome<QList<HistoryEntry>> databaseEntries(const QString &path)
    {
        HistoryStore store;
        if (!store.open(path))
            return TestKit::Outcome<QList<HistoryEntry>>::failure(QStringLiteral("cannot open ") + path);
        return store.list();
    }

    static void removeDefaultDatabase()
    {
        const QString base =
            QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/history.sqlite");
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(base + suffix);
    }

private Q_SLOTS:
    void initTestCase()
    {
        // Never the user's data: history, settings and documents go to the test locations.
        QStandardPaths::setTestModeEnabled(true);
        qRegisterMetaType<RunResult>();
        QCoreApplication::setOrganizationName(QStringLiteral("VS Lab Tests"));
        QCoreApplication::setApplicationName(QStringLiteral("ui_history"));
        QVERIFY(m_dir.isValid());
    }

    void init()
    {
        QSettings().clear();
        I18n::install(*QCoreApplication::instance(), QLocale(QStringLiteral("en")));
        removeDefaultDatabase();
    }

    void runIsSavedAndListedNewestFirst()
    {
        auto w = makeDemoWindow();
        QVERIFY(w->isHistoryOpen());
        QVERIFY2(w->historyPath().contains(QStringLiteral(".qttest")), qPrintable(w->historyPath()));
        HistoryPanel *panel = w->historyPanel();
        QCOMPARE(panel->count(), 0);

        VSLAB_TAKE(const RunResult joke, generate(w.get(), QStringLiteral("Tell me a joke")));
        QVERIFY(joke.completed());
        QCOMPARE(panel->count(), 1);
        VSLAB_TAKE(const RunResult state, generate(w.get(), QStringLiteral("Name a US state")));
        QCOMPARE(panel->count(), 2);
        const QString newest = panel->textAt(0);
        QVERIFY2(newest.startsWith(QStringLiteral("Name a US state\n")), qPrintable(newest));
        QVERIFY2(newest.contains(QStringLiteral("VS-Standard")), qPrintable(newest));
        QVERIFY2(newest.contains(QStringLiteral("%1 candidates").arg(state.distribution.size())), qPrintable(newest));
        QVERIFY2(newest.contains(QStringLiteral("vs-demo")), qPrintable(newest));
        QVERIFY2(newest.contains(QStringLiteral("simulated")), qPrintable(newest));
        QVERIFY(!newest.contains(QStringLiteral("not completed")));
        QVERIFY(panel->textAt(1).startsWith(QStringLiteral("Tell me a joke\n")));
        QCOMPARE(panel->currentId(), panel->idAt(0)); // the run just saved is selected

        VSLAB_TAKE(const QList<HistoryEntry> entries, databaseEntries(w->historyPath()));
        QCOMPARE(entries.size(), 2);
        QCOMPARE(entries.at(0).prompt, QStringLiteral("Name a US state"));
        QCOMPARE(entries.at(0).id, panel->idAt(0));
        QCOMPARE(entries.at(1).prompt, QStringLiteral("Tell me a joke"));
        QCOMPARE(entries.at(1).candidateCount, int(joke.distribution.size()));
        QVERIFY(entries.at(1).simulated);
        QVERIFY(entries.at(1).errorMessage.isEmpty());
    }

    void restoreAfterRestartWithoutCallingTheModel()
    {
        RunResult joke;
        QString path;
        {
            auto w = makeDemoWindow();
            VSLAB_TAKE(joke, generate(w.get(), QStringLiteral("Tell me a joke")));
            VSLAB_REQUIRE(generate(w.get(), QStringLiteral("Name a US state")));
            path = w->historyPath();
        }
        auto w = makeDemoWindow(); // a new session on the same database
        QCOMPARE(w->historyPath(), path);
        QVERIFY(w->distribution().isEmpty());
        w->setPrompt(QStringLiteral("something else"));
        HistoryPanel *panel = w->historyPanel();
        QCOMPARE(panel->count(), 2);
        QSignalSpy started(w.get(), &MainWindow::runStarted);

        // Keyboard only: Ctrl+H brings the history forward, arrow to the older run, Enter restores it.
        QTest::keyClick(w.get(), Qt::Key_H, Qt::ControlModifier);
        VSLAB_CHILD(QListView, list, w.get(), "runHistoryList");
        QTRY_VERIFY(list->hasFocus());
        QCOMPARE(list->currentIndex().row(), 0);
        QTest::keyClick(list, Qt::Key_Down);
        QCOMPARE(list->currentIndex().row(), 1);
        QTest::keyClick(list, Qt::Key_Return);

        QCOMPARE(started.size(), 0);
        QVERIFY(!w->isRunning());
        QCOMPARE(itemsOf(w->distribution()), itemsOf(joke.distribution));
        QCOMPARE(w->prompt(), QStringLiteral("Tell me a joke"));
        QCOMPARE(w->settings().seed, std::optional<quint64>(7));
        VSLAB_CHILD(DistributionChart, chart, w.get(), "distributionChart");
        QCOMPARE(chart->barCount(), int(joke.distribution.size()));
        for (int i = 0; i < chart->barCount(); ++i)
            QCOMPARE(chart->barValue(i), DistributionChart::valueOf(joke.distribution.items().at(i)));
        QVERIFY(chart->chart()->title().contains(QStringLiteral("Tell me a joke")));
        QVERIFY(chart->chart()->title().contains(QStringLiteral("Simulated")));
        VSLAB_CHILD(QPlainTextEdit, rawReply, w.get(), "rawReply");
        QCOMPARE(rawReply->toPlainText(), joke.rawReplies.join(QString()));
        VSLAB_CHILD(QPlainTextEdit, rawMessages, w.get(), "rawMessages");
        QVERIFY(rawMessages->toPlainText().contains(QStringLiteral("joke")));
        VSLAB_CHILD(QLabel, progressLabel, w.get(), "progressLabel");
        QVERIFY(progressLabel->text().contains(QStringLiteral("history")));
        VSLAB_CHILD(QLabel, simulatedLabel, w.get(), "simulatedLabel");
        QVERIFY(simulatedLabel->isVisible());

        // Ready to sample, with the run's seed: the same draws as the original session.
        VSLAB_CHILD(QPushButton, sampleButton, w.get(), "sampleButton");
        QVERIFY(sampleButton->isEnabled());
        QVERIFY(inFront(sampleButton)); // the sampling tab came forward
        w->sampleMany(200);
        SessionSampler original;
        original.setDistribution(joke.distribution);
        original.setSeed(7);
        original.drawMany(200);
        QCOMPARE(w->sampler().observedFrequencies(), original.observedFrequencies());
        // Restoring is not a run: nothing new was saved.
        QCOMPARE(panel->count(), 2);
    }

    void cancelledRunIsSavedAndMarked()
    {
        auto w = makeDemoWindow({.tokensPerSecond = 80.0});
        GenerationSettings s = w->settings();
        s.k = 10;
        w->setSettings(s);
        w->setPrompt(QStringLiteral("Name a US state"));
        QSignalSpy finished(w.get(), &MainWindow::runFinished);
        w->generate();
        QTRY_VERIFY_WITH_TIMEOUT(w->distribution().size() >= 2, 20000);
        w->cancel();
        VSLAB_WAIT_RUN(finished, 5000, r);
        QVERIFY(r.cancelled);
        HistoryPanel *panel = w->historyPanel();
        QCOMPARE(panel->count(), 1);
        QVERIFY2(panel->textAt(0).contains(QStringLiteral("not completed")), qPrintable(panel->textAt(0)));
        VSLAB_TAKE(const QList<HistoryEntry> entries, databaseEntries(w->historyPath()));
        QCOMPARE(entries.size(), 1);
        QVERIFY(!entries.first().errorMessage.isEmpty());
        QCOMPARE(entries.first().candidateCount, int(r.distribution.size()));

        auto w2 = makeDemoWindow();
        QVERIFY(w2->restoreRun(entries.first().id));
        QCOMPARE(itemsOf(w2->distribution()), itemsOf(r.distribution));
        QVERIFY(w2->lastResult() && w2->lastResult()->cancelled);
        VSLAB_FIND(MessageBanner, banner, w2.get());
        QVERIFY(banner->isVisible());
        QVERIFY(banner->headline().contains(QStringLiteral("Cancelled")));
    }

    void exportJsonAndOpenIt()
    {
        auto w = makeDemoWindow();
        // A key set in this session must never reach a file.
        ProviderConfig custom;
        custom.presetId = QStringLiteral("custom");
        custom.baseUrl = QStringLiteral("http://127.0.0.1:9/v1"); // closed: the model list fails at once
        custom.apiKey = QStringLiteral("sk-h7-never-exported");
        w->setProviderConfig(custom);
        QVERIFY(w->setProvider(QStringLiteral("demo")));
        VSLAB_TAKE(const RunResult r, generate(w.get(), QStringLiteral("Tell me a joke")));
        const QString path = m_dir.filePath(QStringLiteral("joke.json"));
        QVERIFY(w->exportDistribution(path));
        const QByteArray bytes = readFile(path);
        QVERIFY(!bytes.contains("sk-h7"));
        const QJsonObject json = QJsonDocument::fromJson(bytes).object();
        QCOMPARE(json.value(QStringLiteral("items")).toArray().size(), int(r.distribution.size()));
        const QJsonObject trace = json.value(QStringLiteral("trace")).toObject();
        QCOMPARE(trace.value(QStringLiteral("simulated")).toBool(), true);
        QCOMPARE(trace.value(QStringLiteral("prompt")).toString(), QStringLiteral("Tell me a joke"));
        QCOMPARE(trace.value(QStringLiteral("model")).toString(), QStringLiteral("vs-demo"));

        VSLAB_REQUIRE(generate(w.get(), QStringLiteral("Name a US state")));
        QVERIFY(itemsOf(w->distribution()) != itemsOf(r.distribution));
        QVERIFY(w->openDistribution(path));
        QCOMPARE(itemsOf(w->distribution()), itemsOf(r.distribution));
        VSLAB_CHILD(DistributionChart, distributionChart, w.get(), "distributionChart");
        QCOMPARE(distributionChart->barCount(), int(r.distribution.size()));
        QVERIFY(w->lastResult() && w->lastResult()->simulated);
        VSLAB_CHILD(QPushButton, sampleButton, w.get(), "sampleButton");
        QVERIFY(sampleButton->isEnabled());
        VSLAB_CHILD(QLabel, progressLabel, w.get(), "progressLabel");
        QVERIFY(progressLabel->text().contains(QStringLiteral("joke.json")));
        // The prompt being edited is the user's: opening a file does not replace it.
        QCOMPARE(w->prompt(), QStringLiteral("Name a US state"));
        QCOMPARE(w->historyPanel()->count(), 2);
        const QByteArray database = readFile(w->historyPath()) + readFile(w->historyPath() + QStringLiteral("-wal"));
        QVERIFY(!database.contains("sk-h7"));

        // Exported again, the opened distribution is the same file content (a lossless round trip).
        const QString again = m_dir.filePath(QStringLiteral("again.json"));
        QVERIFY(w->exportDistribution(again));
        const QJsonObject reread = QJsonDocument::fromJson(readFile(again)).object();
        QCOMPARE(reread.value(QStringLiteral("items")), json.value(QStringLiteral("items")));
    }

    void opensThePythonPackagesFile()
    {
        auto w = makeDemoWindow();
        const QString path = m_dir.filePath(QStringLiteral("from_python.json"));
        QVERIFY(writeFile(path, R"({"items": [
            {"text": "Texas", "p": 0.25, "meta": {"p_raw": 0.2, "p_clipped": 0.2, "repairs": [], "idx_orig": 1}},
            {"text": "California", "p": 0.75, "meta": {"p_raw": "60%", "p_clipped": 0.6,
                                                      "repairs": ["percentage"], "idx_orig": 0}}],
            "trace": {"model": "gpt-4.1", "provider": "openai", "k": 2, "tau": 0.0, "seed": null,
                      "weight_mode": "elicited"}})"));
        QVERIFY(w->openDistribution(path));
        QCOMPARE(w->distribution().size(), 2);
        QCOMPARE(w->distribution().items().first().text, QStringLiteral("California"));
        VSLAB_CHILD(DistributionChart, chart, w.get(), "distributionChart");
        QCOMPARE(chart->barCount(), 2);
        QVERIFY2(chart->chart()->title().contains(QStringLiteral("from_python.json")),
                 qPrintable(chart->chart()->title()));
        QVERIFY(!chart->chart()->title().contains(QStringLiteral("Simulated"))); // the file says it is a real run
        w->sampleOne();
        QCOMPARE(w->sampler().history().size(), 1);
    }

    void malformedFileKeepsTheDistribution_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("reason");
        QTest::newRow("truncated JSON") << QByteArray(R"({"items": [{"text": "a", "p": 0.5},)") << "not valid JSON";
        QTest::newRow("empty file") << QByteArray() << "not valid JSON";
        QTest::newRow("CLI output, not to_dict") << QByteArray(R"({"candidates": [{"text": "a"}]})") << "items";
        QTest::newRow("bad probability") << QByteArray(R"({"items": [{"text": "a", "p": "high"}]})") << "probability";
    }
    void malformedFileKeepsTheDistribution()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, reason);
        auto w = makeDemoWindow();
        VSLAB_TAKE(const RunResult r, generate(w.get(), QStringLiteral("Tell me a joke")));
        w->sampleOne();
        const int draws = int(w->sampler().history().size());
        const QString path = m_dir.filePath(QStringLiteral("bad.json"));
        QVERIFY(writeFile(path, bytes));

        QVERIFY(!w->openDistribution(path));
        VSLAB_FIND(MessageBanner, banner, w.get());
        QVERIFY(banner->isVisible());
        QCOMPARE(banner->severity(), MessageBanner::Severity::Error);
        QVERIFY2(banner->text().contains(QStringLiteral("bad.json")), qPrintable(banner->text()));
        QVERIFY2(banner->text().contains(reason, Qt::CaseInsensitive), qPrintable(banner->text()));
        // Nothing lost: the distribution, its draws, the prompt and the chart stay as they were.
        QCOMPARE(itemsOf(w->distribution()), itemsOf(r.distribution));
        QCOMPARE(int(w->sampler().history().size()), draws);
        QCOMPARE(w->prompt(), QStringLiteral("Tell me a joke"));
        VSLAB_CHILD(DistributionChart, distributionChart, w.get(), "distributionChart");
        QCOMPARE(distributionChart->barCount(), int(r.distribution.size()));
        VSLAB_CHILD(QPushButton, sampleButton, w.get(), "sampleButton");
        QVERIFY(sampleButton->isEnabled());

        QVERIFY(!w->openDistribution(m_dir.filePath(QStringLiteral("does-not-exist.json"))));
        QVERIFY(banner->text().contains(QStringLiteral("does-not-exist.json")));
        QCOMPARE(itemsOf(w->distribution()), itemsOf(r.distribution));
    }

    void csvMarkdownAndPngExports()
    {
        auto w = makeDemoWindow();
        const QString source = m_dir.filePath(QStringLiteral("awkward.json"));
        QVERIFY(writeFile(source, awkwardDistributionJson()));
        QVERIFY(w->openDistribution(source));
        const Distribution d = w->distribution();
        QCOMPARE(d.size(), 3);

        const QString csvPath = m_dir.filePath(QStringLiteral("awkward.csv"));
        QVERIFY(w->exportDistribution(csvPath));
        const QList<QStringList> rows = parseDelimited(QString::fromUtf8(readFile(csvPath)), QLatin1Char(','));
        QCOMPARE(rows.size(), 4);
        QCOMPARE(rows.at(0).at(1), QStringLiteral("text"));
        QCOMPARE(rows.at(0).at(2), QStringLiteral("probability"));
        for (int i = 0; i < d.size(); ++i) {
            QCOMPARE(rows.at(i + 1).size(), rows.at(0).size());
            QCOMPARE(rows.at(i + 1).at(1), d.items().at(i).text);
            QCOMPARE(rows.at(i + 1).at(2).toDouble(), d.items().at(i).weight);
        }

        const QString mdPath = m_dir.filePath(QStringLiteral("awkward.md"));
        QVERIFY(w->exportDistribution(mdPath));
        const QString md = QString::fromUtf8(readFile(mdPath));
        QVERIFY(md.contains(QStringLiteral("First line, with a comma<br>second \"quoted\" line")));
        QCOMPARE(md.count(QStringLiteral("\n| ")), 2 + 3);

        const QString pngPath = m_dir.filePath(QStringLiteral("chart.png"));
        QVERIFY(w->saveChartImage(pngPath));
        const QImage image(pngPath);
        QVERIFY(!image.isNull());
        QVERIFY(image.width() > 100 && image.height() > 100);

        // A write that cannot happen says so and changes nothing.
        QVERIFY(!w->exportDistribution(m_dir.filePath(QStringLiteral("no/such/dir/x.csv"))));
        VSLAB_FIND(MessageBanner, banner, w.get());
        QCOMPARE(banner->severity(), MessageBanner::Severity::Error);
        QCOMPARE(itemsOf(w->distribution()), itemsOf(d));
    }

    void nothingToExportBeforeARun()
    {
        auto w = makeDemoWindow();
        VSLAB_CHILD(QAction, exportDistributionAction, w.get(), "exportDistributionAction");
        QVERIFY(!exportDistributionAction->isEnabled());
        QVERIFY(!w->exportDistribution(m_dir.filePath(QStringLiteral("empty.json"))));
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("empty.json"))));
        VSLAB_REQUIRE(generate(w.get(), QStringLiteral("Tell me a joke")));
        QVERIFY(exportDistributionAction->isEnabled());
        VSLAB_CHILD(QAction, saveChartAction, w.get(), "saveChartAction");
        QVERIFY(saveChartAction->isEnabled());
    }

    void deleteAndClearWithConfirmation()
    {
        auto w = makeDemoWindow();
        VSLAB_REQUIRE(generate(w.get(), QStringLiteral("Tell me a joke")));
        VSLAB_REQUIRE(generate(w.get(), QStringLiteral("Name a US state")));
        VSLAB_REQUIRE(generate(w.get(), QStringLiteral("Write a haiku about the sea")));
        HistoryPanel *panel = w->historyPanel();
        QCOMPARE(panel->count(), 3);

        VSLAB_CHILD(QAction, runHistoryAction, w.get(), "runHistoryAction");
        runHistoryAction->trigger();
        VSLAB_CHILD(QListView, list, w.get(), "runHistoryList");
        QTRY_VERIFY(list->hasFocus());
        list->setCurrentIndex(list->model()->index(1, 0));
        const qint64 deleted = panel->idAt(1);
        QTest::keyClick(list, Qt::Key_Delete);
        QCOMPARE(panel->count(), 2);
        VSLAB_TAKE(const QList<HistoryEntry> left, databaseEntries(w->historyPath()));
        QCOMPARE(left.size(), 2);
        for (const HistoryEntry &e : left)
            QVERIFY(e.id != deleted);

        // Clear asks first (window-modal, the window keeps running); Cancel keeps everything.
        VSLAB_CHILD(QPushButton, clear, w.get(), "clearRunHistoryButton");
        for (const QMessageBox::StandardButton button : {QMessageBox::Cancel, QMessageBox::Yes}) {
            clear->click();
            VSLAB_FIND(QMessageBox, box, w.get());
            QVERIFY(box->isVisible());
            QVERIFY2(box->text().contains(QStringLiteral("2 saved runs")), qPrintable(box->text()));
            QCOMPARE(panel->count(), 2);
            QAbstractButton *answer = box->button(button);
            QVERIFY(answer);
            answer->click();
            QTRY_VERIFY(!w->findChild<QMessageBox *>());
        }
        QCOMPARE(panel->count(), 0);
        VSLAB_TAKE(const QList<HistoryEntry> none, databaseEntries(w->historyPath()));
        QCOMPARE(none.size(), 0);
        QVERIFY(!clear->isEnabled());
        VSLAB_CHILD(QLabel, runHistoryNote, w.get(), "runHistoryNote");
        QVERIFY(runHistoryNote->isVisible());
    }

    void historyDockTogglesWithoutCrowding()
    {
        auto w = makeDemoWindow();
        VSLAB_CHILD(QDockWidget, dock, w.get(), "runHistoryDock");
        VSLAB_CHILD(QDockWidget, sampling, w.get(), "samplingDock");
        VSLAB_CHILD(QAction, toggle, w.get(), "runHistoryAction");
        // Tabbed with sampling, which is in front: the history takes no room of its own.
        QCOMPARE(w->tabifiedDockWidgets(sampling), QList<QDockWidget *>{dock});
        VSLAB_CHILD(QPushButton, sample, w.get(), "sampleButton");
        VSLAB_CHILD(QListView, list, w.get(), "runHistoryList");
        QTRY_VERIFY(inFront(sample));
        QVERIFY(!inFront(list));
        QVERIFY(toggle->isChecked());

        QTest::keyClick(w.get(), Qt::Key_H, Qt::ControlModifier);
        QTRY_VERIFY(inFront(list));
        QVERIFY(!inFront(sample));
        QTRY_VERIFY(list->hasFocus());
        QVERIFY(toggle->isChecked());
        QTest::keyClick(w.get(), Qt::Key_H, Qt::ControlModifier);
        QTRY_VERIFY(dock->isHidden());
        QVERIFY(!toggle->isChecked());
        QTRY_VERIFY(inFront(sample));
        // From the View menu as well; it comes back as a tab, not as a new column.
        toggle->trigger();
        QTRY_VERIFY(inFront(list));
        QVERIFY(toggle->isChecked());
        QCOMPARE(w->tabifiedDockWidgets(sampling), QList<QDockWidget *>{dock});

        for (const char *name : {"runHistoryList", "restoreRunButton", "deleteRunButton", "clearRunHistoryButton",
                                 "historySearch", "historyProviderFilter", "historyModelFilter", "historyMethodFilter",
                                 "historyStarredFilter", "starRunButton"}) {
            VSLAB_CHILD(QWidget, widget, w.get(), name);
            QVERIFY2(!widget->accessibleName().isEmpty(), name);
            QVERIFY2(widget->focusPolicy() & Qt::TabFocus, name);
        }
    }

    void drawsAreSavedAndComeBack()
    {
        QList<SampleDraw> before;
        QList<double> observed;
        qint64 id = 0;
        {
            auto w = makeDemoWindow();
            VSLAB_REQUIRE(generate(w.get(), QStringLiteral("Tell me a joke")));
            id = w->historyPanel()->idAt(0);
            w->sampleOne();
            w->sampleMany(40);
            before = w->sampler().history();
            observed = w->sampler().observedFrequencies();
            QCOMPARE(before.size(), 2);
        }
        auto w = makeDemoWindow(); // a new session on the same database
        QVERIFY(w->restoreRun(id));
        const QList<SampleDraw> after = w->sampler().history();
        QCOMPARE(after.size(), 2);
        for (int i = 0; i < 2; ++i) {
            QCOMPARE(after[i].seed, before[i].seed);
            QCOMPARE(after[i].index, before[i].index);
            QCOMPARE(after[i].count, before[i].count);
        }
        QCOMPARE(w->sampler().observedFrequencies(), observed); // the chart's observed bars too
    }

    void searchFiltersStarsAndUndo()
    {
        auto w = makeDemoWindow();
        VSLAB_REQUIRE(generate(w.get(), QStringLiteral("Tell me a joke")));
        VSLAB_REQUIRE(generate(w.get(), QStringLiteral("讲个笑话")));
        VSLAB_REQUIRE(generate(w.get(), QStringLiteral("Name a US state")));
        HistoryPanel *panel = w->historyPanel();
        QCOMPARE(panel->count(), 3);

        // Typing searches (after a short pause); a two-character Chinese word is found.
        VSLAB_CHILD(QLineEdit, search, w.get(), "historySearch");
        search->setText(QStringLiteral("笑话"));
        QTRY_COMPARE(panel->count(), 1);
        QVERIFY(panel->textAt(0).startsWith(QStringLiteral("讲个笑话")));
        search->setText(QStringLiteral("JOKE"));
        QTRY_COMPARE(panel->count(), 1);
        search->setText(QStringLiteral("no such thing at all"));
        QTRY_COMPARE(panel->count(), 0);
        VSLAB_CHILD(QLabel, note, w.get(), "runHistoryNote");
        QVERIFY(note->text().contains(QStringLiteral("matches")));
        search->clear();
        QTRY_COMPARE(panel->count(), 3);

        VSLAB_CHILD(QComboBox, method, w.get(), "historyMethodFilter");
        QVERIFY(method->findData(QStringLiteral("vs-standard")) > 0);
        VSLAB_CHILD(QComboBox, provider, w.get(), "historyProviderFilter");
        provider->setCurrentIndex(provider->findData(QStringLiteral("nobody")) < 0 ? 0 : 1);
        QCOMPARE(panel->count(), 3);

        // Star the newest run and show starred ones only.
        panel->selectId(panel->idAt(0));
        VSLAB_CHILD(QPushButton, star, w.get(), "starRunButton");
        QCOMPARE(star->text(), QStringLiteral("Star"));
        star->click();
        QVERIFY(panel->textAt(0).startsWith(QStringLiteral("★")));
        QCOMPARE(star->text(), QStringLiteral("Unstar"));
        VSLAB_CHILD(QCheckBox, starred, w.get(), "historyStarredFilter");
        starred->setChecked(true);
        QCOMPARE(panel->count(), 1);
        starred->setChecked(false);
        QCOMPARE(panel->count(), 3);

        // Delete, then Undo: the run is back with its uid, time and content.
        const qint64 id = panel->idAt(1);
        VSLAB_TAKE(const QList<HistoryEntry> before, databaseEntries(w->historyPath()));
        QVERIFY(panel->remove(id));
        QCOMPARE(panel->count(), 2);
        VSLAB_CHILD(QPushButton, undo, w.get(), "undoDeleteButton");
        QVERIFY(undo->isVisible());
        undo->click();
        QCOMPARE(panel->count(), 3);
        VSLAB_TAKE(const QList<HistoryEntry> after, databaseEntries(w->historyPath()));
        QCOMPARE(after.size(), before.size());
        QCOMPARE(after.at(1).uid, before.at(1).uid);
        QCOMPARE(after.at(1).createdAt, before.at(1).createdAt);
        QVERIFY(!undo->isVisible());
    }

    void packsTravelBetweenHistories()
    {
        const QString pack = m_dir.filePath(QStringLiteral("lesson.vslabpack"));
        {
            auto w = makeDemoWindow();
            VSLAB_REQUIRE(generate(w.get(), QStringLiteral("Tell me a joke")));
            VSLAB_REQUIRE(generate(w.get(), QStringLiteral("Name a US state")));
            QVERIFY(w->historyPanel()->exportPack(pack));
        }
        removeDefaultDatabase();
        auto w = makeDemoWindow(); // another machine: an empty history
        QCOMPARE(w->historyPanel()->count(), 0);
        QSignalSpy notices(w->historyPanel(), &HistoryPanel::notice);
        QVERIFY(w->historyPanel()->importFile(pack));
        QCOMPARE(w->historyPanel()->count(), 2);
        QVERIFY2(notices.last().first().toString().contains(QStringLiteral("2 added")),
                 qPrintable(notices.last().first().toString()));
        QVERIFY(w->historyPanel()->importFile(pack)); // again: nothing changes
        QVERIFY2(notices.last().first().toString().contains(QStringLiteral("2 skipped")),
                 qPrintable(notices.last().first().toString()));
        QCOMPARE(w->historyPanel()->count(), 2);
        // Replays offline: restoring shows the run without a call.
        QSignalSpy started(w.get(), &MainWindow::runStarted);
        QVERIFY(w->restoreRun(w->historyPanel()->idAt(1)));
        QCOMPARE(w->prompt(), QStringLiteral("Tell me a joke"));
        QVERIFY(!w->distribution().isEmpty());
        QCOMPARE(started.size(), 0);
        // A broken file imports nothing and says why.
        const QString broken = m_dir.filePath(QStringLiteral("broken.jsonl"));
        QVERIFY(writeFile(broken, "{\"prompt\": 1}\n"));
        QSignalSpy failures(w->historyPanel(), &HistoryPanel::failed);
        QVERIFY(!w->historyPanel()->importFile(broken));
        QVERIFY2(failures.last().at(1).toString().contains(QStringLiteral("broken.jsonl:1:")),
                 qPrintable(failures.last().at(1).toString()));
        QCOMPARE(w->historyPanel()->count(), 2);
    }

    void manyRunsLoadPageByPage()
    {
        auto w = makeDemoWindow();
        QList<HistoryEntry> many;
        const QDateTime t0 = QDateTime::currentDateTimeUtc();
        for (int i = 0; i < 250; ++i) {
            HistoryEntry e;
            e.prompt = QStringLiteral("bulk %1").arg(i);
            e.method = QStringLiteral("vs-standard");
            e.provider = QStringLiteral("demo");
            e.createdAt = t0.addSecs(-i);
            many.append(e);
        }
        {
            HistoryStore store;
            QVERIFY(store.open(w->historyPath()));
            QVERIFY(store.addAll(many));
        }
        HistoryPanel *panel = w->historyPanel();
        panel->refresh();
        QCOMPARE(panel->count(), HistoryModel::pageSize);
        QVERIFY(panel->model()->canFetchMore({}));
        VSLAB_CHILD(QListView, list, w.get(), "runHistoryList");
        list->scrollToBottom(); // the view asks for the next page
        QTRY_VERIFY(panel->count() > HistoryModel::pageSize);
        panel->selectId(panel->model()->entryAt(0)->id);
        QCOMPARE(panel->textAt(0).section(QLatin1Char('\n'), 0, 0), QStringLiteral("bulk 0"));
        while (panel->model()->canFetchMore({}))
            panel->model()->fetchMore({});
        QCOMPARE(panel->count(), 250);
        QCOMPARE(panel->textAt(249).section(QLatin1Char('\n'), 0, 0), QStringLiteral("bulk 249"));
    }

    void unusableDatabaseShowsABannerAndRunsStillWork()
    {
        auto w = makeDemoWindow();
        // A folder cannot be created under a file: the database cannot be opened.
        const QString blocker = m_dir.filePath(QStringLiteral("a-file"));
        QVERIFY(writeFile(blocker, "x"));
        QVERIFY(!w->openHistory(blocker + QStringLiteral("/history.sqlite")));
        QVERIFY(!w->isHistoryOpen());
        VSLAB_FIND(MessageBanner, banner, w.get());
        QVERIFY(banner->isVisible());
        QCOMPARE(banner->severity(), MessageBanner::Severity::Warning);
        QVERIFY2(banner->text().contains(QStringLiteral("history")), qPrintable(banner->text()));
        VSLAB_CHILD(QLabel, runHistoryNote, w.get(), "runHistoryNote");
        QVERIFY(runHistoryNote->text().contains(QStringLiteral("off")));
        QVERIFY(noModalDialog());

        VSLAB_TAKE(const RunResult r, generate(w.get(), QStringLiteral("Tell me a joke")));
        QVERIFY(r.completed());
        QCOMPARE(w->distribution().size(), r.distribution.size());
        QCOMPARE(w->historyPanel()->count(), 0);
        QVERIFY(w->exportDistribution(m_dir.filePath(QStringLiteral("still-works.json"))));
    }

private:
    /// Tabbed docks behind the current tab stay "visible", moved out of sight; what shows is what has a region.
    static bool inFront(QWidget *w) { return w->isVisible() && !w->visibleRegion().isEmpty(); }
};

QTEST_MAIN(TestHistory)
#include "tst_history.moc"
