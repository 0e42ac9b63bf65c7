// SPDX-License-Identifier: Apache-2.0
#include "SafeUrl.h"

namespace SafeUrl {

QUrl stripped(const QUrl &url)
{
    QUrl out = url;
    out.setUserInfo(QString());
    return out;
}

QString text(const QUrl &url)
{
    if (url.isEmpty())
        return {};
    return url.toDisplayString(QUrl::RemoveUserInfo);
}

bool hasUserInfo(const QUrl &url)
{
    return !url.userName().isEmpty() || !url.password().isEmpty();
}

QString typed(const QString &url)
{
    const QUrl parsed(url.trimmed(), QUrl::TolerantMode);
    if (!parsed.isValid() || !hasUserInfo(parsed))
        return url;
    return parsed.toString(QUrl::RemoveUserInfo);
}

} // namespace SafeUrl
