// SPDX-License-Identifier: Apache-2.0
#include "export/DistributionFile.h"
#include "export/ResultJson.h"
#include "session/LessonPack.h"
#include "session/RunArchive.h"
#include "store/HistoryStore.h"

#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

namespace {
RunRequest sampleRequest()
{
    RunRequest request;
    request.prompt = QStringLiteral("讲个笑话");
    request.settings.seed = 18446744073709551557ULL; // a 64-bit seed must survive the trip
    return request;
}

RunResult sampleResult()
{
    QList<Candidate> cands;
    for (int i = 0; i < 4; ++i) {
        Candidate c;
        c.text = QStringLiteral("答案 %1").arg(i);
        c.stated = c.clipped = 0.1 * (i + 1);
        c.index = i;
        cands.append(c);
    }
    RunResult r;
    r.distribution = Distribution::build(cands, {});
    r.providerId = QStringLiteral("demo");
    r.model = QStringLiteral("vs-demo");
    r.simulated = true;
    r.rawReplies = {QStringLiteral("{\"responses\": []}")};
    return r;
}

HistoryEntry sampleEntry()
{
    HistoryEntry e = RunArchive::toEntry(sampleRequest(), sampleResult());
    e.createdAt = QDateTime(QDate(2026, 3, 4), QTime(5, 6, 7, 89), Qt::UTC);
    e.starred = true;
    e.starredCandidates = {1, 3};
    e.draws = QJsonArray{QJsonObject{{QStringLiteral("seed"), QStringLiteral("5")}, {QStringLiteral("index"), 2}}};
    return e;
}

HistoryEntry compareEntry()
{
    HistoryEntry e;
    e.uid = QStringLiteral("c0ffee00-0000-4000-8000-000000000001");
    e.kind = QStringLiteral("compare");
    e.prompt = QStringLiteral("Name a US state");
    e.createdAt = QDateTime::currentDateTimeUtc();
    e.payload = QJsonObject{{QStringLiteral("methods"), QJsonArray{QStringLiteral("direct"), QStringLiteral("vs")}}};
    return e;
}
} // namespace

class TestLessonPack : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void roundTripReplaysEveryRun()
    {
        LessonPack pack;
        pack.title = QStringLiteral("Mode collapse, lesson 1");
        pack.runs = {sampleEntry(), compareEntry()};
        const QByteArray bytes = pack.encode();
        QVERIFY(bytes.contains("\"format\": \"vslab-lesson-pack\""));
        const Result<LessonPack> back = LessonPack::decode(bytes);
        QVERIFY2(back, qPrintable(back.message()));
        QCOMPARE(back->title, pack.title);
        QCOMPARE(back->runs.size(), 2);
        const HistoryEntry &e = back->runs[0];
        const HistoryEntry orig = pack.runs[0];
        QCOMPARE(e.uid, orig.uid);
        QCOMPARE(e.createdAt, orig.createdAt);
        QCOMPARE(e.starredCandidates, orig.starredCandidates);
        QCOMPARE(e.draws, orig.draws);
        QCOMPARE(e.rawReplies, orig.rawReplies);
        QCOMPARE(back->runs[1].payload, pack.runs[1].payload);
        QCOMPARE(back->runs[1].kind, QStringLiteral("compare"));
        // Offline replay: the run comes back with its distribution, seed and draws, no provider needed.
        const Result<SavedRun> run = RunArchive::fromEntry(e);
        QVERIFY2(run, qPrintable(run.message()));
        QCOMPARE(run->request.settings.seed, sampleRequest().settings.seed);
        QCOMPARE(run->result.distribution.size(), 4);
        QCOMPARE(run->result.distribution.sample(20, 7), sampleResult().distribution.sample(20, 7));
        QVERIFY(run->result.simulated);
    }

    void importIntoAStoreNeverChangesKnownRuns()
    {
        QTemporaryDir dir;
        HistoryStore store;
        QVERIFY(store.open(dir.filePath(QStringLiteral("h.sqlite"))));
        const HistoryEntry shared = sampleEntry();
        HistoryEntry mine = shared;
        mine.prompt = QStringLiteral("my own edit");
        QVERIFY(store.add(mine) > 0);
        LessonPack pack;
        pack.runs = {shared, compareEntry()};
        const Result<LessonPack> back = LessonPack::decode(pack.encode());
        QVERIFY(back);
        const Result<HistoryImport> done = store.addAll(back->runs);
        QVERIFY(done);
        QCOMPARE(done->added, 1);
        QCOMPARE(done->skipped, 1);
        QCOMPARE(store.get(store.idOfUid(mine.uid))->prompt, QStringLiteral("my own edit"));
    }

    void badPacksNameTheProblem_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("expected");
        QTest::newRow("not json") << QByteArray("{\n\"format\": \"vslab-lesson-pack\",\n oops") << QStringLiteral("3:");
        QTest::newRow("other format") << QByteArray("{\"format\":\"x\"}") << QStringLiteral("not a lesson pack");
        QTest::newRow("newer") << QByteArray("{\"format\":\"vslab-lesson-pack\",\"version\":7,\"runs\":[]}")
                               << QStringLiteral("newer VS Lab");
        QTest::newRow("runs not array") << QByteArray("{\"format\":\"vslab-lesson-pack\",\"version\":1,\"runs\":5}")
                                        << QStringLiteral("\"runs\"");
        QTest::newRow("run without uid")
            << QByteArray("{\"format\":\"vslab-lesson-pack\",\"version\":1,\"runs\":[\n{\"prompt\":\"x\"}]}")
            << QStringLiteral("2: run 1: \"uid\" is missing");
        QTest::newRow("wrong type")
            << QByteArray("{\"format\":\"vslab-lesson-pack\",\"version\":1,\"runs\":[{\"uid\":\"u\",\"prompt\":[]}]}")
            << QStringLiteral("\"prompt\" must be a string");
    }
    void badPacksNameTheProblem()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, expected);
        const Result<LessonPack> r = LessonPack::decode(bytes);
        QVERIFY(!r);
        QVERIFY2(r.message().contains(expected), qPrintable(r.message()));
    }

    void historyFilesOfEveryKind()
    {
        const HistoryEntry e = sampleEntry();
        // One run as `generate --json` prints it, and the same with the export's extra keys.
        const QJsonObject generated = ResultJson::runResult(sampleRequest(), sampleResult());
        Result<QList<HistoryEntry>> runs =
            HistoryFile::decode(QJsonDocument(generated).toJson(), QStringLiteral("one.json"));
        QVERIFY2(runs, qPrintable(runs.message()));
        QCOMPARE(runs->size(), 1);
        QCOMPARE(runs->first().prompt, sampleRequest().prompt);
        QCOMPARE(runs->first().candidateCount, 4);
        QVERIFY(RunArchive::fromEntry(runs->first()));
        const QString derived = runs->first().uid;
        runs = HistoryFile::decode(QJsonDocument(generated).toJson(), QStringLiteral("again.json"));
        QCOMPARE(runs->first().uid, derived); // the same file twice is the same run
        runs = HistoryFile::decode(QJsonDocument(RunArchive::runJson(e)).toJson(), QStringLiteral("full.json"));
        QVERIFY2(runs, qPrintable(runs.message()));
        QCOMPARE(runs->first().uid, e.uid);
        QCOMPARE(runs->first().rawReplies, e.rawReplies);
        // JSON lines.
        const QByteArray line = QJsonDocument(generated).toJson(QJsonDocument::Compact);
        runs = HistoryFile::decode(line + '\n' + QJsonDocument(RunArchive::runJson(e)).toJson(QJsonDocument::Compact) +
                                       "\n\n",
                                   QStringLiteral("runs.jsonl"));
        QVERIFY2(runs, qPrintable(runs.message()));
        QCOMPARE(runs->size(), 2);
        // A compare run survives the trip as JSON too.
        const HistoryEntry compared = compareEntry();
        runs = HistoryFile::decode(QJsonDocument(RunArchive::runJson(compared)).toJson(), QStringLiteral("c.json"));
        QVERIFY2(runs, qPrintable(runs.message()));
        QCOMPARE(runs->first().kind, QStringLiteral("compare"));
        QCOMPARE(runs->first().payload, compared.payload);
        QCOMPARE(runs->first().uid, compared.uid);
        QCOMPARE(runs->first().prompt, compared.prompt);
        // to_dict.
        const QByteArray toDict =
            DistributionFile::encode(sampleRequest(), sampleResult(), DistributionFile::Format::Json);
        runs = HistoryFile::decode(toDict, QStringLiteral("dist.json"));
        QVERIFY2(runs, qPrintable(runs.message()));
        QCOMPARE(runs->first().prompt, sampleRequest().prompt);
        // A pack.
        LessonPack pack;
        pack.runs = {e};
        runs = HistoryFile::decode(pack.encode(), QStringLiteral("l.vslabpack"));
        QVERIFY2(runs, qPrintable(runs.message()));
        QCOMPARE(runs->first().uid, e.uid);
    }

    void malformedFilesGiveFileLineAndProblem_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("expected");
        const QByteArray good =
            QJsonDocument(ResultJson::runResult(sampleRequest(), sampleResult())).toJson(QJsonDocument::Compact);
        QTest::newRow("bad third line") << good + '\n' + good + "\n{\"prompt\": 3}\n" << QStringLiteral("f.jsonl:3:");
        QTest::newRow("broken third line") << good + '\n' + good + "\n{oops\n" << QStringLiteral("f.jsonl:3:");
        QTest::newRow("empty") << QByteArray("  \n") << QStringLiteral("f.jsonl:1: the file is empty");
        QTest::newRow("array") << QByteArray("[1,2]") << QStringLiteral("expected a JSON object");
        QTest::newRow("invalid utf-8") << QByteArray("{\"prompt\": \"\xff\xfe\"}") << QStringLiteral("f.jsonl:1:");
        QTest::newRow("deep") << QByteArray(5000, '[') << QStringLiteral("f.jsonl:1:");
        QTest::newRow("candidate text not string")
            << QByteArray("{\"prompt\":\"p\",\"method\":\"vs-standard\",\"candidates\":[{\"text\":5}]}")
            << QStringLiteral("candidate 1");
    }
    void malformedFilesGiveFileLineAndProblem()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, expected);
        const Result<QList<HistoryEntry>> r = HistoryFile::decode(bytes, QStringLiteral("f.jsonl"));
        QVERIFY(!r);
        QVERIFY2(r.message().contains(expected), qPrintable(r.message()));
    }
};

QTEST_GUILESS_MAIN(TestLessonPack)
#include "tst_lessonpack.moc"
