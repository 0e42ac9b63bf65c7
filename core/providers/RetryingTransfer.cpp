// SPDX-License-Identifier: Apache-2.0
#include "RetryingTransfer.h"

#include <QDateTime>
#include <QRandomGenerator>

#include <algorithm>
#include <tuple>

namespace {
constexpr qsizetype maxErrorBodyBytes = 64 * 1024;
} // namespace

RetryingTransfer::RetryingTransfer(QNetworkAccessManager *nam, const ProviderConfig &config, RequestFactory request,
                                   QObject *parent)
    : QObject(parent)
    , m_nam(nam)
    , m_config(config)
    , m_request(std::move(request))
    , m_policy(config.retries, config.retryBaseDelayMs, config.retryMaxDelayMs)
{
    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, &RetryingTransfer::startAttempt);
}

RetryingTransfer::~RetryingTransfer()
{
    abort();
}

void RetryingTransfer::start()
{
    if (m_running || m_attempts > 0)
        return;
    m_clock.start();
    startAttempt();
}

void RetryingTransfer::retryNow()
{
    if (m_running || m_attempts == 0)
        return;
    startAttempt();
}

void RetryingTransfer::abort()
{
    m_running = false;
    m_retryTimer.stop();
    if (m_transfer)
        m_transfer->abort();
}

QUrl RetryingTransfer::url() const
{
    return m_transfer ? m_transfer->spec().url : m_lastUrl;
}

int RetryingTransfer::status() const
{
    return m_transfer ? m_transfer->status() : m_outcome.status;
}

qint64 RetryingTransfer::bodyBytes() const
{
    return m_transfer ? m_transfer->bodyBytes() : 0;
}

bool RetryingTransfer::isSuccess() const
{
    return m_transfer && m_transfer->status() >= 200 && m_transfer->status() < 300;
}

void RetryingTransfer::startAttempt()
{
    m_running = true;
    ++m_attempts;
    m_errorBody.clear();
    m_outcome = {};
    HttpTransfer::Limits limits;
    limits.stallTimeoutMs = m_config.stallTimeoutMs;
    limits.maxReplyBytes = m_config.maxReplyBytes;
    // What is left of the total, so a retry never gets a fresh budget.
    if (m_config.totalTimeoutMs > 0)
        limits.totalTimeoutMs = int(std::max<qint64>(1, m_config.totalTimeoutMs - m_clock.elapsed()));
    if (m_transfer)
        m_transfer->deleteLater();
    const HttpRequestSpec spec = m_request();
    m_lastUrl = spec.url;
    m_transfer = new HttpTransfer(m_nam, spec, limits, this);
    connect(m_transfer, &HttpTransfer::responseStarted, this, &RetryingTransfer::onResponseStarted);
    connect(m_transfer, &HttpTransfer::bodyReceived, this, &RetryingTransfer::onBody);
    connect(m_transfer, &HttpTransfer::finished, this, &RetryingTransfer::onTransferFinished);
    QPointer<RetryingTransfer> guard(this);
    Q_EMIT attemptStarted(m_attempts);
    // A receiver may abort or delete us from its slot.
    if (guard && m_running && m_transfer)
        m_transfer->start();
}

void RetryingTransfer::onResponseStarted(int status)
{
    if (m_running && isSuccess())
        Q_EMIT replyStarted(status);
}

void RetryingTransfer::onBody(const QByteArray &bytes)
{
    if (!m_running)
        return;
    if (isSuccess()) {
        Q_EMIT bodyReceived(bytes);
        return;
    }
    if (m_errorBody.size() < maxErrorBodyBytes)
        m_errorBody.append(bytes.left(maxErrorBodyBytes - m_errorBody.size()));
}

void RetryingTransfer::onTransferFinished()
{
    if (!m_running || !m_transfer)
        return;
    using C = ProviderError::Code;
    const HttpTransfer *t = m_transfer;
    Outcome o;
    o.status = t->status();

    if (t->failure() != HttpTransfer::Failure::None) {
        std::tie(o.code, o.detail) = t->failureCode(m_config);
        // Once body bytes arrived, a retry would repeat text the owner already has.
        const bool retryable =
            (o.code == C::ConnectionRefused || o.code == C::ConnectionLost || o.code == C::Stalled) &&
            t->bodyBytes() == 0 && (o.status == 0 || isSuccess());
        if (retryable && retryLater(std::nullopt))
            return;
        finish(std::move(o));
        return;
    }

    if (!isSuccess()) {
        o.kind = Outcome::Kind::HttpError;
        o.errorBody = m_errorBody;
        o.server = ProviderSupport::parseServerMessage(m_errorBody);
        o.code = ProviderSupport::classifyStatus(o.status, o.server);
        if (RetryPolicy::isRetryableStatus(o.status) && o.code != C::QuotaExceeded &&
            retryLater(RetryPolicy::serverHintMs(t->header("retry-after-ms"), t->header("retry-after"), m_errorBody,
                                                 QDateTime::currentDateTimeUtc())))
            return;
        finish(std::move(o));
        return;
    }

    if (t->bodyBytes() == 0) {
        // Headers and then nothing: a connection dropped before the body, as retryable as a refused one.
        if (retryLater(std::nullopt))
            return;
        o.code = C::ConnectionLost;
        finish(std::move(o));
        return;
    }
    o.kind = Outcome::Kind::Ok;
    finish(std::move(o));
}

bool RetryingTransfer::retryLater(std::optional<qint64> serverHintMs)
{
    if (!m_policy.canRetry(m_attempts))
        return false;
    const qint64 delay = m_policy.delayMs(m_attempts, serverHintMs, QRandomGenerator::global()->generateDouble());
    // A wait that ends after the total timeout only delays the error.
    if (m_config.totalTimeoutMs > 0 && m_clock.elapsed() + delay >= m_config.totalTimeoutMs)
        return false;
    m_lastUrl = url();
    if (m_transfer) {
        m_transfer->deleteLater();
        m_transfer = nullptr;
    }
    m_retryTimer.start(int(delay));
    return true;
}

void RetryingTransfer::finish(Outcome outcome)
{
    m_running = false;
    m_outcome = std::move(outcome);
    // Last statement: a receiver may delete us from its slot.
    Q_EMIT finished();
}
