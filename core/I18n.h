// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QLocale>

class QCoreApplication;

// Convention: translate user-visible text only with `Class::tr("...")`, where Class is a QObject or declares
// Q_DECLARE_TR_FUNCTIONS(Class) with its own name, so lupdate's context is the run-time one. No free tr() helpers,
// no hand-written translate contexts; text chosen at run time: QT_TRANSLATE_NOOP("Class", "..."), then Class::tr.

namespace I18n {
/// Loads VS Lab's and Qt's own catalogues for `locale` (from the embedded :/i18n and Qt's translations folder).
/// Returns true when a VS Lab catalogue other than the English source was installed.
bool install(QCoreApplication &app, const QLocale &locale = QLocale());
/// The locale of the catalogue installed last ("en", "zh_CN"); the system's before any install().
QString language();
} // namespace I18n
