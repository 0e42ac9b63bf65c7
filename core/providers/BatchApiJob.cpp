// SPDX-License-Identifier: Apache-2.0
#include "BatchApiJob.h"

#include "ProviderSupport.h"

#include <QJsonDocument>

#include <limits>

using namespace BatchApiProtocol;

BatchApiJob::BatchApiJob(std::shared_ptr<const WireFormat> wire, QNetworkAccessManager *nam, BatchApiState state,
                         QString statePath, QObject *parent)
    : QObject(parent)
    , m_wire(std::move(wire))
    , m_nam(nam)
    , m_state(std::move(state))
    , m_statePath(std::move(statePath))
    , m_limits(BatchApiLimits::of(m_wire->kind()))
{
    m_pollTimer.setSingleShot(true);
    connect(&m_pollTimer, &QTimer::timeout, this, &BatchApiJob::pollRound);
}

BatchApiJob::~BatchApiJob()
{
    if (m_transfer)
        m_transfer->abort();
}

void BatchApiJob::start(NextItem next)
{
    m_next = std::move(next);
    QMetaObject::invokeMethod(
        this,
        [this] {
            if (m_done)
                return;
            if (auto error = m_wire->preflight(false)) {
                finish(*error);
                return;
            }
            submitNext();
        },
        Qt::QueuedConnection);
}

void BatchApiJob::cancelAll()
{
    visitOpen(true);
}

void BatchApiJob::refresh()
{
    visitOpen(false);
}

void BatchApiJob::visitOpen(bool cancel)
{
    QMetaObject::invokeMethod(
        this,
        [this, cancel] {
            if (m_done)
                return;
            if (auto error = m_wire->preflight(false)) {
                finish(*error);
                return;
            }
            m_cursor = 0;
            visitNext(cancel);
        },
        Qt::QueuedConnection);
}

void BatchApiJob::stop()
{
    if (m_done)
        return;
    ProviderError e;
    e.code = ProviderError::Code::Cancelled;
    e.url = m_wire->baseUrl();
    e.message = BatchApiText::tr("Stopped polling; the batches keep running at %1. Rerun the same command to go on.")
                    .arg(m_wire->providerName());
    finish(e);
}

// --- transport -------------------------------------------------------------------------------------------------

void BatchApiJob::send(const HttpRequestSpec &spec, const Done &done,
                       const std::function<void(QByteArrayView line)> &lines)
{
    if (m_transfer)
        m_transfer->deleteLater();
    ProviderConfig config = m_wire->config();
    if (lines) // result files are streamed line by line, never held whole: no reply-size cap is needed
        config.maxReplyBytes = std::numeric_limits<qint64>::max();
    auto body = std::make_shared<QByteArray>();
    auto *transfer = new RetryingTransfer(
        m_nam, config, [spec] { return spec; }, this);
    m_transfer = transfer;
    connect(transfer, &RetryingTransfer::attemptStarted, this, [body] { body->clear(); });
    connect(transfer, &RetryingTransfer::bodyReceived, this, [body, lines](const QByteArray &bytes) {
        body->append(bytes);
        if (!lines)
            return;
        qsizetype from = 0;
        for (qsizetype nl = body->indexOf('\n'); nl >= 0; nl = body->indexOf('\n', from)) {
            lines(QByteArrayView(*body).sliced(from, nl - from));
            from = nl + 1;
        }
        body->remove(0, from);
    });
    connect(transfer, &RetryingTransfer::finished, this, [this, transfer, body, lines, done] {
        if (m_done || transfer != m_transfer)
            return;
        const RetryingTransfer::Outcome outcome = transfer->outcome();
        if (outcome.ok() && lines && !body->isEmpty()) {
            lines(*body); // a last line without "\n"
            body->clear();
        }
        done(outcome, *body);
    });
    transfer->start();
}

ProviderError BatchApiJob::errorOf(const RetryingTransfer::Outcome &o, const QUrl &url) const
{
    const int attempts = m_transfer ? m_transfer->attempts() : 1;
    return ProviderSupport::makeError(o.code, m_wire->errorContext(url, attempts, false), o.status, o.server.message,
                                      o.detail);
}

bool BatchApiJob::saveState()
{
    const Result<void> saved = m_state.save(m_statePath);
    if (saved)
        return true;
    ProviderError e;
    e.code = ProviderError::Code::Other;
    e.message = saved.message();
    finish(e);
    return false;
}

// --- submit ----------------------------------------------------------------------------------------------------

void BatchApiJob::submitNext()
{
    const bool anthropic = m_wire->kind() == ProviderKind::Anthropic;
    const QByteArray boundary = newBoundary();
    const QByteArray tail = anthropic ? QByteArray(anthropicTail) : uploadTail(boundary);
    // One buffer holds the whole request body: the provider's limit (up to 256 MB) is never held twice.
    QByteArray payload = anthropic ? QByteArray(anthropicHead) : uploadHead(boundary);
    QList<std::pair<QString, QString>> items;
    qint64 bytes = 0;
    while (std::optional<BatchApiItem> item = m_carry ? std::exchange(m_carry, std::nullopt) : m_next()) {
        const QByteArray entry = requestEntry(m_wire->kind(), *item);
        if (!items.isEmpty() && (items.size() + 1 > m_limits.maxRequests || bytes + entry.size() > m_limits.maxBytes)) {
            m_carry = std::move(item);
            break;
        }
        if (anthropic && !items.isEmpty())
            payload += ',';
        payload += entry;
        bytes += entry.size();
        items.append({item->customId, item->itemId});
    }
    if (items.isEmpty()) {
        m_delay = m_pollInterval;
        // A batch just submitted is still validating: the first look waits pollInterval. Resumed batches may have
        // ended long ago: look at once.
        m_cursor = m_submittedAny ? m_state.batches.size() : 0;
        pollNext();
        return;
    }
    payload += tail;
    if (anthropic)
        submitAnthropic(std::move(payload), items);
    else
        submitOpenAi(upload(*m_wire, boundary, std::move(payload)), items);
}

void BatchApiJob::submitOpenAi(const HttpRequestSpec &spec, const QList<std::pair<QString, QString>> &items)
{
    const QUrl url = spec.url;
    send(spec, [this, url, items](const RetryingTransfer::Outcome &o, const QByteArray &body) {
        if (!o.ok()) {
            finish(errorOf(o, url));
            return;
        }
        const QString fileId = QJsonDocument::fromJson(body).object().value(QLatin1String("id")).toString();
        if (fileId.isEmpty()) {
            finish(ProviderSupport::makeError(ProviderError::Code::BadResponse, m_wire->errorContext(url, 1, false),
                                              o.status, {}, BatchApiText::tr("The upload reply names no file id.")));
            return;
        }
        createOpenAi(fileId, items);
    });
}

void BatchApiJob::createOpenAi(const QString &fileId, const QList<std::pair<QString, QString>> &items)
{
    const QUrl url = batchesUrl(*m_wire);
    send(postJson(*m_wire, url, createBody(fileId)),
         [this, url, items, fileId](const RetryingTransfer::Outcome &o, const QByteArray &body) {
             if (!o.ok()) {
                 finish(errorOf(o, url));
                 return;
             }
             recordSubmitted(body, url, items, fileId);
         });
}

void BatchApiJob::submitAnthropic(QByteArray body, const QList<std::pair<QString, QString>> &items)
{
    const QUrl url = batchesUrl(*m_wire);
    HttpRequestSpec spec = postJson(*m_wire, url, {});
    spec.body = std::move(body);
    send(spec, [this, url, items](const RetryingTransfer::Outcome &o, const QByteArray &reply) {
        if (!o.ok()) {
            finish(errorOf(o, url));
            return;
        }
        recordSubmitted(reply, url, items, {});
    });
}

void BatchApiJob::recordSubmitted(const QByteArray &body, const QUrl &url,
                                  const QList<std::pair<QString, QString>> &items, const QString &fileId)
{
    BatchApiBatch batch;
    batch.inputFileId = fileId;
    if (!readBatch(m_wire->kind(), body, batch)) {
        finish(ProviderSupport::makeError(ProviderError::Code::BadResponse, m_wire->errorContext(url, 1, false), 200,
                                          {}, BatchApiText::tr("The reply is not a batch object.")));
        return;
    }
    batch.items = items;
    m_state.batches.append(batch);
    m_submittedAny = true;
    if (!saveState())
        return;
    Q_EMIT submitted(batch);
    if (!m_done)
        submitNext();
}

// --- poll and collect ------------------------------------------------------------------------------------------

void BatchApiJob::pollRound()
{
    if (m_done)
        return;
    m_cursor = 0;
    pollNext();
}

void BatchApiJob::pollNext()
{
    while (m_cursor < m_state.batches.size() && m_state.batches[m_cursor].collected)
        ++m_cursor;
    if (m_cursor >= m_state.batches.size()) {
        const bool open = std::any_of(m_state.batches.cbegin(), m_state.batches.cend(),
                                      [](const BatchApiBatch &b) { return !b.collected; });
        if (!open) {
            finish(std::nullopt);
            return;
        }
        m_pollTimer.start(int(m_delay * 1000.0));
        m_delay = nextPollDelay(m_delay, m_pollInterval);
        return;
    }
    const qsizetype index = m_cursor;
    const QUrl url = batchUrl(*m_wire, m_state.batches[index].id);
    send(get(*m_wire, url), [this, index, url](const RetryingTransfer::Outcome &o, const QByteArray &body) {
        if (!o.ok()) {
            finish(errorOf(o, url));
            return;
        }
        BatchApiBatch &batch = m_state.batches[index];
        if (!readBatch(m_wire->kind(), body, batch)) {
            finish(ProviderSupport::makeError(ProviderError::Code::BadResponse, m_wire->errorContext(url, 1, false),
                                              o.status, {}, BatchApiText::tr("The reply is not a batch object.")));
            return;
        }
        if (!saveState())
            return;
        Q_EMIT statusChanged(batch);
        if (m_done)
            return;
        if (!batch.ended()) {
            ++m_cursor;
            pollNext();
            return;
        }
        QList<QUrl> files;
        if (m_wire->kind() == ProviderKind::Anthropic) {
            files.append(resultsUrl(*m_wire, batch));
        } else {
            if (!batch.outputFileId.isEmpty())
                files.append(fileContentUrl(*m_wire, batch.outputFileId));
            if (!batch.errorFileId.isEmpty())
                files.append(fileContentUrl(*m_wire, batch.errorFileId));
        }
        m_seen.clear();
        m_itemOf.clear();
        m_itemOf.reserve(batch.items.size());
        for (const auto &[custom, item] : std::as_const(batch.items))
            m_itemOf.insert(custom, item);
        collect(index, files);
    });
}

void BatchApiJob::collect(qsizetype index, QList<QUrl> files)
{
    if (files.isEmpty()) {
        finishCollect(index);
        return;
    }
    const QUrl url = files.takeFirst();
    send(
        get(*m_wire, url),
        [this, index, url, files](const RetryingTransfer::Outcome &o, const QByteArray &) {
            if (!o.ok()) {
                finish(errorOf(o, url));
                return;
            }
            collect(index, files);
        },
        [this, index](QByteArrayView line) { emitLine(index, line); });
}

void BatchApiJob::emitLine(qsizetype index, QByteArrayView line)
{
    if (m_done)
        return;
    const BatchApiBatch &batch = m_state.batches[index];
    // Item errors name the batch's URL: it identifies where the request ran (the results file is only a carrier).
    std::optional<BatchApiResult> result = readResultLine(*m_wire, line, batchUrl(*m_wire, batch.id));
    if (!result)
        return;
    result->batchId = batch.id;
    result->itemId = m_itemOf.value(result->customId);
    // A line for no request of ours (or unreadable) is skipped; its request is reported as missing at the end.
    if (result->itemId.isEmpty() || m_seen.contains(result->customId))
        return;
    m_seen.insert(result->customId);
    Q_EMIT resultReady(*result);
}

void BatchApiJob::finishCollect(qsizetype index)
{
    const BatchApiBatch batch = m_state.batches[index];
    for (const auto &pair : batch.items) {
        if (m_done)
            return;
        if (!m_seen.contains(pair.first))
            Q_EMIT resultReady(missingResult(*m_wire, batch, pair.first, pair.second));
    }
    if (m_done)
        return;
    m_seen.clear();
    m_itemOf.clear();
    m_state.batches[index].collected = true;
    if (!saveState())
        return;
    Q_EMIT batchCollected(m_state.batches[index]);
    if (m_done)
        return;
    ++m_cursor;
    pollNext();
}

// --- cancel / refresh
// ----------------------------------------------------------------------------------------------------

void BatchApiJob::visitNext(bool cancel)
{
    while (m_cursor < m_state.batches.size() &&
           (m_state.batches[m_cursor].collected || m_state.batches[m_cursor].ended()))
        ++m_cursor;
    if (m_cursor >= m_state.batches.size()) {
        finish(std::nullopt);
        return;
    }
    const qsizetype index = m_cursor;
    const QString id = m_state.batches[index].id;
    const QUrl url = cancel ? cancelUrl(*m_wire, id) : batchUrl(*m_wire, id);
    const HttpRequestSpec spec = cancel ? postJson(*m_wire, url, {}) : get(*m_wire, url);
    send(spec, [this, index, url, cancel](const RetryingTransfer::Outcome &o, const QByteArray &body) {
        if (!o.ok()) {
            finish(errorOf(o, url));
            return;
        }
        BatchApiBatch &batch = m_state.batches[index];
        readBatch(m_wire->kind(), body, batch); // an unreadable reply keeps the old status
        if (!saveState())
            return;
        Q_EMIT statusChanged(batch);
        if (m_done)
            return;
        ++m_cursor;
        visitNext(cancel);
    });
}

void BatchApiJob::finish(std::optional<ProviderError> error)
{
    if (m_done)
        return;
    m_done = true;
    m_pollTimer.stop();
    if (m_transfer)
        m_transfer->abort();
    Q_EMIT finished(error);
}
