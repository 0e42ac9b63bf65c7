// SPDX-License-Identifier: Apache-2.0
#include "RetryPolicy.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

#include <algorithm>
#include <cmath>

RetryPolicy::RetryPolicy(int maxRetries, qint64 baseDelayMs, qint64 maxDelayMs)
    : m_maxRetries(std::max(0, maxRetries))
    , m_baseDelayMs(std::max<qint64>(0, baseDelayMs))
    , m_maxDelayMs(std::max<qint64>(0, maxDelayMs))
{}

bool RetryPolicy::isRetryableStatus(int status)
{
    return status == 408 || status == 409 || status == 429 || (status >= 500 && status <= 599);
}

qint64 RetryPolicy::delayMs(int retry, std::optional<qint64> serverHintMs, double random01) const
{
    if (serverHintMs)
        return std::clamp<qint64>(*serverHintMs, 0, m_maxDelayMs);
    const int exponent = std::clamp(retry - 1, 0, 30);
    const double full =
        std::min(static_cast<double>(m_baseDelayMs) * std::pow(2.0, exponent), static_cast<double>(m_maxDelayMs));
    const double r = std::clamp(random01, 0.0, 1.0);
    return static_cast<qint64>(std::llround(full * (0.5 + 0.5 * r)));
}

std::optional<qint64> RetryPolicy::serverHintMs(QByteArrayView retryAfterMs, QByteArrayView retryAfter,
                                                QByteArrayView body, const QDateTime &now)
{
    if (!retryAfterMs.trimmed().isEmpty()) {
        bool ok = false;
        const double ms = QLocale::c().toDouble(QString::fromLatin1(retryAfterMs.trimmed()), &ok);
        if (ok && ms >= 0 && std::isfinite(ms))
            return static_cast<qint64>(std::llround(ms));
    }
    if (auto fromHeader = parseRetryAfter(retryAfter, now))
        return fromHeader;
    return googleRetryDelayMs(body);
}

std::optional<qint64> RetryPolicy::parseRetryAfter(QByteArrayView value, const QDateTime &now)
{
    const QString text = QString::fromLatin1(value.trimmed());
    if (text.isEmpty())
        return std::nullopt;
    bool ok = false;
    const double seconds = QLocale::c().toDouble(text, &ok);
    if (ok) {
        if (seconds < 0 || !std::isfinite(seconds))
            return std::nullopt;
        return static_cast<qint64>(std::llround(seconds * 1000.0));
    }
    // IMF-fixdate, "Wed, 21 Oct 2015 07:28:00 GMT"; Qt's RFC 2822 parser wants a numeric zone.
    QString rfc = text;
    if (rfc.endsWith(QLatin1String(" GMT")) || rfc.endsWith(QLatin1String(" UTC")))
        rfc = rfc.left(rfc.size() - 4) + QLatin1String(" +0000");
    const QDateTime when = QDateTime::fromString(rfc, Qt::RFC2822Date);
    if (!when.isValid())
        return std::nullopt;
    return std::max<qint64>(0, now.msecsTo(when));
}

std::optional<qint64> RetryPolicy::parseDuration(QStringView value)
{
    value = value.trimmed();
    if (!value.endsWith(QLatin1Char('s')))
        return std::nullopt;
    QStringView number = value.chopped(1);
    qint64 scale = 1000;
    if (number.endsWith(QLatin1Char('m'))) { // tolerate "500ms"
        number.chop(1);
        scale = 1;
    }
    bool ok = false;
    const double v = QLocale::c().toDouble(number, &ok);
    if (!ok || v < 0 || !std::isfinite(v))
        return std::nullopt;
    return static_cast<qint64>(std::llround(v * static_cast<double>(scale)));
}

std::optional<qint64> RetryPolicy::googleRetryDelayMs(QByteArrayView body)
{
    if (body.isEmpty())
        return std::nullopt;
    const QJsonDocument doc = QJsonDocument::fromJson(body.toByteArray());
    QJsonObject root = doc.object();
    if (doc.isArray() && !doc.array().isEmpty())
        root = doc.array().first().toObject();
    const QJsonArray details = root.value(QLatin1String("error")).toObject().value(QLatin1String("details")).toArray();
    for (const QJsonValue &d : details) {
        const QJsonObject o = d.toObject();
        if (!o.value(QLatin1String("@type")).toString().endsWith(QLatin1String("RetryInfo")))
            continue;
        if (auto ms = parseDuration(o.value(QLatin1String("retryDelay")).toString()))
            return ms;
    }
    return std::nullopt;
}
