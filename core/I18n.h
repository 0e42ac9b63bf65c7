// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QLocale>

class QCoreApplication;

namespace I18n {
/// Loads VS Lab's and Qt's own catalogues for `locale` (from the embedded :/i18n and Qt's translations folder).
/// Returns true when a VS Lab catalogue other than the English source was installed.
bool install(QCoreApplication &app, const QLocale &locale = QLocale());
} // namespace I18n
