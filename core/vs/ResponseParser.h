// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "Candidate.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringDecoder>

#include <memory>

/**
 * Incremental parser for one model reply. Feed it the reply in arbitrary chunks as it streams in; each call
 * returns the candidates completed by that chunk, so a UI can show them at once. Total cost is linear in the
 * reply's length however it is chunked. Understands the JSON form ({"responses":[{"text","probability"}]}),
 * the seed's XML tags (<response><text/><probability/></response>) and, as a fallback at finish(), a plain
 * numbered or bulleted list with probabilities. Never throws; garbage yields zero candidates and error().
 *
 * Candidates come out with text trimmed at both ends and otherwise untouched, `stated`/`statedRaw` set and the
 * per-candidate repairs applied (percentage, invalid, negative, clip>1; missing leaves `clipped` NaN for
 * Distribution to resolve). Duplicates are NOT merged here (Distribution does that across calls).
 */
class ResponseParser final
{
    Q_DECLARE_TR_FUNCTIONS(ResponseParser)
public:
    enum class Format {
        Auto,
        Json,
        Xml,
        List
    };

    /**
     * `format` is the format the prompt asked for. Json and Xml are hints only: models do not always obey, so
     * both structured formats are recognized whatever the hint (the first one found wins for the reply). List
     * skips the structured formats and reads only a plain list at finish().
     */
    explicit ResponseParser(Format format = Format::Auto);
    ~ResponseParser();
    Q_DISABLE_COPY_MOVE(ResponseParser)

    /// Feeds decoded text; returns the candidates completed by this chunk. Candidate::index counts from 0 in
    /// this reply.
    QList<Candidate> feed(QStringView chunk);
    /// Feeds raw UTF-8 bytes (a multi-byte character may be split across calls).
    QList<Candidate> feedUtf8(QByteArrayView chunk);
    /**
     * Ends the reply. `truncated` says the reply was cut off (finish reason "length", cancel, network error):
     * a candidate in progress with usable text is returned marked partial (or dropped), with a warning.
     * Returns the candidates completed only now (including list-fallback candidates).
     */
    QList<Candidate> finish(bool truncated = false);

    /// All candidates so far, in reply order.
    const QList<Candidate> &candidates() const;
    /// Oddities of the reply itself (truncation, partial dropped, list fallback).
    const Warnings &warnings() const;
    /// After finish(): a specific message when no candidate was found, else empty.
    QString error() const;
    /// The format that was detected (Auto until known).
    Format detectedFormat() const;
    /// VS-CoT: the "reasoning" field, if the reply had one.
    QString reasoning() const;
    /// The whole reply received so far.
    const QString &text() const;

    static QString formatName(Format f);

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};
