// SPDX-License-Identifier: Apache-2.0
#include "providers/demo/DemoModel.h"
#include "providers/demo/DemoPack.h"
#include "providers/DemoProvider.h"
#include "TestKit.h"
#include "vs/Distribution.h"
#include "vs/PromptBuilder.h"
#include "vs/ResponseParser.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

#include <algorithm>
#include <memory>

namespace {
struct CallOutcome
{
    CallResult result;
    QStringList deltas;
};

ChatRequest makeRequest(const QString &prompt, Method method, int count, quint64 seed,
                        OutputFormat format = OutputFormat::Json, double temperature = 1.0)
{
    GenerationSettings s;
    s.method = method;
    s.k = count;
    s.format = format;
    s.temperature = temperature;
    ChatRequest r;
    r.messages = PromptBuilder::firstTurn(prompt, s, count);
    r.temperature = temperature;
    r.jsonSchema = PromptBuilder::jsonSchema(s);
    r.hints = VsHints::forSettings(s, prompt);
    r.hints.count = count;
    r.hints.seed = seed;
    return r;
}

ProviderConfig instantConfig()
{
    ProviderConfig c;
    c.demoTokensPerSecond = 0.0;
    return c;
}

/// The call's deltas and result once it finished (an error result included); take it with VSLAB_TAKE.
TestKit::Outcome<CallOutcome> runCall(Provider &provider, const ChatRequest &request)
{
    CallOutcome out;
    std::unique_ptr<ProviderCall> call(provider.start(request));
    QObject::connect(call.get(), &ProviderCall::textDelta, call.get(),
                     [&out](const QString &delta) { out.deltas.append(delta); });
    QSignalSpy finished(call.get(), &ProviderCall::finished);
    if (!finished.wait(TestKit::kRunTimeoutMs))
        return TestKit::Outcome<CallOutcome>::failure(QStringLiteral("the demo call did not finish"));
    out.result = finished.first().first().value<CallResult>();
    return out;
}

/// The text of a successful instant demo call; take it with VSLAB_TAKE.
TestKit::Outcome<QString> replyText(const QString &prompt, Method method, int count, quint64 seed,
                                    OutputFormat format = OutputFormat::Json, double temperature = 1.0)
{
    DemoProvider provider(instantConfig());
    TestKit::Outcome<CallOutcome> o = runCall(provider, makeRequest(prompt, method, count, seed, format, temperature));
    if (!o.ok())
        return TestKit::Outcome<QString>::failure(o.failureMessage());
    const CallOutcome call = std::move(o).take();
    if (call.result.error)
        return TestKit::Outcome<QString>::failure(QStringLiteral("demo call failed: ") + call.result.error->message);
    return call.result.text;
}

QList<Candidate> parse(const QString &text, OutputFormat format, ResponseParser *keep = nullptr)
{
    ResponseParser local(format == OutputFormat::Xml ? ResponseParser::Format::Xml : ResponseParser::Format::Json);
    ResponseParser &parser = keep ? *keep : local;
    // Fed in small uneven chunks, as the stream arrives.
    for (qsizetype i = 0; i < text.size(); i += 7)
        parser.feed(QStringView(text).mid(i, 7));
    parser.finish();
    return parser.candidates();
}

/// A pack compiled into the resources; take it with VSLAB_TAKE.
TestKit::Outcome<const DemoPack *> builtInPack(const QString &id)
{
    static const DemoPackLibrary library = DemoPackLibrary::loadFrom({QStringLiteral(":/demo")});
    if (const DemoPack *pack = library.find(id))
        return pack;
    return TestKit::Outcome<const DemoPack *>::failure(QStringLiteral("built-in pack %1 missing").arg(id));
}

double baseProbability(const DemoPack &pack, const QString &text)
{
    for (const DemoAnswer &a : pack.answers) {
        if (a.text == text)
            return a.p;
    }
    return -1.0;
}

int uniqueCount(const QStringList &texts)
{
    QStringList copy = texts;
    copy.removeDuplicates();
    return int(copy.size());
}

bool hasCjk(const QString &text)
{
    return std::any_of(text.cbegin(), text.cend(),
                       [](QChar c) { return c.unicode() >= 0x4E00 && c.unicode() <= 0x9FFF; });
}

const QStringList &packIds()
{
    static const QStringList ids{QStringLiteral("joke"),      QStringLiteral("story-opening"),
                                 QStringLiteral("haiku-sea"), QStringLiteral("random-number"),
                                 QStringLiteral("us-state"),  QStringLiteral("coffee-shop")};
    return ids;
}
} // namespace

class TestDemoProvider : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QDir(DemoPackLibrary::userPackDir()).removeRecursively();
    }
    void cleanup() { QDir(DemoPackLibrary::userPackDir()).removeRecursively(); }

    void identity()
    {
        DemoProvider provider(instantConfig());
        QCOMPARE(provider.kind(), ProviderKind::Demo);
        QVERIFY(provider.isSimulated());
        QCOMPARE(provider.baseUrl(), QUrl(QStringLiteral("demo://offline")));
        QCOMPARE(provider.chatUrl(), QUrl(QStringLiteral("demo://offline")));
        QString reason = QStringLiteral("stale");
        const auto range = provider.temperatureRange(&reason);
        QCOMPARE(range.first, 0.0);
        QCOMPARE(range.second, 2.0);
        QVERIFY(reason.isEmpty());
    }

    void listModelsIsAsynchronous()
    {
        DemoProvider provider(instantConfig());
        std::unique_ptr<ModelListJob> job(provider.listModels());
        QSignalSpy spy(job.get(), &ModelListJob::finished);
        QCOMPARE(spy.count(), 0); // never emitted inside listModels()
        QVERIFY(spy.wait(5000));
        QCOMPARE(spy.first().at(0).toStringList(), QStringList{QStringLiteral("vs-demo")});
        QVERIFY(!spy.first().at(1).value<std::optional<ProviderError>>().has_value());
    }

    void packsLoad_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<int>("minAnswers");
        QTest::addColumn<int>("maxAnswers");
        QTest::newRow("joke") << QStringLiteral("joke") << 30 << 1000;
        QTest::newRow("story") << QStringLiteral("story-opening") << 30 << 1000;
        QTest::newRow("haiku") << QStringLiteral("haiku-sea") << 30 << 1000;
        QTest::newRow("number") << QStringLiteral("random-number") << 10 << 10;
        QTest::newRow("state") << QStringLiteral("us-state") << 50 << 50;
        QTest::newRow("coffee") << QStringLiteral("coffee-shop") << 30 << 1000;
        QTest::newRow("joke zh") << QStringLiteral("joke-zh") << 30 << 1000;
        QTest::newRow("story zh") << QStringLiteral("story-opening-zh") << 30 << 1000;
        QTest::newRow("haiku zh") << QStringLiteral("haiku-sea-zh") << 30 << 1000;
        QTest::newRow("number zh") << QStringLiteral("random-number-zh") << 10 << 10;
        QTest::newRow("state zh") << QStringLiteral("us-state-zh") << 50 << 50;
        QTest::newRow("coffee zh") << QStringLiteral("coffee-shop-zh") << 30 << 1000;
    }
    void packsLoad()
    {
        QFETCH(QString, id);
        QFETCH(int, minAnswers);
        QFETCH(int, maxAnswers);
        const DemoPackLibrary library = DemoPackLibrary::loadFrom({QStringLiteral(":/demo")});
        QVERIFY2(library.errors().isEmpty(), qPrintable(library.errors().join(QLatin1Char('\n'))));
        QVERIFY(library.packs().size() >= packIds().size());
        const DemoPack *pack = library.find(id);
        QVERIFY(pack);
        QVERIFY(pack->answers.size() >= minAnswers);
        QVERIFY(pack->answers.size() <= maxAnswers);
        QVERIFY2(pack->notes.size() > 80, "a pack documents where its numbers come from");
        QVERIFY(!pack->source.isEmpty());
        QVERIFY(pack->prompts.size() >= 3);
        QVERIFY(!pack->reasoningDirect.isEmpty());
        QVERIFY(!pack->reasoningVs.isEmpty());
        double sum = 0.0;
        for (const DemoAnswer &a : pack->answers) {
            QVERIFY(a.p > 0.0);
            sum += a.p;
        }
        QVERIFY(qAbs(sum - 1.0) < 1e-9);
        // Every phrasing of a pack leads back to it.
        for (const QString &phrasing : pack->phrasings())
            QCOMPARE(library.match(phrasing)->id, id);
    }
    void packContents()
    {
        VSLAB_TAKE(const DemoPack *numberPack, builtInPack(QStringLiteral("random-number")));
        VSLAB_TAKE(const DemoPack *states, builtInPack(QStringLiteral("us-state")));
        VSLAB_TAKE(const DemoPack *haiku, builtInPack(QStringLiteral("haiku-sea")));
        QStringList numbers;
        for (const DemoAnswer &a : numberPack->answers)
            numbers.append(a.text);
        std::sort(numbers.begin(), numbers.end(),
                  [](const QString &a, const QString &b) { return a.toInt() < b.toInt(); });
        QCOMPARE(numbers,
                 (QStringList{QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3"), QStringLiteral("4"),
                              QStringLiteral("5"), QStringLiteral("6"), QStringLiteral("7"), QStringLiteral("8"),
                              QStringLiteral("9"), QStringLiteral("10")}));
        // Humans' bias towards 7.
        QCOMPARE(numberPack->answers.first().text, QStringLiteral("7"));
        QCOMPARE(baseProbability(*states, QStringLiteral("Wyoming")) > 0.0, true);
        QVERIFY(baseProbability(*states, QStringLiteral("California")) >
                baseProbability(*states, QStringLiteral("Wyoming")) * 10);
        // Real haiku: three lines.
        for (const DemoAnswer &a : haiku->answers)
            QVERIFY2(a.text.count(QLatin1Char('\n')) == 2, qPrintable(a.text));
    }
    void chinesePackContents()
    {
        // The Chinese packs keep the English packs' answers and shapes: 1-10 with 7 first, all 50 states with the
        // same probabilities, three-line haiku of 5-7-5 characters.
        VSLAB_TAKE(const DemoPack *numbers, builtInPack(QStringLiteral("random-number")));
        VSLAB_TAKE(const DemoPack *numbersZh, builtInPack(QStringLiteral("random-number-zh")));
        VSLAB_TAKE(const DemoPack *states, builtInPack(QStringLiteral("us-state")));
        VSLAB_TAKE(const DemoPack *statesZh, builtInPack(QStringLiteral("us-state-zh")));
        VSLAB_TAKE(const DemoPack *haikuZh, builtInPack(QStringLiteral("haiku-sea-zh")));
        QCOMPARE(numbersZh->answers.size(), numbers->answers.size());
        for (const DemoAnswer &a : numbers->answers)
            QCOMPARE(baseProbability(*numbersZh, a.text), a.p);
        QCOMPARE(numbersZh->answers.first().text, QStringLiteral("7"));
        QCOMPARE(statesZh->answers.size(), states->answers.size());
        for (qsizetype i = 0; i < states->answers.size(); ++i) {
            QVERIFY2(statesZh->answers[i].text.endsWith(QStringLiteral("州")), qPrintable(statesZh->answers[i].text));
            QCOMPARE(statesZh->answers[i].p, states->answers[i].p);
        }
        QCOMPARE(statesZh->answers.first().text, QStringLiteral("加利福尼亚州"));
        for (const DemoAnswer &a : haikuZh->answers) {
            const QStringList lines = a.text.split(QLatin1Char('\n'));
            QCOMPARE(lines.size(), 3);
            QVERIFY2(lines[0].size() == 5 && lines[1].size() == 7 && lines[2].size() == 5, qPrintable(a.text));
        }
    }

    void matching_data()
    {
        QTest::addColumn<QString>("prompt");
        QTest::addColumn<QString>("id"); // empty = no pack
        QTest::newRow("exact") << QStringLiteral("Tell me a joke") << QStringLiteral("joke");
        QTest::newRow("case+punct") << QStringLiteral("TELL ME A JOKE!!!") << QStringLiteral("joke");
        QTest::newRow("polite") << QStringLiteral("Could you please tell me a joke?") << QStringLiteral("joke");
        QTest::newRow("plural") << QStringLiteral("tell me jokes") << QStringLiteral("joke");
        QTest::newRow("state order") << QStringLiteral("name a state in the U.S.") << QStringLiteral("us-state");
        QTest::newRow("number words") << QStringLiteral("pick a number from 1 to 10")
                                      << QStringLiteral("random-number");
        QTest::newRow("ocean haiku") << QStringLiteral("write a haiku about the ocean.") << QStringLiteral("haiku-sea");
        QTest::newRow("coffee") << QStringLiteral("Suggest a name for my coffee shop") << QStringLiteral("coffee-shop");
        QTest::newRow("story") << QStringLiteral("write the first line of a story") << QStringLiteral("story-opening");
        QTest::newRow("topic joke") << QStringLiteral("Tell me a joke about cats") << QString();
        QTest::newRow("other range") << QStringLiteral("Pick a number between 1 and 100") << QString();
        QTest::newRow("poem") << QStringLiteral("Write a poem about love") << QString();
        QTest::newRow("unrelated") << QStringLiteral("What is the capital of France?") << QString();
        QTest::newRow("empty") << QString() << QString();
        // Chinese: punctuation, spaces and full-width forms do not matter; Chinese numerals count as numbers.
        QTest::newRow("zh joke") << QStringLiteral("讲个笑话") << QStringLiteral("joke-zh");
        QTest::newRow("zh joke punct") << QStringLiteral("  讲个笑话！ ") << QStringLiteral("joke-zh");
        QTest::newRow("zh joke question") << QStringLiteral("你能给我讲一个笑话吗？") << QStringLiteral("joke-zh");
        QTest::newRow("zh joke full stop") << QStringLiteral("说个笑话。") << QStringLiteral("joke-zh");
        QTest::newRow("zh joke ideographic space")
            << QStringLiteral("\u3000来个笑话\u3000") << QStringLiteral("joke-zh");
        QTest::newRow("zh haiku") << QStringLiteral("写一首关于海的俳句。") << QStringLiteral("haiku-sea-zh");
        QTest::newRow("zh number") << QStringLiteral("随便选一个1到10之间的数字！")
                                   << QStringLiteral("random-number-zh");
        QTest::newRow("zh number words") << QStringLiteral("从一到十里随便选一个数字")
                                         << QStringLiteral("random-number-zh");
        QTest::newRow("zh state") << QStringLiteral("随便说一个美国州名？") << QStringLiteral("us-state-zh");
        QTest::newRow("zh story") << QStringLiteral("写一句故事的开场白") << QStringLiteral("story-opening-zh");
        QTest::newRow("zh coffee") << QStringLiteral("为一家咖啡馆取个名字。") << QStringLiteral("coffee-shop-zh");
        QTest::newRow("zh topic joke") << QStringLiteral("讲个关于猫的笑话") << QString();
        QTest::newRow("zh other range") << QStringLiteral("从1到100中随机选一个数字") << QString();
        QTest::newRow("zh other range words") << QStringLiteral("从一到一百中随机选一个数字") << QString();
        QTest::newRow("zh unrelated") << QStringLiteral("法国的首都是哪里？") << QString();
    }
    void matching()
    {
        QFETCH(QString, prompt);
        QFETCH(QString, id);
        const DemoPackLibrary library = DemoPackLibrary::loadFrom({QStringLiteral(":/demo")});
        const DemoPack *pack = library.match(prompt);
        QCOMPARE(pack ? pack->id : QString(), id);
    }

    void directCollapses()
    {
        // Over 200 seeded draws at the default α and T = 1, one joke takes most of the mass.
        VSLAB_TAKE(const DemoPack *jokes, builtInPack(QStringLiteral("joke")));
        DemoProvider provider(instantConfig());
        QHash<QString, int> counts;
        for (quint64 seed = 1; seed <= 200; ++seed) {
            VSLAB_TAKE(const CallOutcome o,
                       runCall(provider, makeRequest(QStringLiteral("Tell me a joke"), Method::Direct, 1, seed)));
            QVERIFY(!o.result.error);
            QVERIFY(!o.result.text.contains(QLatin1Char('{'))); // plain text, just the answer
            QVERIFY(baseProbability(*jokes, o.result.text) > 0.0);
            ++counts[o.result.text];
        }
        const int top = *std::max_element(counts.cbegin(), counts.cend());
        qInfo("direct x200, joke pack: most common answer %d/200, %d distinct", top, int(counts.size()));
        QVERIFY(top > 100);
        QVERIFY(counts.size() < 20);
    }
    void chinesePrompts_data()
    {
        QTest::addColumn<QString>("prompt");
        QTest::addColumn<QString>("id");
        QTest::newRow("joke") << QStringLiteral("讲个笑话") << QStringLiteral("joke-zh");
        QTest::newRow("story") << QStringLiteral("写一个故事的开头。") << QStringLiteral("story-opening-zh");
        QTest::newRow("haiku") << QStringLiteral("写一首关于大海的俳句") << QStringLiteral("haiku-sea-zh");
        QTest::newRow("number") << QStringLiteral("从1到10中随机选一个数字") << QStringLiteral("random-number-zh");
        QTest::newRow("state") << QStringLiteral("说出一个美国的州！") << QStringLiteral("us-state-zh");
        QTest::newRow("coffee") << QStringLiteral("给咖啡店起个名字") << QStringLiteral("coffee-shop-zh");
    }
    void chinesePrompts()
    {
        // A Chinese prompt gets Chinese answers from the Chinese pack (the numbers pack answers in Arabic numerals,
        // its reasoning in Chinese), simulated like any other: direct collapses, VS lists distinct answers.
        QFETCH(QString, prompt);
        QFETCH(QString, id);
        VSLAB_TAKE(const DemoPack *pack, builtInPack(id));
        const bool numbers = id == QStringLiteral("random-number-zh");
        DemoProvider provider(instantConfig());
        QVERIFY(provider.isSimulated());
        QHash<QString, int> counts;
        for (quint64 seed = 1; seed <= 30; ++seed) {
            VSLAB_TAKE(const CallOutcome o, runCall(provider, makeRequest(prompt, Method::Direct, 1, seed)));
            QVERIFY2(!o.result.error, qPrintable(o.result.error ? o.result.error->message : QString()));
            QVERIFY2(baseProbability(*pack, o.result.text) > 0.0, qPrintable(o.result.text));
            QVERIFY2(numbers || hasCjk(o.result.text), qPrintable(o.result.text));
            ++counts[o.result.text];
        }
        const int top = *std::max_element(counts.cbegin(), counts.cend());
        QVERIFY2(top > 15, qPrintable(QString::number(top)));
        QStringList vs;
        for (quint64 seed = 1; seed <= 6; ++seed) {
            VSLAB_TAKE(const QString text, replyText(prompt, Method::VsCot, 5, seed));
            const QList<Candidate> cands = parse(text, OutputFormat::Json);
            QCOMPARE(cands.size(), 5);
            QStringList call;
            for (const Candidate &c : cands) {
                QVERIFY2(baseProbability(*pack, c.text) > 0.0, qPrintable(c.text));
                QVERIFY2(numbers || hasCjk(c.text), qPrintable(c.text));
                QVERIFY(c.hasStated());
                call.append(c.text);
            }
            QCOMPARE(uniqueCount(call), 5);
            QVERIFY2(hasCjk(text), qPrintable(text)); // the reasoning is Chinese too
            vs += call;
        }
        qInfo("%-18s unique answers: direct x30 = %2d (top %d), VS-CoT 6 x k=5 = %2d", qPrintable(id),
              int(counts.size()), top, uniqueCount(vs));
        QVERIFY(uniqueCount(vs) > 2 * int(counts.size()));
    }
    void alphaZeroFollowsBase()
    {
        ProviderConfig config = instantConfig();
        config.demoAlpha = 0.0;
        DemoProvider provider(config);
        QHash<QString, int> counts;
        for (quint64 seed = 1; seed <= 200; ++seed) {
            VSLAB_TAKE(const CallOutcome o,
                       runCall(provider, makeRequest(QStringLiteral("Tell me a joke"), Method::Direct, 1, seed)));
            ++counts[o.result.text];
        }
        const int top = *std::max_element(counts.cbegin(), counts.cend());
        QVERIFY2(top < 50, qPrintable(QString::number(top))); // base top is 14%
        QVERIFY(counts.size() > 20);
    }
    void temperatureShapesDirect()
    {
        // T = 0 is argmax; T = 2 flattens.
        QStringList cold, hot, warm;
        for (quint64 seed = 1; seed <= 40; ++seed) {
            VSLAB_TAKE(const QString coldText,
                       replyText(QStringLiteral("Name a US state"), Method::Direct, 1, seed, OutputFormat::Json, 0.0));
            VSLAB_TAKE(const QString warmText,
                       replyText(QStringLiteral("Name a US state"), Method::Direct, 1, seed, OutputFormat::Json, 1.0));
            VSLAB_TAKE(const QString hotText,
                       replyText(QStringLiteral("Name a US state"), Method::Direct, 1, seed, OutputFormat::Json, 2.0));
            cold.append(coldText);
            warm.append(warmText);
            hot.append(hotText);
        }
        QCOMPARE(uniqueCount(cold), 1);
        QCOMPARE(cold.first(), QStringLiteral("California"));
        QVERIFY(uniqueCount(hot) > uniqueCount(warm));
    }

    void vsRecoversBase()
    {
        VSLAB_TAKE(const DemoPack *jokes, builtInPack(QStringLiteral("joke")));
        const DemoPack &pack = *jokes;
        VSLAB_TAKE(const QString text, replyText(QStringLiteral("Tell me a joke"), Method::VsStandard, 10, 42));
        const QList<Candidate> cands = parse(text, OutputFormat::Json);
        QCOMPARE(cands.size(), 10);
        QStringList texts;
        double baseMass = 0.0;
        double statedSum = 0.0;
        for (const Candidate &c : cands) {
            baseMass += baseProbability(pack, c.text);
            statedSum += c.stated;
        }
        // Like real models, the list's probabilities roughly sum to 1 (mass 0.9-1.05, then ±20% noise each).
        QVERIFY2(statedSum > DemoModel::kListMassMin * (1 - DemoModel::kStatedNoise) &&
                     statedSum < DemoModel::kListMassMax * (1 + DemoModel::kStatedNoise),
                 qPrintable(QString::number(statedSum)));
        for (const Candidate &c : cands) {
            texts.append(c.text);
            const double base = baseProbability(pack, c.text);
            QVERIFY2(base > 0.0, qPrintable(c.text));
            QVERIFY(c.hasStated());
            // In the base distribution's proportions: each within the noise of its share of the list's base mass.
            const double expected = base / baseMass * DemoModel::kListMassMax;
            QVERIFY2(
                c.stated <= expected * (1 + DemoModel::kStatedNoise) + 0.0051 &&
                    c.stated >= base / baseMass * DemoModel::kListMassMin * (1 - DemoModel::kStatedNoise) - 0.0051,
                qPrintable(
                    QStringLiteral("%1: stated %2, base share %3").arg(c.text).arg(c.stated).arg(base / baseMass)));
        }
        QCOMPARE(uniqueCount(texts), 10);
        const Distribution d = Distribution::build(cands, {});
        QCOMPARE(d.size(), 10);
    }
    void tailMode_data()
    {
        QTest::addColumn<QString>("prompt");
        QTest::addColumn<QString>("id");
        QTest::addColumn<double>("tau");
        QTest::addColumn<int>("k");
        QTest::newRow("joke") << QStringLiteral("Tell me a joke") << QStringLiteral("joke") << 0.05 << 5;
        QTest::newRow("states") << QStringLiteral("Name a US state") << QStringLiteral("us-state") << 0.02 << 8;
        QTest::newRow("numbers") << QStringLiteral("Pick a random number between 1 and 10")
                                 << QStringLiteral("random-number") << 0.10 << 4;
        QTest::newRow("coffee") << QStringLiteral("Suggest a name for a coffee shop") << QStringLiteral("coffee-shop")
                                << 0.02 << 5;
    }
    void tailMode()
    {
        QFETCH(QString, prompt);
        QFETCH(QString, id);
        QFETCH(double, tau);
        QFETCH(int, k);
        VSLAB_TAKE(const DemoPack *found, builtInPack(id));
        const DemoPack &pack = *found;
        DemoProvider provider(instantConfig());
        for (quint64 seed = 1; seed <= 10; ++seed) {
            for (OutputFormat format : {OutputFormat::Json, OutputFormat::Xml}) {
                ChatRequest r = makeRequest(prompt, Method::VsStandard, k, seed, format);
                r.hints.tauInPrompt = tau;
                VSLAB_TAKE(const CallOutcome o, runCall(provider, r));
                const QList<Candidate> cands = parse(o.result.text, format);
                QCOMPARE(cands.size(), k);
                for (const Candidate &c : cands) {
                    QVERIFY2(baseProbability(pack, c.text) > 0.0, qPrintable(c.text));
                    QVERIFY2(baseProbability(pack, c.text) < tau, qPrintable(c.text));
                    QVERIFY2(c.stated < tau, qPrintable(c.statedRaw));
                    QVERIFY(c.stated > 0.0);
                }
            }
        }
    }

    void sameSeedSameBytes_data()
    {
        QTest::addColumn<Method>("method");
        QTest::addColumn<OutputFormat>("format");
        for (Method m : Names::allMethods()) {
            for (OutputFormat f : {OutputFormat::Json, OutputFormat::Xml}) {
                QTest::addRow("%s-%s", qPrintable(Names::method(m)), qPrintable(Names::format(f))) << m << f;
            }
        }
    }
    void sameSeedSameBytes()
    {
        QFETCH(Method, method);
        QFETCH(OutputFormat, format);
        for (quint64 seed : {quint64(7), quint64(123456789), ~quint64(0)}) {
            VSLAB_TAKE(const QString a,
                       replyText(QStringLiteral("Write a haiku about the sea"), method, 5, seed, format, 0.9));
            VSLAB_TAKE(const QString b,
                       replyText(QStringLiteral("Write a haiku about the sea"), method, 5, seed, format, 0.9));
            QCOMPARE(a.toUtf8(), b.toUtf8());
        }
    }
    void differentSeedsDiffer()
    {
        QStringList vs;
        for (quint64 seed = 1; seed <= 10; ++seed) {
            VSLAB_TAKE(const QString text, replyText(QStringLiteral("Tell me a joke"), Method::VsStandard, 5, seed));
            vs.append(text);
        }
        QCOMPARE(uniqueCount(vs), 10);
        QStringList direct;
        for (quint64 seed = 1; seed <= 40; ++seed) {
            VSLAB_TAKE(const QString text, replyText(QStringLiteral("Tell me a joke"), Method::Direct, 1, seed));
            direct.append(text);
        }
        QVERIFY(uniqueCount(direct) >= 2); // collapsed, yet still a sample
    }

    void noMatch()
    {
        DemoProvider provider(instantConfig());
        const ChatRequest r = makeRequest(QStringLiteral("What is the capital of France?"), Method::VsStandard, 5, 1);
        std::unique_ptr<ProviderCall> call(provider.start(r));
        QSignalSpy deltas(call.get(), &ProviderCall::textDelta);
        QSignalSpy finished(call.get(), &ProviderCall::finished);
        QCOMPARE(finished.count(), 0); // asynchronous even for an error
        QVERIFY(finished.wait(5000));
        const CallResult result = finished.first().first().value<CallResult>();
        QVERIFY(result.error);
        QCOMPARE(result.error->code, ProviderError::Code::NoMatch);
        QCOMPARE(result.error->url, QUrl(QStringLiteral("demo://offline")));
        QCOMPARE(deltas.count(), 0);
        QVERIFY(result.text.isEmpty());
        const QString message = result.error->message;
        for (const QString &id : packIds()) {
            VSLAB_TAKE(const DemoPack *pack, builtInPack(id));
            QVERIFY2(message.contains(pack->title), qPrintable(message));
        }
        QVERIFY(message.contains(QStringLiteral("capital of France")));
        QVERIFY(message.contains(QStringLiteral("provider")));
        QVERIFY(message.contains(QStringLiteral("API key")));
        QVERIFY(message.contains(DemoPackLibrary::userPackDir()));
    }

    void formatsParse_data()
    {
        QTest::addColumn<QString>("prompt");
        QTest::addColumn<Method>("method");
        QTest::addColumn<OutputFormat>("format");
        const QStringList prompts{QStringLiteral("Write a haiku about the sea"),
                                  QStringLiteral("Suggest a name for a coffee shop"),
                                  QStringLiteral("Write the opening line of a story")};
        for (const QString &prompt : prompts) {
            for (Method m : {Method::DirectCot, Method::Sequence, Method::VsStandard, Method::VsCot, Method::VsMulti}) {
                for (OutputFormat f : {OutputFormat::Json, OutputFormat::Xml}) {
                    QTest::addRow("%s|%s|%s", qPrintable(prompt.left(12)), qPrintable(Names::method(m)),
                                  qPrintable(Names::format(f)))
                        << prompt << m << f;
                }
            }
        }
    }
    void formatsParse()
    {
        QFETCH(QString, prompt);
        QFETCH(Method, method);
        QFETCH(OutputFormat, format);
        const int k = 5;
        const int expected = method == Method::DirectCot ? 1 : k;
        const bool cot = method == Method::DirectCot || method == Method::VsCot;
        const DemoPackLibrary library = DemoPackLibrary::loadFrom({QStringLiteral(":/demo")});
        const DemoPack *pack = library.match(prompt);
        QVERIFY(pack);
        // Several seeds: the layout, preamble and answers vary with the seed.
        for (quint64 seed = 1; seed <= 8; ++seed) {
            VSLAB_TAKE(const QString text, replyText(prompt, method, k, seed, format));
            ResponseParser parser(format == OutputFormat::Xml ? ResponseParser::Format::Xml
                                                              : ResponseParser::Format::Json);
            const QList<Candidate> cands = parse(text, format, &parser);
            QVERIFY2(cands.size() == expected, qPrintable(text));
            QVERIFY2(parser.error().isEmpty(), qPrintable(parser.error()));
            QCOMPARE(parser.reasoning().isEmpty(), !cot);
            for (const Candidate &c : cands) {
                QVERIFY2(baseProbability(*pack, c.text) > 0.0, qPrintable(c.text)); // escaping round-trips exactly
                QCOMPARE(c.hasStated(), Names::methodVerbalizes(method));
                QVERIFY(!c.partial);
            }
        }
    }

    void streamsLikeAProvider()
    {
        ProviderConfig config;
        config.demoTokensPerSecond = 400.0;
        DemoProvider provider(config);
        const ChatRequest r = makeRequest(QStringLiteral("Tell me a joke"), Method::VsCot, 5, 3);
        std::unique_ptr<ProviderCall> call(provider.start(r));
        QSignalSpy deltas(call.get(), &ProviderCall::textDelta);
        QSignalSpy bytes(call.get(), &ProviderCall::bytesReceived);
        QSignalSpy finished(call.get(), &ProviderCall::finished);
        QCOMPARE(deltas.count(), 0); // nothing synchronously inside start()
        QVERIFY(finished.wait(20000));
        QCOMPARE(finished.count(), 1);
        const CallResult result = finished.first().first().value<CallResult>();
        QVERIFY(!result.error);
        QString joined;
        for (const QList<QVariant> &args : std::as_const(deltas))
            joined += args.first().toString();
        QCOMPARE(joined, result.text);
        QVERIFY(deltas.count() > 20);
        QCOMPARE(bytes.last().first().toLongLong(), qint64(result.text.toUtf8().size()));
        QCOMPARE(result.finishReason, QStringLiteral("stop"));
        QCOMPARE(result.url, QUrl(QStringLiteral("demo://offline")));
        QVERIFY(result.notes.contains(QStringLiteral("Simulated by the offline demo model")));
        QVERIFY(result.usage.inputTokens > 50);
        QCOMPARE(result.usage.outputTokens, qint64(DemoModel::tokenize(result.text).size()));
        QVERIFY(result.latencyMs >= 0);
        VSLAB_TAKE(const QString instant, replyText(QStringLiteral("Tell me a joke"), Method::VsCot, 5, 3));
        QCOMPARE(result.text, instant); // speed-independent
    }
    void tokenizeRoundTrips_data()
    {
        QTest::addColumn<QString>("text");
        VSLAB_TAKE(const QString json, replyText(QStringLiteral("Write a haiku about the sea"), Method::VsCot, 5, 9));
        VSLAB_TAKE(const QString xml, replyText(QStringLiteral("Suggest a name for a coffee shop"), Method::VsStandard,
                                                5, 9, OutputFormat::Xml));
        QTest::newRow("json") << json;
        QTest::newRow("xml") << xml;
        QTest::newRow("unicode") << QStringLiteral("Café \U0001F600 naïve   end \n\n");
        QTest::newRow("empty") << QString();
    }
    void tokenizeRoundTrips()
    {
        QFETCH(QString, text);
        const QStringList pieces = DemoModel::tokenize(text);
        QCOMPARE(pieces.join(QString()), text);
        for (const QString &p : pieces) {
            QVERIFY(!p.isEmpty());
            QVERIFY(!p.front().isLowSurrogate()); // never splits a surrogate pair
        }
    }
    void cancelMidStream()
    {
        ProviderConfig config;
        config.demoTokensPerSecond = 100.0;
        DemoProvider provider(config);
        const ChatRequest r =
            makeRequest(QStringLiteral("Write the opening line of a story"), Method::VsStandard, 5, 11);
        std::unique_ptr<ProviderCall> call(provider.start(r));
        QString received;
        connect(call.get(), &ProviderCall::textDelta, this, [&received, &call](const QString &delta) {
            received += delta;
            if (received.size() > 40)
                call->cancel();
        });
        QSignalSpy finished(call.get(), &ProviderCall::finished);
        QVERIFY(finished.wait(20000));
        QTest::qWait(100); // nothing more arrives after the cancel
        QCOMPARE(finished.count(), 1);
        const CallResult result = finished.first().first().value<CallResult>();
        QVERIFY(result.error);
        QCOMPARE(result.error->code, ProviderError::Code::Cancelled);
        QCOMPARE(result.text, received);
        VSLAB_TAKE(const QString full,
                   replyText(QStringLiteral("Write the opening line of a story"), Method::VsStandard, 5, 11));
        QVERIFY(full.startsWith(received));
        QVERIFY(received.size() < full.size());
    }
    void maxTokensCutsOff()
    {
        DemoProvider provider(instantConfig());
        ChatRequest r = makeRequest(QStringLiteral("Tell me a joke"), Method::VsStandard, 10, 5);
        r.maxTokens = 30;
        VSLAB_TAKE(const CallOutcome o, runCall(provider, r));
        QVERIFY(!o.result.error);
        QCOMPARE(o.result.finishReason, QStringLiteral("length"));
        QCOMPARE(o.result.usage.outputTokens, 30);
    }

    void multiTurnRepeatsWeakly()
    {
        VSLAB_TAKE(const DemoPack *pack, builtInPack(QStringLiteral("joke")));
        QVERIFY(!pack->answers.isEmpty());
        const QString top = pack->answers.first().text;
        DemoProvider provider(instantConfig());
        int repeatsWithPrevious = 0;
        int topWithoutPrevious = 0;
        for (quint64 seed = 1; seed <= 100; ++seed) {
            ChatRequest r = makeRequest(QStringLiteral("Tell me a joke"), Method::MultiTurn, 1, seed);
            VSLAB_TAKE(const CallOutcome fresh, runCall(provider, r));
            topWithoutPrevious += fresh.result.text == top;
            r.hints.turn = 1;
            r.hints.previous = {top};
            VSLAB_TAKE(const CallOutcome again, runCall(provider, r));
            const QString text = again.result.text;
            QVERIFY(!text.contains(QLatin1Char('{')));
            repeatsWithPrevious += text == top;
        }
        QVERIFY2(repeatsWithPrevious < topWithoutPrevious, qPrintable(QString::number(repeatsWithPrevious)));
        QVERIFY2(repeatsWithPrevious > 10, "aligned models still repeat"); // weak avoidance only
    }
    void vsMultiAvoidsPrevious()
    {
        VSLAB_TAKE(const DemoPack *numbers, builtInPack(QStringLiteral("random-number")));
        const DemoPack &pack = *numbers;
        DemoProvider provider(instantConfig());
        ChatRequest r = makeRequest(QStringLiteral("Pick a random number between 1 and 10"), Method::VsMulti, 3, 17);
        r.hints.turn = 2;
        r.hints.previous = {QStringLiteral("7"), QStringLiteral("3"), QStringLiteral("5"),
                            QStringLiteral("4"), QStringLiteral("8"), QStringLiteral("6")};
        VSLAB_TAKE(const CallOutcome three, runCall(provider, r));
        const QList<Candidate> cands = parse(three.result.text, OutputFormat::Json);
        QCOMPARE(cands.size(), 3);
        for (const Candidate &c : cands) {
            QVERIFY(!r.hints.previous.contains(c.text));
            QVERIFY(baseProbability(pack, c.text) > 0.0);
        }
        // Only 4 numbers are left: the model lists fewer rather than inventing one.
        r.hints.count = 6;
        VSLAB_TAKE(const CallOutcome six, runCall(provider, r));
        QCOMPARE(parse(six.result.text, OutputFormat::Json).size(), 4);
    }
    void sequenceIsTypical()
    {
        // Sequence lists stay among the typical answers and repeat now and then.
        VSLAB_TAKE(const DemoPack *states, builtInPack(QStringLiteral("us-state")));
        const DemoPack &pack = *states;
        int repeats = 0;
        QStringList all;
        for (quint64 seed = 1; seed <= 30; ++seed) {
            VSLAB_TAKE(const QString text, replyText(QStringLiteral("Name a US state"), Method::Sequence, 5, seed));
            const QList<Candidate> cands = parse(text, OutputFormat::Json);
            QCOMPARE(cands.size(), 5);
            QStringList texts;
            for (const Candidate &c : cands) {
                QVERIFY(!c.hasStated());
                QVERIFY(baseProbability(pack, c.text) > 0.0);
                texts.append(c.text);
            }
            repeats += 5 - uniqueCount(texts);
            all += texts;
        }
        QVERIFY(repeats > 0);
        QVERIFY(uniqueCount(all) < 25); // of 50 states
    }

    void userPackIsPickedUp()
    {
        QVERIFY(QDir().mkpath(DemoPackLibrary::userPackDir()));
        QFile f(DemoPackLibrary::userPackDir() + QStringLiteral("/colors.json"));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(R"({"id": "primary-color", "title": "Name a primary colour", "prompts": ["Name a primary color"],
                   "notes": "test", "answers": [{"text": "Red", "p": 5}, {"text": "Blue", "p": 4},
                   {"text": "Yellow & <gold>", "p": 1}]})");
        f.close();
        QFile bad(DemoPackLibrary::userPackDir() + QStringLiteral("/broken.json"));
        QVERIFY(bad.open(QIODevice::WriteOnly));
        bad.write("{\"title\": \"x\", \"answers\": [");
        bad.close();

        for (OutputFormat format : {OutputFormat::Json, OutputFormat::Xml}) {
            VSLAB_TAKE(const QString text,
                       replyText(QStringLiteral("name a primary color!"), Method::VsStandard, 3, 1, format));
            const QList<Candidate> cands = parse(text, format);
            QCOMPARE(cands.size(), 3);
            QStringList texts;
            for (const Candidate &c : cands)
                texts.append(c.text);
            texts.sort();
            QCOMPARE(texts,
                     (QStringList{QStringLiteral("Blue"), QStringLiteral("Red"), QStringLiteral("Yellow & <gold>")}));
        }
        // The broken pack is named where a teacher will see it.
        DemoProvider provider(instantConfig());
        VSLAB_TAKE(const CallOutcome o,
                   runCall(provider, makeRequest(QStringLiteral("Sing a song"), Method::Direct, 1, 1)));
        QVERIFY(o.result.error);
        QVERIFY(o.result.error->message.contains(QStringLiteral("broken.json")));
        QVERIFY(o.result.error->message.contains(QStringLiteral("Name a primary colour")));
    }
    void userPackOverridesBuiltIn()
    {
        QVERIFY(QDir().mkpath(DemoPackLibrary::userPackDir()));
        QFile f(DemoPackLibrary::userPackDir() + QStringLiteral("/my-jokes.json"));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(R"({"id": "joke", "title": "Tell me a joke", "answers": [{"text": "Only joke", "p": 1}]})");
        f.close();
        VSLAB_TAKE(const QString text, replyText(QStringLiteral("Tell me a joke"), Method::Direct, 1, 3));
        QCOMPARE(text, QStringLiteral("Only joke"));
    }
    void badPacksAreRejected_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("needle");
        QTest::newRow("not json") << QByteArray("{") << QStringLiteral("JSON");
        QTest::newRow("no title") << QByteArray(R"({"answers":[{"text":"a","p":1}]})") << QStringLiteral("title");
        QTest::newRow("no answers") << QByteArray(R"({"title":"t"})") << QStringLiteral("answers");
        QTest::newRow("zero p") << QByteArray(R"({"title":"t","answers":[{"text":"a","p":0}]})")
                                << QStringLiteral("\"p\"");
        QTest::newRow("dup") << QByteArray(R"({"title":"t","answers":[{"text":"a","p":1},{"text":" A ","p":1}]})")
                             << QStringLiteral("twice");
        QTest::newRow("alpha") << QByteArray(R"({"title":"t","alpha":-1,"answers":[{"text":"a","p":1}]})")
                               << QStringLiteral("alpha");
    }
    void badPacksAreRejected()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, needle);
        QString error;
        QVERIFY(!DemoPack::fromJson(json, QStringLiteral("x.json"), &error));
        QVERIFY2(error.contains(needle), qPrintable(error));
    }

    void reportDiversity()
    {
        // The classroom numbers: unique answers in 30 direct draws vs 6 VS-Standard calls of k = 5 (30 answers
        // too), at the app's default temperature.
        const double t = GenerationSettings().temperature;
        DemoProvider provider(instantConfig());
        for (const QString &id : packIds()) {
            VSLAB_TAKE(const DemoPack *pack, builtInPack(id));
            const QString prompt = pack->title;
            QStringList direct;
            QStringList vs;
            for (quint64 seed = 1; seed <= 30; ++seed) {
                VSLAB_TAKE(const CallOutcome o,
                           runCall(provider, makeRequest(prompt, Method::Direct, 1, seed, OutputFormat::Json, t)));
                direct.append(o.result.text);
            }
            for (quint64 seed = 1; seed <= 6; ++seed) {
                VSLAB_TAKE(const CallOutcome o,
                           runCall(provider, makeRequest(prompt, Method::VsStandard, 5, seed, OutputFormat::Json, t)));
                for (const Candidate &c : parse(o.result.text, OutputFormat::Json))
                    vs.append(c.text);
            }
            QCOMPARE(vs.size(), 30);
            qInfo("%-14s unique answers: direct x30 = %2d, VS-Standard 6 x k=5 = %2d (of %d in the pack)",
                  qPrintable(id), uniqueCount(direct), uniqueCount(vs), int(pack->answers.size()));
            QVERIFY(uniqueCount(vs) > 2 * uniqueCount(direct));
        }
    }
};

QTEST_GUILESS_MAIN(TestDemoProvider)
#include "tst_demoprovider.moc"
