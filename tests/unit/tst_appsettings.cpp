// SPDX-License-Identifier: Apache-2.0
// The typed settings: what a hand-edited or old file gives, and what never reaches the file.
#include "session/AppSettings.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

class TestAppSettings : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private Q_SLOTS:
    void credentialsInABaseUrlAreNotStored()
    {
        const QString path = m_dir.filePath(QStringLiteral("credentials.ini"));
        {
            AppSettings s(path);
            ProviderConfig c;
            c.presetId = QStringLiteral("vllm");
            c.baseUrl = QStringLiteral("http://admin:pw-SECRET-9@gpu-box:8000/v1");
            c.model = QStringLiteral("qwen");
            c.apiKey = QStringLiteral("sk-never-in-settings");
            s.setProviderConfig(c);
            s.sync();
        }
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        QVERIFY2(!bytes.contains("pw-SECRET") && !bytes.contains("sk-never"), bytes.constData());
        AppSettings back(path);
        const ProviderConfig c = back.providerConfig(QStringLiteral("vllm"));
        QCOMPARE(c.baseUrl, QStringLiteral("http://gpu-box:8000/v1"));
        QCOMPARE(c.model, QStringLiteral("qwen"));
    }

    void everySettingRoundTrips()
    {
        const QString path = m_dir.filePath(QStringLiteral("roundtrip.ini"));
        GenerationSettings g;
        g.method = Method::VsMulti;
        g.k = 9;
        g.perTurn = 3;
        g.weightMode = WeightMode::Softmax;
        g.tauMode = TauMode::Tail;
        g.tau = 0.07;
        g.seed = 18446744073709551615ULL; // a 64-bit seed does not survive a double
        TransportSettings t;
        t.structured = StructuredMode::Off;
        t.stream = false;
        t.timeoutSeconds = 12.5;
        t.maxTokens = 2048;
        {
            AppSettings s(path);
            s.setGeneration(g);
            s.setTransport(t);
            s.setConcurrency(3);
        }
        AppSettings back(path);
        const GenerationSettings b = back.generation();
        QCOMPARE(b.method, g.method);
        QCOMPARE(b.k, 9);
        QCOMPARE(b.perTurn, 3);
        QCOMPARE(b.weightMode, WeightMode::Softmax);
        QCOMPARE(b.tauMode, TauMode::Tail);
        QCOMPARE(b.tau, 0.07);
        QCOMPARE(b.seed, g.seed);
        QCOMPARE(back.transport(), t);
        QCOMPARE(back.concurrency(), 3);
    }

    void aHandEditedFileCannotBreakTheWindow()
    {
        const QString path = m_dir.filePath(QStringLiteral("edited.ini"));
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("[generation]\nk=1000\nmethod=vs-magic\n[transport]\ntimeoutSeconds=-4\n[provider]\n"
                    "current=skynet\n[generation]\nconcurrency=99\n");
        }
        AppSettings s(path);
        // Values that could not run fall back to the defaults, never to a half-valid mix.
        QCOMPARE(s.generation().k, GenerationSettings{}.k);
        QVERIFY(s.generation().validate().isEmpty());
        QCOMPARE(s.transport(), TransportSettings{});
        QCOMPARE(s.currentProvider(), QStringLiteral("demo"));
        QCOMPARE(s.concurrency(), 16);
    }
};

QTEST_GUILESS_MAIN(TestAppSettings)
#include "tst_appsettings.moc"
