// SPDX-License-Identifier: Apache-2.0
// The providers' batch engines (`vslab-cli batch --via batch-api`) against the loopback server replaying the
// recorded OpenAI Batch API and Anthropic Message Batches shapes: upload, create, poll, download, map by custom_id,
// errored / expired items, resume from the state file, split of an over-limit job, cancel.
#include "LoopbackServer.h"
#include "SharedData.h"

#include "providers/BatchApiJob.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace Qt::StringLiterals;

namespace {
const QString kKey = u"sk-batchapi-test-secret"_s;

QByteArray fixtureBytes(const QString &relative)
{
    QFile f(SharedData::path(u"fixtures/providers/"_s + relative));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

QJsonObject fixture(const QString &relative)
{
    return QJsonDocument::fromJson(fixtureBytes(relative)).object();
}

QJsonObject with(QJsonObject o, const QString &key, const QJsonValue &value)
{
    o.insert(key, value);
    return o;
}

QStringList sortedKeys(const QJsonObject &o)
{
    QStringList keys = o.keys();
    keys.sort();
    return keys;
}

/// A reply the VS parser reads: one candidate with a probability.
QString vsReply(const QString &text)
{
    return uR"({"responses":[{"text":"%1","probability":0.6}]})"_s.arg(text);
}

struct Collected
{
    QHash<QString, BatchApiResult> results; ///< by item id
    int finishedCount = 0;
    std::optional<ProviderError> error;
    int submitted = 0;
};

class Harness
{
public:
    Harness(const QString &preset, const QUrl &base, const QString &statePath)
        : statePath(statePath)
    {
        ProviderConfig config;
        config.presetId = preset;
        config.baseUrl = base.toString();
        config.model = preset == u"anthropic"_s ? u"claude-3-7-sonnet-20250219"_s : u"gpt-4o-mini"_s;
        config.apiKey = kKey;
        config.retries = 0;
        config.stallTimeoutMs = 5000;
        wire = BatchApiProtocol::wireFor(config);
    }

    BatchApiItem item(const QString &id, const QString &prompt) const
    {
        ChatRequest request;
        request.messages = {{ChatMessage::Role::User, prompt}};
        request.maxTokens = 1024;
        BatchApiItem it;
        it.itemId = id;
        it.customId = BatchApiProtocol::customIdFor(id, 1);
        it.body = BatchApiProtocol::chatBody(*wire, request, nullptr);
        return it;
    }

    /// Runs a job over `items` (or cancels) until finished; `onSubmitted` may stop it.
    Collected run(QList<BatchApiItem> items, const BatchApiLimits *limits = nullptr, bool cancel = false,
                  const std::function<void(BatchApiJob &, const BatchApiBatch &)> &onSubmitted = {})
    {
        BatchApiState state;
        if (auto loaded = BatchApiState::load(statePath); loaded.ok() && loaded.value())
            state = *loaded.value();
        else
            state.provider = wire->config().presetId;
        BatchApiJob job(wire, &nam, state, statePath);
        job.setPollInterval(0.001);
        if (limits)
            job.setLimits(*limits);
        Collected c;
        QObject::connect(&job, &BatchApiJob::resultReady, &job,
                         [&c](const BatchApiResult &r) { c.results.insert(r.itemId, r); });
        QObject::connect(&job, &BatchApiJob::submitted, &job, [&c, &job, &onSubmitted](const BatchApiBatch &b) {
            ++c.submitted;
            if (onSubmitted)
                onSubmitted(job, b);
        });
        QObject::connect(&job, &BatchApiJob::finished, &job, [&c](const std::optional<ProviderError> &e) {
            ++c.finishedCount;
            c.error = e;
        });
        QSignalSpy spy(&job, &BatchApiJob::finished);
        if (cancel)
            job.cancelAll();
        else
            job.start([items]() mutable -> std::optional<BatchApiItem> {
                if (items.isEmpty())
                    return std::nullopt;
                return items.takeFirst();
            });
        if (!spy.wait(15000))
            qWarning("batch job did not finish");
        QTest::qWait(0);
        return c;
    }

    QNetworkAccessManager nam;
    std::shared_ptr<const WireFormat> wire;
    QString statePath;
};

/// The JSONL file part of an OpenAI multipart upload.
QList<QJsonObject> uploadedLines(const LoopbackServer::Request &request)
{
    const QByteArray body = request.body;
    const qsizetype start = body.indexOf("\r\n\r\n", body.indexOf("name=\"file\"")) + 4;
    const qsizetype end = body.lastIndexOf("\r\n--");
    QList<QJsonObject> lines;
    for (const QByteArray &line : body.mid(start, end - start).split('\n')) {
        if (!line.trimmed().isEmpty())
            lines.append(QJsonDocument::fromJson(line).object());
    }
    return lines;
}

QByteArray jsonl(const QList<QJsonObject> &lines)
{
    QByteArray out;
    for (const QJsonObject &o : lines)
        out += QJsonDocument(o).toJson(QJsonDocument::Compact) + '\n';
    return out;
}

/// An OpenAI output-file line built from the recorded one, for `customId` with `content`.
QJsonObject openAiOutputLine(const QString &customId, const QString &content)
{
    QJsonObject line = QJsonDocument::fromJson(fixtureBytes(u"openai/batch-output.jsonl"_s)).object();
    QJsonObject response = line.value("response"_L1).toObject();
    QJsonObject body = response.value("body"_L1).toObject();
    QJsonArray choices = body.value("choices"_L1).toArray();
    QJsonObject choice = choices.first().toObject();
    choice.insert(u"message"_s, QJsonObject{{u"role"_s, u"assistant"_s}, {u"content"_s, content}});
    choices.replace(0, choice);
    body.insert(u"choices"_s, choices);
    response.insert(u"body"_s, body);
    line.insert(u"response"_s, response);
    line.insert(u"custom_id"_s, customId);
    return line;
}

QJsonObject anthropicBatch(const LoopbackServer &server, const QString &status)
{
    QJsonObject b = fixture(u"anthropic/message-batch.json"_s);
    const QString id = b.value("id"_L1).toString();
    b.insert(u"processing_status"_s, status);
    b.insert(u"results_url"_s, server.url(u"/v1/messages/batches/"_s + id + u"/results"_s).toString());
    return b;
}

struct CliResult
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

/// vslab-cli batch with `args`, waiting on the event loop so the loopback server in this process keeps answering.
CliResult runCli(const QStringList &args)
{
    QProcess p;
    QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
    e.insert(u"VSLAB_TEST_KEY"_s, kKey);
    e.insert(u"VSLAB_NO_PROGRESS"_s, u"1"_s);
    p.setProcessEnvironment(e);
    QSignalSpy finished(&p, &QProcess::finished);
    p.start(qEnvironmentVariable("VSLAB_CLI"), QStringList{u"batch"_s} + args);
    if (!p.waitForStarted(5000))
        return {};
    p.closeWriteChannel();
    if (!finished.wait(30000)) {
        p.kill();
        p.waitForFinished();
        return {};
    }
    return {p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError()};
}

/// OUTPUT's lines by id (a repeated id fails the test through the count).
QHash<QString, QJsonObject> outputLines(const QString &path, int *count)
{
    QFile f(path);
    QHash<QString, QJsonObject> byId;
    *count = 0;
    if (!f.open(QIODevice::ReadOnly))
        return byId;
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.isEmpty())
            continue;
        ++*count;
        const QJsonObject o = QJsonDocument::fromJson(line).object();
        byId.insert(o.value("id"_L1).toString(), o);
    }
    return byId;
}
} // namespace

class TestBatchApi : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void protocolPieces();
    void openAiFlow();
    void openAiExpired();
    void openAiFailedBatch();
    void anthropicFlow();
    void resumeWithoutResubmitting();
    void splitOverLimit();
    void cancel();
    void cliRoundTrip();
    void cliInterruptKeepsState();
    void pollDelayGrows();

private:
    QTemporaryDir m_dir;
    int m_n = 0;
    QString statePath() { return m_dir.filePath(u"out%1.jsonl.batch-state.json"_s.arg(++m_n)); }
};

void TestBatchApi::initTestCase()
{
    VSLAB_REQUIRE_SHARED("fixtures/providers/openai/batch-completed.json");
    QVERIFY(m_dir.isValid());
}

void TestBatchApi::protocolPieces()
{
    QCOMPARE(BatchApiProtocol::customIdFor(u"item_7-b"_s, 3), u"item_7-b"_s);
    QCOMPARE(BatchApiProtocol::customIdFor(u"has space"_s, 3), u"item-3"_s);
    QCOMPARE(BatchApiState::pathFor(u"/x/out.jsonl"_s), u"/x/out.jsonl.batch-state.json"_s);
    ProviderConfig gemini;
    gemini.presetId = u"gemini"_s;
    QVERIFY(BatchApiProtocol::unsupported(gemini).has_value());
    QVERIFY(!BatchApiProtocol::wireFor(gemini));
    ProviderConfig ollama;
    ollama.presetId = u"ollama"_s;
    QVERIFY(BatchApiProtocol::unsupported(ollama).has_value());

    // Anthropic: a results_url on another host is not followed with the key; the documented path is used.
    Harness h(u"anthropic"_s, QUrl(u"http://127.0.0.1:9"_s), statePath());
    BatchApiBatch b;
    b.id = u"msgbatch_1"_s;
    b.resultsUrl = u"https://elsewhere.example/v1/messages/batches/msgbatch_1/results"_s;
    QCOMPARE(BatchApiProtocol::resultsUrl(*h.wire, b).toString(),
             u"http://127.0.0.1:9/v1/messages/batches/msgbatch_1/results"_s);
    QCOMPARE(BatchApiProtocol::cancelUrl(*h.wire, b.id).path(), u"/v1/messages/batches/msgbatch_1/cancel"_s);
    // The request body is the non-streaming interactive body (no "stream").
    const BatchApiItem it = h.item(u"x"_s, u"Hello, world"_s);
    QVERIFY(!it.body.contains("stream"_L1));
    QCOMPARE(it.body.value("max_tokens"_L1).toInt(), 1024);
}

void TestBatchApi::openAiFlow()
{
    LoopbackServer server;
    Harness h(u"openai"_s, server.url(u"/v1"_s), statePath());
    const QJsonObject validating = fixture(u"openai/batch-validating.json"_s);
    const QString batchId = validating.value("id"_L1).toString();
    server.enqueue(
        LoopbackServer::Response::fixture(SharedData::path(u"fixtures/providers/openai/files-upload-batch.json"_s)));
    server.enqueue(LoopbackServer::Response::json(validating));
    server.enqueue(LoopbackServer::Response::json(validating));
    server.enqueue(LoopbackServer::Response::json(with(validating, u"status"_s, u"in_progress"_s)));
    server.enqueue(LoopbackServer::Response::json(with(validating, u"status"_s, u"finalizing"_s)));
    QJsonObject completed = fixture(u"openai/batch-completed.json"_s);
    completed.insert(u"id"_s, batchId);
    completed.insert(u"error_file_id"_s, u"file-errors"_s);
    server.enqueue(LoopbackServer::Response::json(completed));
    const QString outId = completed.value("output_file_id"_L1).toString();
    // Output order is not input order.
    server.enqueue(LoopbackServer::Response::text(
        jsonl({openAiOutputLine(u"b"_s, vsReply(u"blue"_s)), openAiOutputLine(u"a"_s, vsReply(u"red"_s))}), 200,
        "application/octet-stream"));
    const QJsonObject errorLine{{u"id"_s, u"batch_req_err"_s},
                                {u"custom_id"_s, u"c"_s},
                                {u"response"_s, QJsonObject{{u"status_code"_s, 400},
                                                            {u"request_id"_s, u"req_1"_s},
                                                            {u"body"_s, fixture(u"openai/error-400.json"_s)}}},
                                {u"error"_s, QJsonValue::Null}};
    server.enqueue(LoopbackServer::Response::text(jsonl({errorLine}), 200, "application/octet-stream"));

    const Collected c = h.run({h.item(u"a"_s, u"one"_s), h.item(u"b"_s, u"two"_s), h.item(u"c"_s, u"three"_s)});
    QCOMPARE(c.finishedCount, 1);
    QVERIFY2(!c.error, c.error ? qPrintable(c.error->message) : "");
    QCOMPARE(c.submitted, 1);

    const QList<LoopbackServer::Request> &rq = server.requests();
    QCOMPARE(rq.size(), 8);
    // Upload: multipart with purpose=batch and a JSONL file shaped like the recorded input line.
    QCOMPARE(rq[0].method, QByteArray("POST"));
    QCOMPARE(rq[0].path(), u"/v1/files"_s);
    QVERIFY(rq[0].header("content-type").startsWith("multipart/form-data; boundary="));
    QVERIFY(rq[0].body.contains("name=\"purpose\"\r\n\r\nbatch\r\n"));
    QCOMPARE(rq[0].header("authorization"), "Bearer " + kKey.toUtf8());
    const QList<QJsonObject> lines = uploadedLines(rq[0]);
    QCOMPARE(lines.size(), 3);
    const QJsonObject recorded = QJsonDocument::fromJson(fixtureBytes(u"openai/batch-input.jsonl"_s)).object();
    QCOMPARE(sortedKeys(lines[0]), sortedKeys(recorded));
    QCOMPARE(lines[0].value("url"_L1), recorded.value("url"_L1));
    QCOMPARE(lines[0].value("custom_id"_L1).toString(), u"a"_s);
    const QJsonObject body = lines[0].value("body"_L1).toObject();
    QCOMPARE(body.value("model"_L1).toString(), u"gpt-4o-mini"_s);
    QCOMPARE(body.value("messages"_L1).toArray().first().toObject().value("content"_L1).toString(), u"one"_s);
    QVERIFY(!body.contains("stream"_L1));
    // Create: the recorded request's fields, the uploaded file's id.
    QCOMPARE(rq[1].path(), u"/v1/batches"_s);
    const QJsonObject create = rq[1].json();
    QCOMPARE(sortedKeys(create), sortedKeys(fixture(u"openai/batch-create.request.json"_s)));
    QCOMPARE(create.value("input_file_id"_L1).toString(), u"file-FqLLytrEaPH6hmSPXTr1db"_s);
    QCOMPARE(create.value("endpoint"_L1).toString(), u"/v1/chat/completions"_s);
    QCOMPARE(create.value("completion_window"_L1).toString(), u"24h"_s);
    for (int i = 2; i <= 5; ++i) {
        QCOMPARE(rq[i].method, QByteArray("GET"));
        QCOMPARE(rq[i].path(), u"/v1/batches/"_s + batchId);
    }
    QCOMPARE(rq[6].path(), u"/v1/files/"_s + outId + u"/content"_s);
    QCOMPARE(rq[7].path(), u"/v1/files/file-errors/content"_s);

    // Results mapped back by custom_id and decoded like interactive replies.
    QCOMPARE(c.results.size(), 3);
    QCOMPARE(c.results[u"a"_s].outcome, BatchApiResult::Outcome::Succeeded);
    QCOMPARE(c.results[u"a"_s].call.text, vsReply(u"red"_s));
    QCOMPARE(c.results[u"a"_s].call.finishReason, u"stop"_s);
    QCOMPARE(c.results[u"b"_s].call.text, vsReply(u"blue"_s));
    QCOMPARE(c.results[u"b"_s].call.usage.outputTokens, 15);
    QCOMPARE(c.results[u"c"_s].outcome, BatchApiResult::Outcome::Errored);
    QCOMPARE(c.results[u"c"_s].call.error->httpStatus, 400);
    QVERIFY(!c.results[u"c"_s].call.error->message.contains(kKey));

    // The state file: batch ids and items, collected, never the key.
    QFile state(h.statePath);
    QVERIFY(state.open(QIODevice::ReadOnly));
    const QByteArray stateText = state.readAll();
    QVERIFY(!stateText.contains(kKey.toUtf8()));
    const auto loaded = BatchApiState::load(h.statePath);
    QVERIFY(loaded.ok() && loaded.value());
    QCOMPARE(loaded.value()->batches.size(), 1);
    QCOMPARE(loaded.value()->batches[0].id, batchId);
    QCOMPARE(loaded.value()->batches[0].items.size(), 3);
    QVERIFY(loaded.value()->batches[0].collected);
    QVERIFY(loaded.value()->itemsInFlight().isEmpty());
}

void TestBatchApi::openAiExpired()
{
    LoopbackServer server;
    Harness h(u"openai"_s, server.url(u"/v1"_s), statePath());
    QJsonObject validating = fixture(u"openai/batch-validating.json"_s);
    server.enqueue(LoopbackServer::Response::json(fixture(u"openai/files-upload-batch.json"_s)));
    server.enqueue(LoopbackServer::Response::json(validating));
    QJsonObject expired = fixture(u"openai/batch-expired-error-file.json"_s);
    expired.insert(u"id"_s, validating.value("id"_L1));
    server.enqueue(LoopbackServer::Response::json(expired));
    // The error file names one expired request; the other is in no file at all.
    const QJsonObject line{{u"custom_id"_s, u"e1"_s},
                           {u"response"_s, QJsonValue::Null},
                           {u"error"_s, QJsonObject{{u"code"_s, u"batch_expired"_s},
                                                    {u"message"_s, u"This request could not be executed before the "
                                                                   u"completion window expired."_s}}}};
    server.enqueue(LoopbackServer::Response::text(jsonl({line}), 200, "application/octet-stream"));

    const Collected c = h.run({h.item(u"e1"_s, u"one"_s), h.item(u"e2"_s, u"two"_s)});
    QVERIFY2(!c.error, c.error ? qPrintable(c.error->message) : "");
    QCOMPARE(server.requests().last().path(),
             u"/v1/files/"_s + expired.value("error_file_id"_L1).toString() + u"/content"_s);
    QCOMPARE(c.results.size(), 2);
    QCOMPARE(c.results[u"e1"_s].outcome, BatchApiResult::Outcome::Expired);
    QVERIFY(c.results[u"e1"_s].call.error->message.contains(u"completion window"_s));
    QCOMPARE(c.results[u"e2"_s].outcome, BatchApiResult::Outcome::Expired);
    QCOMPARE(c.results[u"e2"_s].call.error->code, ProviderError::Code::Timeout);
}

void TestBatchApi::openAiFailedBatch()
{
    // A batch that failed validation has no result files; its `errors` (schema BatchError) explain every request.
    LoopbackServer server;
    Harness h(u"openai"_s, server.url(u"/v1"_s), statePath());
    const QJsonObject validating = fixture(u"openai/batch-validating.json"_s);
    server.enqueue(LoopbackServer::Response::json(fixture(u"openai/files-upload-batch.json"_s)));
    server.enqueue(LoopbackServer::Response::json(validating));
    QJsonObject failed = with(validating, u"status"_s, u"failed"_s);
    const QJsonObject error{{u"code"_s, u"model_not_found"_s},
                            {u"message"_s, u"The model 'gpt-4o-mini' does not exist."_s},
                            {u"param"_s, u"body.model"_s},
                            {u"line"_s, 1}};
    failed.insert(u"errors"_s, QJsonObject{{u"object"_s, u"list"_s}, {u"data"_s, QJsonArray{error}}});
    server.enqueue(LoopbackServer::Response::json(failed));
    const Collected c = h.run({h.item(u"f1"_s, u"one"_s), h.item(u"f2"_s, u"two"_s)});
    QVERIFY2(!c.error, c.error ? qPrintable(c.error->message) : "");
    QCOMPARE(server.requests().size(), 3);
    QCOMPARE(c.results.size(), 2);
    QCOMPARE(c.results[u"f2"_s].outcome, BatchApiResult::Outcome::Errored);
    QVERIFY2(c.results[u"f2"_s].call.error->message.contains(u"line 1: The model 'gpt-4o-mini' does not exist."_s),
             qPrintable(c.results[u"f2"_s].call.error->message));
}

void TestBatchApi::anthropicFlow()
{
    LoopbackServer server;
    Harness h(u"anthropic"_s, server.url(), statePath());
    const QJsonObject inProgress = anthropicBatch(server, u"in_progress"_s);
    const QString batchId = inProgress.value("id"_L1).toString();
    server.enqueue(LoopbackServer::Response::json(inProgress));
    server.enqueue(LoopbackServer::Response::json(inProgress));
    server.enqueue(LoopbackServer::Response::json(anthropicBatch(server, u"ended"_s)));
    QByteArray results = fixtureBytes(u"anthropic/message-batch-results.jsonl"_s);
    results +=
        R"({"custom_id":"third","result":{"type":"errored","error":{"type":"error","error":{"type":"invalid_request_error","message":"max_tokens: Field required"}}}})"
        "\n"
        R"({"custom_id":"fourth","result":{"type":"expired"}})";
    server.enqueue(LoopbackServer::Response::text(results, 200, "application/binary"));

    const Collected c =
        h.run({h.item(u"my-first-request"_s, u"Hello, world"_s), h.item(u"my-second-request"_s, u"Hi again, friend"_s),
               h.item(u"third"_s, u"3"_s), h.item(u"fourth"_s, u"4"_s)});
    QVERIFY2(!c.error, c.error ? qPrintable(c.error->message) : "");
    const QList<LoopbackServer::Request> &rq = server.requests();
    QCOMPARE(rq.size(), 4);
    QCOMPARE(rq[0].path(), u"/v1/messages/batches"_s);
    QCOMPARE(rq[0].header("x-api-key"), kKey.toUtf8());
    QCOMPARE(rq[0].header("anthropic-version"), QByteArray("2023-06-01"));
    // The create body matches the documented example for the two requests it shares.
    const QJsonArray sent = rq[0].json().value("requests"_L1).toArray();
    const QJsonArray documented =
        fixture(u"anthropic/message-batch-create.request.json"_s).value("requests"_L1).toArray();
    QCOMPARE(sent.size(), 4);
    for (int i = 0; i < 2; ++i) {
        const QJsonObject mine = sent[i].toObject();
        const QJsonObject doc = documented[i].toObject();
        QCOMPARE(sortedKeys(mine), sortedKeys(doc));
        QCOMPARE(mine.value("custom_id"_L1), doc.value("custom_id"_L1));
        const QJsonObject params = mine.value("params"_L1).toObject();
        const QJsonObject docParams = doc.value("params"_L1).toObject();
        for (const QString &key : docParams.keys())
            QCOMPARE(params.value(key), docParams.value(key));
        QVERIFY(!params.contains("stream"_L1));
    }
    QCOMPARE(rq[1].path(), u"/v1/messages/batches/"_s + batchId);
    QCOMPARE(rq[3].path(), u"/v1/messages/batches/"_s + batchId + u"/results"_s);
    QCOMPARE(rq[3].header("x-api-key"), kKey.toUtf8());

    QCOMPARE(c.results.size(), 4);
    QCOMPARE(c.results[u"my-first-request"_s].outcome, BatchApiResult::Outcome::Succeeded);
    QVERIFY(c.results[u"my-first-request"_s].call.text.startsWith(u"Hello! How can I assist"_s));
    QVERIFY(c.results[u"my-second-request"_s].call.text.startsWith(u"Hello again!"_s));
    QCOMPARE(c.results[u"my-second-request"_s].call.usage.inputTokens, 11);
    QCOMPARE(c.results[u"third"_s].outcome, BatchApiResult::Outcome::Errored);
    QVERIFY(c.results[u"third"_s].call.error->message.contains(u"max_tokens: Field required"_s));
    QCOMPARE(c.results[u"fourth"_s].outcome, BatchApiResult::Outcome::Expired);
}

void TestBatchApi::resumeWithoutResubmitting()
{
    LoopbackServer server;
    Harness h(u"openai"_s, server.url(u"/v1"_s), statePath());
    const QJsonObject validating = fixture(u"openai/batch-validating.json"_s);
    server.enqueue(LoopbackServer::Response::json(fixture(u"openai/files-upload-batch.json"_s)));
    server.enqueue(LoopbackServer::Response::json(validating));
    // First run: killed (stopped) right after the batch was submitted.
    const Collected first =
        h.run({h.item(u"a"_s, u"one"_s)}, nullptr, false, [](BatchApiJob &job, const BatchApiBatch &) { job.stop(); });
    QCOMPARE(first.submitted, 1);
    QVERIFY(first.error && first.error->code == ProviderError::Code::Cancelled);
    QCOMPARE(server.requests().size(), 2);
    auto loaded = BatchApiState::load(h.statePath);
    QVERIFY(loaded.ok() && loaded.value());
    QCOMPARE(loaded.value()->itemsInFlight(), QSet<QString>{u"a"_s});

    // Rerun: the item is in flight, so nothing is uploaded or created; the batch is polled and collected.
    server.clearRequests();
    QJsonObject completed = fixture(u"openai/batch-completed.json"_s);
    completed.insert(u"id"_s, validating.value("id"_L1));
    server.enqueue(LoopbackServer::Response::json(completed));
    server.enqueue(LoopbackServer::Response::text(jsonl({openAiOutputLine(u"a"_s, vsReply(u"red"_s))})));
    const Collected second = h.run({});
    QVERIFY2(!second.error, second.error ? qPrintable(second.error->message) : "");
    QCOMPARE(second.submitted, 0);
    QCOMPARE(server.requests().size(), 2);
    for (const LoopbackServer::Request &r : server.requests())
        QCOMPARE(r.method, QByteArray("GET"));
    QCOMPARE(second.results.size(), 1);
    QCOMPARE(second.results[u"a"_s].outcome, BatchApiResult::Outcome::Succeeded);

    // A third run finds every batch collected: no request at all.
    server.clearRequests();
    const Collected third = h.run({});
    QVERIFY(!third.error);
    QCOMPARE(server.requests().size(), 0);
}

void TestBatchApi::splitOverLimit()
{
    LoopbackServer server;
    Harness h(u"openai"_s, server.url(u"/v1"_s), statePath());
    QList<BatchApiItem> items;
    for (int i = 1; i <= 5; ++i)
        items.append(h.item(u"i%1"_s.arg(i), u"prompt %1"_s.arg(i)));
    QJsonObject batch = fixture(u"openai/batch-validating.json"_s);
    for (int i = 0; i < 3; ++i) {
        server.enqueue(LoopbackServer::Response::json(fixture(u"openai/files-upload-batch.json"_s)));
        server.enqueue(LoopbackServer::Response::json(with(batch, u"id"_s, u"batch_%1"_s.arg(i))));
    }
    const BatchApiLimits byCount{2, 1000000};
    int seen = 0;
    const Collected c = h.run(items, &byCount, false, [&seen](BatchApiJob &job, const BatchApiBatch &) {
        if (++seen == 3)
            job.stop();
    });
    QCOMPARE(c.submitted, 3);
    QList<int> sizes;
    for (const LoopbackServer::Request &r : server.requests()) {
        if (r.path() == u"/v1/files"_s)
            sizes.append(int(uploadedLines(r).size()));
    }
    QCOMPARE(sizes, (QList<int>{2, 2, 1}));
    const auto loaded = BatchApiState::load(h.statePath);
    QCOMPARE(loaded.value()->batches.size(), 3);
    QCOMPARE(loaded.value()->batches[2].items.first().second, u"i5"_s);

    // By bytes: each entry is about the same size; a limit of two and a half entries makes batches of two.
    LoopbackServer server2;
    Harness h2(u"anthropic"_s, server2.url(), statePath());
    QList<BatchApiItem> items2;
    for (int i = 1; i <= 4; ++i)
        items2.append(h2.item(u"i%1"_s.arg(i), u"prompt %1"_s.arg(i)));
    const qint64 entry = BatchApiProtocol::requestEntry(ProviderKind::Anthropic, items2.first()).size();
    const BatchApiLimits byBytes{100000, entry * 5 / 2};
    for (int i = 0; i < 2; ++i)
        server2.enqueue(LoopbackServer::Response::json(
            with(anthropicBatch(server2, u"in_progress"_s), u"id"_s, u"msgbatch_%1"_s.arg(i))));
    seen = 0;
    const Collected c2 = h2.run(items2, &byBytes, false, [&seen](BatchApiJob &job, const BatchApiBatch &) {
        if (++seen == 2)
            job.stop();
    });
    QCOMPARE(c2.submitted, 2);
    QCOMPARE(server2.requests().size(), 2);
    for (const LoopbackServer::Request &r : server2.requests())
        QCOMPARE(r.json().value("requests"_L1).toArray().size(), 2);
}

void TestBatchApi::cancel()
{
    LoopbackServer server;
    Harness h(u"openai"_s, server.url(u"/v1"_s), statePath());
    BatchApiState state;
    state.provider = u"openai"_s;
    state.baseUrl = server.url(u"/v1"_s).toString();
    BatchApiBatch done;
    done.id = u"batch_done"_s;
    done.status = u"completed"_s;
    done.items = {{u"a"_s, u"a"_s}};
    done.collected = true;
    BatchApiBatch running;
    running.id = fixture(u"openai/batch-cancelling.json"_s).value("id"_L1).toString();
    running.status = u"in_progress"_s;
    running.items = {{u"b"_s, u"b"_s}};
    state.batches = {done, running};
    QVERIFY(state.save(h.statePath).ok());
    server.enqueue(
        LoopbackServer::Response::fixture(SharedData::path(u"fixtures/providers/openai/batch-cancelling.json"_s)));

    const Collected c = h.run({}, nullptr, true);
    QVERIFY2(!c.error, c.error ? qPrintable(c.error->message) : "");
    QCOMPARE(server.requests().size(), 1);
    QCOMPARE(server.requests()[0].method, QByteArray("POST"));
    QCOMPARE(server.requests()[0].path(), u"/v1/batches/"_s + running.id + u"/cancel"_s);
    const auto loaded = BatchApiState::load(h.statePath);
    QCOMPARE(loaded.value()->batches[1].status, u"cancelling"_s);
    QCOMPARE(loaded.value()->batches[0].status, u"completed"_s);

    // A rerun then collects the cancelled batch: its requests without a result are reported as cancelled.
    server.clearRequests();
    QJsonObject cancelled = fixture(u"openai/batch-cancelled.json"_s);
    cancelled.insert(u"id"_s, running.id);
    server.enqueue(LoopbackServer::Response::json(cancelled));
    const Collected rerun = h.run({});
    QVERIFY(rerun.results.contains(u"b"_s));
    QCOMPARE(rerun.results[u"b"_s].outcome, BatchApiResult::Outcome::Cancelled);
}

void TestBatchApi::cliRoundTrip()
{
    if (qEnvironmentVariableIsEmpty("VSLAB_CLI"))
        QSKIP("VSLAB_CLI is not set (run through ctest)");
    LoopbackServer server;
    const QString input = m_dir.filePath(u"cli-input.jsonl"_s);
    const QString output = m_dir.filePath(u"cli-output.jsonl"_s);
    {
        QFile f(input);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{\"id\":\"q1\",\"prompt\":\"Name a color\",\"k\":2,\"seed\":7}\n"
                "{\"id\":\"q2\",\"prompt\":\"Name a fruit\",\"k\":2,\"seed\":8}\n"
                "{\"id\":\"q3\",\"prompt\":\"Name a city\",\"k\":2}\n"
                "{\"id\":\"q4\",\"prompt\":\"Name a tree\",\"method\":\"multi-turn\",\"k\":2}\n");
    }
    const QJsonObject validating = fixture(u"openai/batch-validating.json"_s);
    QJsonObject completed = fixture(u"openai/batch-completed.json"_s);
    completed.insert(u"id"_s, validating.value("id"_L1));
    completed.insert(u"error_file_id"_s, u"file-errors"_s);
    const QString outFile = completed.value("output_file_id"_L1).toString();
    const QByteArray twoColors =
        R"({"responses":[{"text":"red","probability":0.6},{"text":"blue","probability":0.4}]})";
    server.enqueue(LoopbackServer::Response::json(fixture(u"openai/files-upload-batch.json"_s)));
    server.enqueue(LoopbackServer::Response::json(validating));
    server.enqueue(LoopbackServer::Response::json(with(validating, u"status"_s, u"in_progress"_s)));
    server.enqueue(LoopbackServer::Response::json(completed));
    server.enqueue(LoopbackServer::Response::text(jsonl({openAiOutputLine(u"q2"_s, QString::fromUtf8(twoColors)),
                                                         openAiOutputLine(u"q1"_s, QString::fromUtf8(twoColors))})));
    const QJsonObject errorLine{
        {u"custom_id"_s, u"q3"_s},
        {u"response"_s, QJsonObject{{u"status_code"_s, 500}, {u"body"_s, fixture(u"openai/error-400.json"_s)}}},
        {u"error"_s, QJsonValue::Null}};
    server.enqueue(LoopbackServer::Response::text(jsonl({errorLine})));
    const QStringList common{u"--via"_s,
                             u"batch-api"_s,
                             u"--provider"_s,
                             u"openai"_s,
                             u"--base-url"_s,
                             server.url(u"/v1"_s).toString(),
                             u"--model"_s,
                             u"gpt-4o-mini"_s,
                             u"--api-key-env"_s,
                             u"VSLAB_TEST_KEY"_s,
                             u"--poll-interval"_s,
                             u"0.01"_s,
                             input,
                             u"-o"_s,
                             output};
    const CliResult first = runCli(common);
    QVERIFY2(first.exitCode == 3, first.err.constData());
    QVERIFY(first.err.contains("submitted batch"));
    QVERIFY(!first.err.contains(kKey.toUtf8()));
    QCOMPARE(uploadedLines(server.requests().first()).size(), 3); // q4 needs several calls: not submitted
    int count = 0;
    QHash<QString, QJsonObject> lines = outputLines(output, &count);
    QCOMPARE(count, 4);
    QCOMPARE(lines[u"q1"_s].value("candidates"_L1).toArray().size(), 2);
    QCOMPARE(lines[u"q1"_s].value("candidates"_L1).toArray().first().toObject().value("text"_L1).toString(), u"red"_s);
    QCOMPARE(lines[u"q3"_s].value("error"_L1).toObject().value("http_status"_L1).toInt(), 500);
    QCOMPARE(lines[u"q4"_s].value("error"_L1).toObject().value("code"_L1).toString(), u"bad_input"_s);
    QFile state(BatchApiState::pathFor(output));
    QVERIFY(state.open(QIODevice::ReadOnly));
    QVERIFY(!state.readAll().contains(kKey.toUtf8()));

    // The rerun submits only the failed item (q4 fails again before submission) and ends with every id once.
    server.clearRequests();
    QJsonObject second = with(validating, u"id"_s, u"batch_second"_s);
    server.enqueue(LoopbackServer::Response::json(fixture(u"openai/files-upload-batch.json"_s)));
    server.enqueue(LoopbackServer::Response::json(second));
    QJsonObject secondDone = with(completed, u"id"_s, u"batch_second"_s);
    secondDone.insert(u"error_file_id"_s, QJsonValue::Null);
    server.enqueue(LoopbackServer::Response::json(secondDone));
    server.enqueue(LoopbackServer::Response::text(jsonl({openAiOutputLine(u"q3"_s, QString::fromUtf8(twoColors))})));
    const CliResult rerun = runCli(common);
    QVERIFY2(rerun.exitCode == 3, rerun.err.constData()); // q4 still cannot go into a batch
    const QList<QJsonObject> resent = uploadedLines(server.requests().first());
    QCOMPARE(resent.size(), 1);
    QCOMPARE(resent.first().value("custom_id"_L1).toString(), u"q3"_s);
    lines = outputLines(output, &count);
    QCOMPARE(count, 4);
    QVERIFY(!lines[u"q3"_s].contains("error"_L1));
    QVERIFY(lines[u"q1"_s].contains("candidates"_L1));

    // --status lists both batches from the state file; --cancel has nothing left to cancel.
    const CliResult status = runCli({u"--status"_s, output});
    QCOMPARE(status.exitCode, 0);
    QVERIFY(status.out.contains(validating.value("id"_L1).toString().toUtf8()));
    QVERIFY(status.out.contains("batch_second"));
    server.clearRequests();
    const CliResult cancelled = runCli({u"--cancel"_s, output, u"--api-key-env"_s, u"VSLAB_TEST_KEY"_s});
    QVERIFY2(cancelled.exitCode == 0, cancelled.err.constData());
    QCOMPARE(server.requests().size(), 0);
}

void TestBatchApi::cliInterruptKeepsState()
{
    if (qEnvironmentVariableIsEmpty("VSLAB_CLI"))
        QSKIP("VSLAB_CLI is not set (run through ctest)");
    LoopbackServer server;
    const QString input = m_dir.filePath(u"int-input.txt"_s);
    const QString output = m_dir.filePath(u"int-output.jsonl"_s);
    {
        QFile f(input);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("Name a color\nName a fruit\n");
    }
    const QJsonObject validating = fixture(u"openai/batch-validating.json"_s);
    server.enqueue(LoopbackServer::Response::json(fixture(u"openai/files-upload-batch.json"_s)));
    server.enqueue(LoopbackServer::Response::json(validating));
    server.setFallback(LoopbackServer::Response::json(with(validating, u"status"_s, u"in_progress"_s)));
    QProcess p;
    QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
    e.insert(u"VSLAB_TEST_KEY"_s, kKey);
    p.setProcessEnvironment(e);
    QSignalSpy finished(&p, &QProcess::finished);
    p.start(qEnvironmentVariable("VSLAB_CLI"),
            {u"batch"_s, u"--via"_s, u"batch-api"_s, u"--provider"_s, u"openai"_s, u"--base-url"_s,
             server.url(u"/v1"_s).toString(), u"--model"_s, u"gpt-4o-mini"_s, u"--api-key-env"_s, u"VSLAB_TEST_KEY"_s,
             u"--poll-interval"_s, u"0.05"_s, input, u"-o"_s, output});
    QVERIFY(p.waitForStarted(5000));
    // Polling: the upload, the create and at least one look at the batch.
    QTRY_VERIFY_WITH_TIMEOUT(server.requests().size() >= 3, 15000);
    ::kill(pid_t(p.processId()), SIGINT);
    QVERIFY(finished.wait(15000));
    QCOMPARE(p.exitCode(), 130);
    const QByteArray err = p.readAllStandardError();
    QVERIFY2(err.contains("keep running"), err.constData());
    const auto state = BatchApiState::load(BatchApiState::pathFor(output));
    QVERIFY(state.ok() && state.value());
    QCOMPARE(state.value()->batches.size(), 1);
    QCOMPARE(state.value()->itemsInFlight().size(), 2);

    // --status asks the provider once for the batch still running.
    server.clearRequests();
    const CliResult status = runCli({u"--status"_s, output, u"--api-key-env"_s, u"VSLAB_TEST_KEY"_s});
    QVERIFY2(status.exitCode == 0, status.err.constData());
    QCOMPARE(server.requests().size(), 1);
    QCOMPARE(server.requests()[0].method, QByteArray("GET"));
    QVERIFY2(status.out.contains("in_progress") && status.out.contains("now"), status.out.constData());
    // --cancel posts the cancel and records the provider's answer.
    server.clearRequests();
    server.enqueue(
        LoopbackServer::Response::fixture(SharedData::path(u"fixtures/providers/openai/batch-cancelling.json"_s)));
    const CliResult cancelled = runCli({u"--cancel"_s, output, u"--api-key-env"_s, u"VSLAB_TEST_KEY"_s});
    QVERIFY2(cancelled.exitCode == 0, cancelled.err.constData());
    QCOMPARE(server.requests().size(), 1);
    QCOMPARE(server.requests()[0].path(), u"/v1/batches/"_s + validating.value("id"_L1).toString() + u"/cancel"_s);
    QCOMPARE(BatchApiState::load(BatchApiState::pathFor(output)).value()->batches[0].status, u"cancelling"_s);
}

void TestBatchApi::pollDelayGrows()
{
    QList<double> waits;
    double delay = 2.0;
    for (int i = 0; i < 6; ++i) {
        waits.append(delay);
        delay = BatchApiJob::nextPollDelay(delay, 2.0);
    }
    QCOMPARE(waits, (QList<double>{2.0, 3.0, 4.5, 6.75, 8.0, 8.0}));
}

QTEST_GUILESS_MAIN(TestBatchApi)
#include "tst_batchapi.moc"
