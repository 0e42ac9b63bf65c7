// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "session/GenerationSetup.h"
#include "vs/Settings.h"

#include <QWidget>

class QCheckBox;
class QLineEdit;
class QToolButton;
class QComboBox;
class QDoubleSpinBox;
class QFormLayout;
class QGroupBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;

/// The left-hand panel: prompt, method and its settings, provider and model, Generate / Cancel.
class GenerationPanel final : public QWidget
{
    Q_OBJECT
public:
    explicit GenerationPanel(QWidget *parent = nullptr);
    ~GenerationPanel() override;
    Q_DISABLE_COPY_MOVE(GenerationPanel)

    QString prompt() const;
    void setPrompt(const QString &prompt);
    GenerationSettings settings() const;
    void setSettings(const GenerationSettings &s);
    /// The advanced section: how calls travel (structured output, streaming, timeout, retries, limits).
    TransportSettings transport() const;
    void setTransport(const TransportSettings &t);
    /// Everything the controls hold, for the provider `presetId`; applySetup() sets every control from a setup.
    GenerationSetup setup(const QString &presetId) const;
    void applySetup(const GenerationSetup &setup);
    /// Concurrent calls k is split over (vs-standard, vs-cot, sequence).
    int concurrency() const;
    /// The demo model's streaming speed in tokens per second (0 = instant); shown while the demo model is chosen.
    double demoSpeed() const;
    void setDemoSpeed(double tokensPerSecond);
    void setConcurrency(int n);

    /// Limits the temperature; `reason` (empty when the full range applies) is shown under the control.
    void setTemperatureRange(double low, double high, const QString &reason);

    /// Fills the provider selector with the presets, by id and display name.
    void setProviders(const QList<std::pair<QString, QString>> &idsAndNames);
    QString providerId() const;
    void setProviderId(const QString &id);
    QString model() const;
    void setModel(const QString &model);
    /// Offers `models` in the model selector, keeping whatever the user typed.
    void setModels(const QStringList &models);
    /// A short note under the model selector ("12 models", "Could not list models: …").
    void setModelNote(const QString &note);

    void setRunning(bool running);
    QPlainTextEdit *promptEdit() const { return m_prompt; }
    /// The panel in a vertical scroll area with Generate and Cancel below it, outside the scrolling part, so they
    /// stay in view on a 1280×720 projector; the returned widget owns the panel.
    QWidget *withScrolling();

Q_SIGNALS:
    void settingsChanged();
    void promptChanged();
    void providerChanged(const QString &id);
    void modelChanged(const QString &model);
    void providersDialogRequested();
    void generateRequested();
    void cancelRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updateEnabled();
    void onMethodChanged();
    void buildAdvanced(QWidget *parent);
    void retranslateAdvanced();
    void changed();

    QPlainTextEdit *m_prompt = nullptr;
    QComboBox *m_method = nullptr;
    QLabel *m_methodDescription = nullptr;
    QSpinBox *m_k = nullptr;
    QComboBox *m_tauMode = nullptr;
    QLabel *m_tauModeDescription = nullptr;
    QDoubleSpinBox *m_tau = nullptr;
    QSpinBox *m_minSurvivors = nullptr;
    QDoubleSpinBox *m_temperature = nullptr;
    QLabel *m_temperatureNote = nullptr;
    QLineEdit *m_seed = nullptr; ///< any 64-bit seed, typed as digits
    QCheckBox *m_randomSeed = nullptr;
    QComboBox *m_format = nullptr;
    QToolButton *m_advancedToggle = nullptr;
    QWidget *m_advanced = nullptr;
    QFormLayout *m_advancedForm = nullptr;
    QComboBox *m_weights = nullptr;
    QSpinBox *m_perTurn = nullptr;
    QSpinBox *m_concurrency = nullptr;
    QComboBox *m_structured = nullptr;
    QCheckBox *m_stream = nullptr;
    QDoubleSpinBox *m_timeout = nullptr;
    QSpinBox *m_retries = nullptr;
    QSpinBox *m_maxTokens = nullptr;
    QSpinBox *m_replyCap = nullptr;
    QComboBox *m_provider = nullptr;
    QComboBox *m_model = nullptr;
    QComboBox *m_demoSpeed = nullptr;
    QLabel *m_modelNote = nullptr;
    QPushButton *m_providersButton = nullptr;
    QWidget *m_actionRow = nullptr;
    QPushButton *m_generate = nullptr;
    QPushButton *m_cancel = nullptr;
    QGroupBox *m_settingsGroup = nullptr;
    QGroupBox *m_modelGroup = nullptr;
    QLabel *m_promptLabel = nullptr;
    QFormLayout *m_form = nullptr;
    QFormLayout *m_modelForm = nullptr;
    QString m_temperatureReason;
    bool m_running = false;
    bool m_updating = false;
};
