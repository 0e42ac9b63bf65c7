// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

/// The prompting methods of the paper (spec section 2).
enum class Method {
    Direct,
    DirectCot,
    Sequence,
    MultiTurn,
    VsStandard,
    VsCot,
    VsMulti
};
/// The two meanings of τ (spec section 3), always named.
enum class TauMode {
    Off,
    Tail,
    Filter
};
/// How the model is asked to write its candidates.
enum class OutputFormat {
    Json,
    Xml
};
/// How stated probabilities become sampling weights (spec section 5).
enum class WeightMode {
    Elicited,
    Uniform,
    Softmax
};

namespace Names {
QString method(Method m); ///< "vs-standard"
std::optional<Method> parseMethod(const QString &s);
QList<Method> allMethods();
QString methodTitle(Method m);       ///< translated short title, "VS-Standard"
QString methodDescription(Method m); ///< translated one-line explanation
bool methodVerbalizes(Method m);     ///< asks for probabilities
bool methodAsksForMany(Method m);    ///< k answers (all but direct / direct-cot)
QString tauMode(TauMode m);          ///< "off" / "tail" / "filter"
std::optional<TauMode> parseTauMode(const QString &s);
QString format(OutputFormat f); ///< "json" / "xml"
std::optional<OutputFormat> parseFormat(const QString &s);
QString weightMode(WeightMode w); ///< "elicited" / "uniform" / "softmax"
std::optional<WeightMode> parseWeightMode(const QString &s);
} // namespace Names

/// Everything about one generation that is not the provider: the CLI and the GUI start from these defaults
/// (design.md, "CLI conventions").
struct GenerationSettings
{
    Q_DECLARE_TR_FUNCTIONS(GenerationSettings)
public:
    static constexpr int kMin = 1;
    static constexpr int kMax = 100;
    static constexpr double temperatureMax = 2.0;

    Method method = Method::VsStandard;
    int k = 5;
    TauMode tauMode = TauMode::Off;
    double tau = 0.10;
    int minSurvivors = 3;
    double temperature = 0.9;
    OutputFormat format = OutputFormat::Json;
    WeightMode weightMode = WeightMode::Elicited;
    /// vs-multi: candidates asked per turn (0 = automatic, about k/3 but at least 1).
    int perTurn = 0;
    /// Seed for sampling; unset = random.
    std::optional<quint64> seed;

    /// Empty when valid, otherwise a message naming the setting and its allowed range.
    QString validate() const;
    /// vs-multi: the number of candidates asked in each turn (sums to k).
    QList<int> turnSizes() const;
};
