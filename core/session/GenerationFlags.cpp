// SPDX-License-Identifier: Apache-2.0
#include "GenerationFlags.h"

#include "providers/ProviderTypes.h"

#include <QCommandLineParser>

namespace {
QString presetList()
{
    QStringList ids;
    for (const ProviderPreset &p : ProviderPreset::all())
        ids.append(p.id);
    return ids.join(QStringLiteral(", "));
}

QString methodList()
{
    QStringList names;
    for (Method m : Names::allMethods())
        names.append(Names::method(m));
    return names.join(QStringLiteral(", "));
}

Failure badFlag(const QString &message)
{
    return fail(Failure::Kind::BadInput, message);
}
} // namespace

GenerationFlags::GenerationFlags(int groups)
    : m_groups(groups)
{
    auto add = [this](int group, const QString &name, const QString &help, const QString &value = {}) {
        if ((m_groups & group) == group)
            m_options.append(QCommandLineOption(name, help, value));
    };
    add(Provider, QStringLiteral("provider"),
        tr("Provider: %1 (default: demo, the offline demo model).").arg(presetList()), QStringLiteral("P"));
    add(Provider, QStringLiteral("model"), tr("Model name (default: the preset's)."), QStringLiteral("NAME"));
    add(Provider, QStringLiteral("base-url"), tr("Server base URL (default: the preset's)."), QStringLiteral("URL"));
    add(Provider, QStringLiteral("api-key-env"),
        tr("Read the API key from environment variable VAR (for any provider, e.g. a secured vLLM)."),
        QStringLiteral("VAR"));
    add(Generation, QStringLiteral("method"), tr("%1 (default vs-standard).").arg(methodList()), QStringLiteral("M"));
    add(Generation, QStringLiteral("k"),
        tr("Number of candidates, %1-%2 (default 5).").arg(GenerationSettings::kMin).arg(GenerationSettings::kMax),
        QStringLiteral("N"));
    add(Generation, QStringLiteral("temperature"), tr("Sampling temperature, 0-2 (default 0.9)."), QStringLiteral("T"));
    add(Generation, QStringLiteral("format"), tr("How candidates are asked for: json (default) or xml."),
        QStringLiteral("F"));
    add(Generation, QStringLiteral("per-turn"), tr("vs-multi: candidates per turn (default 0 = about k/3)."),
        QStringLiteral("N"));
    add(SplitCalls, QStringLiteral("concurrency"), tr("Split k over N concurrent calls, 1-16 (default 1)."),
        QStringLiteral("N"));
    add(PostProcess, QStringLiteral("tau"), tr("τ value, greater than 0 and at most 1 (default 0.10)."),
        QStringLiteral("X"));
    add(PostProcess, QStringLiteral("tau-mode"),
        tr("tail = τ goes into the prompt; filter = keep p ≥ τ after parsing; off (default)."), QStringLiteral("MODE"));
    add(PostProcess, QStringLiteral("min-survivors"),
        tr("Filter mode: keep at least this many candidates (default 3)."), QStringLiteral("N"));
    add(PostProcess, QStringLiteral("weights"), tr("elicited (default), uniform or softmax."), QStringLiteral("MODE"));
    add(PostProcess, QStringLiteral("seed"), tr("Seed for sampling, 0 to 18446744073709551615 (default: random)."),
        QStringLiteral("S"));
    add(Transport, QStringLiteral("structured"), tr("Structured output: auto (default), on or off."),
        QStringLiteral("MODE"));
    add(Transport, QStringLiteral("no-stream"), tr("Wait for the whole reply instead of streaming."));
    add(Network, QStringLiteral("timeout"), tr("Give up when no byte arrives for S seconds (default 60)."),
        QStringLiteral("S"));
    add(Network, QStringLiteral("retries"), tr("Retries on 408/409/429/5xx, 0-10 (default 2)."), QStringLiteral("N"));
    add(Transport, QStringLiteral("max-tokens"), tr("Token limit of the reply (default 8192)."), QStringLiteral("N"));
    add(Transport, QStringLiteral("reply-cap"), tr("Largest reply accepted, in MiB (default 16)."),
        QStringLiteral("MIB"));
}

void GenerationFlags::addTo(QCommandLineParser &parser) const
{
    parser.addOptions(m_options);
}

const QCommandLineOption *GenerationFlags::option(const char *name) const
{
    for (const QCommandLineOption &o : m_options) {
        if (o.names().constFirst() == QLatin1String(name))
            return &o;
    }
    return nullptr; // a flag of a group this command does not take
}

Result<void> GenerationFlags::apply(const QCommandLineParser &p, GenerationSetup &setup) const
{
    auto given = [&](const char *name) {
        const QCommandLineOption *o = option(name);
        return o && p.isSet(*o);
    };
    auto value = [&](const char *name) {
        const QCommandLineOption *o = option(name);
        return o ? p.value(*o) : QString();
    };
    auto integer = [&](const char *name, int &into) {
        bool ok = false;
        const int v = value(name).toInt(&ok);
        if (ok)
            into = v;
        return ok;
    };
    auto number = [&](const char *name, double &into) {
        bool ok = false;
        const double v = value(name).toDouble(&ok);
        if (ok)
            into = v;
        return ok;
    };
    GenerationSettings &s = setup.request.settings;
    TransportSettings &t = setup.transport;

    if (given("provider")) {
        const QString id = value("provider").trimmed().toLower();
        if (!ProviderPreset::find(id))
            return badFlag(tr("--provider: unknown provider \"%1\"; choose one of: %2.").arg(id, presetList()));
        setup.provider.presetId = id;
    }
    if (given("model"))
        setup.provider.model = value("model").trimmed();
    if (given("base-url"))
        setup.provider.baseUrl = value("base-url").trimmed();
    if (given("api-key-env")) {
        const QString var = value("api-key-env").trimmed();
        if (var.isEmpty() || qEnvironmentVariableIsEmpty(var.toLocal8Bit().constData()))
            return badFlag(tr("--api-key-env: the environment variable \"%1\" is not set or empty.").arg(var));
        setup.provider.apiKeyEnv = var;
    }
    if (given("method")) {
        const auto m = Names::parseMethod(value("method"));
        if (!m)
            return badFlag(
                tr("--method: unknown method \"%1\"; choose one of: %2.").arg(value("method"), methodList()));
        s.method = *m;
    }
    if (given("k") && !integer("k", s.k))
        return badFlag(tr("-k needs a whole number between 1 and 100, got \"%1\".").arg(value("k")));
    if (given("temperature") && !number("temperature", s.temperature))
        return badFlag(tr("--temperature needs a number between 0 and 2, got \"%1\".").arg(value("temperature")));
    if (given("format")) {
        const auto f = Names::parseFormat(value("format"));
        if (!f)
            return badFlag(tr("--format must be json or xml, got \"%1\".").arg(value("format")));
        s.format = *f;
    }
    if (given("per-turn") && !integer("per-turn", s.perTurn))
        return badFlag(tr("--per-turn needs a whole number, got \"%1\".").arg(value("per-turn")));
    if (given("concurrency")) {
        if (!integer("concurrency", setup.request.concurrency) || setup.request.concurrency < 1 ||
            setup.request.concurrency > 16)
            return badFlag(tr("--concurrency must be between 1 and 16, got \"%1\".").arg(value("concurrency")));
    }
    if (given("tau") && !number("tau", s.tau))
        return badFlag(tr("--tau needs a number greater than 0 and at most 1, got \"%1\".").arg(value("tau")));
    if (given("tau-mode")) {
        const auto m = Names::parseTauMode(value("tau-mode"));
        if (!m)
            return badFlag(tr("--tau-mode must be tail, filter or off, got \"%1\".").arg(value("tau-mode")));
        s.tauMode = *m;
    }
    if (given("tau") && s.tauMode == TauMode::Off)
        return badFlag(tr("--tau has no effect while the τ mode is off: add --tau-mode tail (τ goes into the "
                          "prompt) or --tau-mode filter (drop candidates below τ after parsing)."));
    if (given("min-survivors") && !integer("min-survivors", s.minSurvivors))
        return badFlag(tr("--min-survivors needs a whole number, got \"%1\".").arg(value("min-survivors")));
    if (given("weights")) {
        const auto w = Names::parseWeightMode(value("weights"));
        if (!w)
            return badFlag(tr("--weights must be elicited, uniform or softmax, got \"%1\".").arg(value("weights")));
        s.weightMode = *w;
    }
    if (given("seed")) {
        bool ok = false;
        const quint64 seed = value("seed").trimmed().toULongLong(&ok);
        if (!ok)
            return badFlag(
                tr("--seed needs a whole number from 0 to 18446744073709551615, got \"%1\".").arg(value("seed")));
        s.seed = seed;
    }
    if (given("structured")) {
        const auto m = Names::parseStructuredMode(value("structured"));
        if (!m)
            return badFlag(tr("--structured must be auto, on or off, got \"%1\".").arg(value("structured")));
        t.structured = *m;
    }
    if (given("no-stream"))
        t.stream = false;
    if (given("timeout") && !number("timeout", t.timeoutSeconds))
        return badFlag(tr("--timeout needs a number of seconds, got \"%1\".").arg(value("timeout")));
    if (given("retries") && !integer("retries", t.retries))
        return badFlag(tr("--retries needs a whole number, got \"%1\".").arg(value("retries")));
    if (given("max-tokens") && !integer("max-tokens", t.maxTokens))
        return badFlag(tr("--max-tokens needs a whole number, got \"%1\".").arg(value("max-tokens")));
    if (given("reply-cap") && !integer("reply-cap", t.replyCapMiB))
        return badFlag(tr("--reply-cap needs a whole number of MiB, got \"%1\".").arg(value("reply-cap")));

    if (const QString e = s.validate(); !e.isEmpty())
        return badFlag(e);
    if (const QString e = t.validate(); !e.isEmpty())
        return badFlag(e);
    return {};
}
