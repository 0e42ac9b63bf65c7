// SPDX-License-Identifier: Apache-2.0
#include "HttpTransfer.h"

#include <QNetworkAccessManager>
#include <QNetworkRequest>

namespace {
constexpr int maxRedirects = 5;
// Qt's own transfer timeout is only a backstop behind the stall timer, which reports the precise reason.
constexpr int transferTimeoutSlackMs = 5000;
} // namespace

HttpTransfer::HttpTransfer(QNetworkAccessManager *nam, HttpRequestSpec spec, Limits limits, QObject *parent)
    : QObject(parent)
    , m_nam(nam)
    , m_spec(std::move(spec))
    , m_limits(limits)
{
    if (m_limits.stallTimeoutMs <= 0)
        m_limits.stallTimeoutMs = 60000;
    m_stallTimer.setSingleShot(true);
    m_totalTimer.setSingleShot(true);
    connect(&m_stallTimer, &QTimer::timeout, this, [this] { fail(Failure::Stalled); });
    connect(&m_totalTimer, &QTimer::timeout, this, [this] { fail(Failure::Timeout); });
}

HttpTransfer::~HttpTransfer()
{
    abort();
}

void HttpTransfer::start()
{
    if (m_started)
        return;
    m_started = true;
    QNetworkRequest request(m_spec.url);
    for (const auto &[name, value] : m_spec.headers)
        request.setRawHeader(name, value);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
    request.setMaximumRedirectsAllowed(maxRedirects);
    request.setTransferTimeout(m_limits.stallTimeoutMs + transferTimeoutSlackMs);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    request.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
    // Compressed SSE would be buffered by the decompressor and arrive in bursts; ask for identity.
    request.setRawHeader("Accept-Encoding", "identity");
    if (!request.hasRawHeader("User-Agent"))
        request.setRawHeader("User-Agent", "VSLab/" VSLAB_VERSION);

    if (m_spec.method == "GET")
        m_reply = m_nam->get(request);
    else
        m_reply = m_nam->sendCustomRequest(request, m_spec.method, m_spec.body);

    connect(m_reply, &QNetworkReply::metaDataChanged, this, &HttpTransfer::onMetaData);
    connect(m_reply, &QNetworkReply::readyRead, this, &HttpTransfer::onReadyRead);
    connect(m_reply, &QNetworkReply::finished, this, &HttpTransfer::onFinished);
    connect(m_reply, &QNetworkReply::uploadProgress, this, [this] { m_stallTimer.start(); });
    m_stallTimer.start(m_limits.stallTimeoutMs);
    if (m_limits.totalTimeoutMs > 0)
        m_totalTimer.start(m_limits.totalTimeoutMs);
}

void HttpTransfer::abort()
{
    m_done = true;
    m_stallTimer.stop();
    m_totalTimer.stop();
    if (QNetworkReply *reply = m_reply) {
        m_reply = nullptr;
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
}

QByteArray HttpTransfer::header(const QByteArray &name) const
{
    return m_headers.value(name.toLower());
}

bool HttpTransfer::readStatus()
{
    if (m_status != 0 || !m_reply)
        return m_status != 0;
    const QVariant status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    if (!status.isValid())
        return false;
    m_status = status.toInt();
    for (const auto &[name, value] : m_reply->rawHeaderPairs())
        m_headers.insert(name.toLower(), value);
    bool ok = false;
    const qint64 length = m_reply->header(QNetworkRequest::ContentLengthHeader).toLongLong(&ok);
    if (ok && length > m_limits.maxReplyBytes) {
        fail(Failure::TooLarge);
        return false;
    }
    QPointer<HttpTransfer> guard(this);
    Q_EMIT responseStarted(m_status);
    return guard && !m_done;
}

void HttpTransfer::onMetaData()
{
    m_stallTimer.start();
    // Redirect responses also report metadata; the final status is read once body bytes or the end arrive.
    const int status = m_reply ? m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() : 0;
    if (status >= 300 && status < 400)
        return;
    readStatus();
}

void HttpTransfer::onReadyRead()
{
    if (m_done || !m_reply)
        return;
    m_stallTimer.start();
    if (!readStatus())
        return;
    const QByteArray bytes = m_reply->readAll();
    if (bytes.isEmpty())
        return;
    m_bodyBytes += bytes.size();
    if (m_bodyBytes > m_limits.maxReplyBytes) {
        fail(Failure::TooLarge);
        return;
    }
    Q_EMIT bodyReceived(bytes);
}

void HttpTransfer::onFinished()
{
    if (m_done || !m_reply)
        return;
    QPointer<HttpTransfer> guard(this);
    onReadyRead();
    if (!guard || m_done || !m_reply)
        return;
    readStatus();
    if (!guard || m_done || !m_reply)
        return;
    const QNetworkReply::NetworkError error = m_reply->error();
    const bool httpStatusError =
        m_status != 0 &&
        ((error >= QNetworkReply::ContentAccessDenied && error <= QNetworkReply::UnknownContentError) ||
         (error >= QNetworkReply::InternalServerError && error <= QNetworkReply::UnknownServerError));
    // HTTP error statuses also set error(); they are reported through status(), not as network failures.
    if (error != QNetworkReply::NoError && !httpStatusError) {
        m_networkError = error;
        m_networkErrorString = m_reply->errorString();
        // Nothing here aborts a connected reply, so a cancel is Qt's transfer timeout (the stall backstop).
        m_failure = (error == QNetworkReply::OperationCanceledError || error == QNetworkReply::TimeoutError)
                        ? Failure::Stalled
                        : Failure::Network;
    }
    m_stallTimer.stop();
    m_totalTimer.stop();
    m_done = true;
    QNetworkReply *reply = m_reply;
    m_reply = nullptr;
    reply->disconnect(this);
    reply->deleteLater();
    Q_EMIT finished();
}

void HttpTransfer::fail(Failure failure)
{
    if (m_done)
        return;
    m_failure = failure;
    m_done = true;
    m_stallTimer.stop();
    m_totalTimer.stop();
    if (QNetworkReply *reply = m_reply) {
        m_reply = nullptr;
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
    Q_EMIT finished();
}
