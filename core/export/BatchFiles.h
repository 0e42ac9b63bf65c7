// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "base/Result.h"
#include "run/Run.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonObject>
#include <QSet>
#include <QString>

#include <optional>

/// One input line of `vslab-cli batch`: its id and the request it asks for (defaults with the line's overrides).
struct BatchItem
{
    QString id;   ///< the line's "id", else its 1-based line number
    int line = 0; ///< 1-based line number in the input file
    RunRequest request;
};

/**
 * Streams a batch input file, one item per call: JSONL (suffix .jsonl / .json, or a first non-space character `{`)
 * with `prompt` or `messages`, optional `id` and overrides `method`, `k`, `tau`, `tau_mode`, `temperature`, `seed`;
 * or plain text, one prompt per line. Blank lines are skipped (they still count for line numbers). Only the current
 * line is held in memory.
 *
 * Every item gets a seed (for its `sample`): the line's `seed`, else the defaults' seed, else one random seed drawn
 * when the file is opened plus the line number, so the output records the seed that reproduces each sample.
 */
class BatchReader final
{
    Q_DECLARE_TR_FUNCTIONS(BatchReader)
public:
    BatchReader() = default;
    Q_DISABLE_COPY_MOVE(BatchReader)

    /// Opens `path` ("-" = standard input, read as text unless its first line starts with `{`).
    Result<void> open(const QString &path, const GenerationSettings &defaults);
    /// The next item; std::nullopt at the end. A malformed line yields a Failure whose message names the line
    /// (lastLine() has its number) and reading goes on with the next line.
    std::optional<Result<BatchItem>> next();
    /// 1-based number of the line next() returned last.
    int lastLine() const { return m_line; }
    bool isJsonl() const { return m_jsonl; }

    /// Parses one JSONL line (for tests and the batch-API mode); `line` is the 1-based line number.
    static Result<BatchItem> parseJsonLine(const QByteArray &text, int line, const GenerationSettings &defaults);

private:
    QFile m_file;
    GenerationSettings m_defaults;
    QByteArray m_pending; ///< a first line read ahead to detect the format
    bool m_hasPending = false;
    bool m_jsonl = false;
    int m_line = 0;
    quint64 m_baseSeed = 0;
};

/**
 * The output JSONL of a batch, append-only and repairable: open() drops a partial last line a killed process left
 * (no trailing newline), drops earlier `error` lines (so a rerun retries those items and every id ends up once),
 * and collects the ids already done; append() writes one whole line with a single unbuffered write.
 */
class BatchOutput final
{
    Q_DECLARE_TR_FUNCTIONS(BatchOutput)
public:
    BatchOutput() = default;
    Q_DISABLE_COPY_MOVE(BatchOutput)

    /// Creates the file if needed, repairs it and collects the done ids.
    Result<void> open(const QString &path);
    bool isDone(const QString &id) const { return m_done.contains(id); }
    int doneCount() const { return int(m_done.size()); }
    /// Bytes cut off the end by open() (a partial line), 0 when the file was whole.
    qint64 repairedBytes() const { return m_repaired; }
    /// Error lines open() removed (their items run again).
    int droppedErrors() const { return m_droppedErrors; }
    /// Appends `line` compactly plus "\n" in one write; a line with an "id" and no "error" marks that id done.
    Result<void> append(const QJsonObject &line);

    /// {"id", ...the `generate --json` object...}, or with `samplesOnly` {"id","text"} (the sampled candidate).
    static QJsonObject itemLine(const QString &id, const RunRequest &request, const RunResult &result,
                                bool samplesOnly);
    /// {"id","error":{"code","message","http_status"[,"url"]}}
    static QJsonObject errorLine(const QString &id, const ProviderError &error);
    /// {"id","error":{"code","message"}} for errors that are not the provider's ("bad_input", "no_candidates").
    static QJsonObject errorLine(const QString &id, const QString &code, const QString &message, int line = 0);
    /// True for a line errorLine() wrote.
    static bool isErrorLine(const QJsonObject &line);

private:
    Result<void> scan(const QString &path, bool *hasErrors);
    Result<void> dropErrorLines(const QString &path);

    QFile m_file;
    QSet<QString> m_done;
    qint64 m_repaired = 0;
    int m_droppedErrors = 0;
};
