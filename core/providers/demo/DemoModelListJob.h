// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "providers/ModelListJob.h"

#include <QTimer>

/// Lists the demo model's single model from the event loop (never synchronously).
class DemoModelListJob final : public ModelListJob
{
    Q_OBJECT
public:
    explicit DemoModelListJob(QStringList models, QObject *parent = nullptr);
    ~DemoModelListJob() override;
    Q_DISABLE_COPY_MOVE(DemoModelListJob)

    void cancel() override;

private:
    void deliver();

    QStringList m_models;
    bool m_done = false;
};
