// SPDX-License-Identifier: Apache-2.0
#include "I18n.h"
#include "MainWindow.h"
#include "session/AppSettings.h"
#include "session/GenerationFlags.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QEvent>
#include <QIcon>
#include <QPalette>
#include <QPixmap>
#include <QRegularExpression>
#include <QStyleFactory>
#include <QTimer>

#include <cstdio>
#include <functional>
#include <utility>

namespace {
/// The translation context of the command line's texts.
class GuiText
{
    Q_DECLARE_TR_FUNCTIONS(GuiText)
};

void fail(const QString &message)
{
    std::fprintf(stderr, "vslab: %s\n", qPrintable(message));
}

/// Calls `done` (from the event loop) after the watched widget's first paint.
class FirstPaintWatcher final : public QObject
{
public:
    FirstPaintWatcher(QWidget *widget, std::function<void()> done)
        : QObject(widget)
        , m_done(std::move(done))
    {
        widget->installEventFilter(this);
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && m_done) {
            QTimer::singleShot(0, this, std::exchange(m_done, nullptr));
        }
        return QObject::eventFilter(watched, event);
    }

private:
    std::function<void()> m_done;
};

/// A dark palette for checking the interface in dark mode where the desktop offers none (--dark).
QPalette darkPalette()
{
    QPalette p;
    const QColor window(0x2b, 0x2d, 0x30);
    const QColor base(0x1e, 0x1f, 0x22);
    const QColor text(0xe6, 0xe6, 0xe6);
    const QColor disabled(0x80, 0x80, 0x80);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, window);
    p.setColor(QPalette::ToolTipBase, QColor(0x3c, 0x3f, 0x41));
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, QColor(0xa0, 0xa0, 0xa0));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, window);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, Qt::white);
    p.setColor(QPalette::Light, QColor(0x45, 0x48, 0x4b));
    p.setColor(QPalette::Midlight, QColor(0x3a, 0x3d, 0x40));
    p.setColor(QPalette::Mid, QColor(0x25, 0x27, 0x29));
    p.setColor(QPalette::Dark, QColor(0x18, 0x19, 0x1b));
    p.setColor(QPalette::Shadow, Qt::black);
    p.setColor(QPalette::Highlight, QColor(0x3d, 0x7a, 0xd6));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x6c, 0xa7, 0xff));
    for (QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, disabled);
    return p;
}
} // namespace

int main(int argc, char *argv[])
{
    // --version and --help print and exit: they must work without a display (ssh, CI), so no window system.
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        if ((arg == "--version" || arg == "-v" || arg == "--help" || arg == "-h" || arg == "--help-all") &&
            qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "minimal");
    }
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("vslab"));
    QApplication::setApplicationDisplayName(QStringLiteral("VS Lab"));
    QApplication::setOrganizationName(QStringLiteral("VS Lab"));
    QApplication::setApplicationVersion(QStringLiteral(VSLAB_VERSION));
    // Lets Wayland shells match the window to the installed menu entry.
    QGuiApplication::setDesktopFileName(QStringLiteral("io.github.vslab.VSLab"));
    QApplication::setWindowIcon(QIcon::fromTheme(QStringLiteral("vslab"), QIcon(QStringLiteral(":/icons/vslab.png"))));

    // The language is needed before the help text is built: --lang, else the saved choice, else the system's.
    QString lang;
    for (int i = 1; i + 1 < argc; ++i) {
        if (qstrcmp(argv[i], "--lang") == 0)
            lang = QString::fromLocal8Bit(argv[i + 1]);
    }
    const bool langGiven = !lang.isEmpty();
    if (lang.isEmpty())
        lang = AppSettings().language();
    I18n::install(app, lang.isEmpty() ? QLocale() : QLocale(lang));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        GuiText::tr("VS Lab: see and sample the distribution behind an LLM's answer. Generation flags are the same as "
                    "vslab-cli generate's; they apply over the saved settings."));
    parser.addHelpOption();
    parser.addVersionOption();
    const GenerationFlags flags;
    flags.addTo(parser);
    const QCommandLineOption promptOpt(QStringLiteral("prompt"), GuiText::tr("The prompt."), GuiText::tr("text"));
    const QCommandLineOption langOpt(QStringLiteral("lang"), GuiText::tr("Interface language: en or zh_CN."),
                                     GuiText::tr("locale"));
    const QCommandLineOption runOpt(QStringLiteral("run"), GuiText::tr("Generate as soon as the window opens."));
    const QCommandLineOption screenshotOpt(
        QStringLiteral("screenshot"),
        GuiText::tr("Save the window as a PNG once the run has finished (or at once without --run)."),
        GuiText::tr("file.png"));
    const QCommandLineOption quitOpt(
        QStringLiteral("quit"),
        GuiText::tr("Quit after the run and screenshot (or once the window has painted); settings are not saved and "
                    "the run is not added to the history."));
    const QCommandLineOption noHistoryOpt(QStringLiteral("no-history"),
                                          GuiText::tr("Do not save this session's runs in the history."));
    const QCommandLineOption sampleOpt(QStringLiteral("sample"),
                                       GuiText::tr("After --run, draw n times and show the observed frequencies."),
                                       GuiText::tr("n"));
    const QCommandLineOption sizeOpt(QStringLiteral("size"), GuiText::tr("Window size, e.g. 1400x900."),
                                     GuiText::tr("WxH"));
    const QCommandLineOption darkOpt(QStringLiteral("dark"), GuiText::tr("Use a dark palette (to check dark mode)."));
    parser.addOptions({promptOpt, langOpt, runOpt, screenshotOpt, quitOpt, noHistoryOpt, sampleOpt, sizeOpt, darkOpt});
    parser.process(app);
    if (!parser.positionalArguments().isEmpty()) {
        fail(GuiText::tr("unexpected argument: %1 (see --help)").arg(parser.positionalArguments().constFirst()));
        return 2;
    }

    if (parser.isSet(darkOpt)) {
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        QApplication::setPalette(darkPalette());
    }

    MainWindow window;
    const bool quit = parser.isSet(quitOpt);
    window.setPersistent(!quit);
    // Scripted runs (screenshots, benchmarks) stay out of the user's history.
    window.setHistoryEnabled(!quit && !parser.isSet(noHistoryOpt));
    if (langGiven)
        window.setLanguage(lang);

    GenerationSetup setup = window.setup();
    if (parser.isSet(promptOpt))
        setup.request.prompt = parser.value(promptOpt);
    if (const Result<void> applied = flags.apply(parser, setup); !applied) {
        fail(applied.message());
        return 2;
    }
    if (const Result<void> applied = window.applySetup(setup); !applied) {
        fail(applied.message());
        return 2;
    }
    bool ok = true;

    if (parser.isSet(sizeOpt)) {
        const QRegularExpressionMatch m =
            QRegularExpression(QStringLiteral("^(\\d+)x(\\d+)$")).match(parser.value(sizeOpt));
        if (!m.hasMatch()) {
            fail(GuiText::tr("--size must look like 1400x900"));
            return 2;
        }
        window.resize(m.captured(1).toInt(), m.captured(2).toInt());
    }
    window.show();

    int sampleCount = 0;
    if (parser.isSet(sampleOpt)) {
        sampleCount = parser.value(sampleOpt).toInt(&ok);
        if (!ok || sampleCount < 1) {
            fail(GuiText::tr("--sample needs a positive whole number"));
            return 2;
        }
    }
    const QString screenshot = parser.value(screenshotOpt);
    int exitCode = 0;
    auto finish = [&window, &app, screenshot, quit, &exitCode] {
        if (!screenshot.isEmpty()) {
            if (!window.grab().save(screenshot, "PNG")) {
                fail(GuiText::tr("could not write the screenshot to %1").arg(screenshot));
                exitCode = 1;
            }
        }
        if (quit)
            app.exit(exitCode);
    };
    if (parser.isSet(runOpt)) {
        QObject::connect(&window, &MainWindow::runFinished, &window,
                         [&window, &exitCode, finish, sampleCount](const RunResult &r) {
                             // Same exit codes as vslab-cli: 3 = the run did not complete, 4 = no candidate in the
                             // reply.
                             if (!r.completed()) {
                                 fail(r.error ? r.error->message : GuiText::tr("the run did not complete"));
                                 exitCode = 3;
                             } else if (r.distribution.isEmpty()) {
                                 fail(GuiText::tr("the reply held no candidate"));
                                 exitCode = 4;
                             }
                             if (sampleCount > 0)
                                 window.sampleMany(sampleCount);
                             // Let the chart and table lay out before the window is grabbed.
                             QTimer::singleShot(150, &window, finish);
                         });
        QTimer::singleShot(0, &window, &MainWindow::generate);
    } else if (!screenshot.isEmpty()) {
        QTimer::singleShot(150, &window, finish);
    } else if (quit) {
        // Open and close: quit once the window has painted (a smoke test, and what bench_gui times).
        auto *painted = new FirstPaintWatcher(&window, [&app] { app.exit(0); });
        Q_UNUSED(painted)
    }
    const int rc = QApplication::exec();
    return rc != 0 ? rc : exitCode;
}
