// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "vs/Candidate.h"

#include <QList>
#include <QString>

/// Private helpers of ResponseParser.
namespace ParserDetail {

/// What the readers found so far: candidates, reasoning and the evidence used to explain an empty result.
struct ParseOutput
{
    QList<Candidate> all;
    QString reasoning;
    bool hasReasoning = false;

    // Evidence for error() and detectedFormat().
    bool jsonSeen = false;         ///< a JSON object key, candidate or "responses" was read
    bool jsonResponsesKey = false; ///< a "responses" key was read
    int jsonItems = 0;             ///< objects/strings seen inside a responses list
    int jsonItemsWithoutText = 0;  ///< ... of which had no text
    bool xmlSeen = false;          ///< a <response>, <responses>, <reasoning> or <text> tag was read
    int xmlResponses = 0;          ///< <response> elements (explicit or implied)
    int xmlResponsesWithoutText = 0;
    QString jsonError; ///< first syntax error of a JSON attempt that had real content

    void add(Candidate c)
    {
        c.index = int(all.size());
        all.append(std::move(c));
    }
    void setReasoning(QString text)
    {
        if (hasReasoning)
            return;
        hasReasoning = true;
        reasoning = std::move(text);
    }
};

} // namespace ParserDetail
