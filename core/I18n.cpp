// SPDX-License-Identifier: Apache-2.0
#include "I18n.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace I18n {
namespace {
QString g_language;
}

QString language()
{
    return g_language.isEmpty() ? QLocale().name() : g_language;
}

bool install(QCoreApplication &app, const QLocale &locale)
{
    g_language = locale.name();
    // Replace earlier catalogues so switching language at run time does not stack them.
    static QTranslator *ours = nullptr;
    static QTranslator *qt = nullptr;
    for (QTranslator **t : {&ours, &qt}) {
        if (*t) {
            QCoreApplication::removeTranslator(*t);
            delete *t;
            *t = nullptr;
        }
    }
    qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    ours = new QTranslator(&app);
    if (ours->load(locale, QStringLiteral("vslab"), QStringLiteral("_"), QStringLiteral(":/i18n"))) {
        QCoreApplication::installTranslator(ours);
        return !locale.name().startsWith(QLatin1String("en"));
    }
    return false;
}
} // namespace I18n
