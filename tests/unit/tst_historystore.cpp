// SPDX-License-Identifier: Apache-2.0
#include "session/RunArchive.h"
#include "store/HistoryStore.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

namespace {
RunResult sampleResult()
{
    QList<Candidate> cands;
    for (int i = 0; i < 3; ++i) {
        Candidate c;
        c.text = QStringLiteral("answer %1\nsecond line 世界").arg(i);
        c.stated = c.clipped = 0.2 * (i + 1);
        c.index = i;
        cands.append(c);
    }
    RunResult r;
    r.distribution = Distribution::build(cands, {});
    r.providerId = QStringLiteral("openai");
    r.model = QStringLiteral("gpt-4.1");
    r.rawReplies = {QStringLiteral("{\"responses\": []}")};
    r.latencyMs = 1234;
    r.url = QUrl(QStringLiteral("https://user:secret-in-url@api.example.com/v1/chat/completions"));
    return r;
}

HistoryEntry entryAt(const QString &prompt, const QDateTime &when, const QString &provider = QStringLiteral("demo"),
                     const QString &candidate = QString())
{
    HistoryEntry e;
    e.prompt = prompt;
    e.createdAt = when;
    e.method = QStringLiteral("vs-standard");
    e.provider = provider;
    e.model = provider + QStringLiteral("-model");
    if (!candidate.isEmpty())
        e.result.insert(QStringLiteral("candidates"), QJsonArray{QJsonObject{{QStringLiteral("text"), candidate}}});
    return e;
}

QList<qint64> idsOf(const QList<HistoryEntry> &entries)
{
    QList<qint64> ids;
    for (const HistoryEntry &e : entries)
        ids.append(e.id);
    return ids;
}

QByteArray bytesOf(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}
} // namespace

class TestHistoryStore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void savesListsAndReloads()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("h.sqlite"));
        RunRequest request;
        request.prompt = QStringLiteral("Tell me a joke");
        request.settings.seed = 9;
        const RunResult result = sampleResult();
        qint64 id = 0;
        {
            HistoryStore store;
            QVERIFY2(store.open(path), qPrintable(store.lastError()));
            id = store.add(RunArchive::toEntry(request, result));
            QVERIFY2(id > 0, qPrintable(store.lastError()));
            store.add(RunArchive::toEntry(request, result));
        }
        HistoryStore store; // reopened: nothing lost
        QVERIFY(store.open(path));
        const QList<HistoryEntry> entries = store.list();
        QCOMPARE(entries.size(), 2);
        QVERIFY(entries[0].id > entries[1].id); // newest first
        QCOMPARE(entries[1].prompt, request.prompt);
        QCOMPARE(entries[1].candidateCount, 3);
        const auto entry = store.get(id);
        QVERIFY(entry);
        QCOMPARE(entry->rawReplies, result.rawReplies);
        QString error;
        const auto d = Distribution::fromJson(entry->distribution, nullptr, &error);
        QVERIFY2(d, qPrintable(error));
        QCOMPARE(d->size(), 3);
        QCOMPARE(d->items()[0].text, result.distribution.items()[0].text);
        QCOMPARE(d->sample(10, 5), result.distribution.sample(10, 5));
        QCOMPARE(entry->result[QStringLiteral("prompt")].toString(), request.prompt);

        QVERIFY(store.remove(id));
        QVERIFY(!store.remove(id));
        QCOMPARE(store.list().size(), 1);
        QVERIFY(store.clear());
        QCOMPARE(store.list().size(), 0);

        for (const QString &file : QDir(dir.path()).entryList(QDir::Files)) {
            QFile f(dir.filePath(file));
            QVERIFY(f.open(QIODevice::ReadOnly));
            QVERIFY2(!f.readAll().contains("secret-in-url"), qPrintable(file));
        }
    }
    void aNewerDatabaseIsRefusedAndLeftAlone()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("newer.sqlite"));
        {
            HistoryStore store;
            QVERIFY(store.open(path));
        }
        {
            // What a later VS Lab with another schema would leave behind.
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("newer"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery(db).exec(QStringLiteral("PRAGMA user_version = 99"));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("newer"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray before = file.readAll();
        file.close();
        HistoryStore store;
        const Result<void> opened = store.open(path);
        QVERIFY(!opened);
        QCOMPARE(opened.failure().kind, Failure::Kind::Unavailable);
        QVERIFY2(opened.message().contains(QStringLiteral("newer VS Lab")), qPrintable(opened.message()));
        QVERIFY(!store.isOpen());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), before); // never modified
    }

    void migratesAVersion1Database()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("v1.sqlite"));
        {
            // Exactly what VS Lab's schema 1 created.
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v1"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral(
                "CREATE TABLE IF NOT EXISTS runs ( id INTEGER PRIMARY KEY AUTOINCREMENT, created_at TEXT NOT NULL,"
                " prompt TEXT NOT NULL, method TEXT NOT NULL, provider TEXT NOT NULL, model TEXT NOT NULL,"
                " simulated INTEGER NOT NULL, candidate_count INTEGER NOT NULL, error TEXT NOT NULL,"
                " result TEXT NOT NULL, distribution TEXT NOT NULL, raw_replies TEXT NOT NULL)")));
            QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = 1")));
            QVERIFY(q.exec(QStringLiteral(
                "INSERT INTO runs (created_at, prompt, method, provider, model, simulated, candidate_count, error,"
                " result, distribution, raw_replies) VALUES ('2025-01-02T03:04:05.000Z', 'Write a poem', 'vs-standard',"
                " 'openai', 'gpt-4.1', 0, 1, '', '{\"candidates\":[{\"text\":\"今天天气很好\"}],\"latency_ms\":42,"
                "\"url\":\"https://api.example.com/v1/chat/completions\",\"usage\":{\"input_tokens\":7}}', '{}', '[]'),"
                " ('2025-01-03T03:04:05.000Z', 'Cancelled one', 'vs-standard', 'demo', 'demo', 1, 0, 'cancelled',"
                " '{\"error\":{\"code\":\"cancelled\",\"message\":\"cancelled\"}}', '{}', '[]')")));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("v1"));
        HistoryStore store;
        QVERIFY2(store.open(path), qPrintable(store.lastError()));
        const QList<HistoryEntry> runs = store.list();
        QCOMPARE(runs.size(), 2);
        QCOMPARE(runs[0].prompt, QStringLiteral("Cancelled one"));
        QCOMPARE(runs[0].status, QStringLiteral("cancelled"));
        QCOMPARE(runs[1].status, QStringLiteral("ok"));
        QCOMPARE(runs[1].latencyMs, 42);
        QCOMPARE(runs[1].baseUrl, QStringLiteral("https://api.example.com/v1/chat/completions"));
        QCOMPARE(runs[1].usage[QStringLiteral("input_tokens")].toInt(), 7);
        QCOMPARE(runs[1].kind, QStringLiteral("run"));
        QVERIFY(!runs[0].uid.isEmpty() && runs[0].uid != runs[1].uid);
        HistoryFilter f;
        f.text = QStringLiteral("天气");
        QCOMPARE(idsOf(store.page(f, 10)), QList<qint64>{runs[1].id});
        f.text = QStringLiteral("天气很好");
        QCOMPARE(idsOf(store.page(f, 10)), QList<qint64>{runs[1].id});
        // New runs go on working after the migration.
        QVERIFY(store.add(entryAt(QStringLiteral("after"), QDateTime::currentDateTimeUtc())) > 0);
        QCOMPARE(store.count(), 3);
    }

    void fullTextSearchFindsAnyScript()
    {
        QTemporaryDir dir;
        HistoryStore store;
        QVERIFY(store.open(dir.filePath(QStringLiteral("fts.sqlite"))));
        const QDateTime t0 = QDateTime::currentDateTimeUtc();
        const qint64 joke = store.add(entryAt(QStringLiteral("Tell me a JOKE"), t0, QStringLiteral("demo"),
                                              QStringLiteral("Why did the chicken cross the road")));
        const qint64 poem = store.add(entryAt(QStringLiteral("写一首关于秋天的诗"), t0.addSecs(1),
                                              QStringLiteral("demo"), QStringLiteral("落叶飘零，秋风瑟瑟")));
        const qint64 other = store.add(entryAt(QStringLiteral("Name a colour"), t0.addSecs(2)));
        QVERIFY(joke > 0 && poem > 0 && other > 0);
        const auto search = [&store](const QString &text) {
            HistoryFilter f;
            f.text = text;
            return idsOf(store.page(f, 50));
        };
        QCOMPARE(search(QStringLiteral("joke")), QList<qint64>{joke});          // case-insensitive
        QCOMPARE(search(QStringLiteral("chicken cro")), QList<qint64>{joke});   // candidate text, substring
        QCOMPARE(search(QStringLiteral("秋天")), QList<qint64>{poem});          // two characters
        QCOMPARE(search(QStringLiteral("秋")), QList<qint64>{poem});            // one
        QCOMPARE(search(QStringLiteral("秋风瑟")), QList<qint64>{poem});        // three, from a candidate
        QCOMPARE(search(QStringLiteral("a \"quoted\" text")), QList<qint64>{}); // quotes are text, not syntax
        QCOMPARE(search(QStringLiteral("50%")), QList<qint64>{});
        QCOMPARE(search(QStringLiteral("na")).size(), 1);
        QVERIFY(store.remove(poem)); // the index follows deletes
        QCOMPARE(search(QStringLiteral("秋风瑟")), QList<qint64>{});
    }

    void filtersAndStars()
    {
        QTemporaryDir dir;
        HistoryStore store;
        QVERIFY(store.open(dir.filePath(QStringLiteral("filters.sqlite"))));
        const QDateTime t0(QDate(2026, 5, 1), QTime(12, 0), Qt::UTC);
        const qint64 a = store.add(entryAt(QStringLiteral("a"), t0, QStringLiteral("openai")));
        HistoryEntry be = entryAt(QStringLiteral("b"), t0.addDays(1), QStringLiteral("demo"));
        be.kind = QStringLiteral("compare");
        be.payload = QJsonObject{
            {QStringLiteral("answers"), QJsonArray{QJsonObject{{QStringLiteral("text"), QStringLiteral("compared")}}}}};
        const qint64 b = store.add(be);
        HistoryEntry ce = entryAt(QStringLiteral("c"), t0.addDays(2), QStringLiteral("demo"));
        ce.method = QStringLiteral("direct");
        const qint64 c = store.add(ce);
        const auto ids = [&store](const HistoryFilter &f) { return idsOf(store.page(f, 50)); };
        HistoryFilter f;
        QCOMPARE(ids(f), (QList<qint64>{c, b, a}));
        f.provider = QStringLiteral("demo");
        QCOMPARE(ids(f), (QList<qint64>{c, b}));
        f.method = QStringLiteral("direct");
        QCOMPARE(ids(f), QList<qint64>{c});
        f = {};
        f.model = QStringLiteral("openai-model");
        QCOMPARE(ids(f), QList<qint64>{a});
        f = {};
        f.kind = QStringLiteral("compare");
        QCOMPARE(ids(f), QList<qint64>{b});
        f = {};
        f.text = QStringLiteral("compared"); // a compare payload is searchable too
        QCOMPARE(ids(f), QList<qint64>{b});
        f = {};
        f.since = t0.addSecs(3600);
        f.until = t0.addDays(1).addSecs(3600);
        QCOMPARE(ids(f), QList<qint64>{b});
        QCOMPARE(store.count(f), 1);
        QCOMPARE(store.distinct(QStringLiteral("provider")),
                 (QStringList{QStringLiteral("demo"), QStringLiteral("openai")}));
        QCOMPARE(store.distinct(QStringLiteral("method")),
                 (QStringList{QStringLiteral("direct"), QStringLiteral("vs-standard")}));
        QVERIFY(store.distinct(QStringLiteral("prompt; DROP TABLE runs")).isEmpty());

        f = {};
        f.starredOnly = true;
        QVERIFY(ids(f).isEmpty());
        QVERIFY(store.setStarred(a, true));
        QCOMPARE(ids(f), QList<qint64>{a});
        QVERIFY(store.get(a)->starred);
        QVERIFY(store.setStarred(a, false));
        QVERIFY(ids(f).isEmpty());
        QVERIFY(!store.setStarred(999, true));
        QVERIFY(store.setCandidateStarred(b, 2, true));
        QVERIFY(store.setCandidateStarred(b, 0, true));
        QCOMPARE(store.get(b)->starredCandidates, (QList<int>{0, 2}));
        QVERIFY(store.setCandidateStarred(b, 2, false));
        QCOMPARE(store.get(b)->starredCandidates, QList<int>{0});
        QVERIFY(!store.setCandidateStarred(999, 0, true));
        QVERIFY(store.setDraws(b, QJsonArray{QJsonObject{{QStringLiteral("seed"), QStringLiteral("7")}}}));
        QCOMPARE(store.get(b)->draws.size(), 1);
        QCOMPARE(store.get(b)->payload, be.payload);
    }

    void keysetPagingVisitsEveryRunOnce()
    {
        QTemporaryDir dir;
        HistoryStore store;
        QVERIFY(store.open(dir.filePath(QStringLiteral("pages.sqlite"))));
        const QDateTime t0 = QDateTime::currentDateTimeUtc();
        QList<HistoryEntry> batch;
        for (int i = 0; i < 53; ++i) // runs sharing a time stamp must not be skipped or repeated
            batch.append(entryAt(QStringLiteral("run %1").arg(i), t0.addSecs(i / 4)));
        const Result<HistoryImport> added = store.addAll(batch);
        QVERIFY2(added, qPrintable(added.message()));
        QCOMPARE(added->added, 53);
        const QList<qint64> all = idsOf(store.list(0));
        QCOMPARE(all.size(), 53);
        QList<qint64> paged;
        std::optional<HistoryCursor> from;
        for (;;) {
            const QList<HistoryEntry> page = store.page({}, 7, from);
            if (page.isEmpty())
                break;
            paged += idsOf(page);
            from = HistoryCursor::after(page.last());
        }
        QCOMPARE(paged, all);
        QCOMPARE(store.list(1).first().prompt, QStringLiteral("run 52"));
    }

    void importSkipsKnownUids()
    {
        QTemporaryDir dir;
        HistoryStore store;
        QVERIFY(store.open(dir.filePath(QStringLiteral("uids.sqlite"))));
        HistoryEntry e = entryAt(QStringLiteral("once"), QDateTime::currentDateTimeUtc());
        e.uid = QStringLiteral("11111111-2222-3333-4444-555555555555");
        e.prompt = QStringLiteral("original");
        QVERIFY(store.add(e) > 0);
        e.prompt = QStringLiteral("changed");
        HistoryEntry fresh = entryAt(QStringLiteral("new"), QDateTime::currentDateTimeUtc());
        fresh.uid = QStringLiteral("99999999-2222-3333-4444-555555555555");
        const Result<HistoryImport> done = store.addAll({e, fresh});
        QVERIFY(done);
        QCOMPARE(done->added, 1);
        QCOMPARE(done->skipped, 1);
        QCOMPARE(store.get(store.idOfUid(e.uid))->prompt, QStringLiteral("original"));
    }

    void aCorruptDatabaseIsMovedAside()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("broken.sqlite"));
        const QByteArray garbage = QByteArray("this is not a database at all ").repeated(200);
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(garbage);
        }
        HistoryStore store;
        const Result<void> opened = store.open(path);
        QVERIFY2(opened, qPrintable(opened.message()));
        QVERIFY2(store.notice().contains(QStringLiteral(".corrupt-")), qPrintable(store.notice()));
        const QStringList aside = QDir(dir.path()).entryList({QStringLiteral("broken.sqlite.corrupt-*")}, QDir::Files);
        QCOMPARE(aside.size(), 1);
        QVERIFY(store.notice().contains(aside.first()));
        QCOMPARE(bytesOf(dir.filePath(aside.first())), garbage); // kept, never emptied
        QVERIFY(store.add(entryAt(QStringLiteral("fresh"), QDateTime::currentDateTimeUtc())) > 0);
        QCOMPARE(store.count(), 1);
    }

    void unwritablePathGivesAMessage()
    {
        HistoryStore store;
        QVERIFY(!store.open(QStringLiteral("/proc/vslab/none/h.sqlite")));
        QVERIFY(store.lastError().contains(QStringLiteral("/proc/vslab")));
        RunRequest request;
        QCOMPARE(store.add(RunArchive::toEntry(request, sampleResult())), 0);
    }
};

QTEST_GUILESS_MAIN(TestHistoryStore)
#include "tst_historystore.moc"
