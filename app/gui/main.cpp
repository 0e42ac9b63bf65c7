// SPDX-License-Identifier: Apache-2.0
#include "I18n.h"
#include "MainWindow.h"

#include <QApplication>
#include <QCommandLineParser>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("vslab"));
    QApplication::setApplicationDisplayName(QStringLiteral("VS Lab"));
    QApplication::setOrganizationName(QStringLiteral("VS Lab"));
    QApplication::setApplicationVersion(QStringLiteral(VSLAB_VERSION));
    I18n::install(app);

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "VS Lab: see and sample the distribution "
                                                                     "behind an LLM's answer."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.process(app);

    MainWindow window;
    window.show();
    return QApplication::exec();
}
