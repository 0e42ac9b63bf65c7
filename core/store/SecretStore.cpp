// SPDX-License-Identifier: Apache-2.0
#include "SecretStore.h"

#include <QMetaObject>
#include <QPointer>

#include <qt6keychain/keychain.h>

namespace {
const QString keychainService = QStringLiteral("vslab");

void later(QObject *context, std::function<void()> fn)
{
    QMetaObject::invokeMethod(context, std::move(fn), Qt::QueuedConnection);
}

class KeychainSecretStore final : public SecretStore
{
public:
    void write(const QString &presetId, const QString &key, QObject *context, WriteCallback done) override
    {
        auto *job = new QKeychain::WritePasswordJob(keychainService);
        job->setAutoDelete(true);
        job->setKey(presetId);
        job->setTextData(key);
        QObject::connect(job, &QKeychain::Job::finished, context, [done](QKeychain::Job *j) {
            done(j->error() == QKeychain::NoError ? QString() : j->errorString());
        });
        job->start();
    }
    void remove(const QString &presetId, QObject *context, WriteCallback done) override
    {
        auto *job = new QKeychain::DeletePasswordJob(keychainService);
        job->setAutoDelete(true);
        job->setKey(presetId);
        QObject::connect(job, &QKeychain::Job::finished, context, [done](QKeychain::Job *j) {
            const bool ok = j->error() == QKeychain::NoError || j->error() == QKeychain::EntryNotFound;
            done(ok ? QString() : j->errorString());
        });
        job->start();
    }

protected:
    void readStored(const QString &presetId, QObject *context, ReadCallback done) override
    {
        auto *job = new QKeychain::ReadPasswordJob(keychainService);
        job->setAutoDelete(true);
        job->setKey(presetId);
        QObject::connect(job, &QKeychain::Job::finished, context, [done](QKeychain::Job *j) {
            auto *read = static_cast<QKeychain::ReadPasswordJob *>(j);
            if (j->error() == QKeychain::NoError)
                done(read->textData(), KeySource::Keychain, {});
            else if (j->error() == QKeychain::EntryNotFound)
                done({}, KeySource::None, {});
            else
                done({}, KeySource::None, j->errorString());
        });
        job->start();
    }
};
} // namespace

void SecretStore::read(const QString &presetId, QObject *context, ReadCallback done)
{
    const QString env = fromEnvironment(presetId);
    if (!env.isEmpty()) {
        later(context, [done, env] { done(env, KeySource::Environment, {}); });
        return;
    }
    readStored(presetId, context, std::move(done));
}

QString SecretStore::fromEnvironment(const QString &presetId, QString *variable)
{
    const ProviderPreset *preset = ProviderPreset::find(presetId);
    if (!preset)
        return {};
    for (const QString &name : preset->keyEnvVars) {
        const QString value = qEnvironmentVariable(name.toLatin1().constData()).trimmed();
        if (!value.isEmpty()) {
            if (variable)
                *variable = name;
            return value;
        }
    }
    return {};
}

std::unique_ptr<SecretStore> SecretStore::createKeychain()
{
    return std::make_unique<KeychainSecretStore>();
}

void MemorySecretStore::write(const QString &presetId, const QString &key, QObject *context, WriteCallback done)
{
    m_keys.insert(presetId, key);
    later(context, [done] { done({}); });
}

void MemorySecretStore::remove(const QString &presetId, QObject *context, WriteCallback done)
{
    m_keys.remove(presetId);
    later(context, [done] { done({}); });
}

void MemorySecretStore::readStored(const QString &presetId, QObject *context, ReadCallback done)
{
    const QString key = m_keys.value(presetId);
    later(context, [done, key] { done(key, key.isEmpty() ? KeySource::None : KeySource::Keychain, {}); });
}
