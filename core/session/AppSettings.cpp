// SPDX-License-Identifier: Apache-2.0
#include "AppSettings.h"

#include "base/SafeUrl.h"
#include "I18n.h"

namespace {
// Every key, in one place.
const QString kMethod = QStringLiteral("generation/method");
const QString kK = QStringLiteral("generation/k");
const QString kTauMode = QStringLiteral("generation/tauMode");
const QString kTau = QStringLiteral("generation/tau");
const QString kMinSurvivors = QStringLiteral("generation/minSurvivors");
const QString kTemperature = QStringLiteral("generation/temperature");
const QString kFormat = QStringLiteral("generation/format");
const QString kWeights = QStringLiteral("generation/weights");
const QString kPerTurn = QStringLiteral("generation/perTurn");
const QString kSeed = QStringLiteral("generation/seed");
const QString kConcurrency = QStringLiteral("generation/concurrency");
const QString kStructured = QStringLiteral("transport/structured");
const QString kStream = QStringLiteral("transport/stream");
const QString kTimeout = QStringLiteral("transport/timeoutSeconds");
const QString kRetries = QStringLiteral("transport/retries");
const QString kMaxTokens = QStringLiteral("transport/maxTokens");
const QString kReplyCap = QStringLiteral("transport/replyCapMiB");
const QString kCurrentProvider = QStringLiteral("provider/current");
const QString kDemoSpeed = QStringLiteral("provider/demoTokensPerSecond");
const QString kPrompt = QStringLiteral("ui/prompt");
const QString kSampleCount = QStringLiteral("ui/sampleCount");
const QString kFileDir = QStringLiteral("ui/fileDir");
const QString kLanguage = QStringLiteral("ui/language");
const QString kWelcomeDismissed = QStringLiteral("ui/welcomeDismissed");
const QString kRecentFiles = QStringLiteral("ui/recentFiles");

QString providerKey(const QString &presetId, const char *field)
{
    return QStringLiteral("providers/") + presetId + QLatin1Char('/') + QLatin1String(field);
}
} // namespace

AppSettings::AppSettings()
    : m_settings(std::make_unique<QSettings>())
{}

AppSettings::AppSettings(const QString &iniPath)
    : m_settings(std::make_unique<QSettings>(iniPath, QSettings::IniFormat))
{}

AppSettings::~AppSettings() = default;

GenerationSettings AppSettings::generation() const
{
    const QSettings &s = *m_settings;
    GenerationSettings g;
    g.method = Names::parseMethod(s.value(kMethod).toString()).value_or(g.method);
    g.k = s.value(kK, g.k).toInt();
    g.tauMode = Names::parseTauMode(s.value(kTauMode).toString()).value_or(g.tauMode);
    g.tau = s.value(kTau, g.tau).toDouble();
    g.minSurvivors = s.value(kMinSurvivors, g.minSurvivors).toInt();
    g.temperature = s.value(kTemperature, g.temperature).toDouble();
    g.format = Names::parseFormat(s.value(kFormat).toString()).value_or(g.format);
    g.weightMode = Names::parseWeightMode(s.value(kWeights).toString()).value_or(g.weightMode);
    g.perTurn = s.value(kPerTurn, g.perTurn).toInt();
    bool ok = false;
    // Written as text: a 64-bit seed does not survive a double.
    const quint64 seed = s.value(kSeed).toString().toULongLong(&ok);
    if (ok)
        g.seed = seed;
    // A hand-edited file must not start the window with settings that cannot run.
    return g.validate().isEmpty() ? g : GenerationSettings{};
}

void AppSettings::setGeneration(const GenerationSettings &g)
{
    QSettings &s = *m_settings;
    s.setValue(kMethod, Names::method(g.method));
    s.setValue(kK, g.k);
    s.setValue(kTauMode, Names::tauMode(g.tauMode));
    s.setValue(kTau, g.tau);
    s.setValue(kMinSurvivors, g.minSurvivors);
    s.setValue(kTemperature, g.temperature);
    s.setValue(kFormat, Names::format(g.format));
    s.setValue(kWeights, Names::weightMode(g.weightMode));
    s.setValue(kPerTurn, g.perTurn);
    if (g.seed)
        s.setValue(kSeed, QString::number(*g.seed));
    else
        s.remove(kSeed);
}

TransportSettings AppSettings::transport() const
{
    const QSettings &s = *m_settings;
    TransportSettings t;
    t.structured = Names::parseStructuredMode(s.value(kStructured).toString()).value_or(t.structured);
    t.stream = s.value(kStream, t.stream).toBool();
    t.timeoutSeconds = s.value(kTimeout, t.timeoutSeconds).toDouble();
    t.retries = s.value(kRetries, t.retries).toInt();
    t.maxTokens = s.value(kMaxTokens, t.maxTokens).toInt();
    t.replyCapMiB = s.value(kReplyCap, t.replyCapMiB).toInt();
    return t.validate().isEmpty() ? t : TransportSettings{};
}

void AppSettings::setTransport(const TransportSettings &t)
{
    QSettings &s = *m_settings;
    s.setValue(kStructured, Names::structuredMode(t.structured));
    s.setValue(kStream, t.stream);
    s.setValue(kTimeout, t.timeoutSeconds);
    s.setValue(kRetries, t.retries);
    s.setValue(kMaxTokens, t.maxTokens);
    s.setValue(kReplyCap, t.replyCapMiB);
}

int AppSettings::concurrency() const
{
    return std::clamp(m_settings->value(kConcurrency, 1).toInt(), 1, 16);
}

void AppSettings::setConcurrency(int n)
{
    m_settings->setValue(kConcurrency, n);
}

ProviderConfig AppSettings::providerConfig(const QString &presetId) const
{
    ProviderConfig c;
    c.presetId = presetId;
    c.baseUrl = SafeUrl::typed(m_settings->value(providerKey(presetId, "baseUrl")).toString());
    const ProviderPreset *preset = ProviderPreset::find(presetId);
    c.model = m_settings->value(providerKey(presetId, "model"), preset ? preset->defaultModel : QString()).toString();
    return c;
}

void AppSettings::setProviderConfig(const ProviderConfig &config)
{
    // The key is deliberately absent, and so is any password typed into the URL.
    m_settings->setValue(providerKey(config.presetId, "baseUrl"), SafeUrl::typed(config.baseUrl));
    m_settings->setValue(providerKey(config.presetId, "model"), config.model);
}

QString AppSettings::currentProvider() const
{
    const QString id = m_settings->value(kCurrentProvider, QStringLiteral("demo")).toString();
    return ProviderPreset::find(id) ? id : QStringLiteral("demo");
}

void AppSettings::setCurrentProvider(const QString &presetId)
{
    m_settings->setValue(kCurrentProvider, presetId);
}

double AppSettings::demoSpeed() const
{
    return m_settings->value(kDemoSpeed, -1.0).toDouble();
}

void AppSettings::setDemoSpeed(double tps)
{
    m_settings->setValue(kDemoSpeed, tps);
}

QString AppSettings::prompt() const
{
    // A first prompt the demo model answers, in the interface language.
    const bool chinese = I18n::language().startsWith(QLatin1String("zh"));
    return m_settings->value(kPrompt, chinese ? QStringLiteral("讲个笑话") : QStringLiteral("Tell me a joke"))
        .toString();
}

void AppSettings::setPrompt(const QString &prompt)
{
    m_settings->setValue(kPrompt, prompt);
}

int AppSettings::sampleCount() const
{
    return m_settings->value(kSampleCount, 1000).toInt();
}

void AppSettings::setSampleCount(int n)
{
    m_settings->setValue(kSampleCount, n);
}

QString AppSettings::fileDir() const
{
    return m_settings->value(kFileDir).toString();
}

void AppSettings::setFileDir(const QString &dir)
{
    if (!dir.isEmpty())
        m_settings->setValue(kFileDir, dir);
}

QString AppSettings::language() const
{
    return m_settings->value(kLanguage).toString();
}

void AppSettings::setLanguage(const QString &locale)
{
    if (!locale.isEmpty())
        m_settings->setValue(kLanguage, locale);
}

bool AppSettings::welcomeDismissed() const
{
    return m_settings->value(kWelcomeDismissed, false).toBool();
}

void AppSettings::setWelcomeDismissed(bool dismissed)
{
    m_settings->setValue(kWelcomeDismissed, dismissed);
}

QStringList AppSettings::recentFiles() const
{
    QStringList paths = m_settings->value(kRecentFiles).toStringList();
    paths.removeAll(QString());
    paths.removeDuplicates();
    return paths.mid(0, kMaxRecentFiles);
}

void AppSettings::setRecentFiles(const QStringList &paths)
{
    QStringList kept = paths;
    kept.removeAll(QString());
    kept.removeDuplicates();
    m_settings->setValue(kRecentFiles, kept.mid(0, kMaxRecentFiles));
}

QByteArray AppSettings::layout(const QString &name) const
{
    return m_settings->value(QStringLiteral("ui/") + name).toByteArray();
}

void AppSettings::setLayout(const QString &name, const QByteArray &state)
{
    m_settings->setValue(QStringLiteral("ui/") + name, state);
}

bool AppSettings::hasLayout(const QString &name) const
{
    return m_settings->contains(QStringLiteral("ui/") + name);
}

void AppSettings::sync()
{
    m_settings->sync();
}
