// SPDX-License-Identifier: Apache-2.0
#include "DemoPack.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QStandardPaths>

#include <cmath>
#include <string>

namespace {
constexpr qint64 kMaxPackBytes = 4 * 1024 * 1024;

// Request verbs and filler: "Tell me a joke" and "Give me a joke, please!" should both reduce to {joke}.
const QSet<QString> &stopWords()
{
    static const QSet<QString> words = [] {
        QSet<QString> s;
        for (const char *w :
             {"a",         "an",      "the",      "me",     "my",      "i",       "we",   "you",    "your",    "can",
              "could",     "would",   "will",     "please", "just",    "some",    "any",  "one",    "to",      "of",
              "for",       "in",      "on",       "about",  "and",     "or",      "with", "from",   "between", "tell",
              "give",      "write",   "name",     "pick",   "choose",  "suggest", "make", "say",    "share",   "come",
              "up",        "think",   "generate", "create", "compose", "provide", "what", "should", "call",    "do",
              "is",        "are",     "it",       "want",   "hear",    "know",    "let",  "idea",   "ideas",   "new",
              "something", "another", "begin",    "start"})
            s.insert(QString::fromLatin1(w));
        return s;
    }();
    return words;
}

bool isCjk(char32_t c)
{
    return (c >= 0x3040 && c <= 0x30FF) || (c >= 0x3400 && c <= 0x4DBF) || (c >= 0x4E00 && c <= 0x9FFF) ||
           (c >= 0xAC00 && c <= 0xD7AF) || (c >= 0xF900 && c <= 0xFAFF);
}

// A Chinese numeral's digit (0-9) or unit (10, 100, 1000, 10000); -1 for any other character.
int chineseNumeral(char32_t c)
{
    static const std::u32string digits = U"零一二三四五六七八九";
    if (c == U'〇')
        return 0;
    if (c == U'两')
        return 2;
    if (const auto i = digits.find(c); i != std::u32string::npos)
        return int(i);
    switch (c) {
    case U'十':
        return 10;
    case U'百':
        return 100;
    case U'千':
        return 1000;
    case U'万':
        return 10000;
    default:
        return -1;
    }
}

// "十" is 10, "一百零一" 101: so "从一到十" names the same numbers as "从1到10", and "从一到一百" does not.
QString chineseNumber(const std::u32string &run)
{
    qint64 total = 0, section = 0, digit = 0;
    for (char32_t c : run) {
        const int v = chineseNumeral(c);
        if (v < 10) {
            digit = v;
        } else if (v == 10000) {
            total += (section + digit) * 10000;
            section = digit = 0;
        } else {
            section += (digit == 0 ? 1 : digit) * v;
            digit = 0;
        }
    }
    return QString::number(total + section + digit);
}

QStringList words(const QString &text)
{
    QStringList out;
    QString current;
    std::u32string numeral;
    const auto flush = [&] {
        if (!current.isEmpty())
            out.append(current);
        current.clear();
        if (!numeral.empty())
            out.append(chineseNumber(numeral));
        numeral.clear();
    };
    const QString folded = text.toCaseFolded();
    for (char32_t c : folded.toUcs4()) {
        if (chineseNumeral(c) >= 0) {
            if (!current.isEmpty())
                flush();
            numeral += c;
        } else if (isCjk(c)) { // no spaces between CJK words: every character counts as one
            flush();
            out.append(QString::fromUcs4(&c, 1));
        } else if (QChar::isLetterOrNumber(c)) {
            if (!numeral.empty())
                flush();
            current += QString::fromUcs4(&c, 1);
        } else if (c == U'.' || c == U'\'' || c == U'\u2019') {
            // "U.S." is "us", "don't" is "dont": these never split a word.
        } else {
            flush();
        }
    }
    flush();
    return out;
}

struct TokenSet
{
    QSet<QString> content;
    QSet<QString> numbers;
};

TokenSet tokens(const QString &text)
{
    TokenSet t;
    QSet<QString> all;
    for (QString w : words(text)) {
        if (w.size() > 3 && w.endsWith(QLatin1Char('s')) && !w.endsWith(QLatin1String("ss")))
            w.chop(1);
        all.insert(w);
        bool isNumber = false;
        w.toLongLong(&isNumber);
        if (isNumber)
            t.numbers.insert(w);
        if (!stopWords().contains(w))
            t.content.insert(w);
    }
    if (t.content.isEmpty()) // a prompt made only of filler words still has to compare
        t.content = all;
    return t;
}

QString stringField(const QJsonObject &o, const QString &key)
{
    return o.value(key).toString().trimmed();
}
} // namespace

QStringList DemoPack::phrasings() const
{
    QStringList out{title};
    out += prompts;
    return out;
}

std::optional<DemoPack> DemoPack::fromJson(const QByteArray &json, const QString &origin, QString *error)
{
    const auto fail = [&](const QString &message) -> std::optional<DemoPack> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return fail(tr("not valid JSON at offset %1: %2").arg(parseError.offset).arg(parseError.errorString()));
    if (!doc.isObject())
        return fail(tr("the file must hold one JSON object"));
    const QJsonObject o = doc.object();

    if (o.contains(QStringLiteral("schema")) && o.value(QStringLiteral("schema")).toInt(-1) != 1)
        return fail(tr("unsupported \"schema\" (this version reads schema 1)"));

    DemoPack pack;
    pack.origin = origin;
    pack.id = stringField(o, QStringLiteral("id"));
    if (pack.id.isEmpty())
        pack.id = QFileInfo(origin).completeBaseName();
    pack.title = stringField(o, QStringLiteral("title"));
    if (pack.title.isEmpty())
        return fail(tr("\"title\" is missing: it is the prompt the pack answers, e.g. \"Tell me a joke\""));
    const QJsonValue prompts = o.value(QStringLiteral("prompts"));
    if (!prompts.isUndefined() && !prompts.isArray())
        return fail(tr("\"prompts\" must be a list of strings"));
    for (const QJsonValue &v : prompts.toArray()) {
        if (!v.isString() || v.toString().trimmed().isEmpty())
            return fail(tr("\"prompts\" must be a list of non-empty strings"));
        pack.prompts.append(v.toString().trimmed());
    }
    pack.notes = stringField(o, QStringLiteral("notes"));
    pack.source = stringField(o, QStringLiteral("source"));
    const QJsonValue alpha = o.value(QStringLiteral("alpha"));
    if (!alpha.isUndefined()) {
        if (!alpha.isDouble() || !std::isfinite(alpha.toDouble()) || alpha.toDouble() < 0.0)
            return fail(tr("\"alpha\" must be a number >= 0"));
        pack.alpha = alpha.toDouble();
    }
    const QJsonObject reasoning = o.value(QStringLiteral("reasoning")).toObject();
    pack.reasoningDirect = stringField(reasoning, QStringLiteral("direct"));
    pack.reasoningVs = stringField(reasoning, QStringLiteral("vs"));

    const QJsonValue answers = o.value(QStringLiteral("answers"));
    if (!answers.isArray() || answers.toArray().isEmpty())
        return fail(tr("\"answers\" must be a non-empty list of {\"text\": ..., \"p\": ...}"));
    QSet<QString> seen;
    double sum = 0.0;
    int n = 0;
    for (const QJsonValue &v : answers.toArray()) {
        ++n;
        const QJsonObject a = v.toObject();
        DemoAnswer answer;
        answer.text = a.value(QStringLiteral("text")).toString().trimmed();
        const QJsonValue p = a.value(QStringLiteral("p"));
        if (answer.text.isEmpty())
            return fail(tr("answer %1 has no \"text\"").arg(n));
        if (!p.isDouble() || !std::isfinite(p.toDouble()) || p.toDouble() <= 0.0)
            return fail(tr("answer %1 (\"%2\") needs a positive number \"p\"").arg(n).arg(answer.text.left(40)));
        const QString key = answer.text.simplified().toCaseFolded();
        if (seen.contains(key))
            return fail(tr("answer %1 (\"%2\") appears twice").arg(n).arg(answer.text.left(40)));
        seen.insert(key);
        answer.p = p.toDouble();
        sum += answer.p;
        pack.answers.append(answer);
    }
    // Teachers write rounded numbers; normalizing lets them not sum to exactly 1.
    for (DemoAnswer &a : pack.answers)
        a.p /= sum;
    return pack;
}

DemoPackLibrary DemoPackLibrary::load()
{
    return loadFrom(packDirs());
}

QString DemoPackLibrary::userPackDir()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/demo-packs");
}

QStringList DemoPackLibrary::packDirs()
{
    QStringList dirs{QStringLiteral(":/demo")};
    const QStringList data = QStandardPaths::standardLocations(QStandardPaths::AppDataLocation);
    // standardLocations() lists the writable (user) folder first; it is read last so the user's packs win.
    for (auto it = data.crbegin(); it != data.crend(); ++it)
        dirs.append(*it + QStringLiteral("/demo-packs"));
    dirs.removeDuplicates();
    return dirs;
}

DemoPackLibrary DemoPackLibrary::loadFrom(const QStringList &dirs)
{
    DemoPackLibrary lib;
    for (const QString &dir : dirs) {
        const QStringList files =
            QDir(dir).entryList({QStringLiteral("*.json")}, QDir::Files | QDir::Readable, QDir::Name);
        for (const QString &file : files)
            lib.addFile(dir + QLatin1Char('/') + file);
    }
    return lib;
}

void DemoPackLibrary::addFile(const QString &path)
{
    QFile f(path);
    if (f.size() > kMaxPackBytes) {
        m_errors.append(tr("%1: larger than 4 MiB, skipped").arg(path));
        return;
    }
    if (!f.open(QIODevice::ReadOnly)) {
        m_errors.append(tr("%1: cannot be read (%2)").arg(path, f.errorString()));
        return;
    }
    QString error;
    std::optional<DemoPack> pack = DemoPack::fromJson(f.readAll(), path, &error);
    if (!pack) {
        m_errors.append(path + QStringLiteral(": ") + error);
        return;
    }
    for (DemoPack &existing : m_packs) {
        if (existing.id == pack->id) {
            existing = std::move(*pack);
            return;
        }
    }
    m_packs.append(std::move(*pack));
}

QStringList DemoPackLibrary::knownPrompts() const
{
    QStringList prompts;
    for (const DemoPack &p : m_packs)
        prompts.append(p.title);
    return prompts;
}

const DemoPack *DemoPackLibrary::find(const QString &id) const
{
    for (const DemoPack &p : m_packs) {
        if (p.id == id)
            return &p;
    }
    return nullptr;
}

const DemoPack *DemoPackLibrary::match(const QString &prompt, double *score) const
{
    const DemoPack *best = nullptr;
    double bestScore = 0.0;
    for (const DemoPack &pack : m_packs) {
        for (const QString &phrasing : pack.phrasings()) {
            const double s = similarity(prompt, phrasing);
            if (s > bestScore) {
                bestScore = s;
                best = &pack;
            }
        }
    }
    if (score)
        *score = bestScore;
    return bestScore >= kMatchThreshold ? best : nullptr;
}

double DemoPackLibrary::similarity(const QString &a, const QString &b)
{
    const TokenSet ta = tokens(a);
    const TokenSet tb = tokens(b);
    if (ta.content.isEmpty() || tb.content.isEmpty())
        return 0.0;
    // "between 1 and 100" is a different request from "between 1 and 10", however similar the words.
    if (!ta.numbers.isEmpty() && !tb.numbers.isEmpty() && ta.numbers != tb.numbers)
        return 0.0;
    const qsizetype common = QSet<QString>(ta.content).intersect(tb.content).size();
    return 2.0 * double(common) / double(ta.content.size() + tb.content.size());
}
