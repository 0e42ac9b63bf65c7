// SPDX-License-Identifier: Apache-2.0
// Every hint in a provider message names something that exists: a flag that vslab-cli and vslab register, a menu
// or Advanced control that the window shows (in the language the message is in), and a model list never promises
// text it does not keep.
#include "I18n.h"
#include "LoopbackServer.h"
#include "providers/demo/DemoPack.h"
#include "providers/DemoProvider.h"
#include "providers/Provider.h"
#include "providers/ProviderSupport.h"
#include "ProviderTestKit.h"
#include "session/GenerationFlags.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QNetworkAccessManager>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QXmlStreamReader>

using namespace Qt::Literals::StringLiterals;
using Response = LoopbackServer::Response;
using Code = ProviderError::Code;

namespace {
const QString catalogue = QStringLiteral(QT_TESTCASE_SOURCEDIR "/../resources/translations/vslab_zh_CN.ts");

/// A flag as a message writes it: "--timeout", "-k"; not the dashes inside "gpt-4o-mini" or a URL.
const QRegularExpression &flagPattern()
{
    static const QRegularExpression re(u"(?<![\\w-])--?[a-z][a-z-]*[a-z]?"_s);
    return re;
}

QSet<QString> flagsIn(const QString &text)
{
    QSet<QString> flags;
    for (auto it = flagPattern().globalMatch(text); it.hasNext();)
        flags.insert(it.next().captured());
    return flags;
}

/// Every flag GenerationFlags registers, as its help text lists it.
QSet<QString> registeredFlags()
{
    QCommandLineParser parser;
    GenerationFlags().addTo(parser);
    QSet<QString> flags;
    for (const QString &line : parser.helpText().split(u'\n')) {
        // "  --timeout <S>   Give up when ..." or "  -k <N>  Number of ...": the first word of an option line.
        const QString first = line.trimmed().section(u' ', 0, 0).section(u',', 0, 0);
        if (first.startsWith(u'-'))
            flags.insert(first);
    }
    return flags;
}

/// A control's text as the window shows it in a sentence: no mnemonic ("&File", "文件(&F)"), no trailing colon.
QString shownName(QString text)
{
    static const QRegularExpression mnemonic(u"\\(&\\w\\)|&(?=\\w)"_s);
    text.remove(mnemonic);
    while (text.endsWith(u':') || text.endsWith(u'\uFF1A'))
        text.chop(1);
    return text.trimmed();
}

/// The names of the window's menus and panel controls (contexts WindowActions and GenerationPanel), in English
/// (`translated` false) or as the zh_CN catalogue translates them.
QStringList controlNames(bool translated)
{
    QFile file(catalogue);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QXmlStreamReader xml(&file);
    QString context, source;
    QStringList names;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (xml.name() == QLatin1String("source")) {
            source = xml.readElementText();
        } else if (xml.name() == QLatin1String("translation") &&
                   (context == u"WindowActions"_s || context == u"GenerationPanel"_s)) {
            const QString name = shownName(translated ? xml.readElementText() : source);
            if (!name.isEmpty() && name.size() <= 40)
                names.append(name);
        }
    }
    // Longest first, so "Timeout (s)" is preferred to a shorter name it starts with.
    std::sort(names.begin(), names.end(), [](const QString &a, const QString &b) { return a.size() > b.size(); });
    names.removeDuplicates();
    return names;
}

bool endsWithName(QStringView text, const QStringList &names)
{
    text = text.trimmed();
    while (!text.isEmpty() && (text.back() == u'\u201C' || text.back() == u'"' || text.back() == u'('))
        text.chop(1);
    for (const QString &n : names) {
        if (text.endsWith(n) && (text.size() == n.size() || !text.at(text.size() - n.size() - 1).isLetterOrNumber()))
            return true;
    }
    return false;
}

bool startsWithName(QStringView text, const QStringList &names)
{
    text = text.trimmed();
    for (const QString &n : names) {
        if (text.startsWith(n) && (text.size() == n.size() || !text.at(n.size()).isLetterOrNumber()))
            return true;
    }
    return false;
}

/// The "X → Y" paths in `message` whose ends are not controls of the window.
QStringList unknownPaths(const QString &message, const QStringList &names)
{
    QStringList bad;
    for (qsizetype i = message.indexOf(u'\u2192'); i >= 0; i = message.indexOf(u'\u2192', i + 1)) {
        const QStringView before = QStringView(message).left(i);
        const QStringView after = QStringView(message).mid(i + 1);
        if (!endsWithName(before, names) || !startsWithName(after, names))
            bad.append(message.mid(std::max<qsizetype>(0, i - 30), 60));
    }
    return bad;
}

struct Message
{
    QString what;
    QString text;
    bool listing = false;
};

ProviderSupport::ErrorContext context(bool listing, bool withEnvVars)
{
    ProviderSupport::ErrorContext ctx;
    ctx.provider = u"OpenAI"_s;
    ctx.url = QUrl(listing ? u"https://api.openai.com/v1/models"_s : u"https://api.openai.com/v1/chat/completions"_s);
    ctx.model = u"gpt-4o-mini"_s;
    if (withEnvVars)
        ctx.keyEnvVars = {u"OPENAI_API_KEY"_s};
    ctx.attempts = 3;
    ctx.listingModels = listing;
    return ctx;
}

ProviderConfig configFor(const QString &preset, const QString &base, const QString &key = u"sk-hints-key-123"_s)
{
    ProviderConfig c;
    c.presetId = preset;
    c.baseUrl = base;
    c.apiKey = key;
    c.retries = 0;
    c.stallTimeoutMs = 5000;
    return c;
}
} // namespace

class TestProviderHints : public QObject
{
    Q_OBJECT
private:
    QNetworkAccessManager m_nam;

    /// Every message a provider can write: each error code from the message builder, for a chat call and a model
    /// list, with and without a key variable; the preflight errors; the structured-output error; the demo model's
    /// unknown prompt.
    QList<Message> allMessages()
    {
        QList<Message> out;
        for (int c = 0; c <= int(Code::Other); ++c) {
            const auto code = Code(c);
            for (bool listing : {false, true}) {
                for (bool env : {false, true}) {
                    for (int status : {0, 503}) {
                        const ProviderError e =
                            ProviderSupport::makeError(code, context(listing, env), status, {}, u"60"_s);
                        out.append({u"%1 %2%3 %4"_s
                                        .arg(ProviderError::codeName(code), listing ? u"list"_s : u"chat"_s,
                                             env ? u" env"_s : QString())
                                        .arg(status),
                                    e.message, listing});
                    }
                }
            }
        }
        const auto preflight = [&](const QString &what, const ProviderConfig &config) {
            const auto provider = Provider::create(config, &m_nam);
            const auto call = ProviderTestKit::runCall(*provider, {});
            if (call.result.error)
                out.append({what + u" chat"_s, call.result.error->message, false});
            const auto list = ProviderTestKit::listModels(*provider);
            if (list.error)
                out.append({what + u" list"_s, list.error->message, true});
        };
        preflight(u"no base URL"_s, configFor(u"custom"_s, {}));
        preflight(u"invalid base URL"_s, configFor(u"custom"_s, u"not a url"_s));
        preflight(u"ftp base URL"_s, configFor(u"custom"_s, u"ftp://example.com/v1"_s));
        preflight(u"no key"_s, configFor(u"openai"_s, u"https://api.openai.com/v1"_s, {}));

        LoopbackServer server;
        server.enqueue(Response::json(R"({"error":{"message":"response_format is not supported"}})", 400));
        ProviderConfig structured = configFor(u"openai"_s, server.url().toString());
        structured.structured = StructuredMode::On;
        ChatRequest request;
        request.messages = {{ChatMessage::Role::User, u"Name a US state."_s}};
        request.jsonSchema = QJsonObject{{u"type"_s, u"object"_s}};
        const auto provider = Provider::create(structured, &m_nam);
        const auto call = ProviderTestKit::runCall(*provider, request);
        if (call.result.error)
            out.append({u"structured on"_s, call.result.error->message, false});

        ProviderConfig demo;
        demo.demoTokensPerSecond = 0.0;
        DemoProvider demoProvider(demo);
        ChatRequest unknown;
        unknown.hints.userPrompt = u"What is the capital of France?"_s;
        const auto noMatch = ProviderTestKit::runCall(demoProvider, unknown);
        if (noMatch.result.error)
            out.append({u"demo no match"_s, noMatch.result.error->message, false});
        return out;
    }

private Q_SLOTS:
    void cleanupTestCase() { I18n::install(*QCoreApplication::instance(), QLocale(u"en"_s)); }

    void registeredFlagsAreRead()
    {
        const QSet<QString> flags = registeredFlags();
        for (const QString &f :
             {u"--timeout"_s, u"--retries"_s, u"--max-tokens"_s, u"--reply-cap"_s, u"--structured"_s, u"--no-stream"_s,
              u"--base-url"_s, u"--model"_s, u"--api-key-env"_s, u"--provider"_s, u"--concurrency"_s, u"-k"_s})
            QVERIFY2(flags.contains(f), qPrintable(f));
        QVERIFY(!flags.contains(u"--stall-timeout"_s));
    }

    void hintsNameRealControls_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("en") << u"en"_s;
        QTest::newRow("zh_CN") << u"zh_CN"_s;
    }
    void hintsNameRealControls()
    {
        QFETCH(QString, language);
        const bool chinese = language == u"zh_CN"_s;
        QCOMPARE(I18n::install(*QCoreApplication::instance(), QLocale(language)), chinese);
        const QSet<QString> flags = registeredFlags();
        const QStringList names = controlNames(chinese);
        QVERIFY2(names.contains(chinese ? u"文件"_s : u"File"_s), "the catalogue was not read");
        const QString kept = ProviderError::tr("The text received so far is kept; try again.");

        const QList<Message> messages = allMessages();
        QVERIFY(messages.size() > int(Code::Other) * 2 * 2 * 2);
        QStringList problems;
        int flagsNamed = 0;
        int pathsNamed = 0;
        bool chatKeepsText = false;
        for (const Message &m : messages) {
            for (const QString &f : flagsIn(m.text)) {
                ++flagsNamed;
                if (!flags.contains(f))
                    problems.append(u"%1: no such flag %2 in: %3"_s.arg(m.what, f, m.text));
            }
            pathsNamed += int(m.text.count(u'\u2192'));
            for (const QString &p : unknownPaths(m.text, names))
                problems.append(u"%1: no such control in \"%2\": %3"_s.arg(m.what, p, m.text));
            if (m.listing && m.text.contains(kept))
                problems.append(u"%1: a model list keeps no text: %2"_s.arg(m.what, m.text));
            chatKeepsText = chatKeepsText || (!m.listing && m.text.contains(kept));
            // Source-tree paths mean nothing on an installed system.
            if (m.text.contains(u"resources/"_s) || m.text.contains(u"README"_s))
                problems.append(u"%1: names a source file: %2"_s.arg(m.what, m.text));
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
        // The checks above looked at something.
        QVERIFY(flagsNamed > 50);
        QVERIFY(pathsNamed > 50);
        QVERIFY(chatKeepsText);
    }

    // A hint that asks for a change names where to make it in both front ends: a flag, and a window control.
    void changeHintsNameAFlagAndAControl()
    {
        QVERIFY(!I18n::install(*QCoreApplication::instance(), QLocale(u"en"_s)));
        static const QRegularExpression asksForChange(
            u"\\b(raise|lower|set it|turn it|choose|enter the|fewer|check the (key|base URL)|in the base URL)\\b"_s,
            QRegularExpression::CaseInsensitiveOption);
        QStringList problems;
        int changeHints = 0;
        for (const Message &m : allMessages()) {
            if (!asksForChange.match(m.text).hasMatch())
                continue;
            ++changeHints;
            if (flagsIn(m.text).isEmpty())
                problems.append(u"%1: names no flag: %2"_s.arg(m.what, m.text));
            if (!m.text.contains(u'\u2192') && !m.text.contains(u"in the window"_s))
                problems.append(u"%1: names no window control: %2"_s.arg(m.what, m.text));
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
        QVERIFY(changeHints > 50);
    }

    // The Chinese messages name the same flags and as many window controls as the English ones.
    void translationsKeepFlagsAndControls()
    {
        QVERIFY(!I18n::install(*QCoreApplication::instance(), QLocale(u"en"_s)));
        const QList<Message> english = allMessages();
        QVERIFY(I18n::install(*QCoreApplication::instance(), QLocale(u"zh_CN"_s)));
        const QList<Message> chinese = allMessages();
        QCOMPARE(chinese.size(), english.size());
        QStringList problems;
        for (qsizetype i = 0; i < english.size(); ++i) {
            if (flagsIn(chinese[i].text) != flagsIn(english[i].text) ||
                chinese[i].text.count(u'\u2192') != english[i].text.count(u'\u2192'))
                problems.append(u"%1:\n  %2\n  %3"_s.arg(english[i].what, english[i].text, chinese[i].text));
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }

    // The demo model's unknown-prompt error names the real pack folder and lists the prompts it knows, one a line,
    // in the interface language; knownPrompts() gives the same list to the window.
    void demoNoMatchListsKnownPrompts_data() { hintsNameRealControls_data(); }
    void demoNoMatchListsKnownPrompts()
    {
        QFETCH(QString, language);
        QCOMPARE(I18n::install(*QCoreApplication::instance(), QLocale(language)), language == u"zh_CN"_s);
        const QStringList known = DemoPackLibrary::load().knownPrompts();
        QVERIFY(known.contains(u"Tell me a joke"_s));
        QVERIFY(known.contains(u"Name a US state"_s));
        ProviderConfig config;
        config.demoTokensPerSecond = 0.0;
        DemoProvider provider(config);
        ChatRequest request;
        request.hints.userPrompt = u"Sing me a sea shanty"_s;
        const auto out = ProviderTestKit::runCall(provider, request);
        QVERIFY(out.finished);
        QVERIFY(out.result.error);
        QCOMPARE(out.result.error->code, Code::NoMatch);
        const QString message = out.result.error->message;
        const QStringList lines = message.split(u'\n');
        for (const QString &prompt : known)
            QVERIFY2(lines.contains(u"\u2022 "_s + prompt), qPrintable(message));
        QCOMPARE(lines.size(), known.size() + 2); // the sentence before the list, the list, the sentence after
        QVERIFY2(message.contains(QDir::toNativeSeparators(DemoPackLibrary::userPackDir())), qPrintable(message));
        QVERIFY(!message.contains(u"resources/demo"_s));
        if (language == u"zh_CN"_s)
            QVERIFY2(message.contains(u"演示模型"_s), qPrintable(message));
    }
};

QTEST_GUILESS_MAIN(TestProviderHints)
#include "tst_providerhints.moc"
