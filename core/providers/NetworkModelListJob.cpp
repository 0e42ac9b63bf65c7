// SPDX-License-Identifier: Apache-2.0
#include "NetworkModelListJob.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QLocale>
#include <QRandomGenerator>

NetworkModelListJob::NetworkModelListJob(std::shared_ptr<const WireFormat> wire, QNetworkAccessManager *nam,
                                         QObject *parent)
    : ModelListJob(parent)
    , m_wire(std::move(wire))
    , m_nam(nam)
    , m_policy(m_wire->config().retries, m_wire->config().retryBaseDelayMs, m_wire->config().retryMaxDelayMs)
{
    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, &NetworkModelListJob::startAttempt);
}

NetworkModelListJob::~NetworkModelListJob()
{
    if (m_transfer)
        m_transfer->abort();
}

void NetworkModelListJob::start()
{
    QMetaObject::invokeMethod(
        this,
        [this] {
            if (m_done)
                return;
            if (auto error = m_wire->preflight(true)) {
                finish({}, *error);
                return;
            }
            startAttempt();
        },
        Qt::QueuedConnection);
}

void NetworkModelListJob::cancel()
{
    if (m_done)
        return;
    finish({}, ProviderSupport::makeError(ProviderError::Code::Cancelled,
                                          m_wire->errorContext(m_wire->modelsUrl(), std::max(1, m_attempts), true)));
}

void NetworkModelListJob::startAttempt()
{
    if (m_done)
        return;
    ++m_attempts;
    m_body.clear();
    HttpTransfer::Limits limits;
    limits.stallTimeoutMs = m_wire->config().stallTimeoutMs;
    limits.totalTimeoutMs = m_wire->config().totalTimeoutMs;
    limits.maxReplyBytes = m_wire->config().maxReplyBytes;
    if (m_transfer)
        m_transfer->deleteLater();
    m_transfer = new HttpTransfer(m_nam, m_wire->modelsRequest(), limits, this);
    connect(m_transfer, &HttpTransfer::bodyReceived, this, [this](const QByteArray &bytes) { m_body += bytes; });
    connect(m_transfer, &HttpTransfer::finished, this, &NetworkModelListJob::onFinished);
    m_transfer->start();
}

void NetworkModelListJob::onFinished()
{
    if (m_done || !m_transfer)
        return;
    using C = ProviderError::Code;
    HttpTransfer *t = m_transfer;
    const int status = t->status();
    const auto ctx = m_wire->errorContext(t->spec().url, m_attempts, true);
    const auto retry = [this](std::optional<qint64> hint) {
        if (!m_policy.canRetry(m_attempts))
            return false;
        m_retryTimer.start(int(m_policy.delayMs(m_attempts, hint, QRandomGenerator::global()->generateDouble())));
        return true;
    };

    if (t->failure() != HttpTransfer::Failure::None) {
        const auto [code, detail] = t->failureCode(m_wire->config());
        if ((code == C::ConnectionRefused || code == C::ConnectionLost || code == C::Stalled) && retry(std::nullopt))
            return;
        finish({}, ProviderSupport::makeError(code, ctx, status, {}, detail));
        return;
    }
    if (status < 200 || status >= 300) {
        const auto server = ProviderSupport::parseServerMessage(m_body);
        const C code = ProviderSupport::classifyStatus(status, server);
        if (RetryPolicy::isRetryableStatus(status) && code != C::QuotaExceeded &&
            retry(RetryPolicy::serverHintMs(t->header("retry-after-ms"), t->header("retry-after"), m_body,
                                            QDateTime::currentDateTimeUtc())))
            return;
        finish({}, ProviderSupport::makeError(code, ctx, status, server.message));
        return;
    }
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(m_body, &parseError);
    if (!doc.isObject()) {
        finish({}, ProviderSupport::makeError(C::BadResponse, ctx, status, {},
                                              ProviderError::tr("The model list is not a JSON object.")));
        return;
    }
    QStringList models = m_wire->parseModels(doc);
    models.sort(Qt::CaseInsensitive);
    models.removeDuplicates();
    finish(models, std::nullopt);
}

void NetworkModelListJob::finish(const QStringList &models, std::optional<ProviderError> error)
{
    if (m_done)
        return;
    m_done = true;
    m_retryTimer.stop();
    if (m_transfer)
        m_transfer->abort();
    Q_EMIT finished(models, error);
}
