// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "base/Result.h"
#include "ProviderTypes.h"
#include "WireFormat.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QString>

#include <memory>
#include <optional>
#include <utility>

/// Translation context of the batch engines' messages.
class BatchApiText
{
    Q_DECLARE_TR_FUNCTIONS(BatchApiText)
};

/// One chat request for a provider's batch engine: the item it belongs to and the body the interactive call sends.
struct BatchApiItem
{
    QString itemId;   ///< the id in INPUT / OUTPUT
    QString customId; ///< what the provider echoes back (the item id when the provider accepts it)
    QJsonObject body; ///< WireFormat::chatRequest() body of the non-streaming call
};

/// How many requests and bytes one batch may hold (provider limits; tests inject small ones).
struct BatchApiLimits
{
    qint64 maxRequests = 50000;
    qint64 maxBytes = 200LL * 1000 * 1000;
    /// OpenAI: 50,000 requests / 200 MB per input file; Anthropic: 100,000 requests / 256 MB per batch.
    static BatchApiLimits of(ProviderKind kind);
};

/// One submitted batch as the state file keeps it.
struct BatchApiBatch
{
    QString id;
    QString status;                           ///< the provider's own word ("in_progress", "ended", ...)
    QList<std::pair<QString, QString>> items; ///< (custom_id, item id), in submission order
    QString inputFileId;                      ///< OpenAI
    QString outputFileId;                     ///< OpenAI, once ended
    QString errorFileId;                      ///< OpenAI, once ended
    QString resultsUrl;                       ///< Anthropic, once ended
    QString problem;      ///< OpenAI `errors` of a failed batch (e.g. an invalid input line), one line
    qint64 succeeded = 0; ///< request counts the provider reported
    qint64 failed = 0;
    qint64 processing = 0;
    bool collected = false; ///< every result was handed over (written to OUTPUT)

    /// True once the provider finished with the batch (completed, failed, expired, cancelled / ended).
    bool ended() const;
    /// The item id of a custom_id, empty when the batch holds no such request.
    QString itemOf(const QString &customId) const;
    QJsonObject toJson() const;
    static BatchApiBatch fromJson(const QJsonObject &o);
};

/// The state file beside OUTPUT: which batches were submitted, with which items. Never holds a key.
struct BatchApiState
{
    QString provider; ///< preset id
    QString baseUrl;  ///< without user info (SafeUrl)
    QString model;
    QList<BatchApiBatch> batches;

    /// OUTPUT + ".batch-state.json".
    static QString pathFor(const QString &output);
    /// The state at `path`; nullopt when no file is there; a failure naming the file when it is unreadable.
    static Result<std::optional<BatchApiState>> load(const QString &path);
    /// Writes the whole file atomically (QSaveFile), so a kill never leaves half a state.
    Result<void> save(const QString &path) const;
    /// Item ids in batches whose results were not handed over yet (they must not be submitted again).
    QSet<QString> itemsInFlight() const;
};

/// What became of one request of a batch.
struct BatchApiResult
{
    enum class Outcome {
        Succeeded,
        Errored,
        Expired,
        Cancelled
    };
    QString itemId;
    QString customId;
    QString batchId;
    Outcome outcome = Outcome::Errored;
    /// Decoded by the provider's ReplyDecoder like an interactive non-streaming reply; `error` set unless Succeeded.
    CallResult call;

    static QString outcomeName(Outcome o); ///< "succeeded", "errored", "expired", "cancelled"
};

/**
 * The providers' batch protocols as pure functions (no I/O): request bodies, endpoints, batch objects and result
 * lines. OpenAI: a JSONL file uploaded to /files (purpose `batch`), then /batches with endpoint
 * /v1/chat/completions and a 24 h window; results in the output and error files. Anthropic Message Batches:
 * POST /v1/messages/batches with requests [{custom_id, params}]; results JSONL at `results_url`.
 */
namespace BatchApiProtocol {

/// Whether the provider has a batch engine VS Lab speaks (OpenAI and Anthropic presets); a message otherwise.
std::optional<QString> unsupported(const ProviderConfig &config);
/// The wire format of `config` (OpenAI-compatible or Anthropic), with streaming off: batch requests are the
/// non-streaming calls. Null for Gemini and the demo model.
std::shared_ptr<const WireFormat> wireFor(ProviderConfig config);
/// A custom_id every provider accepts (^[a-zA-Z0-9_-]{1,64}$): the item id when it already is one, else "item-N".
QString customIdFor(const QString &itemId, qsizetype index);
/// The JSON request body of a chat call, built by the wire format itself (non-streaming).
QJsonObject chatBody(const WireFormat &wire, const ChatRequest &request, QStringList *notes);

/// One request as it goes into a batch: the OpenAI JSONL line (with "\n"), or the Anthropic `requests[]` element
/// serialized compactly (its size counts against the byte limit).
QByteArray requestEntry(ProviderKind kind, const BatchApiItem &item);

/// Endpoints (base URL of the wire format + path; never QUrl::resolved).
QUrl filesUrl(const WireFormat &wire);
QUrl fileContentUrl(const WireFormat &wire, const QString &fileId);
QUrl batchesUrl(const WireFormat &wire);
QUrl batchUrl(const WireFormat &wire, const QString &batchId);
QUrl cancelUrl(const WireFormat &wire, const QString &batchId);
/// Where Anthropic results are read: `results_url` when it is on the configured host, else the documented path
/// (the key is never sent to another host).
QUrl resultsUrl(const WireFormat &wire, const BatchApiBatch &batch);

/// Requests with the wire format's auth headers.
HttpRequestSpec get(const WireFormat &wire, const QUrl &url);
HttpRequestSpec postJson(const WireFormat &wire, const QUrl &url, const QJsonObject &body);
/// OpenAI file upload: multipart/form-data with `purpose=batch` and the JSONL as `file`. The body is built in place
/// (head, the JSONL lines, tail) so a 200 MB file is held once.
QByteArray newBoundary();
QByteArray uploadHead(const QByteArray &boundary);
QByteArray uploadTail(const QByteArray &boundary);
HttpRequestSpec upload(const WireFormat &wire, const QByteArray &boundary, QByteArray body);
/// OpenAI POST /batches body for an uploaded file.
QJsonObject createBody(const QString &inputFileId);
/// Anthropic POST /v1/messages/batches body: this head, the requestEntry()s separated by ",", this tail.
inline constexpr char anthropicHead[] = "{\"requests\":[";
inline constexpr char anthropicTail[] = "]}";

/// Reads a batch object (create / retrieve / cancel reply) into `batch` (id, status, files, counts); false when
/// the body is not one.
bool readBatch(ProviderKind kind, const QByteArray &body, BatchApiBatch &batch);
/// Reads one line of an OpenAI output / error file or an Anthropic results file; errors name `where` (the batch URL).
/// nullopt for a blank line; a result with an empty customId when the line is unreadable.
std::optional<BatchApiResult> readResultLine(const WireFormat &wire, QByteArrayView line, const QUrl &where);
/// The result of a request that is in no results file: the batch's end state says what became of it.
BatchApiResult missingResult(const WireFormat &wire, const BatchApiBatch &batch, const QString &customId,
                             const QString &itemId);
} // namespace BatchApiProtocol
