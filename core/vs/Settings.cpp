// SPDX-License-Identifier: Apache-2.0
#include "Settings.h"

#include <cmath>

namespace {
template <typename E, size_t N> std::optional<E> lookup(const QString &s, const std::pair<E, const char *> (&table)[N])
{
    const QString key = s.trimmed().toLower();
    for (const auto &[value, name] : table) {
        if (key == QLatin1String(name))
            return value;
    }
    return std::nullopt;
}
template <typename E, size_t N> QString nameOf(E e, const std::pair<E, const char *> (&table)[N])
{
    for (const auto &[value, name] : table) {
        if (value == e)
            return QLatin1String(name);
    }
    return {};
}

const std::pair<Method, const char *> methodNames[] = {
    {Method::Direct, "direct"},        {Method::DirectCot, "direct-cot"},   {Method::Sequence, "sequence"},
    {Method::MultiTurn, "multi-turn"}, {Method::VsStandard, "vs-standard"}, {Method::VsCot, "vs-cot"},
    {Method::VsMulti, "vs-multi"},
};
// Titles and descriptions are chosen at run time, so they are only marked here and translated in methodTitle() and
// methodDescription().
struct MethodText
{
    Method method;
    const char *title;
    const char *description;
};
const MethodText methodTexts[] = {
    {Method::Direct, QT_TRANSLATE_NOOP("GenerationSettings", "Direct"),
     QT_TRANSLATE_NOOP("GenerationSettings", "One answer, asked plainly: the collapsed baseline.")},
    {Method::DirectCot, QT_TRANSLATE_NOOP("GenerationSettings", "Direct + CoT"),
     QT_TRANSLATE_NOOP("GenerationSettings", "The model reasons first, then gives one answer.")},
    {Method::Sequence, QT_TRANSLATE_NOOP("GenerationSettings", "Sequence"),
     QT_TRANSLATE_NOOP("GenerationSettings", "k different answers as a list, without probabilities.")},
    {Method::MultiTurn, QT_TRANSLATE_NOOP("GenerationSettings", "Multi-turn"),
     QT_TRANSLATE_NOOP("GenerationSettings", "One answer per turn; each turn asks for another, different one.")},
    {Method::VsStandard, QT_TRANSLATE_NOOP("GenerationSettings", "VS-Standard"),
     QT_TRANSLATE_NOOP("GenerationSettings", "k answers, each with the probability the model assigns it.")},
    {Method::VsCot, QT_TRANSLATE_NOOP("GenerationSettings", "VS-CoT"),
     QT_TRANSLATE_NOOP("GenerationSettings", "The model reasons first, then gives k answers with probabilities.")},
    {Method::VsMulti, QT_TRANSLATE_NOOP("GenerationSettings", "VS-Multi"),
     QT_TRANSLATE_NOOP("GenerationSettings", "k answers with probabilities over several turns, a few per turn.")},
};
const std::pair<TauMode, const char *> tauNames[] = {
    {TauMode::Off, "off"}, {TauMode::Tail, "tail"}, {TauMode::Filter, "filter"}};
const std::pair<OutputFormat, const char *> formatNames[] = {{OutputFormat::Json, "json"}, {OutputFormat::Xml, "xml"}};
const std::pair<WeightMode, const char *> weightNames[] = {
    {WeightMode::Elicited, "elicited"}, {WeightMode::Uniform, "uniform"}, {WeightMode::Softmax, "softmax"}};
} // namespace

namespace Names {
QString method(Method m)
{
    return nameOf(m, methodNames);
}
std::optional<Method> parseMethod(const QString &s)
{
    return lookup(s, methodNames);
}
QList<Method> allMethods()
{
    QList<Method> all;
    for (const auto &entry : methodNames)
        all.append(entry.first);
    return all;
}
QString methodTitle(Method m)
{
    for (const MethodText &t : methodTexts) {
        if (t.method == m)
            return GenerationSettings::tr(t.title);
    }
    return {};
}
QString methodDescription(Method m)
{
    for (const MethodText &t : methodTexts) {
        if (t.method == m)
            return GenerationSettings::tr(t.description);
    }
    return {};
}
bool methodVerbalizes(Method m)
{
    return m == Method::VsStandard || m == Method::VsCot || m == Method::VsMulti;
}
bool methodAsksForMany(Method m)
{
    return m != Method::Direct && m != Method::DirectCot;
}
QString tauMode(TauMode m)
{
    return nameOf(m, tauNames);
}
std::optional<TauMode> parseTauMode(const QString &s)
{
    return lookup(s, tauNames);
}
QString format(OutputFormat f)
{
    return nameOf(f, formatNames);
}
std::optional<OutputFormat> parseFormat(const QString &s)
{
    return lookup(s, formatNames);
}
QString weightMode(WeightMode w)
{
    return nameOf(w, weightNames);
}
std::optional<WeightMode> parseWeightMode(const QString &s)
{
    return lookup(s, weightNames);
}
} // namespace Names

QString GenerationSettings::validate() const
{
    if (k < kMin || k > kMax)
        return tr("k must be between %1 and %2 (got %3).").arg(kMin).arg(kMax).arg(k);
    if (!std::isfinite(tau) || tau <= 0.0 || tau > 1.0)
        return tr("τ must be greater than 0 and at most 1 (got %1).").arg(tau);
    if (minSurvivors < 1 || minSurvivors > kMax)
        return tr("Minimum survivors must be between 1 and %1 (got %2).").arg(kMax).arg(minSurvivors);
    if (!std::isfinite(temperature) || temperature < 0.0 || temperature > temperatureMax)
        return tr("Temperature must be between 0 and %1 (got %2).").arg(temperatureMax).arg(temperature);
    if (perTurn < 0 || perTurn > k)
        return tr("Candidates per turn must be between 0 (automatic) and k = %1 (got %2).").arg(k).arg(perTurn);
    return {};
}

QList<int> GenerationSettings::turnSizes() const
{
    // The reference splits k into k / m full turns plus a remainder turn.
    const int m = perTurn > 0 ? perTurn : std::max(1, (k + 2) / 3);
    QList<int> sizes;
    for (int left = k; left > 0; left -= m)
        sizes.append(std::min(m, left));
    return sizes;
}
