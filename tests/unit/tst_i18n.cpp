// SPDX-License-Identifier: Apache-2.0
// Text that really reaches users comes back in Chinese under the zh_CN catalogue; every catalogue context is one that
// code translates with and every translating class is in the catalogue (the convention in core/I18n.h).
#include "I18n.h"
#include "LoopbackServer.h"
#include "providers/DemoProvider.h"
#include "providers/Provider.h"
#include "ProviderTestKit.h"
#include "vs/PromptBuilder.h"

#include <QCoreApplication>
#include <QDirIterator>
#include <QFile>
#include <QNetworkAccessManager>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QXmlStreamReader>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;
using Response = LoopbackServer::Response;
using Code = ProviderError::Code;

Q_DECLARE_METATYPE(ProviderError::Code)

namespace {
const QString sourceDir = QStringLiteral(QT_TESTCASE_SOURCEDIR "/..");

// Every folder whose text reaches users follows the convention in core/I18n.h.
const QStringList codeFolders = {u"core"_s, u"ui"_s, u"app"_s};

/// True when `text` holds a CJK unified ideograph (U+4E00–U+9FFF): the catalogue's text, not the English source.
bool hasChinese(const QString &text)
{
    return std::any_of(text.cbegin(), text.cend(),
                       [](QChar c) { return c.unicode() >= 0x4E00 && c.unicode() <= 0x9FFF; });
}

ProviderConfig networkConfig(const QString &preset, const QString &base)
{
    ProviderConfig c;
    c.presetId = preset;
    c.baseUrl = base;
    c.apiKey = u"sk-i18n-test-key"_s;
    c.model = preset == u"anthropic"_s ? u"claude-sonnet-4-5"_s
              : preset == u"gemini"_s  ? u"gemini-2.0-flash"_s
                                       : u"gpt-4o-mini"_s;
    c.retries = 0;
    c.stallTimeoutMs = 5000;
    return c;
}

ChatRequest plainRequest(double temperature = 0.9)
{
    ChatRequest r;
    r.messages = {{ChatMessage::Role::User, u"Name a US state."_s}};
    r.temperature = temperature;
    return r;
}

ChatRequest demoRequest(const QString &prompt)
{
    GenerationSettings s;
    ChatRequest r;
    r.messages = PromptBuilder::firstTurn(prompt, s, s.k);
    r.hints = VsHints::forSettings(s, prompt);
    r.hints.seed = 7;
    return r;
}

ProviderConfig demoConfig()
{
    ProviderConfig c;
    c.demoTokensPerSecond = 0.0;
    return c;
}

QString readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

/// Every .cpp / .h under `dirs` (relative to the source tree), path → text.
QHash<QString, QString> sources(const QStringList &dirs)
{
    QHash<QString, QString> out;
    for (const QString &dir : dirs) {
        QDirIterator it(sourceDir + u'/' + dir, {u"*.cpp"_s, u"*.h"_s}, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            // Whole-line comments go: they may quote the convention (core/I18n.h) without following it.
            static const QRegularExpression commentLine(u"^\\s*//.*$"_s, QRegularExpression::MultilineOption);
            out.insert(path.mid(sourceDir.size() + 1), readFile(path).remove(commentLine));
        }
    }
    return out;
}

/// The contexts code can translate with: Q_DECLARE_TR_FUNCTIONS(X), Q_OBJECT classes, QT_TRANSLATE_NOOP("X", ...).
QSet<QString> declaredContexts(const QHash<QString, QString> &files)
{
    static const QRegularExpression declared(u"Q_DECLARE_TR_FUNCTIONS\\(\\s*(\\w+)\\s*\\)"_s);
    static const QRegularExpression noop(u"QT_TRANSLATE_N?_?NOOP3?\\(\\s*\"([^\"]+)\""_s);
    static const QRegularExpression qobject(u"\\bQ_OBJECT\\b"_s);
    static const QRegularExpression classHead(u"\\b(?:class|struct)\\s+(\\w+)(?:\\s+final)?\\s*(?::[^{;]*)?\\{"_s);
    QSet<QString> out;
    for (const QString &text : files) {
        for (auto m = declared.globalMatch(text); m.hasNext();)
            out.insert(m.next().captured(1));
        for (auto m = noop.globalMatch(text); m.hasNext();)
            out.insert(m.next().captured(1));
        // A Q_OBJECT class is the nearest class head before the macro.
        for (auto m = qobject.globalMatch(text); m.hasNext();) {
            const qsizetype at = m.next().capturedStart();
            QString name;
            for (auto h = classHead.globalMatch(text.left(at)); h.hasNext();)
                name = h.next().captured(1);
            // lupdate names a Q_OBJECT class inside a namespace "Ns::Name"; "::Name" lets the check match that.
            if (!name.isEmpty())
                out.unite({name, u"::"_s + name});
        }
    }
    return out;
}

/// The contexts declared with Q_DECLARE_TR_FUNCTIONS: classes that exist to translate text.
QStringList trFunctionContexts(const QHash<QString, QString> &files)
{
    static const QRegularExpression declared(u"Q_DECLARE_TR_FUNCTIONS\\(\\s*(\\w+)\\s*\\)"_s);
    QSet<QString> out;
    for (const QString &text : files) {
        for (auto m = declared.globalMatch(text); m.hasNext();)
            out.insert(m.next().captured(1));
    }
    QStringList sorted(out.cbegin(), out.cend());
    sorted.sort();
    return sorted;
}

/// Context name → number of messages, from a Qt Linguist .ts file.
QMap<QString, int> catalogueContexts(const QString &path)
{
    QMap<QString, int> out;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return out;
    QXmlStreamReader xml(&file);
    QString context;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == "name"_L1)
            context = xml.readElementText();
        else if (xml.name() == "message"_L1)
            ++out[context];
    }
    return out;
}
} // namespace

class TestI18n : public QObject
{
    Q_OBJECT
private:
    QNetworkAccessManager m_nam;

private Q_SLOTS:
    void initTestCase() { QVERIFY(I18n::install(*QCoreApplication::instance(), QLocale(u"zh_CN"_s))); }

    // The HTTP status → ProviderError mapping of each provider family, fed a real 401 over HTTP.
    void rejectedKeyIsChinese_data()
    {
        QTest::addColumn<QString>("preset");
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("openai-compatible")
            << u"openai"_s
            << QByteArray("{\"error\":{\"message\":\"Incorrect API key provided\","
                          "\"type\":\"invalid_request_error\",\"code\":\"invalid_api_key\"}}");
        QTest::newRow("anthropic") << u"anthropic"_s
                                   << QByteArray("{\"type\":\"error\",\"error\":{\"type\":\"authentication_error\","
                                                 "\"message\":\"invalid x-api-key\"}}");
        QTest::newRow("gemini") << u"gemini"_s
                                << QByteArray("{\"error\":{\"code\":401,\"message\":\"API key not valid.\","
                                              "\"status\":\"UNAUTHENTICATED\"}}");
    }
    void rejectedKeyIsChinese()
    {
        QFETCH(QString, preset);
        QFETCH(QByteArray, body);
        LoopbackServer server;
        server.enqueue(Response::json(body, 401));
        const auto provider = Provider::create(networkConfig(preset, server.url().toString()), &m_nam);
        const auto out = ProviderTestKit::runCall(*provider, plainRequest());
        QVERIFY(out.finished);
        QVERIFY(out.result.error);
        const QString &message = out.result.error->message;
        QCOMPARE(out.result.error->code, Code::KeyRejected);
        QVERIFY2(hasChinese(message), qPrintable(message));
        QVERIFY2(message.contains(u"拒绝了 API 密钥"_s), qPrintable(message));
        QVERIFY2(!message.contains(u"was rejected by"_s), qPrintable(message));
        // Placeholders survived the translation: the URL called and the status are still named.
        QVERIFY2(message.contains(provider->chatUrl().toDisplayString(QUrl::RemoveUserInfo)), qPrintable(message));
        QVERIFY2(message.contains(u"401"_s), qPrintable(message));
    }

    void refusedConnectionIsChinese()
    {
        const QString base = u"http://127.0.0.1:%1/v1"_s.arg(LoopbackServer::closedPort());
        const auto provider = Provider::create(networkConfig(u"openai"_s, base), &m_nam);
        const auto out = ProviderTestKit::runCall(*provider, plainRequest());
        QVERIFY(out.result.error);
        QCOMPARE(out.result.error->code, Code::ConnectionRefused);
        QVERIFY2(out.result.error->message.contains(u"无法连接到"_s), qPrintable(out.result.error->message));
    }

    // A detail written by a wire decoder (Gemini) inside the error message.
    void geminiBlockedPromptIsChinese()
    {
        LoopbackServer server;
        server.enqueue(Response::sseEvents({"{\"promptFeedback\":{\"blockReason\":\"SAFETY\"}}"}));
        const auto provider = Provider::create(networkConfig(u"gemini"_s, server.url().toString()), &m_nam);
        const auto out = ProviderTestKit::runCall(*provider, plainRequest());
        QVERIFY(out.result.error);
        QCOMPARE(out.result.error->code, Code::Blocked);
        QVERIFY2(out.result.error->message.contains(u"提示词被拦截：SAFETY"_s), qPrintable(out.result.error->message));
    }

    // A note from the wire format: Anthropic caps the temperature at 1.
    void anthropicTemperatureNoteIsChinese()
    {
        LoopbackServer server;
        server.enqueue(Response::anthropicStream(u"Ohio"_s, 2));
        const auto provider = Provider::create(networkConfig(u"anthropic"_s, server.url().toString()), &m_nam);
        const auto out = ProviderTestKit::runCall(*provider, plainRequest(1.5));
        QVERIFY2(!out.result.error, qPrintable(out.result.error ? out.result.error->message : QString()));
        const QString notes = out.result.notes.join(u'\n');
        QVERIFY2(notes.contains(u"温度 1.5 已被限制为 1"_s), qPrintable(notes));
        QVERIFY2(notes.contains(u"Anthropic 模型接受的温度范围为 0 到 1"_s), qPrintable(notes));
    }

    void demoNoScenarioPackIsChinese()
    {
        DemoProvider provider(demoConfig());
        const auto out = ProviderTestKit::runCall(provider, demoRequest(u"Summarize the tax code of Belgium"_s));
        QVERIFY(out.result.error);
        QCOMPARE(out.result.error->code, Code::NoMatch);
        QVERIFY2(out.result.error->message.contains(u"场景包"_s), qPrintable(out.result.error->message));
        QVERIFY2(out.result.error->message.contains(u"Summarize the tax code of Belgium"_s),
                 qPrintable(out.result.error->message));
    }

    void demoNoteIsChinese()
    {
        DemoProvider provider(demoConfig());
        const auto out = ProviderTestKit::runCall(provider, demoRequest(u"Tell me a joke"_s));
        QVERIFY2(!out.result.error, qPrintable(out.result.error ? out.result.error->message : QString()));
        QVERIFY2(out.result.notes.contains(u"由离线演示模型模拟"_s), qPrintable(out.result.notes.join(u'\n')));
    }

    void presetTitlesAreChinese()
    {
        QCOMPARE(ProviderPreset::find(u"demo"_s)->title(), u"演示模型（离线）"_s);
        QCOMPARE(ProviderPreset::find(u"custom"_s)->title(), u"自定义（兼容 OpenAI）"_s);
        QVERIFY(hasChinese(ProviderPreset::find(u"llamacpp"_s)->title()));
        QCOMPARE(ProviderPreset::find(u"openai"_s)->title(), u"OpenAI"_s); // a brand name stays as it is
    }

    void methodTextsAreChinese()
    {
        QCOMPARE(Names::methodTitle(Method::Direct), u"直接"_s);
        for (Method m : Names::allMethods())
            QVERIFY2(hasChinese(Names::methodDescription(m)), qPrintable(Names::method(m)));
    }

    // A context no code translates with holds messages nobody can ever see.
    void everyCatalogueContextIsUsed_data()
    {
        QTest::addColumn<QString>("context");
        QTest::addColumn<int>("messages");
        const QMap<QString, int> contexts = catalogueContexts(sourceDir + u"/resources/translations/vslab_zh_CN.ts"_s);
        for (auto it = contexts.cbegin(); it != contexts.cend(); ++it)
            QTest::newRow(qPrintable(it.key())) << it.key() << it.value();
    }
    void everyCatalogueContextIsUsed()
    {
        QFETCH(QString, context);
        QFETCH(int, messages);
        static const QSet<QString> declared = declaredContexts(sources(codeFolders));
        const bool used = declared.contains(context) ||
                          (context.contains(u"::"_s) && declared.contains(u"::"_s + context.section(u"::"_s, -1)));
        QVERIFY2(used, qPrintable(u"no class declares context %1, so its %2 message(s) never show"_s.arg(context).arg(
                           messages)));
    }

    // The other way round: what a class translates must reach the catalogue, so lupdate must scan its file.
    void everyTranslatingClassIsInTheCatalogue_data()
    {
        QTest::addColumn<QString>("context");
        for (const QString &context : trFunctionContexts(sources(codeFolders)))
            QTest::newRow(qPrintable(context)) << context;
    }
    void everyTranslatingClassIsInTheCatalogue()
    {
        QFETCH(QString, context);
        static const QMap<QString, int> catalogue =
            catalogueContexts(sourceDir + u"/resources/translations/vslab_zh_CN.ts"_s);
        QVERIFY2(catalogue.contains(context),
                 qPrintable(u"%1 translates text, but the catalogue has no context %1: is its file in the "
                            "qt_add_translations SOURCES?"_s.arg(context)));
    }

    // The old convention hides text from lupdate or gives it a context lupdate does not record.
    void noHandWrittenContexts()
    {
        static const QRegularExpression helper(u"\\bQString\\s+tr\\s*\\(\\s*const\\s+char"_s);
        const QHash<QString, QString> files = sources(codeFolders);
        QVERIFY(files.size() > 50);
        QStringList offenders;
        for (auto it = files.cbegin(); it != files.cend(); ++it) {
            if (it.value().contains(u"QCoreApplication::translate("_s) || it.value().contains(helper))
                offenders.append(it.key());
        }
        offenders.sort();
        QVERIFY2(offenders.isEmpty(), qPrintable(offenders.join(u", "_s)));
    }
};

QTEST_GUILESS_MAIN(TestI18n)
#include "tst_i18n.moc"
