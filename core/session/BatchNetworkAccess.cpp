// SPDX-License-Identifier: Apache-2.0
#include "BatchNetworkAccess.h"

#include <QNetworkReply>
#include <QPointer>

BatchNetworkAccess::BatchNetworkAccess(Observer observer, QObject *parent)
    : QNetworkAccessManager(parent)
    , m_observer(std::move(observer))
{}

QNetworkReply *BatchNetworkAccess::createRequest(Operation op, const QNetworkRequest &request, QIODevice *outgoingData)
{
    QNetworkReply *reply = QNetworkAccessManager::createRequest(op, request, outgoingData);
    if (!m_observer)
        return reply;
    QPointer<QNetworkReply> guard(reply);
    connect(reply, &QNetworkReply::metaDataChanged, this, [this, guard] {
        if (!guard)
            return;
        const int status = guard->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (status <= 0)
            return;
        QHash<QByteArray, QByteArray> headers;
        for (const QNetworkReply::RawHeaderPair &h : guard->rawHeaderPairs())
            headers.insert(h.first.toLower(), h.second);
        m_observer(status, headers);
    });
    return reply;
}
