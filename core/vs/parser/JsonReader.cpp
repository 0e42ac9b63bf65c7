// SPDX-License-Identifier: Apache-2.0
#include "JsonReader.h"

#include "Probability.h"
#include "TextDecode.h"

namespace ParserDetail {
namespace {
// Deeper structures are not replies; stop before memory grows without bound.
constexpr size_t kMaxDepth = 256;
// A reply encoded as a string that holds a string that holds JSON is as deep as models go.
constexpr int kMaxNesting = 3;

inline bool isBareChar(char16_t c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9') || c == u'_' || c == u'+' ||
           c == u'-' || c == u'.' || c == u'%';
}

bool equalsAny(QStringView key, std::initializer_list<QLatin1StringView> names)
{
    for (const QLatin1StringView name : names) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}
} // namespace

JsonReader::JsonReader(ParseOutput &out, int nesting)
    : m_out(out)
    , m_nesting(nesting)
{}

JsonReader::~JsonReader() = default;

void JsonReader::begin(const QString *src, qsizetype pos)
{
    m_src = src;
    m_frames.clear();
    m_substantial = false;
    m_child.reset();
    m_childBuf.clear();
    const char16_t c = src->at(pos).unicode();
    m_pos = pos + 1;
    if (c == u'"' || c == u'\'') {
        m_state = State::String;
        startString(c, pos, Role::TopNested);
    } else if (!startValue(c, pos)) {
        fail(pos);
    }
}

JsonReader::Key JsonReader::classifyKey(QStringView key)
{
    if (equalsAny(key, {QLatin1StringView("text"), QLatin1StringView("response"), QLatin1StringView("content")}))
        return Key::Text;
    if (equalsAny(key, {QLatin1StringView("probability"), QLatin1StringView("confidence"), QLatin1StringView("prob"),
                        QLatin1StringView("p")}))
        return Key::Prob;
    if (key.compare(QLatin1StringView("reasoning"), Qt::CaseInsensitive) == 0)
        return Key::Reasoning;
    if (key.compare(QLatin1StringView("responses"), Qt::CaseInsensitive) == 0)
        return Key::Responses;
    return Key::Other;
}

void JsonReader::fail(qsizetype at)
{
    m_state = State::Failed;
    m_pos = at;
    m_child.reset();
}

JsonReader::Role JsonReader::valueRole()
{
    if (m_frames.empty())
        return Role::TopNested;
    Frame &f = m_frames.back();
    if (!f.object)
        return f.responsesList ? Role::ListItem : Role::Nested;
    switch (f.key) {
    case Key::Text:
        if (f.keyRank > f.textRank) {
            m_pendingRank = f.keyRank;
            return Role::Text;
        }
        return Role::Skip;
    case Key::Prob:
        return Role::Prob;
    case Key::Reasoning:
        return Role::Reasoning;
    case Key::Responses:
    case Key::Other:
        break;
    }
    return Role::Nested;
}

bool JsonReader::startValue(char16_t c, qsizetype i)
{
    if (c == u'{' || c == u'[') {
        if (m_frames.size() >= kMaxDepth)
            return false;
        Frame f;
        f.object = c == u'{';
        if (m_frames.empty()) {
            // A top-level array is the "responses" list without its wrapper.
            f.responsesList = !f.object;
        } else {
            const Frame &parent = m_frames.back();
            f.inArray = !parent.object;
            f.responsesList = !f.object && parent.object && parent.key == Key::Responses;
            // {"text": "a", "probability": 0.5, "meta": {"content": "x"}} is one candidate, not two. Arrays reset
            // this, so a wrapper with its own text ({"content": "...", "responses": [...]}) keeps its items.
            f.underCandidate = parent.object && (parent.textRank > 0 || parent.hasProb || parent.underCandidate);
        }
        m_frames.push_back(std::move(f));
        m_state = c == u'{' ? State::ObjKey : State::ArrValue;
        return true;
    }
    if (c == u'"' || c == u'\'') {
        startString(c, i, valueRole());
        return true;
    }
    if (isBareChar(c)) {
        m_state = State::Bare;
        m_tokenStart = i;
        m_bareIsKey = false;
        return true;
    }
    return false;
}

void JsonReader::startString(char16_t quote, qsizetype i, Role role)
{
    m_state = State::String;
    m_quote = quote;
    m_tokenStart = i + 1;
    m_role = role;
    if (role == Role::Nested && m_nesting >= kMaxNesting)
        m_role = Role::Skip;
    if (m_role == Role::Nested || m_role == Role::TopNested) {
        m_child.reset();
        m_childBuf.clear();
        m_decodePos = m_tokenStart;
        m_nestedDecided = false;
    }
}

void JsonReader::pumpNested(qsizetype rawEnd, bool final)
{
    const char16_t *s = chars(*m_src);
    if (!m_nestedDecided) {
        // Most strings are plain text: decide from the raw characters, without decoding, whether JSON starts here.
        qsizetype k = m_decodePos;
        while (k < rawEnd && isSpaceChar(s[k]))
            ++k;
        m_decodePos = k;
        if (k == rawEnd)
            return;
        char16_t first = s[k];
        if (first == u'\\') {
            // Escaped whitespace (\n) may come first.
            QString head;
            const qsizetype used = decodeJsonString(QStringView(s + k, rawEnd - k), head, final);
            qsizetype j = 0;
            while (j < head.size() && isSpaceChar(head.at(j).unicode()))
                ++j;
            if (j == head.size()) {
                m_decodePos = k + used; // only whitespace so far: it cannot matter
                return;
            }
            first = head.at(j).unicode();
        }
        m_nestedDecided = true;
        if (first != u'{' && first != u'[') {
            if (m_role == Role::TopNested)
                fail(m_tokenStart);
            else
                m_role = Role::Skip;
            return;
        }
        m_child = std::make_unique<JsonReader>(m_out, m_nesting + 1);
        m_childBuf.clear();
        m_decodePos += decodeJsonString(QStringView(s + m_decodePos, rawEnd - m_decodePos), m_childBuf, final);
        qsizetype j = 0;
        while (j < m_childBuf.size() && isSpaceChar(m_childBuf.at(j).unicode()))
            ++j;
        m_child->begin(&m_childBuf, j);
    } else if (!m_child) {
        return;
    } else {
        m_decodePos += decodeJsonString(QStringView(s + m_decodePos, rawEnd - m_decodePos), m_childBuf, final);
    }
    const Status st = m_child->advance();
    if (st == Status::NeedMore)
        return;
    if (st == Status::Done)
        m_substantial = m_substantial || m_child->substantial();
    // The embedded document ended (or broke): the rest of the string is not read.
    m_child.reset();
    m_childBuf.clear();
}

void JsonReader::endString(qsizetype end)
{
    const QStringView raw(chars(*m_src) + m_tokenStart, end - m_tokenStart);
    const Role role = m_role;
    switch (role) {
    case Role::Key: {
        Frame &f = m_frames.back();
        const QString decoded = raw.contains(u'\\') ? decodeJsonText(raw) : QString();
        const QStringView key = decoded.isNull() ? raw : QStringView(decoded);
        f.key = classifyKey(key);
        f.keyRank = 0;
        if (f.key == Key::Text) {
            f.keyRank = key.compare(QLatin1StringView("text"), Qt::CaseInsensitive) == 0       ? 3
                        : key.compare(QLatin1StringView("response"), Qt::CaseInsensitive) == 0 ? 2
                                                                                               : 1;
        }
        if (f.key == Key::Responses) {
            m_out.jsonResponsesKey = true;
            m_out.jsonSeen = true;
        }
        m_substantial = true;
        m_state = State::ObjColon;
        return;
    }
    case Role::Text: {
        Frame &f = m_frames.back();
        f.text = decodeJsonText(raw);
        f.textRank = m_pendingRank;
        break;
    }
    case Role::Prob: {
        Frame &f = m_frames.back();
        f.hasProb = true;
        f.probToken = decodeJsonText(raw);
        break;
    }
    case Role::Reasoning:
        m_out.setReasoning(decodeJsonText(raw).trimmed());
        m_out.jsonSeen = true;
        break;
    case Role::ListItem: {
        ++m_out.jsonItems;
        m_substantial = true;
        const QString text = decodeJsonText(raw).trimmed();
        if (text.isEmpty()) {
            ++m_out.jsonItemsWithoutText;
        } else {
            Candidate c;
            c.text = text;
            setMissingProbability(c);
            m_out.jsonSeen = true;
            m_out.add(std::move(c));
        }
        break;
    }
    case Role::Nested:
    case Role::TopNested:
        pumpNested(end, true);
        if (m_state == State::Failed)
            return;
        m_child.reset();
        m_childBuf.clear();
        if (role == Role::TopNested && !m_nestedDecided) {
            fail(m_tokenStart); // an empty or blank string is not an encoded reply
            return;
        }
        break;
    case Role::Skip:
        break;
    }
    afterValue();
}

void JsonReader::endBare(qsizetype end)
{
    const QStringView token(chars(*m_src) + m_tokenStart, end - m_tokenStart);
    if (m_bareIsKey) {
        Frame &f = m_frames.back();
        f.key = classifyKey(token);
        f.keyRank = 0;
        if (f.key == Key::Text)
            f.keyRank = token.compare(QLatin1StringView("text"), Qt::CaseInsensitive) == 0 ? 3 : 1;
        if (f.key == Key::Responses)
            m_out.jsonResponsesKey = true;
        m_state = State::ObjColon;
        return;
    }
    if (!m_frames.empty() && m_frames.back().object) {
        Frame &f = m_frames.back();
        if (f.key == Key::Prob) {
            f.hasProb = true;
            // null says "no probability": treat it as missing rather than invalid.
            f.probToken =
                token.compare(QLatin1StringView("null"), Qt::CaseInsensitive) == 0 ? QString() : token.toString();
        } else if (f.key == Key::Text && f.keyRank > f.textRank &&
                   token.compare(QLatin1StringView("null"), Qt::CaseInsensitive) != 0) {
            f.text = token.toString();
            f.textRank = f.keyRank;
        }
    }
    afterValue();
}

void JsonReader::afterValue()
{
    if (m_frames.empty()) {
        m_state = State::Done;
        return;
    }
    m_state = m_frames.back().object ? State::ObjAfter : State::ArrAfter;
}

void JsonReader::closeFrame()
{
    Frame f = std::move(m_frames.back());
    m_frames.pop_back();
    Frame *parent = m_frames.empty() ? nullptr : &m_frames.back();
    bool isCandidate = false;
    if (f.object && !f.containsCandidates && !f.underCandidate && f.textRank > 0) {
        QString text = f.text.trimmed();
        if (!text.isEmpty()) {
            isCandidate = true;
            Candidate c;
            c.text = std::move(text);
            if (f.hasProb)
                setProbability(c, f.probToken);
            else
                setMissingProbability(c);
            m_out.jsonSeen = true;
            m_substantial = true;
            m_out.add(std::move(c));
        }
    }
    if (parent) {
        if (parent->responsesList && f.object) {
            ++m_out.jsonItems;
            if (!isCandidate && !f.containsCandidates)
                ++m_out.jsonItemsWithoutText;
        }
        if (isCandidate || f.containsCandidates)
            parent->containsCandidates = true;
    }
    afterValue();
}

JsonReader::Status JsonReader::advance()
{
    if (m_state == State::Done)
        return Status::Done;
    if (m_state == State::Failed)
        return Status::Failed;
    const char16_t *s = chars(*m_src);
    const qsizetype n = m_src->size();
    qsizetype i = m_pos;
    while (i < n) {
        switch (m_state) {
        case State::String: {
            const char16_t q = m_quote;
            while (i < n) {
                const char16_t c = s[i];
                if (c == q || c == u'\\')
                    break;
                ++i;
            }
            if (i >= n)
                break;
            if (s[i] == u'\\') {
                if (i + 1 < n) {
                    i += 2;
                } else {
                    i = n;
                    m_state = State::StringEscape;
                }
                break;
            }
            endString(i);
            if (m_state == State::Failed)
                return Status::Failed;
            ++i;
            break;
        }
        case State::StringEscape:
            ++i;
            m_state = State::String;
            break;
        case State::Bare:
            while (i < n && isBareChar(s[i]))
                ++i;
            if (i < n)
                endBare(i);
            break;
        case State::ObjKey: {
            const char16_t c = s[i];
            if (isSpaceChar(c) || c == u',') {
                ++i;
            } else if (c == u'}') {
                ++i;
                closeFrame();
            } else if (c == u'"' || c == u'\'') {
                startString(c, i, Role::Key);
                ++i;
            } else if (isBareChar(c)) {
                m_state = State::Bare;
                m_bareIsKey = true;
                m_tokenStart = i;
            } else {
                fail(i);
            }
            break;
        }
        case State::ObjColon: {
            const char16_t c = s[i];
            if (isSpaceChar(c)) {
                ++i;
            } else if (c == u':') {
                ++i;
                m_state = State::ObjValue;
            } else {
                fail(i);
            }
            break;
        }
        case State::ObjValue: {
            const char16_t c = s[i];
            if (isSpaceChar(c)) {
                ++i;
            } else if (startValue(c, i)) {
                if (m_state != State::Bare)
                    ++i;
            } else {
                fail(i);
            }
            break;
        }
        case State::ObjAfter: {
            const char16_t c = s[i];
            if (isSpaceChar(c)) {
                ++i;
            } else if (c == u',') {
                ++i;
                m_state = State::ObjKey;
            } else if (c == u'}') {
                ++i;
                closeFrame();
            } else if (c == u'"' || c == u'\'') {
                // A missing comma between members.
                startString(c, i, Role::Key);
                ++i;
            } else {
                fail(i);
            }
            break;
        }
        case State::ArrValue:
        case State::ArrAfter: {
            const char16_t c = s[i];
            if (isSpaceChar(c)) {
                ++i;
            } else if (c == u',') {
                ++i;
                m_state = State::ArrValue;
            } else if (c == u']') {
                ++i;
                closeFrame();
            } else if (startValue(c, i)) {
                // Also reached when a comma between elements is missing.
                if (m_state != State::Bare)
                    ++i;
            } else {
                fail(i);
            }
            break;
        }
        case State::Done:
            m_pos = i;
            return Status::Done;
        case State::Failed:
            return Status::Failed;
        }
        if (m_state == State::Failed)
            return Status::Failed;
        if (m_state == State::Done) {
            m_pos = i;
            return Status::Done;
        }
    }
    m_pos = i;
    if ((m_state == State::String || m_state == State::StringEscape) &&
        (m_role == Role::Nested || m_role == Role::TopNested)) {
        pumpNested(m_state == State::StringEscape ? n - 1 : n, false);
        if (m_state == State::Failed)
            return Status::Failed;
    }
    return Status::NeedMore;
}

JsonReader::Partial JsonReader::finish()
{
    Partial p;
    if (m_state == State::Done || m_state == State::Failed || !m_src)
        return p;
    p.open = m_substantial;
    const qsizetype n = m_src->size();
    const bool inString = m_state == State::String || m_state == State::StringEscape;
    if (inString && (m_role == Role::Nested || m_role == Role::TopNested)) {
        pumpNested(n, true);
        if (m_child) {
            Partial inner = m_child->finish();
            m_child.reset();
            if (inner.open || inner.hasCandidate || inner.dropped)
                return inner;
        }
    }
    const QStringView tail(chars(*m_src) + m_tokenStart, std::max<qsizetype>(0, n - m_tokenStart));
    if (inString && m_role == Role::ListItem) {
        const QString text = decodeJsonText(tail).trimmed();
        p.open = true;
        if (text.isEmpty()) {
            p.dropped = true;
        } else {
            p.hasCandidate = true;
            p.candidate.text = text;
            setMissingProbability(p.candidate);
        }
        return p;
    }
    if (inString && m_role == Role::Reasoning)
        m_out.setReasoning(decodeJsonText(tail).trimmed());
    if (inString && m_role == Role::Text && !m_frames.empty()) {
        m_frames.back().text = decodeJsonText(tail);
        m_frames.back().textRank = m_pendingRank;
    }
    if (m_state == State::Bare && !m_bareIsKey && !m_frames.empty()) {
        // A bare number cut at the end may have been longer: only a text token is kept.
        Frame &f = m_frames.back();
        if (f.object && f.key == Key::Text && f.keyRank > f.textRank) {
            f.text = tail.toString();
            f.textRank = f.keyRank;
        }
    }
    for (auto it = m_frames.rbegin(); it != m_frames.rend(); ++it) {
        if (!it->object)
            continue;
        const Frame &f = *it;
        if (f.containsCandidates)
            break;
        const bool candidateLike = f.textRank > 0 || f.hasProb || f.inArray || f.key == Key::Text || f.key == Key::Prob;
        if (!candidateLike)
            break;
        p.open = true;
        const QString text = f.text.trimmed();
        if (text.isEmpty()) {
            p.dropped = true;
        } else {
            p.hasCandidate = true;
            p.candidate.text = text;
            if (f.hasProb)
                setProbability(p.candidate, f.probToken);
            else
                setMissingProbability(p.candidate);
        }
        break;
    }
    m_state = State::Done;
    return p;
}

} // namespace ParserDetail
