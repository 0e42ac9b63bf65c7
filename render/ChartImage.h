// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QImage>
#include <QSize>

/**
 * Chart pictures: core's SVG (ChartSvg) drawn by QtSvg into an image. Needs a QGuiApplication (fonts); the CLI makes
 * one, with the offscreen platform when there is no display, only for commands that write a PNG (needsGui()).
 */
namespace ChartImage {
/// `svg` drawn into a white image of `pixels` (the SVG scaled to fill it); a null image when the SVG is invalid or no
/// QGuiApplication exists.
QImage render(const QByteArray &svg, QSize pixels);
/// The same as PNG bytes; empty on failure.
QByteArray png(const QByteArray &svg, QSize pixels);
/// Makes png() DistributionFile's PNG renderer, so every export path (GUI, CLI, history) can write PNG.
void install();
/**
 * True when the command line asks for a PNG (`--format png`, `--format=png`, or `-o`/`--output` naming a .png
 * file), so main() must create a QGuiApplication. Then, with no DISPLAY and no WAYLAND_DISPLAY and no platform
 * chosen, it selects Qt's offscreen platform so a plain terminal works.
 */
bool needsGui(int argc, char **argv);
} // namespace ChartImage
