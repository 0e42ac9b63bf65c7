// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QList>
#include <QSize>
#include <QString>

#include <functional>
#include <utility>

class QWidget;

/**
 * Window-modal file dialogs and confirmations opened with open(): the caller continues in a callback, so the GUI
 * thread never waits in a nested event loop while a run streams. Callbacks run only on accept, with `parent` alive.
 */
namespace FileDialogs {
using PathCallback = std::function<void(const QString &path)>;
/// (filter text, suffix) pairs; the default suffix follows the chosen filter, so "name" becomes "name.csv".
using Filters = QList<std::pair<QString, QString>>;

void askSavePath(QWidget *parent, const QString &title, const QString &suggested, const Filters &filters,
                 PathCallback done);
void askOpenPath(QWidget *parent, const QString &title, const QString &dir, const QString &filter, PathCallback done);
/// A Yes / Cancel question; `yes` runs when the user confirms.
void confirm(QWidget *parent, const QString &title, const QString &text, std::function<void()> yes);
/**
 * Asks how large a PNG should be: twice `natural` (the default), or a width in px (the height keeps the aspect).
 * `done` gets the width chosen.
 */
void askImageWidth(QWidget *parent, QSize natural, std::function<void(int width)> done);
/// An information box that does not block (About).
void inform(QWidget *parent, const QString &title, const QString &richText);
} // namespace FileDialogs
