// SPDX-License-Identifier: Apache-2.0
#include "NetworkModelListJob.h"

#include <QJsonDocument>

NetworkModelListJob::NetworkModelListJob(std::shared_ptr<const WireFormat> wire, QNetworkAccessManager *nam,
                                         QObject *parent)
    : ModelListJob(parent)
    , m_wire(std::move(wire))
{
    m_transfer = new RetryingTransfer(
        nam, m_wire->config(), [wire = m_wire] { return wire->modelsRequest(); }, this);
    connect(m_transfer, &RetryingTransfer::attemptStarted, this, [this] { m_body.clear(); });
    connect(m_transfer, &RetryingTransfer::bodyReceived, this, [this](const QByteArray &bytes) { m_body += bytes; });
    connect(m_transfer, &RetryingTransfer::finished, this, &NetworkModelListJob::onFinished);
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
            m_transfer->start();
        },
        Qt::QueuedConnection);
}

void NetworkModelListJob::cancel()
{
    if (m_done)
        return;
    finish({}, ProviderSupport::makeError(ProviderError::Code::Cancelled, errorContext()));
}

ProviderSupport::ErrorContext NetworkModelListJob::errorContext() const
{
    const bool started = m_transfer && m_transfer->attempts() > 0;
    return m_wire->errorContext(started ? m_transfer->url() : m_wire->modelsUrl(), started ? m_transfer->attempts() : 1,
                                true);
}

void NetworkModelListJob::onFinished()
{
    if (m_done || !m_transfer)
        return;
    using Kind = RetryingTransfer::Outcome::Kind;
    const RetryingTransfer::Outcome o = m_transfer->outcome();
    if (o.kind != Kind::Ok) {
        finish({}, ProviderSupport::makeError(o.code, errorContext(), o.status, o.server.message, o.detail));
        return;
    }
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(m_body, &parseError);
    if (!doc.isObject()) {
        finish({}, ProviderSupport::makeError(ProviderError::Code::BadResponse, errorContext(), o.status, {},
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
    if (m_transfer)
        m_transfer->abort();
    Q_EMIT finished(models, error);
}
