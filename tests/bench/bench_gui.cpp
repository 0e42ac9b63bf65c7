// SPDX-License-Identifier: Apache-2.0
// The desktop app's costs, printed as numbers:
//  1. cold start to first painted window: `vslab --quit` (which quits once its window has painted) against a bare
//     Qt Widgets window (a QMainWindow with a menu bar and a label) in this binary, built with the same flags and
//     linking the same libraries. Target: vslab <= 2x bare.
//  2. peak memory (VmHWM) after a k = 100 run against the loopback server, next to the bare window's.
//  3. time to update the chart and the table for k = 100 (set the candidates, lay out, paint). Target: < 16 ms.
// Run from the build tree: build/tests/bench/bench_gui [--runs N]. Uses QT_QPA_PLATFORM as set (offscreen if unset).
#include "CandidateTableModel.h"
#include "CandidateTableView.h"
#include "DistributionChart.h"
#include "LoopbackServer.h"
#include "MainWindow.h"
#include "store/SecretStore.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QMenuBar>
#include <QProcess>
#include <QSignalSpy>
#include <QSplitter>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <functional>

namespace {
/// Quits the application once the watched widget has painted.
class QuitOnFirstPaint final : public QObject
{
public:
    explicit QuitOnFirstPaint(QWidget *widget)
        : QObject(widget)
    {
        widget->installEventFilter(this);
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !m_done) {
            m_done = true;
            QTimer::singleShot(0, qApp, [] { QCoreApplication::exit(0); });
        }
        return QObject::eventFilter(watched, event);
    }

private:
    bool m_done = false;
};

qint64 vmHwmKb()
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    }
    return -1;
}

double median(std::vector<double> v)
{
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

QString candidateText(int i, int variant)
{
    // Realistic lengths: one-liners, two-line jokes and a few long paragraphs.
    QString t =
        QStringLiteral("Answer %1.%2: why did the bear cross the road? To get to the honey.").arg(i).arg(variant);
    if (i % 3 == 0)
        t += QStringLiteral("\nA second line with the punchline, and a \u201cquote\u201d.");
    if (i % 10 == 0)
        t += QStringLiteral(" It went on and on for a while, as long answers do.").repeated(4);
    return t;
}

QList<Candidate> hundredCandidates(int variant)
{
    QList<Candidate> items;
    for (int i = 0; i < 100; ++i) {
        Candidate c;
        c.text = candidateText(i, variant);
        c.stated = c.clipped = 0.002 + 0.0003 * ((i * 37 + variant) % 100);
        c.index = i;
        items.append(c);
    }
    return Distribution::build(items, {}).items();
}

QString vsReply100()
{
    QJsonArray responses;
    for (int i = 0; i < 100; ++i) {
        responses.append(QJsonObject{{QStringLiteral("text"), candidateText(i, 0)},
                                     {QStringLiteral("probability"), 0.002 + 0.0003 * ((i * 37) % 100)}});
    }
    return QString::fromUtf8(
        QJsonDocument(QJsonObject{{QStringLiteral("responses"), responses}}).toJson(QJsonDocument::Compact));
}

void setUpApp()
{
    QApplication::setApplicationName(QStringLiteral("vslab"));
    QApplication::setApplicationDisplayName(QStringLiteral("VS Lab"));
    QApplication::setOrganizationName(QStringLiteral("VS Lab"));
}

int childBare(QApplication &app)
{
    setUpApp();
    QMainWindow w;
    w.menuBar()->addMenu(QStringLiteral("&File"));
    w.menuBar()->addMenu(QStringLiteral("&Help"));
    w.setCentralWidget(new QLabel(QStringLiteral("bare"), &w));
    w.resize(1400, 880);
    if (qEnvironmentVariableIsSet("BENCH_MEMORY")) {
        w.show();
        QTimer::singleShot(300, &app, [] { QCoreApplication::exit(0); });
        QApplication::exec();
        std::printf("vmhwm_kb=%lld\n", vmHwmKb());
        return 0;
    }
    new QuitOnFirstPaint(&w);
    w.show();
    return QApplication::exec();
}

int childRun100(QApplication &app)
{
    Q_UNUSED(app)
    setUpApp();
    LoopbackServer server;
    server.enqueue(LoopbackServer::Response::json(QByteArrayLiteral(R"({"data":[{"id":"bench-model"}]})")));
    MainWindow w(std::make_unique<MemorySecretStore>());
    w.setPersistent(false);
    w.resize(1400, 880);
    w.show();
    ProviderConfig c;
    c.presetId = QStringLiteral("custom");
    c.baseUrl = server.url(QStringLiteral("/v1")).toString();
    c.model = QStringLiteral("bench-model");
    c.retries = 0;
    w.setProviderConfig(c);
    server.waitForRequests(1);
    server.enqueue(LoopbackServer::Response::openAiStream(vsReply100(), 400));
    GenerationSettings s = w.settings();
    s.k = 100;
    s.seed = 1;
    w.setSettings(s);
    QSignalSpy finished(&w, &MainWindow::runFinished);
    w.generate();
    if (!finished.wait(60000)) {
        std::fprintf(stderr, "bench_gui: the k = 100 run did not finish\n");
        return 1;
    }
    const RunResult r = finished.takeFirst().at(0).value<RunResult>();
    QCoreApplication::processEvents();
    std::vector<double> paints;
    for (int i = 0; i < 10; ++i) {
        QElapsedTimer t;
        t.start();
        w.repaint();
        paints.push_back(t.nsecsElapsed() / 1e6);
    }
    std::printf("candidates=%lld\nwindow_paint_ms=%.2f\nvmhwm_kb=%lld\n", qlonglong(r.distribution.size()),
                median(paints), vmHwmKb());
    return r.distribution.size() == 100 ? 0 : 1;
}

int childUpdate100(QApplication &app)
{
    Q_UNUSED(app)
    setUpApp();
    QSplitter split(Qt::Vertical);
    auto *chart = new DistributionChart;
    auto *model = new CandidateTableModel(&split);
    // The main window's table configuration: word-wrapped rows sized to their content.
    auto *table = new CandidateTableView;
    table->setWrappedColumn(CandidateTableModel::TextColumn);
    table->setModel(model);
    table->setAlternatingRowColors(true);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->horizontalHeader()->setSectionResizeMode(CandidateTableModel::TextColumn, QHeaderView::Stretch);
    split.addWidget(chart);
    split.addWidget(table);
    split.resize(1000, 800);
    split.show();
    const QList<Candidate> a = hundredCandidates(1);
    const QList<Candidate> b = hundredCandidates(2);
    std::vector<double> times;
    for (int i = 0; i < 31; ++i) {
        const QList<Candidate> &items = i % 2 ? a : b;
        QElapsedTimer t;
        t.start();
        chart->setCandidates(items);
        model->setCandidates(items);
        QCoreApplication::processEvents();
        split.repaint();
        if (i > 0) // the first includes one-time chart setup
            times.push_back(t.nsecsElapsed() / 1e6);
    }
    std::vector<double> observed;
    QList<double> freq;
    for (int i = 0; i < 100; ++i)
        freq.append(0.01);
    for (int i = 0; i < 10; ++i) {
        QElapsedTimer t;
        t.start();
        chart->setObserved(freq);
        model->setObserved(freq);
        QCoreApplication::processEvents();
        split.repaint();
        observed.push_back(t.nsecsElapsed() / 1e6);
    }
    std::printf("update_ms=%.2f\nupdate_max_ms=%.2f\nobserved_ms=%.2f\n", median(times),
                *std::max_element(times.begin(), times.end()), median(observed));
    return 0;
}

QHash<QString, QString> parseOutput(const QByteArray &out)
{
    QHash<QString, QString> values;
    for (const QByteArray &line : out.split('\n')) {
        const qsizetype eq = line.indexOf('=');
        if (eq > 0)
            values.insert(QString::fromUtf8(line.left(eq)), QString::fromUtf8(line.mid(eq + 1)));
    }
    return values;
}

struct Child
{
    double ms = 0;
    QHash<QString, QString> values;
    bool ok = false;
};

Child runChild(const QString &program, const QStringList &args, const QProcessEnvironment &env)
{
    QProcess p;
    p.setProcessEnvironment(env);
    p.setProcessChannelMode(QProcess::SeparateChannels);
    QElapsedTimer t;
    t.start();
    p.start(program, args);
    const bool finished = p.waitForFinished(120000);
    Child c;
    c.ms = t.nsecsElapsed() / 1e6;
    c.ok = finished && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
    c.values = parseOutput(p.readAllStandardOutput());
    if (!c.ok)
        std::fprintf(stderr, "bench_gui: %s %s failed: %s\n", qPrintable(program), qPrintable(args.join(u' ')),
                     p.readAllStandardError().constData());
    return c;
}
} // namespace

int main(int argc, char *argv[])
{
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM") && !qEnvironmentVariableIsSet("DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.contains(QStringLiteral("--child-bare")))
        return childBare(app);
    if (args.contains(QStringLiteral("--child-run100")))
        return childRun100(app);
    if (args.contains(QStringLiteral("--child-update100")))
        return childUpdate100(app);

    int runs = 9;
    const qsizetype runsAt = args.indexOf(QStringLiteral("--runs"));
    if (runsAt > 0 && runsAt + 1 < args.size())
        runs = std::max(1, args.at(runsAt + 1).toInt());

    QString vslab = qEnvironmentVariable("VSLAB_GUI");
    if (vslab.isEmpty())
        vslab = QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("../../app/vslab"));
    if (!QFileInfo::exists(vslab)) {
        std::fprintf(stderr, "bench_gui: vslab not found at %s (set VSLAB_GUI)\n", qPrintable(vslab));
        return 1;
    }
    QTemporaryDir home;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("XDG_CACHE_HOME"), home.filePath(QStringLiteral("cache")));
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), qEnvironmentVariable("QT_QPA_PLATFORM"));
    const QString self = QCoreApplication::applicationFilePath();

    // Warm the page cache once for each, then alternate so drift hits both equally.
    runChild(vslab, {QStringLiteral("--quit")}, env);
    runChild(self, {QStringLiteral("--child-bare")}, env);
    std::vector<double> vslabMs;
    std::vector<double> bareMs;
    for (int i = 0; i < runs; ++i) {
        const Child v = runChild(vslab, {QStringLiteral("--quit")}, env);
        const Child b = runChild(self, {QStringLiteral("--child-bare")}, env);
        if (!v.ok || !b.ok)
            return 1;
        vslabMs.push_back(v.ms);
        bareMs.push_back(b.ms);
    }
    const double v = median(vslabMs);
    const double b = median(bareMs);
    std::printf("cold start to first paint (median of %d): vslab %.1f ms, bare window %.1f ms, ratio %.2fx "
                "(target <= 2x) %s\n",
                runs, v, b, v / b, v / b <= 2.0 ? "OK" : "OVER");

    QProcessEnvironment memEnv = env;
    memEnv.insert(QStringLiteral("BENCH_MEMORY"), QStringLiteral("1"));
    const Child bareMem = runChild(self, {QStringLiteral("--child-bare")}, memEnv);
    const Child run = runChild(self, {QStringLiteral("--child-run100")}, env);
    if (!run.ok || !bareMem.ok)
        return 1;
    std::printf("peak memory (VmHWM) after a k = 100 run: %.1f MiB (%s candidates; bare window %.1f MiB)\n",
                run.values.value(QStringLiteral("vmhwm_kb")).toDouble() / 1024.0,
                qPrintable(run.values.value(QStringLiteral("candidates"))),
                bareMem.values.value(QStringLiteral("vmhwm_kb")).toDouble() / 1024.0);
    std::printf("full window repaint with 100 bars: %s ms\n",
                qPrintable(run.values.value(QStringLiteral("window_paint_ms"))));

    const Child update = runChild(self, {QStringLiteral("--child-update100")}, env);
    if (!update.ok)
        return 1;
    const double u = update.values.value(QStringLiteral("update_ms")).toDouble();
    std::printf("chart + table update for k = 100 (set, lay out, paint; median of 30): %.2f ms, max %s ms "
                "(target < 16 ms) %s\n",
                u, qPrintable(update.values.value(QStringLiteral("update_max_ms"))), u < 16.0 ? "OK" : "OVER");
    std::printf("observed-frequency overlay for k = 100: %s ms\n",
                qPrintable(update.values.value(QStringLiteral("observed_ms"))));
    return 0;
}
