// SPDX-License-Identifier: Apache-2.0
// Conformance against the reference package's recorded outputs in ../shared/corpus/vs-official (read in place,
// never copied). One data row per corpus record, named by the record id.
//
// framework_demo_verbalize_calls.jsonl: the model's values (parsed_items) go through Distribution::build with the
// record's verbalize() arguments and the documented defaults; then every line the notebook printed is classified
// with a regular expression (an unrecognized line fails the row) and everything it says about the distribution is
// compared exactly, at the printed precision: kept items and their order, printed probabilities, Σp, τ and
// "(relaxed)" in to_markdown(), repairs, item counts (hence num_filtered), tau_relaxed, tau_final, the minimum p,
// argmax, the to_dict() excerpt (p to the last bit, p_raw, p_clipped, repairs, idx_orig, trace keys) and the
// from_dict() round trip.
//
// Not compared, and why:
//  - sample(seed=…), select(…, 'sample', seed=…), "Sampled (seed=…)", "Multiple samples": draws of Python's
//    random.Random; we sample with our own pinned SplitMix64 stream (pinned in tst_distribution.cpp).
//  - "After map/filter/reweight/chain" sections and the totals printed after them: DiscreteDist helper transforms
//    (map, filter_items, reweight) that our Distribution does not offer.
//  - "Serialized: N bytes": the length of Python's json.dumps output, which includes the reference's own trace.
//  - "model=", "Provider:", "Model:": provider selection, not something a distribution computes.
//  - trace keys use_strict_json and probability_definition: settings of the reference's prompt, not ours.
//  - the to_dict() JSON past the notebook's 500-character cut ("repairs": [...).

#include "SharedData.h"
#include "vs/Distribution.h"
#include "vs/ResponseParser.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <functional>
#include <optional>

using namespace Qt::StringLiterals;

namespace {
const QString corpusFolder = u"corpus/vs-official"_s;

QList<QJsonObject> readJsonl(const QString &file, QString *error)
{
    QList<QJsonObject> records;
    QFile f(SharedData::path(corpusFolder + u'/' + file));
    if (!f.open(QIODevice::ReadOnly)) {
        *error = u"cannot read "_s + f.fileName();
        return records;
    }
    int lineNumber = 0;
    for (const QByteArray &line : f.readAll().split('\n')) {
        ++lineNumber;
        if (line.trimmed().isEmpty())
            continue;
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(line, &parseError);
        if (!doc.isObject()) {
            *error = u"%1:%2: %3"_s.arg(file).arg(lineNumber).arg(parseError.errorString());
            return {};
        }
        records.append(doc.object());
    }
    return records;
}

QJsonObject recordById(const QString &file, const QString &id)
{
    QString error;
    const QList<QJsonObject> records = readJsonl(file, &error);
    for (const QJsonObject &r : records) {
        if (r[u"id"_s].toString() == id)
            return r;
    }
    return {};
}

/// Fills a data table with one row per record of `file`, named by the record id.
void addRecordRows(const QString &file, const std::function<bool(const QJsonObject &)> &accept = {})
{
    QTest::addColumn<QJsonObject>("record");
    QString error;
    const QList<QJsonObject> records = readJsonl(file, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY2(!records.isEmpty(), qPrintable(file + u" holds no record"_s));
    for (const QJsonObject &r : records) {
        if (!accept || accept(r))
            QTest::newRow(r[u"id"_s].toString().toUtf8().constData()) << r;
    }
}

/// Candidates straight from recorded JSON values; every recorded value is a number in [0, 1], so no repair applies.
QList<Candidate> candidatesFrom(const QJsonArray &items, const QString &textKey)
{
    QList<Candidate> out;
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QJsonObject o = items[i].toObject();
        Candidate c;
        c.text = o[textKey].toString();
        c.stated = o[u"probability"_s].toDouble(std::numeric_limits<double>::quiet_NaN());
        c.clipped = c.stated;
        c.index = int(i);
        out.append(c);
    }
    return out;
}

bool allInUnitRange(const QList<Candidate> &candidates)
{
    return std::all_of(candidates.cbegin(), candidates.cend(),
                       [](const Candidate &c) { return c.stated >= 0.0 && c.stated <= 1.0; });
}

/// verbalize()'s arguments plus its documented defaults (the records' `defaults_not_shown`).
PostProcessOptions frameworkOptions(const QJsonObject &args)
{
    PostProcessOptions o;
    o.tauMode = TauMode::Filter;
    o.tau = args.value(u"tau"_s).toDouble(0.12);
    o.minSurvivors = args.value(u"min_k_survivors"_s).toInt(3);
    o.weightMode =
        Names::parseWeightMode(args.value(u"weight_mode"_s).toString(u"elicited"_s)).value_or(WeightMode::Elicited);
    o.requestedK = args.value(u"k"_s).toInt(5);
    return o;
}

Distribution buildFramework(const QJsonObject &record)
{
    return Distribution::build(candidatesFrom(record[u"parsed_items"_s].toArray(), u"response"_s),
                               frameworkOptions(record[u"verbalize_args"_s].toObject()));
}

Distribution buildResearch(const QJsonObject &record, PostProcessOptions options = {})
{
    if (options.requestedK == 0)
        options.requestedK = record[u"k_requested"_s].toInt(0); // null for VS-Multi turns: count not compared
    return Distribution::build(candidatesFrom(record[u"responses"_s].toArray(), u"text"_s), options);
}

/// Python's "%.Nf": correctly rounded from the exact binary value (glibc printf does the same).
QString pyFixed(double v, int decimals)
{
    char buffer[64];
    std::snprintf(buffer, sizeof buffer, "%.*f", decimals, v);
    return QString::fromLatin1(buffer);
}

int decimalsOf(const QString &number)
{
    const qsizetype dot = number.indexOf(u'.');
    return dot < 0 ? 0 : int(number.size() - dot - 1);
}

/// Python's repr(float): the shortest text that reads back as the same double.
QString pyRepr(double v)
{
    return QString::number(v, 'g', QLocale::FloatingPointShortest);
}

/// Python's str(list_of_str).
QString pyList(const QStringList &items)
{
    QStringList quoted;
    for (const QString &s : items)
        quoted.append(u'\'' + s + u'\'');
    return u'[' + quoted.join(u", "_s) + u']';
}

/// Python's s[:n]: n code points, not UTF-16 units.
QString pyLeft(const QString &s, qsizetype n)
{
    qsizetype i = 0;
    for (qsizetype points = 0; i < s.size() && points < n; ++points)
        i += (s[i].isHighSurrogate() && i + 1 < s.size() && s[i + 1].isLowSurrogate()) ? 2 : 1;
    return s.left(i);
}

qsizetype pyLen(const QString &s)
{
    return s.toUcs4().size();
}

QStringList warningCodes(const Distribution &d)
{
    QStringList codes;
    for (const Warning &w : d.warnings())
        codes.append(Warning::codeName(w.code));
    codes.sort();
    return codes;
}

bool hasWarning(const Distribution &d, Warning::Code code)
{
    return std::any_of(d.warnings().cbegin(), d.warnings().cend(), [&](const Warning &w) { return w.code == code; });
}

QList<int> originalOrder(const Distribution &d)
{
    QList<int> order;
    for (const Candidate &c : d.items())
        order.append(c.index);
    return order;
}

QStringList weightsAt(const Distribution &d, int decimals)
{
    QStringList out;
    for (const Candidate &c : d.items())
        out.append(pyFixed(c.weight, decimals));
    return out;
}

// ---- the raw-text parser ----

struct Parsed
{
    QList<Candidate> candidates;
    QString error;
    ResponseParser::Format format = ResponseParser::Format::Auto;
};

Parsed parseWhole(const QString &reply)
{
    ResponseParser parser;
    parser.feed(reply);
    parser.finish();
    return {parser.candidates(), parser.error(), parser.detectedFormat()};
}

/// Feeds UTF-8 bytes in small slices, so multi-byte characters and tags are split across calls.
Parsed parseChunked(const QString &reply, qsizetype chunk)
{
    ResponseParser parser;
    const QByteArray bytes = reply.toUtf8();
    for (qsizetype i = 0; i < bytes.size(); i += chunk)
        parser.feedUtf8(QByteArrayView(bytes).sliced(i, std::min(chunk, bytes.size() - i)));
    parser.finish();
    return {parser.candidates(), parser.error(), parser.detectedFormat()};
}

bool sameCandidates(const QList<Candidate> &a, const QList<Candidate> &b)
{
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i) {
        const bool sameStated = (std::isnan(a[i].stated) && std::isnan(b[i].stated)) || a[i].stated == b[i].stated;
        if (a[i].text != b[i].text || !sameStated || a[i].statedRaw != b[i].statedRaw || a[i].repairs != b[i].repairs)
            return false;
    }
    return true;
}

/// A research record written back as the {"responses": [...]} reply the model gave in strict JSON mode.
QString researchReply(const QJsonObject &record)
{
    return QString::fromUtf8(QJsonDocument(QJsonObject{{u"responses"_s, record[u"responses"_s]}}).toJson());
}

QString xmlResponse(const QString &text, const QString &probability)
{
    return u"<response><text>"_s + text + u"</text><probability>"_s + probability + u"</probability></response>"_s;
}

// ---- what the notebook printed ----

/// One item line of a printed listing.
struct Listed
{
    QString p;
    QString text;
    /// Preview rule: -1 = the full text, or text[:n] + "..." for some n; otherwise text[:limit] + "...".
    int limit = -1;
    /// The notebook appended "..." even to texts shorter than the limit.
    bool alwaysEllipsis = false;
    int length = -1; ///< "(length=N)", N = len(text) in code points
    QString repairs; ///< to_markdown() only: str(meta["repairs"])
};

bool previewMatches(const QString &text, const Listed &l)
{
    if (l.limit < 0)
        return l.text == text || (l.text.endsWith(u"..."_s) && text.startsWith(l.text.chopped(3)) &&
                                  pyLen(text) > pyLen(l.text.chopped(3)));
    if (l.alwaysEllipsis || pyLen(text) > l.limit)
        return l.text == pyLeft(text, l.limit) + u"..."_s;
    return l.text == text;
}

struct Printed
{
    QList<QList<Listed>> listings;
    QList<int> counts; ///< every "N items" statement about the distribution
    bool markdown = false;
    QString sigma;
    QString tauRepr;
    bool markdownRelaxed = false;
    std::optional<bool> tauRelaxed;
    QString tauFinal;
    QString minP;
    QStringList argmax;
    QString argmaxP;
    int unique = -1;
    QList<QHash<QString, QString>> json;
    QStringList traceKeys;
    int reconstructedLength = -1;
    QString reconstructedTop;
    std::optional<bool> probabilitiesMatch;
    QStringList notCompared; ///< reasons, one per line deliberately not compared
};

const QString reasonSampling = u"Python random.Random draw"_s;
const QString reasonHelper = u"DiscreteDist helper transform"_s;
const QString reasonProvider = u"provider selection"_s;
const QString reasonSize = u"size of Python's json.dumps output"_s;
const QString reasonCut = u"JSON cut at 500 characters"_s;

enum class Section {
    None,
    Markdown,
    Listing,
    NumberedListing,
    Negatives,
    Selection,
    SerializedDict,
    Json,
    Reconstructed,
    TauSweep,
    Skipped
};

QRegularExpression re(const QString &pattern)
{
    return QRegularExpression(pattern);
}

/// Classifies every printed line; returns an error for a line it does not know.
QString parsePrinted(const QString &printed, Printed &out)
{
    // Section headers.
    static const QRegularExpression mdTitle = re(u"^# verbalized-sampling$"_s);
    static const QRegularExpression listingHeader =
        re(u"^(?:Original(?: \\((\\d+) items\\))?|Original probabilities|Elicited weights|Softmax weights|"
           u"Uniform weights \\(equal probability\\)):$"_s);
    static const QRegularExpression numberedHeader = re(u"^All states generated:$"_s);
    static const QRegularExpression negativesHeader =
        re(u"^Plausible negative examples \\(for contrastive training\\):$"_s);
    static const QRegularExpression selectionHeader = re(u"^(?:Direct methods|Using select\\(\\) helper):$"_s);
    static const QRegularExpression serializedHeader = re(u"^Serialized to dict:$"_s);
    static const QRegularExpression jsonHeader = re(u"^JSON representation \\(first 500 chars\\):$"_s);
    static const QRegularExpression reconstructedHeader = re(u"^Reconstructed distribution:$"_s);
    static const QRegularExpression sweepHeader = re(u"^(?:Low|High) tau \\([\\d.]+\\): (\\d+) items survived$"_s);
    static const QRegularExpression relaxHeader = re(u"^Very high tau \\([\\d.]+\\) with min_k_survivors=\\d+:$"_s);
    static const QRegularExpression helperHeader = re(u"^After .+$"_s);
    static const QRegularExpression samplesHeader = re(u"^Multiple samples \\(different seeds\\):$"_s);
    static const QRegularExpression providerHeader = re(u"^(?:Auto|Explicit) provider:$"_s);
    // Lines inside sections.
    static const QRegularExpression mdHeader =
        re(u"^k=(\\d+)  τ=(\\S+)(  \\(relaxed\\))?  Σp=(\\d+\\.\\d+)  model=(.+)$"_s);
    static const QRegularExpression mdItem = re(u"^\\d+\\. (\\d+\\.\\d+)  \"(.*)\"  (\\[.*\\])$"_s);
    static const QRegularExpression listingItem = re(u"^  (\\d+\\.\\d+) - (.*?)(?: \\(length=(\\d+)\\))?$"_s);
    static const QRegularExpression numberedItem = re(u"^\\s+\\d+\\. (\\d+\\.\\d+) - (.*)$"_s);
    static const QRegularExpression negativeItem = re(u"^\\d+\\. \\(p=(\\d+\\.\\d+)\\)$"_s);
    static const QRegularExpression negativeText = re(u"^   (.*)$"_s);
    static const QRegularExpression selectArgmax = re(u"^  (?:argmax\\(\\)|select\\(dist, 'argmax'\\)): (.*)$"_s);
    static const QRegularExpression selectSample =
        re(u"^  (?:sample\\(seed=\\d+\\)|select\\(dist, 'sample', seed=\\d+\\)): .*$"_s);
    static const QRegularExpression itemsCount = re(u"^  Items: (\\d+)$"_s);
    static const QRegularExpression traceKeys = re(u"^  Trace keys: \\[(.*)\\]$"_s);
    static const QRegularExpression jsonStructure = re(u"^\\s*(?:[\\[\\]{}],?|\"(?:items|meta)\": [\\[{])$"_s);
    static const QRegularExpression jsonValue = re(u"^\\s*\"(text|p|p_raw|p_clipped|idx_orig|repairs)\": (.*?),?$"_s);
    static const QRegularExpression reconLength = re(u"^  Length: (\\d+)$"_s);
    static const QRegularExpression reconTop = re(u"^  Top item: (.*)$"_s);
    static const QRegularExpression reconMatch = re(u"^  Probabilities match: (True|False)$"_s);
    static const QRegularExpression minP = re(u"^  Min probability: (\\d+\\.\\d+)$"_s);
    static const QRegularExpression tauRelaxed = re(u"^  Tau relaxed: (True|False)$"_s);
    static const QRegularExpression tauFinal = re(u"^  Tau final: (\\d+\\.\\d+)$"_s);
    static const QRegularExpression indented = re(u"^\\s+.*$"_s);
    // Stand-alone lines.
    static const QRegularExpression argmaxLine =
        re(u"^(?:Best \\(argmax\\)|Top pick \\(argmax\\)|Best opening \\(argmax\\)|Using select\\(\\)): (.*)$"_s);
    static const QRegularExpression probabilityLine = re(u"^Probability: (\\d+\\.\\d+)$"_s);
    static const QRegularExpression top1 = re(u"^Top-1: (.*) \\(p=(\\d+\\.\\d+)\\)$"_s);
    static const QRegularExpression generated = re(u"^Generated (\\d+) items$"_s);
    static const QRegularExpression unique = re(u"^Unique states: (\\d+)$"_s);
    static const QRegularExpression sampled = re(u"^Sampled \\(seed=\\d+\\): .*$"_s);
    static const QRegularExpression serializedBytes = re(u"^Serialized: \\d+ bytes$"_s);
    static const QRegularExpression helperTotals =
        re(u"^(?:Total probability(?: after filter)?|Descending order): .*$"_s);

    Section section = Section::None;
    QString skipReason;
    const QStringList lines = printed.split(u'\n');
    for (const QString &line : lines) {
        if (line.trimmed().isEmpty())
            continue;
        QRegularExpressionMatch m;
        const auto matches = [&](const QRegularExpression &e) {
            m = e.match(line);
            return m.hasMatch();
        };
        const auto enter = [&](Section s) {
            section = s;
            if (s == Section::Markdown || s == Section::Listing || s == Section::NumberedListing ||
                s == Section::Negatives)
                out.listings.append(QList<Listed>{});
        };
        const auto skip = [&](const QString &reason) {
            section = Section::Skipped;
            skipReason = reason;
            out.notCompared.append(reason);
        };

        if (matches(mdTitle)) {
            out.markdown = true;
            enter(Section::Markdown);
            continue;
        }
        if (matches(listingHeader)) {
            enter(Section::Listing);
            if (m.hasCaptured(1))
                out.counts.append(m.captured(1).toInt());
            continue;
        }
        if (matches(numberedHeader)) {
            enter(Section::NumberedListing);
            continue;
        }
        if (matches(negativesHeader)) {
            enter(Section::Negatives);
            continue;
        }
        if (matches(selectionHeader)) {
            enter(Section::Selection);
            continue;
        }
        if (matches(serializedHeader)) {
            enter(Section::SerializedDict);
            continue;
        }
        if (matches(jsonHeader)) {
            enter(Section::Json);
            continue;
        }
        if (matches(reconstructedHeader)) {
            enter(Section::Reconstructed);
            continue;
        }
        if (matches(sweepHeader)) {
            enter(Section::TauSweep);
            out.counts.append(m.captured(1).toInt());
            continue;
        }
        if (matches(relaxHeader)) {
            enter(Section::TauSweep);
            continue;
        }
        if (matches(helperHeader)) {
            skip(reasonHelper);
            continue;
        }
        if (matches(samplesHeader)) {
            skip(reasonSampling);
            continue;
        }
        if (matches(providerHeader)) {
            skip(reasonProvider);
            continue;
        }

        bool handled = true;
        switch (section) {
        case Section::Markdown:
            if (matches(mdHeader)) {
                out.counts.append(m.captured(1).toInt());
                out.tauRepr = m.captured(2);
                out.markdownRelaxed = m.hasCaptured(3);
                out.sigma = m.captured(4);
                out.notCompared.append(reasonProvider); // model=
            } else if (matches(mdItem)) {
                out.listings.last().append(Listed{m.captured(1), m.captured(2), 70, false, -1, m.captured(3)});
            } else {
                handled = false;
            }
            break;
        case Section::Listing:
            if (matches(listingItem)) {
                out.listings.last().append(
                    Listed{m.captured(1), m.captured(2), -1, false, m.hasCaptured(3) ? m.captured(3).toInt() : -1, {}});
            } else {
                handled = false;
            }
            break;
        case Section::NumberedListing:
            if (matches(numberedItem))
                out.listings.last().append(Listed{m.captured(1), m.captured(2), -1, false, -1, {}});
            else
                handled = false;
            break;
        case Section::Negatives:
            if (matches(negativeItem))
                out.listings.last().append(Listed{m.captured(1), {}, 150, true, -1, {}});
            else if (matches(negativeText) && !out.listings.last().isEmpty())
                out.listings.last().last().text = m.captured(1);
            else
                handled = false;
            break;
        case Section::Selection:
            if (matches(selectArgmax))
                out.argmax.append(m.captured(1));
            else if (matches(selectSample))
                out.notCompared.append(reasonSampling);
            else
                handled = false;
            break;
        case Section::SerializedDict:
            if (matches(itemsCount)) {
                out.counts.append(m.captured(1).toInt());
            } else if (matches(traceKeys)) {
                for (QString key : m.captured(1).split(u", "_s))
                    out.traceKeys.append(key.remove(u'\''));
            } else {
                handled = false;
            }
            break;
        case Section::Json:
            if (matches(jsonStructure)) {
                // braces and brackets carry nothing to compare
            } else if (line.trimmed() == u"\"repairs\": [..."_s) {
                out.notCompared.append(reasonCut);
            } else if (matches(jsonValue)) {
                if (m.captured(1) == u"text"_s)
                    out.json.append(QHash<QString, QString>{});
                if (out.json.isEmpty())
                    return u"JSON value before the first \"text\": "_s + line;
                out.json.last().insert(m.captured(1), m.captured(2));
            } else {
                handled = false;
            }
            break;
        case Section::Reconstructed:
            if (matches(reconLength))
                out.reconstructedLength = m.captured(1).toInt();
            else if (matches(reconTop))
                out.reconstructedTop = m.captured(1);
            else if (matches(reconMatch))
                out.probabilitiesMatch = m.captured(1) == u"True"_s;
            else
                handled = false;
            break;
        case Section::TauSweep:
            if (matches(minP))
                out.minP = m.captured(1);
            else if (matches(tauRelaxed))
                out.tauRelaxed = m.captured(1) == u"True"_s;
            else if (matches(tauFinal))
                out.tauFinal = m.captured(1);
            else if (matches(itemsCount))
                out.counts.append(m.captured(1).toInt());
            else
                handled = false;
            break;
        case Section::Skipped:
            if (matches(indented))
                out.notCompared.append(skipReason);
            else
                handled = false;
            break;
        case Section::None:
            handled = false;
            break;
        }
        if (handled)
            continue;

        if (matches(argmaxLine)) {
            out.argmax.append(m.captured(1));
        } else if (matches(probabilityLine)) {
            out.argmaxP = m.captured(1);
        } else if (matches(top1)) {
            out.argmax.append(m.captured(1));
            out.argmaxP = m.captured(2);
        } else if (matches(generated)) {
            out.counts.append(m.captured(1).toInt());
        } else if (matches(unique)) {
            out.unique = m.captured(1).toInt();
        } else if (matches(sampled)) {
            out.notCompared.append(reasonSampling);
        } else if (matches(serializedBytes)) {
            out.notCompared.append(reasonSize);
        } else if (matches(helperTotals)) {
            out.notCompared.append(reasonHelper);
        } else {
            return u"unrecognized printed line: "_s + line;
        }
    }
    return {};
}

QString jsonString(const QString &literal)
{
    QByteArray array("[");
    array += literal.toUtf8();
    array += ']';
    return QJsonDocument::fromJson(array).array().at(0).toString();
}

using EdgeCheck = std::function<void(const QJsonObject &)>;
QHash<QString, EdgeCheck> edgeChecks();
} // namespace

class TestConformance : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void frameworkDemo_data();
    void frameworkDemo();
    void researchRecords_data();
    void researchRecords();
    void stateNameReplies_data();
    void stateNameReplies();
    void bearStories_data();
    void bearStories();
    void edgeCases_data();
    void edgeCases();
};

void TestConformance::frameworkDemo_data()
{
    VSLAB_REQUIRE_SHARED("corpus/vs-official");
    addRecordRows(u"framework_demo_verbalize_calls.jsonl"_s);
}

void TestConformance::frameworkDemo()
{
    QFETCH(QJsonObject, record);
    // The defaults we apply must be the ones the record documents.
    const QString defaults = record[u"defaults_not_shown"_s].toString();
    for (const QString &d : {u"tau=0.12"_s, u"min_k_survivors=3"_s, u"weight_mode='elicited'"_s, u"k=5"_s})
        QVERIFY2(defaults.contains(d), qPrintable(defaults));

    const QJsonArray parsedItems = record[u"parsed_items"_s].toArray();
    const QList<Candidate> candidates = candidatesFrom(parsedItems, u"response"_s);
    QVERIFY(allInUnitRange(candidates));
    QCOMPARE(candidates.size(), record[u"n_items"_s].toInt());
    const Distribution d = buildFramework(record);
    QVERIFY(std::abs(d.statedSum() - record[u"sum_p"_s].toDouble()) < 1e-9);
    QVERIFY(!d.isEmpty());

    Printed printed;
    const QString error = parsePrinted(record[u"printed_after_postprocess"_s].toString(), printed);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    int compared = 0;

    for (const QList<Listed> &listing : std::as_const(printed.listings)) {
        QVERIFY2(listing.size() <= d.size(), "the notebook listed more items than we kept");
        for (qsizetype i = 0; i < listing.size(); ++i) {
            const Candidate &c = d.items()[i];
            const Listed &l = listing[i];
            QVERIFY2(previewMatches(c.text, l),
                     qPrintable(u"item %1: we have \"%2\", printed \"%3\""_s.arg(i + 1).arg(c.text, l.text)));
            QCOMPARE(pyFixed(c.weight, decimalsOf(l.p)), l.p);
            compared += 2;
            if (l.length >= 0) {
                QCOMPARE(pyLen(c.text), l.length);
                ++compared;
            }
            if (!l.repairs.isEmpty()) {
                QCOMPARE(pyList(c.repairs), l.repairs);
                ++compared;
            }
        }
    }
    for (int count : std::as_const(printed.counts)) {
        QCOMPARE(d.size(), count);
        QCOMPARE(d.numFiltered(), parsedItems.size() - count);
        ++compared;
    }
    if (printed.markdown) {
        double sum = 0.0;
        for (const Candidate &c : d.items())
            sum += c.weight;
        QCOMPARE(pyFixed(sum, decimalsOf(printed.sigma)), printed.sigma);
        QCOMPARE(pyRepr(d.tauFinal()), printed.tauRepr);
        QCOMPARE(d.tauRelaxed(), printed.markdownRelaxed);
        compared += 3;
    }
    if (printed.tauRelaxed) {
        QCOMPARE(d.tauRelaxed(), *printed.tauRelaxed);
        ++compared;
    }
    if (!printed.tauFinal.isEmpty()) {
        QCOMPARE(pyFixed(d.tauFinal(), decimalsOf(printed.tauFinal)), printed.tauFinal);
        ++compared;
    }
    if (!printed.minP.isEmpty()) {
        const auto lowest =
            std::min_element(d.items().cbegin(), d.items().cend(),
                             [](const Candidate &a, const Candidate &b) { return a.weight < b.weight; });
        QCOMPARE(pyFixed(lowest->weight, decimalsOf(printed.minP)), printed.minP);
        ++compared;
    }
    // "Using select()" is counted as argmax: select()'s default strategy; the notebook's output is the argmax item.
    for (const QString &text : std::as_const(printed.argmax)) {
        QCOMPARE(d.items()[d.argmax()].text, text);
        ++compared;
    }
    if (!printed.argmaxP.isEmpty()) {
        QCOMPARE(pyFixed(d.items()[d.argmax()].weight, decimalsOf(printed.argmaxP)), printed.argmaxP);
        ++compared;
    }
    if (printed.unique >= 0) {
        QStringList texts;
        for (const Candidate &c : d.items())
            texts.append(c.text);
        texts.removeDuplicates();
        QCOMPARE(texts.size(), printed.unique);
        ++compared;
    }
    for (qsizetype i = 0; i < printed.json.size(); ++i) {
        const Candidate &c = d.items()[i];
        const QHash<QString, QString> &item = printed.json[i];
        if (item.contains(u"text"_s))
            QCOMPARE(c.text, jsonString(item[u"text"_s]));
        if (item.contains(u"p"_s)) // the full repr: equal to the last bit
            QCOMPARE(pyRepr(c.weight), item[u"p"_s]);
        if (item.contains(u"p_raw"_s))
            QCOMPARE(pyRepr(c.stated), item[u"p_raw"_s]);
        if (item.contains(u"p_clipped"_s))
            QCOMPARE(pyRepr(c.clipped), item[u"p_clipped"_s]);
        if (item.contains(u"repairs"_s))
            QCOMPARE(pyList(c.repairs), item[u"repairs"_s]);
        if (item.contains(u"idx_orig"_s))
            QCOMPARE(QString::number(c.index), item[u"idx_orig"_s]);
        compared += int(item.size());
    }
    if (!printed.traceKeys.isEmpty()) {
        const QJsonObject trace = d.toJson(Trace{})[u"trace"_s].toObject();
        for (const QString &key : std::as_const(printed.traceKeys)) {
            if (key == u"use_strict_json"_s || key == u"probability_definition"_s)
                continue; // settings of the reference's prompt; see the file comment
            QVERIFY2(trace.contains(key), qPrintable(u"our trace lacks \"%1\""_s.arg(key)));
            ++compared;
        }
    }
    if (printed.reconstructedLength >= 0 || printed.probabilitiesMatch) {
        QString importError;
        const std::optional<Distribution> back = Distribution::fromJson(d.toJson(Trace{}), nullptr, &importError);
        QVERIFY2(back, qPrintable(importError));
        if (printed.reconstructedLength >= 0)
            QCOMPARE(back->size(), printed.reconstructedLength);
        if (!printed.reconstructedTop.isEmpty())
            QCOMPARE(back->items()[back->argmax()].text, printed.reconstructedTop);
        if (printed.probabilitiesMatch) {
            bool same = back->size() == d.size();
            for (qsizetype i = 0; same && i < d.size(); ++i)
                same = back->items()[i].weight == d.items()[i].weight && back->items()[i].text == d.items()[i].text;
            QCOMPARE(same, *printed.probabilitiesMatch);
        }
        ++compared;
    }

    // A record may print nothing about its distribution only when all it shows is the provider choice.
    const bool onlyProvider = std::all_of(printed.notCompared.cbegin(), printed.notCompared.cend(),
                                          [](const QString &r) { return r == reasonProvider; });
    QVERIFY2(compared > 0 || onlyProvider, "nothing printed was compared");
    if (qEnvironmentVariableIsSet("VSLAB_CONFORMANCE_VERBOSE")) {
        QStringList reasons = printed.notCompared;
        reasons.removeDuplicates();
        qInfo("compared %d values; not compared: %d lines (%s)", compared, int(printed.notCompared.size()),
              qPrintable(reasons.join(u"; "_s)));
    }
}

void TestConformance::researchRecords_data()
{
    VSLAB_REQUIRE_SHARED("corpus/vs-official");
    addRecordRows(u"research_runs_parsed_records.jsonl"_s);
}

void TestConformance::researchRecords()
{
    QFETCH(QJsonObject, record);
    const QJsonArray responses = record[u"responses"_s].toArray();
    const QList<Candidate> candidates = candidatesFrom(responses, u"text"_s);
    QVERIFY(allInUnitRange(candidates));
    const int n = record[u"n_items"_s].toInt();
    QCOMPARE(candidates.size(), n);
    const int k = record[u"k_requested"_s].toInt(0);
    const Distribution d = buildResearch(record);

    // The record's summary fields.
    QCOMPARE(d.size(), n);
    QVERIFY2(std::abs(d.statedSum() - record[u"sum_p"_s].toDouble()) < 1e-9,
             qPrintable(u"Σp %1, recorded %2"_s.arg(d.statedSum()).arg(record[u"sum_p"_s].toDouble())));

    // Weights are p / Σp (Σ in reply order, as the reference does), sorted by weight with ties in reply order.
    double total = 0.0;
    for (const Candidate &c : candidates)
        total += c.clipped;
    for (qsizetype i = 0; i < d.size(); ++i) {
        const Candidate &c = d.items()[i];
        QCOMPARE(c.weight, c.clipped / total);
        QCOMPARE(c.text, candidates[c.index].text); // Distribution never alters text
        if (i > 0) {
            const Candidate &prev = d.items()[i - 1];
            QVERIFY(prev.weight > c.weight || (prev.weight == c.weight && prev.index < c.index));
        }
    }

    // Every flag is checked against the data, and the flags that are warnings must be exactly our warnings.
    const auto anyText = [&](const std::function<bool(const QString &)> &pred) {
        return std::any_of(candidates.cbegin(), candidates.cend(), [&](const Candidate &c) { return pred(c.text); });
    };
    QStringList expected;
    for (const QJsonValue &v : record[u"flags"_s].toArray()) {
        const QString flag = v.toString();
        if (flag.startsWith(u"sum_lt_1("_s) || flag.startsWith(u"sum_gt_1("_s)) {
            QVERIFY(flag.startsWith(u"sum_lt"_s) ? d.statedSum() < 1.0 : d.statedSum() > 1.0);
            expected.append(Warning::codeName(Warning::Code::SumFarFromOne));
        } else if (flag.startsWith(u"item_count_"_s)) {
            QVERIFY(k > 0 && n < k);
            expected.append(Warning::codeName(Warning::Code::FewerThanRequested));
        } else if (flag == u"unsorted_probs"_s) {
            QVERIFY(!std::is_sorted(candidates.cbegin(), candidates.cend(),
                                    [](const Candidate &a, const Candidate &b) { return a.clipped > b.clipped; }));
        } else if (flag == u"tied_probs"_s) {
            bool tie = false;
            for (qsizetype i = 0; i < candidates.size(); ++i) {
                for (qsizetype j = i + 1; j < candidates.size(); ++j)
                    tie = tie || candidates[i].clipped == candidates[j].clipped;
            }
            QVERIFY(tie);
        } else if (flag == u"non_ascii_punctuation"_s) {
            QVERIFY(anyText([](const QString &t) {
                return std::any_of(t.cbegin(), t.cend(), [](QChar ch) { return ch.unicode() > 0x7f; });
            }));
        } else if (flag == u"item_ends_with_question_mark"_s) {
            QVERIFY(anyText([](const QString &t) { return t.trimmed().endsWith(u'?'); }));
        } else if (flag == u"model_self_correction_inside_text"_s) {
            QVERIFY(anyText([](const QString &t) { return t.contains(u"Wait, "_s); }));
        } else if (flag == u"newlines_in_text"_s) {
            QVERIFY(anyText([](const QString &t) { return t.contains(u'\n'); }));
        } else if (flag == u"space_before_newline_in_text"_s) {
            QVERIFY(anyText([](const QString &t) { return t.contains(u" \n"_s); }));
        } else if (flag == u"leading_or_trailing_whitespace_in_text"_s) {
            QVERIFY(anyText([](const QString &t) { return t != t.trimmed(); }));
        } else if (flag == u"extra_field_index"_s) {
            QVERIFY(responses.first().toObject().contains(u"index"_s));
        } else if (flag.startsWith(u"p_below_1e-3"_s)) {
            QVERIFY(std::any_of(candidates.cbegin(), candidates.cend(),
                                [](const Candidate &c) { return c.stated < 1e-3; }));
        } else {
            QFAIL(qPrintable(u"unknown flag: "_s + flag));
        }
    }
    expected.sort();
    QCOMPARE(warningCodes(d), expected);

    // The same reply as text: the parser must read back every candidate, trimmed, with the exact number.
    const QString reply = researchReply(record);
    const Parsed whole = parseWhole(reply);
    QVERIFY2(whole.error.isEmpty(), qPrintable(whole.error));
    QCOMPARE(whole.format, ResponseParser::Format::Json);
    QCOMPARE(whole.candidates.size(), n);
    for (qsizetype i = 0; i < n; ++i) {
        QCOMPARE(whole.candidates[i].text, candidates[i].text.trimmed());
        QCOMPARE(whole.candidates[i].stated, candidates[i].stated);
        QVERIFY(whole.candidates[i].repairs.isEmpty());
    }
    QVERIFY(sameCandidates(parseChunked(reply, 7).candidates, whole.candidates));
}

void TestConformance::stateNameReplies_data()
{
    VSLAB_REQUIRE_SHARED("corpus/vs-official");
    addRecordRows(u"state_name_vs_distributions.jsonl"_s);
}

void TestConformance::stateNameReplies()
{
    QFETCH(QJsonObject, record);
    const QString raw = record[u"raw_text"_s].toString();
    const Parsed whole = parseWhole(raw);
    QVERIFY2(whole.error.isEmpty(), qPrintable(whole.error));
    QCOMPARE(whole.format, ResponseParser::Format::Json);
    const int n = record[u"n_items"_s].toInt();
    QCOMPARE(n, 50);
    QCOMPARE(whole.candidates.size(), n);
    QVERIFY(sameCandidates(parseChunked(raw, 5).candidates, whole.candidates));

    const Distribution d = Distribution::build(whole.candidates, {});
    QCOMPARE(d.size(), n); // 50 different states: nothing merged
    QVERIFY(std::abs(d.statedSum() - record[u"sum_p"_s].toDouble()) < 1e-9);
    const auto [lowest, highest] =
        std::minmax_element(d.items().cbegin(), d.items().cend(),
                            [](const Candidate &a, const Candidate &b) { return a.clipped < b.clipped; });
    QCOMPARE(lowest->clipped, record[u"min_p"_s].toDouble());
    QCOMPARE(highest->clipped, record[u"max_p"_s].toDouble());
    QCOMPARE(hasWarning(d, Warning::Code::SumFarFromOne), std::abs(record[u"sum_p"_s].toDouble() - 1.0) > 0.10);
    QVERIFY(!hasWarning(d, Warning::Code::DuplicatesMerged));
    for (const Candidate &c : d.items())
        QVERIFY(!c.text.isEmpty() && c.text == c.text.trimmed());
}

void TestConformance::bearStories_data()
{
    VSLAB_REQUIRE_SHARED("corpus/vs-official");
    QTest::addColumn<QStringList>("texts");
    QString error;
    const QList<QJsonObject> records = readJsonl(u"vs_base_notebook_bear_stories.jsonl"_s, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    // Only the VS calls went through the regex; the direct stories are whole replies, not captures.
    QHash<QString, QStringList> byCall;
    QStringList calls;
    for (const QJsonObject &r : records) {
        const QString method = r[u"method"_s].toString();
        if (!method.startsWith(u"vs_"_s))
            continue;
        const QString text = r[u"text"_s].toString();
        QTest::newRow(r[u"id"_s].toString().toUtf8().constData()) << QStringList{text};
        if (!byCall.contains(method))
            calls.append(method);
        byCall[method].append(text);
    }
    QCOMPARE(calls.size(), 2);
    for (const QString &method : std::as_const(calls)) // the whole reply of one call: five <response> blocks
        QTest::newRow(qPrintable(u"call:"_s + method)) << byCall[method];
}

void TestConformance::bearStories()
{
    QFETCH(QStringList, texts);
    QStringList blocks;
    for (const QString &t : texts)
        blocks.append(xmlResponse(t, u"0.2"_s));
    const QString reply = blocks.join(u'\n');
    const Parsed whole = parseWhole(reply);
    QVERIFY2(whole.error.isEmpty(), qPrintable(whole.error));
    QCOMPARE(whole.format, ResponseParser::Format::Xml);
    QCOMPARE(whole.candidates.size(), texts.size());
    for (qsizetype i = 0; i < texts.size(); ++i) {
        QCOMPARE(whole.candidates[i].text, texts[i].trimmed());
        QVERIFY(texts[i].contains(whole.candidates[i].text)); // only the ends were touched
        QCOMPARE(whole.candidates[i].stated, 0.2);
    }
    QVERIFY(sameCandidates(parseChunked(reply, 3).candidates, whole.candidates));
}

void TestConformance::edgeCases_data()
{
    VSLAB_REQUIRE_SHARED("corpus/vs-official");
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("description");
    QString error;
    const QList<QJsonObject> entries = readJsonl(u"edge_cases.jsonl"_s, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(!entries.isEmpty());
    for (const QJsonObject &e : entries) {
        QTest::newRow(e[u"id"_s].toString().toUtf8().constData())
            << e[u"file"_s].toString() << e[u"description"_s].toString();
    }
}

void TestConformance::edgeCases()
{
    QFETCH(QString, file);
    QFETCH(QString, description);
    const QString id = QString::fromUtf8(QTest::currentDataTag());
    static const QHash<QString, EdgeCheck> checks = edgeChecks();
    QVERIFY2(checks.contains(id), qPrintable(u"no check written for this edge case: "_s + description));
    QJsonObject record;
    if (file != u"vs_base_notebook_bear_stories.jsonl"_s) { // that entry names a range of ids
        record = recordById(file, id);
        QVERIFY2(!record.isEmpty(), qPrintable(u"record not found in "_s + file));
    }
    checks[id](record);
}

namespace {
QStringList textsOf(const QJsonObject &record)
{
    QStringList texts;
    for (const QJsonValue &v : record[u"responses"_s].toArray())
        texts.append(v[u"text"_s].toString());
    return texts;
}

/// The record's item whose text satisfies `pred`; -1 when none.
int findText(const QJsonObject &record, const std::function<bool(const QString &)> &pred)
{
    const QStringList texts = textsOf(record);
    for (qsizetype i = 0; i < texts.size(); ++i) {
        if (pred(texts[i]))
            return int(i);
    }
    return -1;
}

const Candidate *itemWithIndex(const Distribution &d, int index)
{
    for (const Candidate &c : d.items()) {
        if (c.index == index)
            return &c;
    }
    return nullptr;
}

/// The text is kept verbatim by Distribution and, trimmed, by the parser.
void checkTextKept(const QJsonObject &record, int index)
{
    QVERIFY(index >= 0);
    const QString text = textsOf(record)[index];
    const Distribution d = buildResearch(record);
    const Candidate *kept = itemWithIndex(d, index);
    QVERIFY(kept);
    QCOMPARE(kept->text, text);
    const Parsed parsed = parseWhole(researchReply(record));
    QVERIFY(index < parsed.candidates.size());
    QCOMPARE(parsed.candidates[index].text, text.trimmed());
}

void checkSumFarFromOne(const QJsonObject &record, double sum)
{
    const Distribution d = buildResearch(record);
    QVERIFY(std::abs(d.statedSum() - sum) < 1e-9);
    QVERIFY(hasWarning(d, Warning::Code::SumFarFromOne));
    double weights = 0.0;
    for (const Candidate &c : d.items())
        weights += c.weight;
    QVERIFY(std::abs(weights - 1.0) < 1e-12);
}

void checkOrder(const QJsonObject &record, const QList<int> &expected)
{
    QCOMPARE(originalOrder(buildResearch(record)), expected);
}

/// A trailing space in the model's text: Distribution keeps it, the parser trims it.
void checkTrailingSpace(const QJsonObject &record)
{
    const int i = findText(record, [](const QString &t) { return t.endsWith(u' '); });
    QVERIFY(i >= 0);
    checkTextKept(record, i);
    QVERIFY(!parseWhole(researchReply(record)).candidates[i].text.endsWith(u' '));
}

QHash<QString, EdgeCheck> edgeChecks()
{
    QHash<QString, EdgeCheck> c;
    const QString research = u"research_runs_parsed_records.jsonl"_s;

    c.insert(u"B_llama31_70b_vsstandard-L7"_s, [](const QJsonObject &r) {
        const QStringList texts = textsOf(r);
        QCOMPARE(std::count_if(texts.cbegin(), texts.cend(), [](const QString &t) { return t.endsWith(u'?'); }), 4);
        const Distribution d = buildResearch(r);
        QCOMPARE(d.statedSum(), 1.0); // three decimals that add up to exactly 1
        QVERIFY(warningCodes(d).isEmpty());
        for (const Candidate &item : d.items())
            QCOMPARE(item.weight, item.clipped);
        QCOMPARE(originalOrder(d), (QList<int>{4, 1, 0, 3, 2}));
    });
    c.insert(u"B_llama31_70b_vsstandard-L8"_s, checkTrailingSpace);
    c.insert(u"B_llama31_70b_vsstandard-L11"_s, [](const QJsonObject &r) {
        checkSumFarFromOne(r, 3.6);
        checkOrder(r, {0, 1, 2, 3, 4}); // already descending
        QCOMPARE(weightsAt(buildResearch(r), 4),
                 (QStringList{u"0.2361"_s, u"0.2222"_s, u"0.1944"_s, u"0.1806"_s, u"0.1667"_s}));
    });
    c.insert(u"B_llama31_70b_vsstandard-L14"_s, [](const QJsonObject &r) {
        checkSumFarFromOne(r, 3.0);
        checkTrailingSpace(r);
    });
    c.insert(u"B_llama31_70b_vsstandard-L17"_s, [](const QJsonObject &r) {
        checkSumFarFromOne(r, 3.85);
        checkOrder(r, {3, 2, 0, 1, 4});
    });
    c.insert(u"B_llama31_70b_vsstandard-L21"_s, [](const QJsonObject &r) {
        checkSumFarFromOne(r, 3.85);
        checkOrder(r, {2, 1, 0, 3, 4});
    });
    c.insert(u"C_deepseek_r1_vsstandard-L1"_s, [](const QJsonObject &r) {
        checkSumFarFromOne(r, 3.35);
        const int i = findText(r, [](const QString &t) { return t.contains(u"Wait, wrong joke..."_s); });
        QCOMPARE(i, 2);
        checkTextKept(r, i);
    });
    c.insert(u"C_deepseek_r1_vsstandard-L4"_s, [](const QJsonObject &r) {
        checkSumFarFromOne(r, 2.11);
        checkOrder(r, {4, 2, 3, 0, 1});
    });
    c.insert(u"C_deepseek_r1_vsstandard-L7"_s, [](const QJsonObject &r) {
        const Distribution d = buildResearch(r);
        QVERIFY(std::abs(d.statedSum() - 1.05) < 1e-9);
        QVERIFY(!hasWarning(d, Warning::Code::SumFarFromOne)); // within the 0.10 tolerance
        checkTextKept(r, findText(r, [](const QString &t) { return t.contains(u"file a police?"_s); }));
        checkTextKept(r, findText(r, [](const QString &t) { return t.contains(u"surpriced"_s); }));
        checkOrder(r, {3, 0, 1, 4, 2}); // the 0.2 tie keeps reply order
    });
    c.insert(u"C_deepseek_r1_vsstandard-L13"_s, [](const QJsonObject &r) {
        const Distribution d = buildResearch(r);
        QCOMPARE(r[u"k_requested"_s].toInt(), 5);
        QCOMPARE(d.size(), 4);
        QVERIFY(hasWarning(d, Warning::Code::FewerThanRequested));
        checkSumFarFromOne(r, 2.6);
    });
    c.insert(u"C_deepseek_r1_vsstandard-L18"_s, [](const QJsonObject &r) { checkSumFarFromOne(r, 0.49); });
    c.insert(u"C_deepseek_r1_vsstandard-L24"_s, [](const QJsonObject &r) {
        checkSumFarFromOne(r, 2.1745);
        const Parsed parsed = parseWhole(researchReply(r));
        QCOMPARE(parsed.candidates.size(), 5);
        QCOMPARE(parsed.candidates[0].stated, 0.3278);
        QCOMPARE(parsed.candidates[0].statedRaw, u"0.3278"_s);
        QCOMPARE(parsed.candidates[3].stated, 0.7456);
    });
    c.insert(u"D_claude4_vsmulti-L1"_s, [](const QJsonObject &r) {
        const Distribution d = buildResearch(r);
        QCOMPARE(d.size(), 2);
        checkSumFarFromOne(r, 1.6);
        QVERIFY(!hasWarning(d, Warning::Code::FewerThanRequested)); // a turn is not compared with k
        QCOMPARE(d.items()[0].weight, 0.85 / 1.6);
    });
    c.insert(u"D_claude4_vsmulti-L3"_s, [](const QJsonObject &r) {
        const Distribution d = buildResearch(r);
        QCOMPARE(d.size(), 1);
        QCOMPARE(d.items()[0].weight, 1.0);
        // Under the reference's τ filter a lone candidate is kept, and the reference calls that relaxed.
        PostProcessOptions o;
        o.tauMode = TauMode::Filter;
        o.tau = 0.12;
        const Distribution f = buildResearch(r, o);
        QCOMPARE(f.size(), 1);
        QCOMPARE(f.numFiltered(), 0);
        QVERIFY(f.tauRelaxed());
        QCOMPARE(f.tauFinal(), 0.7);
        QVERIFY(!hasWarning(f, Warning::Code::TauRelaxed)); // nothing below τ was let in
    });
    c.insert(u"D_claude4_vsmulti-L19"_s, [research](const QJsonObject &r) {
        // One VS-Multi run: turns L19, L20, L21 pooled; the lone last item's 0.85 dwarfs the others.
        QList<Candidate> pooled;
        for (const QString &id : {u"D_claude4_vsmulti-L19"_s, u"D_claude4_vsmulti-L20"_s, u"D_claude4_vsmulti-L21"_s}) {
            const QJsonObject turn = id == r[u"id"_s].toString() ? r : recordById(research, id);
            for (Candidate cand : candidatesFrom(turn[u"responses"_s].toArray(), u"text"_s)) {
                cand.index = int(pooled.size());
                pooled.append(cand);
            }
        }
        QCOMPARE(pooled.size(), 5);
        QCOMPARE(pooled[0].stated, 0.3);
        QCOMPARE(pooled[2].stated, 0.28);
        const Distribution d = Distribution::build(pooled, {});
        QVERIFY(std::abs(d.statedSum() - 1.85) < 1e-9);
        QVERIFY(hasWarning(d, Warning::Code::SumFarFromOne));
        QCOMPARE(originalOrder(d), (QList<int>{4, 0, 2, 1, 3}));
        QCOMPARE(pyFixed(d.items()[0].weight, 3), u"0.459"_s);
    });
    c.insert(u"D_claude4_vsmulti-L21"_s, [](const QJsonObject &r) {
        const Distribution d = buildResearch(r);
        QCOMPARE(d.size(), 1);
        QCOMPARE(d.items()[0].weight, 1.0);
        QCOMPARE(d.items()[0].stated, 0.85);
        QVERIFY(hasWarning(d, Warning::Code::SumFarFromOne));
    });
    c.insert(u"D_claude4_vsmulti-L52"_s, [](const QJsonObject &r) {
        checkTextKept(r,
                      findText(r, [](const QString &t) { return t.contains(u"Wait, that's more about food..."_s); }));
    });
    c.insert(u"E_o3_vscot-L4"_s, [](const QJsonObject &r) {
        checkOrder(r, {0, 2, 3, 1, 4}); // ties 0.2/0.2 and 0.19/0.19 keep reply order
        for (int i = 0; i < 5; ++i)
            checkTextKept(r, i); // curly quotes, em dash, ellipsis character
    });
    c.insert(u"E_o3_vscot-L5"_s, [](const QJsonObject &r) {
        const int i = findText(r, [](const QString &t) { return t.contains(u'"') && t.contains(u'’'); });
        QVERIFY(i >= 0);
        checkTextKept(r, i);
        QVERIFY(researchReply(r).contains(u"\\\""_s)); // the reply really carries escaped quotes
        checkTextKept(r, findText(r, [](const QString &t) { return t.contains(u'“') && t.contains(u'”'); }));
    });
    c.insert(u"F_gemini25flash_probtuning0.001-L1"_s, [](const QJsonObject &r) {
        checkSumFarFromOne(r, 0.000425);
        checkOrder(r, {0, 2, 4, 1, 3});
        const QString reply = researchReply(r);
        QVERIFY(reply.contains(u"8e-05"_s));
        const Parsed parsed = parseWhole(reply);
        QCOMPARE(parsed.candidates.size(), 5);
        QCOMPARE(parsed.candidates[1].stated, 8e-05);
        QCOMPARE(parsed.candidates[1].statedRaw, u"8e-05"_s);
        QCOMPARE(parsed.candidates[4].stated, 8.5e-05);
        QVERIFY(parsed.candidates[1].repairs.isEmpty());
    });
    c.insert(u"F_gemini25flash_probtuning0.001-L3"_s, [](const QJsonObject &r) {
        checkSumFarFromOne(r, 0.0015);
        checkOrder(r, {4, 3, 2, 1, 0}); // ascending in the reply
        checkTextKept(r,
                      findText(r, [](const QString &t) { return t.contains(u"Wait, that's not about drinking"_s); }));
    });
    c.insert(u"G_llama31_70b_poem_minp0.1-L1"_s, [](const QJsonObject &r) {
        for (int i = 0; i < 5; ++i) {
            QVERIFY(textsOf(r)[i].contains(u" \n"_s));
            checkTextKept(r, i);
            QVERIFY(parseWhole(researchReply(r)).candidates[i].text.contains(u" \n"_s));
        }
    });
    c.insert(u"G_llama31_70b_poem_minp0.1-L3"_s, [](const QJsonObject &r) {
        for (int i = 0; i < 5; ++i) {
            QVERIFY(textsOf(r)[i].count(u'\n') >= 7 && !textsOf(r)[i].contains(u" \n"_s));
            checkTextKept(r, i);
        }
    });
    c.insert(u"G_llama31_70b_poem_minp0.1-L7"_s, [](const QJsonObject &r) {
        checkSumFarFromOne(r, 3.4);
        checkOrder(r, {3, 0, 4, 1, 2});
        for (int i = 0; i < 5; ++i)
            checkTextKept(r, i);
    });
    c.insert(u"A_gpt41_joke_probtuning0.1-L12"_s, [](const QJsonObject &r) {
        checkSumFarFromOne(r, 0.39);
        checkOrder(r, {0, 4, 1, 2, 3}); // the 0.09 tie keeps reply order
        // Every value is under the reference's default τ = 0.12: relaxed to the top three.
        PostProcessOptions o;
        o.tauMode = TauMode::Filter;
        o.tau = 0.12;
        const Distribution f = buildResearch(r, o);
        QCOMPARE(originalOrder(f), (QList<int>{0, 4, 1}));
        QVERIFY(f.tauRelaxed());
        QCOMPARE(f.tauFinal(), 0.08);
        QCOMPARE(f.numFiltered(), 2);
        QVERIFY(hasWarning(f, Warning::Code::TauRelaxed));
        QCOMPARE(weightsAt(f, 3), (QStringList{u"0.346"_s, u"0.346"_s, u"0.308"_s}));
    });

    // framework_demo: the worked post-processing cases, with the numbers the descriptions give.
    c.insert(u"framework_demo-03"_s, [](const QJsonObject &r) {
        const Distribution d = buildFramework(r);
        QCOMPARE(weightsAt(d, 3), (QStringList{u"0.362"_s, u"0.340"_s, u"0.298"_s}));
        QCOMPARE(d.filteredOut().size(), 2);
        QCOMPARE(d.filteredOut()[0].text, u"Mauve"_s);
        QCOMPARE(d.filteredOut()[1].text, u"Chartreuse"_s);
        QVERIFY(!d.tauRelaxed());
    });
    c.insert(u"framework_demo-04"_s, [](const QJsonObject &r) {
        const Distribution d = buildFramework(r);
        QCOMPARE(weightsAt(d, 3), (QStringList{u"0.243"_s, u"0.200"_s, u"0.200"_s, u"0.186"_s, u"0.171"_s}));
        QCOMPARE(d.numFiltered(), 3);
        QCOMPARE(d.items().last().text, u"EcoScribe"_s); // p = 0.12 = τ: kept
    });
    c.insert(u"framework_demo-08"_s, [](const QJsonObject &r) {
        const Distribution d = buildFramework(r);
        QCOMPARE(d.size(), 3);
        QVERIFY(d.tauRelaxed());
        QCOMPARE(d.tauFinal(), 0.09);
        QVERIFY(hasWarning(d, Warning::Code::TauRelaxed));
        QCOMPARE(weightsAt(d, 3), (QStringList{u"0.400"_s, u"0.300"_s, u"0.300"_s}));
        QVERIFY(d.items()[1].text.startsWith(u"Texas"_s)); // 0.09 tie: reply order
        QVERIFY(d.items()[0].text.size() > 100);           // full sentences ("approximately 200 words")
    });
    c.insert(u"framework_demo-10"_s, [](const QJsonObject &r) {
        const Distribution d = buildFramework(r);
        QCOMPARE(weightsAt(d, 3), (QStringList{u"0.378"_s, u"0.300"_s, u"0.167"_s, u"0.156"_s}));
        QCOMPARE(d.filteredOut().size(), 1);
        QCOMPARE(d.filteredOut()[0].clipped, 0.1);
    });
    c.insert(u"framework_demo-11"_s, [](const QJsonObject &r) {
        const Distribution d = buildFramework(r);
        QCOMPARE(d.size(), 4);
        for (const Candidate &item : d.items())
            QCOMPARE(item.weight, 0.25);
        QCOMPARE(originalOrder(d), (QList<int>{0, 1, 2, 3})); // equal weights: reply order
    });
    c.insert(u"framework_demo-12"_s, [](const QJsonObject &r) {
        const Distribution d = buildFramework(r);
        double z = 0.0;
        for (const Candidate &item : d.items())
            z += std::exp(item.clipped - 0.24);
        for (const Candidate &item : d.items())
            QVERIFY(std::abs(item.weight - std::exp(item.clipped - 0.24) / z) < 1e-15);
        QVERIFY(d.items().first().weight / d.items().last().weight < std::exp(0.06) + 1e-12); // nearly flat
    });
    c.insert(u"framework_demo-13"_s, [](const QJsonObject &r) {
        const Distribution d = buildFramework(r);
        QCOMPARE(d.size(), 3); // 0.12 >= τ: inclusive
        QCOMPARE(weightsAt(d, 4), (QStringList{u"0.4528"_s, u"0.3208"_s, u"0.2264"_s}));
        QVERIFY(hasWarning(d, Warning::Code::SumFarFromOne));
    });
    c.insert(u"framework_demo-14"_s, [](const QJsonObject &r) {
        const Distribution d = buildFramework(r);
        QCOMPARE(d.size(), 8);
        QVERIFY(!d.tauRelaxed());
        QCOMPARE(d.tauFinal(), 0.05);
    });
    c.insert(u"framework_demo-15"_s, [](const QJsonObject &r) {
        const Distribution d = buildFramework(r);
        QCOMPARE(d.size(), 3);
        QVERIFY(d.tauRelaxed());
        QCOMPARE(d.tauFinal(), 0.14);
        QCOMPARE(pyFixed(d.items().last().weight, 3), u"0.311"_s);
    });
    c.insert(u"framework_demo-16"_s, [](const QJsonObject &r) {
        const Distribution d = buildFramework(r);
        QCOMPARE(d.size(), 3);
        QVERIFY(d.tauRelaxed());
        QCOMPARE(d.tauFinal(), 0.14);
        QCOMPARE(d.numFiltered(), 5);
    });
    c.insert(u"framework_demo-17"_s, [](const QJsonObject &r) {
        const Distribution d = buildFramework(r);
        QVERIFY(std::abs(d.statedSum() - 0.82) < 1e-9);
        QCOMPARE(d.size(), 3);
        for (const Candidate &item : d.items())
            QCOMPARE(item.text.count(u'\n'), 2);
    });
    c.insert(u"framework_demo-18"_s, [](const QJsonObject &r) {
        const Distribution d = buildFramework(r);
        for (const Candidate &item : d.items()) {
            QCOMPARE(item.text.count(u"  \n"_s), 2);
            // A reply carrying this text keeps the markdown line breaks inside it.
            const Parsed parsed = parseWhole(xmlResponse(item.text, u"0.45"_s));
            QCOMPARE(parsed.candidates.size(), 1);
            QCOMPARE(parsed.candidates[0].text, item.text);
        }
    });
    c.insert(u"state_name_dist-claude-4-sonnet"_s, [](const QJsonObject &r) {
        const Distribution d = Distribution::build(parseWhole(r[u"raw_text"_s].toString()).candidates, {});
        QCOMPARE(d.size(), 50);
        QVERIFY(std::abs(d.statedSum() - 1.59) < 1e-9);
        QCOMPARE(d.items().last().clipped, 0.02);
        QCOMPARE(d.items().first().clipped, 0.15);
        QVERIFY(hasWarning(d, Warning::Code::SumFarFromOne));
    });
    c.insert(u"state_name_dist-gpt-4.1"_s, [](const QJsonObject &r) {
        const QString raw = r[u"raw_text"_s].toString();
        QVERIFY(raw.contains(u"\n    {\n    \"text\""_s)); // the odd indentation really is there
        const Distribution d = Distribution::build(parseWhole(raw).candidates, {});
        QCOMPARE(d.size(), 50);
        QVERIFY(std::abs(d.statedSum() - 1.03) < 1e-9);
        QCOMPARE(d.items().last().clipped, 0.005);
        QVERIFY(!hasWarning(d, Warning::Code::SumFarFromOne));
    });
    c.insert(u"vs_base-vs_standard_xml-1..5"_s, [](const QJsonObject &) {
        QString error;
        const QList<QJsonObject> records = readJsonl(u"vs_base_notebook_bear_stories.jsonl"_s, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        int standard = 0;
        int tail = 0;
        for (const QJsonObject &rec : records) {
            const QString method = rec[u"method"_s].toString();
            const QString text = rec[u"text"_s].toString();
            if (method == u"vs_standard_xml"_s) {
                ++standard;
                QVERIFY(text.startsWith(u'\n') && text.endsWith(u'\n'));
                const Parsed parsed = parseWhole(xmlResponse(text, u"0.2"_s));
                QCOMPARE(parsed.candidates.size(), 1);
                QCOMPARE(parsed.candidates[0].text, text.trimmed());
                QVERIFY(!parsed.candidates[0].text.startsWith(u'\n'));
            } else if (method.startsWith(u"vs_xml_tail"_s)) {
                ++tail;
                QVERIFY(!text.startsWith(u'\n'));
            }
        }
        QCOMPARE(standard, 5);
        QCOMPARE(tail, 5);
    });
    return c;
}
} // namespace

QTEST_GUILESS_MAIN(TestConformance)
#include "tst_conformance.moc"
