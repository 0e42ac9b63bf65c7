// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "ChatMessage.h"
#include "Settings.h"

#include <QJsonObject>

/**
 * Turns a user prompt and settings into the exact messages sent to the model, for every method of the spec.
 * Direct and multi-turn replies are plain text (one answer); every other method asks for the JSON or XML form.
 */
namespace PromptBuilder {
/// System + user messages of the first call. `count` is how many candidates this call asks for
/// (k, or a share of k when a run is split, or the first turn's size for vs-multi).
Conversation firstTurn(const QString &userPrompt, const GenerationSettings &s, int count);
/// The user message of a later turn (multi-turn: one more answer; vs-multi: `count` more).
ChatMessage followUp(const GenerationSettings &s, int count);
/// The JSON Schema of the JSON form for structured output; empty for methods whose reply is plain text
/// or when the format is XML.
QJsonObject jsonSchema(const GenerationSettings &s);
/// True when the reply is one plain-text answer (direct, multi-turn).
bool repliesInPlainText(Method m);
/// A readable rendering of the messages, for previews and the raw view.
QString render(const Conversation &messages);
} // namespace PromptBuilder
