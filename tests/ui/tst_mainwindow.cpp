// SPDX-License-Identifier: Apache-2.0
#include "CandidateTableModel.h"
#include "DelimitedText.h"
#include "DistributionChart.h"
#include "I18n.h"
#include "LoopbackServer.h"
#include "MainWindow.h"
#include "MessageBanner.h"
#include "ProvidersDialog.h"
#include "RawView.h"
#include "store/SecretStore.h"

#include <QAbstractButton>
#include <QApplication>
#include <QChartView>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDialog>
#include <QDoubleSpinBox>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QTabWidget>
#include <QTest>
#include <QTimer>
#include <QToolTip>
#include <QTranslator>

#include <cmath>

Q_DECLARE_METATYPE(RunResult)
Q_DECLARE_METATYPE(Candidate)

namespace {
/// A JSON VS reply with the given texts and probabilities, as an OpenAI-compatible server would stream it.
QString vsReply(const QList<std::pair<QString, double>> &items)
{
    QJsonArray responses;
    for (const auto &[text, p] : items)
        responses.append(QJsonObject{{QStringLiteral("text"), text}, {QStringLiteral("probability"), p}});
    return QString::fromUtf8(
        QJsonDocument(QJsonObject{{QStringLiteral("responses"), responses}}).toJson(QJsonDocument::Compact));
}

LoopbackServer::Response modelList()
{
    return LoopbackServer::Response::json(QByteArrayLiteral(R"({"object":"list","data":[{"id":"loop-model"}]})"));
}

/// Marks every translated string, so a test can see which texts were re-read after a language change.
class MarkingTranslator final : public QTranslator
{
public:
    QString translate(const char *, const char *source, const char *, int) const override
    {
        return QStringLiteral("«") + QString::fromUtf8(source) + QStringLiteral("»");
    }
    bool isEmpty() const override { return false; }
};

bool noDialogOpen()
{
    if (QApplication::activeModalWidget())
        return false;
    const auto tops = QApplication::topLevelWidgets();
    for (QWidget *w : tops) {
        if (w->isVisible() && qobject_cast<QDialog *>(w))
            return false;
    }
    return true;
}
} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

    MemorySecretStore *m_secrets = nullptr;

    /// A fresh window on the demo model with instant streaming, never touching the user's keychain.
    std::unique_ptr<MainWindow> makeWindow(double demoTps = 0.0, bool fixedSeed = true)
    {
        auto store = std::make_unique<MemorySecretStore>();
        m_secrets = store.get();
        auto w = std::make_unique<MainWindow>(std::move(store));
        w->setPersistent(false);
        w->setDemoTokensPerSecond(demoTps);
        // A fixed seed makes the demo model's replies, and so every test, deterministic.
        if (fixedSeed) {
            GenerationSettings s = w->settings();
            s.seed = 7;
            w->setSettings(s);
        }
        w->show();
        if (!QTest::qWaitForWindowExposed(w.get()))
            qWarning("window not exposed");
        return w;
    }

    template <typename T> static T *child(QObject *w, const char *name)
    {
        T *c = w->findChild<T *>(QString::fromLatin1(name));
        if (!c)
            qFatal("no child %s", name);
        return c;
    }

    static RunResult waitForRun(MainWindow *, QSignalSpy &spy, int timeoutMs = 20000)
    {
        if (spy.isEmpty() && !spy.wait(timeoutMs))
            qFatal("run did not finish");
        return spy.takeFirst().at(0).value<RunResult>();
    }

    /// Types the prompt and presses Ctrl+Enter in the prompt editor, like a user.
    static void typeAndGenerate(MainWindow *w, const QString &prompt)
    {
        auto *edit = child<QPlainTextEdit>(w, "promptEdit");
        edit->setFocus();
        edit->selectAll();
        QTest::keyClick(edit, Qt::Key_Delete);
        QTest::keyClicks(edit, prompt);
        QTest::keyClick(edit, Qt::Key_Return, Qt::ControlModifier);
    }

    static void checkChartMatches(MainWindow *w, const Distribution &d)
    {
        auto *chart = child<DistributionChart>(w, "distributionChart");
        auto *table = child<QTableView>(w, "candidateTable");
        QCOMPARE(chart->barCount(), int(d.size()));
        QCOMPARE(table->model()->rowCount(), int(d.size()));
        for (int i = 0; i < d.size(); ++i) {
            const Candidate &c = d.items().at(i);
            QCOMPARE(chart->barValue(i), DistributionChart::valueOf(c));
            QVERIFY(chart->label(i).startsWith(QString::number(i + 1) + QStringLiteral(". ")));
            // The table never shortens the text.
            QCOMPARE(table->model()->index(i, CandidateTableModel::TextColumn).data().toString(), c.text);
            if (i > 0)
                QVERIFY(chart->barValue(i) <= chart->barValue(i - 1));
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<RunResult>();
        qRegisterMetaType<Candidate>();
        QCoreApplication::setOrganizationName(QStringLiteral("VS Lab Tests"));
        QCoreApplication::setApplicationName(QStringLiteral("ui_mainwindow"));
    }

    void init()
    {
        QSettings().clear();
        I18n::install(*QCoreApplication::instance(), QLocale(QStringLiteral("en")));
    }

    void firstLaunchUsesDemoAndDefaults()
    {
        auto w = makeWindow(0.0, false);
        QCOMPARE(w->windowTitle(), QStringLiteral("VS Lab"));
        QCOMPARE(w->prompt(), QStringLiteral("Tell me a joke"));
        QCOMPARE(w->providerConfig().presetId, QStringLiteral("demo"));
        const GenerationSettings d;
        const GenerationSettings s = w->settings();
        QCOMPARE(s.method, d.method);
        QCOMPARE(s.k, d.k);
        QCOMPARE(s.tauMode, d.tauMode);
        QCOMPARE(s.tau, d.tau);
        QCOMPARE(s.minSurvivors, d.minSurvivors);
        QCOMPARE(s.temperature, d.temperature);
        QCOMPARE(s.format, d.format);
        QCOMPARE(s.seed.has_value(), d.seed.has_value());
        auto *simulated = child<QLabel>(w.get(), "simulatedLabel");
        QVERIFY(simulated->isVisible());
        QCOMPARE(simulated->text(), QStringLiteral("Simulated (offline demo model)"));
        QVERIFY(child<QLabel>(w.get(), "providerStatusLine")->text().contains(QStringLiteral("demo://")));
        QVERIFY(!child<QLabel>(w.get(), "methodDescription")->text().isEmpty());
        // The prompt preview is there before anything is sent.
        QTRY_VERIFY(child<QPlainTextEdit>(w.get(), "rawMessages")->toPlainText().contains(QStringLiteral("joke")));
    }

    void ctrlEnterGeneratesWithDemo_data()
    {
        QTest::addColumn<QString>("prompt");
        QTest::addColumn<int>("k");
        QTest::newRow("joke k=5") << QStringLiteral("Tell me a joke") << 5;
        QTest::newRow("state k=12") << QStringLiteral("Name a US state") << 12;
        QTest::newRow("number k=1") << QStringLiteral("Pick a random number between 1 and 10") << 1;
    }
    void ctrlEnterGeneratesWithDemo()
    {
        QFETCH(QString, prompt);
        QFETCH(int, k);
        auto w = makeWindow();
        auto *kSpin = child<QSpinBox>(w.get(), "kSpin");
        kSpin->setFocus();
        kSpin->selectAll();
        QTest::keyClicks(kSpin, QString::number(k));
        QCOMPARE(w->settings().k, k);
        QSignalSpy finished(w.get(), &MainWindow::runFinished);
        typeAndGenerate(w.get(), prompt);
        QVERIFY(w->isRunning() || !finished.isEmpty());
        const RunResult r = waitForRun(w.get(), finished);
        QVERIFY2(r.completed(), r.error ? qPrintable(r.error->message) : "");
        QCOMPARE(int(r.distribution.size()), k);
        QVERIFY(r.simulated);
        checkChartMatches(w.get(), r.distribution);
        auto *chart = child<DistributionChart>(w.get(), "distributionChart");
        QVERIFY(chart->chart()->title().contains(QStringLiteral("Simulated")));
        QVERIFY(child<QPlainTextEdit>(w.get(), "rawReply")->toPlainText().contains(QStringLiteral("responses")));
        QVERIFY(child<QPlainTextEdit>(w.get(), "rawParse")->toPlainText().contains(QStringLiteral("Latency")));
        QVERIFY(child<QPushButton>(w.get(), "generateButton")->isEnabled());
    }

    void barsAppearOneByOne()
    {
        auto w = makeWindow(300.0);
        QList<int> barsSeen;
        auto *chart = child<DistributionChart>(w.get(), "distributionChart");
        auto *progress = child<QLabel>(w.get(), "progressLabel");
        QStringList progressTexts;
        connect(w.get(), &MainWindow::runStarted, this, [&] {
            Run *run = w->findChild<Run *>();
            QVERIFY(run);
            connect(run, &Run::candidateReady, this, [&] {
                barsSeen.append(chart->barCount());
                progressTexts.append(progress->text());
            });
        });
        QSignalSpy finished(w.get(), &MainWindow::runFinished);
        typeAndGenerate(w.get(), QStringLiteral("Tell me a joke"));
        const RunResult r = waitForRun(w.get(), finished);
        QCOMPARE(barsSeen.size(), 5);
        // Bars grew while the reply streamed, before the run finished.
        QVERIFY2(barsSeen.last() >= 1 && barsSeen.last() < 5, qPrintable(QString::number(barsSeen.last())));
        for (int i = 1; i < barsSeen.size(); ++i)
            QVERIFY(barsSeen.at(i) >= barsSeen.at(i - 1));
        QVERIFY(progressTexts.last().contains(QStringLiteral("characters")));
        QCOMPARE(chart->barCount(), 5);
        QVERIFY(r.completed());
    }

    void hoverAndClickSyncSelection()
    {
        auto w = makeWindow();
        QSignalSpy finished(w.get(), &MainWindow::runFinished);
        w->generate();
        const RunResult r = waitForRun(w.get(), finished);
        QCOMPARE(r.distribution.size(), 5);
        auto *chart = child<DistributionChart>(w.get(), "distributionChart");
        auto *table = child<QTableView>(w.get(), "candidateTable");
        QWidget *viewport = chart->chartView()->viewport();

        QSignalSpy hovered(chart, &DistributionChart::barHovered);
        const QPoint p2 = chart->barCenter(2);
        QTest::mouseMove(viewport, p2);
        QTRY_COMPARE(chart->hoveredText(), r.distribution.items().at(2).text);
        QVERIFY(hovered.contains(QVariantList{2}));
        QTRY_VERIFY(QToolTip::text().contains(r.distribution.items().at(2).text.toHtmlEscaped()));

        QTest::mouseClick(viewport, Qt::LeftButton, {}, chart->barCenter(1));
        QTRY_COMPARE(chart->selectedRank(), 1);
        QCOMPARE(table->currentIndex().row(), 1);

        table->setFocus();
        table->selectRow(3);
        QCOMPARE(chart->selectedRank(), 3);

        // Keyboard on the chart moves the selection too.
        chart->chartView()->setFocus();
        QTest::keyClick(chart->chartView(), Qt::Key_Up);
        QCOMPARE(chart->selectedRank(), 2);
        QCOMPARE(table->currentIndex().row(), 2);
    }

    void sampleWithFixedSeed()
    {
        auto w = makeWindow();
        GenerationSettings s = w->settings();
        s.seed = 42;
        w->setSettings(s);
        QSignalSpy finished(w.get(), &MainWindow::runFinished);
        w->generate();
        const RunResult r = waitForRun(w.get(), finished);
        const Distribution &d = r.distribution;
        QVERIFY(!d.isEmpty());

        auto *sample = child<QPushButton>(w.get(), "sampleButton");
        QVERIFY(sample->isEnabled());
        QTest::mouseClick(sample, Qt::LeftButton);
        const int first = d.sample(42);
        QCOMPARE(child<QLabel>(w.get(), "drawText")->text(), d.items().at(first).text);
        QCOMPARE(child<DistributionChart>(w.get(), "distributionChart")->selectedRank(), first);
        QVERIFY(child<QLabel>(w.get(), "nextSeedLabel")->text().contains(QStringLiteral("43")));
        QTest::mouseClick(sample, Qt::LeftButton);
        QCOMPARE(child<QLabel>(w.get(), "drawText")->text(), d.items().at(d.sample(43)).text);
        auto *history = child<QListWidget>(w.get(), "historyList");
        QCOMPARE(history->count(), 2);
        QCOMPARE(w->sampler().history().at(0).seed, quint64(42));
        QCOMPARE(w->sampler().history().at(1).seed, quint64(43));

        auto *count = child<QSpinBox>(w.get(), "sampleCountSpin");
        QCOMPARE(count->value(), 1000);
        QTest::mouseClick(child<QPushButton>(w.get(), "sampleManyButton"), Qt::LeftButton);
        QCOMPARE(history->count(), 3);
        auto *chart = child<DistributionChart>(w.get(), "distributionChart");
        QVERIFY(chart->hasObserved());
        const QList<int> draws = d.sample(1000, 44);
        for (int i = 0; i < d.size(); ++i) {
            const double wgt = d.items().at(i).weight;
            const double freq = chart->observedValue(i);
            QCOMPARE(freq, double(draws.count(i)) / 1000.0);
            // Law of large numbers: within 4.5 standard errors (and a little slack for tiny weights).
            const double tolerance = 4.5 * std::sqrt(wgt * (1 - wgt) / 1000.0) + 0.005;
            QVERIFY2(std::abs(freq - wgt) <= tolerance,
                     qPrintable(QStringLiteral("rank %1: weight %2, observed %3").arg(i).arg(wgt).arg(freq)));
        }
        auto *table = child<QTableView>(w.get(), "candidateTable");
        QVERIFY(!table->isColumnHidden(CandidateTableModel::ObservedColumn));
        QVERIFY(!table->model()->index(0, CandidateTableModel::ObservedColumn).data().toString().isEmpty());

        QTest::mouseClick(child<QPushButton>(w.get(), "clearHistoryButton"), Qt::LeftButton);
        QCOMPARE(history->count(), 0);
        QVERIFY(w->sampler().history().isEmpty());
    }

    void cancelKeepsPartialWithoutDialog()
    {
        auto w = makeWindow(80.0);
        GenerationSettings s = w->settings();
        s.k = 10;
        w->setSettings(s);
        QSignalSpy finished(w.get(), &MainWindow::runFinished);
        w->generate();
        auto *chart = child<DistributionChart>(w.get(), "distributionChart");
        QTRY_VERIFY_WITH_TIMEOUT(chart->barCount() >= 2, 20000);
        QVERIFY(w->isRunning());
        QTest::keyClick(w.get(), Qt::Key_Escape);
        const RunResult r = waitForRun(w.get(), finished, 5000);
        QVERIFY(r.cancelled);
        QVERIFY(r.distribution.size() >= 2);
        QVERIFY(r.distribution.size() < 10);
        QCOMPARE(chart->barCount(), int(r.distribution.size()));
        auto *banner = child<MessageBanner>(w.get(), "messageBanner");
        QVERIFY(banner->isVisible());
        QCOMPARE(banner->severity(), MessageBanner::Severity::Info);
        QVERIFY(banner->headline().contains(QStringLiteral("kept")));
        QVERIFY(noDialogOpen());
        QVERIFY(!w->isRunning());
    }

    void loopbackProviderStreams()
    {
        LoopbackServer server;
        QVERIFY(server.isListening());
        server.enqueue(modelList());
        auto w = makeWindow();
        ProviderConfig c;
        c.presetId = QStringLiteral("custom");
        c.baseUrl = server.url(QStringLiteral("/v1")).toString();
        c.model = QStringLiteral("loop-model");
        c.apiKey = QStringLiteral("sk-test-not-a-real-key");
        c.retries = 0;
        w->setProviderConfig(c);
        QVERIFY(server.waitForRequests(1));
        QTRY_COMPARE(child<QComboBox>(w.get(), "modelCombo")->count(), 1);
        QVERIFY(!child<QLabel>(w.get(), "simulatedLabel")->isVisible());
        QVERIFY(child<QLabel>(w.get(), "providerStatusLine")->text().contains(server.url().toString()));

        const QList<std::pair<QString, double>> items = {{QStringLiteral("First\nwith a second line"), 0.5},
                                                         {QStringLiteral("Second"), 0.3},
                                                         {QStringLiteral("Third"), 0.2}};
        server.enqueue(LoopbackServer::Response::openAiStream(vsReply(items), 12));
        GenerationSettings s = w->settings();
        s.k = 3;
        w->setSettings(s);
        QSignalSpy finished(w.get(), &MainWindow::runFinished);
        typeAndGenerate(w.get(), QStringLiteral("Tell me a joke"));
        const RunResult r = waitForRun(w.get(), finished);
        QVERIFY2(r.completed(), r.error ? qPrintable(r.error->message) : "");
        QVERIFY(!r.simulated);
        QCOMPARE(r.distribution.size(), 3);
        checkChartMatches(w.get(), r.distribution);
        QCOMPARE(child<DistributionChart>(w.get(), "distributionChart")->barValue(0), 0.5);
        QCOMPARE(server.lastRequest().path(), QStringLiteral("/v1/chat/completions"));
        QCOMPARE(server.lastRequest().json().value(QStringLiteral("model")).toString(), QStringLiteral("loop-model"));
        // Multi-line text is kept whole in the table.
        auto *table = child<QTableView>(w.get(), "candidateTable");
        QCOMPARE(table->model()->index(0, CandidateTableModel::TextColumn).data().toString(), items[0].first);
        QVERIFY(!child<QLabel>(w.get(), "simulatedLabel")->isVisible());
    }

    void loopbackErrorShowsBanner_data()
    {
        QTest::addColumn<int>("fault");
        QTest::addColumn<QString>("expectedCode");
        QTest::newRow("401") << 0 << QStringLiteral("key_rejected");
        QTest::newRow("stall") << 1 << QStringLiteral("stalled");
    }
    void loopbackErrorShowsBanner()
    {
        QFETCH(int, fault);
        QFETCH(QString, expectedCode);
        LoopbackServer server;
        server.enqueue(modelList());
        auto w = makeWindow();
        ProviderConfig c;
        c.presetId = QStringLiteral("custom");
        c.baseUrl = server.url(QStringLiteral("/v1")).toString();
        c.model = QStringLiteral("loop-model");
        c.apiKey = QStringLiteral("sk-test");
        c.retries = 0;
        c.stallTimeoutMs = 3000;
        w->setProviderConfig(c);
        QVERIFY(server.waitForRequests(1));
        const QString reply =
            vsReply({{QStringLiteral("Alpha"), 0.6}, {QStringLiteral("Beta"), 0.3}, {QStringLiteral("Gamma"), 0.1}});
        if (fault == 0) {
            server.enqueue(LoopbackServer::Response::json(
                QByteArrayLiteral(
                    R"({"error":{"message":"Incorrect API key provided","type":"invalid_request_error"}})"),
                401));
        } else {
            const LoopbackServer::Response stream = LoopbackServer::Response::openAiStream(reply, 40);
            // Stall after roughly two thirds of the stream: the first candidates have arrived.
            server.enqueue(stream.stallAfter(stream.body.size() * 2 / 3));
        }
        GenerationSettings s = w->settings();
        s.k = 3;
        w->setSettings(s);
        QSignalSpy finished(w.get(), &MainWindow::runFinished);
        w->generate();
        if (fault == 1) {
            // While the server is silent the window keeps working: typing lands, the elapsed time ticks.
            auto *progress = child<QLabel>(w.get(), "progressLabel");
            const auto elapsed = [progress] {
                const QRegularExpressionMatch m =
                    QRegularExpression(QStringLiteral("(\\d+\\.\\d) s")).match(progress->text());
                return m.hasMatch() ? m.captured(1).toDouble() : -1.0;
            };
            QTRY_VERIFY(elapsed() >= 0.3);
            const double first = elapsed();
            QTRY_VERIFY(elapsed() >= first + 0.3);
            auto *edit = child<QPlainTextEdit>(w.get(), "promptEdit");
            edit->setFocus();
            QTest::keyClick(edit, Qt::Key_End, Qt::ControlModifier);
            QTest::keyClicks(edit, QStringLiteral(" still responsive"));
            QVERIFY(edit->toPlainText().endsWith(QStringLiteral("still responsive")));
            QVERIFY(w->isRunning());
        }
        const RunResult r = waitForRun(w.get(), finished, 15000);
        QVERIFY(r.error);
        QCOMPARE(ProviderError::codeName(r.error->code), expectedCode);
        auto *banner = child<MessageBanner>(w.get(), "messageBanner");
        QVERIFY(banner->isVisible());
        QCOMPARE(banner->severity(), MessageBanner::Severity::Error);
        QCOMPARE(banner->headline(), r.error->message);
        QVERIFY(!r.error->message.contains(QStringLiteral("sk-test")));
        auto *chart = child<DistributionChart>(w.get(), "distributionChart");
        QCOMPARE(chart->barCount(), int(r.distribution.size()));
        if (fault == 1) {
            QVERIFY2(r.distribution.size() >= 1, "the candidates received before the stall are kept");
            QVERIFY(banner->details().join(QLatin1Char(' ')).contains(QStringLiteral("partial")));
        }
        QVERIFY(noDialogOpen());
        QVERIFY(child<QPushButton>(w.get(), "generateButton")->isEnabled());
    }

    void modelListFailureIsShown()
    {
        auto w = makeWindow();
        ProviderConfig c;
        c.presetId = QStringLiteral("custom");
        c.baseUrl = QStringLiteral("http://127.0.0.1:%1/v1").arg(LoopbackServer::closedPort());
        c.model = QStringLiteral("typed-by-hand");
        w->setProviderConfig(c);
        auto *note = child<QLabel>(w.get(), "modelNote");
        QTRY_VERIFY_WITH_TIMEOUT(note->text().startsWith(QStringLiteral("Could not list models")), 10000);
        // What the user typed stays; the model list is only a suggestion.
        QCOMPARE(child<QComboBox>(w.get(), "modelCombo")->currentText(), QStringLiteral("typed-by-hand"));
    }

    void temperatureFollowsProvider()
    {
        auto w = makeWindow();
        auto *temperature = child<QDoubleSpinBox>(w.get(), "temperatureSpin");
        auto *note = child<QLabel>(w.get(), "temperatureNote");
        QCOMPARE(temperature->maximum(), 2.0);
        QVERIFY(note->isHidden());
        GenerationSettings s = w->settings();
        s.temperature = 1.5;
        w->setSettings(s);
        QVERIFY(w->setProvider(QStringLiteral("anthropic")));
        QCOMPARE(temperature->maximum(), 1.0);
        QCOMPARE(w->settings().temperature, 1.0);
        QVERIFY(!note->isHidden());
        QVERIFY(!note->text().isEmpty());
        QVERIFY(w->setProvider(QStringLiteral("demo")));
        QCOMPARE(temperature->maximum(), 2.0);
        QVERIFY(note->isHidden());
        QVERIFY(!w->setProvider(QStringLiteral("no-such-provider")));
    }

    void tauLineWhenInForce_data()
    {
        QTest::addColumn<QString>("mode");
        QTest::addColumn<bool>("line");
        QTest::newRow("off") << QStringLiteral("off") << false;
        QTest::newRow("filter") << QStringLiteral("filter") << true;
        QTest::newRow("tail") << QStringLiteral("tail") << true;
    }
    void tauLineWhenInForce()
    {
        QFETCH(QString, mode);
        QFETCH(bool, line);
        auto w = makeWindow();
        GenerationSettings s = w->settings();
        s.tauMode = *Names::parseTauMode(mode);
        s.tau = 0.05;
        w->setSettings(s);
        QCOMPARE(child<QDoubleSpinBox>(w.get(), "tauSpin")->isEnabled(), line);
        QSignalSpy finished(w.get(), &MainWindow::runFinished);
        w->generate();
        waitForRun(w.get(), finished);
        QCOMPARE(child<DistributionChart>(w.get(), "distributionChart")->hasTauLine(), line);
    }

    void copyCandidatesAsTextTsvAndMarkdown()
    {
        auto w = makeWindow();
        QSignalSpy finished(w.get(), &MainWindow::runFinished);
        w->generate();
        const RunResult r = waitForRun(w.get(), finished);
        auto *table = child<QTableView>(w.get(), "candidateTable");
        table->setFocus();
        table->selectRow(1);
        QTest::keyClick(table, Qt::Key_C, Qt::ControlModifier);
        QCOMPARE(QGuiApplication::clipboard()->text(), r.distribution.items().at(1).text);

        w->copyAllTsv();
        const QList<QStringList> tsv = parseDelimited(QGuiApplication::clipboard()->text(), QLatin1Char('\t'));
        QCOMPARE(tsv.size(), int(r.distribution.size()) + 1);
        QCOMPARE(tsv.first().mid(0, 4), (QStringList{QStringLiteral("#"), QStringLiteral("Stated"),
                                                     QStringLiteral("Weight"), QStringLiteral("Text")}));
        for (int i = 0; i < r.distribution.size(); ++i)
            QCOMPARE(tsv.at(i + 1).at(3), r.distribution.items().at(i).text);

        w->copyAllMarkdown();
        const QString md = QGuiApplication::clipboard()->text();
        QVERIFY(md.startsWith(QStringLiteral("| # | Stated | Weight | Text | Repairs |")));
        QCOMPARE(md.count(QLatin1Char('\n')), int(r.distribution.size()) + 2);
    }

    void tableExportsSurviveAwkwardText()
    {
        Candidate a;
        a.text = QStringLiteral("line one\nline \"two\"\twith a tab");
        a.stated = a.clipped = 0.7;
        a.repairs = {QStringLiteral("percentage")};
        Candidate b;
        b.text = QStringLiteral("a | pipe <b>not bold</b> & more");
        b.stated = b.clipped = 0.3;
        b.index = 1;
        b.partial = true;
        CandidateTableModel model;
        model.setCandidates(Distribution::build({a, b}, {}).items());
        const QList<QStringList> tsv = parseDelimited(model.toTsv(model.allRows()), QLatin1Char('\t'));
        QCOMPARE(tsv.size(), 3);
        QCOMPARE(tsv.at(1).at(3), a.text);
        QCOMPARE(tsv.at(1).at(4), QStringLiteral("percentage"));
        QCOMPARE(tsv.at(2).at(3), b.text);
        QCOMPARE(tsv.at(2).at(4), QStringLiteral("partial"));
        const QStringList md = model.toMarkdown(model.allRows()).trimmed().split(QLatin1Char('\n'));
        QCOMPARE(md.size(), 4);
        QVERIFY(md.at(2).contains(QStringLiteral("line one<br>line \"two\"")));
        QVERIFY(md.at(3).contains(QStringLiteral("a \\| pipe &lt;b>not bold&lt;/b> &amp; more")));
        model.setObserved({0.69, 0.31});
        QCOMPARE(parseDelimited(model.toTsv({0}), QLatin1Char('\t')).at(1).at(3), QStringLiteral("0.690"));
    }

    void settingsPersistWithoutKey()
    {
        {
            auto w = makeWindow();
            w->setPersistent(true);
            GenerationSettings s = w->settings();
            s.k = 17;
            s.tauMode = TauMode::Filter;
            s.seed = 99;
            w->setSettings(s);
            w->setPrompt(QStringLiteral("Name a US state"));
            w->resize(1111, 777);
            ProviderConfig c;
            c.presetId = QStringLiteral("ollama");
            c.baseUrl = QStringLiteral("http://127.0.0.1:%1/v1").arg(LoopbackServer::closedPort());
            c.model = QStringLiteral("tiny");
            c.apiKey = QStringLiteral("sk-must-never-be-saved");
            w->setProviderConfig(c);
            w->close();
        }
        QSettings settings;
        settings.sync();
        QFile file(settings.fileName());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(!file.readAll().contains("sk-must-never-be-saved"));
        auto w = makeWindow(0.0, false);
        QCOMPARE(w->settings().k, 17);
        QCOMPARE(w->settings().tauMode, TauMode::Filter);
        QCOMPARE(w->settings().seed.value_or(0), quint64(99));
        QCOMPARE(w->prompt(), QStringLiteral("Name a US state"));
        QCOMPARE(w->size(), QSize(1111, 777));
        QCOMPARE(w->providerConfig().presetId, QStringLiteral("ollama"));
        QCOMPARE(w->providerConfig().model, QStringLiteral("tiny"));
        QVERIFY(w->providerConfig().apiKey.isEmpty());
    }

    void providersDialogStoresKeyInSecretStore()
    {
        LoopbackServer server;
        server.enqueue(modelList());
        auto w = makeWindow();
        // The dialog opens window-modally and returns at once: the test drives it like a user, no nested loop.
        w->showProvidersDialog();
        auto *dialog = w->findChild<ProvidersDialog *>();
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        QCOMPARE(dialog->windowModality(), Qt::WindowModal);
        auto *preset = child<QComboBox>(dialog, "presetCombo");
        preset->setCurrentIndex(preset->findData(QStringLiteral("custom")));
        child<QLineEdit>(dialog, "baseUrlEdit")->setText(server.url(QStringLiteral("/v1")).toString());
        auto *key = child<QLineEdit>(dialog, "apiKeyEdit");
        QCOMPARE(key->echoMode(), QLineEdit::Password);
        QTest::keyClicks(key, QStringLiteral("sk-dialog-key"));
        QTest::mouseClick(child<QPushButton>(dialog, "testConnectionButton"), Qt::LeftButton);
        auto *result = child<QLabel>(dialog, "testResult");
        QTRY_VERIFY(result->text().contains(QStringLiteral("1 model")));
        QVERIFY2(result->text().contains(QStringLiteral("Connected")), qPrintable(result->text()));
        dialog->accept();
        QTRY_VERIFY(!w->findChild<ProvidersDialog *>());
        QCOMPARE(server.requests().first().header("authorization"), QByteArray("Bearer sk-dialog-key"));
        QCOMPARE(w->providerConfig().presetId, QStringLiteral("custom"));
        QCOMPARE(w->providerConfig().apiKey, QStringLiteral("sk-dialog-key"));
        QString stored;
        bool done = false;
        m_secrets->read(QStringLiteral("custom"), this, [&](const QString &key, KeySource, const QString &) {
            stored = key;
            done = true;
        });
        QTRY_VERIFY(done);
        QCOMPARE(stored, QStringLiteral("sk-dialog-key"));
    }

    void environmentKeyIsDetectedAndShown()
    {
        qputenv("OPENAI_API_KEY", "sk-from-the-environment");
        const auto unset = qScopeGuard([] { qunsetenv("OPENAI_API_KEY"); });
        auto w = makeWindow();
        QVERIFY(w->setProvider(QStringLiteral("openai")));
        auto *status = child<QLabel>(w.get(), "providerStatusLine");
        QTRY_VERIFY(status->text().contains(QStringLiteral("$OPENAI_API_KEY")));
        QVERIFY(!status->text().contains(QStringLiteral("sk-from")));
        QCOMPARE(w->providerConfig().apiKey, QStringLiteral("sk-from-the-environment"));
        w->showProvidersDialog();
        auto *dialog = w->findChild<ProvidersDialog *>();
        QVERIFY(dialog);
        const QString keyStatus = child<QLabel>(dialog, "keyStatus")->text();
        QVERIFY2(keyStatus.contains(QStringLiteral("OPENAI_API_KEY")), qPrintable(keyStatus));
        QVERIFY(!child<QLineEdit>(dialog, "apiKeyEdit")->isEnabled());
        QVERIFY(child<QLineEdit>(dialog, "apiKeyEdit")->text().isEmpty());
        dialog->reject();
        QTRY_VERIFY(!w->findChild<ProvidersDialog *>());
    }

    void languageSwitchRetranslatesLive()
    {
        auto w = makeWindow();
        auto *generate = child<QPushButton>(w.get(), "generateButton");
        QCOMPARE(generate->text(), QStringLiteral("&Generate"));
        I18n::install(*QCoreApplication::instance(), QLocale(QStringLiteral("zh_CN")));
        const QString chinese = QCoreApplication::translate("GenerationPanel", "&Generate");
        I18n::install(*QCoreApplication::instance(), QLocale(QStringLiteral("en")));
        if (chinese == QStringLiteral("&Generate"))
            QSKIP("the zh_CN catalogue has no translation of the window's strings yet");

        QAction *zh = nullptr;
        const auto actions = w->menuBar()->findChild<QMenu *>(QStringLiteral("languageMenu"))->actions();
        for (QAction *a : actions) {
            if (a->text() == QStringLiteral("简体中文"))
                zh = a;
        }
        QVERIFY(zh);
        zh->trigger();
        QTRY_COMPARE(generate->text(), chinese);
        QVERIFY(generate->text() != QStringLiteral("&Generate"));
        QCOMPARE(w->language(), QStringLiteral("zh_CN"));
        w->setLanguage(QStringLiteral("en"));
        QTRY_COMPARE(generate->text(), QStringLiteral("&Generate"));
    }

    void everyPanelRetranslatesLive()
    {
        auto w = makeWindow();
        QSignalSpy finished(w.get(), &MainWindow::runFinished);
        w->generate();
        waitForRun(w.get(), finished);
        MarkingTranslator marking;
        QVERIFY(QCoreApplication::installTranslator(&marking));
        const auto marked = [](const QString &s) { return s.startsWith(QStringLiteral("«")); };
        // Qt posts LanguageChange to every window; it arrives on the next event-loop turn.
        QTRY_VERIFY(marked(child<QPushButton>(w.get(), "generateButton")->text()));
        QVERIFY(marked(child<QPushButton>(w.get(), "sampleButton")->text()));
        QVERIFY(marked(child<QLabel>(w.get(), "simulatedLabel")->text()));
        QVERIFY(marked(child<QTabWidget>(w.get(), "resultTabs")->tabText(0)));
        QVERIFY(marked(w->menuBar()->actions().first()->text()));
        QVERIFY(marked(child<QLabel>(w.get(), "providerStatusLine")->text()));
        QVERIFY(marked(child<QLabel>(w.get(), "methodDescription")->text()));
        auto *table = child<QTableView>(w.get(), "candidateTable");
        QVERIFY(marked(table->model()->headerData(CandidateTableModel::TextColumn, Qt::Horizontal).toString()));
        QVERIFY(marked(child<QPlainTextEdit>(w.get(), "rawParse")->toPlainText()));
        QVERIFY(child<DistributionChart>(w.get(), "distributionChart")->chart()->title().contains(QStringLiteral("«")));
        QVERIFY(QCoreApplication::removeTranslator(&marking));
        QTRY_COMPARE(child<QPushButton>(w.get(), "generateButton")->text(), QStringLiteral("&Generate"));
    }

    void followsPaletteChanges()
    {
        auto w = makeWindow();
        auto *chart = child<DistributionChart>(w.get(), "distributionChart");
        const QPalette original = QApplication::palette();
        QPalette dark = original;
        dark.setColor(QPalette::Base, QColor(0x1e, 0x1f, 0x22));
        dark.setColor(QPalette::Window, QColor(0x2b, 0x2d, 0x30));
        dark.setColor(QPalette::Text, QColor(0xe6, 0xe6, 0xe6));
        dark.setColor(QPalette::WindowText, QColor(0xe6, 0xe6, 0xe6));
        QApplication::setPalette(dark);
        QTRY_COMPARE(chart->chart()->backgroundBrush().color(), QColor(0x1e, 0x1f, 0x22));
        QCOMPARE(chart->chart()->titleBrush().color(), QColor(0xe6, 0xe6, 0xe6));
        QApplication::setPalette(original);
        QTRY_COMPARE(chart->chart()->backgroundBrush().color(), original.color(QPalette::Base));
    }

    void controlsHaveAccessibleNames()
    {
        auto w = makeWindow();
        const char *names[] = {"promptEdit",
                               "methodCombo",
                               "kSpin",
                               "tauModeCombo",
                               "tauSpin",
                               "minSurvivorsSpin",
                               "temperatureSpin",
                               "seedSpin",
                               "randomSeedCheck",
                               "formatCombo",
                               "providerCombo",
                               "modelCombo",
                               "providersButton",
                               "generateButton",
                               "cancelButton",
                               "sampleButton",
                               "sampleManyButton",
                               "sampleCountSpin",
                               "newDistributionButton",
                               "historyList",
                               "clearHistoryButton",
                               "candidateTable",
                               "distributionChartView",
                               "rawMessages",
                               "rawReply",
                               "rawParse"};
        for (const char *name : names) {
            auto *widget = child<QWidget>(w.get(), name);
            QVERIFY2(!widget->accessibleName().isEmpty(), name);
            QVERIFY2(widget->focusPolicy() & Qt::TabFocus, name);
        }
    }

    void chartWithHundredCandidatesReadsWell()
    {
        QList<Candidate> items;
        for (int i = 0; i < 100; ++i) {
            Candidate c;
            c.text = QStringLiteral("Candidate %1: ").arg(i) +
                     QString(QStringLiteral("a very long answer that goes on and on ")).repeated(5);
            c.stated = c.clipped = 0.01 + 0.0001 * (100 - i);
            c.index = i;
            items.append(c);
        }
        const Distribution d = Distribution::build(items, {});
        DistributionChart chart;
        chart.resize(800, 600);
        chart.show();
        QVERIFY(QTest::qWaitForWindowExposed(&chart));
        chart.setCandidates(d.items());
        QCOMPARE(chart.barCount(), 100);
        const QFontMetrics fm(chart.chart()->axes(Qt::Vertical).first()->labelsFont());
        QSet<QString> labels;
        for (int i = 0; i < 100; ++i) {
            labels.insert(chart.label(i));
            QVERIFY(chart.label(i).contains(QStringLiteral("…")));
            QVERIFY(fm.horizontalAdvance(chart.label(i)) <= 400);
        }
        QCOMPARE(labels.size(), 100);
        // Each row gets at least one line of text, so labels never overlap; the scroll area scrolls.
        QVERIFY(chart.chartView()->minimumHeight() >= 100 * fm.height());
        QVERIFY(chart.chartView()->height() > chart.viewport()->height());
        const QPoint last = chart.barCenter(99);
        QVERIFY(chart.chartView()->viewport()->rect().contains(last));
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
