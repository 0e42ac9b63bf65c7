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
#include "WidgetTestKit.h"

#include <QAbstractButton>
#include <QApplication>
#include <QChartView>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
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

} // namespace

using WidgetTestKit::makeDemoWindow;
using WidgetTestKit::noDialogOpen;
using WidgetTestKit::typeAndGenerate;

class TestMainWindow : public QObject
{
    Q_OBJECT

    static void checkChartMatches(MainWindow *w, const Distribution &d)
    {
        VSLAB_CHILD(DistributionChart, chart, w, "distributionChart");
        VSLAB_CHILD(QTableView, table, w, "candidateTable");
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
        auto w = makeDemoWindow({.seed = std::nullopt});
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
        VSLAB_CHILD(QLabel, simulated, w.get(), "simulatedLabel");
        QVERIFY(simulated->isVisible());
        QCOMPARE(simulated->text(), QStringLiteral("Simulated (offline demo model)"));
        VSLAB_CHILD(QLabel, providerStatusLine, w.get(), "providerStatusLine");
        QVERIFY(providerStatusLine->text().contains(QStringLiteral("demo://")));
        VSLAB_CHILD(QLabel, methodDescription, w.get(), "methodDescription");
        QVERIFY(!methodDescription->text().isEmpty());
        // The prompt preview is there before anything is sent.
        VSLAB_CHILD(QPlainTextEdit, rawMessages, w.get(), "rawMessages");
        QTRY_VERIFY(rawMessages->toPlainText().contains(QStringLiteral("joke")));
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
        auto w = makeDemoWindow();
        VSLAB_CHILD(QSpinBox, kSpin, w.get(), "kSpin");
        kSpin->setFocus();
        kSpin->selectAll();
        QTest::keyClicks(kSpin, QString::number(k));
        QCOMPARE(w->settings().k, k);
        QSignalSpy finished(w.get(), &MainWindow::runFinished);
        VSLAB_CHECK(typeAndGenerate(w.get(), prompt));
        QVERIFY(w->isRunning() || !finished.isEmpty());
        VSLAB_WAIT_RUN(finished, TestKit::kRunTimeoutMs, r);
        QVERIFY2(r.completed(), r.error ? qPrintable(r.error->message) : "");
        QCOMPARE(int(r.distribution.size()), k);
        QVERIFY(r.simulated);
        VSLAB_CHECK(checkChartMatches(w.get(), r.distribution));
        VSLAB_CHILD(DistributionChart, chart, w.get(), "distributionChart");
        QVERIFY(chart->chart()->title().contains(QStringLiteral("Simulated")));
        VSLAB_CHILD(QPlainTextEdit, rawReply, w.get(), "rawReply");
        QVERIFY(rawReply->toPlainText().contains(QStringLiteral("responses")));
        VSLAB_CHILD(QPlainTextEdit, rawParse, w.get(), "rawParse");
        QVERIFY(rawParse->toPlainText().contains(QStringLiteral("Latency")));
        VSLAB_CHILD(QPushButton, generateButton, w.get(), "generateButton");
        QVERIFY(generateButton->isEnabled());
    }

    void barsAppearOneByOne()
    {
        auto w = makeDemoWindow({.tokensPerSecond = 300.0});
        QList<int> barsSeen;
        VSLAB_CHILD(DistributionChart, chart, w.get(), "distributionChart");
        VSLAB_CHILD(QLabel, progress, w.get(), "progressLabel");
        QStringList progressTexts;
        // A QVERIFY in a slot would only return from the slot: the lambda records, the test checks afterwards.
        bool runFound = false;
        connect(w.get(), &MainWindow::runStarted, this, [&] {
            Run *run = w->findChild<Run *>();
            runFound = run != nullptr;
            if (!run)
                return;
            connect(run, &Run::candidateReady, this, [&] {
                barsSeen.append(chart->barCount());
                progressTexts.append(progress->text());
            });
        });
        QSignalSpy finished(w.get(), &MainWindow::runFinished);
        VSLAB_CHECK(typeAndGenerate(w.get(), QStringLiteral("Tell me a joke")));
        VSLAB_WAIT_RUN(finished, TestKit::kRunTimeoutMs, r);
        QVERIFY2(runFound, "no Run under the window when runStarted() was emitted");
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
        auto w = makeDemoWindow();
        QSignalSpy finished(w.get(), &MainWindow::runFinished);
        w->generate();
        VSLAB_WAIT_RUN(finished, TestKit::kRunTimeoutMs, r);
        QCOMPARE(r.distribution.size(), 5);
        VSLAB_CHILD(DistributionChart, chart, w.get(), "distributionChart");
        VSLAB_CHILD(QTableView, table, w.get(), "candidateTable");
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
        auto w = makeDemoWindow();
        GenerationSettings s = w->settings();
        s.seed = 42;
        w->setSettings(s);
        QSignalSpy finished(w.get(), &MainWindow::runFinished);
        w->generate();
        VSLAB_WAIT_RUN(finished, TestKit::kRunTimeoutMs, r);
        const Distribution &d = r.distribution;
        QVERIFY(!d.isEmpty());

        VSLAB_CHILD(QPushButton, sample, w.get(), "sampleButton");
        QVERIFY(sample->isEnabled());
        QTest::mouseClick(sample, Qt::LeftButton);
        const int first = d.sample(42);
        VSLAB_CHILD(QLabel, drawText, w.get(), "drawText");
        QCOMPARE(drawText->text(), d.items().at(first).text);
        VSLAB_CHILD(DistributionChart, chart, w.get(), "distributionChart");
        QCOMPARE(chart->selectedRank(), first);
        VSLAB_CHILD(QLabel, nextSeedLabel, w.get(), "nextSeedLabel");
        QVERIFY(nextSeedLabel->text().contains(QStringLiteral("43")));
        QTest::mouseClick(sample, Qt::LeftButton);
        QCOMPARE(drawText->text(), d.items().at(d.sample(43)).text);
        VSLAB_CHILD(QListWidget, history, w.get(), "historyList");
        QCOMPARE(history->count(), 2);
        QCOMPARE(w->sampler().history().at(0).seed, quint64(42));
        QCOMPARE(w->sampler().history().at(1).seed, quint64(43));

        VSLAB_CHILD(QSpinBox, count, w.get(), "sampleCountSpin");
        QCOMPARE(count->value(), 1000);
        VSLAB_CHILD(QPushButton, sampleManyButton, w.get(), "sampleManyButton");
        QTest::mouseClick(sampleManyButton, Qt::LeftButton);
        QCOMPARE(history->count(), 3);
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
        VSLAB_CHILD(QTableView, table, w.get(), "candidateTable");
        QVERIFY(!table->isColumnHidden(CandidateTableModel::ObservedColumn));
        QVERIFY(!table->model()->index(0, CandidateTableModel::ObservedColumn).data().toString().isEmpty());

        VSLAB_CHILD(QPushButton, clearHistoryButton, w.get(), "clearHistoryButton");
        QTest::mouseClick(clearHistoryButton, Qt::LeftButton);
        QCOMPARE(history->count(), 0);
        QVERIFY(w->sampler().history().isEmpty());
    }

    void cancelKeepsPartialWithoutDialog()
    {
        auto w = makeDemoWindow({.tokensPerSecond = 80.0});
        GenerationSettings s = w->settings();
        s.k = 10;
        w->setSettings(s);
        QSignalSpy finished(w.get(), &MainWindow::runFinished);
        w->generate();
        VSLAB_CHILD(DistributionChart, chart, w.get(), "distributionChart");
        QTRY_VERIFY_WITH_TIMEOUT(chart->barCount() >= 2, 20000);
        QVERIFY(w->isRunning());
        QTest::keyClick(w.get(), Qt::Key_Escape);
        VSLAB_WAIT_RUN(finished, 5000, r);
        QVERIFY(r.cancelled);
        QVERIFY(r.distribution.size() >= 2);
        QVERIFY(r.distribution.size() < 10);
        QCOMPARE(chart->barCount(), int(r.distribution.size()));
        VSLAB_CHILD(MessageBanner, banner, w.get(), "messageBanner");
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
        auto w = makeDemoWindow();
        ProviderConfig c;
        c.presetId = QStringLiteral("custom");
        c.baseUrl = server.url(QStringLiteral("/v1")).toString();
        c.model = QStringLiteral("loop-model");
        c.apiKey = QStringLiteral("sk-test-not-a-real-key");
        c.retries = 0;
        w->setProviderConfig(c);
        QVERIFY(server.waitForRequests(1));
        VSLAB_CHILD(QComboBox, modelCombo, w.get(), "modelCombo");
        QTRY_COMPARE(modelCombo->count(), 1);
        VSLAB_CHILD(QLabel, simulatedLabel, w.get(), "simulatedLabel");
        QVERIFY(!simulatedLabel->isVisible());
        VSLAB_CHILD(QLabel, providerStatusLine, w.get(), "providerStatusLine");
        QVERIFY(providerStatusLine->text().contains(server.url().toString()));

        const QList<std::pair<QString, double>> items = {{QStringLiteral("First\nwith a second line"), 0.5},
                                                         {QStringLiteral("Second"), 0.3},
                                                         {QStringLiteral("Third"), 0.2}};
        server.enqueue(LoopbackServer::Response::openAiStream(vsReply(items), 12));
        GenerationSettings s = w->settings();
        s.k = 3;
        w->setSettings(s);
        QSignalSpy finished(w.get(), &MainWindow::runFinished);
        VSLAB_CHECK(typeAndGenerate(w.get(), QStringLiteral("Tell me a joke")));
        VSLAB_WAIT_RUN(finished, TestKit::kRunTimeoutMs, r);
        QVERIFY2(r.completed(), r.error ? qPrintable(r.error->message) : "");
        QVERIFY(!r.simulated);
        QCOMPARE(r.distribution.size(), 3);
        VSLAB_CHECK(checkChartMatches(w.get(), r.distribution));
        VSLAB_CHILD(DistributionChart, distributionChart, w.get(), "distributionChart");
        QCOMPARE(distributionChart->barValue(0), 0.5);
        QCOMPARE(server.lastRequest().path(), QStringLiteral("/v1/chat/completions"));
        QCOMPARE(server.lastRequest().json().value(QStringLiteral("model")).toString(), QStringLiteral("loop-model"));
        // Multi-line text is kept whole in the table.
        VSLAB_CHILD(QTableView, table, w.get(), "candidateTable");
        QCOMPARE(table->model()->index(0, CandidateTableModel::TextColumn).data().toString(), items[0].first);
        QVERIFY(!simulatedLabel->isVisible());
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
        auto w = makeDemoWindow();
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
        VSLAB_CHILD(DistributionChart, chart, w.get(), "distributionChart");
        w->generate();
        if (fault == 1) {
            // While the server is silent the window keeps working: typing lands, the elapsed time ticks. Checked by
            // state, never against the clock (which a sanitizer build on a busy machine stretches): the first part
            // of the stream is on the chart, then the running time shown grows while nothing more arrives.
            VSLAB_CHILD(QLabel, progress, w.get(), "progressLabel");
            const auto elapsed = [&w, progress] {
                if (!w->isRunning())
                    return -1.0;
                const QRegularExpressionMatch m =
                    QRegularExpression(QStringLiteral("(\\d+\\.\\d) s")).match(progress->text());
                return m.hasMatch() ? m.captured(1).toDouble() : -1.0;
            };
            QTRY_VERIFY_WITH_TIMEOUT(chart->barCount() >= 1, 10000);
            QTRY_VERIFY(elapsed() >= 0.0);
            const double first = elapsed();
            QTRY_VERIFY(elapsed() > first);
            VSLAB_CHILD(QPlainTextEdit, edit, w.get(), "promptEdit");
            edit->setFocus();
            QTest::keyClick(edit, Qt::Key_End, Qt::ControlModifier);
            QTest::keyClicks(edit, QStringLiteral(" still responsive"));
            QVERIFY(edit->toPlainText().endsWith(QStringLiteral("still responsive")));
            QVERIFY(w->isRunning());
        }
        VSLAB_WAIT_RUN(finished, 15000, r);
        QVERIFY(r.error);
        QCOMPARE(ProviderError::codeName(r.error->code), expectedCode);
        VSLAB_CHILD(MessageBanner, banner, w.get(), "messageBanner");
        QVERIFY(banner->isVisible());
        QCOMPARE(banner->severity(), MessageBanner::Severity::Error);
        QCOMPARE(banner->headline(), r.error->message);
        QVERIFY(!r.error->message.contains(QStringLiteral("sk-test")));
        QCOMPARE(chart->barCount(), int(r.distribution.size()));
        if (fault == 1) {
            QVERIFY2(r.distribution.size() >= 1, "the candidates received before the stall are kept");
            QVERIFY(banner->details().join(QLatin1Char(' ')).contains(QStringLiteral("partial")));
        }
        QVERIFY(noDialogOpen());
        VSLAB_CHILD(QPushButton, generateButton, w.get(), "generateButton");
        QVERIFY(generateButton->isEnabled());
    }

    void modelListFailureIsShown()
    {
        auto w = makeDemoWindow();
        ProviderConfig c;
        c.presetId = QStringLiteral("custom");
        c.baseUrl = QStringLiteral("http://127.0.0.1:%1/v1").arg(LoopbackServer::closedPort());
        c.model = QStringLiteral("typed-by-hand");
        w->setProviderConfig(c);
        VSLAB_CHILD(QLabel, note, w.get(), "modelNote");
        QTRY_VERIFY_WITH_TIMEOUT(note->text().startsWith(QStringLiteral("Could not list models")), 10000);
        // What the user typed stays; the model list is only a suggestion.
        VSLAB_CHILD(QComboBox, modelCombo, w.get(), "modelCombo");
        QCOMPARE(modelCombo->currentText(), QStringLiteral("typed-by-hand"));
    }

    void temperatureFollowsProvider()
    {
        auto w = makeDemoWindow();
        VSLAB_CHILD(QDoubleSpinBox, temperature, w.get(), "temperatureSpin");
        VSLAB_CHILD(QLabel, note, w.get(), "temperatureNote");
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
        auto w = makeDemoWindow();
        GenerationSettings s = w->settings();
        s.tauMode = *Names::parseTauMode(mode);
        s.tau = 0.05;
        w->setSettings(s);
        VSLAB_CHILD(QDoubleSpinBox, tauSpin, w.get(), "tauSpin");
        QCOMPARE(tauSpin->isEnabled(), line);
        QSignalSpy finished(w.get(), &MainWindow::runFinished);
        w->generate();
        VSLAB_WAIT_SIGNAL(finished, TestKit::kRunTimeoutMs);
        VSLAB_CHILD(DistributionChart, distributionChart, w.get(), "distributionChart");
        QCOMPARE(distributionChart->hasTauLine(), line);
    }

    void copyCandidatesAsTextTsvAndMarkdown()
    {
        auto w = makeDemoWindow();
        QSignalSpy finished(w.get(), &MainWindow::runFinished);
        w->generate();
        VSLAB_WAIT_RUN(finished, TestKit::kRunTimeoutMs, r);
        VSLAB_CHILD(QTableView, table, w.get(), "candidateTable");
        table->setFocus();
        table->selectRow(1);
        QTest::keyClick(table, Qt::Key_C, Qt::ControlModifier);
        QCOMPARE(QGuiApplication::clipboard()->text(), r.distribution.items().at(1).text);

        VSLAB_CHILD(QAction, copyTsv, w.get(), "copyTsvAction");
        copyTsv->trigger();
        const QList<QStringList> tsv = parseDelimited(QGuiApplication::clipboard()->text(), QLatin1Char('\t'));
        QCOMPARE(tsv.size(), int(r.distribution.size()) + 1);
        QCOMPARE(tsv.first().mid(0, 4), (QStringList{QStringLiteral("#"), QStringLiteral("Stated"),
                                                     QStringLiteral("Weight"), QStringLiteral("Text")}));
        for (int i = 0; i < r.distribution.size(); ++i)
            QCOMPARE(tsv.at(i + 1).at(3), r.distribution.items().at(i).text);

        VSLAB_CHILD(QAction, copyMarkdown, w.get(), "copyMarkdownAction");
        copyMarkdown->trigger();
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
            auto w = makeDemoWindow();
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
        auto w = makeDemoWindow({.seed = std::nullopt});
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
        MemorySecretStore *secrets = nullptr;
        auto w = makeDemoWindow({}, &secrets);
        // The dialog opens window-modally and returns at once: the test drives it like a user, no nested loop.
        w->showProvidersDialog();
        VSLAB_FIND(ProvidersDialog, dialog, w.get());
        QVERIFY(dialog->isVisible());
        QCOMPARE(dialog->windowModality(), Qt::WindowModal);
        VSLAB_CHILD(QComboBox, preset, dialog, "presetCombo");
        preset->setCurrentIndex(preset->findData(QStringLiteral("custom")));
        VSLAB_CHILD(QLineEdit, baseUrlEdit, dialog, "baseUrlEdit");
        baseUrlEdit->setText(server.url(QStringLiteral("/v1")).toString());
        VSLAB_CHILD(QLineEdit, key, dialog, "apiKeyEdit");
        QCOMPARE(key->echoMode(), QLineEdit::Password);
        QTest::keyClicks(key, QStringLiteral("sk-dialog-key"));
        VSLAB_CHILD(QPushButton, testConnectionButton, dialog, "testConnectionButton");
        QTest::mouseClick(testConnectionButton, Qt::LeftButton);
        VSLAB_CHILD(QLabel, result, dialog, "testResult");
        QTRY_VERIFY(result->text().contains(QStringLiteral("1 model")));
        QVERIFY2(result->text().contains(QStringLiteral("Connected")), qPrintable(result->text()));
        dialog->accept();
        QTRY_VERIFY(!w->findChild<ProvidersDialog *>());
        QVERIFY(!server.requests().isEmpty());
        QCOMPARE(server.requests().first().header("authorization"), QByteArray("Bearer sk-dialog-key"));
        QCOMPARE(w->providerConfig().presetId, QStringLiteral("custom"));
        QCOMPARE(w->providerConfig().apiKey, QStringLiteral("sk-dialog-key"));
        QString stored;
        bool done = false;
        secrets->read(QStringLiteral("custom"), this, [&](const QString &key, KeySource, const QString &) {
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
        auto w = makeDemoWindow();
        QVERIFY(w->setProvider(QStringLiteral("openai")));
        VSLAB_CHILD(QLabel, status, w.get(), "providerStatusLine");
        QTRY_VERIFY(status->text().contains(QStringLiteral("$OPENAI_API_KEY")));
        QVERIFY(!status->text().contains(QStringLiteral("sk-from")));
        QCOMPARE(w->providerConfig().apiKey, QStringLiteral("sk-from-the-environment"));
        w->showProvidersDialog();
        VSLAB_FIND(ProvidersDialog, dialog, w.get());
        VSLAB_CHILD(QLabel, keyStatusLabel, dialog, "keyStatus");
        const QString keyStatus = keyStatusLabel->text();
        QVERIFY2(keyStatus.contains(QStringLiteral("OPENAI_API_KEY")), qPrintable(keyStatus));
        VSLAB_CHILD(QLineEdit, apiKeyEdit, dialog, "apiKeyEdit");
        QVERIFY(!apiKeyEdit->isEnabled());
        QVERIFY(apiKeyEdit->text().isEmpty());
        dialog->reject();
        QTRY_VERIFY(!w->findChild<ProvidersDialog *>());
    }

    void languageSwitchRetranslatesLive()
    {
        auto w = makeDemoWindow();
        VSLAB_CHILD(QPushButton, generate, w.get(), "generateButton");
        QCOMPARE(generate->text(), QStringLiteral("&Generate"));
        I18n::install(*QCoreApplication::instance(), QLocale(QStringLiteral("zh_CN")));
        const QString chinese = QCoreApplication::translate("GenerationPanel", "&Generate");
        I18n::install(*QCoreApplication::instance(), QLocale(QStringLiteral("en")));
        if (chinese == QStringLiteral("&Generate"))
            QSKIP("the zh_CN catalogue has no translation of the window's strings yet");

        QAction *zh = nullptr;
        VSLAB_CHILD(QMenu, languageMenu, w->menuBar(), "languageMenu");
        const auto actions = languageMenu->actions();
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
        auto w = makeDemoWindow();
        QSignalSpy finished(w.get(), &MainWindow::runFinished);
        w->generate();
        VSLAB_WAIT_SIGNAL(finished, TestKit::kRunTimeoutMs);
        VSLAB_CHILD(QPushButton, generateButton, w.get(), "generateButton");
        VSLAB_CHILD(QPushButton, sampleButton, w.get(), "sampleButton");
        VSLAB_CHILD(QLabel, simulatedLabel, w.get(), "simulatedLabel");
        VSLAB_CHILD(QTabWidget, resultTabs, w.get(), "resultTabs");
        VSLAB_CHILD(QLabel, providerStatusLine, w.get(), "providerStatusLine");
        VSLAB_CHILD(QLabel, methodDescription, w.get(), "methodDescription");
        VSLAB_CHILD(QTableView, table, w.get(), "candidateTable");
        VSLAB_CHILD(QPlainTextEdit, rawParse, w.get(), "rawParse");
        VSLAB_CHILD(DistributionChart, chart, w.get(), "distributionChart");
        QVERIFY(!w->menuBar()->actions().isEmpty());
        MarkingTranslator marking;
        QVERIFY(QCoreApplication::installTranslator(&marking));
        const auto marked = [](const QString &s) { return s.startsWith(QStringLiteral("«")); };
        // Qt posts LanguageChange to every window; it arrives on the next event-loop turn.
        QTRY_VERIFY(marked(generateButton->text()));
        QVERIFY(marked(sampleButton->text()));
        QVERIFY(marked(simulatedLabel->text()));
        QVERIFY(marked(resultTabs->tabText(0)));
        QVERIFY(marked(w->menuBar()->actions().first()->text()));
        QVERIFY(marked(providerStatusLine->text()));
        QVERIFY(marked(methodDescription->text()));
        QVERIFY(marked(table->model()->headerData(CandidateTableModel::TextColumn, Qt::Horizontal).toString()));
        QVERIFY(marked(rawParse->toPlainText()));
        QVERIFY(chart->chart()->title().contains(QStringLiteral("«")));
        QVERIFY(QCoreApplication::removeTranslator(&marking));
        QTRY_COMPARE(generateButton->text(), QStringLiteral("&Generate"));
    }

    void followsPaletteChanges()
    {
        auto w = makeDemoWindow();
        VSLAB_CHILD(DistributionChart, chart, w.get(), "distributionChart");
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
        auto w = makeDemoWindow();
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
            VSLAB_CHILD(QWidget, widget, w.get(), name);
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
