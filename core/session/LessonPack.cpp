// SPDX-License-Identifier: Apache-2.0
#include "LessonPack.h"

#include "export/DistributionFile.h"
#include "session/RunArchive.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {
const QString packFormat = QStringLiteral("vslab-lesson-pack");

/// 1-based line of a byte offset.
int lineOf(const QByteArray &bytes, qsizetype offset)
{
    return int(bytes.left(offset).count('\n')) + 1;
}

class HistoryFileText
{
    Q_DECLARE_TR_FUNCTIONS(HistoryFileText)
public:
    static QString at(const QString &name, int line, const QString &problem)
    {
        return tr("%1:%2: %3").arg(name).arg(line).arg(problem);
    }
};

/// The line in `bytes` where the JSON array "runs" holds its element `index` (best effort: 1 when unknown).
int lineOfRun(const QByteArray &bytes, int index)
{
    // Packs are written one run object per indentation level; count the objects opened at depth 2.
    int depth = 0;
    int seen = -1;
    bool inString = false;
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const char c = bytes[i];
        if (inString) {
            if (c == '\\')
                ++i;
            else if (c == '"')
                inString = false;
            continue;
        }
        if (c == '"')
            inString = true;
        else if (c == '{' || c == '[') {
            if (++depth == 3 && c == '{' && ++seen == index)
                return lineOf(bytes, i);
        } else if (c == '}' || c == ']')
            --depth;
    }
    return 1;
}

Result<QList<HistoryEntry>> oneObject(const QJsonObject &o, const QByteArray &bytes, const QString &name, int line)
{
    if (LessonPack::looksLikePack(o)) {
        Result<LessonPack> pack = LessonPack::decode(bytes);
        if (!pack)
            return fail(Failure::Kind::BadInput, name + QLatin1Char(':') + pack.message());
        return pack->runs;
    }
    if (o.contains(QStringLiteral("items"))) {
        const Result<HistoryEntry> e = RunArchive::entryFromToDict(bytes);
        if (!e)
            return fail(Failure::Kind::BadInput, HistoryFileText::at(name, line, e.message()));
        return QList<HistoryEntry>{*e};
    }
    const Result<HistoryEntry> e = RunArchive::entryFromRunJson(o);
    if (!e)
        return fail(Failure::Kind::BadInput, HistoryFileText::at(name, line, e.message()));
    return QList<HistoryEntry>{*e};
}

Result<QList<HistoryEntry>> jsonLines(const QByteArray &bytes, const QString &name)
{
    QList<HistoryEntry> out;
    int line = 0;
    for (const QByteArray &raw : bytes.split('\n')) {
        ++line;
        const QByteArray text = raw.trimmed();
        if (text.isEmpty())
            continue;
        QJsonParseError error{};
        const QJsonDocument doc = QJsonDocument::fromJson(text, &error);
        if (error.error != QJsonParseError::NoError)
            return fail(Failure::Kind::BadInput, HistoryFileText::at(name, line, error.errorString()));
        if (!doc.isObject())
            return fail(Failure::Kind::BadInput,
                        HistoryFileText::at(name, line, HistoryFileText::tr("expected a JSON object")));
        const Result<HistoryEntry> e = RunArchive::entryFromRunJson(doc.object());
        if (!e)
            return fail(Failure::Kind::BadInput, HistoryFileText::at(name, line, e.message()));
        out.append(*e);
    }
    if (out.isEmpty())
        return fail(Failure::Kind::BadInput,
                    HistoryFileText::at(name, 1, HistoryFileText::tr("the file holds no run")));
    return out;
}
} // namespace

bool LessonPack::looksLikePack(const QJsonObject &json)
{
    return json.value(QStringLiteral("format")).toString() == packFormat;
}

QByteArray LessonPack::encode() const
{
    QJsonArray list;
    for (const HistoryEntry &e : runs)
        list.append(RunArchive::entryToJson(e));
    const QDateTime when = created.isValid() ? created : QDateTime::currentDateTimeUtc();
    const QJsonObject o{{QStringLiteral("format"), packFormat},
                        {QStringLiteral("version"), version},
                        {QStringLiteral("title"), title},
                        {QStringLiteral("created"), when.toUTC().toString(Qt::ISODateWithMs)},
                        {QStringLiteral("runs"), list}};
    return QJsonDocument(o).toJson(QJsonDocument::Indented);
}

Result<LessonPack> LessonPack::decode(const QByteArray &json)
{
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        return fail(Failure::Kind::BadInput, tr("%1: %2").arg(lineOf(json, error.offset)).arg(error.errorString()));
    const QJsonObject o = doc.object();
    if (!doc.isObject() || !looksLikePack(o))
        return fail(Failure::Kind::BadInput, tr("1: not a lesson pack (\"format\" must be \"%1\")").arg(packFormat));
    const QJsonValue v = o.value(QStringLiteral("version"));
    if (!v.isDouble() || v.toInt() < 1)
        return fail(Failure::Kind::BadInput, tr("1: \"version\" must be a positive number"));
    if (v.toInt() > version)
        return fail(Failure::Kind::BadInput,
                    tr("1: this lesson pack needs a newer VS Lab (pack version %1, this one reads %2)")
                        .arg(v.toInt())
                        .arg(version));
    if (!o.value(QStringLiteral("runs")).isArray())
        return fail(Failure::Kind::BadInput, tr("1: \"runs\" must be an array"));
    LessonPack pack;
    pack.title = o.value(QStringLiteral("title")).toString();
    pack.created = QDateTime::fromString(o.value(QStringLiteral("created")).toString(), Qt::ISODateWithMs);
    const QJsonArray runs = o.value(QStringLiteral("runs")).toArray();
    for (int i = 0; i < runs.size(); ++i) {
        const Result<HistoryEntry> e = runs[i].isObject()
                                           ? RunArchive::entryFromJson(runs[i].toObject())
                                           : Result<HistoryEntry>(fail(Failure::Kind::BadInput, tr("not an object")));
        if (!e)
            return fail(Failure::Kind::BadInput,
                        tr("%1: run %2: %3").arg(lineOfRun(json, i)).arg(i + 1).arg(e.message()));
        pack.runs.append(*e);
    }
    return pack;
}

namespace HistoryFile {

Result<QList<HistoryEntry>> decode(const QByteArray &bytes, const QString &name)
{
    if (bytes.trimmed().isEmpty())
        return fail(Failure::Kind::BadInput, HistoryFileText::at(name, 1, HistoryFileText::tr("the file is empty")));
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &error);
    if (error.error == QJsonParseError::NoError) {
        if (!doc.isObject())
            return fail(Failure::Kind::BadInput,
                        HistoryFileText::at(name, 1, HistoryFileText::tr("expected a JSON object")));
        return oneObject(doc.object(), bytes, name, 1);
    }
    // Not one document: JSON lines when the first line is a whole object, else the document's own error.
    const QByteArray first = bytes.left(bytes.indexOf('\n')).trimmed();
    QJsonParseError firstError{};
    if (bytes.contains('\n') && QJsonDocument::fromJson(first, &firstError).isObject())
        return jsonLines(bytes, name);
    return fail(Failure::Kind::BadInput, HistoryFileText::at(name, lineOf(bytes, error.offset), error.errorString()));
}

Result<QList<HistoryEntry>> read(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(Failure::Kind::Io, HistoryFileText::tr("Cannot open %1: %2").arg(path, file.errorString()));
    if (file.size() > maxFileBytes)
        return fail(Failure::Kind::BadInput,
                    HistoryFileText::tr("%1 is larger than %2 MiB; it is not a VS Lab history file.")
                        .arg(path)
                        .arg(maxFileBytes >> 20));
    return decode(file.readAll(), path);
}

Result<HistoryImport> importFile(HistoryStore &store, const QString &path)
{
    const Result<QList<HistoryEntry>> runs = read(path);
    if (!runs)
        return runs.failure();
    return store.addAll(*runs);
}

Result<int> writePack(const HistoryStore &store, const QList<qint64> &ids, const QString &title, const QString &path)
{
    LessonPack pack;
    pack.title = title;
    for (const qint64 id : ids) {
        std::optional<HistoryEntry> e = store.get(id);
        if (!e)
            return fail(Failure::Kind::NotFound, HistoryFileText::tr("Run %1 is not in the history.").arg(id));
        pack.runs.append(std::move(*e));
    }
    if (const Result<void> written = DistributionFile::write(path, pack.encode()); !written)
        return written.failure();
    return int(pack.runs.size());
}

} // namespace HistoryFile
