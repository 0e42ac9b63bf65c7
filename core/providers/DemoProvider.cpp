// SPDX-License-Identifier: Apache-2.0
#include "DemoProvider.h"

#include "demo/DemoCall.h"
#include "demo/DemoModel.h"
#include "demo/DemoModelListJob.h"
#include "demo/DemoPack.h"

#include <QDir>

#include <algorithm>
#include <cmath>

namespace {
QString demoModelName()
{
    return QStringLiteral("vs-demo");
}

/// The prompt the user typed: the hints carry it; a caller that sets no hints still sends it as the first user
/// message.
QString userPrompt(const ChatRequest &request)
{
    if (!request.hints.userPrompt.trimmed().isEmpty())
        return request.hints.userPrompt;
    for (const ChatMessage &m : request.messages) {
        if (m.role == ChatMessage::Role::User)
            return m.content;
    }
    return {};
}

qint64 estimateTokens(const Conversation &messages)
{
    // About four characters per token for English, plus a few tokens of per-message framing.
    qint64 chars = 0;
    for (const ChatMessage &m : messages)
        chars += m.content.size();
    return (chars + 3) / 4 + 4 * messages.size();
}

QString noMatchMessage(const QString &prompt, const DemoPackLibrary &library)
{
    // The folder as it is on this system: a source-tree path such as resources/demo means nothing once installed.
    const QString folder = QDir::toNativeSeparators(DemoPackLibrary::userPackDir());
    const QString packFormat = QStringLiteral("{\"title\", \"prompts\", \"answers\": [{\"text\", \"p\"}]}");
    if (library.packs().isEmpty()) {
        return ProviderError::tr("The offline demo model (demo://offline) found no scenario packs: the built-in packs "
                                 "are missing from this build and %1 holds none. Choose a real provider (--provider, "
                                 "or the Provider list in the window; its API key goes in File → Providers…), or add a "
                                 "pack to that folder: a .json file %2.")
            .arg(folder, packFormat);
    }
    QString list;
    for (const QString &known : library.knownPrompts())
        list += QStringLiteral("\n\u2022 ") + known;
    QString message =
        ProviderError::tr("The offline demo model (demo://offline) has no scenario pack for \u201c%1\u201d. It "
                          "answers only these prompts:%2\nUse one of them, add a pack to %3 (a .json file %4), or "
                          "choose a real provider to ask anything (--provider, or the Provider list in the window; "
                          "its API key goes in File → Providers…).")
            .arg(prompt.simplified().left(80), list, folder, packFormat);
    if (!library.errors().isEmpty()) {
        message = ProviderError::tr("%1 %2", "one sentence after another")
                      .arg(message,
                           ProviderError::tr("Packs not loaded: %1.").arg(library.errors().join(QStringLiteral("; "))));
    }
    return message;
}
} // namespace

DemoProvider::DemoProvider(ProviderConfig config)
    : Provider(std::move(config))
{}

DemoProvider::~DemoProvider() = default;

QUrl DemoProvider::baseUrl() const
{
    return QUrl(QStringLiteral("demo://offline"));
}

QUrl DemoProvider::chatUrl() const
{
    return baseUrl();
}

ProviderCall *DemoProvider::start(const ChatRequest &request)
{
    CallResult result;
    result.url = chatUrl();
    result.finishReason = QStringLiteral("stop");
    result.notes << ProviderNote::tr("Simulated by the offline demo model");
    result.usage.inputTokens = estimateTokens(request.messages);
    result.usage.outputTokens = 0;

    // Read on every call, so a pack a teacher drops into the folder works without a restart.
    const DemoPackLibrary library = DemoPackLibrary::load();
    const QString prompt = userPrompt(request);
    const DemoPack *pack = library.match(prompt);
    if (!pack) {
        ProviderError e;
        e.code = ProviderError::Code::NoMatch;
        e.url = result.url;
        e.message = noMatchMessage(prompt, library);
        result.error = e;
        return new DemoCall({}, 0, 1, result);
    }

    DemoModel::ReplyOptions options;
    options.temperature = request.temperature;
    options.alpha = DemoModel::alphaFor(*pack, m_config.demoAlpha);
    options.structured = m_config.structured == StructuredMode::On && !request.jsonSchema.isEmpty();
    result.structuredUsed = options.structured;
    QStringList pieces = DemoModel::tokenize(DemoModel::reply(*pack, request.hints, options));
    const int maxTokens = request.maxTokens > 0 ? request.maxTokens : m_config.maxTokens;
    if (maxTokens > 0 && pieces.size() > maxTokens) {
        pieces.resize(maxTokens);
        result.finishReason = QStringLiteral("length");
    }
    result.usage.outputTokens = pieces.size();

    // A timer tick every 1000/tps ms (at least 10 ms, several pieces per tick above 100 tokens/s); 0 = instant,
    // yet still from the event loop, a batch per turn.
    const double tps = m_config.demoTokensPerSecond;
    int intervalMs = 0;
    int perTick = 64;
    if (tps > 0.0) {
        intervalMs = std::max(10, int(std::lround(1000.0 / tps)));
        perTick = std::max(1, int(std::lround(tps * intervalMs / 1000.0)));
    }
    return new DemoCall(std::move(pieces), intervalMs, perTick, result);
}

ModelListJob *DemoProvider::listModels()
{
    return new DemoModelListJob({demoModelName()});
}
