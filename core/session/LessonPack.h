// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "base/Result.h"
#include "store/HistoryStore.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

/**
 * Lesson packs: a set of history entries (runs and compare runs) in one JSON file (suffix .vslabpack),
 * {"format":"vslab-lesson-pack","version":1,"title","created","runs":[RunArchive::entryToJson()...]}. Every run
 * carries its distribution, result, raw replies, draws and (compare runs) payload, so a pack replays on another
 * machine with no key and no network.
 */
class LessonPack final
{
    Q_DECLARE_TR_FUNCTIONS(LessonPack)
public:
    static constexpr int version = 1;
    /// The file-name suffix, without the dot.
    static QString suffix() { return QStringLiteral("vslabpack"); }

    QString title;
    QDateTime created;
    QList<HistoryEntry> runs;

    /// The pack as indented UTF-8 JSON.
    QByteArray encode() const;
    /// Reads a pack; the failure names the problem (and the run, by position, when one is malformed).
    static Result<LessonPack> decode(const QByteArray &json);
    /// True when `json` looks like a lesson pack (its "format" field), so an importer can choose the reader.
    static bool looksLikePack(const QJsonObject &json);
};

/// Reading the files `history import` and the GUI's Import… take: one run, JSONL, to_dict JSON, lesson packs.
namespace HistoryFile {
/// Largest file read: far above 100,000 runs of JSONL, low enough to refuse a wrong file quickly.
constexpr qint64 maxFileBytes = qint64(1) << 30;

/**
 * The runs in `bytes`: a lesson pack, VS Lab's JSON of one run (as `generate --json` prints it, or with `history
 * export --format json`'s extra keys), JSONL with one such run per line, or the Python package's to_dict JSON.
 * All or nothing: the failure says "NAME:LINE: problem" for the first malformed part, and no run is returned.
 */
Result<QList<HistoryEntry>> decode(const QByteArray &bytes, const QString &name);
/// decode() of a file (at most maxFileBytes).
Result<QList<HistoryEntry>> read(const QString &path);
/// read() and HistoryStore::addAll(): one transaction per file, known uids skipped and counted, all or nothing.
Result<HistoryImport> importFile(HistoryStore &store, const QString &path);
/// Writes the runs `ids` (in that order) as a lesson pack to `path` (atomically); returns how many were written.
Result<int> writePack(const HistoryStore &store, const QList<qint64> &ids, const QString &title, const QString &path);
} // namespace HistoryFile
