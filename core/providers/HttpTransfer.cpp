// SPDX-License-Identifier: Apache-2.0
#include "HttpTransfer.h"

#include "ProviderSupport.h"

#include <QLocale>
#include <QNetworkAccessManager>
#include <QNetworkRequest>

namespace {
constexpr int maxRedirects = 5;
// Qt's own transfer timeout is only a backstop behind the stall timer, which reports the precise reason.
constexpr int transferTimeoutSlackMs = 5000;

bool isRedirect(int status)
{
    return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
}

bool isAuthHeader(const QByteArray &name)
{
    const QByteArray n = name.toLower();
    return n == "authorization" || n == "x-api-key" || n == "x-goog-api-key";
}
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
    m_stallTimer.start(m_limits.stallTimeoutMs);
    if (m_limits.totalTimeoutMs > 0)
        m_totalTimer.start(m_limits.totalTimeoutMs);
    send();
}

void HttpTransfer::send()
{
    QNetworkRequest request(m_spec.url);
    for (const auto &[name, value] : m_spec.headers)
        request.setRawHeader(name, value);
    // Redirects are followed here, not by Qt: Qt 6.4 sometimes re-sends the original POST when it follows a 307
    // itself, and forwards the API key to whatever host the Location names.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setTransferTimeout(m_limits.stallTimeoutMs + transferTimeoutSlackMs);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    request.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
    // A stream must reach the parser as it is produced; compression buys nothing for it, so ask for none.
    // Other replies (model lists) keep Qt's automatic gzip handling.
    if (request.rawHeader("Accept").contains("text/event-stream"))
        request.setRawHeader("Accept-Encoding", "identity");
    if (!request.hasRawHeader("User-Agent"))
        request.setRawHeader("User-Agent", "VSLab/" VSLAB_VERSION);

    if (m_spec.method == "GET")
        m_reply = m_nam->get(request);
    else if (m_spec.method == "POST")
        m_reply = m_nam->post(request, m_spec.body);
    else
        m_reply = m_nam->sendCustomRequest(request, m_spec.method, m_spec.body);

    connect(m_reply, &QNetworkReply::metaDataChanged, this, &HttpTransfer::onMetaData);
    connect(m_reply, &QNetworkReply::readyRead, this, &HttpTransfer::onReadyRead);
    connect(m_reply, &QNetworkReply::finished, this, &HttpTransfer::onFinished);
    connect(m_reply, &QNetworkReply::uploadProgress, this, [this] { m_stallTimer.start(); });
}

void HttpTransfer::abort()
{
    m_done = true;
    m_stallTimer.stop();
    m_totalTimer.stop();
    releaseReply(true);
}

void HttpTransfer::releaseReply(bool abortIt)
{
    if (QNetworkReply *reply = m_reply) {
        m_reply = nullptr;
        reply->disconnect(this);
        if (abortIt)
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
    if (isRedirect(status.toInt()) && m_reply->hasRawHeader("Location")) {
        m_redirectPending = true; // its body is ignored; onFinished follows it
        return false;
    }
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
    readStatus();
}

void HttpTransfer::onReadyRead()
{
    if (m_done || !m_reply)
        return;
    m_stallTimer.start();
    if (!readStatus()) {
        if (m_redirectPending && m_reply)
            m_reply->readAll();
        return;
    }
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
    if (m_redirectPending) {
        followRedirect();
        return;
    }
    readStatus();
    if (!guard || m_done || !m_reply)
        return;
    const QNetworkReply::NetworkError error = m_reply->error();
    // An HTTP error status also sets error() (201-299 for 4xx, 302 for 400, 401-499 for 5xx); it is reported
    // through status(), not as a network failure.
    const bool httpStatusError = m_status >= 400 && error > QNetworkReply::UnknownProxyError;
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
    releaseReply(false);
    Q_EMIT finished();
}

void HttpTransfer::followRedirect()
{
    const int status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QUrl location = QUrl::fromEncoded(m_reply->rawHeader("Location"));
    releaseReply(false);
    m_redirectPending = false;
    // Resolving a Location header against the request URL is what RFC 9110 asks for (unlike base-URL joining).
    const QUrl target = m_spec.url.resolved(location);
    const QString scheme = target.scheme().toLower();
    if (++m_redirects > maxRedirects) {
        failNetwork(QNetworkReply::TooManyRedirectsError,
                    ProviderError::tr("more than %1 redirects").arg(maxRedirects));
        return;
    }
    if (!target.isValid() || (scheme != QLatin1String("http") && scheme != QLatin1String("https")) ||
        (m_spec.url.scheme() == QLatin1String("https") && scheme != QLatin1String("https"))) {
        failNetwork(QNetworkReply::InsecureRedirectError,
                    ProviderError::tr("refused an insecure redirect to %1")
                        .arg(target.toDisplayString(QUrl::RemoveUserInfo | QUrl::RemoveQuery)));
        return;
    }
    if (target.host() != m_spec.url.host() || target.port() != m_spec.url.port()) {
        // The key belongs to the host it was configured for.
        m_spec.headers.removeIf([](const auto &h) { return isAuthHeader(h.first); });
    }
    if (status == 303) {
        m_spec.method = "GET";
        m_spec.body.clear();
    }
    m_spec.url = target;
    send();
}

void HttpTransfer::failNetwork(QNetworkReply::NetworkError error, const QString &text)
{
    m_networkError = error;
    m_networkErrorString = text;
    fail(Failure::Network);
}

void HttpTransfer::fail(Failure failure)
{
    if (m_done)
        return;
    m_failure = failure;
    m_done = true;
    m_stallTimer.stop();
    m_totalTimer.stop();
    releaseReply(true);
    Q_EMIT finished();
}

std::pair<ProviderError::Code, QString> HttpTransfer::failureCode(const ProviderConfig &config) const
{
    using C = ProviderError::Code;
    const QLocale c = QLocale::c();
    switch (m_failure) {
    case Failure::Stalled:
        return {C::Stalled, c.toString(config.stallTimeoutMs / 1000.0, 'g', 3)};
    case Failure::Timeout:
        return {C::Timeout, c.toString(config.totalTimeoutMs / 1000.0, 'g', 3)};
    case Failure::TooLarge:
        return {C::TooLarge, c.formattedDataSize(config.maxReplyBytes, 1, QLocale::DataSizeTraditionalFormat)};
    case Failure::Network: {
        C code = ProviderSupport::classifyNetworkError(m_networkError);
        if (code == C::Cancelled) // not the caller's cancel(): something below us gave up
            code = C::ConnectionLost;
        return {code, code == C::Other || code == C::BadResponse ? m_networkErrorString : QString()};
    }
    case Failure::None:
        break;
    }
    return {C::Other, {}};
}
