// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "vs/Settings.h"

#include <QList>
#include <QMainWindow>
#include <QPalette>

class LabClusterBars;
class LabSession;
class ProviderRegistry;
class Session;
class ThreeViewsWindow;
class MethodChecks;
class QCheckBox;
class QDoubleSpinBox;
class QFrame;
class QGroupBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSlider;
class QSpinBox;
class QTableWidget;
class QTimer;
struct CompareResult;

/**
 * The mode-collapse lab: one prompt, several methods, about N responses each, side by side — every method's answer
 * clusters as bars (VS methods with their pooled stated probability next to the observed share) and the paper's
 * metrics with the ratio VS / direct. Classroom mode presents it to a room: large type, high contrast, one chart at
 * a time, "predict, then reveal", and on the demo model a typicality-bias slider that re-runs direct sampling live.
 * It drives a LabSession on the main window's ProviderRegistry and does no work of its own.
 */
class LabWindow final : public QMainWindow
{
    Q_OBJECT
public:
    /// `providers` must outlive the window (the main window owns both); comparisons are saved in `history`'s run
    /// history when given.
    explicit LabWindow(ProviderRegistry *providers, Session *history = nullptr, QWidget *parent = nullptr);
    ~LabWindow() override;
    Q_DISABLE_COPY_MOVE(LabWindow)

    /// Opens the lab of `parent` (creating it once, with `prompt`) on `session`'s providers and history; raises it.
    static LabWindow *showFor(Session *session, const QString &prompt, QWidget *parent);
    /// Shows a saved comparison (from the history or a lesson pack) without calling anything.
    void showComparison(const CompareResult &result);

    LabSession *session() const { return m_session; }
    void setPrompt(const QString &prompt);
    QString prompt() const;
    void setMethods(const QList<Method> &methods);
    QList<Method> methods() const;
    void setResponses(int n);
    void setK(int k);
    /// Everything of a call but k and the method (temperature, seed, format…); defaults as the CLI's.
    void setBaseSettings(const GenerationSettings &settings) { m_base = settings; }

    void setClassroomMode(bool on);
    bool isClassroomMode() const { return m_classroom; }
    /// Classroom mode: the chart shown (one at a time).
    int page() const { return m_page; }
    void setPage(int page);
    /// Classroom mode: the typicality bias α the slider asks the demo model for.
    double demoAlpha() const;

    int columnCount() const { return int(m_columns.size()); }
    LabClusterBars *barsAt(int column) const;
    QLabel *failuresAt(int column) const;
    QTableWidget *metricsTable() const { return m_metrics; }

public Q_SLOTS:
    void run();
    void cancel();
    /// Shows the bars hidden for the class's prediction, next to the guesses.
    void reveal();

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    struct ColumnView
    {
        QFrame *frame = nullptr;
        QLabel *title = nullptr;
        QLabel *failures = nullptr;
        LabClusterBars *bars = nullptr;
    };

    void buildUi();
    void retranslate();
    void startComparison(const QList<Method> &methods);
    void runAlpha();
    void browseAnswerSet();
    void onStarted();
    void onProgress(int done, int total);
    void onUpdated();
    void onFinished(const CompareResult &result);
    void rebuildColumns();
    void refreshColumns();
    void refreshMetrics();
    void refreshPaging();
    void refreshReveal();
    void updateState();
    void showMessage(const QString &message);

    ProviderRegistry *m_providers;
    LabSession *m_session = nullptr;
    GenerationSettings m_base;
    bool m_classroom = false;
    bool m_revealed = true;
    bool m_alphaPending = false;
    int m_page = 0;
    QFont m_normalFont;
    QPalette m_normalPalette;

    QGroupBox *m_setup = nullptr;
    QLabel *m_promptLabel = nullptr;
    QLineEdit *m_prompt = nullptr;
    QLabel *m_nLabel = nullptr;
    QSpinBox *m_n = nullptr;
    QLabel *m_kLabel = nullptr;
    QSpinBox *m_k = nullptr;
    QLabel *m_concurrencyLabel = nullptr;
    QSpinBox *m_concurrency = nullptr;
    QLabel *m_thresholdLabel = nullptr;
    QDoubleSpinBox *m_threshold = nullptr;
    QLabel *m_answersLabel = nullptr;
    QLineEdit *m_answers = nullptr;
    QLineEdit *m_embeddings = nullptr;
    QCheckBox *m_logprobs = nullptr;
    QPushButton *m_threeViews = nullptr;
    ThreeViewsWindow *m_threeViewsWindow = nullptr;
    QLabel *m_embeddingsLabel = nullptr;
    QPushButton *m_browse = nullptr;
    MethodChecks *m_methods = nullptr;
    QPushButton *m_run = nullptr;
    QPushButton *m_cancel = nullptr;
    QCheckBox *m_classroomBox = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_progressText = nullptr;
    QLabel *m_message = nullptr;

    QWidget *m_columnsArea = nullptr;
    QList<ColumnView> m_columns;
    QTableWidget *m_metrics = nullptr;
    QLabel *m_band = nullptr;

    QWidget *m_classroomBar = nullptr;
    QPushButton *m_previous = nullptr;
    QPushButton *m_next = nullptr;
    QLabel *m_pageLabel = nullptr;
    QLabel *m_guessAnswerLabel = nullptr;
    QLineEdit *m_guessAnswer = nullptr;
    QLabel *m_guessDistinctLabel = nullptr;
    QSpinBox *m_guessDistinct = nullptr;
    QPushButton *m_reveal = nullptr;
    QLabel *m_verdict = nullptr;
    QLabel *m_alphaLabel = nullptr;
    QSlider *m_alpha = nullptr;
    QTimer *m_alphaTimer = nullptr;
};
