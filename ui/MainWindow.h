// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "providers/ProviderTypes.h"
#include "run/Run.h"
#include "run/SessionSampler.h"
#include "store/SecretStore.h"

#include <QHash>
#include <QMainWindow>
#include <QPointer>

#include <memory>
#include <optional>

class CandidateTableModel;
class HistoryPanel;
class HistoryStore;
class QDockWidget;
struct SavedRun;
class CandidateTableView;
class DistributionChart;
class GenerationPanel;
class MessageBanner;
class ModelListJob;
class Provider;
class QActionGroup;
class QLabel;
class QNetworkAccessManager;
class QProgressBar;
class QSplitter;
class QTableView;
class QTabWidget;
class QTimer;
class RawView;
class SamplingPanel;

/**
 * The VS Lab main window: prompt and settings on the left, the distribution (chart and table) in the middle,
 * interactive sampling on the right (tabbed with the run history), a raw view for prompt engineers. Every finished
 * run is saved to the history; distributions can be exported and opened as files. It only presents and edits; every
 * computation is done by core (Run, Distribution, SessionSampler).
 */
class MainWindow final : public QMainWindow
{
    Q_OBJECT
public:
    /// `secrets` defaults to the OS keychain store; tests pass an in-memory one.
    explicit MainWindow(std::unique_ptr<SecretStore> secrets = nullptr, QWidget *parent = nullptr);
    ~MainWindow() override;
    Q_DISABLE_COPY_MOVE(MainWindow)

    QString prompt() const;
    void setPrompt(const QString &prompt);
    GenerationSettings settings() const;
    void setSettings(const GenerationSettings &settings);

    /// Selects a provider preset (and a model, when given); returns false for an unknown id.
    bool setProvider(const QString &presetId, const QString &model = {});
    /// Uses `config` as is (base URL, model, key in memory) for its preset and selects it.
    void setProviderConfig(const ProviderConfig &config);
    ProviderConfig providerConfig() const;
    /// Demo model streaming speed in tokens per second (0 = instant); also read from VSLAB_DEMO_TPS.
    void setDemoTokensPerSecond(double tps);
    /// Switches the interface language ("en", "zh_CN") live and remembers it.
    void setLanguage(const QString &locale);
    QString language() const { return m_language; }
    /// When false (vslab --quit, tests), nothing is written to the settings on close.
    void setPersistent(bool persistent) { m_persistent = persistent; }

    bool isRunning() const { return m_run != nullptr; }
    /// The distribution shown (provisional while a run streams).
    const Distribution &distribution() const { return m_distribution; }
    const std::optional<RunResult> &lastResult() const { return m_lastResult; }
    const SessionSampler &sampler() const { return m_sampler; }

    /// Opens the run history at `path` (empty = AppDataLocation/history.sqlite). On failure a banner says why, the
    /// history panel shows the reason and everything else keeps working; runs are then not saved.
    bool openHistory(const QString &path = {});
    /// Scripted sessions (`vslab --quit`) keep their runs out of the user's history.
    void setHistoryEnabled(bool enabled);
    bool isHistoryOpen() const;
    QString historyPath() const;
    HistoryPanel *historyPanel() const { return m_historyPanel; }
    /// Shows a saved run again (distribution, prompt, settings, raw replies) without calling the model.
    /// False, with a banner, when the run cannot be read; what was shown stays.
    bool restoreRun(qint64 id);
    bool deleteRun(qint64 id);
    /// Removes every saved run without asking (the Clear history action asks first).
    bool clearRunHistory();

    /// Writes the distribution shown; the format follows the suffix: .csv, .md, else JSON (the reference package's
    /// to_dict shape with the trace). False, with a banner, on error. Never writes an API key.
    bool exportDistribution(const QString &path);
    /// Shows a to_dict JSON distribution (VS Lab's or the Python package's) for resampling. On a bad file a banner
    /// says why and the distribution shown stays.
    bool openDistribution(const QString &path);
    /// Saves the chart, every bar included, as a PNG.
    bool saveChartImage(const QString &path);

public Q_SLOTS:
    void generate();
    void cancel();
    void sampleOne();
    void sampleMany(int n);
    void clearHistory();
    void copySelected();
    void copyAllTsv();
    void copyAllMarkdown();
    void showProvidersDialog();
    void showExportDialog();
    void showOpenDialog();
    void showSaveChartDialog();
    void confirmClearRunHistory();

Q_SIGNALS:
    void runStarted();
    /// Emitted after the window has shown the result.
    void runFinished(const RunResult &result);

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    /// Where the distribution shown came from, for the status line: a run, the history, or a file.
    enum class Origin {
        Run,
        History,
        File
    };

    void buildUi();
    void buildActions();
    void retranslateUi();
    void loadSettings();
    void saveSettings() const;

    ProviderConfig currentConfig() const;
    void applyProvider(const QString &presetId);
    void rebuildProvider();
    void readKey(const QString &presetId);
    void fetchModels();
    void updateStatusLine();

    void onCandidate(const Candidate &candidate);
    void onProgress(qint64 chars, qint64 elapsedMs);
    void onRunFinished(const RunResult &result);
    void refreshStreaming();
    void updateProgress();
    void setRunning(bool running);
    void showDistribution(bool provisional);
    void selectRank(int rank);
    void showOutcome(const RunResult &result);
    void schedulePreview();
    void updatePreview();
    void onSettingsChanged();
    QString chartTitle() const;

    void refreshHistory(qint64 select = 0);
    void saveToHistory(const RunResult &result);
    void showSavedRun(const SavedRun &run, Origin origin, const QString &detail);
    QString originText() const;
    void toggleHistoryDock();
    void updateFileActions();
    QString suggestedPath(const QString &suffix) const;

    std::unique_ptr<SecretStore> m_secrets;
    QNetworkAccessManager *m_nam = nullptr;
    std::shared_ptr<Provider> m_provider;
    QHash<QString, ProviderConfig> m_configs;
    QHash<QString, KeySource> m_keySources;
    QHash<QString, QString> m_keyVariables;
    QPointer<Run> m_run;
    QPointer<ModelListJob> m_modelsJob;
    RunRequest m_request;
    std::optional<RunResult> m_lastResult;
    Distribution m_distribution;
    QList<Candidate> m_streamed;
    SessionSampler m_sampler;
    qint64 m_chars = 0;
    qint64 m_runStartMs = 0;
    double m_demoTps = -1.0;
    bool m_persistent = true;
    QString m_language;
    QString m_providerId;
    std::unique_ptr<HistoryStore> m_history;
    bool m_historyWanted = true;
    bool m_historyTried = false;
    /// The provider settings of the run in progress, for its history record (the key is never stored).
    ProviderConfig m_runConfig;
    Origin m_origin = Origin::Run;
    /// The time of the restored run, or the name of the opened file.
    QString m_originDetail;
    bool m_historyInFront = false;
    QString m_fileDir;

    GenerationPanel *m_panel = nullptr;
    DistributionChart *m_chart = nullptr;
    CandidateTableModel *m_tableModel = nullptr;
    CandidateTableView *m_table = nullptr;
    SamplingPanel *m_sampling = nullptr;
    HistoryPanel *m_historyPanel = nullptr;
    QDockWidget *m_samplingDock = nullptr;
    QDockWidget *m_historyDock = nullptr;
    MessageBanner *m_banner = nullptr;
    RawView *m_raw = nullptr;
    QTabWidget *m_tabs = nullptr;
    QLabel *m_simulated = nullptr;
    QLabel *m_statusLine = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_progressLabel = nullptr;
    QProgressBar *m_progressBar = nullptr;
    QSplitter *m_mainSplit = nullptr;
    QSplitter *m_resultSplit = nullptr;
    QTimer *m_tick = nullptr;
    QTimer *m_refresh = nullptr;
    QTimer *m_previewTimer = nullptr;

    QMenu *m_fileMenu = nullptr;
    QMenu *m_editMenu = nullptr;
    QMenu *m_runMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_languageMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QAction *m_providersAct = nullptr;
    QAction *m_openAct = nullptr;
    QAction *m_exportAct = nullptr;
    QAction *m_saveChartAct = nullptr;
    QAction *m_historyAct = nullptr;
    QAction *m_clearRunHistoryAct = nullptr;
    QAction *m_quitAct = nullptr;
    QAction *m_copyAct = nullptr;
    QAction *m_copyTsvAct = nullptr;
    QAction *m_copyMarkdownAct = nullptr;
    QAction *m_generateAct = nullptr;
    QAction *m_cancelAct = nullptr;
    QAction *m_sampleAct = nullptr;
    QAction *m_sampleManyAct = nullptr;
    QAction *m_newDistributionAct = nullptr;
    QAction *m_clearHistoryAct = nullptr;
    QAction *m_showChartAct = nullptr;
    QAction *m_showRawAct = nullptr;
    QAction *m_focusPromptAct = nullptr;
    QAction *m_englishAct = nullptr;
    QAction *m_chineseAct = nullptr;
    QAction *m_aboutAct = nullptr;
    QActionGroup *m_languageGroup = nullptr;
};
