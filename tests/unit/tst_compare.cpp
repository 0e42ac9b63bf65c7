// SPDX-License-Identifier: Apache-2.0
// The direct-vs-VS comparison headless: call counting, the demo model's collapse, cancel, failing calls, the pooled
// stated share and the VS / direct ratios.
#include "LoopbackServer.h"
#include "run/Compare.h"
#include "session/LabSession.h"
#include "session/ProviderRegistry.h"

#include <QSignalSpy>
#include <QTest>

#include <cmath>

Q_DECLARE_METATYPE(CompareResult)

class TestCompare : public QObject
{
    Q_OBJECT

    struct Fixture
    {
        ProviderRegistry providers{std::make_unique<MemorySecretStore>()};
        LabSession lab{&providers};
    };

    static std::unique_ptr<Fixture> make(double demoSpeed = 0.0)
    {
        auto f = std::make_unique<Fixture>();
        f->providers.setDemoSpeed(demoSpeed);
        return f;
    }

    static CompareRequest request(const QString &prompt, int n = 30, int k = 5)
    {
        CompareRequest r;
        r.prompt = prompt;
        r.n = n;
        r.settings.k = k;
        r.settings.seed = 1;
        return r;
    }

    static void useServer(ProviderRegistry &providers, const LoopbackServer &server)
    {
        ProviderConfig c;
        c.presetId = QStringLiteral("custom");
        c.baseUrl = server.url(QStringLiteral("/v1")).toString();
        c.model = QStringLiteral("loop-model");
        providers.setConfig(c);
        TransportSettings t;
        t.retries = 0;
        t.timeoutSeconds = 5;
        providers.setTransport(t);
        QVERIFY(providers.setCurrent(QStringLiteral("custom")).ok());
    }

    static MethodOutcome outcome(Method method, const QStringList &responses, const QList<double> &stated = {},
                                 const QList<int> &callOf = {}, int calls = 1)
    {
        MethodOutcome o;
        o.method = method;
        o.responses = responses;
        for (qsizetype i = 0; i < responses.size(); ++i) {
            o.stated.append(stated.value(i, std::nan("")));
            o.callOf.append(callOf.value(i, 0));
        }
        o.calls = calls;
        return o;
    }

private Q_SLOTS:
    void initTestCase() { qRegisterMetaType<CompareResult>(); }

    void countsCallsThePapersWay()
    {
        CompareRequest r = request(QStringLiteral("Tell me a joke"));
        QCOMPARE(r.callsFor(Method::Direct), 30);
        QCOMPARE(r.callsFor(Method::DirectCot), 30);
        QCOMPARE(r.callsFor(Method::VsStandard), 6);
        QCOMPARE(r.callsFor(Method::Sequence), 6);
        QCOMPARE(r.callsFor(Method::MultiTurn), 6);
        r.n = 32;
        QCOMPARE(r.callsFor(Method::VsCot), 7);
        QCOMPARE(r.callRequest(Method::Direct, 0).settings.k, 1);
        QCOMPARE(r.callRequest(Method::VsMulti, 0).settings.k, 5);
        // Seeds: reproducible, different per call and per method; none without a seed.
        QCOMPARE(r.callRequest(Method::Direct, 3).settings.seed, r.callRequest(Method::Direct, 3).settings.seed);
        QVERIFY(r.callRequest(Method::Direct, 3).settings.seed != r.callRequest(Method::Direct, 4).settings.seed);
        QVERIFY(r.callRequest(Method::Direct, 3).settings.seed != r.callRequest(Method::VsStandard, 3).settings.seed);
        r.settings.seed.reset();
        QVERIFY(!r.callRequest(Method::Direct, 3).settings.seed);
    }

    void refusesBadRequests()
    {
        auto f = make();
        CompareRequest r = request(QStringLiteral("Tell me a joke"));
        r.methods.clear();
        QVERIFY(!f->lab.start(r).ok());
        r = request(QStringLiteral("Tell me a joke"));
        r.methods = {Method::Direct, Method::Direct};
        QVERIFY(!f->lab.start(r).ok());
        r = request(QStringLiteral("  "));
        QVERIFY(!f->lab.start(r).ok());
        r = request(QStringLiteral("Tell me a joke"), 0);
        QVERIFY(!f->lab.start(r).ok());
        QVERIFY(!f->lab.isRunning());
    }

    void vsBeatsDirectOnTheDemoModel()
    {
        auto f = make();
        QSignalSpy finished(&f->lab, &LabSession::finished);
        QSignalSpy updated(&f->lab, &LabSession::updated);
        QVERIFY(f->lab.start(request(QStringLiteral("Name a US state"))).ok());
        QVERIFY(f->lab.isRunning());
        QCOMPARE(f->lab.start(request(QStringLiteral("Name a US state"))).failure().kind, Failure::Kind::Busy);
        QVERIFY(finished.wait(20000));
        QVERIFY(!f->lab.isRunning());
        QCOMPARE(f->lab.callsDone(), 36);
        QCOMPARE(f->lab.callsTotal(), 36);
        QVERIFY(updated.size() >= 2);
        const QList<LabColumn> &cols = f->lab.columns();
        QCOMPARE(cols.size(), 2);
        const LabColumn &direct = cols[0];
        const LabColumn &vs = cols[1];
        QCOMPARE(direct.outcome.method, Method::Direct);
        QCOMPARE(direct.outcome.calls, 30);
        QCOMPARE(vs.outcome.calls, 6);
        QCOMPARE(direct.outcome.failedCalls, 0);
        QCOMPARE(vs.outcome.failedCalls, 0);
        QCOMPARE(direct.outcome.responses.size(), 30);
        QCOMPARE(vs.outcome.responses.size(), 30);
        QCOMPARE(vs.outcome.stated.size(), 30);
        QCOMPARE(vs.outcome.callOf.size(), 30);
        QVERIFY(std::isnan(direct.outcome.stated.first()));
        QVERIFY(!std::isnan(vs.outcome.stated.first()));
        QVERIFY2(vs.metrics.unique > direct.metrics.unique,
                 qPrintable(QStringLiteral("%1 vs %2").arg(vs.metrics.unique).arg(direct.metrics.unique)));
        QVERIFY(vs.metrics.vendi > direct.metrics.vendi);
        // The US-state pack's answer set is picked up from the prompt.
        QVERIFY(direct.metrics.hasAnswerSet);
        QVERIFY(vs.metrics.coverage.value_or(0) > direct.metrics.coverage.value_or(0));
        QCOMPARE(f->lab.answerSetSource(), QStringLiteral(":/demo/answers/us-state.txt"));
        // Pooled stated shares: one per cluster, summing to 1; none for direct.
        QVERIFY(direct.statedShare.isEmpty());
        QCOMPARE(vs.statedShare.size(), vs.clusters.size());
        double sum = 0;
        for (const double s : vs.statedShare)
            sum += s;
        QVERIFY(std::abs(sum - 1.0) < 1e-9);
        const QJsonObject ratios = f->lab.ratios();
        QVERIFY(ratios.value(QStringLiteral("unique")).toDouble() > 1.0);
        QVERIFY(ratios.value(QStringLiteral("vendi")).toDouble() > 1.0);
        QVERIFY(f->lab.result());
        QVERIFY(f->lab.result()->simulated);
        QVERIFY(!f->lab.result()->cancelled);

        // Same seed, same answers (in the order calls finished, which concurrency may vary).
        QStringList first = vs.outcome.responses;
        first.sort();
        QVERIFY(f->lab.start(request(QStringLiteral("Name a US state"))).ok());
        QVERIFY(finished.wait(20000));
        QStringList second = f->lab.columns()[1].outcome.responses;
        second.sort();
        QCOMPARE(second, first);
    }

    void demoAlphaShapesTheCollapse()
    {
        auto f = make();
        CompareRequest r = request(QStringLiteral("Name a US state"));
        r.methods = {Method::Direct};
        QSignalSpy finished(&f->lab, &LabSession::finished);
        QVERIFY(f->lab.start(r).ok());
        QVERIFY(finished.wait(20000));
        const int collapsed = f->lab.columns().first().metrics.unique;
        // Without typicality bias the demo's direct answers follow the base distribution: far more of them.
        f->lab.setDemoAlpha(0.0);
        QVERIFY(f->lab.start(r).ok());
        QVERIFY(finished.wait(20000));
        const int unbiased = f->lab.columns().first().metrics.unique;
        QVERIFY2(unbiased > collapsed, qPrintable(QStringLiteral("%1 vs %2").arg(unbiased).arg(collapsed)));
    }

    void noAnswerSetForOtherPrompts()
    {
        QCOMPARE(LabSession::demoAnswerSetFor(QStringLiteral("Tell me a joke")), QString());
        QCOMPARE(LabSession::demoAnswerSetFor(QStringLiteral("Pick a random number between 1 and 10")),
                 QStringLiteral(":/demo/answers/random-number.txt"));
    }

    void cancelKeepsWhatArrived()
    {
        auto f = make();
        CompareRequest r = request(QStringLiteral("Tell me a joke"));
        r.concurrency = 3;
        CompareJob job(f->providers.current(), r);
        QSignalSpy finished(&job, &CompareJob::finished);
        int seen = 0;
        connect(&job, &CompareJob::callFinished, &job, [&job, &seen](int) {
            if (++seen == 5)
                job.cancel();
        });
        job.start();
        QVERIFY(finished.size() == 1 || finished.wait(20000));
        QTest::qWait(0);
        QCOMPARE(finished.size(), 1);
        const CompareResult result = job.result();
        QVERIFY(result.cancelled);
        QVERIFY(!job.isRunning());
        int calls = 0;
        qsizetype responses = 0;
        for (const MethodOutcome &o : result.methods) {
            calls += o.calls;
            responses += o.responses.size();
        }
        QVERIFY2(calls >= 5 && calls < 36, qPrintable(QString::number(calls)));
        QCOMPARE(job.callsDone(), calls);
        // Every call that finished before the cancel kept its answers.
        QVERIFY(responses >= 1);
        int kept = 0;
        for (const MethodOutcome &o : result.methods)
            kept += o.calls - o.failedCalls;
        QVERIFY(kept >= 5);
    }

    void countsFailedCalls()
    {
        LoopbackServer server;
        server.setFallback(
            LoopbackServer::Response::json(QByteArray(R"({"error":{"message":"Incorrect API key provided."}})"), 401));
        auto f = make();
        useServer(f->providers, server);
        CompareRequest r = request(QStringLiteral("Name a colour"), 4, 2);
        QSignalSpy finished(&f->lab, &LabSession::finished);
        QVERIFY(f->lab.start(r).ok());
        QVERIFY(finished.wait(20000));
        const QList<LabColumn> &cols = f->lab.columns();
        QCOMPARE(cols[0].outcome.calls, 4);
        QCOMPARE(cols[0].outcome.failedCalls, 4);
        QCOMPARE(cols[1].outcome.calls, 2);
        QCOMPARE(cols[1].outcome.failedCalls, 2);
        QCOMPARE(cols[0].outcome.errors.size(), 1); // distinct messages only
        QVERIFY2(cols[0].outcome.errors.first().contains(QStringLiteral("401")),
                 qPrintable(cols[0].outcome.errors.first()));
        QVERIFY(cols[0].outcome.responses.isEmpty());
        QVERIFY(f->lab.ratios().isEmpty());
        QVERIFY(!f->lab.result()->simulated);
    }

    void poolsStatedSharesOverCalls()
    {
        // Two calls: A 0.6 + B 0.4, then A 0.2 + C 0.8. Per call: A 0.4, B 0.2, C 0.4 — already summing to 1.
        const MethodOutcome o = outcome(
            Method::VsStandard, {QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("A"), QStringLiteral("C")},
            {0.6, 0.4, 0.2, 0.8}, {0, 0, 1, 1}, 2);
        const LabColumn c = LabSession::column(o, nullptr, 0.0);
        QCOMPARE(c.clusters.size(), 3);
        QCOMPARE(c.clusters[0].representative, QStringLiteral("A"));
        QCOMPARE(c.statedShare.size(), 3);
        QVERIFY(std::abs(c.statedShare[0] - 0.4) < 1e-12);
        QVERIFY(std::abs(c.statedShare[1] - 0.2) < 1e-12);
        QVERIFY(std::abs(c.statedShare[2] - 0.4) < 1e-12);

        // Stated sums off 1 are normalized over the clusters: 0.2 + 0.2 and 0.1 → 0.8 / 0.2.
        const MethodOutcome off =
            outcome(Method::VsStandard, {QStringLiteral("x"), QStringLiteral("y"), QStringLiteral("x")},
                    {0.2, 0.1, 0.2}, {0, 0, 1}, 2);
        const LabColumn d = LabSession::column(off, nullptr, 0.0);
        QVERIFY(std::abs(d.statedShare[0] - 0.8) < 1e-12);
        QVERIFY(std::abs(d.statedShare[1] - 0.2) < 1e-12);

        // Near-duplicates merged above the threshold pool their shares.
        const MethodOutcome near = outcome(Method::VsStandard,
                                           {QStringLiteral("the cat sat on the mat"),
                                            QStringLiteral("the cat sat on a mat"), QStringLiteral("dogs bark")},
                                           {0.5, 0.25, 0.25}, {0, 0, 0}, 1);
        const LabColumn m = LabSession::column(near, nullptr, 0.5);
        QCOMPARE(m.clusters.size(), 2);
        QVERIFY(std::abs(m.statedShare[0] - 0.75) < 1e-12);

        // A method that states nothing has no share.
        QVERIFY(LabSession::column(outcome(Method::Direct, {QStringLiteral("A")}), nullptr, 0.0).statedShare.isEmpty());
    }

    void ratiosAreVsOverDirect()
    {
        QList<LabColumn> cols;
        cols.append(LabSession::column(outcome(Method::Direct, {QStringLiteral("x"), QStringLiteral("x"),
                                                                QStringLiteral("x"), QStringLiteral("x")}),
                                       nullptr, 0.0));
        cols.append(LabSession::column(outcome(Method::VsStandard, {QStringLiteral("a b"), QStringLiteral("c d"),
                                                                    QStringLiteral("e f"), QStringLiteral("g h")}),
                                       nullptr, 0.0));
        const QJsonObject r = LabSession::ratios(cols);
        QCOMPARE(r.value(QStringLiteral("unique")).toDouble(), 4.0);
        QCOMPARE(r.value(QStringLiteral("n")).toDouble(), 1.0);
        QVERIFY(std::abs(r.value(QStringLiteral("vendi")).toDouble() - 4.0) < 1e-6);
        // Direct's lexical diversity is 0: no ratio rather than infinity.
        QVERIFY(!r.contains(QStringLiteral("lexical_diversity")));
        QVERIFY(!r.contains(QStringLiteral("entropy_bits")));
        // Without a direct column there is nothing to compare.
        QVERIFY(LabSession::ratios(cols.mid(1)).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCompare)
#include "tst_compare.moc"
