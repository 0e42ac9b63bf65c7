// SPDX-License-Identifier: Apache-2.0
#include "Session.h"

#include "session/CompareArchive.h"
#include "session/ProviderRegistry.h"
#include "session/RunArchive.h"
#include "store/HistoryStore.h"

#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QRegularExpression>

Session::Session(ProviderRegistry *providers, QObject *parent)
    : QObject(parent)
    , m_providers(providers)
    , m_sampler(SessionSampler::randomSeed())
{}

Session::~Session()
{
    if (m_run) {
        disconnect(m_run, nullptr, this, nullptr);
        m_run->cancel();
    }
}

// ---- history --------------------------------------------------------------------------------------------------

Result<void> Session::openHistory(const QString &path)
{
    if (!m_historyEnabled)
        return fail(Failure::Kind::Unavailable, tr("The run history is off for this session."));
    auto store = std::make_unique<HistoryStore>();
    if (const Result<void> opened = store->open(path); !opened) {
        m_history.reset();
        return opened;
    }
    m_history = std::move(store);
    if (const QString notice = m_history->notice(); !notice.isEmpty()) {
        // Queued, so a front end that connects right after opening hears it too.
        QMetaObject::invokeMethod(
            this, [this, notice] { Q_EMIT historyFailed(notice); }, Qt::QueuedConnection);
    }
    Q_EMIT historyChanged(0);
    return {};
}

void Session::setHistoryEnabled(bool enabled)
{
    m_historyEnabled = enabled;
    if (!enabled && m_history) {
        m_history.reset();
        Q_EMIT historyChanged(0);
    }
}

bool Session::isHistoryOpen() const
{
    return m_history && m_history->isOpen();
}

QString Session::historyPath() const
{
    return m_history ? m_history->path() : QString();
}

QList<HistoryEntry> Session::recentRuns(int limit) const
{
    return m_history ? m_history->list(limit) : QList<HistoryEntry>();
}

Result<void> Session::restore(qint64 id)
{
    if (m_run)
        return fail(Failure::Kind::Busy, tr("Wait for the run to finish, or cancel it, before restoring another."));
    if (!isHistoryOpen())
        return fail(Failure::Kind::Unavailable, tr("The run history is not open."));
    const std::optional<HistoryEntry> entry = m_history->get(id);
    if (!entry)
        return fail(Failure::Kind::NotFound, tr("Run %1 is not in the history.").arg(id));
    if (entry->kind == QLatin1String("compare")) {
        // A comparison belongs to the lab: whoever shows the lab shows it; what the window shows stays.
        Result<CompareResult> compared = CompareArchive::fromEntry(*entry);
        if (!compared)
            return compared.failure();
        Q_EMIT comparisonOpened(compared.value());
        return {};
    }
    Result<SavedRun> run = RunArchive::fromEntry(*entry);
    if (!run)
        return run.failure();
    // "New distribution" must ask the same model the restored run asked.
    if (!entry->provider.isEmpty())
        (void)m_providers->setCurrent(entry->provider, entry->model);
    show(*run, Origin::History, QLocale().toString(entry->createdAt.toLocalTime(), QLocale::ShortFormat));
    m_historyId = id;
    m_starred = entry->starredCandidates;
    Q_EMIT starsChanged();
    // The run's draws come back as they were (each draw is its seed replayed); the next draw starts from the run's
    // seed again, as after the run.
    const QList<SampleDraw> draws = RunArchive::drawsFrom(entry->draws);
    if (!draws.isEmpty()) {
        const quint64 next = m_sampler.seed();
        for (const SampleDraw &d : draws) {
            m_sampler.setSeed(d.seed);
            if (d.count > 1)
                (void)m_sampler.drawMany(d.count);
            else
                (void)m_sampler.drawOne();
        }
        m_sampler.setSeed(next);
        Q_EMIT drawsChanged();
    }
    return {};
}

Result<void> Session::deleteRun(qint64 id)
{
    if (!m_history || !m_history->remove(id))
        return fail(Failure::Kind::NotFound, tr("The run could not be deleted from the history."));
    Q_EMIT historyChanged(0);
    return {};
}

Result<void> Session::clearHistory()
{
    if (!m_history || !m_history->clear())
        return fail(Failure::Kind::Io, tr("The history could not be cleared."));
    Q_EMIT historyChanged(0);
    return {};
}

void Session::save(const RunResult &result)
{
    if (!m_history)
        return;
    // Every run is kept, failed ones too (also before any reply): the error is what there is to see again.
    const qint64 id = m_history->add(RunArchive::toEntry(m_request, result));
    m_historyId = id;
    if (id <= 0) {
        Q_EMIT historyFailed(tr("This run could not be saved in the history: %1").arg(m_history->lastError()));
        return;
    }
    Q_EMIT historyChanged(id);
}

Result<void> Session::toggleCandidateStars(const QList<int> &indexes)
{
    if (!m_history || m_historyId <= 0 || (m_origin != Origin::Run && m_origin != Origin::History))
        return fail(Failure::Kind::Unavailable,
                    tr("Only a run saved in the history can have starred candidates (the history is off, or this "
                       "distribution came from a file)."));
    const bool star = std::any_of(indexes.cbegin(), indexes.cend(), [this](int i) { return !m_starred.contains(i); });
    for (const int i : indexes) {
        if (i < 0 || i >= m_distribution.size() || !m_history->setCandidateStarred(m_historyId, i, star))
            return fail(Failure::Kind::Io, tr("The star could not be saved: %1").arg(m_history->lastError()));
        if (star && !m_starred.contains(i))
            m_starred.append(i);
        else if (!star)
            m_starred.removeAll(i);
    }
    Q_EMIT starsChanged();
    Q_EMIT historyChanged(0);
    return {};
}

qint64 Session::archive(const HistoryEntry &entry)
{
    if (!m_history)
        return 0;
    const qint64 id = m_history->add(entry);
    if (id <= 0) {
        Q_EMIT historyFailed(tr("This comparison could not be saved in the history: %1").arg(m_history->lastError()));
        return 0;
    }
    Q_EMIT historyChanged(0);
    return id;
}

void Session::saveDraws()
{
    if (!m_history || m_historyId <= 0 || (m_origin != Origin::Run && m_origin != Origin::History))
        return;
    m_history->setDraws(m_historyId, RunArchive::drawsJson(m_sampler.history(), m_sampler.generation()));
}

// ---- runs -----------------------------------------------------------------------------------------------------

Result<void> Session::generate(const RunRequest &request)
{
    if (m_run)
        return fail(Failure::Kind::Busy, tr("A run is in progress: wait for it or cancel it (Esc)."));
    if (request.prompt.trimmed().isEmpty())
        return fail(Failure::Kind::BadInput, tr("Type a prompt first."));
    if (const QString invalid = request.settings.validate(); !invalid.isEmpty())
        return fail(Failure::Kind::BadInput, invalid);
    const std::shared_ptr<Provider> provider = m_providers->current();
    if (!provider)
        return fail(Failure::Kind::BadInput, tr("No provider is selected."));

    m_request = request;
    m_request.prompt = request.prompt.trimmed();
    m_origin = Origin::Run;
    m_historyId = 0;
    m_originDetail.clear();
    m_streamed.clear();
    m_distribution = Distribution();
    m_result.reset();
    m_sampler.setDistribution(Distribution());
    m_chars = 0;
    m_bytes = 0;
    m_clock.start();

    m_runSimulated = provider->isSimulated();
    auto *run = new Run(provider, m_request, this);
    m_run = run;
    connect(run, &Run::candidateReady, this, &Session::onCandidate);
    connect(run, &Run::progress, this, [this](qint64 chars, qint64 ms) {
        m_chars = chars;
        Q_EMIT progress(chars, ms);
    });
    connect(run, &Run::bytesReceived, this, [this](qint64 bytes) { m_bytes = bytes; });
    connect(run, &Run::callStarted, this, &Session::callStarted);
    connect(run, &Run::rawText, this, &Session::rawText);
    connect(run, &Run::finished, this, &Session::onRunFinished);
    Q_EMIT runStarted();
    run->start();
    return {};
}

void Session::cancel()
{
    if (m_run)
        m_run->cancel();
}

int Session::candidatesExpected() const
{
    return Names::methodAsksForMany(m_request.settings.method) ? m_request.settings.k : 1;
}

void Session::onCandidate(const Candidate &candidate)
{
    m_streamed.append(candidate);
    PostProcessOptions options = PostProcessOptions::fromSettings(m_request.settings);
    options.requestedK = 0; // "fewer than asked" is for the end of the run
    m_distribution = Distribution::build(m_streamed, options);
    Q_EMIT candidateArrived(candidate);
}

void Session::onRunFinished(const RunResult &result)
{
    if (Run *run = m_run) {
        m_run = nullptr;
        run->deleteLater();
    }
    m_result = result;
    m_distribution = result.distribution;
    m_sampler.setDistribution(m_distribution);
    m_sampler.setSeed(m_request.settings.seed.value_or(SessionSampler::randomSeed()));
    m_starred.clear();
    save(result);
    Q_EMIT starsChanged();
    Q_EMIT runFinished(result);
}

RunOutcome Session::outcome() const
{
    return m_result ? RunOutcome::of(*m_result) : RunOutcome{};
}

bool Session::isShownSimulated() const
{
    if (m_run)
        return m_runSimulated;
    return m_result && m_result->simulated;
}

void Session::show(const SavedRun &run, Origin origin, const QString &detail)
{
    m_origin = origin;
    m_originDetail = detail;
    m_request = run.request;
    m_streamed.clear();
    m_result = run.result;
    m_distribution = run.result.distribution;
    m_sampler.setDistribution(m_distribution);
    m_sampler.setSeed(m_request.settings.seed.value_or(SessionSampler::randomSeed()));
    m_starred.clear();
    Q_EMIT loaded();
    Q_EMIT starsChanged();
}

// ---- sampling -------------------------------------------------------------------------------------------------

std::optional<SampleDraw> Session::sampleOne()
{
    if (m_run)
        return std::nullopt;
    const std::optional<SampleDraw> draw = m_sampler.drawOne();
    if (draw) {
        saveDraws();
        Q_EMIT drawsChanged();
    }
    return draw;
}

std::optional<SampleDraw> Session::sampleMany(int n)
{
    if (m_run)
        return std::nullopt;
    const std::optional<SampleDraw> draw = m_sampler.drawMany(n);
    if (draw) {
        saveDraws();
        Q_EMIT drawsChanged();
    }
    return draw;
}

void Session::clearDraws()
{
    m_sampler.clearHistory();
    Q_EMIT drawsChanged();
}

void Session::setNextSeed(quint64 seed)
{
    if (m_run)
        return;
    m_sampler.setSeed(seed);
    Q_EMIT drawsChanged();
}

// ---- files ----------------------------------------------------------------------------------------------------

Result<void> Session::exportTo(const QString &path) const
{
    if (!canExport())
        return fail(Failure::Kind::BadInput,
                    tr("There is no distribution to export yet: generate one or open a file first."));
    const DistributionFile::Format format = DistributionFile::formatForPath(path);
    return DistributionFile::write(path, DistributionFile::encode(m_request, *m_result, format));
}

Result<void> Session::openFile(const QString &path)
{
    if (m_run)
        return fail(Failure::Kind::Busy,
                    tr("Wait for the run to finish, or cancel it, before opening a distribution."));
    const Result<SavedRun> run = DistributionFile::read(path);
    if (!run)
        return run.failure();
    show(*run, Origin::File, QFileInfo(path).fileName());
    m_historyId = 0;
    return {};
}

QString Session::suggestedFileName(const QString &suffix) const
{
    static const QRegularExpression unsafe(QStringLiteral("[^\\w]+"), QRegularExpression::UseUnicodePropertiesOption);
    static const QRegularExpression edges(QStringLiteral("^-+|-+$"));
    QString base = m_request.prompt.left(48).toLower().replace(unsafe, QStringLiteral("-"));
    base.remove(edges);
    if (base.isEmpty())
        base = QStringLiteral("distribution");
    return base + QLatin1Char('.') + suffix;
}
