// SPDX-License-Identifier: Apache-2.0
#include "WidgetTestKit.h"

#include "MainWindow.h"
#include "store/SecretStore.h"

#include <QApplication>
#include <QDialog>
#include <QPlainTextEdit>
#include <QSignalSpy>
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

} // namespace WidgetTestKit
