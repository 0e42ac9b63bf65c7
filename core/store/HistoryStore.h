// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "base/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

/// One saved run: enough to show it again and to export it. Never holds an API key.
struct HistoryEntry
{
    qint64 id = 0;
    /// Stable across machines (a UUID): an import skips a run whose uid is already stored.
    QString uid;
    /// "run" or "compare" (a compare run keeps its whole view in `payload`).
    QString kind = QStringLiteral("run");
    /// "ok", "failed", "cancelled" or "partial" (failed after some candidates arrived).
    QString status = QStringLiteral("ok");
    QDateTime createdAt;
    QString prompt;
    QString method;
    QString provider;
    QString model;
    /// The URL called, without user info (SafeUrl).
    QString baseUrl;
    bool simulated = false;
    int candidateCount = 0;
    QString errorMessage;
    qint64 latencyMs = 0;
    /// ResultJson::usage(): {"input_tokens","output_tokens"}.
    QJsonObject usage;
    bool starred = false;
    /// Indexes (into the distribution's items) of starred candidates.
    QList<int> starredCandidates;
    /// ResultJson::runResult() of the run: settings, candidates, warnings, usage...
    QJsonObject result;
    /// Distribution::toJson(): reloads into a Distribution for resampling.
    QJsonObject distribution;
    QStringList rawReplies;
    /// The sampler's draws of this run ({"seed","count","index","text","weight","frequency"} each).
    QJsonArray draws;
    /// A compare run's whole result, as the compare view stores it; empty for a plain run.
    QJsonObject payload;
};

/// Which runs a listing shows; empty fields do not filter.
struct HistoryFilter
{
    /// Full-text search over prompts and candidate texts (a substring, any script; case-insensitive).
    QString text;
    QString provider;
    QString model;
    QString method;
    QString kind;
    bool starredOnly = false;
    /// Inclusive bounds on the creation time.
    QDateTime since;
    QDateTime until;
};

/// Where a page starts: after the run with this (created, id), in newest-first order (keyset pagination).
struct HistoryCursor
{
    QDateTime createdAt;
    qint64 id = 0;
    static HistoryCursor after(const HistoryEntry &e) { return {e.createdAt, e.id}; }
};

/// What an import did.
struct HistoryImport
{
    int added = 0;
    /// Runs whose uid was already stored: left as they were.
    int skipped = 0;
};

/**
 * Run history in a SQLite database (QtSql), in the user's data folder by default: WAL, schema version in
 * user_version with migrations (v1 → v2), FTS5 (trigram) full-text index over prompts and candidate texts kept in
 * sync by triggers. Every finished run is saved, cancelled and failed ones included, so nothing a user paid for is
 * lost. A database from a newer VS Lab is refused and never modified; a corrupt one (not a database, or failing
 * PRAGMA quick_check, which runs at open up to 32 MiB) is moved aside (notice() says where) and a fresh one created.
 * Every write runs in a transaction. Single-threaded: use from one thread.
 */
class HistoryStore final
{
    Q_DECLARE_TR_FUNCTIONS(HistoryStore)
public:
    static constexpr int schemaVersion = 2;

    HistoryStore();
    ~HistoryStore();
    Q_DISABLE_COPY_MOVE(HistoryStore)

    /// Opens (and creates or migrates) the database at `path`; empty = defaultPath().
    Result<void> open(const QString &path = {});
    /// $VSLAB_HISTORY_DB when set (tests, scripts), else AppDataLocation/history.sqlite: the GUI's and the CLI's.
    static QString defaultPath();
    bool isOpen() const;
    /// The last error, one line a person can act on.
    QString lastError() const { return m_error; }
    /// Set by open() when something happened the user must know (a corrupt database moved aside); else empty.
    QString notice() const { return m_notice; }
    QString path() const { return m_path; }

    /// Saves a run (id ignored; createdAt and uid kept when set, else now / a new UUID); returns its id, 0 on error.
    qint64 add(const HistoryEntry &entry);
    /// Saves runs in one transaction; a run whose uid is stored already is skipped and counted. All or nothing.
    Result<HistoryImport> addAll(const QList<HistoryEntry> &entries);
    /// Newest first; `limit` <= 0 = all. `result`/`distribution`/`rawReplies`/`draws`/`payload` are not loaded.
    QList<HistoryEntry> list(int limit = 200) const;
    /// One page of the runs `filter` matches, newest first, starting after `from` (keyset: fast at any depth).
    QList<HistoryEntry> page(const HistoryFilter &filter, int limit,
                             const std::optional<HistoryCursor> &from = {}) const;
    /// How many runs `filter` matches.
    qint64 count(const HistoryFilter &filter = {}) const;
    std::optional<HistoryEntry> get(qint64 id) const;
    /// The id of the run with this uid, 0 when none.
    qint64 idOfUid(const QString &uid) const;
    bool remove(qint64 id);
    bool clear();
    bool setStarred(qint64 id, bool starred);
    bool setCandidateStarred(qint64 id, int index, bool starred);
    bool setDraws(qint64 id, const QJsonArray &draws);
    /// The distinct values of "provider", "model" or "method" among the saved runs, sorted (filter choices).
    QStringList distinct(const QString &column) const;

private:
    Failure failed(Failure::Kind kind, const QString &message);
    Result<void> openChecked();
    Result<void> damagedOrBusy(const QSqlError &error);
    Result<void> moveAside(const QString &why);
    Result<void> createSchema();
    Result<void> migrateFrom1();
    qint64 insert(const HistoryEntry &entry);
    bool write(const std::function<bool()> &work) const;
    /// A statement prepared once per connection (imports run it 100,000 times).
    QSqlQuery &prepared(std::optional<QSqlQuery> &slot, const QString &sql) const;
    void dropStatements();

    QString m_connection;
    mutable std::optional<QSqlQuery> m_insertQuery;
    mutable std::optional<QSqlQuery> m_uidQuery;
    mutable std::optional<QSqlQuery> m_starQuery;
    QString m_path;
    QString m_notice;
    mutable QString m_error;
};
