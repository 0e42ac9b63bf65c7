// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

/**
 * Incremental newline-delimited JSON reader (Ollama's native streaming format), a pure class with no I/O.
 * Feed it arbitrary byte chunks; it returns every complete non-blank line (without its LF / CRLF), and finish()
 * returns a last line that lacks its newline. Lines are returned as bytes, so a UTF-8 character split across
 * chunks is whole by the time a line is returned.
 */
class NdjsonReader final
{
public:
    QList<QByteArray> feed(QByteArrayView chunk);
    QList<QByteArray> finish();
    void reset() { m_line.clear(); }

private:
    static void emitLine(QByteArray line, QList<QByteArray> &out);
    QByteArray m_line;
};
