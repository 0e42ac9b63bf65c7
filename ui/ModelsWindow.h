// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "session/ModelSpec.h"

#include "run/Compare.h"
#include "vs/Settings.h"

#include <QList>
#include <QMainWindow>

class LabClusterBars;
class LabSession;
class ProviderRegistry;
class Session;
class MethodChecks;
class QCheckBox;
class QGridLayout;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTableWidget;
class QWidget;

/**
 * Models side by side: one prompt and the same methods on several PROVIDER:MODEL pairs at once, one LabSession per
 * model (each with its own bound on calls in flight). A grid with one row per model and one column per method shows
 * every cell's answer clusters on one shared probability scale and its own failed calls, so one model failing leaves
 * the others to finish; below, the metrics of every model × method and the ratios VS / direct per model. It only
 * wires: the sessions do the work.
 */
class ModelsWindow final : public QMainWindow
{
    Q_OBJECT
public:
    /// `providers` must outlive the window; comparisons are saved in `history`'s run history when given.
    explicit ModelsWindow(ProviderRegistry *providers, Session *history = nullptr, QWidget *parent = nullptr);
    ~ModelsWindow() override;
    Q_DISABLE_COPY_MOVE(ModelsWindow)

    /// Opens the models window of `parent` (creating it once, with `prompt`) on `session`'s providers; raises it.
    static ModelsWindow *showFor(Session *session, const QString &prompt, QWidget *parent);

    void setPrompt(const QString &prompt);
    QString prompt() const;
    /// PROVIDER:MODEL, comma-separated; everything after the first colon is the model (ollama:llama3.2:3b).
    void setModels(const QString &specs);
    QString models() const;
    void setMethods(const QList<Method> &methods);
    QList<Method> methods() const;
    void setResponses(int n);
    void setK(int k);
    /// Everything of a call but k and the method (temperature, seed, format…).
    void setBaseSettings(const GenerationSettings &settings) { m_base = settings; }

    /// True from Run until every model's comparison has ended (keys being read included).
    bool isRunning() const;
    int modelCount() const { return int(m_rows.size()); }
    LabSession *sessionAt(int model) const;
    /// The cell of `model` × `method` (index in the request's methods), or nullptr.
    LabClusterBars *barsAt(int model, int method) const;
    QLabel *errorsAt(int model, int method) const;
    QLabel *headerAt(int model) const;
    QTableWidget *metricsTable() const { return m_metrics; }
    /// The share every cell draws at full width (the largest share of any cell, rounded up to a tenth).
    double sharedScale() const { return m_scale; }

public Q_SLOTS:
    void run();
    void cancel();

Q_SIGNALS:
    /// Every model's comparison has ended (finished, failed or cancelled).
    void allFinished();

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    struct Cell
    {
        QLabel *errors = nullptr;
        LabClusterBars *bars = nullptr;
    };
    struct Row
    {
        ModelSpec spec;
        LabSession *session = nullptr;
        bool simulated = false;
        QString startError;
        QLabel *header = nullptr;
        QList<Cell> cells;
    };

    void buildUi();
    void buildSetup(QWidget *central);
    /// Cancelled, failed models: what the message line says once every model finished.
    QString finishedMessage() const;
    void retranslate();
    void startAll(int generation);
    void rebuildGrid();
    void refreshRow(int row);
    void refreshScale();
    void refreshMetrics();
    void refreshProgress();
    void onSessionFinished();
    void updateState();
    void showMessage(const QString &message);

    ProviderRegistry *m_providers;
    Session *m_history;
    GenerationSettings m_base;
    QList<Row> m_rows;
    QList<Method> m_runMethods;
    CompareRequest m_request;
    bool m_waitingForKeys = false;
    bool m_starting = false;
    bool m_cancelRequested = false;
    int m_generation = 0;
    double m_scale = 1.0;

    QLabel *m_promptLabel = nullptr;
    QLineEdit *m_prompt = nullptr;
    QLabel *m_modelsLabel = nullptr;
    QLineEdit *m_models = nullptr;
    MethodChecks *m_methods = nullptr;
    bool m_finishedShown = false; ///< the message shows the outcome of the last run (retranslated with it)
    QLabel *m_nLabel = nullptr;
    QSpinBox *m_n = nullptr;
    QLabel *m_kLabel = nullptr;
    QSpinBox *m_k = nullptr;
    QLabel *m_concurrencyLabel = nullptr;
    QSpinBox *m_concurrency = nullptr;
    QPushButton *m_run = nullptr;
    QPushButton *m_cancel = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_progressText = nullptr;
    QLabel *m_message = nullptr;
    QWidget *m_gridArea = nullptr;
    QGridLayout *m_grid = nullptr;
    QLabel *m_scaleLabel = nullptr;
    QTableWidget *m_metrics = nullptr;
};
