// SPDX-License-Identifier: Apache-2.0
#include "FileDropFilter.h"

#include "FileActions.h"

#include <QDragEnterEvent>
#include <QDropEvent>
#include <QMimeData>
#include <QUrl>
#include <QWidget>

FileDropFilter::FileDropFilter(FileActions *files, QWidget *window)
    : QObject(window)
    , m_files(files)
    , m_window(window)
{
    setObjectName(QStringLiteral("fileDropFilter"));
    window->setAcceptDrops(true);
    window->installEventFilter(this);
}

FileDropFilter::~FileDropFilter() = default;

QString FileDropFilter::droppedFile(const QMimeData *mime)
{
    if (!mime || !mime->hasUrls())
        return {};
    const QList<QUrl> urls = mime->urls();
    if (urls.size() != 1 || !urls.constFirst().isLocalFile())
        return {};
    return urls.constFirst().toLocalFile();
}

bool FileDropFilter::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != m_window)
        return QObject::eventFilter(watched, event);
    switch (event->type()) {
    case QEvent::DragEnter:
    case QEvent::DragMove: {
        // Any single file is taken, not only *.json: one that cannot be read gets a message saying what can.
        auto *drag = static_cast<QDragMoveEvent *>(event);
        if (droppedFile(drag->mimeData()).isEmpty())
            return false;
        drag->acceptProposedAction();
        return true;
    }
    case QEvent::Drop: {
        auto *drop = static_cast<QDropEvent *>(event);
        const QString path = droppedFile(drop->mimeData());
        if (path.isEmpty())
            return false;
        drop->acceptProposedAction();
        m_files->openDistribution(path);
        return true;
    }
    default:
        return QObject::eventFilter(watched, event);
    }
}
