// SPDX-License-Identifier: Apache-2.0
#include "I18n.h"

#include <QCoreApplication>
#include <QTextStream>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("vslab-cli"));
    QCoreApplication::setOrganizationName(QStringLiteral("VS Lab"));
    QCoreApplication::setApplicationVersion(QStringLiteral(VSLAB_VERSION));
    I18n::install(app);
    const QStringList args = QCoreApplication::arguments();
    QTextStream out(stdout);
    if (args.contains(QStringLiteral("--version"))) {
        out << "vslab-cli " << QCoreApplication::applicationVersion() << Qt::endl;
        return 0;
    }
    out << "usage: vslab-cli parse|generate|models ..." << Qt::endl;
    return args.contains(QStringLiteral("--help")) ? 0 : 2;
}
