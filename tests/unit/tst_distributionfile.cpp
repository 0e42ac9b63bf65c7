// SPDX-License-Identifier: Apache-2.0
#include "DelimitedText.h"
#include "export/DistributionFile.h"
#include "store/HistoryStore.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

namespace {
RunRequest request()
{
    RunRequest r;
    r.prompt = QStringLiteral("Tell me a joke\nabout the sea");
    r.settings.method = Method::VsCot;
    r.settings.k = 3;
    r.settings.tauMode = TauMode::Filter;
    r.settings.tau = 0.05;
    r.settings.temperature = 0.7;
    r.settings.seed = 18446744073709551557ULL; // does not survive a JSON double
    return r;
}

RunResult result(bool simulated)
{
    QList<Candidate> items;
    const QList<double> stated{0.5, 0.3, 0.2};
    for (int i = 0; i < 3; ++i) {
        Candidate c;
        c.text = QStringLiteral("answer %1\nline \"two\", 世界").arg(i);
        c.stated = c.clipped = stated.at(i) / 3.0;
        c.statedRaw = QString::number(c.stated);
        c.index = i;
        items.append(c);
    }
    RunResult r;
    r.distribution = Distribution::build(items, PostProcessOptions::fromSettings(request().settings));
    r.providerId = QStringLiteral("demo");
    r.model = QStringLiteral("vs-demo");
    r.simulated = simulated;
    r.latencyMs = 321;
    r.rawReplies = {QStringLiteral("{\"responses\":[]}")};
    return r;
}
} // namespace

class TestDistributionFile : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void formatFollowsSuffix_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<int>("format");
        QTest::newRow("json") << "/tmp/a.json" << int(DistributionFile::Format::Json);
        QTest::newRow("CSV upper case") << "/tmp/a.CSV" << int(DistributionFile::Format::Csv);
        QTest::newRow("md") << "/tmp/a.md" << int(DistributionFile::Format::Markdown);
        QTest::newRow("markdown") << "/tmp/a.markdown" << int(DistributionFile::Format::Markdown);
        QTest::newRow("unknown is json") << "/tmp/a.txt" << int(DistributionFile::Format::Json);
    }
    void formatFollowsSuffix()
    {
        QFETCH(QString, path);
        QFETCH(int, format);
        QCOMPARE(int(DistributionFile::formatForPath(path)), format);
    }

    void jsonRoundTrip_data()
    {
        QTest::addColumn<bool>("simulated");
        QTest::newRow("simulated") << true;
        QTest::newRow("real") << false;
    }
    void jsonRoundTrip()
    {
        QFETCH(bool, simulated);
        const RunRequest req = request();
        const RunResult res = result(simulated);
        const QByteArray json = DistributionFile::encode(req, res, DistributionFile::Format::Json);
        const QJsonObject o = QJsonDocument::fromJson(json).object();
        // The reference package's to_dict shape, with the simulated flag and the prompt in the trace.
        QCOMPARE(o.value(QStringLiteral("items")).toArray().size(), 3);
        const QJsonObject trace = o.value(QStringLiteral("trace")).toObject();
        QCOMPARE(trace.value(QStringLiteral("simulated")).toBool(), simulated);
        QCOMPARE(trace.value(QStringLiteral("prompt")).toString(), req.prompt);
        QCOMPARE(trace.value(QStringLiteral("method")).toString(), QStringLiteral("vs-cot"));

        const Result<SavedRun> back = DistributionFile::decode(json);
        QVERIFY2(back, qPrintable(back.message()));
        QCOMPARE(back->request.prompt, req.prompt);
        QCOMPARE(back->request.settings.method, req.settings.method);
        QCOMPARE(back->request.settings.k, 3);
        QCOMPARE(back->request.settings.tauMode, TauMode::Filter);
        QCOMPARE(back->request.settings.tau, 0.05);
        QCOMPARE(back->request.settings.temperature, 0.7);
        QCOMPARE(back->request.settings.seed, req.settings.seed);
        QCOMPARE(back->result.simulated, simulated);
        QCOMPARE(back->result.providerId, res.providerId);
        QCOMPARE(back->result.model, res.model);
        QCOMPARE(back->result.latencyMs, res.latencyMs);
        const Distribution &d = back->result.distribution;
        QCOMPARE(d.size(), res.distribution.size());
        for (int i = 0; i < d.size(); ++i) {
            QCOMPARE(d.items().at(i).text, res.distribution.items().at(i).text);
            QCOMPARE(d.items().at(i).weight, res.distribution.items().at(i).weight); // bit for bit
            QCOMPARE(d.items().at(i).statedRaw, res.distribution.items().at(i).statedRaw);
        }
        QCOMPARE(d.sample(50, 9), res.distribution.sample(50, 9));
    }

    void readsThePythonPackagesToDict()
    {
        // What verbalized_sampling's DiscreteDist.to_dict() writes: p_raw as the model wrote it, no simulated flag.
        const QByteArray json = R"({
          "items": [
            {"text": "Texas", "p": 0.25, "meta": {"p_raw": 0.2, "p_clipped": 0.2, "repairs": [], "idx_orig": 1}},
            {"text": "California", "p": 0.75,
             "meta": {"p_raw": "60%", "p_clipped": 0.6, "repairs": ["percentage"], "idx_orig": 0}}
          ],
          "trace": {"model": "gpt-4.1", "provider": "openai", "latency_ms": 812.5, "k": 2, "tau": 0.12,
                    "temperature": 0.9, "seed": 7, "tau_relaxed": false, "tau_final": 0.12, "num_filtered": 0,
                    "weight_mode": "elicited"}
        })";
        const Result<SavedRun> run = DistributionFile::decode(json);
        QVERIFY2(run, qPrintable(run.message()));
        const Distribution &d = run->result.distribution;
        QCOMPARE(d.size(), 2);
        QCOMPARE(d.items().at(0).text, QStringLiteral("California")); // sorted by weight
        QCOMPARE(d.items().at(0).weight, 0.75);
        QCOMPARE(d.items().at(0).statedRaw, QStringLiteral("60%"));
        QCOMPARE(d.items().at(0).repairs, QStringList{QStringLiteral("percentage")});
        QCOMPARE(run->result.model, QStringLiteral("gpt-4.1"));
        QCOMPARE(run->result.providerId, QStringLiteral("openai"));
        QVERIFY(!run->result.simulated);
        QCOMPARE(run->request.settings.seed, std::optional<quint64>(7));
        QCOMPARE(run->request.settings.tauMode, TauMode::Filter); // a τ without a mode is the package's filter
        QCOMPARE(run->request.settings.method, GenerationSettings().method);
        QVERIFY(run->request.prompt.isEmpty());
    }

    void rejectsWhatIsNotADistribution_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("message");
        QTest::newRow("empty file") << QByteArray() << "not valid JSON";
        QTest::newRow("truncated") << QByteArray(R"({"items": [{"text": "a", "p": 1)") << "not valid JSON";
        QTest::newRow("binary") << QByteArray("\x89PNG\r\n\x1a\n", 8) << "not valid JSON";
        QTest::newRow("array") << QByteArray(R"([{"text": "a", "p": 1}])") << "not a distribution";
        QTest::newRow("no items") << QByteArray(R"({"candidates": []})") << "\"items\"";
        QTest::newRow("item without text") << QByteArray(R"({"items": [{"p": 1}]})") << "no text";
        QTest::newRow("negative p") << QByteArray(R"({"items": [{"text": "a", "p": -1}]})") << "probability";
        QTest::newRow("string p") << QByteArray(R"({"items": [{"text": "a", "p": "0.5"}]})") << "probability";
        QTest::newRow("all zero") << QByteArray(R"({"items": [{"text": "a", "p": 0}]})") << "probability 0";
        QTest::newRow("no candidates") << QByteArray(R"({"items": []})") << "no candidates";
    }
    void rejectsWhatIsNotADistribution()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, message);
        const Result<SavedRun> refused = DistributionFile::decode(bytes);
        QVERIFY(!refused);
        QCOMPARE(refused.failure().kind, Failure::Kind::BadInput);
        QVERIFY2(refused.message().contains(message, Qt::CaseInsensitive), qPrintable(refused.message()));
    }

    void csvAndMarkdownEncode()
    {
        const QString csv =
            QString::fromUtf8(DistributionFile::encode(request(), result(true), DistributionFile::Format::Csv));
        QVERIFY(csv.startsWith(QStringLiteral("rank,text,probability,")));
        QVERIFY(csv.contains(QStringLiteral("\"answer 0\nline \"\"two\"\", 世界\"")));
        const QString md =
            QString::fromUtf8(DistributionFile::encode(request(), result(true), DistributionFile::Format::Markdown));
        QVERIFY(md.contains(QStringLiteral("Tell me a joke<br>about the sea")));
        QVERIFY(md.contains(QStringLiteral("Simulated")));
    }

    // A multi-turn run that returned "Paris" three times and "Lyon" once keeps those counts in every file, and its
    // numbers are never called stated.
    void countedRunKeepsItsCountsInEveryFormat()
    {
        RunRequest req;
        req.prompt = QStringLiteral("Name a French city");
        req.settings.method = Method::MultiTurn;
        req.settings.k = 4;
        QList<Candidate> answers;
        for (const QString &text :
             {QStringLiteral("Paris"), QStringLiteral("Lyon"), QStringLiteral("Paris"), QStringLiteral("Paris")}) {
            Candidate c;
            c.text = text;
            c.index = int(answers.size());
            answers.append(c);
        }
        RunResult res;
        res.distribution = Distribution::build(answers, PostProcessOptions::fromSettings(req.settings));

        const QByteArray json = DistributionFile::encode(req, res, DistributionFile::Format::Json);
        const QJsonObject o = QJsonDocument::fromJson(json).object();
        const QJsonObject first = o[QStringLiteral("items")][0].toObject();
        QCOMPARE(first[QStringLiteral("meta")][QStringLiteral("count")].toInt(), 3);
        QCOMPARE(first[QStringLiteral("meta")][QStringLiteral("basis")].toString(), QStringLiteral("counted"));
        QVERIFY(first[QStringLiteral("meta")][QStringLiteral("p_raw")].isNull());
        QCOMPARE(first[QStringLiteral("p")].toDouble(), 0.75);
        QVERIFY(o[QStringLiteral("trace")][QStringLiteral("stated_sum")].isNull()); // was 1
        QCOMPARE(o[QStringLiteral("trace")][QStringLiteral("counted")].toBool(), true);

        const Result<SavedRun> back = DistributionFile::decode(json);
        QVERIFY2(back, qPrintable(back.message()));
        const Distribution &d = back->result.distribution;
        QCOMPARE(back->request.settings.method, Method::MultiTurn);
        QVERIFY(d.isCounted());
        QCOMPARE(d.totalCount(), 4);
        QCOMPARE(d.items().at(0).count, 3);
        QCOMPARE(d.items().at(1).count, 1);
        QVERIFY(!d.hasStatedValues());

        const QList<QStringList> csv = parseDelimited(
            QString::fromUtf8(DistributionFile::encode(req, res, DistributionFile::Format::Csv)), QLatin1Char(','));
        const qsizetype countColumn = csv.at(0).indexOf(QStringLiteral("count"));
        QVERIFY(countColumn > 0);
        QCOMPARE(csv.at(1).at(countColumn), QStringLiteral("3"));
        QCOMPARE(csv.at(1).at(csv.at(0).indexOf(QStringLiteral("stated"))), QString());

        const QString md = QString::fromUtf8(DistributionFile::encode(req, res, DistributionFile::Format::Markdown));
        QVERIFY(md.contains(QStringLiteral("| 3 of 4 |")));
        QVERIFY(!md.contains(QStringLiteral("1.000")));
    }

    void writesAtomicallyAndReadsBack()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("d.json"));
        const Result<void> written = DistributionFile::write(
            path, DistributionFile::encode(request(), result(true), DistributionFile::Format::Json));
        QVERIFY2(written, qPrintable(written.message()));
        const Result<SavedRun> run = DistributionFile::read(path);
        QVERIFY2(run, qPrintable(run.message()));
        QCOMPARE(run->result.distribution.size(), 3);

        const Result<void> unwritable =
            DistributionFile::write(dir.filePath(QStringLiteral("missing/dir/d.json")), "x");
        QVERIFY(!unwritable);
        QCOMPARE(unwritable.failure().kind, Failure::Kind::Io);
        QVERIFY2(unwritable.message().contains(QStringLiteral("missing")), qPrintable(unwritable.message()));
        const Result<SavedRun> missing = DistributionFile::read(dir.filePath(QStringLiteral("nope.json")));
        QVERIFY(!missing);
        QVERIFY2(missing.message().contains(QStringLiteral("nope.json")), qPrintable(missing.message()));

        QFile bad(dir.filePath(QStringLiteral("bad.json")));
        QVERIFY(bad.open(QIODevice::WriteOnly));
        bad.write("{\"items\": 3}");
        bad.close();
        const Result<SavedRun> refused = DistributionFile::read(bad.fileName());
        QVERIFY(!refused);
        QVERIFY2(refused.message().contains(QStringLiteral("bad.json")) &&
                     refused.message().contains(QStringLiteral("items")),
                 qPrintable(refused.message()));
    }
};

QTEST_GUILESS_MAIN(TestDistributionFile)
#include "tst_distributionfile.moc"
