// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "TestKit.h"

#include <QString>

#include <memory>
#include <optional>

class MainWindow;
class MemorySecretStore;
class QTableWidget;
class QWidget;
struct RunResult;

/**
 * Helpers shared by the widget tests (tests/ui), on top of TestKit: a MainWindow on the offline demo model, typing
 * like a user, running to the end. They fail the current test rather than abort: see TestKit.h for VSLAB_TAKE,
 * VSLAB_CHECK, VSLAB_CHILD and VSLAB_WAIT_RUN.
 *
 * Dialogs the window opens are window-modal and opened with open(), so a test finds them right after the action
 * (`w->findChild<QMessageBox *>()`) and clicks their buttons directly; a QTimer::singleShot lambda that drives a
 * modal exec() would hang on a failed check instead of failing.
 */
namespace WidgetTestKit {

/// How makeDemoWindow() sets the window up.
struct DemoWindowOptions
{
    /// Demo-model streaming speed; 0 = the whole reply at once.
    double tokensPerSecond = 0.0;
    /// A fixed seed makes the demo model's replies, and so every test, deterministic; nullopt keeps the default.
    std::optional<quint64> seed = 7;
};

/**
 * A shown MainWindow on the demo model that writes no settings and never touches the user's keychain: its secret
 * store is in memory, handed out through `secrets` when asked (owned by the window).
 */
std::unique_ptr<MainWindow> makeDemoWindow(const DemoWindowOptions &options = {},
                                           MemorySecretStore **secrets = nullptr);

/// Types `prompt` into the window's "promptEdit" like a user (select all, delete, type) and presses Ctrl+Enter.
/// Fails the test when there is no prompt editor: call it through VSLAB_CHECK.
void typeAndGenerate(QWidget *window, const QString &prompt);

/// Sets the prompt, generates, and waits for the window's runFinished().
TestKit::Outcome<RunResult> generate(MainWindow *window, const QString &prompt, int timeoutMs = TestKit::kRunTimeoutMs);

/// Saves `window` as `name` (a .png) in $VSLAB_SCREENSHOT_DIR when it is set (how the README's lab, classroom, three
/// views and models screenshots are made). Call it through VSLAB_CHECK.
void saveScreenshot(QWidget *window, const QString &name);
/// Every visible control of `window` that takes focus by Tab has an accessible name. Call it through VSLAB_CHECK.
void checkAccessibleNames(QWidget *window);
/// The row of `table` whose vertical header reads `name`, or -1.
int metricRow(const QTableWidget *table, const QString &name);

/// No application-modal or window-modal widget is active.
bool noModalDialog();
/// No dialog is open at all, modal or not: errors belong in the window's banner.
bool noDialogOpen();

} // namespace WidgetTestKit
