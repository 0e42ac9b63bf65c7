// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "session/GenerationSetup.h"

#include <QByteArray>
#include <QSettings>
#include <QString>
#include <QStringList>

#include <memory>

/**
 * The application's persistent settings, typed: every key lives here and nowhere else. Never holds a secret: API keys
 * live in the keychain, and user info typed into a base URL is dropped before a URL is stored.
 */
class AppSettings final
{
public:
    /// The user's settings (QSettings' default location).
    AppSettings();
    /// Settings in a given file, for tests.
    explicit AppSettings(const QString &iniPath);
    ~AppSettings();
    Q_DISABLE_COPY_MOVE(AppSettings)

    GenerationSettings generation() const;
    void setGeneration(const GenerationSettings &s);
    TransportSettings transport() const;
    void setTransport(const TransportSettings &t);
    int concurrency() const;
    void setConcurrency(int n);

    /// Base URL and model of a preset as the user configured them (no key).
    ProviderConfig providerConfig(const QString &presetId) const;
    void setProviderConfig(const ProviderConfig &config);
    QString currentProvider() const;
    void setCurrentProvider(const QString &presetId);
    /// Demo model speed in tokens per second; 0 = instant; < 0 = not set.
    double demoSpeed() const;
    void setDemoSpeed(double tps);

    QString prompt() const;
    void setPrompt(const QString &prompt);
    int sampleCount() const;
    void setSampleCount(int n);
    QString fileDir() const;
    void setFileDir(const QString &dir);
    /// "en", "zh_CN"; empty = follow the system.
    QString language() const;
    void setLanguage(const QString &locale);
    /// The user closed the welcome panel; Help → Show welcome brings it back.
    bool welcomeDismissed() const;
    void setWelcomeDismissed(bool dismissed);
    /// Distribution files recently opened or exported, newest first; at most kMaxRecentFiles.
    static constexpr int kMaxRecentFiles = 8;
    QStringList recentFiles() const;
    void setRecentFiles(const QStringList &paths);

    /// Opaque window layout blobs (geometry, dock state, splitters) by name.
    QByteArray layout(const QString &name) const;
    void setLayout(const QString &name, const QByteArray &state);
    bool hasLayout(const QString &name) const;

    void sync();

private:
    std::unique_ptr<QSettings> m_settings;
};
