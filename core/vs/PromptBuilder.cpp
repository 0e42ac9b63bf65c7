// SPDX-License-Identifier: Apache-2.0
#include "PromptBuilder.h"

#include <QJsonArray>

namespace {
QString number(double v)
{
    return QString::number(v, 'g', 6);
}

QString probabilityWord(Method m)
{
    // The paper found "confidence" works best for VS-Multi, "probability" for the others.
    return m == Method::VsMulti ? QStringLiteral("confidence") : QStringLiteral("probability");
}

QString formatInstructions(const GenerationSettings &s, int count)
{
    const bool verbalize = Names::methodVerbalizes(s.method);
    const bool reasoning = s.method == Method::VsCot || s.method == Method::DirectCot;
    const QString word = probabilityWord(s.method);
    if (s.format == OutputFormat::Xml) {
        QString out;
        if (reasoning)
            out += QStringLiteral("First write your step-by-step reasoning inside one <reasoning> tag. Then write ");
        else
            out += QStringLiteral("Write ");
        out += QStringLiteral("each response inside its own <response> tag. Each <response> must contain a <text> "
                              "tag with the response");
        if (verbalize)
            out += QStringLiteral(" and a <%1> tag with a number between 0 and 1").arg(word);
        out += QStringLiteral(". Write exactly %1 <response> tags and nothing after the last one.").arg(count);
        return out;
    }
    QString item = verbalize ? QStringLiteral("{\"text\": \"<response>\", \"%1\": <number between 0 and 1>}").arg(word)
                             : QStringLiteral("{\"text\": \"<response>\"}");
    QString shape = reasoning
                        ? QStringLiteral("{\"reasoning\": \"<your step-by-step reasoning>\", \"responses\": [%1, ...]}")
                        : QStringLiteral("{\"responses\": [%1, ...]}");
    return QStringLiteral("Reply with JSON only, in exactly this shape:\n%1\nThe \"responses\" list must hold exactly "
                          "%2 item(s).")
        .arg(shape.arg(item))
        .arg(count);
}

QString systemPrompt(const GenerationSettings &s, int count)
{
    switch (s.method) {
    case Method::Direct:
    case Method::MultiTurn:
        return QStringLiteral("Generate a response to the user's request. Output only the response, with no "
                              "explanation or extra text.");
    case Method::DirectCot:
        return QStringLiteral("Think step by step about the user's request, then give one response to it.\n") +
               formatInstructions(s, 1);
    case Method::Sequence:
        return QStringLiteral("Generate %1 different responses to the user's request.\n").arg(count) +
               formatInstructions(s, count);
    case Method::VsStandard:
    case Method::VsCot:
    case Method::VsMulti:
        break;
    }
    const QString word = probabilityWord(s.method);
    QString out =
        QStringLiteral("Generate %1 responses to the user's request, each with its %2. ").arg(count).arg(word);
    if (s.method == Method::VsCot)
        out += QStringLiteral("Before the responses, reason step by step about the range of possible responses. ");
    out += QStringLiteral("The %1 of a response is how likely you would be to give it, relative to the full "
                          "distribution of your possible responses to this request: a number between 0 and 1. ")
               .arg(word);
    if (s.tauMode == TauMode::Tail) {
        out += QStringLiteral("Sample the responses at random from the tails of the distribution, such that the %1 "
                              "of each response is less than %2.")
                   .arg(word, number(s.tau));
    } else {
        out += QStringLiteral("Sample the responses at random from the full distribution, so that they differ from "
                              "each other.");
    }
    return out + QLatin1Char('\n') + formatInstructions(s, count);
}
} // namespace

namespace PromptBuilder {
bool repliesInPlainText(Method m)
{
    return m == Method::Direct || m == Method::MultiTurn;
}

Conversation firstTurn(const QString &userPrompt, const GenerationSettings &s, int count)
{
    return {{ChatMessage::Role::System, systemPrompt(s, count)}, {ChatMessage::Role::User, userPrompt}};
}

ChatMessage followUp(const GenerationSettings &s, int count)
{
    if (s.method == Method::VsMulti) {
        return {ChatMessage::Role::User,
                QStringLiteral("Generate %1 more responses with their %2, different from all responses so far, in the "
                               "same format.\n")
                        .arg(count)
                        .arg(probabilityWord(s.method)) +
                    formatInstructions(s, count)};
    }
    return {ChatMessage::Role::User, QStringLiteral("Generate another response to the same request, different from "
                                                    "the previous ones. Output only the response.")};
}

QJsonObject jsonSchema(const GenerationSettings &s)
{
    if (repliesInPlainText(s.method) || s.format != OutputFormat::Json)
        return {};
    QJsonObject itemProps{{QStringLiteral("text"), QJsonObject{{QStringLiteral("type"), QStringLiteral("string")}}}};
    QJsonArray itemRequired{QStringLiteral("text")};
    if (Names::methodVerbalizes(s.method)) {
        itemProps.insert(probabilityWord(s.method), QJsonObject{{QStringLiteral("type"), QStringLiteral("number")}});
        itemRequired.append(probabilityWord(s.method));
    }
    const QJsonObject item{{QStringLiteral("type"), QStringLiteral("object")},
                           {QStringLiteral("properties"), itemProps},
                           {QStringLiteral("required"), itemRequired},
                           {QStringLiteral("additionalProperties"), false}};
    QJsonObject props;
    QJsonArray required;
    if (s.method == Method::VsCot || s.method == Method::DirectCot) {
        props.insert(QStringLiteral("reasoning"), QJsonObject{{QStringLiteral("type"), QStringLiteral("string")}});
        required.append(QStringLiteral("reasoning"));
    }
    props.insert(QStringLiteral("responses"),
                 QJsonObject{{QStringLiteral("type"), QStringLiteral("array")}, {QStringLiteral("items"), item}});
    required.append(QStringLiteral("responses"));
    return QJsonObject{{QStringLiteral("type"), QStringLiteral("object")},
                       {QStringLiteral("properties"), props},
                       {QStringLiteral("required"), required},
                       {QStringLiteral("additionalProperties"), false}};
}

QString render(const Conversation &messages)
{
    QString out;
    for (const ChatMessage &m : messages) {
        if (!out.isEmpty())
            out += QStringLiteral("\n\n");
        out += QStringLiteral("── %1 ──\n").arg(ChatMessage::roleName(m.role)) + m.content;
    }
    return out;
}
} // namespace PromptBuilder
