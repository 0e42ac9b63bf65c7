// SPDX-License-Identifier: Apache-2.0
#include "GenerationSetup.h"

#include <QCoreApplication>

#include <cmath>

namespace {
class TransportText
{
    Q_DECLARE_TR_FUNCTIONS(TransportText)
public:
    static QString range(const char *name, double low, double high, double got)
    {
        return tr("%1 must be between %2 and %3 (got %4).").arg(tr(name)).arg(low).arg(high).arg(got);
    }
};
} // namespace

QString TransportSettings::validate() const
{
    if (!std::isfinite(timeoutSeconds) || timeoutSeconds <= 0 || timeoutSeconds > timeoutMaxSeconds)
        return TransportText::range(QT_TRANSLATE_NOOP("TransportText", "The timeout in seconds"), 0.1,
                                    timeoutMaxSeconds, timeoutSeconds);
    if (retries < 0 || retries > retriesMax)
        return TransportText::range(QT_TRANSLATE_NOOP("TransportText", "Retries"), 0, retriesMax, retries);
    if (maxTokens < 16 || maxTokens > maxTokensMax)
        return TransportText::range(QT_TRANSLATE_NOOP("TransportText", "The token limit"), 16, maxTokensMax, maxTokens);
    if (replyCapMiB < 1 || replyCapMiB > replyCapMaxMiB)
        return TransportText::range(QT_TRANSLATE_NOOP("TransportText", "The reply size cap in MiB"), 1, replyCapMaxMiB,
                                    replyCapMiB);
    return {};
}

void TransportSettings::applyTo(ProviderConfig &config) const
{
    config.structured = structured;
    config.stream = stream;
    config.stallTimeoutMs = int(std::lround(timeoutSeconds * 1000.0));
    config.retries = retries;
    config.maxTokens = maxTokens;
    config.maxReplyBytes = qint64(replyCapMiB) * 1024 * 1024;
}

TransportSettings TransportSettings::of(const ProviderConfig &config)
{
    TransportSettings t;
    t.structured = config.structured;
    t.stream = config.stream;
    t.timeoutSeconds = config.stallTimeoutMs / 1000.0;
    t.retries = config.retries;
    t.maxTokens = config.maxTokens;
    t.replyCapMiB = int(std::max<qint64>(1, config.maxReplyBytes / (1024 * 1024)));
    return t;
}

namespace Names {
QString structuredMode(StructuredMode m)
{
    switch (m) {
    case StructuredMode::On:
        return QStringLiteral("on");
    case StructuredMode::Off:
        return QStringLiteral("off");
    case StructuredMode::Auto:
        break;
    }
    return QStringLiteral("auto");
}

std::optional<StructuredMode> parseStructuredMode(const QString &s)
{
    for (StructuredMode m : {StructuredMode::Auto, StructuredMode::On, StructuredMode::Off}) {
        if (structuredMode(m) == s.trimmed().toLower())
            return m;
    }
    return std::nullopt;
}
} // namespace Names
