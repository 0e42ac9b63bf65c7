// SPDX-License-Identifier: Apache-2.0
// A known fake key typed into the Providers dialog goes through a whole session of the window — a run against the
// loopback server, the lab's comparison, export in every format, a lesson pack, a history search — and then appears
// in no file under the test's data, config and cache folders, though every call carried it.
#include "LoopbackServer.h"
#include "MainWindow.h"
#include "ProvidersDialog.h"
#include "session/LabSession.h"
#include "session/LessonPack.h"
#include "session/Session.h"
#include "store/HistoryStore.h"
#include "WidgetTestKit.h"

#include <QComboBox>
#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLineEdit>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace WidgetTestKit;

namespace {
const QByteArray kKey = "sk-vslab-GUI-canary-51c2d8";

} // namespace

class TestKeyLeakGui : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aKeyFromTheDialogIsNeverWritten()
    {
        LoopbackServer server;
        server.setResponder([](const LoopbackServer::Request &request) {
            const QString messages =
                QString::fromUtf8(QJsonDocument(request.json().value(QStringLiteral("messages")).toArray()).toJson());
            return LoopbackServer::Response::openAiCompletion(
                messages.contains(QLatin1String("probabilit"))
                    ? QStringLiteral(
                          R"({"responses":[{"text":"Teal","probability":0.6},{"text":"Amber","probability":0.4}]})")
                    : QStringLiteral("Teal"));
        });
        QTemporaryDir data;
        MemorySecretStore *secrets = nullptr;
        auto w = makeDemoWindow({}, &secrets);
        QVERIFY(w->openHistory(data.filePath(QStringLiteral("history.sqlite"))));
        w->showProvidersDialog();
        VSLAB_FIND(ProvidersDialog, dialog, w.get());
        VSLAB_CHILD(QComboBox, preset, dialog, "presetCombo");
        preset->setCurrentIndex(preset->findData(QStringLiteral("custom")));
        VSLAB_CHILD(QLineEdit, baseUrl, dialog, "baseUrlEdit");
        baseUrl->setText(server.url(QStringLiteral("/v1")).toString());
        VSLAB_CHILD(QLineEdit, key, dialog, "apiKeyEdit");
        QTest::keyClicks(key, QString::fromLatin1(kKey));
        dialog->accept();
        QTRY_VERIFY(!w->findChild<ProvidersDialog *>());
        QCOMPARE(w->providerConfig().presetId, QStringLiteral("custom"));
        QCOMPARE(w->providerConfig().apiKey, QString::fromLatin1(kKey));

        // A run, its exports in every format and a lesson pack.
        QSignalSpy finished(w.get(), &MainWindow::runFinished);
        w->setPrompt(QStringLiteral("Name a colour"));
        w->generate();
        VSLAB_WAIT_RUN(finished, TestKit::kRunTimeoutMs, r);
        QVERIFY2(!r.error, qPrintable(r.error ? r.error->message : QString()));
        for (const char *suffix : {"json", "csv", "md", "html", "svg", "png"}) {
            const QString path = data.filePath(QStringLiteral("export.") + QString::fromLatin1(suffix));
            const Result<void> written = w->session()->exportTo(path);
            QVERIFY2(written.ok(), qPrintable(path + QStringLiteral(": ") + written.message()));
        }
        // A comparison saved in the same history, then everything as a lesson pack, and a search.
        LabSession lab(w->providers());
        lab.setHistory(w->session());
        CompareRequest request;
        request.prompt = QStringLiteral("Name a colour");
        request.n = 3;
        request.settings.k = 2;
        QSignalSpy compared(&lab, &LabSession::finished);
        QVERIFY(lab.start(request).ok());
        QVERIFY(compared.wait(TestKit::kRunTimeoutMs));
        HistoryStore *store = w->session()->historyStore();
        QVERIFY(store);
        HistoryFilter teal;
        teal.text = QStringLiteral("Teal");
        QVERIFY(store->page(teal, 10).size() >= 2);
        const QList<HistoryEntry> runs = store->page({}, 10);
        QList<HistoryEntry> full;
        for (const HistoryEntry &e : runs) {
            if (const std::optional<HistoryEntry> one = store->get(e.id))
                full.append(*one);
        }
        QFile pack(data.filePath(QStringLiteral("lesson.vslabpack")));
        QVERIFY(pack.open(QIODevice::WriteOnly));
        LessonPack lesson;
        lesson.title = QStringLiteral("Colours");
        lesson.runs = full;
        pack.write(lesson.encode());
        pack.close();

        // Every call carried the key; no file holds it.
        QVERIFY(server.requests().size() >= 3);
        for (const LoopbackServer::Request &req : server.requests())
            QCOMPARE(req.header("authorization"), QByteArray("Bearer ") + kKey);
        w.reset(); // settings are written
        QStringList roots{data.path()};
        for (const auto location : {QStandardPaths::GenericDataLocation, QStandardPaths::GenericConfigLocation,
                                    QStandardPaths::GenericCacheLocation})
            roots.append(QStandardPaths::writableLocation(location));
        int files = 0;
        for (const QString &root : std::as_const(roots)) {
            QDirIterator it(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
            while (it.hasNext()) {
                QFile f(it.next());
                if (!f.open(QIODevice::ReadOnly))
                    continue;
                QVERIFY2(!f.readAll().contains(kKey), qPrintable(f.fileName()));
                ++files;
            }
        }
        QVERIFY2(files >= 9, qPrintable(QString::number(files)));
    }
};

QTEST_MAIN(TestKeyLeakGui)
#include "tst_keyleakgui.moc"
