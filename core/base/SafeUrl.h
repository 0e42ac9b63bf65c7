// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>
#include <QUrl>

/**
 * The one way a URL leaves the process: every URL that is printed, stored, exported or shown goes through here, so
 * credentials typed into a base URL (`http://user:secret@host/v1`) never reach output, history or settings.
 */
namespace SafeUrl {
/// The URL without user name and password.
QUrl stripped(const QUrl &url);
/// stripped(), as display text ("" for an empty URL).
QString text(const QUrl &url);
/// A base URL as the user typed it, without user info; text that is not a URL with user info comes back unchanged.
QString typed(const QString &url);
/// True when the URL carries a user name or password.
bool hasUserInfo(const QUrl &url);
} // namespace SafeUrl
