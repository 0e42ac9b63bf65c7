// SPDX-License-Identifier: Apache-2.0
#include "ResponseParser.h"

#include "parser/JsonReader.h"
#include "parser/ListFallback.h"
#include "parser/ParseOutput.h"
#include "parser/Probability.h"
#include "parser/TextDecode.h"

#include <optional>

using namespace ParserDetail;

namespace {
// A tag longer than this is prose that happens to contain '<'.
constexpr qsizetype kMaxTagLength = 512;

enum class TagKind {
    Other,
    Response,
    Responses,
    Text,
    Prob,
    P,
    Reasoning
};

inline bool isAsciiLetter(char16_t c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
}

inline bool isNameChar(char16_t c)
{
    return isAsciiLetter(c) || (c >= u'0' && c <= u'9') || c == u'_' || c == u'-' || c == u':' || c == u'.';
}

TagKind classifyTag(QStringView name)
{
    const auto is = [name](const char *s) { return name.compare(QLatin1StringView(s), Qt::CaseInsensitive) == 0; };
    if (is("response"))
        return TagKind::Response;
    if (is("responses"))
        return TagKind::Responses;
    if (is("text") || is("content"))
        return TagKind::Text;
    if (is("probability") || is("confidence") || is("prob"))
        return TagKind::Prob;
    if (is("p"))
        return TagKind::P;
    if (is("reasoning"))
        return TagKind::Reasoning;
    return TagKind::Other;
}

/// The value of a probability attribute (`<response probability="0.2">`), if there is one.
std::optional<QString> probabilityAttribute(QStringView attrs)
{
    qsizetype i = 0;
    const qsizetype n = attrs.size();
    while (i < n) {
        while (i < n && !isAsciiLetter(attrs[i].unicode()))
            ++i;
        const qsizetype nameStart = i;
        while (i < n && isNameChar(attrs[i].unicode()))
            ++i;
        const QStringView name = attrs.mid(nameStart, i - nameStart);
        while (i < n && attrs[i].isSpace())
            ++i;
        if (i >= n || attrs[i] != u'=')
            continue;
        ++i;
        while (i < n && attrs[i].isSpace())
            ++i;
        QStringView value;
        if (i < n && (attrs[i] == u'"' || attrs[i] == u'\'')) {
            const QChar quote = attrs[i];
            const qsizetype end = attrs.indexOf(quote, i + 1);
            const qsizetype stop = end < 0 ? n : end;
            value = attrs.mid(i + 1, stop - i - 1);
            i = stop + 1;
        } else {
            const qsizetype start = i;
            while (i < n && !attrs[i].isSpace())
                ++i;
            value = attrs.mid(start, i - start);
        }
        const TagKind kind = classifyTag(name);
        if (kind == TagKind::Prob || kind == TagKind::P)
            return decodeXmlText(value).trimmed();
    }
    return std::nullopt;
}

bool isBlank(QStringView s)
{
    for (const QChar c : s) {
        if (!c.isSpace())
            return false;
    }
    return true;
}
} // namespace

struct ResponseParser::Impl
{
    enum class Mode {
        Top,         ///< between structures: looking for '{', '[', '"' or a tag
        Json,        ///< inside a JSON value, read by `json`
        Probe,       ///< after a '"' at top level: is this a JSON document encoded as a string?
        ProbeEscape, ///< ... right after a backslash
        Tag          ///< after '<', looking for the '>'
    };
    enum class Xml {
        None,       ///< not inside any element we care about
        InResponse, ///< inside <response>, between its children
        Text,       ///< inside <text>
        Prob,       ///< inside <probability> (or an alias)
        Reasoning   ///< inside <reasoning>
    };
    struct Response
    {
        bool open = false;
        bool hasText = false;
        QString text;
        bool hasProb = false;
        QString probToken;
        std::optional<QString> attrProb;
        QString directText;
        qsizetype lastChildEnd = 0;
    };
    struct Cut
    {
        bool cut = false;
        bool dropped = false;
        std::optional<Candidate> partial;
    };

    explicit Impl(Format f)
        : hint(f)
    {}

    void process();
    void appendUtf8(QByteArrayView bytes);
    QList<Candidate> newSince(qsizetype before) const
    {
        return before == out.all.size() ? QList<Candidate>() : out.all.mid(before);
    }
    void handleTag(qsizetype start, qsizetype end);
    void openResponse(QStringView attrs, qsizetype contentStart);
    void closeResponse();
    void noteDirectText(qsizetype upTo);
    void jsonEnded(JsonReader::Status status);
    void updateDetected();
    Cut finishJson();
    Cut finishXml(bool truncated);
    QString explainEmpty(bool cut) const;
    QStringView slice(qsizetype from, qsizetype to) const { return QStringView(text).mid(from, to - from); }

    Format hint;
    Format detected = Format::Auto;
    QString text;
    QByteArray pendingUtf8; ///< the first bytes of a UTF-8 character split across feedUtf8() calls
    // Stateless: feedUtf8() only ever hands it whole characters. The initial-BOM rule would otherwise apply to
    // every chunk and make the result depend on the chunking.
    QStringDecoder utf8{QStringDecoder::Utf8,
                        QStringDecoder::Flag::Stateless | QStringDecoder::Flag::ConvertInitialBom};
    ParseOutput out;
    Warnings warnings;
    QString error;
    bool finished = false;

    qsizetype pos = 0;
    Mode mode = Mode::Top;
    JsonReader json{out};
    qsizetype jsonStart = 0;
    bool jsonObjectSeen = false;
    qsizetype probeStart = 0;
    qsizetype tagStart = 0;
    Xml xml = Xml::None;
    qsizetype captureStart = 0;
    Response resp;
};

void ResponseParser::Impl::appendUtf8(QByteArrayView bytes)
{
    // Streamed chunks are small and mostly ASCII: widen those directly, it is cheaper than setting up the decoder.
    if (bytes.size() <= 256) {
        unsigned char high = 0;
        for (const char c : bytes)
            high |= static_cast<unsigned char>(c);
        if (high < 0x80) {
            text.append(QLatin1StringView(bytes.data(), bytes.size()));
            return;
        }
    }
    // Decode straight into the reply buffer: no temporary string the size of the chunk.
    const qsizetype old = text.size();
    text.resize(old + utf8.requiredSpace(bytes.size()));
    const QChar *end = utf8.appendToBuffer(text.data() + old, bytes);
    text.truncate(end - text.constData());
}

void ResponseParser::Impl::updateDetected()
{
    if (detected != Format::Auto)
        return;
    if (out.jsonSeen)
        detected = Format::Json;
    else if (out.xmlSeen)
        detected = Format::Xml;
}

void ResponseParser::Impl::jsonEnded(JsonReader::Status status)
{
    if (json.substantial())
        jsonObjectSeen = true;
    if (status == JsonReader::Status::Failed && json.substantial() && out.jsonError.isEmpty()) {
        const qsizetype at = json.position();
        out.jsonError =
            at < text.size()
                ? ResponseParser::tr("unexpected \u201c%1\u201d at character %2").arg(text.at(at)).arg(at + 1)
                : ResponseParser::tr("unexpected end at character %1").arg(at + 1);
    }
}

void ResponseParser::Impl::process()
{
    const char16_t *s = chars(text);
    const qsizetype n = text.size();
    while (pos < n) {
        switch (mode) {
        case Mode::Top: {
            qsizetype i = pos;
            if (xml != Xml::None) {
                while (i < n && s[i] != u'<')
                    ++i;
            } else if (hint == Format::List) {
                i = n;
            } else {
                // One format per reply: once one is recognized, the other's markers are just characters.
                const bool allowXml = !out.jsonSeen;
                const bool allowJson = !out.xmlSeen;
                for (; i < n; ++i) {
                    const char16_t c = s[i];
                    if ((c == u'<' && allowXml) || ((c == u'{' || c == u'[' || c == u'"') && allowJson))
                        break;
                }
            }
            if (i >= n) {
                pos = n;
                break;
            }
            const char16_t c = s[i];
            if (c == u'<') {
                tagStart = i;
                mode = Mode::Tag;
            } else if (c == u'"') {
                probeStart = i;
                mode = Mode::Probe;
            } else {
                jsonStart = i;
                json.begin(&text, i);
                mode = Mode::Json;
            }
            pos = i + 1;
            break;
        }
        case Mode::Json: {
            const JsonReader::Status st = json.advance();
            updateDetected();
            if (st == JsonReader::Status::NeedMore) {
                pos = n;
                break;
            }
            jsonEnded(st);
            pos = std::max(json.position(), jsonStart + 1);
            mode = Mode::Top;
            break;
        }
        case Mode::Probe: {
            const char16_t c = s[pos];
            if (isSpaceChar(c)) {
                ++pos;
            } else if (c == u'\\') {
                ++pos;
                mode = Mode::ProbeEscape;
            } else if (c == u'{' || c == u'[') {
                jsonStart = probeStart;
                json.begin(&text, probeStart);
                mode = Mode::Json;
            } else {
                mode = Mode::Top; // just a quotation mark in prose; look at this character again
            }
            break;
        }
        case Mode::ProbeEscape: {
            const char16_t c = s[pos];
            if (c == u'n' || c == u'r' || c == u't') {
                ++pos;
                mode = Mode::Probe;
            } else {
                mode = Mode::Top;
            }
            break;
        }
        case Mode::Tag: {
            qsizetype i = pos;
            // "<" must be followed by a name or "/name"; anything else is prose ("a < b").
            if (i == tagStart + 1 && !(isAsciiLetter(s[i]) || s[i] == u'/')) {
                mode = Mode::Top;
                break;
            }
            if (i == tagStart + 1)
                ++i;
            if (i == tagStart + 2 && i < n && s[tagStart + 1] == u'/' && !isAsciiLetter(s[i])) {
                mode = Mode::Top;
                pos = tagStart + 1;
                break;
            }
            const qsizetype limit = std::min(n, tagStart + kMaxTagLength);
            while (i < limit && s[i] != u'>' && s[i] != u'<')
                ++i;
            if (i < limit && s[i] == u'>') {
                mode = Mode::Top;
                pos = i + 1;
                handleTag(tagStart, i + 1);
                updateDetected();
            } else if (i < limit) {
                mode = Mode::Top; // a second '<' first: the first one was prose
                pos = i;
            } else if (limit == tagStart + kMaxTagLength) {
                mode = Mode::Top;
                pos = tagStart + 1;
            } else {
                pos = n;
            }
            break;
        }
        }
    }
}

void ResponseParser::Impl::openResponse(QStringView attrs, qsizetype contentStart)
{
    resp = Response();
    resp.open = true;
    resp.lastChildEnd = contentStart;
    resp.attrProb = probabilityAttribute(attrs);
}

void ResponseParser::Impl::noteDirectText(qsizetype upTo)
{
    // Text written straight inside <response>, without a <text> child.
    if (resp.hasText || !resp.directText.isEmpty() || upTo <= resp.lastChildEnd)
        return;
    const QStringView raw = slice(resp.lastChildEnd, upTo);
    if (!isBlank(raw))
        resp.directText = decodeXmlText(raw).trimmed();
}

void ResponseParser::Impl::closeResponse()
{
    if (!resp.open)
        return;
    resp.open = false;
    ++out.xmlResponses;
    QString body = resp.hasText ? resp.text : resp.directText;
    if (body.isEmpty()) {
        ++out.xmlResponsesWithoutText;
        return;
    }
    Candidate c;
    c.text = std::move(body);
    if (resp.hasProb)
        setProbability(c, resp.probToken);
    else if (resp.attrProb)
        setProbability(c, *resp.attrProb);
    else
        setMissingProbability(c);
    out.add(std::move(c));
}

void ResponseParser::Impl::handleTag(qsizetype start, qsizetype end)
{
    QStringView body = slice(start + 1, end - 1);
    const bool closing = body.startsWith(u'/');
    if (closing)
        body = body.mid(1);
    const bool selfClosing = body.endsWith(u'/');
    if (selfClosing)
        body.chop(1);
    qsizetype nameEnd = 0;
    while (nameEnd < body.size() && isNameChar(body[nameEnd].unicode()))
        ++nameEnd;
    const TagKind kind = classifyTag(body.first(nameEnd));
    const QStringView attrs = body.mid(nameEnd);
    if (kind == TagKind::Other)
        return;
    const bool opening = !closing && !selfClosing;

    // Inside an element whose content we keep, only its end tag (or a tag that plainly starts something new)
    // ends it; any other tag is part of the content.
    switch (xml) {
    case Xml::Text:
        if (closing && kind == TagKind::Text) {
            resp.text = decodeXmlText(slice(captureStart, start)).trimmed();
            resp.hasText = !resp.text.isEmpty();
            resp.lastChildEnd = end;
            xml = Xml::InResponse;
            return;
        }
        if (kind == TagKind::Response || (closing && kind == TagKind::Responses) ||
            (opening && kind == TagKind::Prob) || (opening && kind == TagKind::Reasoning)) {
            resp.text = decodeXmlText(slice(captureStart, start)).trimmed();
            resp.hasText = !resp.text.isEmpty();
            resp.lastChildEnd = start;
            xml = Xml::InResponse;
            break; // and handle the tag in the response
        }
        return;
    case Xml::Prob:
        if (closing && (kind == TagKind::Prob || kind == TagKind::P)) {
            resp.probToken = decodeXmlText(slice(captureStart, start)).trimmed();
            resp.hasProb = true;
            resp.lastChildEnd = end;
            xml = Xml::InResponse;
            return;
        }
        if (kind == TagKind::Response || (closing && kind == TagKind::Responses) ||
            (opening && kind == TagKind::Text) || (opening && kind == TagKind::Reasoning)) {
            resp.probToken = decodeXmlText(slice(captureStart, start)).trimmed();
            resp.hasProb = true;
            resp.lastChildEnd = start;
            xml = Xml::InResponse;
            break;
        }
        return;
    case Xml::Reasoning:
        if (closing && kind == TagKind::Reasoning) {
            out.setReasoning(decodeXmlText(slice(captureStart, start)).trimmed());
            xml = Xml::None;
            return;
        }
        if (opening && kind == TagKind::Response) {
            // The model forgot </reasoning>.
            out.setReasoning(decodeXmlText(slice(captureStart, start)).trimmed());
            xml = Xml::None;
            break;
        }
        return;
    case Xml::InResponse:
    case Xml::None:
        break;
    }

    if (xml == Xml::InResponse) {
        noteDirectText(start);
        if (opening && kind == TagKind::Text) {
            if (resp.hasText) { // a second <text>: the model left out </response><response>
                closeResponse();
                openResponse({}, start);
            }
            xml = Xml::Text;
            captureStart = end;
        } else if (opening && (kind == TagKind::Prob || kind == TagKind::P)) {
            if (resp.hasProb) {
                closeResponse();
                openResponse({}, start);
            }
            xml = Xml::Prob;
            captureStart = end;
        } else if (kind == TagKind::Response && opening) {
            closeResponse();
            openResponse(attrs, end);
        } else if ((kind == TagKind::Response || kind == TagKind::Responses) && closing) {
            closeResponse();
            xml = Xml::None;
        } else if (kind == TagKind::Reasoning && opening) {
            closeResponse();
            xml = Xml::Reasoning;
            captureStart = end;
        } else {
            resp.lastChildEnd = end;
        }
        return;
    }

    // Top level.
    if (out.jsonSeen || hint == Format::List)
        return;
    switch (kind) {
    case TagKind::Response:
        out.xmlSeen = true;
        if (opening) {
            openResponse(attrs, end);
            xml = Xml::InResponse;
        }
        break;
    case TagKind::Responses:
        out.xmlSeen = true;
        break;
    case TagKind::Reasoning:
        if (opening) {
            out.xmlSeen = true;
            xml = Xml::Reasoning;
            captureStart = end;
        }
        break;
    case TagKind::Text:
    case TagKind::Prob:
        // <text>/<probability> pairs without a <response> around them.
        if (opening) {
            out.xmlSeen = true;
            openResponse({}, start);
            xml = kind == TagKind::Text ? Xml::Text : Xml::Prob;
            captureStart = end;
        }
        break;
    case TagKind::P:
    case TagKind::Other:
        break;
    }
}

ResponseParser::Impl::Cut ResponseParser::Impl::finishJson()
{
    Cut cut;
    if (mode != Mode::Json)
        return cut;
    const bool substantial = json.substantial();
    JsonReader::Partial p = json.finish();
    if (substantial)
        jsonObjectSeen = true;
    cut.cut = p.open || p.hasCandidate || p.dropped;
    cut.dropped = p.dropped;
    if (p.hasCandidate)
        cut.partial = std::move(p.candidate);
    mode = Mode::Top;
    return cut;
}

ResponseParser::Impl::Cut ResponseParser::Impl::finishXml(bool truncated)
{
    Cut cut;
    if (xml == Xml::None)
        return cut;
    // A tag cut in half is not content.
    const qsizetype end = mode == Mode::Tag ? tagStart : text.size();
    switch (xml) {
    case Xml::Reasoning:
        out.setReasoning(decodeXmlText(slice(captureStart, end)).trimmed());
        cut.cut = true;
        break;
    case Xml::Text:
        resp.text = decodeXmlText(slice(captureStart, end)).trimmed();
        resp.hasText = !resp.text.isEmpty();
        cut.cut = true;
        break;
    case Xml::Prob:
        cut.cut = true; // a number cut at the end may have been longer: not read
        break;
    case Xml::InResponse:
        noteDirectText(end);
        // A response whose text and probability were complete only lacks its end tag: models forget it.
        if (resp.hasText && (resp.hasProb || !truncated)) {
            closeResponse();
            xml = Xml::None;
            return cut;
        }
        cut.cut = true;
        break;
    case Xml::None:
        break;
    }
    const QString body = resp.hasText ? resp.text : resp.directText;
    if (resp.open) {
        if (body.isEmpty()) {
            cut.dropped = true;
        } else {
            Candidate c;
            c.text = body;
            if (resp.hasProb)
                setProbability(c, resp.probToken);
            else if (resp.attrProb)
                setProbability(c, *resp.attrProb);
            else
                setMissingProbability(c);
            cut.partial = std::move(c);
        }
        resp.open = false;
    }
    xml = Xml::None;
    return cut;
}

QString ResponseParser::Impl::explainEmpty(bool cut) const
{
    if (isBlank(text))
        return ResponseParser::tr("The reply was empty.");
    if (cut)
        return ResponseParser::tr("The reply was cut off before its first candidate was complete.");
    if (!out.jsonError.isEmpty())
        return ResponseParser::tr("The reply looks like JSON but could not be read: %1.").arg(out.jsonError);
    if (out.jsonResponsesKey) {
        if (out.jsonItems == 0)
            return ResponseParser::tr("The JSON reply's \"responses\" list is empty.");
        return ResponseParser::tr("None of the %n item(s) in the JSON \"responses\" list has a \"text\".", "",
                                  out.jsonItems);
    }
    if (out.jsonSeen || jsonObjectSeen)
        return ResponseParser::tr("The JSON reply has no \"responses\" list.");
    if (out.xmlSeen) {
        if (out.xmlResponses > 0)
            return ResponseParser::tr("None of the %n <response> element(s) in the XML reply has a <text>.", "",
                                      out.xmlResponses);
        if (out.hasReasoning)
            return ResponseParser::tr("The XML reply has a <reasoning> but no <response>.");
        return ResponseParser::tr("The XML reply has no <response> elements.");
    }
    return ResponseParser::tr("No candidates found: the reply is not in the JSON or XML format asked for and has no "
                              "list with probabilities.");
}

ResponseParser::ResponseParser(Format format)
    : d(std::make_unique<Impl>(format))
{}

ResponseParser::~ResponseParser() = default;

QList<Candidate> ResponseParser::feed(QStringView chunk)
{
    if (d->finished || chunk.isEmpty())
        return {};
    const qsizetype before = d->out.all.size();
    d->text.append(chunk);
    d->process();
    return d->newSince(before);
}

QList<Candidate> ResponseParser::feedUtf8(QByteArrayView chunk)
{
    if (d->finished || chunk.isEmpty())
        return {};
    QByteArray joined;
    if (!d->pendingUtf8.isEmpty()) {
        joined = std::exchange(d->pendingUtf8, {});
        joined.append(chunk);
        chunk = joined;
    }
    // Hold back a character whose bytes have not all arrived, so every decode starts and ends on a character
    // boundary: then decoding chunk by chunk gives exactly what decoding the whole reply would.
    const qsizetype n = chunk.size();
    qsizetype cut = n;
    for (qsizetype k = 1; k <= std::min<qsizetype>(3, n); ++k) {
        const auto byte = static_cast<unsigned char>(chunk[n - k]);
        if ((byte & 0xC0) == 0x80)
            continue;
        const qsizetype need = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : byte >= 0xC0 ? 2 : 1;
        if (need > k)
            cut = n - k;
        break;
    }
    if (cut < n)
        d->pendingUtf8 = chunk.sliced(cut).toByteArray();
    if (cut == 0)
        return {};
    const qsizetype before = d->out.all.size();
    d->appendUtf8(chunk.first(cut));
    d->process();
    return d->newSince(before);
}

QList<Candidate> ResponseParser::finish(bool truncated)
{
    if (d->finished)
        return {};
    const qsizetype before = d->out.all.size();
    if (!d->pendingUtf8.isEmpty()) // the reply ended inside a character: decode what there is (U+FFFD)
        d->appendUtf8(std::exchange(d->pendingUtf8, {}));
    d->finished = true;
    d->process();

    Impl::Cut cut = d->finishJson();
    const Impl::Cut xmlCut = d->finishXml(truncated);
    cut.cut = cut.cut || xmlCut.cut;
    cut.dropped = cut.dropped || xmlCut.dropped;
    if (!cut.partial)
        cut.partial = xmlCut.partial;
    d->updateDetected();

    if (cut.partial) {
        cut.partial->partial = true;
        d->out.add(std::move(*cut.partial));
    }
    if (truncated || cut.cut) {
        const bool partialKept = !d->out.all.isEmpty() && d->out.all.constLast().partial;
        d->warnings.append(
            {Warning::Code::Truncated, partialKept ? tr("The reply was cut off; its last candidate is incomplete.")
                                                   : tr("The reply was cut off before it was complete.")});
    }
    if (cut.dropped) {
        d->warnings.append({Warning::Code::PartialDropped,
                            tr("The reply was cut off inside a candidate that had no text yet; it was dropped.")});
    }
    if (d->out.all.isEmpty()) {
        const QList<Candidate> list = parseProbabilityList(d->text);
        if (!list.isEmpty()) {
            for (const Candidate &c : list)
                d->out.add(c);
            d->detected = Format::List;
            d->warnings.append({Warning::Code::ListFallback,
                                tr("The reply was not in the JSON or XML format asked for; %n candidate(s) were read "
                                   "from a plain list instead.",
                                   "", int(list.size()))});
        }
    }
    if (d->out.all.isEmpty())
        d->error = d->explainEmpty(truncated || cut.cut);
    return d->newSince(before);
}

const QList<Candidate> &ResponseParser::candidates() const
{
    return d->out.all;
}

const Warnings &ResponseParser::warnings() const
{
    return d->warnings;
}

QString ResponseParser::error() const
{
    return d->error;
}

ResponseParser::Format ResponseParser::detectedFormat() const
{
    return d->detected;
}

QString ResponseParser::reasoning() const
{
    return d->out.reasoning;
}

const QString &ResponseParser::text() const
{
    return d->text;
}

QString ResponseParser::formatName(Format f)
{
    switch (f) {
    case Format::Auto:
        return QStringLiteral("auto");
    case Format::Json:
        return QStringLiteral("json");
    case Format::Xml:
        return QStringLiteral("xml");
    case Format::List:
        return QStringLiteral("list");
    }
    return QString();
}
