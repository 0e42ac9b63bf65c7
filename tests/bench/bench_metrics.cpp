// SPDX-License-Identifier: Apache-2.0
// Time of every diversity metric on 300 responses of about 50 words (a classroom's worth of samples), generated
// from a fixed word list with a seeded RNG. Target: all metrics < 1 s. Prints the median of several runs.
#include "metrics/Metrics.h"
#include "vs/Rng.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <vector>

namespace {
constexpr int kResponses = 300;
constexpr int kRuns = 7;

QStringList wordList()
{
    return QStringLiteral(
               "the a of and to in is it that was he for on are as with his they at be this from have or by one "
               "had not but what all were when we there can an your which their said if do will each about how up "
               "out them then she many some so these would other into has more her two like him see time could no "
               "make than first been its who now people my made over did down only way find use may water long "
               "little very after words called just where most know sea moon river mountain coffee story joke bear "
               "honey robot garden winter summer light shadow city road train letter window dream song silver "
               "golden quiet storm forest island lantern clock mirror ocean desert paper stone feather candle")
        .split(QLatin1Char(' '));
}

/// About 50 words each (40 to 60), skewed towards the start of the list as real text is (frequent words first).
QStringList responses(quint64 seed)
{
    const QStringList words = wordList();
    Rng rng(seed);
    QStringList out;
    for (int i = 0; i < kResponses; ++i) {
        const int length = 40 + int(rng.next() % 21);
        QStringList text;
        for (int w = 0; w < length; ++w) {
            const double u = rng.uniform();
            text.append(words[qsizetype(u * u * double(words.size()))]);
        }
        text.first()[0] = text.first()[0].toUpper();
        out.append(text.join(QLatin1Char(' ')) + QLatin1Char('.'));
    }
    return out;
}

double medianMs(const std::function<void()> &work)
{
    std::vector<double> ms;
    for (int run = 0; run < kRuns; ++run) {
        QElapsedTimer timer;
        timer.start();
        work();
        ms.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    std::sort(ms.begin(), ms.end());
    return ms[ms.size() / 2];
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList texts = responses(42);
    qsizetype words = 0;
    for (const QString &t : texts)
        words += Metrics::words(t).size();
    std::printf("Diversity metrics: %d responses, %.1f words each on average, median of %d runs\n\n", kResponses,
                double(words) / kResponses, kRuns);
    volatile double sink = 0;
    const auto row = [&](const char *name, const std::function<double()> &f) {
        std::printf("%-28s %9.2f ms\n", name, medianMs([&] { sink = sink + f(); }));
    };
    row("normalize + exact clusters", [&] { return double(Metrics::clusters(texts).size()); });
    row("distinct-1/2/3",
        [&] { return Metrics::distinctN(texts, 1) + Metrics::distinctN(texts, 2) + Metrics::distinctN(texts, 3); });
    row("ROUGE-L, 44850 pairs", [&] { return Metrics::meanRougeL(texts); });
    row("Vendi (300x300 eigen)", [&] { return Metrics::vendi(texts); });
    row("near-duplicate merge (0.7)",
        [&] { return double(Metrics::mergeNearDuplicates(Metrics::clusters(texts), 0.7).size()); });
    Metrics::MetricsReport report;
    const double all = medianMs([&] { report = Metrics::compute(texts); });
    std::printf("%-28s %9.2f ms   (target < 1000 ms: %s)\n", "all metrics (compute)", all,
                all < 1000 ? "met" : "MISSED");
    std::printf("\nvalues: unique %d, entropy %.3f bits, distinct-1/2/3 %.3f/%.3f/%.3f, ROUGE-L %.3f, Vendi %.2f\n",
                report.unique, report.entropyBits, report.distinct1, report.distinct2, report.distinct3, report.rougeL,
                report.vendi);
    return 0;
}
