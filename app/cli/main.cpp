// SPDX-License-Identifier: Apache-2.0
#include "BatchCommand.h"
#include "ChartImage.h"
#include "Cli.h"
#include "CompareCommand.h"
#include "HistoryCommand.h"
#include "I18n.h"
#include "MetricsCommand.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QTextStream>

#include <memory>

int main(int argc, char *argv[])
{
    // Drawing a PNG needs fonts, hence a QGuiApplication (offscreen without a display); nothing else does.
    const std::unique_ptr<QCoreApplication> gui(ChartImage::needsGui(argc, argv) ? new QGuiApplication(argc, argv)
                                                                                 : new QCoreApplication(argc, argv));
    QCoreApplication &app = *gui;
    ChartImage::install();
    QCoreApplication::setApplicationName(QStringLiteral("vslab"));
    QCoreApplication::setOrganizationName(QStringLiteral("VS Lab"));
    QCoreApplication::setApplicationVersion(QStringLiteral(VSLAB_VERSION));
    I18n::install(app);

    QStringList args = QCoreApplication::arguments();
    const QString command = args.value(1);
    QTextStream out(stdout);
    if (command == QLatin1String("--version") || command == QLatin1String("-v")) {
        out << "vslab-cli " << QCoreApplication::applicationVersion() << Qt::endl;
        return Cli::Ok;
    }
    if (command.isEmpty() || command == QLatin1String("--help") || command == QLatin1String("-h") ||
        command == QLatin1String("help")) {
        out << Cli::usage();
        return command.isEmpty() ? Cli::BadArguments : Cli::Ok;
    }
    args.removeAt(1);
    args[0] = QStringLiteral("vslab-cli ") + command;
    if (command == QLatin1String("parse"))
        return Cli::parse(args);
    if (command == QLatin1String("generate"))
        return Cli::generate(args);
    if (command == QLatin1String("models"))
        return Cli::models(args);
    if (command == QLatin1String("metrics"))
        return Cli::metrics(args);
    if (command == QLatin1String("compare"))
        return Cli::compare(args);
    if (command == QLatin1String("history"))
        return Cli::history(args);
    if (command == QLatin1String("batch"))
        return Cli::batch(args);
    QTextStream(stderr) << Cli::unknownCommand(command) << '\n' << Cli::usage();
    return Cli::BadArguments;
}
