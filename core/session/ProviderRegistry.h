// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "base/Result.h"
#include "providers/Provider.h"
#include "session/GenerationSetup.h"
#include "store/SecretStore.h"

#include <QHash>
#include <QObject>
#include <QPointer>

#include <memory>

class AppSettings;
class ModelListJob;
class QNetworkAccessManager;

/// Where the key of a provider comes from, for the status line (the key itself is never shown).
struct KeyStatus
{
    KeySource source = KeySource::None;
    QString variable;      ///< the environment variable, when source is Environment
    bool inMemory = false; ///< a key is held (from any source, or typed for this session)
};

/**
 * The providers a front end can call: presets, each preset's configuration (base URL, model, key in memory), where
 * keys come from (environment, OS keychain, a variable named by --api-key-env), the transport settings, the current
 * provider and its model list. Owns the one QNetworkAccessManager and the providers it creates; a run co-owns the
 * provider it calls, so switching provider never pulls one from under a call.
 */
class ProviderRegistry final : public QObject
{
    Q_OBJECT
public:
    /// `secrets` defaults to the OS keychain store; tests pass an in-memory one.
    explicit ProviderRegistry(std::unique_ptr<SecretStore> secrets = nullptr, QObject *parent = nullptr);
    ~ProviderRegistry() override;
    Q_DISABLE_COPY_MOVE(ProviderRegistry)

    QNetworkAccessManager *network() const { return m_nam; }
    SecretStore *secrets() const { return m_secrets.get(); }

    /// Base URLs and models saved in the settings, and the current preset.
    void load(const AppSettings &settings);
    void save(AppSettings &settings) const;

    QString currentId() const { return m_currentId; }
    /// Selects a preset (and a model when given). Unknown ids are refused.
    Result<void> setCurrent(const QString &presetId, const QString &model = {});
    void setModel(const QString &model);
    /// The configuration of a preset with defaults filled in, transport applied and the key held in memory.
    ProviderConfig config(const QString &presetId) const;
    ProviderConfig currentConfig() const { return config(m_currentId); }
    /// Stores base URL, model and (when not empty) a key typed for this session.
    void setConfig(const ProviderConfig &config);
    /// Every preset's configuration as edited (keys included, in memory).
    QHash<QString, ProviderConfig> configs() const;

    TransportSettings transport() const { return m_transport; }
    void setTransport(const TransportSettings &transport);
    /// Demo model speed in tokens per second (0 = instant; < 0 = its default).
    double demoSpeed() const { return m_demoSpeed; }
    void setDemoSpeed(double tps);

    /// The provider built from currentConfig(); rebuilt whenever that changes.
    std::shared_ptr<Provider> current() const { return m_current; }
    /// A provider for any configuration (the CLI, the providers dialog's connection test).
    std::shared_ptr<Provider> create(const ProviderConfig &config) const;

    /// Applies a command line's provider choice: preset, model, base URL, and the key from --api-key-env.
    Result<void> choose(const ProviderChoice &choice);

    KeyStatus keyStatus(const QString &presetId) const;
    /// Reads the key of a preset: the --api-key-env variable, else the preset's variables, else the keychain;
    /// currentChanged() follows when it changes the current provider. `done` (optional) runs when the read ends.
    void readKey(const QString &presetId, std::function<void()> done = {});
    /// Reads the keys of several presets (the demo model has none) and runs `done` once, when every read ended or
    /// after `timeoutMs` (a keychain that never answers), unless `context` is gone by then.
    void readKeys(const QStringList &presetIds, QObject *context, std::function<void()> done, int timeoutMs = 5000);
    /// Saves a key in the keychain (kept in memory for the session even when that fails).
    void storeKey(const QString &presetId, const QString &key);
    void forgetKey(const QString &presetId);

    /// Lists the current provider's models; modelsListed() follows.
    void fetchModels();

Q_SIGNALS:
    /// The current provider, its model or its key changed.
    void currentChanged();
    /// The model list of the current provider; `error` is empty on success.
    void modelsListed(const QStringList &models, const QString &error);
    void modelsFetching();
    /// The keychain could not read, store or remove a key.
    void keychainFailed(const QString &message);

private:
    void rebuild();

    std::unique_ptr<SecretStore> m_secrets;
    QNetworkAccessManager *m_nam = nullptr;
    QHash<QString, ProviderConfig> m_configs;
    QHash<QString, KeyStatus> m_keys;
    QHash<QString, QString> m_keyVariables; ///< per preset: the --api-key-env variable chosen
    QString m_currentId = QStringLiteral("demo");
    TransportSettings m_transport;
    double m_demoSpeed = -1.0;
    std::shared_ptr<Provider> m_current;
    QPointer<ModelListJob> m_modelsJob;
};
