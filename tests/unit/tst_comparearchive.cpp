// SPDX-License-Identifier: Apache-2.0
// Comparisons in the history: saved when they end, read back exactly (responses, stated shares, calls, notes), shown
// again by the lab without a call, and restored through Session::restore.
#include "session/CompareArchive.h"
#include "session/LabSession.h"
#include "session/ProviderRegistry.h"
#include "session/Session.h"
#include "store/HistoryStore.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

Q_DECLARE_METATYPE(CompareResult)

class TestCompareArchive : public QObject
{
    Q_OBJECT

    static CompareResult sample()
    {
        CompareResult r;
        r.request.prompt = QStringLiteral("Name a US state");
        r.request.methods = {Method::Direct, Method::VsStandard};
        r.request.n = 4;
        r.request.settings.k = 2;
        r.request.settings.seed = 18446744073709551557ULL; // above 2^53: kept exactly
        r.request.settings.temperature = 0.7;
        r.providerId = QStringLiteral("openai");
        r.model = QStringLiteral("gpt-4.1-mini");
        r.latencyMs = 1234;
        MethodOutcome direct;
        direct.method = Method::Direct;
        direct.responses = {QStringLiteral("California"), QStringLiteral("California"), QStringLiteral("Texas")};
        direct.stated = {std::nan(""), std::nan(""), std::nan("")};
        direct.callOf = {0, 1, 2};
        direct.calls = 4;
        direct.failedCalls = 1;
        direct.errors = {QStringLiteral("HTTP 500 from the server")};
        direct.notes = {
            QStringLiteral("The server gave 1 of the 4 answers asked in one call; asked the rest one per call.")};
        MethodOutcome vs;
        vs.method = Method::VsStandard;
        vs.responses = {QStringLiteral("Vermont"), QStringLiteral("Ohio"), QStringLiteral("Maine"),
                        QStringLiteral("Ohio")};
        vs.stated = {0.6, 0.4, 0.3, 0.7};
        vs.callOf = {0, 0, 1, 1};
        vs.calls = 2;
        r.methods = {direct, vs};
        return r;
    }

private Q_SLOTS:
    void initTestCase() { qRegisterMetaType<CompareResult>(); }

    void roundTripsExactly()
    {
        const CompareResult r = sample();
        const HistoryEntry e = CompareArchive::toEntry(r);
        QCOMPARE(e.kind, QStringLiteral("compare"));
        QCOMPARE(e.method, QStringLiteral("direct,vs-standard"));
        QCOMPARE(e.status, QStringLiteral("partial")); // a failed call, responses kept
        QCOMPARE(e.candidateCount, 7);
        QCOMPARE(e.errorMessage, QStringLiteral("HTTP 500 from the server"));
        const Result<CompareResult> back = CompareArchive::fromEntry(e);
        QVERIFY2(back.ok(), qPrintable(back.message()));
        const CompareResult &b = back.value();
        QCOMPARE(b.request.prompt, r.request.prompt);
        QCOMPARE(b.request.methods, r.request.methods);
        QCOMPARE(b.request.n, 4);
        QCOMPARE(b.request.settings.k, 2);
        QCOMPARE(b.request.settings.seed, r.request.settings.seed);
        QCOMPARE(b.request.settings.temperature, 0.7);
        QCOMPARE(b.providerId, r.providerId);
        QCOMPARE(b.model, r.model);
        QCOMPARE(b.latencyMs, 1234);
        QCOMPARE(b.methods.size(), 2);
        for (int m = 0; m < 2; ++m) {
            QCOMPARE(b.methods[m].method, r.methods[m].method);
            QCOMPARE(b.methods[m].responses, r.methods[m].responses);
            QCOMPARE(b.methods[m].callOf, r.methods[m].callOf);
            QCOMPARE(b.methods[m].calls, r.methods[m].calls);
            QCOMPARE(b.methods[m].failedCalls, r.methods[m].failedCalls);
            QCOMPARE(b.methods[m].errors, r.methods[m].errors);
            QCOMPARE(b.methods[m].notes, r.methods[m].notes);
            for (int i = 0; i < r.methods[m].stated.size(); ++i) {
                const double want = r.methods[m].stated[i];
                const double got = b.methods[m].stated[i];
                QVERIFY(std::isnan(want) ? std::isnan(got) : got == want);
            }
        }
        // The lab computes the same columns from the copy: clusters and the pooled stated share.
        const LabColumn before = LabSession::column(r.methods[1], nullptr, 0.0);
        const LabColumn after = LabSession::column(b.methods[1], nullptr, 0.0);
        QCOMPARE(after.statedShare, before.statedShare);
        QCOMPARE(after.clusters.size(), before.clusters.size());
    }

    void refusesWhatIsNotAComparison()
    {
        HistoryEntry plain;
        plain.id = 9;
        QVERIFY(!CompareArchive::fromEntry(plain));
        QJsonObject json = CompareArchive::toJson(sample());
        json.insert(QStringLiteral("version"), 99);
        const Result<CompareResult> newer = CompareArchive::fromJson(json);
        QVERIFY(!newer);
        QVERIFY2(newer.message().contains(QStringLiteral("newer")), qPrintable(newer.message()));
        json = CompareArchive::toJson(sample());
        QJsonArray methods = json.value(QStringLiteral("methods")).toArray();
        QJsonObject first = methods[0].toObject();
        first.insert(QStringLiteral("method"), QStringLiteral("vs-magic"));
        methods[0] = first;
        json.insert(QStringLiteral("methods"), methods);
        const Result<CompareResult> unknown = CompareArchive::fromJson(json);
        QVERIFY(!unknown);
        QVERIFY2(unknown.message().contains(QStringLiteral("vs-magic")), qPrintable(unknown.message()));
    }

    void theLabSavesAndTheSessionReopens()
    {
        QTemporaryDir dir;
        ProviderRegistry providers{std::make_unique<MemorySecretStore>()};
        providers.setDemoSpeed(0.0);
        Session session(&providers);
        QVERIFY(session.openHistory(dir.filePath(QStringLiteral("history.sqlite"))).ok());
        LabSession lab(&providers);
        lab.setHistory(&session);
        CompareRequest request;
        request.prompt = QStringLiteral("Tell me a joke about coffee");
        request.n = 6;
        request.settings.k = 3;
        request.settings.seed = 5;
        QSignalSpy finished(&lab, &LabSession::finished);
        QSignalSpy changed(&session, &Session::historyChanged);
        QVERIFY(lab.start(request).ok());
        QVERIFY(finished.wait(20000));
        QVERIFY(lab.historyId() > 0);
        QCOMPARE(changed.size(), 1);
        const std::optional<HistoryEntry> saved = session.historyStore()->get(lab.historyId());
        QVERIFY(saved);
        QCOMPARE(saved->kind, QStringLiteral("compare"));
        QVERIFY(saved->simulated);

        // Restoring it hands the comparison to whoever shows the lab; the main window's run stays as it was.
        QSignalSpy opened(&session, &Session::comparisonOpened);
        QSignalSpy loaded(&session, &Session::loaded);
        QVERIFY(session.restore(lab.historyId()).ok());
        QCOMPARE(opened.size(), 1);
        QCOMPARE(loaded.size(), 0);
        const CompareResult reopened = opened.first().first().value<CompareResult>();
        QCOMPARE(reopened.methods.size(), lab.result()->methods.size());
        QCOMPARE(reopened.methods[1].responses, lab.result()->methods[1].responses);

        // Shown again in a fresh lab: same columns and ratios, nothing called, nothing saved twice.
        LabSession again(&providers);
        again.setHistory(&session);
        QVERIFY(again.show(reopened).ok());
        QCOMPARE(again.historyId(), 0);
        QCOMPARE(again.columns().size(), lab.columns().size());
        QCOMPARE(again.ratios(), lab.ratios());
        QCOMPARE(changed.size(), 1);
    }

    void aSearchFindsTheComparisonsAnswers()
    {
        QTemporaryDir dir;
        HistoryStore store;
        QVERIFY(store.open(dir.filePath(QStringLiteral("h.sqlite"))).ok());
        QVERIFY(store.add(CompareArchive::toEntry(sample())) > 0);
        HistoryFilter filter;
        filter.text = QStringLiteral("Vermont");
        QCOMPARE(store.page(filter, 10).size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestCompareArchive)
#include "tst_comparearchive.moc"
