// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "ModelListJob.h"
#include "RetryingTransfer.h"
#include "WireFormat.h"

#include <QPointer>

#include <memory>

class QNetworkAccessManager;

/// Lists a network provider's models (GET of its list endpoint) through the same RetryingTransfer as a chat call:
/// same guards, retries and total timeout.
class NetworkModelListJob final : public ModelListJob
{
    Q_OBJECT
public:
    NetworkModelListJob(std::shared_ptr<const WireFormat> wire, QNetworkAccessManager *nam, QObject *parent = nullptr);
    ~NetworkModelListJob() override;
    Q_DISABLE_COPY_MOVE(NetworkModelListJob)

    /// Begins on the next event-loop turn, so callers can connect first.
    void start();
    void cancel() override;

private:
    void onFinished();
    ProviderSupport::ErrorContext errorContext() const;
    void finish(const QStringList &models, std::optional<ProviderError> error);

    std::shared_ptr<const WireFormat> m_wire;
    QPointer<RetryingTransfer> m_transfer;
    QByteArray m_body;
    bool m_done = false;
};
