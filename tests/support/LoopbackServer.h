// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QString>
#include <QUrl>
#include <QUrlQuery>

#include <functional>
#include <map>
#include <memory>
#include <utility>

class QTcpServer;
class QTcpSocket;

/**
 * A scripted HTTP/1.1 server on 127.0.0.1 (port 0 = any free port) for provider, Run and CLI tests.
 *
 * It answers requests in arrival order from a FIFO of scripted Responses (an empty queue answers with the fallback,
 * by default a 500 saying so), records every request, replays fixture files byte for byte and injects faults:
 * any status/headers/body, chunked transfer encoding, close-delimited bodies, a connection reset after N body bytes,
 * a stall (headers and part of the body, then silence), a slow drip of the body over a duration, a delay before the
 * headers. It runs on the thread's event loop, so a test can drive a QProcess (e.g. vslab-cli) against it as long
 * as the test waits with QSignalSpy::wait / QTRY_* rather than blocking calls.
 *
 * @code
 *     LoopbackServer server;
 *     server.enqueue(LoopbackServer::Response::fixture(SharedData::path("fixtures/providers/openai/x.sse")));
 *     server.enqueue(LoopbackServer::Response::json(R"({"error":{"message":"slow down"}})", 429)
 *                        .withHeader("Retry-After", "0"));
 *     config.baseUrl = server.url().toString();            // http://127.0.0.1:PORT
 *     ... run the call ...
 *     QCOMPARE(server.requests().size(), 2);
 *     QCOMPARE(server.requests().first().path(), u"/v1/chat/completions"_s);
 *     QCOMPARE(server.requests().first().json()["stream"].toBool(), true);
 * @endcode
 */
class LoopbackServer final : public QObject
{
    Q_OBJECT
public:
    /// One scripted reply. Build with a factory, adjust with the with*/fault modifiers (they return a copy).
    struct Response
    {
        enum class Framing {
            ContentLength, ///< `Content-Length` header, keep-alive (the default)
            Chunked,       ///< `Transfer-Encoding: chunked`, one chunk per write, keep-alive
            Close          ///< no length: the body ends when the server closes the connection
        };

        int status = 200;
        QList<std::pair<QByteArray, QByteArray>> headers;
        QByteArray body;
        Framing framing = Framing::ContentLength;
        qint64 resetAfterBytes = -1; ///< >= 0: send this many body bytes, then reset the connection (TCP RST)
        qint64 stallAfterBytes = -1; ///< >= 0: send headers and this many body bytes, then nothing more
        int dripMs = 0;              ///< > 0: spread the body evenly over this many ms
        int dripPieces = 0;          ///< pieces for the drip (0 = one per ~10 ms)
        int delayMs = 0;             ///< wait before sending anything

        /// A file's bytes, unchanged. Content type from the extension (.sse, .ndjson, .json, else text/plain).
        /// A sibling `<name>.headers.json` ({"status_code": N, "headers": {...}}) sets status and headers.
        static Response fixture(const QString &path);
        static Response json(const QByteArray &body, int status = 200);
        static Response json(const QJsonObject &body, int status = 200);
        static Response sse(const QByteArray &body, int status = 200);
        static Response text(const QByteArray &body, int status = 200,
                             const QByteArray &contentType = "text/plain; charset=utf-8");
        /// SSE with one `data:` event per payload (each followed by a blank line).
        static Response sseEvents(const QList<QByteArray> &dataPayloads);

        /// A well-formed OpenAI Chat Completions stream of `content` in `pieces` deltas, with finish reason,
        /// a usage chunk and `[DONE]`: what a real OpenAI-compatible server sends.
        static Response openAiStream(const QString &content, int pieces = 16,
                                     const QString &finishReason = QStringLiteral("stop"));
        /// The non-streaming OpenAI Chat Completions reply with `content`.
        static Response openAiCompletion(const QString &content, const QString &finishReason = QStringLiteral("stop"));
        /// The same with one choice per text (a reply to `n` > 1), choice `index` 0, 1, ...
        static Response openAiChoices(const QStringList &texts);
        /// An Anthropic Messages stream of `content` (message_start … message_stop).
        static Response anthropicStream(const QString &content, int pieces = 16);
        /// A Gemini `alt=sse` stream of `content`.
        static Response geminiStream(const QString &content, int pieces = 16);

        Response withStatus(int code) const;
        /// Adds (or replaces, case-insensitively) a header.
        Response withHeader(const QByteArray &name, const QByteArray &value) const;
        Response withBody(const QByteArray &bytes) const;
        Response chunked() const;
        Response closeDelimited() const;
        Response resetAfter(qint64 bodyBytes) const;
        Response stallAfter(qint64 bodyBytes) const;
        Response drip(int durationMs, int pieces = 0) const;
        Response delayed(int ms) const;

        QByteArray header(const QByteArray &name) const;
    };

    /// One request as received.
    struct Request
    {
        QByteArray method;
        QByteArray target;                                ///< path and query as sent, "/v1/models?limit=5"
        QList<std::pair<QByteArray, QByteArray>> headers; ///< names lower-cased, in order
        QByteArray body;

        QString path() const; ///< decoded path without the query
        QUrlQuery query() const;
        QByteArray header(const QByteArray &name) const; ///< case-insensitive, empty when absent
        bool hasHeader(const QByteArray &name) const;
        QJsonObject json() const; ///< the body as a JSON object (empty when it is not one)
    };

    explicit LoopbackServer(QObject *parent = nullptr);
    ~LoopbackServer() override;
    Q_DISABLE_COPY_MOVE(LoopbackServer)

    bool isListening() const;
    quint16 port() const;
    /// "http://127.0.0.1:PORT" plus `path` ("/v1").
    QUrl url(const QString &path = {}) const;

    void enqueue(const Response &response);
    /// Used when the queue is empty (default: 500 "loopback: no scripted response").
    void setFallback(const Response &response);
    /// When set, answers each request the queue has no scripted Response for (before the fallback): for servers
    /// whose reply depends on the request or on time, e.g. a rate limit.
    void setResponder(std::function<Response(const Request &)> responder) { m_responder = std::move(responder); }
    int pendingResponses() const { return int(m_queue.size()); }

    const QList<Request> &requests() const { return m_requests; }
    Request lastRequest() const { return m_requests.isEmpty() ? Request() : m_requests.last(); }
    void clearRequests() { m_requests.clear(); }
    /// Spins the event loop until `count` requests arrived (test helper); false on timeout.
    bool waitForRequests(int count, int timeoutMs = 5000);
    /// Drops every open connection (stalled ones included).
    void closeAll();
    int openConnections() const { return int(m_connections.size()); }

    /// A port on 127.0.0.1 that nothing listens on (it was free a moment ago): connecting is refused.
    static quint16 closedPort();

Q_SIGNALS:
    void requestReceived(const LoopbackServer::Request &request);

private:
    struct Connection;
    void onNewConnection();
    void onReadyRead(QTcpSocket *socket);
    void respond(QTcpSocket *socket, Response response);
    void sendHeaders(QTcpSocket *socket);
    void sendBodyPiece(QTcpSocket *socket, qint64 bytes);
    void finishResponse(QTcpSocket *socket);
    void resetConnection(QTcpSocket *socket);
    void drop(QTcpSocket *socket);

    QTcpServer *m_server;
    QList<Response> m_queue;
    Response m_fallback;
    std::function<Response(const Request &)> m_responder;
    QList<Request> m_requests;
    std::map<QTcpSocket *, std::unique_ptr<Connection>> m_connections;
};
