// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "ProviderTypes.h"

#include <QObject>

/// Handle of one running chat call. Emits textDelta as text streams in and finished exactly once.
class ProviderCall : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    ~ProviderCall() override = default;
    /// Aborts at once; finished() follows with error code Cancelled and the text so far.
    virtual void cancel() = 0;

Q_SIGNALS:
    void textDelta(const QString &text);
    /// Bytes received on the wire so far (for progress).
    void bytesReceived(qint64 total);
    void finished(const CallResult &result);
};
