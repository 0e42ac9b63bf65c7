// SPDX-License-Identifier: Apache-2.0
// The run history at scale: 100,000 runs imported from a generated JSONL file (as `generate --json` prints runs),
// then opening the database, a full-text search, the first page and a page deep in the list, and `vslab-cli history
// search` as a process. Targets (issue 11): import < 60 s, search < 50 ms (+ process start), first page < 50 ms.
// VSLAB_BENCH_RUNS overrides the number of runs.
#include "session/LessonPack.h"
#include "store/HistoryStore.h"
#include "vs/Rng.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

#include <cstdio>

namespace {
const QStringList words = QStringLiteral("coffee river mountain story joke bear honey robot garden winter summer light "
                                         "shadow city road train letter window dream song silver golden quiet storm "
                                         "forest island lantern clock mirror ocean desert paper stone feather candle "
                                         "咖啡 河流 故事 笑话 花园 冬天 夏天 城市 火车 窗户 梦想 森林 海洋 沙漠")
                              .split(QLatin1Char(' '));

/// One word in ten from the named list (each in about 5% of runs: a worst case), the rest from ~3,000 made-up
/// ones (each in a few hundred runs: a realistic word).
QString word(Rng &rng)
{
    static const QStringList syllables =
        QStringLiteral("ka mo ri ta ne su vi lo pa de zu fi ro ga mi te bo na ke ju").split(QLatin1Char(' '));
    if (rng.next() % 10 == 0)
        return words[qsizetype(rng.next() % quint64(words.size()))];
    const quint64 n = rng.next() % 8000;
    return syllables[qsizetype(n % 20)] + syllables[qsizetype(n / 20 % 20)] + syllables[qsizetype(n / 400 % 20)];
}

QString phrase(Rng &rng, int n)
{
    QStringList out;
    for (int i = 0; i < n; ++i)
        out.append(word(rng));
    return out.join(QLatin1Char(' '));
}

QByteArray runLine(Rng &rng, int i)
{
    QJsonArray candidates;
    for (int c = 0; c < 5; ++c)
        candidates.append(QJsonObject{{QStringLiteral("text"), phrase(rng, 6)},
                                      {QStringLiteral("stated"), 0.2},
                                      {QStringLiteral("probability"), 0.2},
                                      {QStringLiteral("repairs"), QJsonArray()},
                                      {QStringLiteral("count"), 1},
                                      {QStringLiteral("basis"), QStringLiteral("stated")}});
    const QDateTime created = QDateTime(QDate(2025, 1, 1), QTime(0, 0), Qt::UTC).addSecs(i * 60);
    const QJsonObject o{{QStringLiteral("prompt"), QString(QStringLiteral("prompt %1: ").arg(i) + phrase(rng, 5))},
                        {QStringLiteral("method"), QStringLiteral("vs-standard")},
                        {QStringLiteral("provider"), i % 3 ? QStringLiteral("demo") : QStringLiteral("openai")},
                        {QStringLiteral("model"), i % 3 ? QStringLiteral("vs-demo") : QStringLiteral("gpt-4.1")},
                        {QStringLiteral("simulated"), i % 3 != 0},
                        {QStringLiteral("settings"), QJsonObject{{QStringLiteral("k"), 5}}},
                        {QStringLiteral("candidates"), candidates},
                        {QStringLiteral("latency_ms"), 900},
                        {QStringLiteral("created"), created.toString(Qt::ISODateWithMs)}};
    return QJsonDocument(o).toJson(QJsonDocument::Compact) + '\n';
}

double ms(const QElapsedTimer &t)
{
    return double(t.nsecsElapsed()) / 1e6;
}

double processMs(const QString &program, const QStringList &args)
{
    QElapsedTimer t;
    t.start();
    QProcess p;
    p.start(program, args);
    p.waitForFinished(60000);
    return ms(t);
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    std::setvbuf(stdout, nullptr, _IOLBF, 0); // lines as they come, also into a file
    const int runs =
        qEnvironmentVariableIsSet("VSLAB_BENCH_RUNS") ? qEnvironmentVariableIntValue("VSLAB_BENCH_RUNS") : 100000;
    QTemporaryDir dir;
    const QString jsonl = dir.filePath(QStringLiteral("runs.jsonl"));
    const QString db = dir.filePath(QStringLiteral("history.sqlite"));
    {
        QFile f(jsonl);
        if (!f.open(QIODevice::WriteOnly))
            return 1;
        Rng rng(42);
        for (int i = 0; i < runs; ++i)
            f.write(runLine(rng, i));
    }
    std::printf("generated %d runs of JSONL: %.1f MB\n", runs, double(QFileInfo(jsonl).size()) / 1e6);

    QElapsedTimer t;
    {
        HistoryStore store;
        t.start();
        if (!store.open(db))
            return 1;
        const Result<QList<HistoryEntry>> parsed = HistoryFile::read(jsonl);
        if (!parsed) {
            std::printf("import failed: %s\n", qPrintable(parsed.message()));
            return 1;
        }
        std::printf("  read and check %lld runs: %.0f ms\n", qint64(parsed->size()), ms(t));
        QElapsedTimer write;
        write.start();
        const Result<HistoryImport> done = store.addAll(*parsed);
        if (!done) {
            std::printf("import failed: %s\n", qPrintable(done.message()));
            return 1;
        }
        std::printf("  write (one transaction): %.0f ms\n", ms(write));
        std::printf("import %d runs in all: %.0f ms (target < 60000)\n", done->added, ms(t));
    }
    HistoryStore store;
    t.start();
    (void)store.open(db);
    std::printf("open with quick_check, %lld runs, %.1f MB: %.1f ms\n", store.count(),
                double(QFileInfo(db).size()) / 1e6, ms(t));
    HistoryStore empty;
    t.start();
    (void)empty.open(dir.filePath(QStringLiteral("empty.sqlite")));
    std::printf("open an empty history: %.1f ms\n", ms(t));

    for (const QString &text : {QStringLiteral("lantern"), QStringLiteral("kamori"), QStringLiteral("zufiro"),
                                QStringLiteral("golden feather"), QStringLiteral("笑话"), QStringLiteral("海洋 沙"),
                                QStringLiteral("prompt 99999")}) {
        HistoryFilter f;
        f.text = text;
        t.start();
        const QList<HistoryEntry> page = store.page(f, 50);
        const double first = ms(t);
        t.start();
        const qint64 n = store.count(f);
        std::printf("search \"%s\": first 50 in %.1f ms; %lld matches counted in %.1f ms\n", qPrintable(text), first, n,
                    ms(t));
    }
    t.start();
    const QList<HistoryEntry> first = store.page({}, 100);
    std::printf("first page (100 newest): %.1f ms (target < 50)\n", ms(t));
    const QList<HistoryEntry> skip = store.page({}, runs * 9 / 10);
    if (!skip.isEmpty()) {
        t.start();
        const QList<HistoryEntry> deep = store.page({}, 100, HistoryCursor::after(skip.last()));
        std::printf("page after row %lld (keyset): %.1f ms, %lld rows\n", qint64(skip.size()), ms(t),
                    qint64(deep.size()));
    }
    t.start();
    for (const QString &column : {QStringLiteral("provider"), QStringLiteral("model"), QStringLiteral("method")})
        (void)store.distinct(column);
    std::printf("filter choices (distinct provider, model, method): %.1f ms\n", ms(t));
    HistoryFilter demo;
    demo.provider = QStringLiteral("openai");
    t.start();
    (void)store.page(demo, 100);
    std::printf("first page filtered by provider: %.1f ms\n", ms(t));

    const QString cli = QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("../../app/vslab-cli"));
    if (QFileInfo::exists(cli)) {
        const double start = processMs(cli, {QStringLiteral("--version")});
        const double search =
            processMs(cli, {QStringLiteral("history"), QStringLiteral("search"), QStringLiteral("kamori"),
                            QStringLiteral("--db"), db, QStringLiteral("--json")});
        std::printf("vslab-cli --version: %.0f ms; vslab-cli history search kamori: %.0f ms (target: start-up + 50)\n",
                    start, search);
    }
    return 0;
}
