// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "base/Result.h"
#include "metrics/AnswerSet.h"
#include "metrics/Metrics.h"
#include "run/Compare.h"

#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <memory>
#include <optional>

class EmbeddingsCache;
class EmbeddingsJob;
class Provider;
class ProviderRegistry;
class Session;

/// One method's column in the lab: what came back and what it measures.
struct LabColumn
{
    MethodOutcome outcome;
    Metrics::MetricsReport metrics;
    /// Near-duplicate clusters when a ROUGE-L threshold is set, else the exact ones (most frequent first).
    QList<Metrics::Cluster> clusters;
    /// VS methods: per cluster (same order as clusters), the stated probability pooled over calls — the sum of its
    /// stated probabilities over the calls divided by the number of calls, then normalized over clusters. Empty for
    /// methods that state no probability.
    QList<double> statedShare;
    /// Direct with token log-probabilities: per cluster, the mean sequence probability exp(Σ log p) of its answers
    /// (NaN for a cluster none of whose answers had them). Empty when no answer had them.
    QList<double> tokenProbability;
};

/// How well three measurements of one distribution agree (matched by normalized cluster text).
struct LabCalibration
{
    /// ½ Σ |stated − observed| between the first VS column's pooled stated shares and direct's observed shares.
    std::optional<double> statedObserved;
    /// ½ Σ |observed − token| between direct's observed shares and its normalized token-level probabilities.
    std::optional<double> observedToken;
    /// Per cluster of the union (stated, observed, token; NaN where a view has no value), most observed first.
    struct Row
    {
        QString key;
        QString text;
        double stated = 0.0;
        double observed = 0.0;
        double token = 0.0;
    };
    QList<Row> rows;
};

/**
 * The mode-collapse lab, free of widgets: runs a CompareJob on the registry's current provider, computes the paper's
 * metrics per method (with the answer set of a demo pack automatically, or a file the user gives), the ratio of each
 * metric VS / direct, and keeps everything that arrived when calls fail or the user cancels. The lab window and
 * `vslab-cli compare` both drive it.
 */
class LabSession final : public QObject
{
    Q_OBJECT
public:
    /// `providers` must outlive the lab.
    explicit LabSession(ProviderRegistry *providers, QObject *parent = nullptr);
    ~LabSession() override;
    Q_DISABLE_COPY_MOVE(LabSession)

    /// Starts a comparison; refused (with the reason) while one runs or when the request is invalid.
    Result<void> start(const CompareRequest &request);
    /// The same on a provider of its own (models side by side: one lab per model).
    Result<void> start(const CompareRequest &request, std::shared_ptr<Provider> provider);
    void cancel();
    bool isRunning() const;
    int callsDone() const;
    int callsTotal() const;

    /// An answer set for precision / coverage / KL: a file (one answer per line, aliases with |); empty path = none.
    /// Without one, the demo packs' sets (numbers, US states) are used for their prompts automatically.
    Result<void> setAnswerSet(const QString &path);
    /// Near-duplicate clusters above this ROUGE-L F1 (0 = exact clusters only).
    void setMergeThreshold(double threshold);
    /// Demo model only: the typicality bias α of the next comparison (< 0 = the pack's default). For classroom mode.
    void setDemoAlpha(double alpha);
    /// Saves every comparison that ends in `session`'s history (when it is open); null = not saved.
    void setHistory(Session *session) { m_history = session; }
    /// Shows a saved comparison again (columns, metrics, ratios) without calling anything; refused while one runs.
    Result<void> show(const CompareResult &result);
    /// Id of the last comparison in the history (0 when not saved, or shown from the history).
    qint64 historyId() const { return m_historyId; }
    /// Adds semantic_diversity to every column once the calls are done: embeddings of the responses from this
    /// model of the same provider (each text once per session). Empty = off (the default; the demo model has none).
    void setEmbeddingsModel(const QString &model);
    QString embeddingsModel() const { return m_embeddingsModel; }
    /// Why the last comparison has no semantic_diversity although it was asked for (the provider's error, or
    /// cancelled); empty otherwise.
    QString embeddingsProblem() const { return m_embeddingsProblem; }
    /// True while the responses are being embedded (after the calls, before finished()).
    bool isEmbedding() const { return !m_embedJob.isNull(); }

    /// The last comparison (also while running: what arrived so far), one column per method in request order.
    const QList<LabColumn> &columns() const { return m_columns; }
    const std::optional<CompareResult> &result() const { return m_result; }
    /// metric key -> VS / direct, for the first VS method against direct (absent when either is missing or 0).
    QJsonObject ratios() const;

    /// The answer set in force for the last comparison (the user's file, or a demo pack's), or nullptr.
    const AnswerSet *answerSet() const { return m_activeAnswers ? &*m_activeAnswers : nullptr; }
    /// Where that answer set came from: the user's file, a resource path of a demo pack's set, or empty.
    QString answerSetSource() const { return m_activeAnswerSource; }
    double mergeThreshold() const { return m_mergeThreshold; }

    /// The compiled-in answer set of the demo pack `prompt` matches (numbers, US states, in any language of the
    /// packs), as a resource path; empty when the prompt matches no pack with an answer set.
    static QString demoAnswerSetFor(const QString &prompt);
    /// One column computed from an outcome: metrics, clusters (merged above `mergeThreshold` when > 0) and, for
    /// methods that state probabilities, the pooled stated share per cluster.
    static LabColumn column(const MethodOutcome &outcome, const AnswerSet *answers, double mergeThreshold);
    /// metric key -> VS / direct over numeric metrics of the first VS column and the direct column.
    static QJsonObject ratios(const QList<LabColumn> &columns);
    /// The three views side by side: stated (first VS column), observed and token-level (direct column).
    static LabCalibration calibration(const QList<LabColumn> &columns);
    LabCalibration calibration() const { return calibration(m_columns); }

Q_SIGNALS:
    void started();
    void progress(int done, int total);
    /// columns() changed (a call finished, or the comparison ended).
    void updated();
    void finished(const CompareResult &result);

private:
    void onCallFinished(int methodIndex);
    void recompute(int methodIndex);
    void onFinished(const CompareResult &result);
    /// Embeds every response of the finished comparison, then finishes; false when there is nothing to embed.
    bool startEmbeddings();
    void onEmbedded(const QStringList &texts, const QList<QList<float>> &vectors,
                    const std::optional<ProviderError> &error);
    void finishComparison();
    /// The answer set in force for `prompt`: the user's file, else the demo pack's, else none.
    void chooseAnswerSet(const QString &prompt);
    /// Per cluster, the mean sequence probability of its answers' tokens; empty when none had log-probabilities.
    static QList<double> tokenProbabilities(const MethodOutcome &outcome, const QList<Metrics::Cluster> &clusters);

    ProviderRegistry *m_providers;
    QList<LabColumn> m_columns;
    std::optional<CompareResult> m_result;
    QPointer<CompareJob> m_job;
    std::optional<AnswerSet> m_userAnswers;
    QString m_userAnswerPath;
    std::optional<AnswerSet> m_activeAnswers;
    QString m_activeAnswerSource;
    double m_mergeThreshold = 0.0;
    double m_demoAlpha = -1.0;
    QString m_embeddingsModel;
    QString m_embeddingsProblem;
    ProviderConfig m_embeddingsConfig; ///< the provider of the running comparison
    std::shared_ptr<EmbeddingsCache> m_embeddingsCache;
    QPointer<EmbeddingsJob> m_embedJob;
    Session *m_history = nullptr; ///< not owned; must outlive the lab (or be reset)
    qint64 m_historyId = 0;
    QList<int> m_dirty; ///< columns to recompute on the next coalesced update
    QTimer *m_updateTimer = nullptr;
};
