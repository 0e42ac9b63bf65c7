// SPDX-License-Identifier: Apache-2.0
#include "providers/Provider.h"
#include "run/Run.h"
#include "TestKit.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

namespace {
ProviderConfig demoConfig(double tokensPerSecond = 0.0)
{
    ProviderConfig c;
    c.presetId = QStringLiteral("demo");
    c.model = QStringLiteral("vs-demo");
    c.demoTokensPerSecond = tokensPerSecond;
    return c;
}

RunRequest request(Method method, int k, quint64 seed = 11)
{
    RunRequest r;
    r.prompt = QStringLiteral("Tell me a joke");
    r.settings.method = method;
    r.settings.k = k;
    r.settings.seed = seed;
    return r;
}

/// Starts `run` and waits for its result; take it with VSLAB_TAKE.
TestKit::Outcome<RunResult> runToEnd(Run &run, int timeoutMs = TestKit::kRunTimeoutMs)
{
    QSignalSpy done(&run, &Run::finished);
    run.start();
    return TestKit::takeSignal<RunResult>(done, timeoutMs);
}
} // namespace

Q_DECLARE_METATYPE(RunResult)
Q_DECLARE_METATYPE(Candidate)

class TestRun : public QObject
{
    Q_OBJECT
    QNetworkAccessManager m_nam;

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<RunResult>();
        qRegisterMetaType<Candidate>();
    }

    void vsStandardStreamsCandidatesBeforeFinishing()
    {
        std::shared_ptr<Provider> provider = Provider::create(demoConfig(), &m_nam);
        Run run(provider, request(Method::VsStandard, 5));
        QList<int> seenAtFinish;
        QSignalSpy ready(&run, &Run::candidateReady);
        connect(&run, &Run::finished, this, [&] { seenAtFinish.append(int(ready.size())); });
        VSLAB_TAKE(const RunResult r, runToEnd(run));
        QVERIFY2(r.completed(), r.error ? qPrintable(r.error->message) : "");
        QCOMPARE(ready.size(), 5);
        QCOMPARE(seenAtFinish, QList<int>{5});
        QCOMPARE(r.distribution.size(), 5);
        QVERIFY(r.simulated);
        QCOMPARE(r.callCount, 1);
        QCOMPARE(r.conversations.first().size(), 2);
        QVERIFY(!r.rawReplies.first().isEmpty());
        double sum = 0;
        for (const Candidate &c : r.distribution.items()) {
            QVERIFY(c.hasStated());
            sum += c.weight;
        }
        QVERIFY(qFuzzyCompare(sum, 1.0));
    }

    void sameSeedSameRun()
    {
        std::shared_ptr<Provider> provider = Provider::create(demoConfig(), &m_nam);
        Run a(provider, request(Method::VsStandard, 5, 99));
        Run b(provider, request(Method::VsStandard, 5, 99));
        VSLAB_TAKE(const RunResult first, runToEnd(a));
        VSLAB_TAKE(const RunResult second, runToEnd(b));
        QCOMPARE(first.rawReplies, second.rawReplies);
    }

    void multiTurnKeepsOneConversation()
    {
        std::shared_ptr<Provider> provider = Provider::create(demoConfig(), &m_nam);
        Run run(provider, request(Method::MultiTurn, 3));
        VSLAB_TAKE(const RunResult r, runToEnd(run));
        QVERIFY(r.completed());
        QCOMPARE(r.callCount, 3);
        // system + user, then assistant + follow-up per further turn
        QCOMPARE(r.conversations.last().size(), 6);
        QCOMPARE(r.conversations.last()[2].role, ChatMessage::Role::Assistant);
        QCOMPARE(r.conversations.last()[2].content, r.rawReplies.first());
        int total = 0;
        for (const Candidate &c : r.distribution.items())
            total += 1 + int(c.repairs.contains(QStringLiteral("duplicate")));
        QVERIFY(total >= 1);
        QVERIFY(r.distribution.size() <= 3);
    }

    void vsMultiAsksInTurns()
    {
        std::shared_ptr<Provider> provider = Provider::create(demoConfig(), &m_nam);
        RunRequest req = request(Method::VsMulti, 5);
        req.settings.perTurn = 2;
        Run run(provider, req);
        VSLAB_TAKE(const RunResult r, runToEnd(run));
        QVERIFY(r.completed());
        QCOMPARE(r.callCount, 3);
        QCOMPARE(r.distribution.size(), 5);
    }

    void splitKRunsConcurrentCallsAndMerges()
    {
        std::shared_ptr<Provider> provider = Provider::create(demoConfig(), &m_nam);
        RunRequest req = request(Method::VsStandard, 9);
        req.concurrency = 3;
        Run run(provider, req);
        QSignalSpy started(&run, &Run::callStarted);
        run.start();
        QCOMPARE(started.size(), 3); // all calls start at once
        QSignalSpy done(&run, &Run::finished);
        VSLAB_WAIT_RUN(done, TestKit::kRunTimeoutMs, r);
        QCOMPARE(r.callCount, 3);
        QVERIFY(r.distribution.size() >= 3);
        QVERIFY(r.distribution.size() <= 9);
    }

    void directGivesOnePlainAnswer()
    {
        std::shared_ptr<Provider> provider = Provider::create(demoConfig(), &m_nam);
        Run run(provider, request(Method::Direct, 5));
        VSLAB_TAKE(const RunResult r, runToEnd(run));
        QVERIFY(r.completed());
        QCOMPARE(r.distribution.size(), 1);
        QCOMPARE(r.distribution.items()[0].text, r.rawReplies.first().trimmed());
        QCOMPARE(r.distribution.items()[0].weight, 1.0);
    }

    void cancelKeepsPartialCandidates()
    {
        std::shared_ptr<Provider> provider = Provider::create(demoConfig(400.0), &m_nam);
        Run run(provider, request(Method::VsStandard, 10));
        QSignalSpy ready(&run, &Run::candidateReady);
        QSignalSpy done(&run, &Run::finished);
        run.start();
        QVERIFY(ready.wait(10000));
        run.cancel(); // may finish synchronously: the calls abort at once
        QTRY_COMPARE_WITH_TIMEOUT(done.size(), 1, 5000);
        const RunResult r = done.takeFirst().at(0).value<RunResult>();
        QVERIFY(r.cancelled);
        QVERIFY(r.error);
        QCOMPARE(r.error->code, ProviderError::Code::Cancelled);
        QVERIFY(r.distribution.size() >= 1);
        QVERIFY(r.distribution.size() < 10);
        QVERIFY(!run.isRunning());
    }

    void invalidSettingsFailWithTheRange()
    {
        std::shared_ptr<Provider> provider = Provider::create(demoConfig(), &m_nam);
        RunRequest req = request(Method::VsStandard, 0);
        Run run(provider, req);
        VSLAB_TAKE(const RunResult r, runToEnd(run));
        QVERIFY(r.error);
        QCOMPARE(r.error->code, ProviderError::Code::BadRequest);
        QVERIFY(r.error->message.contains(QStringLiteral("between 1 and 100")));
        QCOMPARE(r.callCount, 0);
    }

    void emptyPromptIsRejected()
    {
        std::shared_ptr<Provider> provider = Provider::create(demoConfig(), &m_nam);
        RunRequest req = request(Method::VsStandard, 5);
        req.prompt = QStringLiteral("   ");
        Run run(provider, req);
        VSLAB_TAKE(const RunResult r, runToEnd(run));
        QVERIFY(r.error);
        QVERIFY(r.error->message.contains(QStringLiteral("prompt is empty")));
    }

    void unmatchedDemoPromptNamesThePacks()
    {
        std::shared_ptr<Provider> provider = Provider::create(demoConfig(), &m_nam);
        RunRequest req = request(Method::VsStandard, 5);
        req.prompt = QStringLiteral("Explain quantum chromodynamics in detail");
        Run run(provider, req);
        VSLAB_TAKE(const RunResult r, runToEnd(run));
        QVERIFY(r.error);
        QCOMPARE(r.error->code, ProviderError::Code::NoMatch);
        QVERIFY(r.error->message.contains(QStringLiteral("joke"), Qt::CaseInsensitive));
        QVERIFY(r.distribution.isEmpty());
        QVERIFY(r.warnings.isEmpty()); // no "cut off" warning for a reply that never started
    }

    void tailModeKeepsEveryStatedProbabilityUnderTau()
    {
        std::shared_ptr<Provider> provider = Provider::create(demoConfig(), &m_nam);
        RunRequest req = request(Method::VsStandard, 5);
        req.prompt = QStringLiteral("Name a US state");
        req.settings.tauMode = TauMode::Tail;
        req.settings.tau = 0.05;
        Run run(provider, req);
        VSLAB_TAKE(const RunResult r, runToEnd(run));
        QVERIFY(r.completed());
        QCOMPARE(r.distribution.size(), 5);
        for (const Candidate &c : r.distribution.items())
            QVERIFY2(c.stated < 0.05, qPrintable(c.text));
        QVERIFY(r.conversations.first().first().content.contains(QStringLiteral("less than 0.05")));
    }

    void filterModeDropsBelowTau()
    {
        std::shared_ptr<Provider> provider = Provider::create(demoConfig(), &m_nam);
        RunRequest req = request(Method::VsStandard, 10);
        req.settings.tauMode = TauMode::Filter;
        req.settings.tau = 0.08;
        Run run(provider, req);
        VSLAB_TAKE(const RunResult r, runToEnd(run));
        QVERIFY(r.completed());
        for (const Candidate &c : r.distribution.items())
            QVERIFY(c.clipped >= 0.08 || r.distribution.tauRelaxed());
        QCOMPARE(r.distribution.size() + r.distribution.numFiltered(), 10);
    }
};

QTEST_GUILESS_MAIN(TestRun)
#include "tst_run.moc"
