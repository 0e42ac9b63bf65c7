// SPDX-License-Identifier: Apache-2.0
#include "ChartImage.h"

#include "export/DistributionFile.h"

#include <QBuffer>
#include <QGuiApplication>
#include <QPainter>
#include <QSvgRenderer>

namespace ChartImage {

QImage render(const QByteArray &svg, QSize pixels)
{
    if (pixels.isEmpty() || !qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return {};
    QSvgRenderer renderer(svg);
    if (!renderer.isValid())
        return {};
    QImage image(pixels, QImage::Format_ARGB32_Premultiplied);
    if (image.isNull())
        return {};
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing | QPainter::SmoothPixmapTransform);
    renderer.render(&painter, QRectF(QPointF(0, 0), QSizeF(pixels)));
    painter.end();
    return image;
}

QByteArray png(const QByteArray &svg, QSize pixels)
{
    const QImage image = render(svg, pixels);
    if (image.isNull())
        return {};
    QByteArray bytes;
    QBuffer buffer(&bytes);
    if (!buffer.open(QIODevice::WriteOnly) || !image.save(&buffer, "PNG"))
        return {};
    return bytes;
}

void install()
{
    DistributionFile::setPngRenderer(&png);
}

bool needsGui(int argc, char **argv)
{
    bool png = false;
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        const QByteArray next = i + 1 < argc ? QByteArray(argv[i + 1]) : QByteArray();
        if (arg == "--format" && next.toLower() == "png")
            png = true;
        if (arg.toLower() == "--format=png")
            png = true;
        if ((arg == "-o" || arg == "--output") && next.toLower().endsWith(".png"))
            png = true;
        if (arg.startsWith("--output=") && arg.toLower().endsWith(".png"))
            png = true;
    }
    if (png && qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY") &&
        qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    return png;
}

} // namespace ChartImage
