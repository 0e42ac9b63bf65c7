// SPDX-License-Identifier: Apache-2.0
#include "BatchApi.h"

#include "AnthropicWire.h"
#include "base/SafeUrl.h"
#include "OpenAiWire.h"
#include "ProviderSupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSet>

BatchApiLimits BatchApiLimits::of(ProviderKind kind)
{
    if (kind == ProviderKind::Anthropic)
        return {100000, 256LL * 1000 * 1000};
    return {50000, 200LL * 1000 * 1000};
}

// ---------------------------------------------------------------------------------------------------------------
// State

bool BatchApiBatch::ended() const
{
    static const QSet<QString> endStates{QStringLiteral("completed"), QStringLiteral("failed"),
                                         QStringLiteral("expired"),   QStringLiteral("cancelled"),
                                         QStringLiteral("ended"),     QStringLiteral("canceled")};
    return endStates.contains(status);
}

QString BatchApiBatch::itemOf(const QString &customId) const
{
    for (const auto &[custom, item] : items) {
        if (custom == customId)
            return item;
    }
    return {};
}

QJsonObject BatchApiBatch::toJson() const
{
    QJsonArray list;
    for (const auto &[custom, item] : items) {
        QJsonObject o{{QStringLiteral("id"), item}};
        if (custom != item)
            o.insert(QStringLiteral("custom_id"), custom);
        list.append(o);
    }
    QJsonObject o{{QStringLiteral("id"), id},
                  {QStringLiteral("status"), status},
                  {QStringLiteral("collected"), collected},
                  {QStringLiteral("request_counts"), QJsonObject{{QStringLiteral("succeeded"), succeeded},
                                                                 {QStringLiteral("failed"), failed},
                                                                 {QStringLiteral("processing"), processing}}},
                  {QStringLiteral("items"), list}};
    const auto put = [&o](const char *key, const QString &value) {
        if (!value.isEmpty())
            o.insert(QLatin1String(key), value);
    };
    put("input_file_id", inputFileId);
    put("output_file_id", outputFileId);
    put("error_file_id", errorFileId);
    put("results_url", SafeUrl::typed(resultsUrl));
    put("problem", problem);
    return o;
}

BatchApiBatch BatchApiBatch::fromJson(const QJsonObject &o)
{
    BatchApiBatch b;
    b.id = o.value(QLatin1String("id")).toString();
    b.status = o.value(QLatin1String("status")).toString();
    b.collected = o.value(QLatin1String("collected")).toBool();
    const QJsonObject counts = o.value(QLatin1String("request_counts")).toObject();
    b.succeeded = counts.value(QLatin1String("succeeded")).toInteger();
    b.failed = counts.value(QLatin1String("failed")).toInteger();
    b.processing = counts.value(QLatin1String("processing")).toInteger();
    b.inputFileId = o.value(QLatin1String("input_file_id")).toString();
    b.outputFileId = o.value(QLatin1String("output_file_id")).toString();
    b.errorFileId = o.value(QLatin1String("error_file_id")).toString();
    b.resultsUrl = o.value(QLatin1String("results_url")).toString();
    b.problem = o.value(QLatin1String("problem")).toString();
    for (const QJsonValue &v : o.value(QLatin1String("items")).toArray()) {
        const QJsonObject item = v.toObject();
        const QString id = item.value(QLatin1String("id")).toString();
        b.items.append({item.value(QLatin1String("custom_id")).toString(id), id});
    }
    return b;
}

QString BatchApiState::pathFor(const QString &output)
{
    return output + QLatin1String(".batch-state.json");
}

Result<std::optional<BatchApiState>> BatchApiState::load(const QString &path)
{
    QFile file(path);
    if (!file.exists())
        return std::optional<BatchApiState>();
    if (!file.open(QIODevice::ReadOnly))
        return fail(Failure::Kind::Io,
                    BatchApiText::tr("Cannot read the batch state file %1: %2").arg(path, file.errorString()));
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &error);
    if (!doc.isObject())
        return fail(
            Failure::Kind::BadInput,
            BatchApiText::tr(
                "The batch state file %1 is not valid JSON (%2); remove it to submit the remaining items again.")
                .arg(path, error.errorString()));
    const QJsonObject root = doc.object();
    BatchApiState state;
    state.provider = root.value(QLatin1String("provider")).toString();
    state.baseUrl = root.value(QLatin1String("base_url")).toString();
    state.model = root.value(QLatin1String("model")).toString();
    for (const QJsonValue &v : root.value(QLatin1String("batches")).toArray())
        state.batches.append(BatchApiBatch::fromJson(v.toObject()));
    return std::optional<BatchApiState>(std::move(state));
}

Result<void> BatchApiState::save(const QString &path) const
{
    QJsonArray list;
    for (const BatchApiBatch &b : batches)
        list.append(b.toJson());
    const QJsonObject root{{QStringLiteral("provider"), provider},
                           {QStringLiteral("base_url"), SafeUrl::typed(baseUrl)},
                           {QStringLiteral("model"), model},
                           {QStringLiteral("batches"), list}};
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(root).toJson(QJsonDocument::Indented)) < 0 ||
        !file.commit())
        return fail(Failure::Kind::Io,
                    BatchApiText::tr("Cannot write the batch state file %1: %2").arg(path, file.errorString()));
    return {};
}

QSet<QString> BatchApiState::itemsInFlight() const
{
    QSet<QString> ids;
    for (const BatchApiBatch &b : batches) {
        if (b.collected)
            continue;
        for (const auto &pair : b.items)
            ids.insert(pair.second);
    }
    return ids;
}

QString BatchApiResult::outcomeName(Outcome o)
{
    switch (o) {
    case Outcome::Succeeded:
        return QStringLiteral("succeeded");
    case Outcome::Errored:
        return QStringLiteral("errored");
    case Outcome::Expired:
        return QStringLiteral("expired");
    case Outcome::Cancelled:
        return QStringLiteral("cancelled");
    }
    return {};
}

// ---------------------------------------------------------------------------------------------------------------
// Protocol

namespace BatchApiProtocol {

std::optional<QString> unsupported(const ProviderConfig &config)
{
    const ProviderPreset *preset = ProviderPreset::find(config.presetId);
    const QString id = config.presetId;
    if (preset &&
        (preset->kind == ProviderKind::Anthropic || id == QLatin1String("openai") || id == QLatin1String("custom")))
        return std::nullopt;
    if (preset && preset->kind == ProviderKind::Gemini)
        return BatchApiText::tr("Gemini's batch mode is not supported by --via batch-api yet; use the concurrent mode "
                                "(without --via), or OpenAI or Anthropic.");
    return BatchApiText::tr("%1 has no batch API that VS Lab can use; --via batch-api works with OpenAI (or a custom "
                            "OpenAI-compatible server that offers /v1/batches) and Anthropic. Use the concurrent mode "
                            "(without --via) instead.")
        .arg(preset ? preset->title() : id);
}

std::shared_ptr<const WireFormat> wireFor(ProviderConfig config)
{
    config.stream = false;
    const ProviderPreset *preset = ProviderPreset::find(config.presetId);
    const ProviderKind kind = preset ? preset->kind : ProviderKind::OpenAiCompatible;
    if (kind == ProviderKind::Anthropic)
        return std::make_shared<AnthropicWire>(std::move(config));
    if (kind == ProviderKind::OpenAiCompatible)
        return std::make_shared<OpenAiWire>(std::move(config));
    return nullptr;
}

QString customIdFor(const QString &itemId, qsizetype index)
{
    static const QRegularExpression valid(QStringLiteral("^[a-zA-Z0-9_-]{1,64}$"));
    if (valid.match(itemId).hasMatch())
        return itemId;
    return QStringLiteral("item-") + QString::number(index);
}

QJsonObject chatBody(const WireFormat &wire, const ChatRequest &request, QStringList *notes)
{
    const HttpRequestSpec spec = wire.chatRequest(request, wire.wantsStructured(request), notes);
    return QJsonDocument::fromJson(spec.body).object();
}

QByteArray requestEntry(ProviderKind kind, const BatchApiItem &item)
{
    QJsonObject o;
    o.insert(QStringLiteral("custom_id"), item.customId);
    if (kind == ProviderKind::Anthropic) {
        o.insert(QStringLiteral("params"), item.body);
        return QJsonDocument(o).toJson(QJsonDocument::Compact);
    }
    o.insert(QStringLiteral("method"), QStringLiteral("POST"));
    o.insert(QStringLiteral("url"), QStringLiteral("/v1/chat/completions"));
    o.insert(QStringLiteral("body"), item.body);
    return QJsonDocument(o).toJson(QJsonDocument::Compact) + '\n';
}

QUrl filesUrl(const WireFormat &wire)
{
    return ProviderSupport::appendPath(wire.baseUrl(), QStringLiteral("/files"));
}

QUrl fileContentUrl(const WireFormat &wire, const QString &fileId)
{
    return ProviderSupport::appendPath(wire.baseUrl(), QLatin1String("/files/") + fileId + QLatin1String("/content"));
}

QUrl batchesUrl(const WireFormat &wire)
{
    return ProviderSupport::appendPath(wire.baseUrl(), wire.kind() == ProviderKind::Anthropic
                                                           ? QStringLiteral("/v1/messages/batches")
                                                           : QStringLiteral("/batches"));
}

QUrl batchUrl(const WireFormat &wire, const QString &batchId)
{
    return ProviderSupport::appendPath(batchesUrl(wire), QLatin1Char('/') + batchId);
}

QUrl cancelUrl(const WireFormat &wire, const QString &batchId)
{
    return ProviderSupport::appendPath(batchUrl(wire, batchId), QStringLiteral("/cancel"));
}

QUrl resultsUrl(const WireFormat &wire, const BatchApiBatch &batch)
{
    const QUrl given(batch.resultsUrl);
    const QUrl base = wire.baseUrl();
    if (given.isValid() && given.scheme() == base.scheme() && given.host() == base.host() &&
        given.port(given.scheme() == QLatin1String("https") ? 443 : 80) ==
            base.port(base.scheme() == QLatin1String("https") ? 443 : 80))
        return given;
    return ProviderSupport::appendPath(batchUrl(wire, batch.id), QStringLiteral("/results"));
}

HttpRequestSpec get(const WireFormat &wire, const QUrl &url)
{
    HttpRequestSpec spec = wire.modelsRequest(); // the auth headers and Accept: application/json
    spec.url = url;
    return spec;
}

HttpRequestSpec postJson(const WireFormat &wire, const QUrl &url, const QJsonObject &body)
{
    HttpRequestSpec spec = get(wire, url);
    spec.method = "POST";
    spec.addHeader("Content-Type", "application/json");
    spec.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    return spec;
}

QByteArray newBoundary()
{
    return "vslab-" + QByteArray::number(QRandomGenerator::global()->generate64(), 16);
}

QByteArray uploadHead(const QByteArray &boundary)
{
    return "--" + boundary + "\r\nContent-Disposition: form-data; name=\"purpose\"\r\n\r\nbatch\r\n--" + boundary +
           "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"vslab-batch.jsonl\"\r\n"
           "Content-Type: application/jsonl\r\n\r\n";
}

QByteArray uploadTail(const QByteArray &boundary)
{
    return "\r\n--" + boundary + "--\r\n";
}

HttpRequestSpec upload(const WireFormat &wire, const QByteArray &boundary, QByteArray body)
{
    // Built by hand rather than with QHttpMultiPart: every provider request goes through HttpTransfer, which sends
    // a byte body (and may send it again on a retry).
    HttpRequestSpec spec = get(wire, filesUrl(wire));
    spec.method = "POST";
    spec.addHeader("Content-Type", "multipart/form-data; boundary=" + boundary);
    spec.body = std::move(body);
    return spec;
}

QJsonObject createBody(const QString &inputFileId)
{
    return QJsonObject{{QStringLiteral("input_file_id"), inputFileId},
                       {QStringLiteral("endpoint"), QStringLiteral("/v1/chat/completions")},
                       {QStringLiteral("completion_window"), QStringLiteral("24h")},
                       {QStringLiteral("metadata"), QJsonObject{{QStringLiteral("client"), QStringLiteral("vslab")}}}};
}

bool readBatch(ProviderKind kind, const QByteArray &body, BatchApiBatch &batch)
{
    const QJsonObject o = QJsonDocument::fromJson(body).object();
    const QString id = o.value(QLatin1String("id")).toString();
    if (id.isEmpty())
        return false;
    batch.id = id;
    const QJsonObject counts = o.value(QLatin1String("request_counts")).toObject();
    const auto count = [&counts](const char *key) { return counts.value(QLatin1String(key)).toInteger(); };
    if (kind == ProviderKind::Anthropic) {
        batch.status = o.value(QLatin1String("processing_status")).toString();
        batch.resultsUrl = o.value(QLatin1String("results_url")).toString();
        batch.succeeded = count("succeeded");
        batch.failed = count("errored") + count("canceled") + count("expired");
        batch.processing = count("processing");
        return !batch.status.isEmpty();
    }
    batch.status = o.value(QLatin1String("status")).toString();
    batch.inputFileId = o.value(QLatin1String("input_file_id")).toString(batch.inputFileId);
    batch.outputFileId = o.value(QLatin1String("output_file_id")).toString();
    batch.errorFileId = o.value(QLatin1String("error_file_id")).toString();
    QStringList problems;
    for (const QJsonValue &v : o.value(QLatin1String("errors")).toObject().value(QLatin1String("data")).toArray()) {
        const QJsonObject e = v.toObject();
        QString text = e.value(QLatin1String("message")).toString();
        if (e.value(QLatin1String("line")).isDouble())
            text = BatchApiText::tr("line %1: %2").arg(e.value(QLatin1String("line")).toInt()).arg(text);
        problems.append(text);
    }
    if (!problems.isEmpty())
        batch.problem = problems.join(QLatin1String("; "));
    batch.succeeded = count("completed");
    batch.failed = count("failed");
    batch.processing = std::max<qint64>(0, count("total") - batch.succeeded - batch.failed);
    return !batch.status.isEmpty();
}

namespace {
ProviderError itemError(const WireFormat &wire, ProviderError::Code code, const QUrl &url, const QString &what)
{
    ProviderError e;
    e.code = code;
    e.url = SafeUrl::stripped(url);
    e.message =
        QStringLiteral("%1: %2").arg(wire.providerName(), ProviderSupport::sanitize(what, wire.config().apiKey, 400));
    return e;
}

/// A reply body as the interactive non-streaming call decodes it.
CallResult decodeBody(const WireFormat &wire, const QJsonObject &body, const QUrl &url)
{
    CallResult call;
    call.url = url;
    std::unique_ptr<ReplyDecoder> decoder = wire.newDecoder(false);
    QStringList deltas = decoder->feed(QJsonDocument(body).toJson(QJsonDocument::Compact));
    deltas += decoder->finish();
    call.text = deltas.join(QString());
    call.finishReason = decoder->finishReason();
    call.usage = decoder->usage();
    call.notes = decoder->notes();
    call.moreChoices = decoder->moreChoices();
    if (const auto &e = decoder->error())
        call.error =
            ProviderSupport::makeError(e->code, wire.errorContext(url, 1, false), 200, e->serverText, e->detail);
    else if (call.finishReason.isEmpty())
        call.finishReason = QStringLiteral("stop");
    return call;
}

/// A non-2xx status inside a result line, classified as an interactive call's would be.
ProviderError statusError(const WireFormat &wire, int status, const QJsonObject &body, const QUrl &url)
{
    const QByteArray raw = QJsonDocument(body).toJson(QJsonDocument::Compact);
    const ProviderSupport::ServerMessage server = ProviderSupport::parseServerMessage(raw);
    return ProviderSupport::makeError(ProviderSupport::classifyStatus(status, server), wire.errorContext(url, 1, false),
                                      status, server.message);
}

void readOpenAiLine(const WireFormat &wire, const QJsonObject &line, const QUrl &url, BatchApiResult &r)
{
    const QJsonObject response = line.value(QLatin1String("response")).toObject();
    const QJsonObject error = line.value(QLatin1String("error")).toObject();
    if (!error.isEmpty()) {
        const QString code = error.value(QLatin1String("code")).toString();
        const QString message = error.value(QLatin1String("message")).toString();
        if (code == QLatin1String("batch_expired")) {
            r.outcome = BatchApiResult::Outcome::Expired;
            r.call.error = itemError(wire, ProviderError::Code::Timeout, url, message);
        } else if (code == QLatin1String("batch_cancelled")) {
            r.outcome = BatchApiResult::Outcome::Cancelled;
            r.call.error = itemError(wire, ProviderError::Code::Cancelled, url, message);
        } else {
            r.outcome = BatchApiResult::Outcome::Errored;
            r.call.error = itemError(wire, ProviderError::Code::BadRequest, url,
                                     code.isEmpty() ? message : message + QLatin1String(" (") + code + u')');
        }
        return;
    }
    const int status = response.value(QLatin1String("status_code")).toInt();
    const QJsonObject body = response.value(QLatin1String("body")).toObject();
    if (status < 200 || status > 299) {
        r.outcome = BatchApiResult::Outcome::Errored;
        r.call.error = statusError(wire, status, body, url);
        return;
    }
    r.call = decodeBody(wire, body, url);
    r.outcome = r.call.error ? BatchApiResult::Outcome::Errored : BatchApiResult::Outcome::Succeeded;
}

void readAnthropicLine(const WireFormat &wire, const QJsonObject &line, const QUrl &url, BatchApiResult &r)
{
    const QJsonObject result = line.value(QLatin1String("result")).toObject();
    const QString type = result.value(QLatin1String("type")).toString();
    if (type == QLatin1String("succeeded")) {
        r.call = decodeBody(wire, result.value(QLatin1String("message")).toObject(), url);
        r.outcome = r.call.error ? BatchApiResult::Outcome::Errored : BatchApiResult::Outcome::Succeeded;
    } else if (type == QLatin1String("expired")) {
        r.outcome = BatchApiResult::Outcome::Expired;
        r.call.error =
            itemError(wire, ProviderError::Code::Timeout, url,
                      BatchApiText::tr("the batch expired before this request ran; rerun to submit it again."));
    } else if (type == QLatin1String("canceled")) {
        r.outcome = BatchApiResult::Outcome::Cancelled;
        r.call.error =
            itemError(wire, ProviderError::Code::Cancelled, url,
                      BatchApiText::tr("the batch was cancelled before this request ran; rerun to submit it again."));
    } else {
        // errored: result.error is the standard error envelope {"type":"error","error":{type,message}}.
        r.outcome = BatchApiResult::Outcome::Errored;
        const QByteArray raw =
            QJsonDocument(result.value(QLatin1String("error")).toObject()).toJson(QJsonDocument::Compact);
        const ProviderSupport::ServerMessage server = ProviderSupport::parseServerMessage(raw);
        const bool server5xx =
            server.type == QLatin1String("api_error") || server.type == QLatin1String("overloaded_error");
        r.call.error =
            itemError(wire, server5xx ? ProviderError::Code::ServerError : ProviderError::Code::BadRequest, url,
                      server.message.isEmpty() ? BatchApiText::tr("request errored (%1)").arg(type) : server.message);
    }
}
} // namespace

std::optional<BatchApiResult> readResultLine(const WireFormat &wire, QByteArrayView line, const QUrl &where)
{
    if (line.trimmed().isEmpty())
        return std::nullopt;
    BatchApiResult r;
    const QJsonObject o = QJsonDocument::fromJson(line.toByteArray()).object();
    r.customId = o.value(QLatin1String("custom_id")).toString();
    if (r.customId.isEmpty())
        return r;
    r.call.url = SafeUrl::stripped(where);
    if (wire.kind() == ProviderKind::Anthropic)
        readAnthropicLine(wire, o, where, r);
    else
        readOpenAiLine(wire, o, where, r);
    r.call.url = SafeUrl::stripped(where);
    if (r.call.error && r.call.finishReason.isEmpty())
        r.call.finishReason = QStringLiteral("error");
    return r;
}

BatchApiResult missingResult(const WireFormat &wire, const BatchApiBatch &batch, const QString &customId,
                             const QString &itemId)
{
    BatchApiResult r;
    r.customId = customId;
    r.itemId = itemId;
    r.batchId = batch.id;
    const QUrl url = batchUrl(wire, batch.id);
    r.call.url = SafeUrl::stripped(url);
    r.call.finishReason = QStringLiteral("error");
    if (batch.status == QLatin1String("expired")) {
        r.outcome = BatchApiResult::Outcome::Expired;
        r.call.error = itemError(
            wire, ProviderError::Code::Timeout, url,
            BatchApiText::tr("batch %1 expired before this request ran; rerun to submit it again.").arg(batch.id));
    } else if (batch.status == QLatin1String("cancelled") || batch.status == QLatin1String("canceled")) {
        r.outcome = BatchApiResult::Outcome::Cancelled;
        r.call.error =
            itemError(wire, ProviderError::Code::Cancelled, url,
                      BatchApiText::tr("batch %1 was cancelled before this request ran; rerun to submit it again.")
                          .arg(batch.id));
    } else {
        r.outcome = BatchApiResult::Outcome::Errored;
        QString why =
            BatchApiText::tr("batch %1 ended (%2) without a result for this request").arg(batch.id, batch.status);
        if (!batch.problem.isEmpty())
            why += QLatin1String(": ") + batch.problem;
        r.call.error = itemError(wire, ProviderError::Code::BadResponse, url,
                                 why + BatchApiText::tr("; rerun to submit it again."));
    }
    return r;
}

} // namespace BatchApiProtocol
