// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "ParseOutput.h"

#include <QString>

#include <memory>
#include <vector>

/// Private helpers of ResponseParser.
namespace ParserDetail {

/**
 * A tolerant, resumable JSON reader that turns candidate objects into Candidates the moment their closing brace
 * arrives. It reads the characters of a buffer that only ever grows (the reply so far), keeps its own position and
 * never looks at a character twice, so the total cost is linear however the reply is chunked.
 *
 * Tolerates what models write: trailing or missing commas, single-quoted strings, unquoted keys, bare tokens such
 * as 35% or NaN, raw newlines in strings. A string that itself holds JSON (the reply encoded twice, or a
 * "responses" list sent as a string) is decoded on the fly and read by a nested reader.
 */
class JsonReader final
{
public:
    enum class Status {
        NeedMore,
        Done,
        Failed
    };

    /// What a reader still open at the end of the reply held.
    struct Partial
    {
        bool open = false; ///< it had read real content (a key, an item)
        bool hasCandidate = false;
        Candidate candidate;  ///< partial candidate (text read so far), when hasCandidate
        bool dropped = false; ///< a candidate had begun but had no text yet
    };

    explicit JsonReader(ParseOutput &out, int nesting = 0);
    ~JsonReader();
    JsonReader(const JsonReader &) = delete;
    JsonReader &operator=(const JsonReader &) = delete;

    /// Starts a value at `(*src)[pos]`, which is '{', '[' or '"' (a JSON document encoded as a string).
    void begin(const QString *src, qsizetype pos);
    /// Reads everything new in the buffer.
    Status advance();
    /// After Done: just past the value. After Failed: the character that did not fit.
    qsizetype position() const { return m_pos; }
    /// True once a key, a list item or a candidate was read (so a failure or a cut is worth reporting).
    bool substantial() const { return m_substantial; }
    /// Ends an unfinished value at the end of the reply.
    Partial finish();

private:
    enum class State : quint8 {
        ObjKey,
        ObjColon,
        ObjValue,
        ObjAfter,
        ArrValue,
        ArrAfter,
        String,
        StringEscape,
        Bare,
        Done,
        Failed
    };
    enum class Key : quint8 {
        Other,
        Text,
        Prob,
        Reasoning,
        Responses
    };
    enum class Role : quint8 {
        Key,
        Text,
        Prob,
        Reasoning,
        ListItem,
        Nested,
        TopNested,
        Skip
    };
    struct Frame
    {
        bool object = false;
        bool inArray = false;
        bool responsesList = false;
        bool containsCandidates = false;
        bool underCandidate = false; ///< inside an object that already holds a text or probability
        bool hasProb = false;
        Key key = Key::Other;
        int keyRank = 0; ///< for a text key: text 3, response 2, content 1
        int textRank = 0;
        QString text;
        QString probToken;
    };

    bool startValue(char16_t c, qsizetype i);
    void startString(char16_t quote, qsizetype i, Role role);
    void endString(qsizetype end);
    void endBare(qsizetype end);
    void afterValue();
    void closeFrame();
    Role valueRole();
    void pumpNested(qsizetype rawEnd, bool final);
    void fail(qsizetype at);
    static Key classifyKey(QStringView key);

    ParseOutput &m_out;
    int m_nesting = 0;
    const QString *m_src = nullptr;
    qsizetype m_pos = 0;
    State m_state = State::Done;
    std::vector<Frame> m_frames;
    bool m_substantial = false;

    // Current string or bare token.
    qsizetype m_tokenStart = 0;
    char16_t m_quote = u'"';
    Role m_role = Role::Skip;
    int m_pendingRank = 0;
    bool m_bareIsKey = false;

    // A string that holds JSON, decoded and fed to a nested reader as it arrives.
    std::unique_ptr<JsonReader> m_child;
    QString m_childBuf;
    qsizetype m_decodePos = 0;
    bool m_nestedDecided = false;
};

} // namespace ParserDetail
