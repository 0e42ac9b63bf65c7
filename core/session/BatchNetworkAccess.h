// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QHash>
#include <QNetworkAccessManager>

#include <functional>

/**
 * A QNetworkAccessManager that shows the status and headers of every reply it creates the moment they arrive (the
 * rate-limit headers and Retry-After of a batch's calls), without the provider layer having to pass them up.
 * A batch keeps several of these: Qt opens at most 6 HTTP/1.1 connections per host and manager.
 */
class BatchNetworkAccess final : public QNetworkAccessManager
{
    Q_OBJECT
public:
    /// Header names lower-case.
    using Observer = std::function<void(int status, const QHash<QByteArray, QByteArray> &headers)>;

    explicit BatchNetworkAccess(Observer observer, QObject *parent = nullptr);
    Q_DISABLE_COPY_MOVE(BatchNetworkAccess)

protected:
    QNetworkReply *createRequest(Operation op, const QNetworkRequest &request, QIODevice *outgoingData) override;

private:
    Observer m_observer;
};
