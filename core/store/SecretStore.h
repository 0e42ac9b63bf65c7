// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "providers/ProviderTypes.h"

#include <QHash>
#include <QObject>
#include <QString>

#include <functional>
#include <memory>

/// Where an API key came from; shown to the user (the key itself never is).
enum class KeySource {
    None,
    Environment,
    Keychain
};

/**
 * API keys. Read order: the conventional environment variable of the preset, then the OS keychain. Keys are never
 * written to QSettings, logs, history or exports. Jobs are asynchronous: QtKeychain talks to the desktop's secret
 * service over D-Bus and may take a moment or fail (no service); the callback always runs, on the event loop.
 */
class SecretStore
{
public:
    using ReadCallback = std::function<void(const QString &key, KeySource source, const QString &error)>;
    using WriteCallback = std::function<void(const QString &error)>;

    virtual ~SecretStore() = default;
    /// Reads the key of `presetId`; `context` guards the callback's lifetime.
    void read(const QString &presetId, QObject *context, ReadCallback done);
    virtual void write(const QString &presetId, const QString &key, QObject *context, WriteCallback done) = 0;
    virtual void remove(const QString &presetId, QObject *context, WriteCallback done) = 0;

    /// The key from the preset's environment variables, and the variable's name; empty when none is set.
    static QString fromEnvironment(const QString &presetId, QString *variable = nullptr);
    /// The production store: OS keychain through QtKeychain.
    static std::unique_ptr<SecretStore> createKeychain();

protected:
    /// Keychain-only lookup; empty key with empty error means "not stored".
    virtual void readStored(const QString &presetId, QObject *context, ReadCallback done) = 0;
};

/// In-memory store for tests (and a fallback when the keychain is unavailable).
class MemorySecretStore final : public SecretStore
{
public:
    void write(const QString &presetId, const QString &key, QObject *context, WriteCallback done) override;
    void remove(const QString &presetId, QObject *context, WriteCallback done) override;

protected:
    void readStored(const QString &presetId, QObject *context, ReadCallback done) override;

private:
    QHash<QString, QString> m_keys;
};
