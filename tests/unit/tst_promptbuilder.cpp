// SPDX-License-Identifier: Apache-2.0
#include "vs/PromptBuilder.h"

#include <QJsonArray>
#include <QTest>

class TestPromptBuilder : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void everyMethodHasNameTitleAndDescription()
    {
        QCOMPARE(Names::allMethods().size(), 7);
        for (Method m : Names::allMethods()) {
            QCOMPARE(Names::parseMethod(Names::method(m)), m);
            QVERIFY(!Names::methodTitle(m).isEmpty());
            QVERIFY(!Names::methodDescription(m).isEmpty());
        }
        QVERIFY(!Names::parseMethod(QStringLiteral("vs-bogus")));
    }

    void validateNamesTheRange_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<double>("value");
        QTest::addColumn<QString>("expected");
        QTest::newRow("k=0") << "k" << 0.0 << "between 1 and 100";
        QTest::newRow("k=101") << "k" << 101.0 << "between 1 and 100";
        QTest::newRow("tau=0") << "tau" << 0.0 << "greater than 0 and at most 1";
        QTest::newRow("tau=1.5") << "tau" << 1.5 << "greater than 0 and at most 1";
        QTest::newRow("temperature=-1") << "temperature" << -1.0 << "between 0 and 2";
        QTest::newRow("temperature=3") << "temperature" << 3.0 << "between 0 and 2";
        QTest::newRow("minSurvivors=0") << "minSurvivors" << 0.0 << "between 1 and 100";
    }
    void validateNamesTheRange()
    {
        QFETCH(QString, field);
        QFETCH(double, value);
        QFETCH(QString, expected);
        GenerationSettings s;
        QVERIFY(s.validate().isEmpty());
        if (field == QLatin1String("k"))
            s.k = int(value);
        else if (field == QLatin1String("tau"))
            s.tau = value;
        else if (field == QLatin1String("temperature"))
            s.temperature = value;
        else
            s.minSurvivors = int(value);
        QVERIFY2(s.validate().contains(expected), qPrintable(s.validate()));
    }

    void vsStandardJsonAsksForKWithProbabilities()
    {
        GenerationSettings s;
        s.k = 7;
        const Conversation c = PromptBuilder::firstTurn(QStringLiteral("Tell me a joke"), s, s.k);
        QCOMPARE(c.size(), 2);
        QCOMPARE(c[0].role, ChatMessage::Role::System);
        QCOMPARE(c[1].content, QStringLiteral("Tell me a joke"));
        QVERIFY(c[0].content.contains(QStringLiteral("Generate 7 responses")));
        QVERIFY(c[0].content.contains(QStringLiteral("\"probability\"")));
        QVERIFY(c[0].content.contains(QStringLiteral("exactly 7 item")));
        QVERIFY(!c[0].content.contains(QStringLiteral("tails")));
    }
    void tailModePutsTauIntoThePrompt()
    {
        GenerationSettings s;
        s.tauMode = TauMode::Tail;
        s.tau = 0.1;
        s.format = OutputFormat::Xml;
        const QString sys = PromptBuilder::firstTurn(QStringLiteral("x"), s, 5)[0].content;
        QVERIFY(sys.contains(QStringLiteral("tails of the distribution")));
        QVERIFY(sys.contains(QStringLiteral("less than 0.1")));
        QVERIFY(sys.contains(QStringLiteral("<response>")));
        QVERIFY(sys.contains(QStringLiteral("<probability>")));
        s.tauMode = TauMode::Filter; // the filter never enters the prompt
        QVERIFY(!PromptBuilder::firstTurn(QStringLiteral("x"), s, 5)[0].content.contains(QStringLiteral("0.1")));
    }
    void methodsAskForWhatTheSpecSays()
    {
        GenerationSettings s;
        s.method = Method::Direct;
        QVERIFY(PromptBuilder::repliesInPlainText(s.method));
        QVERIFY(PromptBuilder::jsonSchema(s).isEmpty());
        QVERIFY(!PromptBuilder::firstTurn(QStringLiteral("x"), s, 1)[0].content.contains(QStringLiteral("probab")));
        s.method = Method::Sequence;
        QVERIFY(!PromptBuilder::firstTurn(QStringLiteral("x"), s, 5)[0].content.contains(QStringLiteral("probab")));
        s.method = Method::VsCot;
        QVERIFY(PromptBuilder::firstTurn(QStringLiteral("x"), s, 5)[0].content.contains(QStringLiteral("reasoning")));
        s.method = Method::VsMulti;
        QVERIFY(PromptBuilder::firstTurn(QStringLiteral("x"), s, 2)[0].content.contains(QStringLiteral("confidence")));
        QVERIFY(PromptBuilder::followUp(s, 2).content.contains(QStringLiteral("2 more")));
        s.method = Method::MultiTurn;
        QVERIFY(PromptBuilder::followUp(s, 1).content.contains(QStringLiteral("another")));
    }
    void vsMultiSplitsKIntoTurns()
    {
        GenerationSettings s;
        s.k = 10;
        s.perTurn = 3;
        QCOMPARE(s.turnSizes(), (QList<int>{3, 3, 3, 1}));
        s.perTurn = 0;
        int total = 0;
        for (int n : s.turnSizes())
            total += n;
        QCOMPARE(total, 10);
    }
    void schemaMatchesTheJsonForm()
    {
        GenerationSettings s;
        s.method = Method::VsCot;
        const QJsonObject schema = PromptBuilder::jsonSchema(s);
        QCOMPARE(schema[QStringLiteral("required")].toArray(),
                 (QJsonArray{QStringLiteral("reasoning"), QStringLiteral("responses")}));
        const QJsonObject item =
            schema[QStringLiteral("properties")][QStringLiteral("responses")][QStringLiteral("items")].toObject();
        QCOMPARE(item[QStringLiteral("required")].toArray(),
                 (QJsonArray{QStringLiteral("text"), QStringLiteral("probability")}));
        QCOMPARE(item[QStringLiteral("additionalProperties")].toBool(true), false);
        s.format = OutputFormat::Xml;
        QVERIFY(PromptBuilder::jsonSchema(s).isEmpty());
    }
    void renderShowsRolesAndText()
    {
        GenerationSettings s;
        const QString text = PromptBuilder::render(PromptBuilder::firstTurn(QStringLiteral("Hello 世界"), s, 5));
        QVERIFY(text.contains(QStringLiteral("system")));
        QVERIFY(text.contains(QStringLiteral("Hello 世界")));
    }
};

QTEST_GUILESS_MAIN(TestPromptBuilder)
#include "tst_promptbuilder.moc"
