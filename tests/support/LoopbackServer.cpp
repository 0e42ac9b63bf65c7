// SPDX-License-Identifier: Apache-2.0
#include "LoopbackServer.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QTimer>

#include <sys/socket.h>

#include <algorithm>

using Response = LoopbackServer::Response;
using Request = LoopbackServer::Request;

namespace {
QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 402:
        return "Payment Required";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 408:
        return "Request Timeout";
    case 409:
        return "Conflict";
    case 422:
        return "Unprocessable Entity";
    case 429:
        return "Too Many Requests";
    case 500:
        return "Internal Server Error";
    case 502:
        return "Bad Gateway";
    case 503:
        return "Service Unavailable";
    case 504:
        return "Gateway Timeout";
    case 529:
        return "Overloaded";
    default:
        break;
    }
    return "Status";
}

QByteArray compact(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

/// Splits text into about `pieces` parts without cutting a surrogate pair.
QStringList split(const QString &text, int pieces)
{
    QStringList parts;
    pieces = std::max(1, pieces);
    const qsizetype step = std::max<qsizetype>(1, (text.size() + pieces - 1) / pieces);
    for (qsizetype i = 0; i < text.size();) {
        qsizetype n = std::min(step, text.size() - i);
        if (i + n < text.size() && text.at(i + n - 1).isHighSurrogate())
            ++n;
        parts.append(text.mid(i, n));
        i += n;
    }
    return parts;
}
} // namespace

// ---- Response ---------------------------------------------------------------------------------------------------

Response Response::fixture(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        qWarning("loopback: cannot read fixture %s", qPrintable(path));
        return text("loopback: missing fixture " + path.toUtf8(), 599);
    }
    const QByteArray bytes = file.readAll();
    const QString suffix = QFileInfo(path).suffix().toLower();
    Response r = suffix == QLatin1String("sse")      ? sse(bytes)
                 : suffix == QLatin1String("ndjson") ? text(bytes, 200, "application/x-ndjson")
                 : suffix == QLatin1String("json")   ? json(bytes)
                                                     : text(bytes);
    const QFileInfo info(path);
    QFile meta(info.dir().filePath(info.completeBaseName() + QLatin1String(".headers.json")));
    if (meta.open(QIODevice::ReadOnly)) {
        const QJsonObject o = QJsonDocument::fromJson(meta.readAll()).object();
        if (o.contains(QLatin1String("status_code")))
            r.status = o.value(QLatin1String("status_code")).toInt(200);
        const QJsonObject headers = o.value(QLatin1String("headers")).toObject();
        for (auto it = headers.constBegin(); it != headers.constEnd(); ++it) {
            const QByteArray name = it.key().toLatin1().toLower();
            // Framing is the server's business: the recorded values describe the original transfer.
            if (name == "content-length" || name == "connection" || name == "transfer-encoding" ||
                name == "content-encoding")
                continue;
            r = r.withHeader(name, it.value().toString().toLatin1());
        }
    }
    return r;
}

Response Response::json(const QByteArray &body, int status)
{
    return text(body, status, "application/json");
}

Response Response::json(const QJsonObject &body, int status)
{
    return json(compact(body), status);
}

Response Response::sse(const QByteArray &body, int status)
{
    return text(body, status, "text/event-stream; charset=utf-8").withHeader("Cache-Control", "no-cache");
}

Response Response::text(const QByteArray &body, int status, const QByteArray &contentType)
{
    Response r;
    r.status = status;
    r.body = body;
    r.headers.append({"content-type", contentType});
    return r;
}

Response Response::sseEvents(const QList<QByteArray> &dataPayloads)
{
    QByteArray body;
    for (const QByteArray &d : dataPayloads)
        body += "data: " + d + "\n\n";
    return sse(body);
}

Response Response::openAiStream(const QString &content, int pieces, const QString &finishReason)
{
    const QJsonObject base{{QStringLiteral("id"), QStringLiteral("chatcmpl-loopback")},
                           {QStringLiteral("object"), QStringLiteral("chat.completion.chunk")},
                           {QStringLiteral("created"), 1727346168},
                           {QStringLiteral("model"), QStringLiteral("loopback-model")}};
    const auto chunk = [&base](const QJsonObject &delta, const QJsonValue &finish) {
        QJsonObject o = base;
        o.insert(QStringLiteral("choices"), QJsonArray{QJsonObject{{QStringLiteral("index"), 0},
                                                                   {QStringLiteral("delta"), delta},
                                                                   {QStringLiteral("finish_reason"), finish}}});
        return compact(o);
    };
    QList<QByteArray> events;
    events.append(chunk({{QStringLiteral("role"), QStringLiteral("assistant")}, {QStringLiteral("content"), QString()}},
                        QJsonValue::Null));
    const QStringList parts = split(content, pieces);
    for (const QString &p : parts)
        events.append(chunk({{QStringLiteral("content"), p}}, QJsonValue::Null));
    events.append(chunk({}, finishReason));
    QJsonObject usage = base;
    usage.insert(QStringLiteral("choices"), QJsonArray());
    usage.insert(QStringLiteral("usage"), QJsonObject{{QStringLiteral("prompt_tokens"), 42},
                                                      {QStringLiteral("completion_tokens"), qint64(parts.size())},
                                                      {QStringLiteral("total_tokens"), 42 + qint64(parts.size())}});
    events.append(compact(usage));
    events.append("[DONE]");
    return sseEvents(events);
}

namespace {
QJsonObject completionBody(const QStringList &texts, const QString &finishReason)
{
    QJsonArray choices;
    for (qsizetype i = 0; i < texts.size(); ++i)
        choices.append(
            QJsonObject{{QStringLiteral("index"), int(i)},
                        {QStringLiteral("message"), QJsonObject{{QStringLiteral("role"), QStringLiteral("assistant")},
                                                                {QStringLiteral("content"), texts[i]}}},
                        {QStringLiteral("finish_reason"), finishReason}});
    return {{QStringLiteral("id"), QStringLiteral("chatcmpl-loopback")},
            {QStringLiteral("object"), QStringLiteral("chat.completion")},
            {QStringLiteral("model"), QStringLiteral("loopback-model")},
            {QStringLiteral("choices"), choices},
            {QStringLiteral("usage"), QJsonObject{{QStringLiteral("prompt_tokens"), 42},
                                                  {QStringLiteral("completion_tokens"), 7},
                                                  {QStringLiteral("total_tokens"), 49}}}};
}
} // namespace

Response Response::openAiCompletion(const QString &content, const QString &finishReason)
{
    return json(completionBody({content}, finishReason));
}

Response Response::openAiChoices(const QStringList &texts)
{
    return json(completionBody(texts, QStringLiteral("stop")));
}

Response Response::anthropicStream(const QString &content, int pieces)
{
    QByteArray body;
    const auto event = [&body](const char *name, const QJsonObject &data) {
        body += QByteArray("event: ") + name + "\ndata: " + compact(data) + "\n\n";
    };
    event("message_start",
          {{QStringLiteral("type"), QStringLiteral("message_start")},
           {QStringLiteral("message"),
            QJsonObject{{QStringLiteral("id"), QStringLiteral("msg_loopback")},
                        {QStringLiteral("role"), QStringLiteral("assistant")},
                        {QStringLiteral("content"), QJsonArray()},
                        {QStringLiteral("usage"),
                         QJsonObject{{QStringLiteral("input_tokens"), 42}, {QStringLiteral("output_tokens"), 1}}}}}});
    event("content_block_start",
          {{QStringLiteral("type"), QStringLiteral("content_block_start")}, {QStringLiteral("index"), 0}});
    const QStringList parts = split(content, pieces);
    for (const QString &p : parts)
        event("content_block_delta",
              {{QStringLiteral("type"), QStringLiteral("content_block_delta")},
               {QStringLiteral("index"), 0},
               {QStringLiteral("delta"),
                QJsonObject{{QStringLiteral("type"), QStringLiteral("text_delta")}, {QStringLiteral("text"), p}}}});
    event("content_block_stop",
          {{QStringLiteral("type"), QStringLiteral("content_block_stop")}, {QStringLiteral("index"), 0}});
    event("message_delta",
          {{QStringLiteral("type"), QStringLiteral("message_delta")},
           {QStringLiteral("delta"), QJsonObject{{QStringLiteral("stop_reason"), QStringLiteral("end_turn")}}},
           {QStringLiteral("usage"), QJsonObject{{QStringLiteral("output_tokens"), qint64(parts.size())}}}});
    event("message_stop", {{QStringLiteral("type"), QStringLiteral("message_stop")}});
    return sse(body);
}

Response Response::geminiStream(const QString &content, int pieces)
{
    QList<QByteArray> events;
    const QStringList parts = split(content, pieces);
    for (qsizetype i = 0; i < parts.size(); ++i) {
        QJsonObject candidate{
            {QStringLiteral("content"),
             QJsonObject{{QStringLiteral("parts"), QJsonArray{QJsonObject{{QStringLiteral("text"), parts.at(i)}}}},
                         {QStringLiteral("role"), QStringLiteral("model")}}}};
        QJsonObject usage{{QStringLiteral("promptTokenCount"), 42}};
        if (i + 1 == parts.size()) {
            candidate.insert(QStringLiteral("finishReason"), QStringLiteral("STOP"));
            usage.insert(QStringLiteral("candidatesTokenCount"), qint64(parts.size()));
        }
        events.append(
            compact({{QStringLiteral("candidates"), QJsonArray{candidate}}, {QStringLiteral("usageMetadata"), usage}}));
    }
    return sseEvents(events);
}

Response Response::withStatus(int code) const
{
    Response r = *this;
    r.status = code;
    return r;
}

Response Response::withHeader(const QByteArray &name, const QByteArray &value) const
{
    Response r = *this;
    const QByteArray lower = name.toLower();
    r.headers.removeIf([&lower](const auto &h) { return h.first.toLower() == lower; });
    r.headers.append({name, value});
    return r;
}

Response Response::withBody(const QByteArray &bytes) const
{
    Response r = *this;
    r.body = bytes;
    return r;
}

Response Response::chunked() const
{
    Response r = *this;
    r.framing = Framing::Chunked;
    return r;
}

Response Response::closeDelimited() const
{
    Response r = *this;
    r.framing = Framing::Close;
    return r;
}

Response Response::resetAfter(qint64 bodyBytes) const
{
    Response r = *this;
    r.resetAfterBytes = bodyBytes;
    return r;
}

Response Response::stallAfter(qint64 bodyBytes) const
{
    Response r = *this;
    r.stallAfterBytes = bodyBytes;
    return r;
}

Response Response::drip(int durationMs, int pieces) const
{
    Response r = *this;
    r.dripMs = durationMs;
    r.dripPieces = pieces;
    return r;
}

Response Response::delayed(int ms) const
{
    Response r = *this;
    r.delayMs = ms;
    return r;
}

QByteArray Response::header(const QByteArray &name) const
{
    for (const auto &[n, v] : headers) {
        if (n.compare(name, Qt::CaseInsensitive) == 0)
            return v;
    }
    return {};
}

// ---- Request ----------------------------------------------------------------------------------------------------

QString Request::path() const
{
    const qsizetype q = target.indexOf('?');
    return QUrl::fromPercentEncoding(q < 0 ? target : target.left(q));
}

QUrlQuery Request::query() const
{
    const qsizetype q = target.indexOf('?');
    return q < 0 ? QUrlQuery() : QUrlQuery(QString::fromUtf8(target.mid(q + 1)));
}

QByteArray Request::header(const QByteArray &name) const
{
    for (const auto &[n, v] : headers) {
        if (n.compare(name, Qt::CaseInsensitive) == 0)
            return v;
    }
    return {};
}

bool Request::hasHeader(const QByteArray &name) const
{
    return std::any_of(headers.cbegin(), headers.cend(),
                       [&name](const auto &h) { return h.first.compare(name, Qt::CaseInsensitive) == 0; });
}

QJsonObject Request::json() const
{
    return QJsonDocument::fromJson(body).object();
}

// ---- Server -----------------------------------------------------------------------------------------------------

struct LoopbackServer::Connection
{
    QByteArray input;
    bool busy = false; ///< a response is being sent; further requests wait
    Response response;
    qint64 bodySent = 0;
    qint64 bodyLimit = 0; ///< body bytes this response will send (less than the body for reset / stall)
    QTimer *timer = nullptr;
    bool closeAfter = false;
};

LoopbackServer::LoopbackServer(QObject *parent)
    : QObject(parent)
    , m_server(new QTcpServer(this))
{
    qRegisterMetaType<LoopbackServer::Request>();
    m_fallback = Response::text("loopback: no scripted response", 500);
    connect(m_server, &QTcpServer::newConnection, this, &LoopbackServer::onNewConnection);
    if (!m_server->listen(QHostAddress::LocalHost, 0))
        qWarning("loopback: cannot listen: %s", qPrintable(m_server->errorString()));
}

LoopbackServer::~LoopbackServer()
{
    closeAll();
}

bool LoopbackServer::isListening() const
{
    return m_server->isListening();
}

quint16 LoopbackServer::port() const
{
    return m_server->serverPort();
}

QUrl LoopbackServer::url(const QString &path) const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(port()).arg(path));
}

void LoopbackServer::enqueue(const Response &response)
{
    m_queue.append(response);
}

void LoopbackServer::setFallback(const Response &response)
{
    m_fallback = response;
}

bool LoopbackServer::waitForRequests(int count, int timeoutMs)
{
    return QTest::qWaitFor([this, count] { return m_requests.size() >= count; }, timeoutMs);
}

void LoopbackServer::closeAll()
{
    while (!m_connections.empty())
        drop(m_connections.begin()->first);
}

quint16 LoopbackServer::closedPort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 9; // discard port: nothing listens there on a test machine
    const quint16 port = probe.serverPort();
    probe.close();
    return port;
}

void LoopbackServer::onNewConnection()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        m_connections.emplace(socket, std::make_unique<Connection>());
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] { drop(socket); });
    }
}

void LoopbackServer::onReadyRead(QTcpSocket *socket)
{
    const auto it = m_connections.find(socket);
    if (it == m_connections.end())
        return;
    Connection &c = *it->second;
    c.input += socket->readAll();
    if (c.busy)
        return;
    if (!c.input.isEmpty() && !(c.input.front() >= 'A' && c.input.front() <= 'Z')) {
        // Not HTTP (e.g. a TLS ClientHello sent to this plain server): answer as a plain server would.
        socket->write("HTTP/1.1 400 Bad Request\r\nConnection: close\r\nContent-Length: 0\r\n\r\n");
        socket->disconnectFromHost();
        return;
    }
    const qsizetype headerEnd = c.input.indexOf("\r\n\r\n");
    if (headerEnd < 0)
        return;
    Request request;
    const QList<QByteArray> lines = c.input.left(headerEnd).split('\n');
    const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
    request.method = requestLine.value(0);
    request.target = requestLine.value(1);
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const qsizetype colon = lines.at(i).indexOf(':');
        if (colon > 0)
            request.headers.append({lines.at(i).left(colon).trimmed().toLower(), lines.at(i).mid(colon + 1).trimmed()});
    }
    const qint64 length = request.header("content-length").toLongLong();
    if (c.input.size() < headerEnd + 4 + length)
        return;
    request.body = c.input.mid(headerEnd + 4, length);
    c.input.remove(0, headerEnd + 4 + length);
    c.closeAfter = request.header("connection").toLower() == "close";
    m_requests.append(request);

    const Response response = !m_queue.isEmpty() ? m_queue.takeFirst()
                              : m_responder      ? m_responder(request)
                                                 : m_fallback;
    c.busy = true;
    QPointer<QTcpSocket> guard(socket);
    Q_EMIT requestReceived(request);
    if (!guard || m_connections.find(socket) == m_connections.end())
        return;
    respond(socket, response);
}

void LoopbackServer::respond(QTcpSocket *socket, Response response)
{
    // The client may have gone (a killed process) while a delayed reply waited: its connection is dropped already.
    const auto it = m_connections.find(socket);
    if (it == m_connections.end())
        return;
    Connection &c = *it->second;
    c.response = std::move(response);
    c.bodySent = 0;
    c.bodyLimit = c.response.body.size();
    if (c.response.resetAfterBytes >= 0)
        c.bodyLimit = std::min(c.bodyLimit, c.response.resetAfterBytes);
    if (c.response.stallAfterBytes >= 0)
        c.bodyLimit = std::min(c.bodyLimit, c.response.stallAfterBytes);
    if (c.response.delayMs > 0)
        QTimer::singleShot(c.response.delayMs, socket, [this, socket] { sendHeaders(socket); });
    else
        sendHeaders(socket);
}

void LoopbackServer::sendHeaders(QTcpSocket *socket)
{
    // The client may have gone (a killed process) while a delayed reply waited: its connection is dropped already.
    const auto it = m_connections.find(socket);
    if (it == m_connections.end())
        return;
    Connection &c = *it->second;
    const Response &r = c.response;
    QByteArray head = "HTTP/1.1 " + QByteArray::number(r.status) + ' ' + reasonPhrase(r.status) + "\r\n";
    for (const auto &[name, value] : r.headers)
        head += name + ": " + value + "\r\n";
    switch (r.framing) {
    case Response::Framing::ContentLength:
        if (r.header("content-length").isEmpty())
            head += "Content-Length: " + QByteArray::number(r.body.size()) + "\r\n";
        break;
    case Response::Framing::Chunked:
        head += "Transfer-Encoding: chunked\r\n";
        break;
    case Response::Framing::Close:
        head += "Connection: close\r\n";
        break;
    }
    head += "\r\n";
    socket->write(head);

    if (r.dripMs > 0 && c.bodyLimit > 0) {
        const int pieces = int(std::clamp<qint64>(r.dripPieces > 0 ? r.dripPieces : r.dripMs / 10, 1, c.bodyLimit));
        const qint64 pieceBytes = (c.bodyLimit + pieces - 1) / pieces;
        c.timer = new QTimer(socket);
        c.timer->setTimerType(Qt::PreciseTimer);
        c.timer->setInterval(std::max(1, r.dripMs / pieces));
        connect(c.timer, &QTimer::timeout, socket, [this, socket, pieceBytes] { sendBodyPiece(socket, pieceBytes); });
        sendBodyPiece(socket, pieceBytes);
        if (m_connections.count(socket) && m_connections.at(socket)->timer)
            m_connections.at(socket)->timer->start();
    } else {
        sendBodyPiece(socket, c.bodyLimit);
    }
}

void LoopbackServer::sendBodyPiece(QTcpSocket *socket, qint64 bytes)
{
    const auto it = m_connections.find(socket);
    if (it == m_connections.end())
        return;
    Connection &c = *it->second;
    const qint64 n = std::min(bytes, c.bodyLimit - c.bodySent);
    if (n > 0) {
        const QByteArray piece = c.response.body.mid(c.bodySent, n);
        if (c.response.framing == Response::Framing::Chunked)
            socket->write(QByteArray::number(piece.size(), 16) + "\r\n" + piece + "\r\n");
        else
            socket->write(piece);
        c.bodySent += n;
    }
    socket->flush();
    if (c.bodySent < c.bodyLimit)
        return;
    if (c.timer) {
        c.timer->stop();
        c.timer->deleteLater();
        c.timer = nullptr;
    }
    if (c.response.resetAfterBytes >= 0 && c.response.resetAfterBytes <= c.bodySent &&
        c.bodySent < c.response.body.size()) {
        // Give the client a moment to read what was sent: an RST discards data still queued on its side.
        QTimer::singleShot(30, socket, [this, socket] { resetConnection(socket); });
        return;
    }
    if (c.response.stallAfterBytes >= 0 && c.bodySent < c.response.body.size())
        return; // silence until the client gives up
    finishResponse(socket);
}

void LoopbackServer::finishResponse(QTcpSocket *socket)
{
    // The client may have gone (a killed process) while a delayed reply waited: its connection is dropped already.
    const auto it = m_connections.find(socket);
    if (it == m_connections.end())
        return;
    Connection &c = *it->second;
    if (c.response.framing == Response::Framing::Chunked)
        socket->write("0\r\n\r\n");
    socket->flush();
    if (c.response.framing == Response::Framing::Close || c.closeAfter) {
        socket->disconnectFromHost();
        return;
    }
    c.busy = false;
    if (!c.input.isEmpty())
        QTimer::singleShot(0, socket, [this, socket] { onReadyRead(socket); });
}

void LoopbackServer::resetConnection(QTcpSocket *socket)
{
    // SO_LINGER with a zero timeout makes close() send RST instead of FIN: a real "connection reset by peer".
    const struct linger hard
    {
        1, 0
    };
    ::setsockopt(int(socket->socketDescriptor()), SOL_SOCKET, SO_LINGER, &hard, sizeof hard);
    drop(socket);
}

void LoopbackServer::drop(QTcpSocket *socket)
{
    const auto it = m_connections.find(socket);
    if (it == m_connections.end())
        return;
    std::unique_ptr<Connection> c = std::move(it->second);
    m_connections.erase(it);
    socket->disconnect(this);
    socket->abort();
    socket->deleteLater();
}
