// SPDX-License-Identifier: Apache-2.0
#include "BatchJob.h"

#include "BatchNetworkAccess.h"

#include "providers/Provider.h"
#include "providers/RetryPolicy.h"

#include <QDateTime>
#include <QPointer>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>

namespace {
constexpr int connectionsPerManager = 6; // Qt's HTTP/1.1 limit per host and QNetworkAccessManager
constexpr qint64 defaultPauseMs = 1000;  // a 429 without a hint
constexpr qint64 maxPauseMs = 120000;
} // namespace

// ---- BatchRateGate

BatchRateGate::BatchRateGate(double rpm, double tpm)
    : m_rpmPerMs(rpm > 0 ? rpm / 60000.0 : 0)
    , m_tpmPerMs(tpm > 0 ? tpm / 60000.0 : 0)
    // Bursts of at most one second's worth keep the pace even.
    , m_requestCap(std::max(1.0, rpm / 60.0))
    , m_tokenCap(std::max(1.0, tpm / 60.0))
    , m_requests(m_requestCap)
    , m_tokens(m_tokenCap)
{}

void BatchRateGate::refill(qint64 nowMs) const
{
    const double elapsed = double(std::max<qint64>(0, nowMs - m_last));
    m_last = nowMs;
    if (m_rpmPerMs > 0)
        m_requests = std::min(m_requestCap, m_requests + elapsed * m_rpmPerMs);
    if (m_tpmPerMs > 0)
        m_tokens = std::min(m_tokenCap, m_tokens + elapsed * m_tpmPerMs);
}

qint64 BatchRateGate::waitMs(qint64 nowMs) const
{
    refill(nowMs);
    qint64 wait = std::max<qint64>(0, m_pausedUntil - nowMs);
    if (m_rpmPerMs > 0 && m_requests < 1.0)
        wait = std::max(wait, qint64(std::ceil((1.0 - m_requests) / m_rpmPerMs)));
    if (m_tpmPerMs > 0 && m_tokens <= 0)
        wait = std::max(wait, qint64(std::ceil((1.0 - m_tokens) / m_tpmPerMs)));
    return wait;
}

void BatchRateGate::take(qint64 nowMs, qint64 tokens)
{
    refill(nowMs);
    if (m_rpmPerMs > 0)
        m_requests -= 1.0;
    if (m_tpmPerMs > 0)
        m_tokens -= double(tokens);
}

void BatchRateGate::settle(qint64 estimate, qint64 actual)
{
    if (m_tpmPerMs > 0 && actual >= 0)
        m_tokens = std::min(m_tokenCap, m_tokens + double(estimate - actual));
}

std::optional<qint64> BatchRateGate::parseResetDuration(const QByteArray &value)
{
    static const QRegularExpression part(QStringLiteral("(\\d+(?:\\.\\d+)?)(ms|h|m|s)"));
    const QString text = QString::fromLatin1(value).trimmed();
    if (text.isEmpty())
        return std::nullopt;
    double ms = 0;
    qsizetype consumed = 0;
    for (auto it = part.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        if (m.capturedStart() != consumed)
            return std::nullopt;
        consumed = m.capturedEnd();
        const double n = m.captured(1).toDouble();
        const QString unit = m.captured(2);
        ms += unit == QLatin1String("ms")  ? n
              : unit == QLatin1String("s") ? n * 1000
              : unit == QLatin1String("m") ? n * 60000
                                           : n * 3600000;
    }
    if (consumed != text.size()) {
        bool ok = false; // a bare number: seconds
        const double seconds = text.toDouble(&ok);
        return ok && seconds >= 0 ? std::optional<qint64>(qint64(seconds * 1000)) : std::nullopt;
    }
    return qint64(std::ceil(ms));
}

bool BatchRateGate::observe(qint64 nowMs, int status, const QHash<QByteArray, QByteArray> &headers,
                            const QDateTime &utcNow)
{
    qint64 pause = 0;
    if (status == 429) {
        pause = RetryPolicy::serverHintMs(headers.value("retry-after-ms"), headers.value("retry-after"), {}, utcNow)
                    .value_or(defaultPauseMs);
    }
    for (const char *kind : {"requests", "tokens"}) {
        const QByteArray k(kind);
        if (headers.value("x-ratelimit-remaining-" + k).trimmed() == "0") {
            if (const auto reset = parseResetDuration(headers.value("x-ratelimit-reset-" + k)))
                pause = std::max(pause, *reset);
        }
        if (headers.value("anthropic-ratelimit-" + k + "-remaining").trimmed() == "0") {
            const QDateTime at = QDateTime::fromString(
                QString::fromLatin1(headers.value("anthropic-ratelimit-" + k + "-reset")), Qt::ISODateWithMs);
            if (at.isValid())
                pause = std::max(pause, utcNow.msecsTo(at));
        }
    }
    pause = std::min(pause, maxPauseMs);
    if (pause <= 0 || nowMs + pause <= m_pausedUntil)
        return false;
    const bool wasOpen = m_pausedUntil <= nowMs;
    m_pausedUntil = nowMs + pause;
    return wasOpen;
}

// ---- BatchJob

struct BatchJob::Flight
{
    BatchItem item;
    Run *run = nullptr;
    int provider = 0;
    qint64 estimate = 0;
};

BatchJob::BatchJob(ProviderConfig config, BatchLimits limits, bool samplesOnly, QObject *parent)
    : QObject(parent)
    , m_config(std::move(config))
    , m_limits(limits)
    , m_samplesOnly(samplesOnly)
    , m_gate(limits.rpm, limits.tpm)
{
    m_limits.concurrency = std::clamp(m_limits.concurrency, 1, BatchLimits::concurrencyMax);
    m_wait.setSingleShot(true);
    connect(&m_wait, &QTimer::timeout, this, &BatchJob::pump);
    const int managers = (m_limits.concurrency + connectionsPerManager - 1) / connectionsPerManager;
    for (int i = 0; i < managers; ++i) {
        auto *nam = new BatchNetworkAccess(
            [this](int status, const QHash<QByteArray, QByteArray> &headers) { onHeaders(status, headers); }, this);
        m_networks.push_back(nam);
        m_providers.push_back(std::shared_ptr<Provider>(Provider::create(m_config, nam)));
        m_providerLoad.push_back(0);
    }
}

BatchJob::~BatchJob()
{
    for (const auto &f : m_flights) {
        f->run->disconnect(this);
        f->run->cancel();
    }
}

Result<void> BatchJob::open(const QString &input, const GenerationSettings &defaults, const QString &output)
{
    if (Result<void> opened = m_reader.open(input, defaults); !opened)
        return opened;
    if (Result<void> opened = m_output.open(output); !opened)
        return opened;
    m_alreadyDone = m_output.doneCount();
    // A cheap first pass for "n of total"; standard input cannot be read twice.
    if (!input.isEmpty() && input != QLatin1String("-")) {
        QFile f(input);
        if (f.open(QIODevice::ReadOnly)) {
            int lines = 0;
            for (QByteArray raw = f.readLine(); !raw.isEmpty(); raw = f.readLine()) {
                if (!raw.trimmed().isEmpty())
                    ++lines;
            }
            m_summary.total = lines;
        }
    }
    return {};
}

const BatchSummary &BatchJob::summary() const
{
    m_summary.inFlight = int(m_flights.size());
    m_summary.wallMs = m_clock.isValid() ? m_clock.elapsed() : 0;
    return m_summary;
}

void BatchJob::start()
{
    if (m_running)
        return;
    m_running = true;
    m_clock.start();
    QMetaObject::invokeMethod(this, &BatchJob::pump, Qt::QueuedConnection);
}

void BatchJob::cancel()
{
    if (!m_running || m_summary.cancelled)
        return;
    m_summary.cancelled = true;
    m_wait.stop();
    // Copies: a run may finish (and leave m_flights) from inside cancel().
    QList<QPointer<Run>> runs;
    for (const auto &f : m_flights)
        runs.append(f->run);
    for (const QPointer<Run> &run : std::as_const(runs)) {
        if (run)
            run->cancel();
    }
    finishIfDone();
}

void BatchJob::pump()
{
    if (m_pumping || !m_running || m_finished)
        return;
    m_pumping = true;
    while (!m_summary.cancelled && m_summary.writeError.isEmpty() && !m_inputDone &&
           int(m_flights.size()) < m_limits.concurrency) {
        const qint64 wait = m_gate.waitMs(m_clock.elapsed());
        if (wait > 0) {
            m_wait.start(int(std::min<qint64>(wait, maxPauseMs)));
            break;
        }
        std::optional<Result<BatchItem>> next = m_reader.next();
        if (!next) {
            m_inputDone = true;
            break;
        }
        if (!next->ok()) {
            const QString id = QString::number(m_reader.lastLine());
            write(BatchOutput::errorLine(id, QStringLiteral("bad_input"), next->message(), m_reader.lastLine()), false,
                  QStringLiteral("bad_input"));
            continue;
        }
        BatchItem item = std::move(*next).value();
        if (m_output.isDone(item.id) || m_started.contains(item.id)) {
            ++m_summary.skipped;
            Q_EMIT progress(summary());
            continue;
        }
        startItem(std::move(item));
    }
    m_pumping = false;
    finishIfDone();
}

qint64 BatchJob::estimateTokens(const RunRequest &request, int maxTokens)
{
    qint64 chars = 0;
    for (const ChatMessage &m : Run::previewMessages(request))
        chars += m.content.size();
    return chars / 4 + maxTokens;
}

void BatchJob::startItem(BatchItem item)
{
    auto flight = std::make_unique<Flight>();
    const auto least = std::min_element(m_providerLoad.begin(), m_providerLoad.end());
    flight->provider = int(least - m_providerLoad.begin());
    ++*least;
    flight->estimate = estimateTokens(item.request, m_config.maxTokens);
    m_gate.take(m_clock.elapsed(), flight->estimate);
    m_started.insert(item.id);
    flight->item = std::move(item);
    flight->run = new Run(m_providers[size_t(flight->provider)], flight->item.request, this);
    Flight *raw = flight.get();
    connect(flight->run, &Run::finished, this, [this, raw](const RunResult &result) { onRunFinished(raw, result); });
    m_flights.push_back(std::move(flight));
    raw->run->start();
}

void BatchJob::onRunFinished(Flight *flight, const RunResult &result)
{
    const auto it =
        std::find_if(m_flights.begin(), m_flights.end(), [flight](const auto &f) { return f.get() == flight; });
    if (it == m_flights.end())
        return;
    std::unique_ptr<Flight> f = std::move(*it);
    m_flights.erase(it);
    --m_providerLoad[size_t(f->provider)];
    f->run->deleteLater();
    const Usage &u = result.usage;
    m_summary.inputTokens += std::max<qint64>(0, u.inputTokens);
    m_summary.outputTokens += std::max<qint64>(0, u.outputTokens);
    m_gate.settle(f->estimate,
                  u.isKnown() ? std::max<qint64>(0, u.inputTokens) + std::max<qint64>(0, u.outputTokens) : -1);
    if (m_summary.cancelled || result.cancelled) {
        // Not written: a rerun does it again.
        m_started.remove(f->item.id);
    } else if (result.error) {
        write(BatchOutput::errorLine(f->item.id, *result.error), false, ProviderError::codeName(result.error->code));
    } else if (result.distribution.isEmpty()) {
        write(BatchOutput::errorLine(f->item.id, QStringLiteral("no_candidates"), result.parseError), false,
              QStringLiteral("no_candidates"));
    } else {
        write(BatchOutput::itemLine(f->item.id, f->item.request, result, m_samplesOnly), true, {});
    }
    pump();
}

void BatchJob::write(const QJsonObject &line, bool ok, const QString &cause)
{
    if (const Result<void> written = m_output.append(line); !written) {
        m_summary.writeError = written.message();
        cancel();
        return;
    }
    if (ok) {
        ++m_summary.done;
    } else {
        ++m_summary.failed;
        ++m_summary.failedByCause[cause];
    }
    Q_EMIT progress(summary());
}

void BatchJob::onHeaders(int status, const QHash<QByteArray, QByteArray> &headers)
{
    if (m_gate.observe(m_clock.isValid() ? m_clock.elapsed() : 0, status, headers, QDateTime::currentDateTimeUtc()))
        ++m_summary.pauses;
}

void BatchJob::finishIfDone()
{
    if (m_finished || !m_running || m_pumping || !m_flights.empty())
        return;
    if (!m_inputDone && !m_summary.cancelled && m_summary.writeError.isEmpty())
        return;
    m_finished = true;
    m_wait.stop();
    Q_EMIT finished(summary());
}
