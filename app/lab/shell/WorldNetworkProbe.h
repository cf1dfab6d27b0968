#pragma once

#include "app/lab/shell/NetworkProbe.h"
#include "app/lab/world/World.h"

namespace mpio::lab {

// Glue: the world's network model behind the shell's NetworkProbe interface, so EsxiShell itself never
// depends on World. Use: `WorldNetworkProbe probe(&world); shell.setNetworkProbe(&probe);`.
class WorldNetworkProbe : public NetworkProbe
{
public:
    explicit WorldNetworkProbe(const World* world)
        : m_world(world)
    {}
    ProbeResult probe(const QString& host, const QString& vmk, const QString& dstIp, int payloadSize,
                      bool dontFragment) const override
    {
        return m_world->probe(host, vmk, dstIp, payloadSize, dontFragment);
    }
    bool reachable(const QString& host, const QString& vmk, const QString& dstIp) const override
    {
        return m_world->reachable(host, vmk, dstIp);
    }

private:
    const World* m_world;
};

} // namespace mpio::lab
