// SPDX-License-Identifier: Apache-2.0
#include "HistoryCommand.h"
#include "CliSupport.h"
#include "TerminalText.h"

#include "Cli.h"
#include "export/DistributionFile.h"
#include "session/LessonPack.h"
#include "session/RunArchive.h"
#include "store/HistoryStore.h"

#include <QCommandLineParser>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QTextStream>

#include <algorithm>

namespace Cli {
namespace {
class HistoryText
{
    Q_DECLARE_TR_FUNCTIONS(HistoryText)
};

struct Options
{
    QCommandLineOption json{QStringLiteral("json"), HistoryText::tr("Print JSON.")};
    QCommandLineOption limit{QStringLiteral("limit"), HistoryText::tr("At most N runs (default 50; 0 = all)."),
                             QStringLiteral("N"), QStringLiteral("50")};
    QCommandLineOption provider{QStringLiteral("provider"), HistoryText::tr("Only runs of this provider."),
                                QStringLiteral("ID")};
    QCommandLineOption model{QStringLiteral("model"), HistoryText::tr("Only runs of this model."), QStringLiteral("M")};
    QCommandLineOption method{QStringLiteral("method"), HistoryText::tr("Only runs of this method."),
                              QStringLiteral("M")};
    QCommandLineOption starred{QStringLiteral("starred"), HistoryText::tr("Only starred runs.")};
    QCommandLineOption since{QStringLiteral("since"), HistoryText::tr("Only runs from this date on (YYYY-MM-DD)."),
                             QStringLiteral("DATE")};
    QCommandLineOption until{QStringLiteral("until"), HistoryText::tr("Only runs up to this date (YYYY-MM-DD)."),
                             QStringLiteral("DATE")};
    QCommandLineOption db{QStringLiteral("db"), HistoryText::tr("The history database (default: the GUI's)."),
                          QStringLiteral("PATH")};
    QCommandLineOption format{QStringLiteral("format"),
                              HistoryText::tr("export: json, to_dict, csv, md, html, svg, png or pack."),
                              QStringLiteral("F")};
    QCommandLineOption output{{QStringLiteral("o"), QStringLiteral("output")},
                              HistoryText::tr("export: the file to write (- = standard output)."),
                              QStringLiteral("FILE")};
    QCommandLineOption title{QStringLiteral("title"), HistoryText::tr("export --format pack: the lesson's title."),
                             QStringLiteral("TEXT")};
};

std::optional<QDateTime> dateOf(const QString &text, bool endOfDay)
{
    const QDate d = QDate::fromString(text, Qt::ISODate);
    if (d.isValid())
        return endOfDay ? d.endOfDay() : d.startOfDay();
    const QDateTime t = QDateTime::fromString(text, Qt::ISODate);
    return t.isValid() ? std::optional<QDateTime>(t) : std::nullopt;
}

Result<HistoryFilter> filterOf(const QCommandLineParser &p, const Options &o)
{
    HistoryFilter f;
    f.provider = p.value(o.provider);
    f.model = p.value(o.model);
    f.method = p.value(o.method);
    f.starredOnly = p.isSet(o.starred);
    for (const auto &[option, end, target] :
         {std::tuple{&o.since, false, &f.since}, std::tuple{&o.until, true, &f.until}}) {
        if (!p.isSet(*option))
            continue;
        const std::optional<QDateTime> t = dateOf(p.value(*option), end);
        if (!t)
            return fail(Failure::Kind::BadInput, HistoryText::tr("--%1 must be a date like 2026-01-31, got \"%2\".")
                                                     .arg(option->names().first(), p.value(*option)));
        *target = *t;
    }
    return f;
}

QJsonObject summaryJson(const HistoryEntry &e)
{
    QJsonObject o{{QStringLiteral("id"), double(e.id)},
                  {QStringLiteral("uid"), e.uid},
                  {QStringLiteral("created"), e.createdAt.toUTC().toString(Qt::ISODateWithMs)},
                  {QStringLiteral("prompt"), e.prompt},
                  {QStringLiteral("provider"), e.provider},
                  {QStringLiteral("model"), e.model},
                  {QStringLiteral("method"), e.method},
                  {QStringLiteral("kind"), e.kind},
                  {QStringLiteral("status"), e.status},
                  {QStringLiteral("simulated"), e.simulated},
                  {QStringLiteral("candidates"), e.candidateCount},
                  {QStringLiteral("starred"), e.starred}};
    if (!e.errorMessage.isEmpty())
        o.insert(QStringLiteral("error"), e.errorMessage);
    return o;
}

void printList(const QList<HistoryEntry> &runs, bool json)
{
    if (json) {
        QJsonArray list;
        for (const HistoryEntry &e : runs)
            list.append(summaryJson(e));
        QFile out;
        if (out.open(stdout, QIODevice::WriteOnly))
            out.write(QJsonDocument(list).toJson(QJsonDocument::Indented));
        return;
    }
    QTextStream out(stdout);
    for (const HistoryEntry &e : runs) {
        const QString star = e.starred ? QStringLiteral("★") : QStringLiteral(" ");
        out << QStringLiteral("%1 %2  %3  %4  %5/%6  %7\n")
                   .arg(e.id, 6)
                   .arg(star, e.createdAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")), e.status,
                        e.provider, e.model, e.prompt.simplified().left(60));
    }
}

Result<QList<HistoryEntry>> fullEntries(const HistoryStore &store, const QStringList &ids)
{
    QList<HistoryEntry> out;
    for (const QString &text : ids) {
        bool ok = false;
        const qint64 id = text.toLongLong(&ok);
        const std::optional<HistoryEntry> e = ok ? store.get(id) : std::nullopt;
        if (!e)
            return fail(Failure::Kind::NotFound,
                        HistoryText::tr("no run with id \"%1\" in %2.").arg(text, store.path()));
        out.append(*e);
    }
    return out;
}

int show(const HistoryEntry &e, bool json)
{
    if (json) {
        printJson(RunArchive::runJson(e), false);
        return Ok;
    }
    QTextStream out(stdout);
    out << HistoryText::tr("run %1 (%2), %3, %4")
               .arg(e.id)
               .arg(e.uid, e.status, QLocale().toString(e.createdAt.toLocalTime(), QLocale::ShortFormat))
        << '\n';
    out << HistoryText::tr("prompt: %1").arg(e.prompt) << '\n';
    out << HistoryText::tr("%1 · %2 · %3").arg(e.method, e.provider, e.model) << '\n';
    if (e.simulated)
        out << HistoryText::tr("simulated by the offline demo model") << '\n';
    if (!e.errorMessage.isEmpty())
        out << HistoryText::tr("not completed: %1").arg(e.errorMessage) << '\n';
    int rank = 1;
    for (const QJsonValue &v : e.result.value(QStringLiteral("candidates")).toArray()) {
        const QJsonObject c = v.toObject();
        const QString star = e.starredCandidates.contains(rank - 1) ? QStringLiteral("★") : QStringLiteral(" ");
        out << QStringLiteral("%1%2  %3  %4\n")
                   .arg(star)
                   .arg(rank++, 3)
                   .arg(QString::number(c.value(QStringLiteral("probability")).toDouble(), 'f', 3),
                        c.value(QStringLiteral("text")).toString().simplified());
    }
    return Ok;
}

Result<QByteArray> exportBytes(const QList<HistoryEntry> &runs, const QString &format, const QString &title)
{
    if (format == QLatin1String("pack")) {
        LessonPack pack;
        pack.title = title;
        pack.runs = runs;
        return pack.encode();
    }
    if (format == QLatin1String("json")) {
        if (runs.size() == 1)
            return QJsonDocument(RunArchive::runJson(runs.first())).toJson(QJsonDocument::Indented);
        QByteArray lines; // JSON lines: what `history import` reads back
        for (const HistoryEntry &e : runs)
            lines += QJsonDocument(RunArchive::runJson(e)).toJson(QJsonDocument::Compact) + '\n';
        return lines;
    }
    if (std::any_of(runs.cbegin(), runs.cend(), [](const HistoryEntry &e) { return e.kind != QLatin1String("run"); }))
        return fail(Failure::Kind::BadInput, HistoryText::tr("a compare run exports as json or pack only."));
    QList<HtmlReport::Entry> saved;
    for (const HistoryEntry &e : runs) {
        const Result<SavedRun> run = RunArchive::fromEntry(e);
        if (!run)
            return run.failure();
        saved.append({run->request, run->result, e.createdAt, {}, RunArchive::drawsFrom(e.draws), std::nullopt});
    }
    const bool toDict = format == QLatin1String("to_dict");
    const std::optional<DistributionFile::Format> f =
        toDict ? std::optional(DistributionFile::Format::Json) : DistributionFile::parseFormat(format);
    if (!f || (*f == DistributionFile::Format::Json && !toDict))
        return fail(Failure::Kind::BadInput,
                    HistoryText::tr("--format must be json, to_dict, csv, md, html, svg, png or pack, got \"%1\".")
                        .arg(format));
    if (*f == DistributionFile::Format::Html)
        return DistributionFile::encodeHtml(saved);
    if (runs.size() != 1)
        return fail(Failure::Kind::BadInput,
                    HistoryText::tr("--format %1 holds one run; give one ID, or use json, html or pack for several.")
                        .arg(format));
    if (!DistributionFile::canEncode(*f))
        return fail(Failure::Kind::Unavailable, HistoryText::tr("--format %1 cannot be drawn here.").arg(format));
    DistributionFile::Extras extras;
    extras.created = saved.first().created;
    extras.draws = saved.first().draws;
    return DistributionFile::encode(saved.first().request, saved.first().result, *f, extras);
}

int exportRuns(const HistoryStore &store, const QCommandLineParser &p, const Options &o, const QStringList &ids)
{
    if (ids.isEmpty())
        return badArguments(HistoryText::tr("export needs at least one run ID."));
    if (!p.isSet(o.format) || !p.isSet(o.output))
        return badArguments(HistoryText::tr("export needs --format F and -o FILE."));
    const Result<QList<HistoryEntry>> runs = fullEntries(store, ids);
    if (!runs)
        return badArguments(runs.message());
    const Result<QByteArray> bytes = exportBytes(*runs, p.value(o.format).toLower(), p.value(o.title));
    if (!bytes)
        return badArguments(bytes.message());
    const QString path = p.value(o.output);
    if (path == QLatin1String("-")) {
        QFile out;
        if (out.open(stdout, QIODevice::WriteOnly))
            out.write(*bytes);
        return Ok;
    }
    if (const Result<void> written = DistributionFile::write(path, *bytes); !written)
        return badArguments(written.message());
    printErr(HistoryText::tr("vslab-cli: wrote %n run(s) to %1", nullptr, int(runs->size())).arg(path));
    return Ok;
}

int importFiles(HistoryStore &store, const QStringList &files, bool json)
{
    if (files.isEmpty())
        return badArguments(HistoryText::tr("import needs at least one FILE."));
    int exit = Ok;
    QJsonArray report;
    for (const QString &file : files) {
        const Result<HistoryImport> done = HistoryFile::importFile(store, file);
        if (!done) {
            printErr(QStringLiteral("vslab-cli: ") + done.message());
            report.append(QJsonObject{{QStringLiteral("file"), file}, {QStringLiteral("error"), done.message()}});
            exit = BadArguments;
            continue;
        }
        report.append(QJsonObject{{QStringLiteral("file"), file},
                                  {QStringLiteral("added"), done->added},
                                  {QStringLiteral("skipped"), done->skipped}});
        if (!json)
            QTextStream(stdout) << HistoryText::tr("%1: %2 added, %3 skipped (already in the history)")
                                       .arg(file)
                                       .arg(done->added)
                                       .arg(done->skipped)
                                << '\n';
    }
    if (json) {
        QFile out;
        if (out.open(stdout, QIODevice::WriteOnly))
            out.write(QJsonDocument(report).toJson(QJsonDocument::Indented));
    }
    return exit;
}

int deleteRuns(HistoryStore &store, const QStringList &ids)
{
    if (ids.isEmpty())
        return badArguments(HistoryText::tr("delete needs at least one run ID."));
    const Result<QList<HistoryEntry>> runs = fullEntries(store, ids);
    if (!runs)
        return badArguments(runs.message()); // nothing deleted when any id is wrong
    for (const HistoryEntry &e : *runs) {
        if (!store.remove(e.id))
            return badArguments(HistoryText::tr("run %1 could not be deleted: %2").arg(e.id).arg(store.lastError()));
    }
    printErr(HistoryText::tr("vslab-cli: deleted %n run(s).", nullptr, int(runs->size())));
    return Ok;
}
} // namespace

int history(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(HistoryText::tr("List, search, show, delete, export and import saved runs."));
    const Options o;
    p.addOptions({o.json, o.limit, o.provider, o.model, o.method, o.starred, o.since, o.until, o.db, o.format, o.output,
                  o.title});
    p.addPositionalArgument(QStringLiteral("action"), HistoryText::tr("list, search, show, delete, export or import."),
                            QStringLiteral("list|search TEXT|show ID|delete ID...|export ID...|import FILE..."));
    p.addHelpOption();
    if (!p.parse(args))
        return badArguments(p.errorText());
    if (p.isSet(QStringLiteral("help"))) {
        QTextStream(stdout) << p.helpText();
        return Ok;
    }
    QStringList rest = p.positionalArguments();
    const QString action = rest.isEmpty() ? QStringLiteral("list") : rest.takeFirst();
    static const QStringList actions{QStringLiteral("list"),   QStringLiteral("search"), QStringLiteral("show"),
                                     QStringLiteral("delete"), QStringLiteral("export"), QStringLiteral("import")};
    if (!actions.contains(action))
        return badArguments(HistoryText::tr("unknown history action \"%1\"; use list, search, show, delete, export or "
                                            "import.")
                                .arg(action));
    bool limitOk = false;
    const int limit = p.value(o.limit).toInt(&limitOk);
    if (!limitOk || limit < 0)
        return badArguments(HistoryText::tr("--limit must be a whole number ≥ 0, got \"%1\".").arg(p.value(o.limit)));
    const Result<HistoryFilter> filter = filterOf(p, o);
    if (!filter)
        return badArguments(filter.message());

    HistoryStore store;
    if (const Result<void> opened = store.open(p.value(o.db)); !opened)
        return badArguments(opened.message());
    if (!store.notice().isEmpty())
        printErr(QStringLiteral("vslab-cli: ") + store.notice());
    const bool json = p.isSet(o.json);
    if (action == QLatin1String("list") || action == QLatin1String("search")) {
        HistoryFilter f = *filter;
        if (action == QLatin1String("search")) {
            if (rest.join(QLatin1Char(' ')).trimmed().isEmpty())
                return badArguments(HistoryText::tr("search needs the TEXT to look for."));
            f.text = rest.join(QLatin1Char(' '));
        } else if (!rest.isEmpty()) {
            return badArguments(HistoryText::tr("list takes no TEXT; use search."));
        }
        printList(store.page(f, limit), json);
        return Ok;
    }
    if (action == QLatin1String("show")) {
        if (rest.size() != 1)
            return badArguments(HistoryText::tr("show needs exactly one run ID."));
        const Result<QList<HistoryEntry>> runs = fullEntries(store, rest);
        return runs ? show(runs->first(), json) : badArguments(runs.message());
    }
    if (action == QLatin1String("delete"))
        return deleteRuns(store, rest);
    if (action == QLatin1String("export"))
        return exportRuns(store, p, o, rest);
    return importFiles(store, rest, json);
}
} // namespace Cli
