// SPDX-License-Identifier: Apache-2.0
#include "session/RunArchive.h"
#include "store/HistoryStore.h"

#include <QFile>
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
