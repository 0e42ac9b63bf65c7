// SPDX-License-Identifier: Apache-2.0
#include "ProviderSupport.h"

#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace ProviderSupport {

namespace {
QString stripTrailingSlashes(QString path)
{
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    return path;
}

QString lastSegment(const QUrl &url)
{
    const QString path = url.path();
    return path.mid(path.lastIndexOf(QLatin1Char('/')) + 1);
}

QUrl withPath(QUrl url, const QString &path)
{
    url.setPath(path);
    return url;
}

QString jsonText(const QJsonValue &v)
{
    if (v.isString())
        return v.toString();
    if (v.isDouble())
        return QString::number(v.toDouble());
    return {};
}
} // namespace

QUrl cleanBaseUrl(const QString &typed)
{
    const QString text = typed.trimmed();
    if (text.isEmpty())
        return {};
    QUrl url(text, QUrl::StrictMode);
    if (!url.isValid() || url.scheme().isEmpty() || url.host().isEmpty())
        return {};
    url.setQuery(QString());
    url.setFragment(QString());
    url.setPath(stripTrailingSlashes(url.path()));
    return url;
}

QUrl appendPath(const QUrl &base, const QString &path)
{
    return withPath(base, stripTrailingSlashes(base.path()) + path);
}

bool endsWithApiVersion(const QUrl &url)
{
    static const QRegularExpression version(QStringLiteral("^v\\d+((alpha|beta)\\d*)?$"));
    return version.match(lastSegment(url)).hasMatch();
}

QUrl normalizeOpenAiBase(const QString &typed)
{
    QUrl url = cleanBaseUrl(typed);
    if (!url.isValid())
        return url;
    // People paste the whole endpoint from API docs.
    for (const QLatin1String endpoint :
         {QLatin1String("/chat/completions"), QLatin1String("/completions"), QLatin1String("/models")}) {
        if (url.path().endsWith(endpoint)) {
            url.setPath(url.path().chopped(endpoint.size()));
            break;
        }
    }
    if (!endsWithApiVersion(url))
        url = appendPath(url, QStringLiteral("/v1"));
    return url;
}

QUrl normalizeAnthropicBase(const QString &typed)
{
    QUrl url = cleanBaseUrl(typed);
    if (!url.isValid())
        return url;
    for (const QLatin1String endpoint : {QLatin1String("/messages"), QLatin1String("/models")}) {
        if (url.path().endsWith(endpoint)) {
            url.setPath(url.path().chopped(endpoint.size()));
            break;
        }
    }
    if (url.path().endsWith(QLatin1String("/v1")))
        url.setPath(url.path().chopped(3));
    return url;
}

QUrl normalizeGeminiBase(const QString &typed)
{
    QUrl url = cleanBaseUrl(typed);
    if (!url.isValid())
        return url;
    const qsizetype models = url.path().indexOf(QLatin1String("/models"));
    if (models >= 0)
        url.setPath(url.path().left(models));
    if (!endsWithApiVersion(url))
        url = appendPath(url, QStringLiteral("/v1beta"));
    return url;
}

bool isLocalHost(const QUrl &url)
{
    const QString host = url.host().toLower();
    if (host == QLatin1String("localhost") || host.endsWith(QLatin1String(".localhost")))
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

bool isReasoningModel(const QString &model)
{
    static const QRegularExpression family(QStringLiteral("^(o1|o3|o4|gpt-5)([-.:]|$)"),
                                           QRegularExpression::CaseInsensitiveOption);
    const QString bare = model.mid(model.lastIndexOf(QLatin1Char('/')) + 1);
    return family.match(bare).hasMatch();
}

QString normalizeOpenAiFinish(const QString &raw)
{
    const QString r = raw.toLower();
    if (r == QLatin1String("function_call"))
        return QStringLiteral("tool_calls");
    if (r == QLatin1String("max_tokens"))
        return QStringLiteral("length");
    return r;
}

QString normalizeAnthropicFinish(const QString &raw)
{
    const QString r = raw.toLower();
    if (r == QLatin1String("end_turn") || r == QLatin1String("stop_sequence"))
        return QStringLiteral("stop");
    if (r == QLatin1String("max_tokens") || r == QLatin1String("model_context_window_exceeded"))
        return QStringLiteral("length");
    if (r == QLatin1String("tool_use"))
        return QStringLiteral("tool_calls");
    return r;
}

bool isGeminiSafetyFinish(const QString &raw)
{
    static const QStringList safety{QStringLiteral("SAFETY"),    QStringLiteral("RECITATION"),
                                    QStringLiteral("BLOCKLIST"), QStringLiteral("PROHIBITED_CONTENT"),
                                    QStringLiteral("SPII"),      QStringLiteral("IMAGE_SAFETY"),
                                    QStringLiteral("LANGUAGE")};
    return safety.contains(raw.toUpper());
}

QString normalizeGeminiFinish(const QString &raw)
{
    const QString r = raw.toUpper();
    if (r == QLatin1String("STOP"))
        return QStringLiteral("stop");
    if (r == QLatin1String("MAX_TOKENS"))
        return QStringLiteral("length");
    if (isGeminiSafetyFinish(r))
        return QStringLiteral("content_filter");
    return raw.toLower();
}

ServerMessage parseServerMessage(QByteArrayView body)
{
    ServerMessage m;
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(body.toByteArray(), &parseError);
    QJsonObject root = doc.object();
    if (doc.isArray() && !doc.array().isEmpty())
        root = doc.array().first().toObject();
    if (root.isEmpty()) {
        // Proxies answer with HTML or plain text; a short plain-text body is still worth showing.
        const QString text = QString::fromUtf8(body).trimmed();
        if (!text.startsWith(QLatin1Char('<')) && !text.isEmpty())
            m.message = text;
        return m;
    }
    const QJsonValue error = root.value(QLatin1String("error"));
    if (error.isString()) {
        m.message = error.toString();
    } else if (error.isObject()) {
        const QJsonObject e = error.toObject();
        m.message = jsonText(e.value(QLatin1String("message")));
        m.type = jsonText(e.value(QLatin1String("type")));
        if (m.type.isEmpty())
            m.type = jsonText(e.value(QLatin1String("status")));
        m.code = jsonText(e.value(QLatin1String("code")));
        for (const QJsonValue &d : e.value(QLatin1String("details")).toArray()) {
            const QString reason = d.toObject().value(QLatin1String("reason")).toString();
            if (!reason.isEmpty()) {
                m.reason = reason;
                break;
            }
        }
        // OpenRouter wraps the upstream provider's error text in metadata.raw.
        if (m.message.isEmpty())
            m.message = jsonText(e.value(QLatin1String("metadata")).toObject().value(QLatin1String("raw")));
    } else {
        m.message = jsonText(root.value(QLatin1String("message")));
        if (m.message.isEmpty())
            m.message = jsonText(root.value(QLatin1String("detail")));
    }
    return m;
}

QString sanitize(const QString &text, const QString &secret, int maxChars)
{
    QString s = text.simplified();
    if (secret.size() >= 4)
        s.replace(secret, QStringLiteral("***"));
    if (s.size() > maxChars)
        s = s.left(maxChars - 1) + QChar(0x2026);
    return s;
}

ProviderError::Code classifyStatus(int status, const ServerMessage &server)
{
    using C = ProviderError::Code;
    const QString all = (server.type + QLatin1Char(' ') + server.code + QLatin1Char(' ') + server.reason).toLower();
    if (all.contains(QLatin1String("insufficient_quota")) || status == 402)
        return C::QuotaExceeded;
    if (status == 401 || status == 403 || all.contains(QLatin1String("api_key_invalid")))
        return C::KeyRejected;
    if (status == 404)
        return C::ModelNotFound;
    if (status == 429)
        return C::RateLimited;
    if (status == 503 || status == 529 || all.contains(QLatin1String("overloaded")))
        return C::Overloaded;
    if (status >= 500)
        return C::ServerError;
    if (status == 408)
        return C::Timeout;
    return C::BadRequest;
}

ProviderError::Code classifyNetworkError(QNetworkReply::NetworkError error)
{
    using C = ProviderError::Code;
    switch (error) {
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::ProxyConnectionRefusedError:
        return C::ConnectionRefused;
    case QNetworkReply::HostNotFoundError:
    case QNetworkReply::ProxyNotFoundError:
        return C::HostNotFound;
    case QNetworkReply::SslHandshakeFailedError:
        return C::TlsError;
    case QNetworkReply::RemoteHostClosedError:
    case QNetworkReply::ProxyConnectionClosedError:
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
        return C::ConnectionLost;
    case QNetworkReply::TimeoutError:
    case QNetworkReply::ProxyTimeoutError:
        return C::Stalled;
    case QNetworkReply::OperationCanceledError:
        return C::Cancelled;
    case QNetworkReply::TooManyRedirectsError:
    case QNetworkReply::InsecureRedirectError:
    case QNetworkReply::ProtocolFailure:
        return C::BadResponse;
    default:
        break;
    }
    return C::Other;
}

bool isRetryableCode(ProviderError::Code code)
{
    using C = ProviderError::Code;
    switch (code) {
    case C::RateLimited:
    case C::Overloaded:
    case C::ServerError:
    case C::ConnectionRefused:
    case C::ConnectionLost:
    case C::Stalled:
        return true;
    default:
        break;
    }
    return false;
}

ProviderError makeError(ProviderError::Code code, const ErrorContext &ctx, int httpStatus, const QString &serverText,
                        const QString &detail)
{
    using C = ProviderError::Code;
    ProviderError e;
    e.code = code;
    e.httpStatus = httpStatus;
    e.url = ctx.url;
    e.retryable = isRetryableCode(code);

    const QString host = ctx.url.host().isEmpty() ? ctx.url.toDisplayString() : ctx.url.host();
    const QString url = ctx.url.toDisplayString(QUrl::RemoveUserInfo);
    const QString status = httpStatus > 0 ? QString::number(httpStatus) : QString();
    const QString said = sanitize(serverText, ctx.apiKey);
    const QString envHint = ctx.keyEnvVars.isEmpty() ? QString() : ctx.keyEnvVars.join(QLatin1String(" / "));

    // Only a chat call streams text that a failure leaves behind; a model list keeps nothing.
    const QString keptOrTryAgain = ctx.listingModels
                                       ? ProviderError::tr("Try again.")
                                       : ProviderError::tr("The text received so far is kept; try again.");

    // Every hint names a control that exists in both front ends: a vslab-cli flag (core/session/GenerationFlags)
    // and the window's menu or Advanced section, as "File → Providers…" and "Advanced → Timeout (s)" read there.
    QString what;
    QString todo;
    switch (code) {
    case C::NoApiKey:
        what = ProviderError::tr("No API key is set, so nothing was sent to %1").arg(url);
        todo = envHint.isEmpty()
                   ? ProviderError::tr("Set it in File → Providers…, or name the environment variable that holds it "
                                       "with --api-key-env.")
                   : ProviderError::tr("Set it in File → Providers… or in %1 (--api-key-env names another variable).")
                         .arg(envHint);
        break;
    case C::KeyRejected:
        what = ProviderError::tr("The API key was rejected by %1 (%2) at %3").arg(host, status, url);
        todo = envHint.isEmpty()
                   ? ProviderError::tr("Check the key in File → Providers…, or in the variable --api-key-env names.")
                   : ProviderError::tr("Check the key in File → Providers…, in %1, or in the variable --api-key-env "
                                       "names.")
                         .arg(envHint);
        break;
    case C::ModelNotFound:
        if (ctx.listingModels) {
            what = ProviderError::tr("%1 has no model list at %2 (%3)").arg(host, url, status);
            todo = ProviderError::tr("Check the base URL (--base-url, or File → Providers…).");
        } else {
            what = ProviderError::tr("Model \"%1\" or its endpoint was not found by %2 (%3) at %4")
                       .arg(ctx.model, host, status, url);
            todo = ProviderError::tr("Choose a model the server offers (--model, or the Model list in the window) and "
                                     "check the base URL (--base-url, or File → Providers…).");
        }
        break;
    case C::RateLimited:
        what = ProviderError::tr("Rate limited by %1 (%2) at %3").arg(host, status, url);
        todo = ctx.listingModels ? ProviderError::tr("Wait a minute and try again.")
                                 : ProviderError::tr("Wait a minute and try again, or make fewer calls at once "
                                                     "(--concurrency, or Advanced → Concurrent calls).");
        break;
    case C::QuotaExceeded:
        what = ProviderError::tr("Your quota or credit at %1 is used up (%2) at %3").arg(host, status, url);
        todo = ProviderError::tr("Check your plan and billing details with the provider; retrying will not help.");
        break;
    case C::Overloaded:
        what = ProviderError::tr("%1 is overloaded (%2) at %3").arg(host, status, url);
        todo = ProviderError::tr("Try again in a moment, or allow more retries (--retries, or Advanced → Retries).");
        break;
    case C::ServerError:
        what = ProviderError::tr("%1 had a server error (%2) at %3").arg(host, status, url);
        todo = ProviderError::tr("Try again later.");
        break;
    case C::BadRequest:
        what = ProviderError::tr("%1 rejected the request (%2) at %3").arg(host, status, url);
        todo = detail;
        break;
    case C::StreamError:
        what = ProviderError::tr("%1 reported an error in the middle of the reply at %2").arg(host, url);
        todo = keptOrTryAgain;
        break;
    case C::ConnectionRefused:
        what = ProviderError::tr("Could not connect to %1: connection refused at %2").arg(host, url);
        todo =
            ProviderError::tr("Is the server running, and is the base URL right (--base-url, or File → Providers…)?");
        break;
    case C::HostNotFound:
        what = ProviderError::tr("Host %1 was not found (DNS lookup failed) for %2").arg(host, url);
        todo = ProviderError::tr("Check the base URL (--base-url, or File → Providers…) and your network connection.");
        break;
    case C::TlsError:
        what = ProviderError::tr("The secure (TLS) connection to %1 failed at %2").arg(host, url);
        todo =
            ProviderError::tr("Check http:// versus https:// in the base URL (--base-url, or File → Providers…), and "
                              "the server's certificate.");
        break;
    case C::ConnectionLost:
        what = ProviderError::tr("The connection to %1 was lost before the reply was complete at %2").arg(host, url);
        todo = keptOrTryAgain;
        break;
    case C::Stalled:
        what = ProviderError::tr("No data from %1 for %2 s at %3, so the call was stopped").arg(host, detail, url);
        todo = ProviderError::tr("Try again, or raise the timeout for a slow server (--timeout, or Advanced → Timeout "
                                 "(s)).");
        break;
    case C::Timeout:
        what = status.isEmpty()
                   ? ProviderError::tr("The call to %1 took longer than %2 s and was stopped").arg(url, detail)
                   : ProviderError::tr("%1 timed out (%2) at %3").arg(host, status, url);
        // Neither front end sets the total timeout, and a 408 is the server's own: nothing to raise.
        todo = ProviderError::tr("Try again.");
        break;
    case C::TooLarge:
        what = ProviderError::tr("The reply from %1 exceeded the size cap of %2 and was stopped").arg(url, detail);
        todo = ctx.listingModels
                   ? ProviderError::tr("A model list is far smaller: check the base URL (--base-url, or File → "
                                       "Providers…).")
                   : ProviderError::tr("Ask for fewer candidates or tokens (-k, --max-tokens; in the window, k and "
                                       "Advanced → Token limit), or raise the reply size cap (--reply-cap, or "
                                       "Advanced → Reply cap (MiB)).");
        break;
    case C::Blocked:
        what = ProviderError::tr("%1 blocked the reply for safety reasons (%2) at %3").arg(host, detail, url);
        todo = ProviderError::tr("Rephrase the prompt.");
        break;
    case C::BadResponse:
        what = ProviderError::tr("Unreadable reply from %1 at %2").arg(host, url);
        todo = detail;
        break;
    case C::Cancelled:
        what = ProviderError::tr("Cancelled the call to %1").arg(url);
        break;
    case C::NoMatch:
    case C::Other:
        what = status.isEmpty() ? ProviderError::tr("The call to %1 failed").arg(url)
                                : ProviderError::tr("The call to %1 failed (%2)").arg(url, status);
        todo = detail;
        break;
    }

    // The joins are translated too: Chinese wants full-width punctuation and no space between sentences.
    const auto colon = [](const QString &a, const QString &b) { return ProviderError::tr("%1: %2").arg(a, b); };
    const auto then = [](const QString &a, const QString &b) {
        return ProviderError::tr("%1 %2", "one sentence after another").arg(a, b);
    };
    QString message = ctx.provider.isEmpty() ? what : colon(ctx.provider, what);
    if (!said.isEmpty())
        message = colon(message, said);
    static const QString sentenceEnds = QStringLiteral(".!?\u3002\uFF01\uFF1F");
    if (message.isEmpty() || !sentenceEnds.contains(message.back()))
        message = ProviderError::tr("%1.", "ends a sentence").arg(message);
    if (ctx.attempts > 1)
        message = then(message, ProviderError::tr("Gave up after %1 attempts.").arg(ctx.attempts));
    if (!todo.isEmpty())
        message = then(message, todo);
    e.message = sanitize(message, ctx.apiKey, 1000);
    return e;
}

} // namespace ProviderSupport
