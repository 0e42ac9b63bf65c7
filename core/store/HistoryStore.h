// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "base/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

/// One saved run: enough to show it again and to export it. Never holds an API key.
struct HistoryEntry
{
    qint64 id = 0;
    QDateTime createdAt;
    QString prompt;
    QString method;
    QString provider;
    QString model;
    bool simulated = false;
    int candidateCount = 0;
    QString errorMessage;
    /// ResultJson::runResult() of the run: settings, candidates, warnings, usage...
    QJsonObject result;
    /// Distribution::toJson(): reloads into a Distribution for resampling.
    QJsonObject distribution;
    QStringList rawReplies;
};

/**
 * Run history in a SQLite database (QtSql), in the user's data folder by default. Every finished run is saved,
 * cancelled and failed ones included, so nothing a user paid for is lost. Single-threaded: use from one thread.
 */
class HistoryStore final
{
    Q_DECLARE_TR_FUNCTIONS(HistoryStore)
public:
    HistoryStore();
    ~HistoryStore();
    Q_DISABLE_COPY_MOVE(HistoryStore)

    /// Opens (and creates or migrates) the database at `path`; empty = AppDataLocation/history.sqlite.
    Result<void> open(const QString &path = {});
    bool isOpen() const;
    /// The last error, one line a person can act on.
    QString lastError() const { return m_error; }
    QString path() const { return m_path; }

    /// Saves a run (id and, when valid, createdAt of `entry` are ignored / kept); returns its id, or 0 on error.
    qint64 add(const HistoryEntry &entry);
    /// Newest first; `limit` <= 0 = all. `result`/`distribution`/`rawReplies` are not loaded here.
    QList<HistoryEntry> list(int limit = 200) const;
    std::optional<HistoryEntry> get(qint64 id) const;
    bool remove(qint64 id);
    bool clear();

private:
    Failure failed(Failure::Kind kind, const QString &message);

    QString m_connection;
    QString m_path;
    mutable QString m_error;
};
