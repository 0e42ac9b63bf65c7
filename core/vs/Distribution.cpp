// SPDX-License-Identifier: Apache-2.0
#include "Distribution.h"

#include "Rng.h"

#include <QHash>
#include <QJsonArray>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>
#include <numeric>

PostProcessOptions PostProcessOptions::fromSettings(const GenerationSettings &s)
{
    PostProcessOptions o;
    o.tauMode = s.tauMode;
    o.tau = s.tau;
    o.minSurvivors = s.minSurvivors;
    o.weightMode = s.weightMode;
    o.requestedK = Names::methodAsksForMany(s.method) ? s.k : 1;
    o.counted = !Names::methodVerbalizes(s.method);
    return o;
}

QString duplicateKey(const QString &text)
{
    return text.simplified();
}

namespace {
const QString missingTag = QStringLiteral("missing");

/// A counted method asked for no probability, so none is missing and nothing is filled in: `clipped` stays NaN
/// (Candidate::Basis::Counted) whatever the parser made of the reply.
void markCounted(QList<Candidate> &candidates)
{
    for (Candidate &c : candidates) {
        c.clipped = std::numeric_limits<double>::quiet_NaN();
        c.repairs.removeAll(missingTag);
    }
}

void mergeDuplicates(QList<Candidate> &candidates, bool counted, Warnings &warnings)
{
    QHash<QString, qsizetype> firstByKey;
    QList<Candidate> merged;
    int duplicates = 0;
    for (Candidate &c : candidates) {
        c.count = std::max(c.count, 1);
        const QString key = duplicateKey(c.text);
        const auto it = firstByKey.constFind(key);
        if (it == firstByKey.cend()) {
            firstByKey.insert(key, merged.size());
            merged.append(std::move(c));
            continue;
        }
        Candidate &into = merged[*it];
        duplicates += c.count;
        into.count += c.count;
        // Missing stays missing only when both are missing; otherwise the known mass is summed. A counted method
        // has no mass to sum: its count is the measure.
        if (!counted) {
            if (std::isnan(into.clipped))
                into.clipped = c.clipped;
            else if (!std::isnan(c.clipped))
                into.clipped += c.clipped;
            if (into.hasStated() && c.hasStated())
                into.stated += c.stated;
            else if (c.hasStated())
                into.stated = c.stated;
        }
        for (const QString &r : std::as_const(c.repairs)) {
            if (!into.repairs.contains(r))
                into.repairs.append(r);
        }
        if (!into.repairs.contains(QStringLiteral("duplicate")))
            into.repairs.append(QStringLiteral("duplicate"));
        into.partial = into.partial && c.partial;
    }
    if (duplicates > 0) {
        warnings.append(
            {Warning::Code::DuplicatesMerged,
             counted
                 ? Distribution::tr("%n answer(s) repeated an earlier one; merged and counted.", nullptr, duplicates)
                 : Distribution::tr("%n duplicate candidate(s) merged; their probabilities were summed.", nullptr,
                                    duplicates)});
    }
    candidates = std::move(merged);
}

void resolveMissing(QList<Candidate> &candidates, Warnings &warnings)
{
    // The reference package uses 1.0 for a missing probability, which lets one unlabelled answer dominate.
    // We use the mean of the stated ones instead (uniform when none is stated) and say so.
    // The filled-in value is tagged "missing" (Candidate::Basis::FilledIn), so it is never shown as stated.
    double sum = 0.0;
    int known = 0;
    int missing = 0;
    int missingComplete = 0;
    bool anyComplete = false;
    for (const Candidate &c : std::as_const(candidates)) {
        anyComplete = anyComplete || !c.partial;
        if (std::isnan(c.clipped)) {
            ++missing;
            missingComplete += c.partial ? 0 : 1;
        } else {
            sum += c.clipped;
            ++known;
        }
    }
    if (missing == 0)
        return;
    const double fill = known > 0 ? sum / known : 1.0 / double(candidates.size());
    for (Candidate &c : candidates) {
        if (std::isnan(c.clipped)) {
            c.clipped = fill;
            if (!c.repairs.contains(missingTag))
                c.repairs.append(missingTag);
        }
    }
    // A candidate cut off before its probability is never drawn while a complete one exists, and the truncation
    // warning already covers it.
    const int weighed = anyComplete ? missingComplete : missing;
    if (weighed == 0)
        return;
    if (known > 0) {
        warnings.append({Warning::Code::MissingProbability,
                         Distribution::tr("%n candidate(s) had no probability; each was given the mean of the "
                                          "stated ones (%1).",
                                          nullptr, weighed)
                             .arg(fill, 0, 'g', 3)});
    } else {
        warnings.append({Warning::Code::MissingProbability,
                         Distribution::tr("The model stated no probability; every candidate was weighted equally.")});
    }
}

// The reference package orders the final items by weight, descending, ties keeping the order the filter produced
// (reply order, or probability order when τ was relaxed). In uniform mode that is the reply order.
void sortByWeight(QList<Candidate> &items)
{
    std::stable_sort(items.begin(), items.end(),
                     [](const Candidate &a, const Candidate &b) { return a.weight > b.weight; });
}
} // namespace

Distribution Distribution::build(QList<Candidate> candidates, const PostProcessOptions &options)
{
    Distribution d;
    d.m_options = options;
    const bool counted = options.counted;
    for (Candidate &c : candidates)
        c.count = std::max(c.count, 1);
    const int received = std::accumulate(candidates.cbegin(), candidates.cend(), 0,
                                         [](int n, const Candidate &c) { return n + c.count; });

    if (options.requestedK > 0 && received > 0 && received < options.requestedK) {
        d.m_warnings.append(
            {Warning::Code::FewerThanRequested,
             tr("The model gave %1 candidates; %2 were asked for.").arg(received).arg(options.requestedK)});
    } else if (options.requestedK > 0 && received > options.requestedK) {
        d.m_warnings.append(
            {Warning::Code::MoreThanRequested,
             tr("The model gave %1 candidates; %2 were asked for.").arg(received).arg(options.requestedK)});
    }

    if (counted)
        markCounted(candidates);
    mergeDuplicates(candidates, counted, d.m_warnings);
    if (!counted)
        resolveMissing(candidates, d.m_warnings);

    // Only numbers the model wrote are summed: a filled-in value is ours, and a counted method states none.
    d.m_totalCount = received;
    d.m_duplicateCount = received - int(candidates.size());
    double statedSum = 0.0;
    for (const Candidate &c : std::as_const(candidates)) {
        if (c.basis() == Candidate::Basis::FilledIn)
            ++d.m_filledInCount;
        if (c.basis() == Candidate::Basis::Stated) {
            statedSum += c.clipped;
            ++d.m_statedCount;
        }
    }
    d.m_statedSum = d.m_statedCount > 0 ? statedSum : std::numeric_limits<double>::quiet_NaN();
    // In τ tail mode the prompt asks for every probability below τ, so a list summing to less than 1 is what was
    // asked for, not an oddity; a sum above 1 still is.
    const bool expectedLow = options.tauMode == TauMode::Tail && d.m_statedSum < 1.0;
    if (d.m_statedCount > 0 && !expectedLow && std::abs(d.m_statedSum - 1.0) > options.sumTolerance) {
        d.m_warnings.append(
            {Warning::Code::SumFarFromOne,
             tr("The stated probabilities sum to %1, not 1; they were normalized.").arg(d.m_statedSum, 0, 'g', 4)});
    }

    // Survivors keep reply order unless τ is relaxed; the weights are summed in that order, as the reference
    // package does, so the normalized values agree with it to the last bit.
    QList<Candidate> kept;
    if (options.tauMode == TauMode::Filter && counted) {
        d.m_warnings.append({Warning::Code::TauNotApplied,
                             tr("The τ filter works on stated probabilities; this method states none, so every "
                                "answer was kept.")});
    }
    if (options.tauMode == TauMode::Filter && !counted) {
        // Positions into `candidates`, so the filtered-out list does not depend on callers numbering `index`.
        QList<qsizetype> survivors;
        for (qsizetype i = 0; i < candidates.size(); ++i) {
            if (candidates[i].clipped >= options.tau)
                survivors.append(i);
        }
        d.m_tauFinal = options.tau;
        // Reference rule: relaxed whenever fewer than min_k_survivors reached τ, even when the reply simply had
        // fewer candidates than that; τ_final is then the smallest kept probability.
        if (survivors.size() < options.minSurvivors && !candidates.isEmpty()) {
            survivors.resize(candidates.size());
            std::iota(survivors.begin(), survivors.end(), qsizetype(0));
            std::stable_sort(survivors.begin(), survivors.end(),
                             [&](qsizetype a, qsizetype b) { return candidates[a].clipped > candidates[b].clipped; });
            survivors.resize(std::min<qsizetype>(options.minSurvivors, survivors.size()));
            d.m_tauRelaxed = true;
            d.m_tauFinal = candidates[survivors.constLast()].clipped;
            // Only worth a warning when a candidate below τ was let back in.
            if (d.m_tauFinal < options.tau) {
                d.m_warnings.append(
                    {Warning::Code::TauRelaxed,
                     tr("Fewer than %1 candidates reached τ = %2; τ was relaxed to %3 to keep the top %4.")
                         .arg(options.minSurvivors)
                         .arg(options.tau)
                         .arg(d.m_tauFinal, 0, 'g', 4)
                         .arg(survivors.size())});
            }
        }
        QList<bool> isKept(candidates.size(), false);
        for (qsizetype i : std::as_const(survivors)) {
            isKept[i] = true;
            kept.append(candidates[i]);
        }
        for (qsizetype i = 0; i < candidates.size(); ++i) {
            if (!isKept[i])
                d.m_filtered.append(candidates[i]);
        }
    } else {
        kept = std::move(candidates);
    }

    const qsizetype n = kept.size();
    if (n > 0) {
        // A counted method's mass is the number of times each answer came back: weight = count / all answers.
        const auto mass = [counted](const Candidate &c) { return counted ? double(c.count) : c.clipped; };
        const double total =
            std::accumulate(kept.cbegin(), kept.cend(), 0.0, [&](double s, const Candidate &c) { return s + mass(c); });
        WeightMode mode = options.weightMode;
        if (mode == WeightMode::Elicited && !(total > 0.0)) {
            mode = WeightMode::Uniform;
            d.m_warnings.append({Warning::Code::AllZeroUniform,
                                 tr("Every kept candidate has probability 0; sampling uniformly instead.")});
        }
        if (mode == WeightMode::Elicited) {
            for (Candidate &c : kept)
                c.weight = mass(c) / total;
        } else if (mode == WeightMode::Uniform) {
            for (Candidate &c : kept)
                c.weight = 1.0 / double(n);
        } else {
            // exp(p - max p): the reference's softmax, nearly flat for p in [0, 1]; p is the frequency when counted.
            const auto p = [&](const Candidate &c) { return counted ? mass(c) / total : c.clipped; };
            double maxP = p(kept.constFirst());
            for (const Candidate &c : std::as_const(kept))
                maxP = std::max(maxP, p(c));
            double z = 0.0;
            for (Candidate &c : kept) {
                c.weight = std::exp(p(c) - maxP);
                z += c.weight;
            }
            for (Candidate &c : kept)
                c.weight /= z;
        }
        // A candidate cut off mid-text stays visible, flagged partial, but is never drawn: sampling it would hand
        // the user half an answer. Only when every candidate is partial do they keep their weights.
        const bool anyComplete = std::any_of(kept.cbegin(), kept.cend(), [](const Candidate &c) { return !c.partial; });
        double complete = 0.0;
        double partial = 0.0;
        for (const Candidate &c : std::as_const(kept))
            (c.partial ? partial : complete) += c.weight;
        if (anyComplete && partial > 0.0 && complete > 0.0) {
            for (Candidate &c : kept)
                c.weight = c.partial ? 0.0 : c.weight / complete;
        }
    }
    sortByWeight(kept);
    d.m_items = std::move(kept);
    return d;
}

double Distribution::entropy() const
{
    double h = 0.0;
    for (const Candidate &c : m_items) {
        if (c.weight > 0.0)
            h -= c.weight * std::log2(c.weight);
    }
    return h;
}

namespace {
int draw(const QList<Candidate> &items, double u)
{
    double acc = 0.0;
    for (qsizetype i = 0; i < items.size(); ++i) {
        acc += items[i].weight;
        if (u < acc)
            return int(i);
    }
    // Rounding can leave the cumulative sum a hair below 1: the last item with weight takes the rest.
    for (qsizetype i = items.size() - 1; i >= 0; --i) {
        if (items[i].weight > 0.0)
            return int(i);
    }
    return int(items.size()) - 1;
}
} // namespace

int Distribution::sample(quint64 seed) const
{
    if (m_items.isEmpty())
        return -1;
    Rng rng(seed);
    return draw(m_items, rng.uniform());
}

QList<int> Distribution::sample(int n, quint64 seed) const
{
    QList<int> out;
    if (m_items.isEmpty() || n <= 0)
        return out;
    out.reserve(n);
    Rng rng(seed);
    for (int i = 0; i < n; ++i)
        out.append(draw(m_items, rng.uniform()));
    return out;
}

namespace {
QJsonValue number(double v)
{
    return std::isfinite(v) ? QJsonValue(v) : QJsonValue(QJsonValue::Null);
}
} // namespace

QJsonObject Distribution::toJson(const Trace &trace) const
{
    QJsonArray items;
    for (const Candidate &c : m_items) {
        QJsonObject meta{{QStringLiteral("p_raw"), number(c.stated)},
                         {QStringLiteral("p_clipped"), number(c.clipped)},
                         {QStringLiteral("repairs"), QJsonArray::fromStringList(c.repairs)},
                         {QStringLiteral("idx_orig"), c.index},
                         {QStringLiteral("count"), c.count},
                         {QStringLiteral("basis"), Candidate::basisName(c.basis())}};
        if (!c.statedRaw.isEmpty())
            meta.insert(QStringLiteral("p_raw_text"), c.statedRaw);
        if (c.partial)
            meta.insert(QStringLiteral("partial"), true);
        items.append(QJsonObject{
            {QStringLiteral("text"), c.text}, {QStringLiteral("p"), c.weight}, {QStringLiteral("meta"), meta}});
    }
    QJsonObject t{
        {QStringLiteral("model"), trace.model},
        {QStringLiteral("provider"), trace.provider},
        {QStringLiteral("method"), trace.method},
        {QStringLiteral("latency_ms"), trace.latencyMs >= 0 ? QJsonValue(double(trace.latencyMs)) : QJsonValue()},
        {QStringLiteral("k"), trace.k},
        {QStringLiteral("tau"), trace.tau},
        {QStringLiteral("tau_mode"), Names::tauMode(trace.tauMode)},
        {QStringLiteral("temperature"), trace.temperature},
        {QStringLiteral("seed"), trace.seed ? QJsonValue(QString::number(*trace.seed)) : QJsonValue()},
        {QStringLiteral("tau_relaxed"), m_tauRelaxed},
        {QStringLiteral("tau_final"), number(m_tauFinal)},
        {QStringLiteral("num_filtered"), numFiltered()},
        {QStringLiteral("min_k_survivors"), m_options.minSurvivors},
        {QStringLiteral("weight_mode"), Names::weightMode(m_options.weightMode)},
        {QStringLiteral("stated_sum"), number(m_statedSum)},
        {QStringLiteral("stated_count"), m_statedCount},
        {QStringLiteral("counted"), isCounted()},
        {QStringLiteral("total_count"), m_totalCount},
        {QStringLiteral("simulated"), trace.simulated},
    };
    return QJsonObject{{QStringLiteral("items"), items}, {QStringLiteral("trace"), t}};
}

std::optional<Distribution> Distribution::fromJson(const QJsonObject &json, Trace *trace, QString *error)
{
    auto fail = [&](const QString &message) -> std::optional<Distribution> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    const QJsonValue itemsValue = json.value(QStringLiteral("items"));
    if (!itemsValue.isArray())
        return fail(tr("Not a distribution: the \"items\" array is missing."));
    const QJsonObject t = json.value(QStringLiteral("trace")).toObject();

    Distribution d;
    d.m_options.weightMode =
        Names::parseWeightMode(t.value(QStringLiteral("weight_mode")).toString()).value_or(WeightMode::Elicited);
    d.m_options.tau = t.value(QStringLiteral("tau")).toDouble(0.0);
    d.m_options.tauMode = Names::parseTauMode(t.value(QStringLiteral("tau_mode")).toString())
                              .value_or(d.m_options.tau > 0.0 ? TauMode::Filter : TauMode::Off);
    d.m_options.minSurvivors = t.value(QStringLiteral("min_k_survivors")).toInt(3);
    d.m_tauRelaxed = t.value(QStringLiteral("tau_relaxed")).toBool();
    d.m_tauFinal = t.value(QStringLiteral("tau_final")).toDouble(std::numeric_limits<double>::quiet_NaN());
    // A counted distribution says so; one written before VS Lab said so is known by its method.
    const std::optional<Method> method = Names::parseMethod(t.value(QStringLiteral("method")).toString());
    d.m_options.counted = t.value(QStringLiteral("counted")).toBool(method && !Names::methodVerbalizes(*method));

    const QJsonArray items = itemsValue.toArray();
    double total = 0.0;
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QJsonObject o = items[i].toObject();
        if (!o.value(QStringLiteral("text")).isString())
            return fail(tr("Item %1 has no text.").arg(i + 1));
        const QJsonValue p = o.value(QStringLiteral("p"));
        if (!p.isDouble() || !std::isfinite(p.toDouble()) || p.toDouble() < 0.0)
            return fail(tr("Item %1 has no valid probability \"p\".").arg(i + 1));
        const QJsonObject meta = o.value(QStringLiteral("meta")).toObject();
        Candidate c;
        c.text = o.value(QStringLiteral("text")).toString();
        c.weight = p.toDouble();
        total += c.weight;
        const QJsonValue raw = meta.value(QStringLiteral("p_raw"));
        c.stated = raw.isDouble() ? raw.toDouble() : std::numeric_limits<double>::quiet_NaN();
        c.statedRaw = meta.value(QStringLiteral("p_raw_text")).toString();
        // The Python package keeps an unparsed p_raw as the string the model wrote ("45%").
        if (c.statedRaw.isEmpty() && raw.isString())
            c.statedRaw = raw.toString();
        const QJsonValue clipped = meta.value(QStringLiteral("p_clipped"));
        c.clipped = clipped.isDouble() ? clipped.toDouble() : c.weight;
        for (const QJsonValue &r : meta.value(QStringLiteral("repairs")).toArray())
            c.repairs.append(r.toString());
        c.index = meta.value(QStringLiteral("idx_orig")).toInt(int(i));
        c.partial = meta.value(QStringLiteral("partial")).toBool();
        c.count = std::max(1, meta.value(QStringLiteral("count")).toInt(1));
        if (d.m_options.counted) {
            c.clipped = std::numeric_limits<double>::quiet_NaN();
            c.repairs.removeAll(missingTag);
        }
        d.m_items.append(c);
        d.m_totalCount += c.count;
        d.m_duplicateCount += c.count - 1;
        if (c.basis() == Candidate::Basis::FilledIn)
            ++d.m_filledInCount;
        if (c.basis() == Candidate::Basis::Stated) {
            d.m_statedSum = d.m_statedCount == 0 ? c.clipped : d.m_statedSum + c.clipped;
            ++d.m_statedCount;
        }
    }
    if (!d.m_items.isEmpty()) {
        if (!(total > 0.0))
            return fail(tr("Every item has probability 0."));
        // Weights that already sum to 1 (up to rounding) are kept bit for bit, so an export/import round trip is
        // lossless; anything else is renormalized.
        if (std::abs(total - 1.0) > 1e-9) {
            for (Candidate &c : d.m_items)
                c.weight /= total;
        }
    }
    sortByWeight(d.m_items);
    if (trace) {
        trace->model = t.value(QStringLiteral("model")).toString();
        trace->provider = t.value(QStringLiteral("provider")).toString();
        trace->method = t.value(QStringLiteral("method")).toString();
        trace->latencyMs = t.value(QStringLiteral("latency_ms")).toInteger(-1);
        trace->k = t.value(QStringLiteral("k")).toInt(int(d.m_items.size()));
        trace->tau = d.m_options.tau;
        trace->tauMode = d.m_options.tauMode;
        trace->temperature = t.value(QStringLiteral("temperature")).toDouble();
        const QJsonValue seed = t.value(QStringLiteral("seed"));
        if (seed.isString())
            trace->seed = seed.toString().toULongLong();
        else if (seed.isDouble())
            trace->seed = quint64(seed.toInteger());
        trace->simulated = t.value(QStringLiteral("simulated")).toBool();
    }
    return d;
}
