// SPDX-License-Identifier: Apache-2.0
#include "LabSession.h"

#include "metrics/Semantic.h"
#include "providers/demo/DemoPack.h"
#include "providers/EmbeddingsCache.h"
#include "providers/EmbeddingsJob.h"
#include "providers/Provider.h"
#include "session/CompareArchive.h"
#include "session/ProviderRegistry.h"
#include "session/Session.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <cmath>

namespace {
/// The translation context of the comparison's texts.
class CompareText
{
    Q_DECLARE_TR_FUNCTIONS(CompareText)
};

/// Live updates while calls finish are coalesced over this long, so a fast provider does not recompute the
/// metrics once per call.
constexpr int kUpdateIntervalMs = 50;

bool isVs(Method m)
{
    return m == Method::VsStandard || m == Method::VsCot || m == Method::VsMulti;
}
} // namespace

LabSession::LabSession(ProviderRegistry *providers, QObject *parent)
    : QObject(parent)
    , m_providers(providers)
    , m_updateTimer(new QTimer(this))
{
    m_updateTimer->setSingleShot(true);
    m_updateTimer->setInterval(kUpdateIntervalMs);
    connect(m_updateTimer, &QTimer::timeout, this, [this] {
        const QList<int> dirty = std::exchange(m_dirty, {});
        for (const int i : dirty)
            recompute(i);
        if (!dirty.isEmpty())
            Q_EMIT updated();
    });
}

LabSession::~LabSession()
{
    if (m_job)
        disconnect(m_job, nullptr, this, nullptr);
}

QString LabSession::demoAnswerSetFor(const QString &prompt)
{
    const DemoPackLibrary library = DemoPackLibrary::load();
    const DemoPack *pack = library.match(prompt);
    if (!pack)
        return {};
    // Translated packs carry a language suffix ("us-state-zh"); the answer sets hold every language's aliases.
    const QString id = pack->id;
    for (const QString &base : {QStringLiteral("random-number"), QStringLiteral("us-state")}) {
        if (id == base || id.startsWith(base + QLatin1Char('-')))
            return QStringLiteral(":/demo/answers/%1.txt").arg(base);
    }
    return {};
}

Result<void> LabSession::start(const CompareRequest &request)
{
    return start(request, m_providers->current());
}

Result<void> LabSession::start(const CompareRequest &request, std::shared_ptr<Provider> provider)
{
    if (isRunning())
        return fail(Failure::Kind::Busy, CompareText::tr("A comparison is already running."));
    if (const QString e = request.validate(); !e.isEmpty())
        return fail(Failure::Kind::BadInput, e);
    if (provider && m_demoAlpha >= 0.0) {
        ProviderConfig config = provider->config();
        const ProviderPreset *preset = ProviderPreset::find(config.presetId);
        if (preset && preset->kind == ProviderKind::Demo) {
            config.demoAlpha = m_demoAlpha;
            provider = m_providers->create(config);
        }
    }
    if (!provider)
        return fail(Failure::Kind::BadInput, CompareText::tr("No provider is selected."));
    if (!m_embeddingsModel.isEmpty()) {
        if (const std::optional<ProviderError> none = EmbeddingsJob::unsupported(provider->config()))
            return fail(Failure::Kind::BadInput, none->message);
    }
    m_embeddingsConfig = provider->config();
    m_embeddingsProblem.clear();

    chooseAnswerSet(request.prompt);

    if (m_job) {
        disconnect(m_job, nullptr, this, nullptr);
        m_job->deleteLater();
    }
    m_dirty.clear();
    m_updateTimer->stop();
    m_result.reset();
    m_columns.clear();
    auto *job = new CompareJob(std::move(provider), request, this);
    m_job = job;
    for (const MethodOutcome &o : job->result().methods)
        m_columns.append(column(o, answerSet(), m_mergeThreshold));
    connect(job, &CompareJob::progress, this, &LabSession::progress);
    connect(job, &CompareJob::callFinished, this, &LabSession::onCallFinished);
    connect(job, &CompareJob::finished, this, &LabSession::onFinished);
    Q_EMIT started();
    Q_EMIT updated();
    job->start();
    return {};
}

void LabSession::chooseAnswerSet(const QString &prompt)
{
    m_activeAnswers.reset();
    m_activeAnswerSource.clear();
    if (m_userAnswers) {
        m_activeAnswers = m_userAnswers;
        m_activeAnswerSource = m_userAnswerPath;
    } else if (const QString path = demoAnswerSetFor(prompt); !path.isEmpty()) {
        if (Result<AnswerSet> loaded = AnswerSet::load(path)) {
            m_activeAnswers = std::move(loaded).value();
            m_activeAnswerSource = path;
        }
    }
}

void LabSession::cancel()
{
    if (m_job)
        m_job->cancel();
    if (m_embedJob)
        m_embedJob->cancel();
}

bool LabSession::isRunning() const
{
    return (m_job && m_job->isRunning()) || isEmbedding();
}

int LabSession::callsDone() const
{
    return m_job ? m_job->callsDone() : 0;
}

int LabSession::callsTotal() const
{
    return m_job ? m_job->callsTotal() : 0;
}

Result<void> LabSession::setAnswerSet(const QString &path)
{
    if (path.isEmpty()) {
        m_userAnswers.reset();
        m_userAnswerPath.clear();
        return {};
    }
    Result<AnswerSet> loaded = AnswerSet::load(path);
    if (!loaded)
        return loaded.failure();
    m_userAnswers = std::move(loaded).value();
    m_userAnswerPath = path;
    return {};
}

void LabSession::setMergeThreshold(double threshold)
{
    m_mergeThreshold = std::clamp(threshold, 0.0, 1.0);
}

void LabSession::setDemoAlpha(double alpha)
{
    m_demoAlpha = alpha;
}

void LabSession::setEmbeddingsModel(const QString &model)
{
    m_embeddingsModel = model.trimmed();
}

void LabSession::onCallFinished(int methodIndex)
{
    if (!m_dirty.contains(methodIndex))
        m_dirty.append(methodIndex);
    if (!m_updateTimer->isActive())
        m_updateTimer->start();
}

void LabSession::recompute(int methodIndex)
{
    if (!m_job || methodIndex < 0 || methodIndex >= m_columns.size())
        return;
    m_columns[methodIndex] = column(m_job->result().methods.value(methodIndex), answerSet(), m_mergeThreshold);
}

void LabSession::onFinished(const CompareResult &result)
{
    m_dirty.clear();
    m_updateTimer->stop();
    m_result = result;
    m_columns.clear();
    for (const MethodOutcome &o : result.methods)
        m_columns.append(column(o, answerSet(), m_mergeThreshold));
    if (m_embeddingsModel.isEmpty() || !startEmbeddings())
        finishComparison();
    else
        Q_EMIT updated();
}

bool LabSession::startEmbeddings()
{
    if (m_result->cancelled) {
        m_embeddingsProblem = CompareText::tr("Cancelled before the responses were embedded.");
        return false;
    }
    QStringList texts;
    QSet<QString> seen;
    for (const LabColumn &c : std::as_const(m_columns)) {
        for (const QString &t : c.outcome.responses) {
            if (!seen.contains(t)) {
                seen.insert(t);
                texts.append(t);
            }
        }
    }
    if (texts.isEmpty())
        return false;
    if (!m_embeddingsCache)
        m_embeddingsCache = std::make_shared<EmbeddingsCache>();
    auto *job = new EmbeddingsJob(m_embeddingsConfig, m_providers->network(), m_embeddingsModel, texts,
                                  m_embeddingsCache, this);
    m_embedJob = job;
    connect(job, &EmbeddingsJob::finished, this,
            [this, job, texts](const QList<QList<float>> &vectors, const std::optional<ProviderError> &error) {
                job->deleteLater();
                m_embedJob.clear();
                onEmbedded(texts, vectors, error);
            });
    job->start();
    return true;
}

void LabSession::onEmbedded(const QStringList &texts, const QList<QList<float>> &vectors,
                            const std::optional<ProviderError> &error)
{
    if (error || vectors.size() != texts.size()) {
        m_embeddingsProblem = error ? error->message : CompareText::tr("The embeddings reply did not match the texts.");
        finishComparison();
        return;
    }
    QHash<QString, qsizetype> index;
    for (qsizetype i = 0; i < texts.size(); ++i)
        index.insert(texts[i], i);
    for (LabColumn &c : m_columns) {
        if (c.outcome.responses.size() < 2)
            continue; // a mean over pairs needs two responses
        QList<QList<float>> mine;
        for (const QString &t : std::as_const(c.outcome.responses))
            mine.append(vectors[index.value(t)]);
        c.metrics.semanticDiversity = Metrics::semanticDiversity(mine);
    }
    finishComparison();
}

Result<void> LabSession::show(const CompareResult &result)
{
    if (isRunning())
        return fail(Failure::Kind::Busy, CompareText::tr("A comparison is already running."));
    if (m_job) {
        disconnect(m_job, nullptr, this, nullptr);
        m_job->deleteLater();
    }
    chooseAnswerSet(result.request.prompt);
    m_embeddingsProblem.clear();
    m_historyId = 0;
    m_result = result;
    m_columns.clear();
    for (const MethodOutcome &o : result.methods)
        m_columns.append(column(o, answerSet(), m_mergeThreshold));
    Q_EMIT started();
    Q_EMIT updated();
    Q_EMIT finished(result);
    return {};
}

void LabSession::finishComparison()
{
    m_historyId = m_history ? m_history->archive(CompareArchive::toEntry(*m_result)) : 0;
    Q_EMIT updated();
    Q_EMIT finished(*m_result);
}

LabColumn LabSession::column(const MethodOutcome &outcome, const AnswerSet *answers, double mergeThreshold)
{
    LabColumn c;
    c.outcome = outcome;
    c.metrics = Metrics::compute(outcome.responses, answers);
    c.clusters =
        mergeThreshold > 0.0 ? Metrics::mergeNearDuplicates(c.metrics.clusters, mergeThreshold) : c.metrics.clusters;
    c.tokenProbability = tokenProbabilities(outcome, c.clusters);
    if (!Names::methodVerbalizes(outcome.method))
        return c;

    QHash<QString, int> clusterOf;
    for (int i = 0; i < c.clusters.size(); ++i) {
        clusterOf.insert(c.clusters[i].key, i);
        for (const QString &key : c.clusters[i].mergedKeys)
            clusterOf.insert(key, i);
    }
    QList<double> sums(c.clusters.size(), 0.0);
    bool any = false;
    for (qsizetype i = 0; i < outcome.responses.size(); ++i) {
        const double p = outcome.stated.value(i, std::nan(""));
        if (std::isnan(p))
            continue;
        const auto it = clusterOf.constFind(Metrics::normalize(outcome.responses[i]));
        if (it == clusterOf.cend())
            continue;
        sums[*it] += p;
        any = true;
    }
    // Pooled over calls: the mean per call of each cluster's stated mass, then normalized over the clusters (a
    // call that never named a cluster contributes 0 to it).
    const int calls = std::max(1, outcome.calls);
    double total = 0.0;
    for (double &s : sums) {
        s /= calls;
        total += s;
    }
    if (!any || total <= 0.0)
        return c;
    for (double &s : sums)
        s /= total;
    c.statedShare = sums;
    return c;
}

QJsonObject LabSession::ratios(const QList<LabColumn> &columns)
{
    const LabColumn *direct = nullptr;
    const LabColumn *vs = nullptr;
    for (const LabColumn &c : columns) {
        if (!direct && c.outcome.method == Method::Direct)
            direct = &c;
        if (!vs && isVs(c.outcome.method))
            vs = &c;
    }
    QJsonObject out;
    if (!direct || !vs || direct->outcome.responses.isEmpty() || vs->outcome.responses.isEmpty())
        return out;
    const QJsonObject d = direct->metrics.toJson();
    const QJsonObject v = vs->metrics.toJson();
    for (auto it = v.constBegin(); it != v.constEnd(); ++it) {
        const QJsonValue dv = d.value(it.key());
        if (!it.value().isDouble() || !dv.isDouble() || dv.toDouble() == 0.0)
            continue;
        out.insert(it.key(), it.value().toDouble() / dv.toDouble());
    }
    return out;
}

QList<double> LabSession::tokenProbabilities(const MethodOutcome &outcome, const QList<Metrics::Cluster> &clusters)
{
    QHash<QString, int> clusterOf;
    for (int i = 0; i < clusters.size(); ++i) {
        clusterOf.insert(clusters[i].key, i);
        for (const QString &key : clusters[i].mergedKeys)
            clusterOf.insert(key, i);
    }
    QList<double> sums(clusters.size(), 0.0);
    QList<int> counts(clusters.size(), 0);
    bool any = false;
    for (qsizetype i = 0; i < outcome.responses.size() && i < outcome.tokenLogprob.size(); ++i) {
        const double lp = outcome.tokenLogprob[i];
        const auto it = clusterOf.constFind(Metrics::normalize(outcome.responses[i]));
        if (std::isnan(lp) || it == clusterOf.cend())
            continue;
        sums[*it] += std::exp(lp);
        ++counts[*it];
        any = true;
    }
    if (!any)
        return {};
    for (int i = 0; i < sums.size(); ++i)
        sums[i] = counts[i] > 0 ? sums[i] / counts[i] : std::nan("");
    return sums;
}

LabCalibration LabSession::calibration(const QList<LabColumn> &columns)
{
    const LabColumn *direct = nullptr;
    const LabColumn *vs = nullptr;
    for (const LabColumn &c : columns) {
        if (!direct && c.outcome.method == Method::Direct)
            direct = &c;
        if (!vs && isVs(c.outcome.method) && !c.statedShare.isEmpty())
            vs = &c;
    }
    LabCalibration out;
    QHash<QString, double> stated;
    QHash<QString, double> observed;
    QHash<QString, double> token;
    QHash<QString, QString> textOf;
    QStringList order;
    const auto note = [&](const Metrics::Cluster &cl) {
        if (!textOf.contains(cl.key)) {
            textOf.insert(cl.key, cl.representative);
            order.append(cl.key);
        }
    };
    if (direct && !direct->outcome.responses.isEmpty()) {
        const double n = double(direct->outcome.responses.size());
        double tokenTotal = 0.0;
        for (int i = 0; i < direct->clusters.size(); ++i) {
            note(direct->clusters[i]);
            observed.insert(direct->clusters[i].key, direct->clusters[i].count / n);
            const double t = direct->tokenProbability.value(i, std::nan(""));
            if (!std::isnan(t)) {
                token.insert(direct->clusters[i].key, t);
                tokenTotal += t;
            }
        }
        if (tokenTotal > 0.0) {
            for (double &t : token)
                t /= tokenTotal;
            out.observedToken = Metrics::totalVariation(observed, token);
        } else {
            token.clear();
        }
    }
    if (vs) {
        for (int i = 0; i < vs->clusters.size() && i < vs->statedShare.size(); ++i) {
            note(vs->clusters[i]);
            stated.insert(vs->clusters[i].key, vs->statedShare[i]);
        }
        if (!observed.isEmpty())
            out.statedObserved = Metrics::totalVariation(stated, observed);
    }
    for (const QString &key : std::as_const(order)) {
        out.rows.append({key, textOf.value(key), stated.isEmpty() ? std::nan("") : stated.value(key, 0.0),
                         observed.isEmpty() ? std::nan("") : observed.value(key, 0.0),
                         token.isEmpty() ? std::nan("") : token.value(key, 0.0)});
    }
    std::stable_sort(out.rows.begin(), out.rows.end(), [](const LabCalibration::Row &a, const LabCalibration::Row &b) {
        return a.observed > b.observed;
    });
    return out;
}

QJsonObject LabSession::ratios() const
{
    return ratios(m_columns);
}
