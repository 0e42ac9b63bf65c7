// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "base/Result.h"
#include "session/GenerationSetup.h"

#include <QCommandLineOption>
#include <QCoreApplication>

class QCommandLineParser;

/**
 * The one binding from command-line flags to a GenerationSetup, shared by `vslab` and `vslab-cli`: same flags, same
 * defaults (design.md, "CLI conventions"), same validation, same messages. Flags that are absent leave the setup as
 * it was, so the GUI applies them over the saved settings and the CLI over the defaults.
 */
class GenerationFlags final
{
    Q_DECLARE_TR_FUNCTIONS(GenerationFlags)
public:
    /// Which flags a command takes.
    enum Group {
        PostProcess = 0x1,               ///< τ, τ mode, min survivors, weights, seed
        Generation = 0x2,                ///< method, k, temperature, format, per turn
        Provider = 0x4,                  ///< provider, model, base URL, API key variable
        Transport = 0x8,                 ///< structured, streaming, token limit, reply cap
        Network = 0x10,                  ///< timeout, retries
        SplitCalls = 0x20,               ///< concurrency (split k over calls); `batch` has its own --concurrency
        Connection = Provider | Network, ///< what a model list needs
        All = PostProcess | Generation | Provider | Transport | Network | SplitCalls,
    };

    explicit GenerationFlags(int groups = All);

    void addTo(QCommandLineParser &parser) const;
    /// Applies the flags given in `parser` onto `setup`; a failure's message names the flag and what it takes.
    Result<void> apply(const QCommandLineParser &parser, GenerationSetup &setup) const;

private:
    int m_groups;
    QList<QCommandLineOption> m_options;
    const QCommandLineOption *option(const char *name) const;
};
