// SPDX-License-Identifier: Apache-2.0
// Prints what the offline demo model does, pack by pack: how far direct prompting collapses and how much
// diversity verbalized sampling recovers (unique answers in 30 direct draws vs 6 VS-Standard calls of k = 5),
// plus the cost of composing one reply. `bench_demo --examples` also prints one reply per method.
#include "providers/demo/DemoModel.h"
#include "providers/demo/DemoPack.h"
#include "vs/ResponseParser.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHash>
#include <QSet>

#include <algorithm>
#include <cstdio>

namespace {
VsHints hints(const DemoPack &pack, Method method, int count, quint64 seed)
{
    VsHints h;
    h.userPrompt = pack.title;
    h.method = method;
    h.count = count;
    h.seed = seed;
    return h;
}

QStringList answersOf(const QString &reply)
{
    ResponseParser parser(ResponseParser::Format::Json);
    parser.feed(reply);
    parser.finish();
    QStringList out;
    for (const Candidate &c : parser.candidates())
        out.append(c.text);
    return out;
}

int unique(const QStringList &texts)
{
    return int(QSet<QString>(texts.cbegin(), texts.cend()).size());
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const bool examples = app.arguments().contains(QStringLiteral("--examples"));
    const DemoPackLibrary library = DemoPackLibrary::loadFrom({QStringLiteral(":/demo")});
    std::printf("Demo model, default alpha = %.1f (aligned = base^((1+alpha)/T))\n\n", DemoModel::kDefaultAlpha);
    std::printf("%-14s %4s  %5s  %-24s  %-24s\n", "pack", "T", "top%", "unique: direct x30", "unique: VS 6 x k=5");
    for (const DemoPack &pack : library.packs()) {
        for (double t : {0.7, 0.9, 1.0, 1.5}) {
            DemoModel::ReplyOptions o;
            o.temperature = t;
            o.alpha = DemoModel::alphaFor(pack, -1.0);
            const QList<double> aligned = DemoModel::alignedDistribution(pack, o.alpha, t);
            QStringList direct;
            QStringList vs;
            for (quint64 seed = 1; seed <= 30; ++seed)
                direct.append(DemoModel::reply(pack, hints(pack, Method::Direct, 1, seed), o));
            for (quint64 seed = 1; seed <= 6; ++seed)
                vs += answersOf(DemoModel::reply(pack, hints(pack, Method::VsStandard, 5, seed), o));
            std::printf("%-14s %4.1f  %5.1f  %-24d  %-24d\n", qPrintable(pack.id), t,
                        100.0 * *std::max_element(aligned.cbegin(), aligned.cend()), unique(direct), unique(vs));
        }
    }

    QElapsedTimer timer;
    timer.start();
    int replies = 0;
    qint64 chars = 0;
    for (const DemoPack &pack : library.packs()) {
        for (quint64 seed = 1; seed <= 500; ++seed) {
            const QString r = DemoModel::reply(pack, hints(pack, Method::VsCot, 10, seed), {});
            chars += DemoModel::tokenize(r).size();
            ++replies;
        }
    }
    std::printf("\ncompose + tokenize a VS-CoT k=10 reply: %.1f us on average (%d replies, %lld tokens)\n",
                1000.0 * double(timer.nsecsElapsed()) / 1e6 / replies, replies, static_cast<long long>(chars));
    timer.restart();
    for (int i = 0; i < 100; ++i)
        (void)DemoPackLibrary::load();
    std::printf("load every pack: %.2f ms\n", double(timer.nsecsElapsed()) / 1e6 / 100);

    if (examples) {
        const DemoPack *pack = library.find(QStringLiteral("haiku-sea"));
        for (Method m : Names::allMethods()) {
            for (OutputFormat f : {OutputFormat::Json, OutputFormat::Xml}) {
                VsHints h = hints(*pack, m, 3, 4);
                h.format = f;
                std::printf("\n--- %s / %s ---\n%s\n", qPrintable(Names::method(m)), qPrintable(Names::format(f)),
                            qPrintable(DemoModel::reply(*pack, h, {})));
            }
        }
    }
    return 0;
}
