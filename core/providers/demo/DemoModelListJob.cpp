// SPDX-License-Identifier: Apache-2.0
#include "DemoModelListJob.h"

DemoModelListJob::DemoModelListJob(QStringList models, QObject *parent)
    : ModelListJob(parent)
    , m_models(std::move(models))
{
    QTimer::singleShot(0, this, &DemoModelListJob::deliver);
}

DemoModelListJob::~DemoModelListJob() = default;

void DemoModelListJob::cancel()
{
    if (m_done)
        return;
    m_done = true;
    ProviderError e;
    e.code = ProviderError::Code::Cancelled;
    e.message = tr("Demo model: model listing cancelled.");
    Q_EMIT finished({}, e);
}

void DemoModelListJob::deliver()
{
    if (m_done)
        return;
    m_done = true;
    Q_EMIT finished(m_models, std::nullopt);
}
