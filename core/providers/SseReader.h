// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>

/// One Server-Sent Event.
struct SseEvent
{
    QString event = QStringLiteral("message"); ///< the `event:` name, "message" when none was given
    QString data;                              ///< `data:` lines joined with '\n'
    QString id;                                ///< last `id:` seen on the stream (sticky, as in the standard)
    int retryMs = -1;                          ///< `retry:` value of this event, -1 when absent
    bool operator==(const SseEvent &) const = default;
};

/**
 * Incremental Server-Sent Events reader (WHATWG "event stream interpretation"), a pure class with no I/O.
 * Feed it the body in arbitrary byte chunks; it handles partial lines, CRLF / LF / lone CR line ends (also when a
 * CRLF is split across chunks), `:` comments, multi-line `data:`, `event:` names, a UTF-8 character split across
 * chunks and a leading BOM. Unlike a browser, finish() also delivers a final event that lacks its trailing blank
 * line, because real servers (and the Anthropic SDK fixtures) end streams that way. `[DONE]` is ordinary data here:
 * the protocol decoders give it meaning.
 */
class SseReader final
{
public:
    /// Returns the events completed by `chunk`, in order.
    QList<SseEvent> feed(QByteArrayView chunk);
    /// Ends the stream: returns the last event if it was not terminated by a blank line.
    QList<SseEvent> finish();
    /// Forgets everything (for reuse on a new stream).
    void reset();
    /// Bytes held back waiting for the rest of a line.
    qsizetype pendingBytes() const { return m_line.size(); }

private:
    void processLine(QByteArrayView line, QList<SseEvent> &out);
    void dispatch(QList<SseEvent> &out);

    QByteArray m_line;
    QString m_data;
    QString m_event;
    QString m_lastId;
    int m_retry = -1;
    bool m_hasData = false;
    bool m_afterCr = false; ///< last byte seen was CR: a following LF belongs to the same line end
    bool m_started = false; ///< BOM check done
};
