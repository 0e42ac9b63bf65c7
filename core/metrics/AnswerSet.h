// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "base/Result.h"

#include <QHash>
#include <QString>
#include <QStringList>

#include <optional>

/**
 * The valid answers of an open-ended question ("Name a US state"), read from a text file: one answer per line,
 * aliases separated by `|` with the canonical form first (`New York|NY`); blank lines and lines starting with `#`
 * are ignored. A response matches an answer when its Metrics::normalize()d text equals a normalized alias.
 */
class AnswerSet
{
public:
    /// Reads `text` (the file's content); `source` names the file in messages ("us-state.txt:12: ...").
    static Result<AnswerSet> parse(const QString &text, const QString &source);
    /// Reads and parses a UTF-8 file (a Qt resource path such as `:/demo/answers/us-state.txt` works too).
    static Result<AnswerSet> load(const QString &path);

    /// The number of answers (not aliases).
    int size() const { return int(m_canonical.size()); }
    /// The canonical form of answer `index` (0 <= index < size()).
    QString canonical(int index) const { return m_canonical.value(index); }
    /// The index of the answer `response` matches, or nullopt when it matches none.
    std::optional<int> match(const QString &response) const;

private:
    QStringList m_canonical;
    QHash<QString, int> m_byAlias; ///< normalized alias -> answer index
};
