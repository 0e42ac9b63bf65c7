// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "base/Result.h"
#include "export/DistributionFile.h"
#include "run/Compare.h"
#include "run/Run.h"
#include "run/RunOutcome.h"
#include "run/SessionSampler.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QObject>
#include <QPointer>

#include <memory>
#include <optional>

class HistoryStore;
struct HistoryEntry;
class ProviderRegistry;

/**
 * What one front end is working on, free of widgets: the run in progress and its request, the provisional and then
 * final distribution, the run's result, where the distribution shown came from, the sampler and its draw history,
 * the rule for what is saved to the history, and import and export. The GUI, the lab and the tests drive this; a view
 * only presents its state and forwards the user's actions.
 */
class Session final : public QObject
{
    Q_OBJECT
public:
    /// Where the distribution shown came from.
    enum class Origin {
        None,
        Run,
        History,
        File
    };

    /// `providers` must outlive the session.
    explicit Session(ProviderRegistry *providers, QObject *parent = nullptr);
    ~Session() override;
    Q_DISABLE_COPY_MOVE(Session)

    ProviderRegistry *providers() const { return m_providers; }

    // ---- history ----
    /// Opens the run history at `path` (empty = the user's data folder). Runs are saved only while it is open.
    Result<void> openHistory(const QString &path = {});
    /// Off: runs are not saved and the database is closed (scripted sessions, `--no-history`).
    void setHistoryEnabled(bool enabled);
    bool historyEnabled() const { return m_historyEnabled; }
    bool isHistoryOpen() const;
    QString historyPath() const;
    /// The open history (search, filters, pages, stars, import) for views that list it; null when off.
    HistoryStore *historyStore() const { return m_history.get(); }
    /// Newest first; empty when the history is off.
    QList<HistoryEntry> recentRuns(int limit = 500) const;
    /// Shows a saved run again (distribution, prompt, settings, provider and model, raw replies) without a call.
    Result<void> restore(qint64 id);
    Result<void> deleteRun(qint64 id);
    /// Saves a run made elsewhere (a comparison of the lab) while the history is open; its id, or 0 when the
    /// history is off or the save failed (historyFailed() says why).
    qint64 archive(const HistoryEntry &entry);
    /// Stars the candidates at `indexes` (into distribution().items()) of the saved run shown, or unstars them when
    /// all are starred already; refused when the run is not in the history.
    Result<void> toggleCandidateStars(const QList<int> &indexes);
    /// The starred candidates of the run shown (indexes into distribution().items()).
    QList<int> starredCandidates() const { return m_starred; }
    Result<void> clearHistory();

    // ---- runs ----
    /// Starts a run on the current provider. Refused (with the reason) while one runs or when settings are invalid.
    Result<void> generate(const RunRequest &request);
    void cancel();
    bool isRunning() const { return m_run != nullptr; }
    /// The request of the distribution shown, or of the run in progress.
    const RunRequest &request() const { return m_request; }
    /// The distribution shown: provisional while a run streams.
    const Distribution &distribution() const { return m_distribution; }
    /// The finished run shown (also a restored or opened one); empty while running or before the first.
    const std::optional<RunResult> &result() const { return m_result; }
    RunOutcome outcome() const;
    Origin origin() const { return m_origin; }
    /// The restored run's time (local, short) or the opened file's name.
    QString originDetail() const { return m_originDetail; }
    /// True when the distribution shown (or the run in progress) comes from the simulated demo model.
    bool isShownSimulated() const;
    /// Progress of the run in progress.
    qint64 charsReceived() const { return m_chars; }
    qint64 bytesReceived() const { return m_bytes; }
    qint64 elapsedMs() const { return m_clock.isValid() ? m_clock.elapsed() : 0; }
    int candidatesReceived() const { return int(m_streamed.size()); }
    int candidatesExpected() const;

    // ---- sampling ----
    const SessionSampler &sampler() const { return m_sampler; }
    std::optional<SampleDraw> sampleOne();
    std::optional<SampleDraw> sampleMany(int n);
    void clearDraws();
    /// The seed of the next draw (the seed field of the settings, while no run is busy).
    void setNextSeed(quint64 seed);

    // ---- files ----
    /// Writes the distribution shown; the format follows the suffix (.csv, .md, else to_dict JSON). Never a key.
    Result<void> exportTo(const QString &path) const;
    /// Shows a to_dict JSON distribution (VS Lab's or the Python package's); on failure nothing changes.
    Result<void> openFile(const QString &path);
    bool canExport() const { return !m_run && m_result && !m_distribution.isEmpty(); }
    /// A file name from the prompt's first words, in any script ("tell-me-a-joke.json").
    QString suggestedFileName(const QString &suffix) const;

Q_SIGNALS:
    void runStarted();
    void callStarted(int call, const Conversation &messages);
    void rawText(int call, const QString &delta);
    /// A candidate arrived: distribution() is the new provisional one.
    void candidateArrived(const Candidate &candidate);
    void progress(qint64 chars, qint64 elapsedMs);
    /// A run ended; distribution() and result() are final. Emitted after the run was saved.
    void runFinished(const RunResult &result);
    /// A saved run or a file replaced what is shown.
    void loaded();
    void drawsChanged();
    /// The history's content changed; `select` is the run to select (0 = keep).
    void historyChanged(qint64 select);
    /// A run could not be saved; everything else works.
    void historyFailed(const QString &message);
    /// starredCandidates() changed.
    void starsChanged();
    /// restore() of a comparison: the lab shows it (nothing else changes).
    void comparisonOpened(const CompareResult &result);

private:
    void onCandidate(const Candidate &candidate);
    void onRunFinished(const RunResult &result);
    void show(const SavedRun &run, Origin origin, const QString &detail);
    void save(const RunResult &result);
    void saveDraws();

    ProviderRegistry *m_providers;
    std::unique_ptr<HistoryStore> m_history;
    /// The saved run shown (just run or restored): its draws are kept with it. 0 = none.
    qint64 m_historyId = 0;
    QList<int> m_starred; ///< starred candidates of the run shown
    bool m_historyEnabled = true;
    QPointer<Run> m_run;
    RunRequest m_request;
    QList<Candidate> m_streamed;
    Distribution m_distribution;
    std::optional<RunResult> m_result;
    Origin m_origin = Origin::None;
    QString m_originDetail;
    qint64 m_chars = 0;
    qint64 m_bytes = 0;
    QElapsedTimer m_clock;
    bool m_runSimulated = false;
    SessionSampler m_sampler;
};
