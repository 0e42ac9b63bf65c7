// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>

/// Text laid out in terminal columns: wide characters (Chinese, Japanese, Korean, full-width forms) take two.
namespace TerminalText {
/// The columns `text` takes on a terminal.
int width(const QString &text);
/// `text` followed by spaces up to `columns` columns (never cut).
QString padRight(const QString &text, int columns);
/// Spaces, then `text`, up to `columns` columns (never cut).
QString padLeft(const QString &text, int columns);
} // namespace TerminalText
