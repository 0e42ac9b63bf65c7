// SPDX-License-Identifier: Apache-2.0
#include "SharedData.h"
#include "vs/ResponseParser.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTest>

#include <cmath>
#include <functional>

namespace {
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

/// What one reply must parse to; built with the chained setters below.
struct Expected
{
    QStringList texts;
    QList<double> stated;  ///< NaN = missing or invalid
    QStringList repairs;   ///< per candidate, tags joined with '+'; empty list = all candidates untagged
    QStringList raws;      ///< statedRaw per candidate; empty list = not checked
    int partialIndex = -1; ///< the candidate marked partial, if any
    QStringList warnings;  ///< Warning::codeName of every warning, in order
    QString error;         ///< exact error(); empty = no error
    QString reasoning;
    ResponseParser::Format format = ResponseParser::Format::Auto;

    Expected &tags(const QStringList &v) { return repairs = v, *this; }
    Expected &statedRaw(const QStringList &v) { return raws = v, *this; }
    Expected &partial(int i) { return partialIndex = i, *this; }
    Expected &warn(const QStringList &v) { return warnings = v, *this; }
    Expected &fails(const QString &v) { return error = v, *this; }
    Expected &thinks(const QString &v) { return reasoning = v, *this; }
    Expected &as(ResponseParser::Format f) { return format = f, *this; }
};

Expected ex(const QStringList &texts = {}, const QList<double> &stated = {})
{
    Expected e;
    e.texts = texts;
    e.stated = stated;
    return e;
}

QString num(double v)
{
    return std::isnan(v) ? QStringLiteral("nan") : QString::number(v, 'g', 17);
}

/// Everything observable about a finished parse, as text, so two parses compare with one QCOMPARE.
QString snapshot(const ResponseParser &p)
{
    QString out;
    for (const Candidate &c : p.candidates()) {
        out += QStringLiteral("[%1] %2 | stated=%3 raw=%4 clipped=%5 repairs=%6 partial=%7\n")
                   .arg(c.index)
                   .arg(c.text, num(c.stated), c.statedRaw, num(c.clipped), c.repairs.join(u'+'))
                   .arg(c.partial);
    }
    for (const Warning &w : p.warnings())
        out += QStringLiteral("warning %1: %2\n").arg(Warning::codeName(w.code), w.message);
    out += QStringLiteral("error: %1\nreasoning: %2\nformat: %3\n")
               .arg(p.error(), p.reasoning(), ResponseParser::formatName(p.detectedFormat()));
    return out;
}

/// Feeds `pieces` one by one; checks that what feed()/finish() return adds up to candidates().
QString parsePieces(const std::function<QList<Candidate>(ResponseParser &, qsizetype)> &feedPiece, qsizetype count,
                    bool truncated)
{
    ResponseParser p;
    QList<Candidate> returned;
    for (qsizetype i = 0; i < count; ++i)
        returned += feedPiece(p, i);
    returned += p.finish(truncated);
    QString got;
    for (const Candidate &c : returned)
        got += c.text + u'\n';
    QString all;
    for (const Candidate &c : p.candidates())
        all += c.text + u'\n';
    if (got != all)
        return QStringLiteral("returned candidates differ from candidates(): ") + got + QStringLiteral(" vs ") + all;
    return snapshot(p);
}

QString parseWhole(const QString &reply, bool truncated)
{
    return parsePieces([&](ResponseParser &p, qsizetype) { return p.feed(reply); }, 1, truncated);
}

QString parseUtf8Chunks(const QByteArray &bytes, const QList<qsizetype> &sizes, bool truncated)
{
    QList<QByteArrayView> pieces;
    qsizetype at = 0;
    for (qsizetype size : sizes) {
        pieces.append(QByteArrayView(bytes).sliced(at, size));
        at += size;
    }
    return parsePieces([&](ResponseParser &p, qsizetype i) { return p.feedUtf8(pieces[i]); }, pieces.size(), truncated);
}

QString parseTextChunks(const QString &text, const QList<qsizetype> &sizes, bool truncated)
{
    QList<QStringView> pieces;
    qsizetype at = 0;
    for (qsizetype size : sizes) {
        pieces.append(QStringView(text).mid(at, size));
        at += size;
    }
    return parsePieces([&](ResponseParser &p, qsizetype i) { return p.feed(pieces[i]); }, pieces.size(), truncated);
}

QList<qsizetype> randomSizes(qsizetype total, quint32 seed, int maxChunk)
{
    QRandomGenerator rng(seed);
    QList<qsizetype> sizes;
    while (total > 0) {
        const qsizetype size = std::min<qsizetype>(total, rng.bounded(1, maxChunk + 1));
        sizes.append(size);
        total -= size;
    }
    return sizes;
}

QList<qsizetype> ones(qsizetype total)
{
    return QList<qsizetype>(total, 1);
}

bool sameNumber(double a, double b)
{
    return (std::isnan(a) && std::isnan(b)) || std::abs(a - b) <= 1e-12;
}

double expectedClipped(double stated, const QStringList &tags)
{
    if (tags.contains(QStringLiteral("missing")))
        return kNaN;
    if (tags.contains(QStringLiteral("invalid")))
        return 0.0;
    return std::clamp(stated, 0.0, 1.0);
}

const QString kGarbage = QStringLiteral("No candidates found: the reply is not in the JSON or XML format asked for and "
                                        "has no list with probabilities.");

QString jsonLine(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QList<QJsonObject> readJsonl(const QString &relative)
{
    QFile f(SharedData::path(relative));
    QList<QJsonObject> out;
    if (!f.open(QIODevice::ReadOnly))
        return out;
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (!line.trimmed().isEmpty())
            out.append(QJsonDocument::fromJson(line).object());
    }
    return out;
}
} // namespace

Q_DECLARE_METATYPE(Expected)

class TestResponseParser : public QObject
{
    Q_OBJECT
private:
    void addCase(const char *name, const QString &reply, const Expected &e, bool truncated = false)
    {
        QTest::newRow(name) << reply << truncated << e;
    }

private Q_SLOTS:
    void parse_data();
    void parse();
    void chunkingIsInvisible_data() { parse_data(); }
    void chunkingIsInvisible();
    void emitsCandidatesAsTheyComplete_data();
    void emitsCandidatesAsTheyComplete();
    void textIsTheWholeReply();
    void finishTwiceIsHarmless();
    void forcedListFormat();
    void longReplyByteByByte();
    void corpusStateNames();
    void corpusResearchRecords();
    void corpusFrameworkDemo();
    void corpusBearStoriesAsXml();
    void corpusEdgeCases_data();
    void corpusEdgeCases();
};

void TestResponseParser::parse_data()
{
    using F = ResponseParser::Format;
    QTest::addColumn<QString>("reply");
    QTest::addColumn<bool>("truncated");
    QTest::addColumn<Expected>("expected");

    const QString A = QStringLiteral("A");
    const QString B = QStringLiteral("B");
    const QString C = QStringLiteral("C");
    const QString D = QStringLiteral("D");
    const QString none;
    const QString missing = QStringLiteral("missing");
    const QStringList paris = {QStringLiteral("Paris"), QStringLiteral("Lyon")};
    const QString jsonBody = QStringLiteral(
        R"({"responses": [{"text": "Paris", "probability": 0.5}, {"text": "Lyon", "probability": 0.3}]})");
    const QString xmlBody = QStringLiteral("<response><text>Paris</text><probability>0.5</probability></response>\n"
                                           "<response><text>Lyon</text><probability>0.3</probability></response>");

    // --- both formats, with and without prose and fences -------------------------------------------------------
    addCase("json", jsonBody, ex(paris, {0.5, 0.3}).as(F::Json));
    addCase("json vs-cot reasoning",
            QStringLiteral(R"({"reasoning": "  Capitals first,\nthen others. ", "responses": [{"text": "Paris", )"
                           R"("probability": 0.5}, {"text": "Lyon", "probability": 0.3}]})"),
            ex(paris, {0.5, 0.3}).thinks(QStringLiteral("Capitals first,\nthen others.")).as(F::Json));
    addCase("xml", xmlBody, ex(paris, {0.5, 0.3}).as(F::Xml));
    addCase("xml reasoning", QStringLiteral("<reasoning>\nLarge cities\nfirst.\n</reasoning>\n") + xmlBody,
            ex(paris, {0.5, 0.3}).thinks(QStringLiteral("Large cities\nfirst.")).as(F::Xml));
    addCase("json with prose around",
            QStringLiteral("Sure! Here are {two} options [as asked]:\n") + jsonBody +
                QStringLiteral("\nHope this helps {really}. <3"),
            ex(paris, {0.5, 0.3}).as(F::Json));
    addCase("json in ```json fence",
            QStringLiteral("Here you go:\n```json\n") + jsonBody + QStringLiteral("\n```\nMore?"),
            ex(paris, {0.5, 0.3}).as(F::Json));
    addCase("json in plain fence", QStringLiteral("```\n") + jsonBody + QStringLiteral("\n```"),
            ex(paris, {0.5, 0.3}).as(F::Json));
    addCase("xml in ```xml fence with prose",
            QStringLiteral("I'll answer in XML (as a < b said):\n```xml\n") + xmlBody +
                QStringLiteral("\n```\nDone {ok}."),
            ex(paris, {0.5, 0.3}).as(F::Xml));
    addCase("quote in prose before json", QStringLiteral("He said \"hi\" and \"{not json\" then:\n") + jsonBody,
            ex(paris, {0.5, 0.3}).as(F::Json));
    addCase("xml probability before text",
            QStringLiteral("<response><probability>0.5</probability><text>Paris</text></response>"
                           "<response>\n  <probability>0.3</probability>\n  <text>Lyon</text>\n</response>"),
            ex(paris, {0.5, 0.3}).as(F::Xml));
    addCase("xml attributes on tags",
            QStringLiteral("<responses count=\"2\"><response id=\"1\"><text lang='en'>Paris</text>"
                           "<probability unit=\"p\">0.5</probability></response><response id=\"2\">"
                           "<TEXT>Lyon</TEXT><Probability>0.3</Probability></response></responses>"),
            ex(paris, {0.5, 0.3}).as(F::Xml));
    addCase("xml probability attribute and direct text",
            QStringLiteral("<response probability=\"0.5\">Paris</response>\n<response>Lyon\n<probability>0.3"
                           "</probability></response>"),
            ex(paris, {0.5, 0.3}).as(F::Xml));
    addCase("xml pairs without <response>",
            QStringLiteral("<text>Paris</text><probability>0.5</probability>\n<text>Lyon</text>"
                           "<probability>0.3</probability>"),
            ex(paris, {0.5, 0.3}).as(F::Xml));
    addCase("xml missing </response> before next",
            QStringLiteral("<response><text>Paris</text><probability>0.5</probability>\n"
                           "<response><text>Lyon</text><probability>0.3</probability>"),
            ex(paris, {0.5, 0.3}).as(F::Xml));

    // --- text fidelity -----------------------------------------------------------------------------------------
    addCase("xml poem keeps every line break",
            QStringLiteral("<response><text>\nRoses are red, \nviolets are blue,  \n\n  sugar is sweet\n</text>"
                           "<probability>0.4</probability></response>"),
            ex({QStringLiteral("Roses are red, \nviolets are blue,  \n\n  sugar is sweet")}, {0.4}));
    addCase(
        "json poem escapes keep ' \\n'",
        QStringLiteral(R"({"responses": [{"text": "  Line one \nLine two\n\tIndented\r\nEnd ", "probability": 0.2}]})"),
        ex({QStringLiteral("Line one \nLine two\n\tIndented\r\nEnd")}, {0.2}));
    addCase("json raw newlines inside string",
            QStringLiteral("{\"responses\": [{\"text\": \"Line one\nLine two\", \"probability\": 0.2}]}"),
            ex({QStringLiteral("Line one\nLine two")}, {0.2}));
    addCase("json unicode escapes and surrogate pair",
            QStringLiteral(R"({"responses": [{"text": "caf\u00e9 \ud83d\ude00 \u4e2d", "probability": 0.2}, )"
                           R"({"text": "lone \ud800 x", "probability": 0.1}]})"),
            ex({QStringLiteral("caf\u00e9 \U0001F600 \u4e2d"), QStringLiteral("lone \uFFFD x")}, {0.2, 0.1}));
    addCase("json raw unicode, curly quotes, em dash",
            QStringLiteral(R"({"responses": [{"text": "“Quoted” — über 日本語 😀 ‘it’s’", "probability": 0.2}]})"),
            ex({QStringLiteral("“Quoted” — über 日本語 😀 ‘it’s’")}, {0.2}));
    addCase("json escaped quotes and backslashes",
            QStringLiteral(R"({"responses": [{"text": "He said \"hi\" \\o/ a\/b", "probability": 0.2}]})"),
            ex({QStringLiteral("He said \"hi\" \\o/ a/b")}, {0.2}));
    addCase("xml entities",
            QStringLiteral("<response><text>Fish &amp; chips &lt;b&gt; &quot;x&quot; &apos;y&apos; &#233; &#x1F600; "
                           "&unknown; AT&T</text><probability>0.2</probability></response>"),
            ex({QStringLiteral("Fish & chips <b> \"x\" 'y' \u00e9 \U0001F600 &unknown; AT&T")}, {0.2}));
    addCase("xml text with markup and '<' inside",
            QStringLiteral("<response><text>Use <br> and <p>paragraphs</p>; a < b; x<-y</text>"
                           "<probability>0.2</probability></response>"),
            ex({QStringLiteral("Use <br> and <p>paragraphs</p>; a < b; x<-y")}, {0.2}));
    addCase("xml cdata",
            QStringLiteral("<response><text><![CDATA[a <raw> & b]]></text><probability>0.2</probability></response>"),
            ex({QStringLiteral("a <raw> & b")}, {0.2}));
    addCase("trailing spaces trimmed only at the ends",
            QStringLiteral(R"({"responses": [{"text": "'Tap into old times!' ", "probability": 0.25}]})"),
            ex({QStringLiteral("'Tap into old times!'")}, {0.25}));

    // --- keys, numbers, shapes ---------------------------------------------------------------------------------
    addCase("key aliases",
            QStringLiteral(R"({"responses": [{"response": "A", "confidence": 0.4}, {"content": "B", "prob": 0.3}, )"
                           R"({"Text": "C", "P": 0.2}, {"TEXT": "D", "Probability": 0.1}]})"),
            ex({A, B, C, D}, {0.4, 0.3, 0.2, 0.1}));
    addCase("xml confidence and prob aliases",
            QStringLiteral("<response><text>A</text><confidence>0.4</confidence></response>"
                           "<response><content>B</content><prob>0.3</prob></response>"
                           "<response><text>C</text><p>0.2</p></response>"),
            ex({A, B, C}, {0.4, 0.3, 0.2}));
    addCase(
        "numbers as strings",
        QStringLiteral(R"({"responses": [{"text": "A", "probability": "0.2"}, {"text": "B", "probability": " .5 "}]})"),
        ex({A, B}, {0.2, 0.5}).statedRaw({QStringLiteral("0.2"), QStringLiteral(".5")}));
    addCase("percentages",
            QStringLiteral(R"({"responses": [{"text": "A", "probability": 35%}, {"text": "B", "probability": "20 %"}, )"
                           R"({"text": "C", "probability": "150%"}]})"),
            ex({A, B, C}, {0.35, 0.2, 1.5})
                .tags({QStringLiteral("percentage"), QStringLiteral("percentage"), QStringLiteral("percentage+clip>1")})
                .statedRaw({QStringLiteral("35%"), QStringLiteral("20 %"), QStringLiteral("150%")}));
    addCase("xml percentage", QStringLiteral("<response><text>A</text><probability> 35% </probability></response>"),
            ex({A}, {0.35}).tags({QStringLiteral("percentage")}).statedRaw({QStringLiteral("35%")}));
    addCase(
        "scientific notation",
        QStringLiteral(R"({"responses": [{"probability": 0.0001, "text": "A"}, {"probability": 8e-05, "text": "B"}, )"
                       R"({"probability": 8.5E-05, "text": "C"}, {"probability": "1e-400", "text": "D"}]})"),
        ex({A, B, C, D}, {0.0001, 8e-05, 8.5e-05, 0.0})
            .statedRaw({QStringLiteral("0.0001"), QStringLiteral("8e-05"), QStringLiteral("8.5E-05"),
                        QStringLiteral("1e-400")}));
    addCase("trailing and missing commas",
            QStringLiteral("{\"responses\": [{\"text\": \"Paris\", \"probability\": 0.5,}\n{\"text\": \"Lyon\" "
                           "\"probability\": 0.3},],}"),
            ex(paris, {0.5, 0.3}).as(F::Json));
    addCase("top-level array",
            QStringLiteral(R"([{"text": "Paris", "probability": 0.5}, {"text": "Lyon", "probability": 0.3}])"),
            ex(paris, {0.5, 0.3}).as(F::Json));
    addCase("json encoded twice as a string",
            QStringLiteral(R"("{\"responses\": [{\"text\": \"Paris \\\"the capital\\\"\", \"probability\": 0.5}, )"
                           R"({\"text\": \"Lyon\", \"probability\": 0.3}]}")"),
            ex({QStringLiteral("Paris \"the capital\""), QStringLiteral("Lyon")}, {0.5, 0.3}).as(F::Json));
    addCase("json encoded twice with leading escaped newline",
            QStringLiteral(R"(Result: "\n{\"responses\": [{\"text\": \"Paris\", \"probability\": 0.5}]}")"),
            ex({QStringLiteral("Paris")}, {0.5}));
    addCase("responses list sent as a string",
            QStringLiteral(R"({"responses": "[{\"text\": \"Paris\", \"probability\": 0.5}]"})"),
            ex({QStringLiteral("Paris")}, {0.5}));
    addCase("candidates nested under other keys",
            QStringLiteral(R"({"result": {"meta": {"model": "x"}, "data": {"items": [{"text": "Paris", )"
                           R"("probability": 0.5, "extra": {"note": "n"}}, {"text": "Lyon", "probability": 0.3}]}}})"),
            ex(paris, {0.5, 0.3}).as(F::Json));
    addCase("metadata object inside a candidate is not a candidate",
            QStringLiteral(R"({"responses": [{"text": "Paris", "probability": 0.5, "meta": {"content": "x", )"
                           R"("p": 1}}, {"text": "Lyon", "meta": {"text": "y"}, "probability": 0.3}]})"),
            ex(paris, {0.5, 0.3}));
    addCase("wrapper with its own text is not a candidate",
            QStringLiteral(R"({"content": "Here they are", "responses": [{"text": "Paris", "probability": 0.5}]})"),
            ex({QStringLiteral("Paris")}, {0.5}));
    addCase("single quotes, unquoted keys, bare text",
            QStringLiteral(R"({responses: [{text: 'It\'s "fine"', probability: .5}, {'text': 42, 'p': '0.3'}]})"),
            ex({QStringLiteral("It's \"fine\""), QStringLiteral("42")}, {0.5, 0.3}));
    addCase("duplicates are not merged",
            QStringLiteral(
                R"({"responses": [{"text": "Paris", "probability": 0.5}, {"text": "Paris", "probability": 0.3}]})"),
            ex({QStringLiteral("Paris"), QStringLiteral("Paris")}, {0.5, 0.3}));
    addCase("text key wins over response key",
            QStringLiteral(R"({"responses": [{"response": "wrong", "text": "right", "probability": 0.5}]})"),
            ex({QStringLiteral("right")}, {0.5}));

    // --- repairs -----------------------------------------------------------------------------------------------
    addCase("repairs",
            QStringLiteral(
                R"({"responses": [{"text": "inv", "probability": "abc"}, {"text": "nan", "probability": NaN}, )"
                R"({"text": "inf", "probability": "Infinity"}, {"text": "neg", "probability": -0.1}, )"
                R"({"text": "big", "probability": 35}, {"text": "miss"}, {"text": "null", "probability": null}, )"
                R"({"text": "bool", "probability": true}, {"text": "ok", "probability": 1}]})"),
            ex({QStringLiteral("inv"), QStringLiteral("nan"), QStringLiteral("inf"), QStringLiteral("neg"),
                QStringLiteral("big"), QStringLiteral("miss"), QStringLiteral("null"), QStringLiteral("bool"),
                QStringLiteral("ok")},
               {kNaN, kNaN, kNaN, -0.1, 35, kNaN, kNaN, kNaN, 1.0})
                .tags({QStringLiteral("invalid"), QStringLiteral("invalid"), QStringLiteral("invalid"),
                       QStringLiteral("negative"), QStringLiteral("clip>1"), missing, missing,
                       QStringLiteral("invalid"), none})
                .statedRaw({QStringLiteral("abc"), QStringLiteral("NaN"), QStringLiteral("Infinity"),
                            QStringLiteral("-0.1"), QStringLiteral("35"), none, none, QStringLiteral("true"),
                            QStringLiteral("1")}));
    addCase(
        "xml repairs",
        QStringLiteral("<response><text>a</text><probability>high</probability></response>"
                       "<response><text>b</text><probability>-2</probability></response>"
                       "<response><text>c</text><probability>2.5</probability></response>"
                       "<response><text>d</text></response>"
                       "<response><text>e</text><probability></probability></response>"),
        ex({QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c"), QStringLiteral("d"), QStringLiteral("e")},
           {kNaN, -2, 2.5, kNaN, kNaN})
            .tags({QStringLiteral("invalid"), QStringLiteral("negative"), QStringLiteral("clip>1"), missing, missing}));
    addCase("sequence items without probability",
            QStringLiteral(R"({"responses": [{"text": "Paris"}, {"text": "Lyon"}]})"),
            ex(paris, {kNaN, kNaN}).tags({missing, missing}).as(F::Json));
    addCase("sequence list of strings", QStringLiteral(R"({"responses": ["Paris", " Lyon ", ""]})"),
            ex(paris, {kNaN, kNaN}).tags({missing, missing}));
    addCase("xml sequence without probability",
            QStringLiteral("<response><text>Paris</text></response><response><text>Lyon</text></response>"),
            ex(paris, {kNaN, kNaN}).tags({missing, missing}));

    // --- list fallback -----------------------------------------------------------------------------------------
    const QStringList listWarn = {QStringLiteral("list_fallback")};
    addCase("list numbered with (probability: x)",
            QStringLiteral("Here are my answers:\n1. Paris (probability: 0.5)\n2. Lyon (probability: 0.3)\nThanks!"),
            ex(paris, {0.5, 0.3}).warn(listWarn).as(F::List));
    addCase("list bullets and separators",
            QStringLiteral("- Paris (p=0.5)\n* Lyon \u2014 30%\n2) Nice - 0.15\n\u2022 Lille: 0.05\n"
                           "3. Marseille [0.1]\n- no probability here\n- Year 2020\n"),
            ex({QStringLiteral("Paris"), QStringLiteral("Lyon"), QStringLiteral("Nice"), QStringLiteral("Lille"),
                QStringLiteral("Marseille")},
               {0.5, 0.3, 0.15, 0.05, 0.1})
                .tags({none, QStringLiteral("percentage"), none, none, none})
                .warn(listWarn)
                .as(F::List));
    addCase("list items keep inner parentheses",
            QStringLiteral("1. Paris (France) (probability: 0.5)\n2. New York - the big apple - 0.3"),
            ex({QStringLiteral("Paris (France)"), QStringLiteral("New York - the big apple")}, {0.5, 0.3})
                .warn(listWarn)
                .as(F::List));

    // --- truncation --------------------------------------------------------------------------------------------
    const QStringList truncWarn = {QStringLiteral("truncated")};
    const QStringList droppedWarn = {QStringLiteral("truncated"), QStringLiteral("partial_dropped")};
    addCase("json cut mid-text",
            QStringLiteral(R"({"responses": [{"text": "Paris", "probability": 0.5}, {"text": "Lyon is a ci)"),
            ex({QStringLiteral("Paris"), QStringLiteral("Lyon is a ci")}, {0.5, kNaN})
                .tags({none, missing})
                .partial(1)
                .warn(truncWarn),
            true);
    addCase("json cut after probability read",
            QStringLiteral(R"({"responses": [{"probability": 0.3, "text": "Lyon is)"),
            ex({QStringLiteral("Lyon is")}, {0.3}).partial(0).warn(truncWarn), true);
    addCase("json cut inside probability number",
            QStringLiteral(R"({"responses": [{"text": "Lyon", "probability": 0.2)"),
            ex({QStringLiteral("Lyon")}, {kNaN}).tags({missing}).partial(0).warn(truncWarn), true);
    addCase("json cut inside escape", QStringLiteral(R"({"responses": [{"text": "caf\u00)"),
            ex({QStringLiteral("caf")}, {kNaN}).tags({missing}).partial(0).warn(truncWarn), true);
    addCase("json cut before text", QStringLiteral(R"({"responses": [{"text": "Paris", "probability": 0.5}, {"probab)"),
            ex({QStringLiteral("Paris")}, {0.5}).warn(droppedWarn), true);
    addCase("json cut between candidates", QStringLiteral(R"({"responses": [{"text": "Paris", "probability": 0.5}, )"),
            ex({QStringLiteral("Paris")}, {0.5}).warn(truncWarn), true);
    addCase("json incomplete with finish(false)",
            QStringLiteral(R"({"responses": [{"text": "Paris", "probability": 0.5}, {"text": "Ly)"),
            ex({QStringLiteral("Paris"), QStringLiteral("Ly")}, {0.5, kNaN})
                .tags({none, missing})
                .partial(1)
                .warn(truncWarn));
    addCase("json encoded twice, cut",
            QStringLiteral(R"("{\"responses\": [{\"text\": \"Paris\", \"probability\": 0.5}, {\"text\": \"Ly)"),
            ex({QStringLiteral("Paris"), QStringLiteral("Ly")}, {0.5, kNaN})
                .tags({none, missing})
                .partial(1)
                .warn(truncWarn),
            true);
    addCase("complete reply finished as truncated", jsonBody, ex(paris, {0.5, 0.3}).warn(truncWarn), true);
    addCase("xml cut mid-text",
            QStringLiteral("<response><text>Paris</text><probability>0.5</probability></response>\n"
                           "<response><probability>0.3</probability><text>Lyon is a</te"),
            ex({QStringLiteral("Paris"), QStringLiteral("Lyon is a")}, {0.5, 0.3}).partial(1).warn(truncWarn), true);
    addCase("xml cut in probability",
            QStringLiteral("<response><text>Paris</text><probability>0.5</probability></response>\n"
                           "<response><text>Lyon</text><probability>0.2"),
            ex(paris, {0.5, kNaN}).tags({none, missing}).partial(1).warn(truncWarn), true);
    addCase("xml cut before text",
            QStringLiteral("<response><text>Paris</text><probability>0.5</probability></response>\n<response><proba"),
            ex({QStringLiteral("Paris")}, {0.5}).warn(droppedWarn), true);
    addCase(
        "xml incomplete with finish(false)",
        QStringLiteral("<response><text>Paris</text><probability>0.5</probability></response>\n<response><text>Lyon"),
        ex(paris, {0.5, kNaN}).tags({none, missing}).partial(1).warn(truncWarn));
    addCase("xml last </response> forgotten",
            QStringLiteral("<response><text>Paris</text><probability>0.5</probability></response>\n"
                           "<response><text>Lyon</text><probability>0.3</probability>\n"),
            ex(paris, {0.5, 0.3}).as(F::Xml));
    addCase("xml reasoning cut", QStringLiteral("<reasoning>Think about"),
            ex().warn(truncWarn)
                .fails(QStringLiteral("The reply was cut off before its first candidate was complete."))
                .thinks(QStringLiteral("Think about"))
                .as(F::Xml),
            true);

    // --- garbage and empty -------------------------------------------------------------------------------------
    addCase("empty", QString(), ex().fails(QStringLiteral("The reply was empty.")));
    addCase("whitespace only", QStringLiteral(" \n\t "), ex().fails(QStringLiteral("The reply was empty.")));
    addCase("empty and truncated", QString(), ex().warn(truncWarn).fails(QStringLiteral("The reply was empty.")), true);
    addCase("prose", QStringLiteral("I'm sorry, I can't help with that {really} [sorry] \"x\" <3 <b>bold</b>."),
            ex().fails(kGarbage));
    addCase("control characters and junk", QStringLiteral("\u0001\u0002}}]]>>\\\\\"\"\"{{{[[[<<<</></>"),
            ex().fails(kGarbage));
    addCase("json without responses", QStringLiteral(R"({"answer": "Paris", "score": 1})"),
            ex().fails(QStringLiteral("The JSON reply has no \"responses\" list.")));
    addCase("json empty responses", QStringLiteral(R"({"responses": []})"),
            ex().fails(QStringLiteral("The JSON reply's \"responses\" list is empty.")).as(F::Json));
    addCase(
        "json items without text",
        QStringLiteral(R"({"responses": [{"answer": "a", "probability": 0.5}, {"probability": 0.5}]})"),
        ex().fails(QStringLiteral("None of the 2 item(s) in the JSON \"responses\" list has a \"text\".")).as(F::Json));
    addCase("json broken by an unescaped quote",
            QStringLiteral(R"({"responses": [{"text": "He said "hi"", "probability": 0.2}]})"),
            ex().fails(QStringLiteral("The reply looks like JSON but could not be read: unexpected \u201ch\u201d at "
                                      "character 35."))
                .as(F::Json));
    addCase(
        "xml without text", QStringLiteral("<response><probability>0.2</probability></response>"),
        ex().fails(QStringLiteral("None of the 1 <response> element(s) in the XML reply has a <text>.")).as(F::Xml));
    addCase("xml reasoning only", QStringLiteral("<reasoning>hmm</reasoning> and then nothing"),
            ex().fails(QStringLiteral("The XML reply has a <reasoning> but no <response>."))
                .thinks(QStringLiteral("hmm"))
                .as(F::Xml));
}

void TestResponseParser::parse()
{
    QFETCH(QString, reply);
    QFETCH(bool, truncated);
    QFETCH(Expected, expected);

    ResponseParser p;
    QList<Candidate> got = p.feed(reply);
    got += p.finish(truncated);
    const QList<Candidate> &all = p.candidates();
    QCOMPARE(got.size(), all.size());

    QStringList texts;
    for (const Candidate &c : all)
        texts.append(c.text);
    QCOMPARE(texts, expected.texts);
    QCOMPARE(all.size(), expected.stated.size());
    for (qsizetype i = 0; i < all.size(); ++i) {
        const Candidate &c = all[i];
        const QString where = QStringLiteral("candidate %1 (%2)").arg(i).arg(c.text);
        QVERIFY2(
            sameNumber(c.stated, expected.stated[i]),
            qPrintable(where + QStringLiteral(": stated %1, expected %2").arg(num(c.stated), num(expected.stated[i]))));
        const QStringList tags = expected.repairs.isEmpty() || expected.repairs[i].isEmpty()
                                     ? QStringList()
                                     : expected.repairs[i].split(u'+');
        QCOMPARE(c.repairs, tags);
        QVERIFY2(sameNumber(c.clipped, expectedClipped(c.stated, tags)),
                 qPrintable(where + QStringLiteral(": clipped %1").arg(num(c.clipped))));
        QVERIFY(std::isnan(c.clipped) || (c.clipped >= 0.0 && c.clipped <= 1.0));
        if (!expected.raws.isEmpty())
            QCOMPARE(c.statedRaw, expected.raws[i]);
        QCOMPARE(c.index, int(i));
        QCOMPARE(c.partial, i == expected.partialIndex);
        QCOMPARE(c.weight, 0.0);
    }
    QStringList codes;
    for (const Warning &w : p.warnings()) {
        codes.append(Warning::codeName(w.code));
        QVERIFY(!w.message.isEmpty());
    }
    QCOMPARE(codes, expected.warnings);
    QCOMPARE(p.error(), expected.error);
    QCOMPARE(p.reasoning(), expected.reasoning);
    if (expected.format != ResponseParser::Format::Auto)
        QCOMPARE(p.detectedFormat(), expected.format);
}

void TestResponseParser::chunkingIsInvisible()
{
    QFETCH(QString, reply);
    QFETCH(bool, truncated);

    const QString whole = parseWhole(reply, truncated);
    const QByteArray utf8 = reply.toUtf8();
    // One byte at a time splits every multi-byte UTF-8 character.
    QCOMPARE(parseUtf8Chunks(utf8, ones(utf8.size()), truncated), whole);
    // One UTF-16 unit at a time splits surrogate pairs.
    QCOMPARE(parseTextChunks(reply, ones(reply.size()), truncated), whole);
    for (quint32 seed = 1; seed <= 6; ++seed) {
        QCOMPARE(parseUtf8Chunks(utf8, randomSizes(utf8.size(), seed, 9), truncated), whole);
        QCOMPARE(parseTextChunks(reply, randomSizes(reply.size(), seed * 7919, 40), truncated), whole);
    }
}

void TestResponseParser::emitsCandidatesAsTheyComplete_data()
{
    QTest::addColumn<QStringList>("pieces");
    QTest::addColumn<QList<int>>("newPerPiece");

    QTest::newRow("json") << QStringList{QStringLiteral(R"({"responses": [{"text": "A", "probability": 0.5)"),
                                         QStringLiteral("}, {\"text\": \"B\", "),
                                         QStringLiteral("\"probability\": 0.3}"), QStringLiteral("]}")}
                          << QList<int>{0, 1, 1, 0};
    QTest::newRow("xml") << QStringList{QStringLiteral("<response><text>A</text><probability>0.5</probability></resp"),
                                        QStringLiteral("onse>\n<response><text>B</text>"),
                                        QStringLiteral("<probability>0.3</probability></response>"),
                                        QStringLiteral("\nThat's all.")}
                         << QList<int>{0, 1, 1, 0};
    QTest::newRow("string items") << QStringList{QStringLiteral(R"({"responses": ["A)"), QStringLiteral(R"(", "B)"),
                                                 QStringLiteral(R"("]})")}
                                  << QList<int>{0, 1, 1};
    QTest::newRow("encoded twice") << QStringList{QStringLiteral(
                                                      R"("{\"responses\": [{\"text\": \"A\", \"probability\": 0.5})"),
                                                  QStringLiteral(R"(, {\"text\": \"B\"})"), QStringLiteral(R"(]}")")}
                                   << QList<int>{1, 1, 0};
    QTest::newRow("xml implicit close") << QStringList{QStringLiteral("<text>A</text><probability>0.5</probability>"),
                                                       QStringLiteral("<text>B</text>"),
                                                       QStringLiteral("<probability>0.3</probability>")}
                                        << QList<int>{0, 1, 0};
}

void TestResponseParser::emitsCandidatesAsTheyComplete()
{
    QFETCH(QStringList, pieces);
    QFETCH(QList<int>, newPerPiece);
    ResponseParser p;
    int total = 0;
    for (qsizetype i = 0; i < pieces.size(); ++i) {
        const QList<Candidate> got = p.feed(pieces[i]);
        QCOMPARE(got.size(), newPerPiece[i]);
        for (const Candidate &c : got)
            QCOMPARE(c.index, total++);
        QCOMPARE(p.candidates().size(), total);
    }
    const QList<Candidate> rest = p.finish();
    QCOMPARE(total + rest.size(), 2);
    QCOMPARE(p.candidates()[0].text, QStringLiteral("A"));
    QCOMPARE(p.candidates()[1].text, QStringLiteral("B"));
    QVERIFY(p.error().isEmpty());
}

void TestResponseParser::textIsTheWholeReply()
{
    ResponseParser p;
    const QString reply = QStringLiteral("héllo {\"responses\": [{\"text\": \"日本\", \"p\": 0.5}]} 😀");
    const QByteArray utf8 = reply.toUtf8();
    for (char byte : utf8)
        p.feedUtf8(QByteArrayView(&byte, 1));
    QCOMPARE(p.text(), reply);
    p.finish();
    QCOMPARE(p.candidates().size(), 1);
    QCOMPARE(p.candidates()[0].text, QStringLiteral("日本"));
}

void TestResponseParser::finishTwiceIsHarmless()
{
    ResponseParser p;
    p.feed(QStringLiteral(R"({"responses": [{"text": "A", "probability": 0.5}]})"));
    QCOMPARE(p.finish().size(), 0);
    QCOMPARE(p.finish(true).size(), 0);
    QVERIFY(p.feed(QStringLiteral("more")).isEmpty());
    QCOMPARE(p.candidates().size(), 1);
    QVERIFY(p.warnings().isEmpty());
}

void TestResponseParser::forcedListFormat()
{
    // A list-only parser reads the list even when the text also holds a JSON-looking fragment.
    ResponseParser p(ResponseParser::Format::List);
    p.feed(QStringLiteral("{\"responses\": [{\"text\": \"X\", \"probability\": 1}]}\n1. A (0.6)\n2. B (0.4)\n"));
    p.finish();
    QCOMPARE(p.candidates().size(), 2);
    QCOMPARE(p.detectedFormat(), ResponseParser::Format::List);

    // The hint of a structured format still accepts the other one: models do not always obey.
    ResponseParser x(ResponseParser::Format::Json);
    x.feed(QStringLiteral("<response><text>A</text><probability>0.5</probability></response>"));
    x.finish();
    QCOMPARE(x.candidates().size(), 1);
    QCOMPARE(x.detectedFormat(), ResponseParser::Format::Xml);
}

void TestResponseParser::longReplyByteByByte()
{
    // 2,000 candidates fed one byte at a time: all found, in order, none lost at chunk borders.
    QString reply = QStringLiteral("{\"reasoning\": \"long\", \"responses\": [\n");
    for (int i = 0; i < 2000; ++i)
        reply += QStringLiteral("  {\"text\": \"Answer %1 \\u00e9\\n line 2 \u00fc\", \"probability\": %2},\n")
                     .arg(i)
                     .arg(QString::number((i % 10) / 100.0));
    reply += QStringLiteral("]}");
    const QByteArray utf8 = reply.toUtf8();
    ResponseParser p;
    int returned = 0;
    for (qsizetype i = 0; i < utf8.size(); ++i)
        returned += int(p.feedUtf8(utf8.mid(i, 1)).size());
    p.finish();
    QCOMPARE(returned, 2000);
    QCOMPARE(p.candidates().size(), 2000);
    QCOMPARE(p.candidates()[1234].text, QStringLiteral("Answer 1234 \u00e9\n line 2 \u00fc"));
    QCOMPARE(p.candidates()[1234].stated, 0.04);
    QCOMPARE(p.reasoning(), QStringLiteral("long"));
}

void TestResponseParser::corpusStateNames()
{
    VSLAB_REQUIRE_SHARED("corpus/vs-official/state_name_vs_distributions.jsonl");
    const QList<QJsonObject> records =
        readJsonl(QStringLiteral("corpus/vs-official/state_name_vs_distributions.jsonl"));
    QVERIFY(!records.isEmpty());
    for (const QJsonObject &r : records) {
        const QString raw = r.value(QStringLiteral("raw_text")).toString();
        const QString id = r.value(QStringLiteral("id")).toString();
        for (int mode = 0; mode < 3; ++mode) {
            ResponseParser p;
            if (mode == 0) {
                p.feed(raw);
            } else {
                const QByteArray bytes = raw.toUtf8();
                const QList<qsizetype> sizes = mode == 1 ? ones(bytes.size()) : randomSizes(bytes.size(), 42, 64);
                qsizetype at = 0;
                for (qsizetype s : sizes) {
                    p.feedUtf8(QByteArrayView(bytes).sliced(at, s));
                    at += s;
                }
            }
            p.finish();
            QVERIFY2(p.error().isEmpty(), qPrintable(id + u' ' + p.error()));
            QVERIFY2(p.warnings().isEmpty(), qPrintable(id));
            QCOMPARE(p.detectedFormat(), ResponseParser::Format::Json);
            QCOMPARE(p.candidates().size(), r.value(QStringLiteral("n_items")).toInt());
            double sum = 0.0;
            double lo = 1.0;
            double hi = 0.0;
            for (const Candidate &c : p.candidates()) {
                QVERIFY(c.repairs.isEmpty());
                sum += c.stated;
                lo = std::min(lo, c.stated);
                hi = std::max(hi, c.stated);
            }
            QVERIFY2(std::abs(sum - r.value(QStringLiteral("sum_p")).toDouble()) < 1e-9, qPrintable(id));
            QCOMPARE(lo, r.value(QStringLiteral("min_p")).toDouble());
            QCOMPARE(hi, r.value(QStringLiteral("max_p")).toDouble());
            QCOMPARE(p.candidates().constFirst().text, QStringLiteral("California"));
        }
    }
}

void TestResponseParser::corpusResearchRecords()
{
    VSLAB_REQUIRE_SHARED("corpus/vs-official/research_runs_parsed_records.jsonl");
    const QList<QJsonObject> records =
        readJsonl(QStringLiteral("corpus/vs-official/research_runs_parsed_records.jsonl"));
    QVERIFY(records.size() >= 30);
    int poems = 0;
    int exponents = 0;
    for (const QJsonObject &r : records) {
        const QString id = r.value(QStringLiteral("id")).toString();
        const QJsonArray items = r.value(QStringLiteral("responses")).toArray();
        const QJsonObject wrapped{{QStringLiteral("responses"), items}};
        // Compact and indented, and as a model would send it: in a fence with prose around.
        const QStringList replies = {jsonLine(wrapped),
                                     QStringLiteral("Here you go:\n```json\n") +
                                         QString::fromUtf8(QJsonDocument(wrapped).toJson(QJsonDocument::Indented)) +
                                         QStringLiteral("```\nEnjoy!"),
                                     QString::fromUtf8(QJsonDocument(items).toJson(QJsonDocument::Compact))};
        for (const QString &reply : replies) {
            ResponseParser p;
            const QByteArray bytes = reply.toUtf8();
            qsizetype at = 0;
            for (qsizetype s : randomSizes(bytes.size(), quint32(qHash(id)), 17)) {
                p.feedUtf8(QByteArrayView(bytes).sliced(at, s));
                at += s;
            }
            p.finish();
            QVERIFY2(p.error().isEmpty(), qPrintable(id));
            QCOMPARE(p.candidates().size(), items.size());
            QCOMPARE(p.candidates().size(), r.value(QStringLiteral("n_items")).toInt());
            double sum = 0.0;
            for (qsizetype i = 0; i < items.size(); ++i) {
                const QJsonObject item = items[i].toObject();
                const Candidate &c = p.candidates()[i];
                QCOMPARE(c.text, item.value(QStringLiteral("text")).toString().trimmed());
                QCOMPARE(c.stated, item.value(QStringLiteral("probability")).toDouble());
                QVERIFY2(c.repairs.isEmpty() || c.repairs == QStringList{QStringLiteral("clip>1")}, qPrintable(id));
                if (c.statedRaw.contains(u'e'))
                    ++exponents;
                if (c.text.count(u'\n') >= 3)
                    ++poems;
                sum += c.stated;
            }
            QVERIFY2(std::abs(sum - r.value(QStringLiteral("sum_p")).toDouble()) < 1e-6, qPrintable(id));
        }
    }
    QVERIFY(poems > 0);     // the multi-line poems kept their lines
    QVERIFY(exponents > 0); // 8e-05 and friends were read
}

void TestResponseParser::corpusFrameworkDemo()
{
    VSLAB_REQUIRE_SHARED("corpus/vs-official/framework_demo_verbalize_calls.jsonl");
    const QList<QJsonObject> records =
        readJsonl(QStringLiteral("corpus/vs-official/framework_demo_verbalize_calls.jsonl"));
    QVERIFY(!records.isEmpty());
    for (const QJsonObject &r : records) {
        const QJsonArray items = r.value(QStringLiteral("parsed_items")).toArray();
        if (items.isEmpty())
            continue;
        // The library's items use the "response" key.
        ResponseParser p;
        p.feed(jsonLine(QJsonObject{{QStringLiteral("responses"), items}}));
        p.finish();
        QCOMPARE(p.candidates().size(), items.size());
        for (qsizetype i = 0; i < items.size(); ++i) {
            QCOMPARE(p.candidates()[i].text,
                     items[i].toObject().value(QStringLiteral("response")).toString().trimmed());
            QCOMPARE(p.candidates()[i].stated, items[i].toObject().value(QStringLiteral("probability")).toDouble());
        }
    }
}

void TestResponseParser::corpusBearStoriesAsXml()
{
    VSLAB_REQUIRE_SHARED("corpus/vs-official/vs_base_notebook_bear_stories.jsonl");
    const QList<QJsonObject> records =
        readJsonl(QStringLiteral("corpus/vs-official/vs_base_notebook_bear_stories.jsonl"));
    QStringList stories;
    for (const QJsonObject &r : records) {
        if (r.value(QStringLiteral("method")).toString() == QStringLiteral("vs_standard_xml"))
            stories.append(r.value(QStringLiteral("text")).toString());
    }
    QCOMPARE(stories.size(), 5);
    // Rebuild the XML reply the notebook's regex read; the stories keep their leading/trailing '\n'.
    QString reply = QStringLiteral("Here are five stories:\n\n");
    for (const QString &s : stories) {
        QString escaped = s;
        escaped.replace(u'&', QStringLiteral("&amp;")).replace(u'<', QStringLiteral("&lt;"));
        reply += QStringLiteral("<response>\n<text>") + escaped +
                 QStringLiteral("</text>\n<probability>0.20</probability>\n</response>\n");
    }
    const QByteArray bytes = reply.toUtf8();
    ResponseParser p;
    for (qsizetype i = 0; i < bytes.size(); i += 3)
        p.feedUtf8(QByteArrayView(bytes).sliced(i, 3));
    p.finish();
    QCOMPARE(p.detectedFormat(), ResponseParser::Format::Xml);
    QCOMPARE(p.candidates().size(), 5);
    for (qsizetype i = 0; i < 5; ++i) {
        QCOMPARE(p.candidates()[i].text, stories[i].trimmed());
        QCOMPARE(p.candidates()[i].statedRaw, QStringLiteral("0.20"));
    }
}

void TestResponseParser::corpusEdgeCases_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("check");
    const QString research = QStringLiteral("research_runs_parsed_records.jsonl");
    const QString demo = QStringLiteral("framework_demo_verbalize_calls.jsonl");
    QTest::newRow("trailing space") << research << QStringLiteral("B_llama31_70b_vsstandard-L8")
                                    << QStringLiteral("trailingSpace");
    QTest::newRow("poem lines end with ' \\n'")
        << research << QStringLiteral("G_llama31_70b_poem_minp0.1-L1") << QStringLiteral("spaceNewline");
    QTest::newRow("poem with plain \\n") << research << QStringLiteral("G_llama31_70b_poem_minp0.1-L3")
                                         << QStringLiteral("lines");
    QTest::newRow("escaped and curly quotes")
        << research << QStringLiteral("E_o3_vscot-L5") << QStringLiteral("quotes");
    QTest::newRow("8e-05") << research << QStringLiteral("F_gemini25flash_probtuning0.001-L1")
                           << QStringLiteral("exponent");
    QTest::newRow("4 of 5 items") << research << QStringLiteral("C_deepseek_r1_vsstandard-L13")
                                  << QStringLiteral("four");
    QTest::newRow("haiku newlines") << demo << QStringLiteral("framework_demo-17") << QStringLiteral("lines");
    QTest::newRow("two spaces before \\n")
        << demo << QStringLiteral("framework_demo-18") << QStringLiteral("twoSpacesNewline");
}

void TestResponseParser::corpusEdgeCases()
{
    VSLAB_REQUIRE_SHARED("corpus/vs-official/edge_cases.jsonl");
    QFETCH(QString, file);
    QFETCH(QString, id);
    QFETCH(QString, check);

    // The edge-case index must still point at this record.
    bool indexed = false;
    for (const QJsonObject &e : readJsonl(QStringLiteral("corpus/vs-official/edge_cases.jsonl")))
        indexed = indexed || e.value(QStringLiteral("id")).toString() == id;
    QVERIFY2(indexed, qPrintable(id));

    QJsonArray items;
    for (const QJsonObject &r : readJsonl(QStringLiteral("corpus/vs-official/") + file)) {
        if (r.value(QStringLiteral("id")).toString() == id)
            items = r.value(r.contains(QStringLiteral("responses")) ? QStringLiteral("responses")
                                                                    : QStringLiteral("parsed_items"))
                        .toArray();
    }
    QVERIFY2(!items.isEmpty(), qPrintable(id));
    const QByteArray reply = QJsonDocument(QJsonObject{{QStringLiteral("responses"), items}}).toJson();
    ResponseParser p;
    for (qsizetype i = 0; i < reply.size(); ++i)
        p.feedUtf8(QByteArrayView(reply).sliced(i, 1));
    p.finish();
    const QList<Candidate> &got = p.candidates();
    QCOMPARE(got.size(), items.size());
    bool found = false;
    for (qsizetype i = 0; i < got.size(); ++i) {
        const QJsonObject item = items[i].toObject();
        const QString original =
            item.value(item.contains(QStringLiteral("text")) ? QStringLiteral("text") : QStringLiteral("response"))
                .toString();
        const Candidate &c = got[i];
        QCOMPARE(c.text, original.trimmed()); // never altered beyond trimming
        if (check == QStringLiteral("trailingSpace"))
            found = found || (original != original.trimmed() && !c.text.endsWith(u' '));
        else if (check == QStringLiteral("spaceNewline"))
            found = found || c.text.contains(QStringLiteral(" \n"));
        else if (check == QStringLiteral("twoSpacesNewline"))
            found = found || c.text.contains(QStringLiteral("  \n"));
        else if (check == QStringLiteral("lines"))
            found = found || c.text.count(u'\n') >= 2;
        else if (check == QStringLiteral("quotes"))
            found = found || (c.text.contains(u'"') && c.text.contains(QStringLiteral("’")));
        else if (check == QStringLiteral("exponent"))
            found = found || (c.statedRaw == QStringLiteral("8e-05") && c.stated == 8e-05 && c.repairs.isEmpty());
        else if (check == QStringLiteral("four"))
            found = got.size() == 4;
    }
    QVERIFY2(found, qPrintable(id + QStringLiteral(": ") + check));
}

QTEST_GUILESS_MAIN(TestResponseParser)
#include "tst_responseparser.moc"
