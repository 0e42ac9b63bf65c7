// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "base/Result.h"
#include "run/Run.h"

#include <QByteArray>
#include <QString>

#include <optional>

/// A run brought back from the history database or a distribution file, as the types a live run produces.
struct SavedRun
{
    RunRequest request;
    RunResult result;
};

/**
 * Distribution files: export (JSON in the reference package's to_dict shape, CSV, Markdown) and import (to_dict
 * JSON written by VS Lab or by the Python package),. No API key is
 * ever part of a run, so none can reach a file.
 */
namespace DistributionFile {

enum class Format {
    Json,
    Csv,
    Markdown
};

/// Largest file open() reads: far above any real distribution, low enough to refuse a wrong file quickly.
constexpr qint64 maxFileBytes = 64 * 1024 * 1024;

/// By suffix: .csv, .md / .markdown, anything else JSON.
Format formatForPath(const QString &path);
/// The file-name suffix written for a format, without the dot ("json").
QString suffix(Format format);

/**
 * JSON: Distribution::toJson() of the run's distribution and trace (simulated flag included), the prompt added to
 * the trace as "prompt"; CSV: TextExport::csv(); Markdown: TextExport::markdownDocument(). UTF-8.
 */
QByteArray encode(const RunRequest &request, const RunResult &result, Format format);

/**
 * Reads a to_dict JSON document: items with text / p / meta, an optional trace (model, provider, method, k, τ,
 * temperature, seed, simulated, prompt). The request and result are filled from the trace; raw replies stay empty.
 * A failure with a message a person can act on when the bytes are not such a document.
 */
Result<SavedRun> decode(const QByteArray &json);

/// Writes atomically (QSaveFile): the old file stays intact when anything fails.
Result<void> write(const QString &path, const QByteArray &bytes);
/// Reads and decodes a JSON distribution file (at most maxFileBytes).
Result<SavedRun> read(const QString &path);

} // namespace DistributionFile
