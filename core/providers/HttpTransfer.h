// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "WireFormat.h"

#include <QHash>
#include <QNetworkReply>
#include <QObject>
#include <QPointer>
#include <QTimer>

class QNetworkAccessManager;

/**
 * One HTTP attempt with the guards every provider request needs: a transfer timeout, a redirect policy (up to 5,
 * never from https to http, the API key dropped when the host changes, the method kept except after 303), a stall
 * timer (no byte for `stallTimeoutMs`), an optional total timeout and a reply-size cap. Emits the body as it
 * arrives and finished() exactly once (unless abort()ed, after which it is silent). The QNetworkReply is released
 * with deleteLater, so the transfer may be deleted from inside one of its own signals.
 */
class HttpTransfer final : public QObject
{
    Q_OBJECT
public:
    /// Why an attempt failed without (or despite) an HTTP status.
    enum class Failure {
        None,
        Stalled,
        Timeout,
        TooLarge,
        Network ///< see networkError()
    };
    Q_ENUM(Failure)

    struct Limits
    {
        int stallTimeoutMs = 60000;
        int totalTimeoutMs = 0;
        qint64 maxReplyBytes = 16 * 1024 * 1024;
    };

    HttpTransfer(QNetworkAccessManager *nam, HttpRequestSpec spec, Limits limits, QObject *parent = nullptr);
    ~HttpTransfer() override;
    Q_DISABLE_COPY_MOVE(HttpTransfer)

    void start();
    /// Stops at once; no signal follows.
    void abort();

    const HttpRequestSpec &spec() const { return m_spec; }
    /// HTTP status once headers arrived, else 0.
    int status() const { return m_status; }
    QByteArray header(const QByteArray &name) const;
    qint64 bodyBytes() const { return m_bodyBytes; }
    Failure failure() const { return m_failure; }
    QNetworkReply::NetworkError networkError() const { return m_networkError; }
    QString networkErrorString() const { return m_networkErrorString; }
    /// The error code for failure() (never None) and a detail for the message: the limit that was hit, or Qt's
    /// text for an unclassified network error.
    std::pair<ProviderError::Code, QString> failureCode(const ProviderConfig &config) const;

Q_SIGNALS:
    /// The status line and headers arrived (status() is set).
    void responseStarted(int status);
    void bodyReceived(const QByteArray &bytes);
    void finished();

private:
    void onMetaData();
    void onReadyRead();
    void onFinished();
    void send();
    void followRedirect();
    void releaseReply(bool abortIt);
    void fail(Failure failure);
    void failNetwork(QNetworkReply::NetworkError error, const QString &text);
    bool readStatus();

    QNetworkAccessManager *m_nam;
    HttpRequestSpec m_spec;
    Limits m_limits;
    QPointer<QNetworkReply> m_reply;
    QHash<QByteArray, QByteArray> m_headers; ///< lower-case names
    QTimer m_stallTimer;
    QTimer m_totalTimer;
    int m_status = 0;
    qint64 m_bodyBytes = 0;
    Failure m_failure = Failure::None;
    QNetworkReply::NetworkError m_networkError = QNetworkReply::NoError;
    QString m_networkErrorString;
    int m_redirects = 0;
    bool m_redirectPending = false;
    bool m_started = false;
    bool m_done = false;
};
