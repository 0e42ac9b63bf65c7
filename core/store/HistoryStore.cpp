// SPDX-License-Identifier: Apache-2.0
#include "HistoryStore.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QUuid>

namespace {
constexpr int schemaVersion = 1;

/// The columns list() and get() share, in the order both SELECTs name them.
const QString summaryColumns =
    QStringLiteral("id, created_at, prompt, method, provider, model, simulated, candidate_count, error");

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
    return e;
}

QByteArray toJson(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}
QJsonObject fromJson(const QByteArray &b)
{
    return QJsonDocument::fromJson(b).object();
}
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
    if (QSqlDatabase::contains(m_connection)) {
        QSqlDatabase::database(m_connection, false).close();
        QSqlDatabase::removeDatabase(m_connection);
    }
}

bool HistoryStore::isOpen() const
{
    return QSqlDatabase::contains(m_connection) && QSqlDatabase::database(m_connection, false).isOpen();
}

Result<void> HistoryStore::open(const QString &path)
{
    m_path = path.isEmpty()
                 ? QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/history.sqlite")
                 : path;
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    QSqlDatabase db = QSqlDatabase::contains(m_connection)
                          ? QSqlDatabase::database(m_connection, false)
                          : QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    if (!db.isValid()) {
        return failed(Failure::Kind::Unavailable,
                      tr("The SQLite driver for Qt is missing (package libqt6sql6-sqlite); history is off."));
    }
    db.setDatabaseName(m_path);
    if (!db.open()) {
        return failed(Failure::Kind::Io,
                      tr("Cannot open the history database %1: %2").arg(m_path, db.lastError().text()));
    }
    QSqlQuery q(db);
    q.exec(QStringLiteral("PRAGMA journal_mode=WAL"));
    q.exec(QStringLiteral("PRAGMA user_version"));
    const int version = q.next() ? q.value(0).toInt() : 0;
    if (version > schemaVersion) {
        const Failure newer =
            failed(Failure::Kind::Unavailable,
                   tr("The history database %1 was written by a newer VS Lab; history is off.").arg(m_path));
        db.close();
        return newer;
    }
    if (version < 1) {
        const bool ok = q.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS runs ("
                                              " id INTEGER PRIMARY KEY AUTOINCREMENT,"
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
                                              " raw_replies TEXT NOT NULL)")) &&
                        q.exec(QStringLiteral("PRAGMA user_version = 1"));
        if (!ok) {
            return failed(Failure::Kind::Io,
                          tr("Cannot create the history table in %1: %2").arg(m_path, q.lastError().text()));
        }
    }
    return {};
}

qint64 HistoryStore::add(const HistoryEntry &entry)
{
    if (!isOpen()) {
        m_error = tr("History is not open.");
        return 0;
    }
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral("INSERT INTO runs (created_at, prompt, method, provider, model, simulated, "
                             "candidate_count, error, result, distribution, raw_replies) "
                             "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    const QDateTime created = entry.createdAt.isValid() ? entry.createdAt : QDateTime::currentDateTimeUtc();
    q.addBindValue(created.toUTC().toString(Qt::ISODateWithMs));
    q.addBindValue(entry.prompt);
    q.addBindValue(entry.method);
    q.addBindValue(entry.provider);
    q.addBindValue(entry.model);
    q.addBindValue(entry.simulated ? 1 : 0);
    q.addBindValue(entry.candidateCount);
    q.addBindValue(entry.errorMessage.isNull() ? QStringLiteral("") : entry.errorMessage); // null binds NULL
    q.addBindValue(QString::fromUtf8(toJson(entry.result)));
    q.addBindValue(QString::fromUtf8(toJson(entry.distribution)));
    q.addBindValue(
        QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(entry.rawReplies)).toJson(QJsonDocument::Compact)));
    if (!q.exec()) {
        m_error = tr("Cannot save the run to %1: %2").arg(m_path, q.lastError().text());
        return 0;
    }
    return q.lastInsertId().toLongLong();
}

QList<HistoryEntry> HistoryStore::list(int limit) const
{
    QList<HistoryEntry> out;
    if (!isOpen())
        return out;
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral("SELECT ") + summaryColumns + QStringLiteral(" FROM runs ORDER BY id DESC LIMIT ?"));
    q.addBindValue(limit > 0 ? limit : -1);
    if (!q.exec()) {
        m_error = q.lastError().text();
        return out;
    }
    while (q.next())
        out.append(summaryFrom(q));
    return out;
}

std::optional<HistoryEntry> HistoryStore::get(qint64 id) const
{
    if (!isOpen())
        return std::nullopt;
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral("SELECT ") + summaryColumns +
              QStringLiteral(", result, distribution, raw_replies FROM runs WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    HistoryEntry e = summaryFrom(q);
    e.result = fromJson(q.value(9).toString().toUtf8());
    e.distribution = fromJson(q.value(10).toString().toUtf8());
    for (const QJsonValue &v : QJsonDocument::fromJson(q.value(11).toString().toUtf8()).array())
        e.rawReplies.append(v.toString());
    return e;
}

bool HistoryStore::remove(qint64 id)
{
    if (!isOpen())
        return false;
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral("DELETE FROM runs WHERE id = ?"));
    q.addBindValue(id);
    return q.exec() && q.numRowsAffected() > 0;
}

bool HistoryStore::clear()
{
    if (!isOpen())
        return false;
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    return q.exec(QStringLiteral("DELETE FROM runs"));
}
