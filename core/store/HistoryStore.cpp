// SPDX-License-Identifier: Apache-2.0
#include "HistoryStore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QUuid>

namespace {
/// Databases up to this size get PRAGMA quick_check at open (about 20 ms per 16 MiB).
constexpr qint64 fullCheckBytes = qint64(32) << 20;

/// True when SQLite says the file is damaged or no database (SQLITE_CORRUPT, SQLITE_NOTADB), not merely busy.
bool isDamage(const QSqlError &e)
{
    const int code = e.nativeErrorCode().toInt() & 0xff;
    return code == 11 || code == 26;
}

/// The columns list(), page() and get() share, in the order summaryFrom() reads them.
const QString summaryColumns =
    QStringLiteral("r.id, r.created_at, r.prompt, r.method, r.provider, r.model, r.simulated, r.candidate_count, "
                   "r.error, r.uid, r.kind, r.status, r.base_url, r.latency_ms, r.usage, r.starred");

QString isoTime(const QDateTime &t)
{
    // One fixed format, so text order is time order and keyset pagination can compare strings.
    return t.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ"));
}

QByteArray toJson(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}
QString jsonText(const QJsonObject &o)
{
    return QString::fromUtf8(toJson(o));
}
QString jsonText(const QJsonArray &a)
{
    return QString::fromUtf8(QJsonDocument(a).toJson(QJsonDocument::Compact));
}
QJsonObject objectOf(const QVariant &v)
{
    return QJsonDocument::fromJson(v.toString().toUtf8()).object();
}
QJsonArray arrayOf(const QVariant &v)
{
    return QJsonDocument::fromJson(v.toString().toUtf8()).array();
}

HistoryEntry summaryFrom(const QSqlQuery &q)
{
    HistoryEntry e;
    e.id = q.value(0).toLongLong();
    e.createdAt = QDateTime::fromString(q.value(1).toString(), Qt::ISODateWithMs);
    e.prompt = q.value(2).toString();
    e.method = q.value(3).toString();
    e.provider = q.value(4).toString();
    e.model = q.value(5).toString();
    e.simulated = q.value(6).toBool();
    e.candidateCount = q.value(7).toInt();
    e.errorMessage = q.value(8).toString();
    e.uid = q.value(9).toString();
    e.kind = q.value(10).toString();
    e.status = q.value(11).toString();
    e.baseUrl = q.value(12).toString();
    e.latencyMs = q.value(13).toLongLong();
    e.usage = objectOf(q.value(14));
    e.starred = q.value(15).toBool();
    return e;
}

/// Every string under a "text" key, depth first: candidate texts of a run, answers of a compare payload.
void collectTexts(const QJsonValue &v, QStringList &out, int depth = 0)
{
    if (depth > 16)
        return;
    if (v.isArray()) {
        for (const QJsonValue &x : v.toArray())
            collectTexts(x, out, depth + 1);
    } else if (v.isObject()) {
        const QJsonObject o = v.toObject();
        for (auto it = o.begin(); it != o.end(); ++it) {
            if (it.key() == QLatin1String("text") && it.value().isString())
                out.append(it.value().toString());
            else
                collectTexts(it.value(), out, depth + 1);
        }
    }
}

QString searchText(const HistoryEntry &e)
{
    QStringList texts;
    collectTexts(e.result.value(QStringLiteral("candidates")), texts);
    collectTexts(e.payload, texts);
    // Never a null string: that would bind SQL NULL to a NOT NULL column.
    return texts.isEmpty() ? QStringLiteral("") : texts.join(QLatin1Char('\n'));
}

/// What a v1 row (or an entry without one) says about how its run ended.
QString statusOf(const QString &error, const QJsonObject &result, int candidates)
{
    if (error.isEmpty() && !result.contains(QStringLiteral("error")))
        return QStringLiteral("ok");
    if (result.value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString() ==
        QLatin1String("cancelled"))
        return QStringLiteral("cancelled");
    return candidates > 0 ? QStringLiteral("partial") : QStringLiteral("failed");
}

const QStringList v2Extras = {
    QStringLiteral("CREATE UNIQUE INDEX IF NOT EXISTS runs_uid ON runs(uid)"),
    QStringLiteral("CREATE INDEX IF NOT EXISTS runs_created ON runs(created_at)"),
    // Filter column first, then time: a filtered first page is an index range read in order, not a sort.
    QStringLiteral("CREATE INDEX IF NOT EXISTS runs_provider_created ON runs(provider, created_at)"),
    QStringLiteral("CREATE INDEX IF NOT EXISTS runs_model_created ON runs(model, created_at)"),
    QStringLiteral("CREATE INDEX IF NOT EXISTS runs_method_created ON runs(method, created_at)"),
    QStringLiteral("CREATE INDEX IF NOT EXISTS runs_starred_created ON runs(starred, created_at)"),
    QStringLiteral("CREATE TABLE IF NOT EXISTS starred_candidates (run_id INTEGER NOT NULL, idx INTEGER NOT NULL,"
                   " PRIMARY KEY (run_id, idx))"),
    // External content: the text lives once, in runs; trigram finds any 3+ character substring in any script.
    QStringLiteral("CREATE VIRTUAL TABLE IF NOT EXISTS runs_fts USING fts5(prompt, search_text, content='runs',"
                   " content_rowid='id', tokenize='trigram')"),
    QStringLiteral("CREATE TRIGGER IF NOT EXISTS runs_ai AFTER INSERT ON runs BEGIN"
                   " INSERT INTO runs_fts(rowid, prompt, search_text) VALUES (new.id, new.prompt, new.search_text);"
                   " END"),
    QStringLiteral("CREATE TRIGGER IF NOT EXISTS runs_ad AFTER DELETE ON runs BEGIN"
                   " INSERT INTO runs_fts(runs_fts, rowid, prompt, search_text)"
                   " VALUES ('delete', old.id, old.prompt, old.search_text);"
                   " DELETE FROM starred_candidates WHERE run_id = old.id; END"),
    QStringLiteral("CREATE TRIGGER IF NOT EXISTS runs_au AFTER UPDATE OF prompt, search_text ON runs BEGIN"
                   " INSERT INTO runs_fts(runs_fts, rowid, prompt, search_text)"
                   " VALUES ('delete', old.id, old.prompt, old.search_text);"
                   " INSERT INTO runs_fts(rowid, prompt, search_text) VALUES (new.id, new.prompt, new.search_text);"
                   " END"),
};

const QString v1Columns = QStringLiteral(" id INTEGER PRIMARY KEY AUTOINCREMENT,"
                                         " created_at TEXT NOT NULL,"
                                         " prompt TEXT NOT NULL,"
                                         " method TEXT NOT NULL,"
                                         " provider TEXT NOT NULL,"
                                         " model TEXT NOT NULL,"
                                         " simulated INTEGER NOT NULL,"
                                         " candidate_count INTEGER NOT NULL,"
                                         " error TEXT NOT NULL,"
                                         " result TEXT NOT NULL,"
                                         " distribution TEXT NOT NULL,"
                                         " raw_replies TEXT NOT NULL");

/// The columns v2 adds to v1's, as ALTER TABLE ... ADD COLUMN takes them.
const QStringList v2Columns = {
    QStringLiteral("uid TEXT"),
    QStringLiteral("kind TEXT NOT NULL DEFAULT 'run'"),
    QStringLiteral("status TEXT NOT NULL DEFAULT 'ok'"),
    QStringLiteral("base_url TEXT NOT NULL DEFAULT ''"),
    QStringLiteral("latency_ms INTEGER NOT NULL DEFAULT 0"),
    QStringLiteral("usage TEXT NOT NULL DEFAULT '{}'"),
    QStringLiteral("starred INTEGER NOT NULL DEFAULT 0"),
    QStringLiteral("search_text TEXT NOT NULL DEFAULT ''"),
    QStringLiteral("draws TEXT NOT NULL DEFAULT '[]'"),
    QStringLiteral("payload TEXT NOT NULL DEFAULT '{}'"),
};
} // namespace

Failure HistoryStore::failed(Failure::Kind kind, const QString &message)
{
    m_error = message;
    return fail(kind, message);
}

HistoryStore::HistoryStore()
    : m_connection(QStringLiteral("vslab-history-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
{}

HistoryStore::~HistoryStore()
{
    dropStatements();
    if (QSqlDatabase::contains(m_connection)) {
        QSqlDatabase::database(m_connection, false).close();
        QSqlDatabase::removeDatabase(m_connection);
    }
}

QSqlQuery &HistoryStore::prepared(std::optional<QSqlQuery> &slot, const QString &sql) const
{
    if (!slot) {
        slot.emplace(QSqlDatabase::database(m_connection, false));
        slot->prepare(sql);
    }
    return *slot;
}

void HistoryStore::dropStatements()
{
    m_insertQuery.reset();
    m_uidQuery.reset();
    m_starQuery.reset();
}

bool HistoryStore::isOpen() const
{
    return QSqlDatabase::contains(m_connection) && QSqlDatabase::database(m_connection, false).isOpen();
}

QString HistoryStore::defaultPath()
{
    const QString fromEnv = qEnvironmentVariable("VSLAB_HISTORY_DB");
    if (!fromEnv.isEmpty())
        return fromEnv;
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/history.sqlite");
}

bool HistoryStore::write(const std::function<bool()> &work) const
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    // IMMEDIATE takes the write lock up front (waiting up to the busy timeout): a transaction that reads first and
    // writes later could fail at once when another process wrote in between.
    if (!q.exec(QStringLiteral("BEGIN IMMEDIATE"))) {
        m_error = tr("Cannot write to the history database %1: %2").arg(m_path, q.lastError().text());
        return false;
    }
    if (!work()) {
        q.exec(QStringLiteral("ROLLBACK"));
        return false;
    }
    if (!q.exec(QStringLiteral("COMMIT"))) {
        m_error = tr("Cannot write to the history database %1: %2").arg(m_path, q.lastError().text());
        q.exec(QStringLiteral("ROLLBACK"));
        return false;
    }
    return true;
}

Result<void> HistoryStore::open(const QString &path)
{
    m_path = path.isEmpty() ? defaultPath() : path;
    m_notice.clear();
    dropStatements();
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    QSqlDatabase db = QSqlDatabase::contains(m_connection)
                          ? QSqlDatabase::database(m_connection, false)
                          : QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    if (!db.isValid()) {
        return failed(Failure::Kind::Unavailable,
                      tr("The SQLite driver for Qt is missing (package libqt6sql6-sqlite); history is off."));
    }
    db.setDatabaseName(m_path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
    if (!db.open()) {
        return failed(Failure::Kind::Io,
                      tr("Cannot open the history database %1: %2").arg(m_path, db.lastError().text()));
    }
    return openChecked();
}

Result<void> HistoryStore::openChecked()
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    QSqlQuery q(db);
    // Read-only checks first: a newer database must stay byte for byte as it was.
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next())
        return damagedOrBusy(q.lastError());
    const int version = q.value(0).toInt();
    if (version > schemaVersion) {
        const Failure newer = failed(Failure::Kind::Unavailable,
                                     tr("The history database %1 was written by a newer VS Lab (schema %2, this "
                                        "version reads up to %3); history is off and the file is left unchanged.")
                                         .arg(m_path)
                                         .arg(version)
                                         .arg(schemaVersion));
        db.close();
        return newer;
    }
    // The schema must read. The full check reads every page (0.6 s at 100,000 runs): done up to a size where it
    // costs a few tens of ms, so a large history does not slow every start; SQLite still reports damage on use.
    if (!q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")) || !q.next())
        return damagedOrBusy(q.lastError());
    if (QFileInfo(m_path).size() <= fullCheckBytes) {
        if (!q.exec(QStringLiteral("PRAGMA quick_check")) || !q.next())
            return damagedOrBusy(q.lastError());
        if (const QString check = q.value(0).toString(); check != QLatin1String("ok"))
            return moveAside(check);
    }
    q.finish();
    q.exec(QStringLiteral("PRAGMA journal_mode=WAL"));
    q.exec(QStringLiteral("PRAGMA synchronous=NORMAL"));
    // Imports of 100,000 runs touch the uid index and the full-text index all over: with SQLite's default 2 MB
    // page cache they slow down tenfold. Memory is only taken as pages are read.
    q.exec(QStringLiteral("PRAGMA cache_size=-65536"));
    if (version == 0)
        return createSchema();
    if (version == 1)
        return migrateFrom1();
    return {};
}

Result<void> HistoryStore::damagedOrBusy(const QSqlError &error)
{
    // Only damage moves the file aside; a lock held too long by another process or an I/O error leaves it alone.
    if (isDamage(error))
        return moveAside(error.text());
    QSqlDatabase::database(m_connection, false).close();
    return failed(Failure::Kind::Io, tr("Cannot read the history database %1: %2").arg(m_path, error.text()));
}

Result<void> HistoryStore::moveAside(const QString &why)
{
    dropStatements();
    QSqlDatabase::database(m_connection, false).close();
    const QString aside =
        m_path + QStringLiteral(".corrupt-") + QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    if (!QFile::rename(m_path, aside)) {
        return failed(Failure::Kind::Io, tr("The history database %1 is damaged (%2) and could not be moved aside; "
                                            "history is off. Move or delete the file and start again.")
                                             .arg(m_path, why));
    }
    // The journal files belong to the damaged database: keep them next to it.
    for (const QString &suffix : {QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::rename(m_path + suffix, aside + suffix);
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    if (!db.open())
        return failed(Failure::Kind::Io,
                      tr("Cannot open the history database %1: %2").arg(m_path, db.lastError().text()));
    m_notice = tr("The history database was damaged (%1); it was moved to %2 and a new, empty history started.")
                   .arg(why, aside);
    QSqlQuery(db).exec(QStringLiteral("PRAGMA journal_mode=WAL"));
    return createSchema();
}

Result<void> HistoryStore::createSchema()
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    QString error;
    const bool ok = write([&] {
        // The columns a listing reads come first: SQLite reads a row up to the last column asked for, and the large
        // JSON columns behind them spill into overflow pages.
        QStringList columns = v1Columns.split(QLatin1Char(','));
        const QStringList large = columns.mid(9);
        columns = columns.mid(0, 9) + v2Columns + large;
        QStringList statements{QStringLiteral("CREATE TABLE IF NOT EXISTS runs (") + columns.join(QLatin1Char(',')) +
                               QLatin1Char(')')};
        statements += v2Extras;
        statements.append(QStringLiteral("PRAGMA user_version = 2"));
        for (const QString &s : std::as_const(statements)) {
            if (!q.exec(s)) {
                error = q.lastError().text();
                return false;
            }
        }
        return true;
    });
    if (!ok)
        return failed(Failure::Kind::Io, tr("Cannot create the history tables in %1: %2").arg(m_path, error));
    return {};
}

Result<void> HistoryStore::migrateFrom1()
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    QSqlQuery q(db);
    QString error;
    const auto run = [&](const QString &sql) {
        if (q.exec(sql))
            return true;
        error = q.lastError().text();
        return false;
    };
    const bool ok = write([&] {
        for (const QString &c : v2Columns) {
            if (!run(QStringLiteral("ALTER TABLE runs ADD COLUMN ") + c))
                return false;
        }
        // Fill the new columns from what v1 kept in the result JSON, before the full-text index exists.
        QSqlQuery rows(db);
        rows.setForwardOnly(true);
        if (!rows.exec(QStringLiteral("SELECT id, error, result, candidate_count FROM runs"))) {
            error = rows.lastError().text();
            return false;
        }
        QSqlQuery update(db);
        update.prepare(QStringLiteral("UPDATE runs SET uid = ?, status = ?, base_url = ?, latency_ms = ?, usage = ?,"
                                      " search_text = ? WHERE id = ?"));
        while (rows.next()) {
            HistoryEntry e;
            e.result = objectOf(rows.value(2));
            update.addBindValue(QUuid::createUuid().toString(QUuid::WithoutBraces));
            update.addBindValue(statusOf(rows.value(1).toString(), e.result, rows.value(3).toInt()));
            const QString url = e.result.value(QStringLiteral("url")).toString();
            update.addBindValue(url.isNull() ? QStringLiteral("") : url); // null binds NULL
            update.addBindValue(qint64(e.result.value(QStringLiteral("latency_ms")).toDouble()));
            update.addBindValue(jsonText(e.result.value(QStringLiteral("usage")).toObject()));
            update.addBindValue(searchText(e));
            update.addBindValue(rows.value(0));
            if (!update.exec()) {
                error = update.lastError().text();
                return false;
            }
        }
        for (const QString &s : v2Extras) {
            if (!run(s))
                return false;
        }
        return run(QStringLiteral("INSERT INTO runs_fts(runs_fts) VALUES ('rebuild')")) &&
               run(QStringLiteral("PRAGMA user_version = 2"));
    });
    if (!ok)
        return failed(Failure::Kind::Io,
                      tr("Cannot update the history database %1 to this version: %2").arg(m_path, error));
    return {};
}

qint64 HistoryStore::insert(const HistoryEntry &entry)
{
    QSqlQuery &q = prepared(
        m_insertQuery,
        QStringLiteral("INSERT INTO runs (created_at, prompt, method, provider, model, simulated, "
                       "candidate_count, error, result, distribution, raw_replies, uid, kind, status, base_url, "
                       "latency_ms, usage, draws, payload, starred, search_text) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    const QDateTime created = entry.createdAt.isValid() ? entry.createdAt : QDateTime::currentDateTimeUtc();
    const auto text = [](const QString &s) { return s.isNull() ? QStringLiteral("") : s; }; // null binds NULL
    q.addBindValue(isoTime(created));
    q.addBindValue(text(entry.prompt));
    q.addBindValue(text(entry.method));
    q.addBindValue(text(entry.provider));
    q.addBindValue(text(entry.model));
    q.addBindValue(entry.simulated ? 1 : 0);
    q.addBindValue(entry.candidateCount);
    q.addBindValue(text(entry.errorMessage));
    q.addBindValue(jsonText(entry.result));
    q.addBindValue(jsonText(entry.distribution));
    q.addBindValue(jsonText(QJsonArray::fromStringList(entry.rawReplies)));
    q.addBindValue(entry.uid.isEmpty() ? QUuid::createUuid().toString(QUuid::WithoutBraces) : entry.uid);
    q.addBindValue(entry.kind.isEmpty() ? QStringLiteral("run") : entry.kind);
    q.addBindValue(entry.status.isEmpty() ? statusOf(entry.errorMessage, entry.result, entry.candidateCount)
                                          : entry.status);
    q.addBindValue(text(entry.baseUrl));
    q.addBindValue(entry.latencyMs);
    q.addBindValue(jsonText(entry.usage));
    q.addBindValue(jsonText(entry.draws));
    q.addBindValue(jsonText(entry.payload));
    q.addBindValue(entry.starred ? 1 : 0);
    q.addBindValue(text(searchText(entry)));
    if (!q.exec()) {
        m_error = tr("Cannot save the run to %1: %2").arg(m_path, q.lastError().text());
        return 0;
    }
    const qint64 id = q.lastInsertId().toLongLong();
    q.finish();
    QSqlQuery &star =
        prepared(m_starQuery, QStringLiteral("INSERT OR IGNORE INTO starred_candidates (run_id, idx) VALUES (?, ?)"));
    for (const int idx : entry.starredCandidates) {
        star.addBindValue(id);
        star.addBindValue(idx);
        if (!star.exec()) {
            m_error = tr("Cannot save the run to %1: %2").arg(m_path, star.lastError().text());
            return 0;
        }
    }
    return id;
}

qint64 HistoryStore::add(const HistoryEntry &entry)
{
    if (!isOpen()) {
        m_error = tr("History is not open.");
        return 0;
    }
    qint64 id = 0;
    write([&] {
        id = insert(entry);
        return id > 0;
    });
    return id;
}

Result<HistoryImport> HistoryStore::addAll(const QList<HistoryEntry> &entries)
{
    if (!isOpen())
        return failed(Failure::Kind::Unavailable, tr("History is not open."));
    HistoryImport done;
    const bool ok = write([&] {
        for (const HistoryEntry &e : entries) {
            if (!e.uid.isEmpty() && idOfUid(e.uid) > 0) {
                ++done.skipped;
                continue;
            }
            if (insert(e) <= 0)
                return false;
            ++done.added;
        }
        return true;
    });
    if (!ok)
        return failed(Failure::Kind::Io, m_error);
    return done;
}

QList<HistoryEntry> HistoryStore::list(int limit) const
{
    return page({}, limit);
}

namespace {
/// The WHERE clause of a filter and its values, in order.
struct Where
{
    QStringList terms;
    QVariantList values;
};

Where whereOf(const HistoryFilter &f)
{
    Where w;
    const QString text = f.text.trimmed();
    if (!text.isEmpty()) {
        if (text.toUcs4().size() >= 3) {
            // A quoted FTS5 string: with the trigram tokenizer it matches the text as a substring.
            w.terms.append(QStringLiteral("r.id IN (SELECT rowid FROM runs_fts WHERE runs_fts MATCH ?)"));
            const QString phrase =
                QLatin1Char('"') + QString(text).replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
            w.values.append(phrase);
        } else {
            // Trigrams need three characters; one or two (a Chinese word) are looked up with LIKE.
            QString escaped = text;
            escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\"))
                .replace(QLatin1Char('%'), QStringLiteral("\\%"))
                .replace(QLatin1Char('_'), QStringLiteral("\\_"));
            const QString pattern = QLatin1Char('%') + escaped + QLatin1Char('%');
            w.terms.append(QStringLiteral("(r.prompt LIKE ? ESCAPE '\\' OR r.search_text LIKE ? ESCAPE '\\')"));
            w.values << pattern << pattern;
        }
    }
    const std::pair<const QString *, const char *> exact[] = {{&f.provider, "r.provider = ?"},
                                                              {&f.model, "r.model = ?"},
                                                              {&f.method, "r.method = ?"},
                                                              {&f.kind, "r.kind = ?"}};
    for (const auto &[value, term] : exact) {
        if (!value->isEmpty()) {
            w.terms.append(QLatin1String(term));
            w.values.append(*value);
        }
    }
    if (f.starredOnly)
        w.terms.append(QStringLiteral("r.starred = 1"));
    if (f.since.isValid()) {
        w.terms.append(QStringLiteral("r.created_at >= ?"));
        w.values.append(isoTime(f.since));
    }
    if (f.until.isValid()) {
        w.terms.append(QStringLiteral("r.created_at <= ?"));
        w.values.append(isoTime(f.until));
    }
    return w;
}

void bindAll(QSqlQuery &q, const QVariantList &values)
{
    for (const QVariant &v : values)
        q.addBindValue(v);
}
} // namespace

QList<HistoryEntry> HistoryStore::page(const HistoryFilter &filter, int limit,
                                       const std::optional<HistoryCursor> &from) const
{
    QList<HistoryEntry> out;
    if (!isOpen())
        return out;
    Where w = whereOf(filter);
    if (from) {
        w.terms.append(QStringLiteral("(r.created_at, r.id) < (?, ?)"));
        w.values << isoTime(from->createdAt) << from->id;
    }
    QString sql = QStringLiteral("SELECT ") + summaryColumns + QStringLiteral(" FROM runs r");
    if (!w.terms.isEmpty())
        sql += QStringLiteral(" WHERE ") + w.terms.join(QStringLiteral(" AND "));
    sql += QStringLiteral(" ORDER BY r.created_at DESC, r.id DESC LIMIT ?");
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.setForwardOnly(true);
    q.prepare(sql);
    bindAll(q, w.values);
    q.addBindValue(limit > 0 ? limit : -1);
    if (!q.exec()) {
        m_error = q.lastError().text();
        return out;
    }
    while (q.next())
        out.append(summaryFrom(q));
    return out;
}

qint64 HistoryStore::count(const HistoryFilter &filter) const
{
    if (!isOpen())
        return 0;
    const Where w = whereOf(filter);
    QString sql = QStringLiteral("SELECT COUNT(*) FROM runs r");
    if (!w.terms.isEmpty())
        sql += QStringLiteral(" WHERE ") + w.terms.join(QStringLiteral(" AND "));
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(sql);
    bindAll(q, w.values);
    return q.exec() && q.next() ? q.value(0).toLongLong() : 0;
}

std::optional<HistoryEntry> HistoryStore::get(qint64 id) const
{
    if (!isOpen())
        return std::nullopt;
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(
        QStringLiteral("SELECT ") + summaryColumns +
        QStringLiteral(", r.result, r.distribution, r.raw_replies, r.draws, r.payload FROM runs r WHERE r.id = ?"));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    HistoryEntry e = summaryFrom(q);
    e.result = objectOf(q.value(16));
    e.distribution = objectOf(q.value(17));
    for (const QJsonValue &v : arrayOf(q.value(18)))
        e.rawReplies.append(v.toString());
    e.draws = arrayOf(q.value(19));
    e.payload = objectOf(q.value(20));
    QSqlQuery s(QSqlDatabase::database(m_connection, false));
    s.prepare(QStringLiteral("SELECT idx FROM starred_candidates WHERE run_id = ? ORDER BY idx"));
    s.addBindValue(id);
    if (s.exec()) {
        while (s.next())
            e.starredCandidates.append(s.value(0).toInt());
    }
    return e;
}

qint64 HistoryStore::idOfUid(const QString &uid) const
{
    if (!isOpen())
        return 0;
    QSqlQuery &q = prepared(m_uidQuery, QStringLiteral("SELECT id FROM runs WHERE uid = ?"));
    q.addBindValue(uid);
    const qint64 id = q.exec() && q.next() ? q.value(0).toLongLong() : 0;
    q.finish();
    return id;
}

bool HistoryStore::remove(qint64 id)
{
    if (!isOpen())
        return false;
    bool removed = false;
    write([&] {
        QSqlQuery q(QSqlDatabase::database(m_connection, false));
        q.prepare(QStringLiteral("DELETE FROM runs WHERE id = ?"));
        q.addBindValue(id);
        removed = q.exec() && q.numRowsAffected() > 0;
        return removed;
    });
    return removed;
}

bool HistoryStore::clear()
{
    if (!isOpen())
        return false;
    return write([this] {
        QSqlQuery q(QSqlDatabase::database(m_connection, false));
        // The triggers keep the full-text index in step, row by row; clearing is rare enough.
        return q.exec(QStringLiteral("DELETE FROM runs")) && q.exec(QStringLiteral("DELETE FROM starred_candidates"));
    });
}

bool HistoryStore::setStarred(qint64 id, bool starred)
{
    if (!isOpen())
        return false;
    bool changed = false;
    write([&] {
        QSqlQuery q(QSqlDatabase::database(m_connection, false));
        q.prepare(QStringLiteral("UPDATE runs SET starred = ? WHERE id = ?"));
        q.addBindValue(starred ? 1 : 0);
        q.addBindValue(id);
        changed = q.exec() && q.numRowsAffected() > 0;
        return changed;
    });
    return changed;
}

bool HistoryStore::setCandidateStarred(qint64 id, int index, bool starred)
{
    if (!isOpen())
        return false;
    return write([&] {
        QSqlQuery q(QSqlDatabase::database(m_connection, false));
        q.prepare(QStringLiteral("SELECT 1 FROM runs WHERE id = ?"));
        q.addBindValue(id);
        if (!q.exec() || !q.next())
            return false;
        q.prepare(starred ? QStringLiteral("INSERT OR IGNORE INTO starred_candidates (run_id, idx) VALUES (?, ?)")
                          : QStringLiteral("DELETE FROM starred_candidates WHERE run_id = ? AND idx = ?"));
        q.addBindValue(id);
        q.addBindValue(index);
        return q.exec();
    });
}

bool HistoryStore::setDraws(qint64 id, const QJsonArray &draws)
{
    if (!isOpen())
        return false;
    return write([&] {
        QSqlQuery q(QSqlDatabase::database(m_connection, false));
        q.prepare(QStringLiteral("UPDATE runs SET draws = ? WHERE id = ?"));
        q.addBindValue(jsonText(draws));
        q.addBindValue(id);
        return q.exec() && q.numRowsAffected() > 0;
    });
}

QStringList HistoryStore::distinct(const QString &column) const
{
    QStringList out;
    static const QStringList allowed{QStringLiteral("provider"), QStringLiteral("model"), QStringLiteral("method")};
    if (!isOpen() || !allowed.contains(column))
        return out;
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    // A skip scan over the (column, created_at) index: one lookup per distinct value, not a pass over every run.
    if (q.exec(QStringLiteral("WITH RECURSIVE v(x) AS (SELECT min(%1) FROM runs UNION ALL SELECT (SELECT min(%1) FROM "
                              "runs WHERE %1 > v.x) FROM v WHERE v.x IS NOT NULL) "
                              "SELECT x FROM v WHERE x IS NOT NULL AND x <> ''")
                   .arg(column))) {
        while (q.next())
            out.append(q.value(0).toString());
    }
    return out;
}
