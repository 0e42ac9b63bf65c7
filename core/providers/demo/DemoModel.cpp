// SPDX-License-Identifier: Apache-2.0
#include "DemoModel.h"

#include "vs/Rng.h"

#include <QSet>

#include <algorithm>
#include <cmath>
#include <limits>
#include <optional>

namespace {
struct Item
{
    QString text;
    QString probability; ///< empty = the method states none
};

QString answerKey(const QString &text)
{
    return text.simplified().toCaseFolded();
}

QSet<QString> previousKeys(const VsHints &hints)
{
    QSet<QString> keys;
    for (const QString &p : hints.previous)
        keys.insert(answerKey(p));
    return keys;
}

int draw(const QList<double> &weights, Rng &rng)
{
    double total = 0.0;
    for (double w : weights)
        total += w;
    int last = 0;
    for (int i = 0; i < weights.size(); ++i) {
        if (weights[i] > 0.0)
            last = i;
    }
    double u = rng.uniform() * total;
    for (int i = 0; i < weights.size(); ++i) {
        u -= weights[i];
        if (u < 0.0 && weights[i] > 0.0)
            return i;
    }
    return last; // rounding left u a hair above 0
}

/// Weighted sampling without replacement (Efraimidis-Spirakis: keep the n largest u^(1/w), compared as
/// log(u)/w); temperature 0 is greedy, most probable first.
QList<int> drawDistinct(const DemoPack &pack, const QList<int> &pool, int n, double temperature, Rng &rng)
{
    struct Keyed
    {
        double key;
        int index;
    };
    double logMax = -std::numeric_limits<double>::infinity();
    for (int i : pool)
        logMax = std::max(logMax, std::log(pack.answers[i].p));
    QList<Keyed> keyed;
    for (int i : pool) {
        const double p = pack.answers[i].p;
        double key = p;
        if (temperature > 0.0) {
            const double w = std::exp((std::log(p) - logMax) / temperature); // base^(1/T), max scaled to 1
            const double u = 1.0 - rng.uniform();                            // (0, 1]: log(u) finite
            key = w > 0.0 ? std::log(u) / w : -std::numeric_limits<double>::infinity();
        }
        keyed.append({key, i});
    }
    std::stable_sort(keyed.begin(), keyed.end(), [&](const Keyed &a, const Keyed &b) {
        if (a.key != b.key)
            return a.key > b.key;
        return pack.answers[a.index].p > pack.answers[b.index].p;
    });
    QList<int> out;
    for (int i = 0; i < keyed.size() && i < n; ++i)
        out.append(keyed[i].index);
    return out;
}

QString formatNumber(double value, int decimals)
{
    QString s = QString::number(value, 'f', decimals);
    while (s.endsWith(QLatin1Char('0')) && s.indexOf(QLatin1Char('.')) < s.size() - 2)
        s.chop(1);
    return s;
}

/// A probability as a model writes it: close to `p`, two or three decimals, below `cap` when one is set.
QString statedProbability(double p, Rng &rng, std::optional<double> cap)
{
    const double value = p * (1.0 - DemoModel::kStatedNoise + 2.0 * DemoModel::kStatedNoise * rng.uniform());
    const double coin = rng.uniform(); // drawn every time so the stream does not depend on the branch
    int decimals = 2;
    if (value < 0.01)
        decimals = std::max(3, int(-std::floor(std::log10(value))) + 1);
    else if (value < 0.095 && coin < 0.4)
        decimals = 3;
    double scale = std::pow(10.0, decimals);
    double rounded = std::round(value * scale) / scale;
    while (rounded <= 0.0 && decimals < 12) {
        scale = std::pow(10.0, ++decimals);
        rounded = std::round(value * scale) / scale;
    }
    if (cap && rounded >= *cap) {
        // Asked for probabilities below τ, models state them below τ (the paper's tail prompts).
        decimals = std::max(decimals, 3);
        scale = std::pow(10.0, decimals);
        rounded = std::floor(*cap * scale * (1.0 - 1e-9)) / scale;
        while (rounded <= 0.0 && decimals < 12) {
            scale = std::pow(10.0, ++decimals);
            rounded = std::floor(*cap * scale * (1.0 - 1e-9)) / scale;
        }
    }
    return formatNumber(rounded, decimals);
}

QString genericReasoning(const DemoPack &pack, bool vs)
{
    // The reply is model output, not user interface text: it stays in English like the packs.
    if (vs) {
        return QStringLiteral("The request is \"%1\". I will consider the whole range of reasonable answers, from the "
                              "most common to unusual ones, and estimate how likely I would be to give each.")
            .arg(pack.title);
    }
    return QStringLiteral("The request is \"%1\". I will give the answer that fits it most naturally.").arg(pack.title);
}

QString preamble(Method method, int count, int turn, Rng &rng)
{
    const bool verbalizes = Names::methodVerbalizes(method);
    const QString n = QString::number(count);
    QStringList options;
    if (turn > 0) {
        options = {QStringLiteral("Here are %1 more responses, different from the previous ones:").arg(n),
                   QStringLiteral("Sure, %1 more:").arg(n)};
    } else if (verbalizes) {
        const QString word = method == Method::VsMulti ? QStringLiteral("confidence") : QStringLiteral("probability");
        options = {QStringLiteral("Here are %1 responses, each with its %2:").arg(n, word),
                   QStringLiteral("Sure! Here are %1 possible responses sampled from the distribution:").arg(n),
                   QStringLiteral("Here are %1 responses:").arg(n)};
    } else {
        options = {QStringLiteral("Here are %1 different responses:").arg(n),
                   QStringLiteral("Sure! Here are %1 responses:").arg(n)};
    }
    return options.at(std::min<qsizetype>(options.size() - 1, qsizetype(rng.uniform() * double(options.size()))));
}

QString asJson(const QString &reasoning, const QList<Item> &items, const QString &probabilityKey, bool expanded)
{
    using DemoModel::jsonString;
    QString out = QStringLiteral("{\n");
    if (!reasoning.isEmpty())
        out += QStringLiteral("  \"reasoning\": ") + jsonString(reasoning) + QStringLiteral(",\n");
    out += QStringLiteral("  \"responses\": [");
    for (int i = 0; i < items.size(); ++i) {
        const Item &item = items[i];
        out += i == 0 ? QStringLiteral("\n") : QStringLiteral(",\n");
        if (expanded) {
            out += QStringLiteral("    {\n      \"text\": ") + jsonString(item.text);
            if (!item.probability.isEmpty())
                out += QStringLiteral(",\n      \"") + probabilityKey + QStringLiteral("\": ") + item.probability;
            out += QStringLiteral("\n    }");
        } else {
            out += QStringLiteral("    {\"text\": ") + jsonString(item.text);
            if (!item.probability.isEmpty())
                out += QStringLiteral(", \"") + probabilityKey + QStringLiteral("\": ") + item.probability;
            out += QLatin1Char('}');
        }
    }
    out += QStringLiteral("\n  ]\n}");
    return out;
}

QString asXml(const QString &reasoning, const QList<Item> &items, const QString &probabilityTag)
{
    using DemoModel::xmlEscape;
    QStringList parts;
    if (!reasoning.isEmpty())
        parts.append(QStringLiteral("<reasoning>") + xmlEscape(reasoning) + QStringLiteral("</reasoning>"));
    for (const Item &item : items) {
        QString r = QStringLiteral("<response>\n<text>") + xmlEscape(item.text) + QStringLiteral("</text>\n");
        if (!item.probability.isEmpty()) {
            r += QLatin1Char('<') + probabilityTag + QLatin1Char('>') + item.probability + QStringLiteral("</") +
                 probabilityTag + QStringLiteral(">\n");
        }
        r += QStringLiteral("</response>");
        parts.append(r);
    }
    return parts.join(QLatin1Char('\n'));
}

QString structuredReply(const VsHints &hints, const QString &reasoning, const QList<Item> &items, int count, int turn,
                        bool structured, Rng &rng)
{
    const QString probabilityKey =
        hints.method == Method::VsMulti ? QStringLiteral("confidence") : QStringLiteral("probability");
    // Drawn unconditionally so a seed picks the same answers whatever the format.
    const bool withPreamble = rng.uniform() < 0.3;
    const bool expanded = rng.uniform() < 0.5;
    const QString lead = preamble(hints.method, count, turn, rng);
    QString body = hints.format == OutputFormat::Xml ? asXml(reasoning, items, probabilityKey)
                                                     : asJson(reasoning, items, probabilityKey, expanded);
    const bool allowPreamble = hints.method != Method::DirectCot && !(structured && hints.format == OutputFormat::Json);
    if (withPreamble && allowPreamble)
        body = lead + QStringLiteral("\n\n") + body;
    return body;
}
} // namespace

namespace DemoModel {
double alphaFor(const DemoPack &pack, double configured)
{
    if (configured >= 0.0)
        return configured;
    return pack.alpha.value_or(kDefaultAlpha);
}

QList<double> alignedDistribution(const DemoPack &pack, double alpha, double temperature)
{
    QList<double> out(pack.answers.size(), 0.0);
    if (pack.answers.isEmpty())
        return out;
    int best = 0;
    for (int i = 1; i < pack.answers.size(); ++i) {
        if (pack.answers[i].p > pack.answers[best].p)
            best = i;
    }
    if (temperature <= 0.0) {
        out[best] = 1.0;
        return out;
    }
    // In log space, relative to the mode, so sharp exponents neither overflow nor lose the mode.
    const double exponent = (1.0 + std::max(0.0, alpha)) / temperature;
    const double logBest = std::log(pack.answers[best].p);
    double sum = 0.0;
    for (int i = 0; i < pack.answers.size(); ++i) {
        out[i] = std::exp(exponent * (std::log(pack.answers[i].p) - logBest));
        sum += out[i];
    }
    for (double &w : out)
        w /= sum;
    return out;
}

QString reply(const DemoPack &pack, const VsHints &hints, const ReplyOptions &options)
{
    Rng rng(hints.seed);
    const int count = std::max(1, hints.count);
    const double temperature = std::clamp(options.temperature, 0.0, GenerationSettings::temperatureMax);
    const QList<double> aligned = alignedDistribution(pack, options.alpha, temperature);
    const QSet<QString> previous = previousKeys(hints);

    switch (hints.method) {
    case Method::Direct:
        return pack.answers[draw(aligned, rng)].text;
    case Method::MultiTurn: {
        QList<double> weights = aligned;
        for (int i = 0; i < weights.size(); ++i) {
            if (previous.contains(answerKey(pack.answers[i].text)))
                weights[i] *= kMultiTurnRepeatWeight;
        }
        return pack.answers[draw(weights, rng)].text;
    }
    case Method::DirectCot: {
        const QList<Item> items{{pack.answers[draw(aligned, rng)].text, {}}};
        const QString reasoning = pack.reasoningDirect.isEmpty() ? genericReasoning(pack, false) : pack.reasoningDirect;
        return structuredReply(hints, reasoning, items, 1, hints.turn, options.structured, rng);
    }
    case Method::Sequence: {
        QList<double> weights = aligned;
        QList<Item> items;
        for (int n = 0; n < count; ++n) {
            const int i = draw(weights, rng);
            items.append({pack.answers[i].text, {}});
            weights[i] *= kSequenceRepeatWeight;
        }
        return structuredReply(hints, {}, items, count, hints.turn, options.structured, rng);
    }
    case Method::VsStandard:
    case Method::VsCot:
    case Method::VsMulti:
        break;
    }

    const bool tail = hints.tauInPrompt.has_value();
    const double tau = hints.tauInPrompt.value_or(1.0);
    QList<int> pool;
    for (int i = 0; i < pack.answers.size(); ++i) {
        if (previous.contains(answerKey(pack.answers[i].text)))
            continue;
        if (tail && pack.answers[i].p >= tau)
            continue;
        pool.append(i);
    }
    if (pool.isEmpty() && tail) {
        // Nothing is that rare: like a real model, give the rarest answers anyway and state numbers below τ.
        for (int i = 0; i < pack.answers.size(); ++i) {
            if (!previous.contains(answerKey(pack.answers[i].text)))
                pool.append(i);
        }
        std::stable_sort(pool.begin(), pool.end(), [&](int a, int b) { return pack.answers[a].p < pack.answers[b].p; });
        pool = pool.mid(0, count);
    }
    const QList<int> chosen = drawDistinct(pack, pool, count, temperature, rng);
    const std::optional<double> cap = hints.tauInPrompt;
    // Real models state probabilities that roughly sum to 1 over their own list (0.67-1.0 for gpt-4.1 in the
    // reference corpus), in the proportions of the base distribution; asked for the tails, they state each below τ.
    double scale = 1.0;
    if (!tail) {
        double chosenMass = 0.0;
        for (int i : chosen)
            chosenMass += pack.answers[i].p;
        if (chosenMass > 0.0)
            scale = (kListMassMin + (kListMassMax - kListMassMin) * rng.uniform()) / chosenMass;
    }
    QList<Item> items;
    for (int i : chosen)
        items.append({pack.answers[i].text, statedProbability(pack.answers[i].p * scale, rng, cap)});
    QString reasoning;
    if (hints.method == Method::VsCot) {
        reasoning = pack.reasoningVs.isEmpty() ? genericReasoning(pack, true) : pack.reasoningVs;
        if (tail) {
            reasoning += QStringLiteral(" The request asks for responses from the tails of the distribution, each "
                                        "with a probability below %1, so I will leave out the most common answers.")
                             .arg(QString::number(tau, 'g', 6));
        }
    }
    return structuredReply(hints, reasoning, items, int(items.size()), hints.turn, options.structured, rng);
}

QStringList tokenize(const QString &text)
{
    QStringList pieces;
    qsizetype i = 0;
    const qsizetype n = text.size();
    while (i < n) {
        const qsizetype start = i;
        while (i < n && text[i].isSpace())
            ++i;
        if (i < n && text[i].isLetterOrNumber()) {
            qsizetype wordStart = i;
            while (i < n && (text[i].isLetterOrNumber() || text[i].isMark() || text[i].isSurrogate()))
                ++i;
            // Long words come in several tokens, like a BPE tokenizer's subwords; the first keeps the spaces.
            qsizetype cut = start;
            while (i - wordStart > 6) {
                qsizetype end = wordStart + 4;
                if (end < i && text[end].isLowSurrogate())
                    ++end;
                pieces.append(text.mid(cut, end - cut));
                cut = end;
                wordStart = end;
            }
            pieces.append(text.mid(cut, i - cut));
        } else if (i < n) {
            qsizetype end = i + 1;
            if (text[i].isHighSurrogate() && end < n)
                ++end;
            pieces.append(text.mid(start, end - start));
            i = end;
        } else {
            pieces.append(text.mid(start, i - start)); // trailing whitespace
        }
    }
    return pieces;
}

QString jsonString(const QString &text)
{
    QString out;
    out.reserve(text.size() + 2);
    out += QLatin1Char('"');
    for (QChar c : text) {
        switch (c.unicode()) {
        case u'"':
            out += QStringLiteral("\\\"");
            break;
        case u'\\':
            out += QStringLiteral("\\\\");
            break;
        case u'\n':
            out += QStringLiteral("\\n");
            break;
        case u'\r':
            out += QStringLiteral("\\r");
            break;
        case u'\t':
            out += QStringLiteral("\\t");
            break;
        default:
            if (c.unicode() < 0x20)
                out += QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0'));
            else
                out += c;
        }
    }
    out += QLatin1Char('"');
    return out;
}

QString xmlEscape(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (QChar c : text) {
        if (c == u'&')
            out += QStringLiteral("&amp;");
        else if (c == u'<')
            out += QStringLiteral("&lt;");
        else if (c == u'>')
            out += QStringLiteral("&gt;");
        else
            out += c;
    }
    return out;
}
} // namespace DemoModel
