// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

/// One candidate answer of a scenario pack with its base ("pre-training") probability.
struct DemoAnswer
{
    QString text;
    double p = 0.0; ///< normalized over the pack: the answers' p sum to 1
};

/**
 * A scenario pack of the offline demo model: a prompt (with alternative phrasings) and the answers a base model
 * would give, with probabilities. The file format is described in resources/demo/README.md of the source tree.
 */
struct DemoPack
{
    Q_DECLARE_TR_FUNCTIONS(DemoPack)
public:
    QString id;    ///< unique; a user pack with the id of a built-in pack replaces it
    QString title; ///< the canonical prompt, also shown to the user ("Tell me a joke")
    QStringList prompts;
    QString notes;  ///< where the probabilities come from
    QString source; ///< where the answers come from (licence)
    std::optional<double> alpha;
    QString reasoningDirect; ///< direct-cot reasoning
    QString reasoningVs;     ///< vs-cot reasoning
    QList<DemoAnswer> answers;
    QString origin; ///< the file it was read from

    /// Title plus every alternative phrasing.
    QStringList phrasings() const;
    /// Parses and validates one pack file; nullopt with a message naming the problem on bad input.
    static std::optional<DemoPack> fromJson(const QByteArray &json, const QString &origin, QString *error);
};

/// Every scenario pack the demo model knows: the built-in ones (`:/demo/`) plus the user's pack folders.
class DemoPackLibrary final
{
    Q_DECLARE_TR_FUNCTIONS(DemoPackLibrary)
public:
    /// Dice similarity of content words above which a prompt matches a pack phrasing.
    static constexpr double kMatchThreshold = 0.7;

    /// Loads the built-in packs, then every pack folder (packDirs()); later packs replace earlier ones by id.
    static DemoPackLibrary load();
    /// Loads from these folders, in order.
    static DemoPackLibrary loadFrom(const QStringList &dirs);
    /// Where a user drops a pack: QStandardPaths::AppDataLocation + "/demo-packs".
    static QString userPackDir();
    /// ":/demo" followed by every AppDataLocation + "/demo-packs", the writable (user) one last so it wins.
    static QStringList packDirs();

    const QList<DemoPack> &packs() const { return m_packs; }
    /// One line per pack file that could not be loaded ("file: reason").
    const QStringList &errors() const { return m_errors; }
    /// The prompts the demo model answers, one per pack (its title), in load order: what to offer a user whose
    /// prompt matched no pack.
    QStringList knownPrompts() const;
    const DemoPack *find(const QString &id) const;
    /// The pack whose phrasings match `prompt` best, or nullptr when none reaches kMatchThreshold.
    const DemoPack *match(const QString &prompt, double *score = nullptr) const;

    /// Case- and punctuation-insensitive fuzzy similarity in [0, 1]: Dice coefficient of the content words
    /// (request verbs and filler words dropped, plural "s" stripped); 0 when both name different numbers.
    static double similarity(const QString &a, const QString &b);

private:
    void addFile(const QString &path);

    QList<DemoPack> m_packs;
    QStringList m_errors;
};
