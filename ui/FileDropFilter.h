// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QObject>
#include <QString>

class FileActions;
class QMimeData;
class QWidget;

/**
 * Lets a window take a dropped distribution file: a single local file dropped anywhere that does not take drops
 * itself is opened through FileActions::openDistribution, which says what it could not read (and which files it
 * opens) in the window's banner.
 */
class FileDropFilter final : public QObject
{
    Q_OBJECT
public:
    /// Installs itself on `window` and turns on its drops.
    FileDropFilter(FileActions *files, QWidget *window);
    ~FileDropFilter() override;
    Q_DISABLE_COPY_MOVE(FileDropFilter)

    /// The one local file a drag carries; empty when it carries anything else.
    static QString droppedFile(const QMimeData *mime);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    FileActions *m_files;
    QWidget *m_window;
};
