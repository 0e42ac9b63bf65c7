// SPDX-License-Identifier: Apache-2.0
#include "metrics/AnswerSet.h"

#include "metrics/Metrics.h"

#include <QCoreApplication>
#include <QFile>

namespace {
class MetricsText
{
    Q_DECLARE_TR_FUNCTIONS(MetricsText)
};
} // namespace

Result<AnswerSet> AnswerSet::parse(const QString &text, const QString &source)
{
    AnswerSet set;
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString line = lines[i].trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        const int index = set.size();
        QString canonical;
        for (const QString &part : line.split(QLatin1Char('|'))) {
            const QString alias = part.trimmed();
            const QString key = Metrics::normalize(alias);
            if (key.isEmpty())
                continue; // "a||b" or a trailing bar: nothing to match
            if (canonical.isEmpty())
                canonical = alias;
            const auto known = set.m_byAlias.constFind(key);
            if (known != set.m_byAlias.cend() && *known != index)
                return fail(Failure::Kind::BadInput, MetricsText::tr("%1:%2: \"%3\" is already an alias of \"%4\".")
                                                         .arg(source)
                                                         .arg(i + 1)
                                                         .arg(alias, set.canonical(*known)));
            set.m_byAlias.insert(key, index);
        }
        if (canonical.isEmpty())
            return fail(Failure::Kind::BadInput,
                        MetricsText::tr("%1:%2: the line names no answer.").arg(source).arg(i + 1));
        set.m_canonical.append(canonical);
    }
    if (set.m_canonical.isEmpty())
        return fail(Failure::Kind::BadInput, MetricsText::tr("%1 holds no answer.").arg(source));
    return set;
}

Result<AnswerSet> AnswerSet::load(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        const auto kind = f.exists() ? Failure::Kind::Io : Failure::Kind::NotFound;
        return fail(kind, MetricsText::tr("cannot read %1: %2.").arg(path, f.errorString()));
    }
    return parse(QString::fromUtf8(f.readAll()), path);
}

std::optional<int> AnswerSet::match(const QString &response) const
{
    const auto it = m_byAlias.constFind(Metrics::normalize(response));
    if (it == m_byAlias.cend())
        return std::nullopt;
    return *it;
}
