// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "ProviderTypes.h"

#include <QObject>
#include <QStringList>

/// Handle of one model-list request; finished() is emitted exactly once.
class ModelListJob : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    ~ModelListJob() override = default;
    virtual void cancel() = 0;

Q_SIGNALS:
    void finished(const QStringList &models, const std::optional<ProviderError> &error);
};
