// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "HttpTransfer.h"
#include "ModelListJob.h"
#include "RetryPolicy.h"
#include "WireFormat.h"

#include <QPointer>
#include <QTimer>

#include <memory>

class QNetworkAccessManager;

/// Lists a network provider's models (GET of its list endpoint), with the same guards and retries as a chat call.
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
    void startAttempt();
    void onFinished();
    void finish(const QStringList &models, std::optional<ProviderError> error);

    std::shared_ptr<const WireFormat> m_wire;
    QNetworkAccessManager *m_nam;
    RetryPolicy m_policy;
    QPointer<HttpTransfer> m_transfer;
    QByteArray m_body;
    QTimer m_retryTimer;
    int m_attempts = 0;
    bool m_done = false;
};
