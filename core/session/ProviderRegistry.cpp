// SPDX-License-Identifier: Apache-2.0
#include "ProviderRegistry.h"

#include "session/AppSettings.h"

#include <QNetworkAccessManager>
#include <QPointer>
#include <QSet>
#include <QTimer>

ProviderRegistry::ProviderRegistry(std::unique_ptr<SecretStore> secrets, QObject *parent)
    : QObject(parent)
    , m_secrets(secrets ? std::move(secrets) : SecretStore::createKeychain())
    , m_nam(new QNetworkAccessManager(this))
{
    for (const ProviderPreset &p : ProviderPreset::all()) {
        ProviderConfig c;
        c.presetId = p.id;
        c.model = p.defaultModel;
        m_configs.insert(p.id, c);
    }
    bool ok = false;
    // Kept for scripts and benchmarks that slow the demo model down without touching the settings.
    const double tps = qEnvironmentVariable("VSLAB_DEMO_TPS").toDouble(&ok);
    if (ok && tps >= 0)
        m_demoSpeed = tps;
    rebuild();
}

ProviderRegistry::~ProviderRegistry()
{
    if (m_modelsJob)
        m_modelsJob->cancel();
}

void ProviderRegistry::load(const AppSettings &settings)
{
    for (const ProviderPreset &p : ProviderPreset::all()) {
        const ProviderConfig saved = settings.providerConfig(p.id);
        ProviderConfig &c = m_configs[p.id];
        c.baseUrl = saved.baseUrl;
        c.model = saved.model;
    }
    m_transport = settings.transport();
    if (settings.demoSpeed() >= 0 && qEnvironmentVariableIsEmpty("VSLAB_DEMO_TPS"))
        m_demoSpeed = settings.demoSpeed();
    m_currentId = settings.currentProvider();
    rebuild();
}

void ProviderRegistry::save(AppSettings &settings) const
{
    for (const ProviderConfig &c : m_configs)
        settings.setProviderConfig(c);
    settings.setCurrentProvider(m_currentId);
    settings.setTransport(m_transport);
    if (m_demoSpeed >= 0)
        settings.setDemoSpeed(m_demoSpeed);
}

Result<void> ProviderRegistry::setCurrent(const QString &presetId, const QString &model)
{
    const ProviderPreset *preset = ProviderPreset::find(presetId);
    if (!preset)
        return fail(Failure::Kind::NotFound, tr("Unknown provider \"%1\".").arg(presetId));
    if (!model.isEmpty())
        m_configs[presetId].model = model;
    const bool changed = presetId != m_currentId || !model.isEmpty();
    m_currentId = presetId;
    if (changed || !m_current)
        rebuild();
    if (preset->kind != ProviderKind::Demo && m_configs.value(presetId).apiKey.isEmpty() &&
        m_keys.value(presetId).source == KeySource::None)
        readKey(presetId);
    return {};
}

void ProviderRegistry::setModel(const QString &model)
{
    if (m_configs.value(m_currentId).model == model)
        return;
    m_configs[m_currentId].model = model;
    rebuild();
}

ProviderConfig ProviderRegistry::config(const QString &presetId) const
{
    ProviderConfig c = m_configs.value(presetId);
    c.presetId = presetId;
    const ProviderPreset *preset = ProviderPreset::find(presetId);
    if (preset && c.baseUrl.trimmed().isEmpty())
        c.baseUrl = preset->defaultBaseUrl;
    if (preset && c.model.isEmpty())
        c.model = preset->defaultModel;
    m_transport.applyTo(c);
    if (preset && preset->kind == ProviderKind::Demo && m_demoSpeed >= 0)
        c.demoTokensPerSecond = m_demoSpeed;
    return c;
}

void ProviderRegistry::setConfig(const ProviderConfig &config)
{
    ProviderConfig &c = m_configs[config.presetId];
    c.presetId = config.presetId;
    c.baseUrl = config.baseUrl;
    c.model = config.model;
    if (!config.apiKey.isEmpty() && config.apiKey != c.apiKey) {
        c.apiKey = config.apiKey;
        m_keys[config.presetId] = KeyStatus{KeySource::None, {}, true};
    }
    if (config.presetId == m_currentId)
        rebuild();
}

QHash<QString, ProviderConfig> ProviderRegistry::configs() const
{
    return m_configs;
}

void ProviderRegistry::setTransport(const TransportSettings &transport)
{
    if (transport == m_transport)
        return;
    m_transport = transport;
    rebuild();
}

void ProviderRegistry::setDemoSpeed(double tps)
{
    if (tps == m_demoSpeed)
        return;
    m_demoSpeed = tps;
    rebuild();
}

std::shared_ptr<Provider> ProviderRegistry::create(const ProviderConfig &config) const
{
    return std::shared_ptr<Provider>(Provider::create(config, m_nam));
}

Result<void> ProviderRegistry::choose(const ProviderChoice &choice)
{
    const QString id = choice.presetId.isEmpty() ? m_currentId : choice.presetId;
    const ProviderPreset *preset = ProviderPreset::find(id);
    if (!preset)
        return fail(Failure::Kind::NotFound, tr("Unknown provider \"%1\".").arg(id));
    ProviderConfig &c = m_configs[id];
    if (!choice.model.isEmpty())
        c.model = choice.model;
    if (!choice.baseUrl.isEmpty())
        c.baseUrl = choice.baseUrl;
    if (c.baseUrl.trimmed().isEmpty() && preset->defaultBaseUrl.isEmpty() && preset->kind != ProviderKind::Demo)
        return fail(Failure::Kind::BadInput,
                    tr("Provider \"%1\" needs a base URL (--base-url, or File → Providers…).").arg(id));
    if (!choice.apiKeyEnv.isEmpty()) {
        // Only this provider gets the key of the variable the user named.
        c.apiKey = qEnvironmentVariable(choice.apiKeyEnv.toLocal8Bit().constData());
        m_keyVariables.insert(id, choice.apiKeyEnv);
        m_keys[id] = KeyStatus{KeySource::Environment, choice.apiKeyEnv, !c.apiKey.isEmpty()};
    }
    m_currentId = id;
    rebuild();
    return {};
}

KeyStatus ProviderRegistry::keyStatus(const QString &presetId) const
{
    KeyStatus s = m_keys.value(presetId);
    s.inMemory = !m_configs.value(presetId).apiKey.isEmpty();
    return s;
}

void ProviderRegistry::readKey(const QString &presetId, std::function<void()> done)
{
    if (m_keyVariables.contains(presetId)) {
        if (done)
            QMetaObject::invokeMethod(this, std::move(done), Qt::QueuedConnection);
        return;
    }
    m_secrets->read(presetId, this, [this, presetId, done](const QString &key, KeySource source, const QString &error) {
        KeyStatus status{source, {}, !key.isEmpty()};
        if (source == KeySource::Environment)
            SecretStore::fromEnvironment(presetId, &status.variable);
        m_keys.insert(presetId, status);
        if (!key.isEmpty() && m_configs.value(presetId).apiKey != key) {
            m_configs[presetId].apiKey = key;
            if (presetId == m_currentId)
                rebuild();
        } else if (presetId == m_currentId) {
            Q_EMIT currentChanged();
        }
        if (!error.isEmpty())
            Q_EMIT keychainFailed(tr("Could not read the key of %1 from the system keychain: %2")
                                      .arg(ProviderPreset::find(presetId)->title(), error));
        if (done)
            done();
    });
}

void ProviderRegistry::readKeys(const QStringList &presetIds, QObject *context, std::function<void()> done,
                                int timeoutMs)
{
    auto pending = std::make_shared<QSet<QString>>();
    for (const QString &id : presetIds) {
        const ProviderPreset *preset = ProviderPreset::find(id);
        if (preset && preset->kind != ProviderKind::Demo)
            pending->insert(id);
    }
    auto once = std::make_shared<bool>(false);
    const QPointer<QObject> guard(context);
    const auto finish = [guard, once, done = std::move(done)] {
        if (guard && !std::exchange(*once, true))
            done();
    };
    for (const QString &id : QSet<QString>(*pending)) {
        readKey(id, [pending, id, finish] {
            pending->remove(id);
            if (pending->isEmpty())
                finish();
        });
    }
    QTimer::singleShot(pending->isEmpty() ? 0 : timeoutMs, context, finish);
}

void ProviderRegistry::storeKey(const QString &presetId, const QString &key)
{
    m_configs[presetId].apiKey = key;
    m_keys.insert(presetId, KeyStatus{KeySource::None, {}, true});
    m_keyVariables.remove(presetId);
    if (presetId == m_currentId)
        rebuild();
    m_secrets->write(presetId, key, this, [this, presetId](const QString &error) {
        if (error.isEmpty()) {
            m_keys.insert(presetId, KeyStatus{KeySource::Keychain, {}, true});
            if (presetId == m_currentId)
                Q_EMIT currentChanged();
            return;
        }
        Q_EMIT keychainFailed(
            tr("The key could not be saved in the system keychain; it is kept for this session only: %1").arg(error));
    });
}

void ProviderRegistry::forgetKey(const QString &presetId)
{
    m_configs[presetId].apiKey.clear();
    m_keys.insert(presetId, KeyStatus{});
    m_keyVariables.remove(presetId);
    if (presetId == m_currentId)
        rebuild();
    m_secrets->remove(presetId, this, [this](const QString &error) {
        if (!error.isEmpty())
            Q_EMIT keychainFailed(tr("Could not remove the key from the system keychain: %1").arg(error));
    });
}

void ProviderRegistry::fetchModels()
{
    if (m_modelsJob)
        m_modelsJob->cancel();
    if (!m_current)
        return;
    ModelListJob *job = m_current->listModels();
    if (!job)
        return;
    job->setParent(this);
    m_modelsJob = job;
    Q_EMIT modelsFetching();
    connect(job, &ModelListJob::finished, this,
            [this, job](const QStringList &models, const std::optional<ProviderError> &error) {
                job->deleteLater();
                if (m_modelsJob != job)
                    return;
                m_modelsJob = nullptr;
                if (error && error->code == ProviderError::Code::Cancelled)
                    return;
                Q_EMIT modelsListed(error ? QStringList() : models, error ? error->message : QString());
            });
}

void ProviderRegistry::rebuild()
{
    m_current = create(config(m_currentId));
    Q_EMIT currentChanged();
}
