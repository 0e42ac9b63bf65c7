// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "session/GenerationSetup.h"
#include "session/Session.h"
#include "store/SecretStore.h"

#include <QMainWindow>

#include <memory>

class AppSettings;
class FileActions;
class RunStatus;
class GenerationPanel;
class HistoryPanel;
class ProviderRegistry;
class QDockWidget;
class QSplitter;
class QTimer;
class ResultPane;
class SamplingPanel;
class WindowActions;

/**
 * The VS Lab main window: prompt and settings on the left, the distribution (chart and table) in the middle,
 * sampling and the run history on the right. It builds the views and connects them to a Session and the
 * ProviderRegistry, which do all the work; it only forwards the user's actions and shows the state.
 */
class MainWindow final : public QMainWindow
{
    Q_OBJECT
public:
    /// `secrets` defaults to the OS keychain store; tests pass an in-memory one.
    explicit MainWindow(std::unique_ptr<SecretStore> secrets = nullptr, QWidget *parent = nullptr);
    ~MainWindow() override;
    Q_DISABLE_COPY_MOVE(MainWindow)

    Session *session() const { return m_session; }
    ProviderRegistry *providers() const { return m_providers; }
    HistoryPanel *historyPanel() const { return m_historyPanel; }

    /// What the next Generate asks for, as the controls show it; applySetup() sets controls and provider.
    GenerationSetup setup() const;
    Result<void> applySetup(const GenerationSetup &setup);
    QString prompt() const;
    void setPrompt(const QString &prompt);
    GenerationSettings settings() const;
    void setSettings(const GenerationSettings &settings);
    /// Selects a provider preset (and a model, when given); false for an unknown id.
    bool setProvider(const QString &presetId, const QString &model = {});
    /// Uses `config` as is (base URL, model, key in memory) for its preset and selects it.
    void setProviderConfig(const ProviderConfig &config);
    ProviderConfig providerConfig() const;
    void setDemoTokensPerSecond(double tps);
    /// Switches the interface language ("en", "zh_CN") live and remembers it.
    void setLanguage(const QString &locale);
    QString language() const { return m_language; }
    /// When false (vslab --quit, tests), nothing is written to the settings.
    void setPersistent(bool persistent) { m_persistent = persistent; }
    /// Off: runs are not saved (scripted sessions, --no-history).
    void setHistoryEnabled(bool enabled);
    bool openHistory(const QString &path = {});

    // Shorthands over session() for scripts and tests.
    bool isRunning() const { return m_session->isRunning(); }
    const Distribution &distribution() const { return m_session->distribution(); }
    const std::optional<RunResult> &lastResult() const { return m_session->result(); }
    const SessionSampler &sampler() const { return m_session->sampler(); }
    bool isHistoryOpen() const { return m_session->isHistoryOpen(); }
    QString historyPath() const { return m_session->historyPath(); }
    bool restoreRun(qint64 id);
    bool deleteRun(qint64 id);
    bool clearRunHistory();
    bool exportDistribution(const QString &path);
    bool openDistribution(const QString &path);
    /// Saves the chart, every bar included, as a PNG.
    bool saveChartImage(const QString &path);

public Q_SLOTS:
    void generate();
    void cancel();
    void sampleOne();
    void sampleMany(int n);
    void clearDraws();
    void showProvidersDialog();

Q_SIGNALS:
    void runStarted();
    /// Emitted after the window has shown the result.
    void runFinished(const RunResult &result);

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void buildUi();
    void connectSession();
    void connectProviders();
    void connectActions();
    void retranslateUi();
    void loadSettings();
    void saveSettings() const;

    void onProviderChanged();
    void updatePreview();
    void updateState();
    void onRunStarted();
    void onRunFinished(const RunResult &result);
    void onLoaded();
    void showFinished();
    void toggleHistoryDock();
    void flash(const QString &message);

    ProviderRegistry *m_providers = nullptr;
    Session *m_session = nullptr;
    std::unique_ptr<AppSettings> m_settings;
    bool m_persistent = true;
    bool m_historyInFront = false;
    bool m_historyTried = false;
    QString m_providerShown; ///< the preset whose models the panel offers
    QString m_language;

    GenerationPanel *m_panel = nullptr;
    ResultPane *m_result = nullptr;
    SamplingPanel *m_sampling = nullptr;
    HistoryPanel *m_historyPanel = nullptr;
    QDockWidget *m_samplingDock = nullptr;
    QDockWidget *m_historyDock = nullptr;
    RunStatus *m_status = nullptr;
    FileActions *m_files = nullptr;
    QSplitter *m_mainSplit = nullptr;
    QTimer *m_tick = nullptr;
    QTimer *m_refresh = nullptr;
    QTimer *m_previewTimer = nullptr;
    WindowActions *m_actions = nullptr;
};
