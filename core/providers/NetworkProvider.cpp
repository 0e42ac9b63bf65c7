// SPDX-License-Identifier: Apache-2.0
#include "NetworkProvider.h"

#include "NetworkCall.h"
#include "NetworkModelListJob.h"

NetworkProvider::NetworkProvider(std::shared_ptr<const WireFormat> wire, QNetworkAccessManager *nam)
    : Provider(wire->config())
    , m_wire(std::move(wire))
    , m_nam(nam)
{}

std::pair<double, double> NetworkProvider::temperatureRange(QString *reason) const
{
    return m_wire->temperatureRange(reason);
}

ProviderCall *NetworkProvider::start(const ChatRequest &request)
{
    auto *call = new NetworkCall(m_wire, m_nam, request);
    call->start();
    return call;
}

ModelListJob *NetworkProvider::listModels()
{
    auto *job = new NetworkModelListJob(m_wire, m_nam);
    job->start();
    return job;
}
