// SPDX-License-Identifier: Apache-2.0
#include "I18n.h"
#include "MainWindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QEvent>
#include <QPalette>
#include <QPixmap>
#include <QRegularExpression>
#include <QSettings>
#include <QStyleFactory>
#include <QTimer>

#include <cstdio>
#include <functional>
#include <utility>

namespace {
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

    // The language is needed before the help text is built: --lang, else the saved choice, else the system's.
    QString lang;
    for (int i = 1; i + 1 < argc; ++i) {
        if (qstrcmp(argv[i], "--lang") == 0)
            lang = QString::fromLocal8Bit(argv[i + 1]);
    }
    const bool langGiven = !lang.isEmpty();
    if (lang.isEmpty())
        lang = QSettings().value(QStringLiteral("ui/language")).toString();
    I18n::install(app, lang.isEmpty() ? QLocale() : QLocale(lang));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "VS Lab: see and sample the distribution behind an LLM's answer."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption providerOpt(
        QStringLiteral("provider"), QCoreApplication::translate("main", "Provider preset (demo, openai, ollama, …)."),
        QCoreApplication::translate("main", "id"));
    const QCommandLineOption modelOpt(QStringLiteral("model"), QCoreApplication::translate("main", "Model name."),
                                      QCoreApplication::translate("main", "name"));
    const QCommandLineOption promptOpt(QStringLiteral("prompt"), QCoreApplication::translate("main", "The prompt."),
                                       QCoreApplication::translate("main", "text"));
    const QCommandLineOption methodOpt(
        QStringLiteral("method"),
        QCoreApplication::translate("main", "direct, direct-cot, sequence, multi-turn, vs-standard, vs-cot, vs-multi."),
        QCoreApplication::translate("main", "method"));
    const QCommandLineOption kOpt(QStringList{QStringLiteral("k")},
                                  QCoreApplication::translate("main", "Number of candidates (1-100)."),
                                  QCoreApplication::translate("main", "n"));
    const QCommandLineOption tauOpt(QStringLiteral("tau"),
                                    QCoreApplication::translate("main", "τ value (used when a τ mode is chosen)."),
                                    QCoreApplication::translate("main", "x"));
    const QCommandLineOption tauModeOpt(QStringLiteral("tau-mode"),
                                        QCoreApplication::translate("main", "off, tail or filter."),
                                        QCoreApplication::translate("main", "mode"));
    const QCommandLineOption temperatureOpt(QStringLiteral("temperature"),
                                            QCoreApplication::translate("main", "Sampling temperature."),
                                            QCoreApplication::translate("main", "t"));
    const QCommandLineOption seedOpt(QStringLiteral("seed"),
                                     QCoreApplication::translate("main", "Seed for sampling (default: random)."),
                                     QCoreApplication::translate("main", "s"));
    const QCommandLineOption langOpt(QStringLiteral("lang"),
                                     QCoreApplication::translate("main", "Interface language: en or zh_CN."),
                                     QCoreApplication::translate("main", "locale"));
    const QCommandLineOption runOpt(QStringLiteral("run"),
                                    QCoreApplication::translate("main", "Generate as soon as the window opens."));
    const QCommandLineOption screenshotOpt(
        QStringLiteral("screenshot"),
        QCoreApplication::translate("main", "Save the window as a PNG once the run has finished (or at once "
                                            "without --run)."),
        QCoreApplication::translate("main", "file.png"));
    const QCommandLineOption quitOpt(
        QStringLiteral("quit"),
        QCoreApplication::translate(
            "main", "Quit after the run and screenshot (or once the window has painted); settings are not "
                    "saved."));
    const QCommandLineOption sampleOpt(
        QStringLiteral("sample"),
        QCoreApplication::translate("main", "After --run, draw n times and show the observed frequencies."),
        QCoreApplication::translate("main", "n"));
    const QCommandLineOption sizeOpt(QStringLiteral("size"),
                                     QCoreApplication::translate("main", "Window size, e.g. 1400x900."),
                                     QCoreApplication::translate("main", "WxH"));
    const QCommandLineOption darkOpt(QStringLiteral("dark"),
                                     QCoreApplication::translate("main", "Use a dark palette (to check dark mode)."));
    parser.addOptions({providerOpt, modelOpt, promptOpt, methodOpt, kOpt, tauOpt, tauModeOpt, temperatureOpt, seedOpt,
                       langOpt, runOpt, screenshotOpt, quitOpt, sampleOpt, sizeOpt, darkOpt});
    parser.process(app);
    if (!parser.positionalArguments().isEmpty()) {
        fail(QCoreApplication::translate("main", "unexpected argument: %1 (see --help)")
                 .arg(parser.positionalArguments().constFirst()));
        return 2;
    }

    if (parser.isSet(darkOpt)) {
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        QApplication::setPalette(darkPalette());
    }

    MainWindow window;
    const bool quit = parser.isSet(quitOpt);
    window.setPersistent(!quit);
    window.setHistoryEnabled(!quit); // scripted runs (screenshots, benchmarks) stay out of the user's history
    if (langGiven)
        window.setLanguage(lang);

    if (parser.isSet(providerOpt) || parser.isSet(modelOpt)) {
        const QString provider =
            parser.isSet(providerOpt) ? parser.value(providerOpt) : window.providerConfig().presetId;
        if (!window.setProvider(provider, parser.value(modelOpt))) {
            fail(QCoreApplication::translate("main", "unknown provider \"%1\" (see --help)").arg(provider));
            return 2;
        }
    }
    if (parser.isSet(promptOpt))
        window.setPrompt(parser.value(promptOpt));

    GenerationSettings s = window.settings();
    bool ok = true;
    if (parser.isSet(methodOpt)) {
        const auto m = Names::parseMethod(parser.value(methodOpt));
        if (!m) {
            fail(QCoreApplication::translate("main", "unknown method \"%1\"").arg(parser.value(methodOpt)));
            return 2;
        }
        s.method = *m;
    }
    if (parser.isSet(kOpt)) {
        s.k = parser.value(kOpt).toInt(&ok);
        if (!ok) {
            fail(QCoreApplication::translate("main", "-k needs a whole number"));
            return 2;
        }
    }
    if (parser.isSet(tauOpt)) {
        s.tau = parser.value(tauOpt).toDouble(&ok);
        if (!ok) {
            fail(QCoreApplication::translate("main", "--tau needs a number"));
            return 2;
        }
    }
    if (parser.isSet(tauModeOpt)) {
        const auto t = Names::parseTauMode(parser.value(tauModeOpt));
        if (!t) {
            fail(QCoreApplication::translate("main", "--tau-mode must be off, tail or filter"));
            return 2;
        }
        s.tauMode = *t;
    }
    if (parser.isSet(temperatureOpt)) {
        s.temperature = parser.value(temperatureOpt).toDouble(&ok);
        if (!ok) {
            fail(QCoreApplication::translate("main", "--temperature needs a number"));
            return 2;
        }
    }
    if (parser.isSet(seedOpt)) {
        const quint64 seed = parser.value(seedOpt).toULongLong(&ok);
        if (!ok) {
            fail(QCoreApplication::translate("main", "--seed needs a whole number"));
            return 2;
        }
        s.seed = seed;
    }
    const QString invalid = s.validate();
    if (!invalid.isEmpty()) {
        fail(invalid);
        return 2;
    }
    window.setSettings(s);

    if (parser.isSet(sizeOpt)) {
        const QRegularExpressionMatch m =
            QRegularExpression(QStringLiteral("^(\\d+)x(\\d+)$")).match(parser.value(sizeOpt));
        if (!m.hasMatch()) {
            fail(QCoreApplication::translate("main", "--size must look like 1400x900"));
            return 2;
        }
        window.resize(m.captured(1).toInt(), m.captured(2).toInt());
    }
    window.show();

    int sampleCount = 0;
    if (parser.isSet(sampleOpt)) {
        sampleCount = parser.value(sampleOpt).toInt(&ok);
        if (!ok || sampleCount < 1) {
            fail(QCoreApplication::translate("main", "--sample needs a positive whole number"));
            return 2;
        }
    }
    const QString screenshot = parser.value(screenshotOpt);
    int exitCode = 0;
    auto finish = [&window, &app, screenshot, quit, &exitCode] {
        if (!screenshot.isEmpty()) {
            if (!window.grab().save(screenshot, "PNG")) {
                fail(QCoreApplication::translate("main", "could not write the screenshot to %1").arg(screenshot));
                exitCode = 1;
            }
        }
        if (quit)
            app.exit(exitCode);
    };
    if (parser.isSet(runOpt)) {
        QObject::connect(
            &window, &MainWindow::runFinished, &window, [&window, &exitCode, finish, sampleCount](const RunResult &r) {
                // Same exit codes as vslab-cli: 3 = the run did not complete, 4 = no candidate in the
                // reply.
                if (!r.completed()) {
                    fail(r.error ? r.error->message : QCoreApplication::translate("main", "the run did not complete"));
                    exitCode = 3;
                } else if (r.distribution.isEmpty()) {
                    fail(QCoreApplication::translate("main", "the reply held no candidate"));
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
