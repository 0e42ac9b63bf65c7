// SPDX-License-Identifier: Apache-2.0
// Core's folders depend one way: base <- vs <- providers <- run <- (store, export) <- session. Views live in ui/.
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTest>

class TestLayering : public QObject
{
    Q_OBJECT

    /// Folder -> the core folders it may include from (itself included implicitly).
    static QHash<QString, QStringList> allowed()
    {
        const QStringList below = {QStringLiteral("base")};
        return {{QStringLiteral("base"), {}},
                {QStringLiteral("vs"), below},
                {QStringLiteral("metrics"), below + QStringList{QStringLiteral("vs")}},
                {QStringLiteral("providers"), below + QStringList{QStringLiteral("vs")}},
                {QStringLiteral("run"), below + QStringList{QStringLiteral("vs"), QStringLiteral("providers")}},
                {QStringLiteral("store"),
                 below + QStringList{QStringLiteral("vs"), QStringLiteral("providers"), QStringLiteral("run")}},
                {QStringLiteral("export"), below + QStringList{QStringLiteral("vs"), QStringLiteral("providers"),
                                                               QStringLiteral("run"), QStringLiteral("metrics")}},
                {QStringLiteral("session"),
                 below + QStringList{QStringLiteral("vs"), QStringLiteral("providers"), QStringLiteral("run"),
                                     QStringLiteral("store"), QStringLiteral("export"), QStringLiteral("metrics")}}};
    }

private Q_SLOTS:
    void coreFoldersDependOneWay()
    {
        // The sources sit beside this file's tree: tests/unit/ -> ../../core.
        const QString core = QDir(QStringLiteral(VSLAB_SOURCE_DIR)).filePath(QStringLiteral("core"));
        QVERIFY2(QFile::exists(core), qPrintable(core));
        static const QRegularExpression include(QStringLiteral("^#include \"([a-z]+)/[^\"]+\""),
                                                QRegularExpression::MultilineOption);
        static const QRegularExpression widgets(QStringLiteral("^#include <Q(Widget|Application|Chart|MainWindow)"),
                                                QRegularExpression::MultilineOption);
        const QHash<QString, QStringList> rules = allowed();
        int files = 0;
        QDirIterator it(core, {QStringLiteral("*.h"), QStringLiteral("*.cpp")}, QDir::Files,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            const QString folder = QDir(core).relativeFilePath(path).section(QLatin1Char('/'), 0, 0);
            if (!rules.contains(folder))
                continue; // core/I18n.* sits at the root and includes nothing of core's folders
            QFile f(path);
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QString text = QString::fromUtf8(f.readAll());
            ++files;
            QVERIFY2(!widgets.match(text).hasMatch(), qPrintable(path + QStringLiteral(" includes Qt Widgets")));
            for (auto m = include.globalMatch(text); m.hasNext();) {
                const QString used = m.next().captured(1);
                if (used == folder || !rules.contains(used))
                    continue;
                QVERIFY2(rules.value(folder).contains(used),
                         qPrintable(QStringLiteral("%1 (%2/) includes %3/").arg(path, folder, used)));
            }
        }
        QVERIFY(files > 50);
    }
};

QTEST_GUILESS_MAIN(TestLayering)
#include "tst_layering.moc"
