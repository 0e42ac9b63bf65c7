// SPDX-License-Identifier: Apache-2.0
#include "WidgetTestKit.h"
#include <QDir>
#include <QLabel>
#include <QTableWidget>

#include "MainWindow.h"
#include "store/SecretStore.h"

#include <QApplication>
#include <QDialog>
#include <QDir>
#include <QLabel>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>

namespace WidgetTestKit {

std::unique_ptr<MainWindow> makeDemoWindow(const DemoWindowOptions &options, MemorySecretStore **secrets)
{
    auto store = std::make_unique<MemorySecretStore>();
    if (secrets)
        *secrets = store.get();
    auto w = std::make_unique<MainWindow>(std::move(store));
    w->setPersistent(false);
    w->setDemoTokensPerSecond(options.tokensPerSecond);
    if (options.seed) {
        GenerationSettings s = w->settings();
        s.seed = options.seed;
        w->setSettings(s);
    }
    w->show();
    // Not a failure: some platforms never report exposure, and every check that needs it waits for it.
    if (!QTest::qWaitForWindowExposed(w.get()))
        qWarning("window not exposed");
    return w;
}

void typeAndGenerate(QWidget *window, const QString &prompt)
{
    VSLAB_CHILD(QPlainTextEdit, edit, window, "promptEdit");
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Delete);
    QTest::keyClicks(edit, prompt);
    QTest::keyClick(edit, Qt::Key_Return, Qt::ControlModifier);
}

TestKit::Outcome<RunResult> generate(MainWindow *window, const QString &prompt, int timeoutMs)
{
    window->setPrompt(prompt);
    QSignalSpy finished(window, &MainWindow::runFinished);
    window->generate();
    return TestKit::takeSignal<RunResult>(finished, timeoutMs);
}

bool noModalDialog()
{
    return QApplication::activeModalWidget() == nullptr;
}

bool noDialogOpen()
{
    if (!noModalDialog())
        return false;
    const auto tops = QApplication::topLevelWidgets();
    for (QWidget *w : tops) {
        if (w->isVisible() && qobject_cast<QDialog *>(w))
            return false;
    }
    return true;
}

void saveScreenshot(QWidget *window, const QString &name)
{
    const QString dir = qEnvironmentVariable("VSLAB_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    QVERIFY(window->grab().save(QDir(dir).filePath(name)));
}

void checkAccessibleNames(QWidget *window)
{
    const auto widgets = window->findChildren<QWidget *>();
    for (QWidget *w : widgets) {
        if (!w->isVisibleTo(window) || qobject_cast<QLabel *>(w) || w->focusProxy())
            continue;
        if (!(w->focusPolicy() & Qt::TabFocus))
            continue;
        if (w->inherits("QScrollBar") || w->inherits("QHeaderView") || w->parentWidget()->inherits("QSpinBox") ||
            w->parentWidget()->inherits("QAbstractSpinBox"))
            continue; // parts of a named control
        QVERIFY2(!w->accessibleName().isEmpty(),
                 qPrintable(QStringLiteral("no accessible name: %1 \"%2\"")
                                .arg(QString::fromLatin1(w->metaObject()->className()), w->objectName())));
    }
}

int metricRow(const QTableWidget *table, const QString &name)
{
    for (int r = 0; r < table->rowCount(); ++r) {
        if (table->verticalHeaderItem(r) && table->verticalHeaderItem(r)->text() == name)
            return r;
    }
    return -1;
}

} // namespace WidgetTestKit
