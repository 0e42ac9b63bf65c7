// SPDX-License-Identifier: Apache-2.0
#include "SseReader.h"

QList<SseEvent> SseReader::feed(QByteArrayView chunk)
{
    QList<SseEvent> out;
    if (chunk.isEmpty())
        return out;
    if (!m_started) {
        // The BOM may itself be split across chunks: wait until three bytes are known.
        m_line.append(chunk.data(), chunk.size());
        if (m_line.size() < 3 && QByteArrayView("\xEF\xBB\xBF").startsWith(m_line))
            return out;
        m_started = true;
        if (m_line.startsWith("\xEF\xBB\xBF"))
            m_line.remove(0, 3);
        const QByteArray pending = std::exchange(m_line, {});
        return feed(pending);
    }

    qsizetype start = 0;
    const char *bytes = chunk.data();
    const qsizetype n = chunk.size();
    if (m_afterCr && bytes[0] == '\n')
        start = 1;
    m_afterCr = false;
    for (qsizetype i = start; i < n; ++i) {
        const char c = bytes[i];
        if (c != '\n' && c != '\r')
            continue;
        if (m_line.isEmpty()) {
            processLine(QByteArrayView(bytes + start, i - start), out);
        } else {
            m_line.append(bytes + start, i - start);
            processLine(m_line, out);
            m_line.clear();
        }
        if (c == '\r') {
            if (i + 1 < n && bytes[i + 1] == '\n')
                ++i;
            else if (i + 1 == n)
                m_afterCr = true;
        }
        start = i + 1;
    }
    if (start < n)
        m_line.append(bytes + start, n - start);
    return out;
}

QList<SseEvent> SseReader::finish()
{
    QList<SseEvent> out;
    if (!m_started && !m_line.isEmpty()) {
        m_started = true;
        const QByteArray pending = std::exchange(m_line, {});
        out = feed(pending);
    }
    if (!m_line.isEmpty()) {
        const QByteArray line = std::exchange(m_line, {});
        processLine(line, out);
    }
    dispatch(out);
    reset();
    return out;
}

void SseReader::reset()
{
    m_line.clear();
    m_data.clear();
    m_event.clear();
    m_lastId.clear();
    m_retry = -1;
    m_hasData = false;
    m_afterCr = false;
    m_started = false;
}

void SseReader::processLine(QByteArrayView line, QList<SseEvent> &out)
{
    if (line.isEmpty()) {
        dispatch(out);
        return;
    }
    if (line.front() == ':')
        return;
    const qsizetype colon = line.indexOf(':');
    const QByteArrayView field = colon < 0 ? line : line.first(colon);
    QByteArrayView value = colon < 0 ? QByteArrayView() : line.sliced(colon + 1);
    if (value.startsWith(' '))
        value = value.sliced(1);

    // Whole lines are decoded, so a multi-byte UTF-8 character split across chunks arrives here intact.
    if (field == "data") {
        if (m_hasData)
            m_data.append(QLatin1Char('\n'));
        m_data.append(QString::fromUtf8(value));
        m_hasData = true;
    } else if (field == "event") {
        m_event = QString::fromUtf8(value);
    } else if (field == "id") {
        if (!value.contains('\0'))
            m_lastId = QString::fromUtf8(value);
    } else if (field == "retry") {
        bool ok = false;
        const int ms = value.toByteArray().toInt(&ok);
        if (ok && ms >= 0 && !value.contains('+') && !value.contains('-'))
            m_retry = ms;
    }
}

void SseReader::dispatch(QList<SseEvent> &out)
{
    if (m_hasData) {
        SseEvent e;
        if (!m_event.isEmpty())
            e.event = m_event;
        e.data = std::exchange(m_data, {});
        e.id = m_lastId;
        e.retryMs = m_retry;
        out.append(std::move(e));
    }
    m_data.clear();
    m_event.clear();
    m_retry = -1;
    m_hasData = false;
}
