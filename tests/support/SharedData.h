// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QDir>
#include <QString>
#include <QTest>

/// Locates ../shared (corpus/ and fixtures/), configured by the VSLAB_SHARED_DIR CMake cache variable.
namespace SharedData {
inline QString root()
{
    const QString env = qEnvironmentVariable("VSLAB_SHARED_DIR");
    return QDir::cleanPath(env.isEmpty() ? QStringLiteral(VSLAB_SHARED_DIR) : env);
}
inline QString path(const QString &relative)
{
    return root() + QLatin1Char('/') + relative;
}
inline bool has(const QString &relative)
{
    return QFileInfo::exists(path(relative));
}
} // namespace SharedData

/// Skips the current test, saying why, when a shared data folder is absent.
#define VSLAB_REQUIRE_SHARED(relative)                                                                                 \
    do {                                                                                                               \
        if (!SharedData::has(QStringLiteral(relative)))                                                                \
            QSKIP(qPrintable(QStringLiteral("shared data not found at %1 (set -DVSLAB_SHARED_DIR)")                    \
                                 .arg(SharedData::path(QStringLiteral(relative)))));                                   \
    } while (false)
