// SPDX-License-Identifier: Apache-2.0
#include "NdjsonReader.h"

QList<QByteArray> NdjsonReader::feed(QByteArrayView chunk)
{
    QList<QByteArray> out;
    qsizetype start = 0;
    for (qsizetype i = chunk.indexOf('\n'); i >= 0; i = chunk.indexOf('\n', start)) {
        m_line.append(chunk.data() + start, i - start);
        emitLine(std::exchange(m_line, {}), out);
        start = i + 1;
    }
    m_line.append(chunk.data() + start, chunk.size() - start);
    return out;
}

QList<QByteArray> NdjsonReader::finish()
{
    QList<QByteArray> out;
    emitLine(std::exchange(m_line, {}), out);
    return out;
}

void NdjsonReader::emitLine(QByteArray line, QList<QByteArray> &out)
{
    line = line.trimmed();
    if (!line.isEmpty())
        out.append(std::move(line));
}
