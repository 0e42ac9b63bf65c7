// SPDX-License-Identifier: Apache-2.0
// One binding from command-line flags to a GenerationSetup, as vslab and vslab-cli both use it.
#include "session/GenerationFlags.h"

#include <QCommandLineParser>
#include <QTest>

namespace {
QStringList args(std::initializer_list<const char *> list)
{
    QStringList out;
    for (const char *a : list)
        out.append(QString::fromUtf8(a));
    return out;
}

/// Parses `args` (after the program name) with the flags of `groups` over `setup`.
Result<void> apply(const QStringList &args, GenerationSetup &setup, int groups = GenerationFlags::All)
{
    QCommandLineParser p;
    const GenerationFlags flags(groups);
    flags.addTo(p);
    if (!p.parse(QStringList{QStringLiteral("prog")} + args))
        return fail(Failure::Kind::BadInput, p.errorText());
    return flags.apply(p, setup);
}
} // namespace

class TestFlags : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void everyFlagLandsInTheSetup()
    {
        qputenv("VSLAB_TEST_KEY", "sk-flag");
        GenerationSetup s;
        const Result<void> r = apply(args({"--provider",
                                           "vllm",
                                           "--model",
                                           "qwen",
                                           "--base-url",
                                           "http://127.0.0.1:9/v1",
                                           "--api-key-env",
                                           "VSLAB_TEST_KEY",
                                           "--method",
                                           "vs-multi",
                                           "-k",
                                           "9",
                                           "--per-turn",
                                           "3",
                                           "--temperature",
                                           "0.4",
                                           "--format",
                                           "xml",
                                           "--concurrency",
                                           "1",
                                           "--tau-mode",
                                           "filter",
                                           "--tau",
                                           "0.2",
                                           "--min-survivors",
                                           "2",
                                           "--weights",
                                           "softmax",
                                           "--seed",
                                           "18446744073709551615",
                                           "--structured",
                                           "off",
                                           "--no-stream",
                                           "--timeout",
                                           "2.5",
                                           "--retries",
                                           "4",
                                           "--max-tokens",
                                           "1024",
                                           "--reply-cap",
                                           "2"}),
                                     s);
        QVERIFY2(r.ok(), qPrintable(r.message()));
        QCOMPARE(s.provider.presetId, QStringLiteral("vllm"));
        QCOMPARE(s.provider.model, QStringLiteral("qwen"));
        QCOMPARE(s.provider.baseUrl, QStringLiteral("http://127.0.0.1:9/v1"));
        QCOMPARE(s.provider.apiKeyEnv, QStringLiteral("VSLAB_TEST_KEY"));
        const GenerationSettings &g = s.request.settings;
        QCOMPARE(g.method, Method::VsMulti);
        QCOMPARE(g.k, 9);
        QCOMPARE(g.perTurn, 3);
        QCOMPARE(g.temperature, 0.4);
        QCOMPARE(g.format, OutputFormat::Xml);
        QCOMPARE(g.tauMode, TauMode::Filter);
        QCOMPARE(g.tau, 0.2);
        QCOMPARE(g.minSurvivors, 2);
        QCOMPARE(g.weightMode, WeightMode::Softmax);
        QCOMPARE(g.seed, std::optional<quint64>(18446744073709551615ULL));
        QCOMPARE(s.transport.structured, StructuredMode::Off);
        QCOMPARE(s.transport.stream, false);
        QCOMPARE(s.transport.timeoutSeconds, 2.5);
        QCOMPARE(s.transport.retries, 4);
        QCOMPARE(s.transport.maxTokens, 1024);
        QCOMPARE(s.transport.replyCapMiB, 2);
        ProviderConfig c;
        s.transport.applyTo(c);
        QCOMPARE(c.stallTimeoutMs, 2500);
        QCOMPARE(c.maxReplyBytes, qint64(2) * 1024 * 1024);
        QCOMPARE(TransportSettings::of(c), s.transport);
        qunsetenv("VSLAB_TEST_KEY");
    }

    void absentFlagsKeepTheDefaults()
    {
        GenerationSetup s;
        s.request.settings.k = 12; // the GUI's saved settings
        s.request.settings.tauMode = TauMode::Tail;
        QVERIFY(apply(args({"--tau", "0.3"}), s).ok()); // τ applies: a τ mode is in force
        QCOMPARE(s.request.settings.k, 12);
        QCOMPARE(s.request.settings.tau, 0.3);
        QCOMPARE(s.transport, TransportSettings{});
    }

    void badValuesNameTheFlag_data()
    {
        QTest::addColumn<QStringList>("flags");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("tau without mode") << args({"--tau", "0.2"}) << QStringLiteral("--tau-mode");
        QTest::newRow("k range") << args({"-k", "0"}) << QStringLiteral("k must be between 1 and 100");
        QTest::newRow("k text") << args({"-k", "many"}) << QStringLiteral("-k needs a whole number");
        QTest::newRow("method") << args({"--method", "vs-magic"}) << QStringLiteral("vs-standard");
        QTest::newRow("provider") << args({"--provider", "skynet"}) << QStringLiteral("ollama");
        QTest::newRow("seed negative") << args({"--seed", "-1"}) << QStringLiteral("--seed");
        QTest::newRow("seed too big") << args({"--seed", "18446744073709551616"}) << QStringLiteral("--seed");
        QTest::newRow("temperature") << args({"--temperature", "3"}) << QStringLiteral("Temperature");
        QTest::newRow("timeout") << args({"--timeout", "0"}) << QStringLiteral("timeout");
        QTest::newRow("retries") << args({"--retries", "11"}) << QStringLiteral("Retries");
        QTest::newRow("concurrency") << args({"--concurrency", "17"}) << QStringLiteral("--concurrency");
        QTest::newRow("structured") << args({"--structured", "maybe"}) << QStringLiteral("--structured");
        QTest::newRow("key variable unset")
            << args({"--api-key-env", "VSLAB_NO_SUCH_VARIABLE"}) << QStringLiteral("VSLAB_NO_SUCH_VARIABLE");
    }
    void badValuesNameTheFlag()
    {
        QFETCH(QStringList, flags);
        QFETCH(QString, mentions);
        GenerationSetup s;
        const Result<void> r = apply(flags, s);
        QVERIFY(!r.ok());
        QCOMPARE(r.failure().kind, Failure::Kind::BadInput);
        QVERIFY2(r.message().contains(mentions), qPrintable(r.message()));
    }

    void groupsOfferOnlyTheirFlags()
    {
        QCommandLineParser p;
        GenerationFlags(GenerationFlags::PostProcess).addTo(p);
        QVERIFY(!p.parse({QStringLiteral("prog"), QStringLiteral("--provider"), QStringLiteral("demo")}));
        QCommandLineParser q;
        GenerationFlags(GenerationFlags::Connection).addTo(q);
        QVERIFY(q.parse({QStringLiteral("prog"), QStringLiteral("--timeout"), QStringLiteral("3"),
                         QStringLiteral("--provider"), QStringLiteral("ollama")}));
        QVERIFY(!q.parse({QStringLiteral("prog"), QStringLiteral("-k"), QStringLiteral("3")}));
    }
};

QTEST_GUILESS_MAIN(TestFlags)
#include "tst_flags.moc"
