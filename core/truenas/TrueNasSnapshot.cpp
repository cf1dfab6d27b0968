#include "core/truenas/TrueNasSnapshot.h"

namespace mpio {

namespace {
template<typename T, typename Pred> const T* findIn(const QList<T>& list, Pred pred)
{
    for (const auto& item : list)
        if (pred(item))
            return &item;
    return nullptr;
}
} // namespace

const TrueNasSnapshot::Nic* TrueNasSnapshot::nic(const QString& name) const
{
    return findIn(nics, [&](const Nic& n) { return n.name == name; });
}

const TrueNasSnapshot::Pool* TrueNasSnapshot::pool(const QString& name) const
{
    return findIn(pools, [&](const Pool& p) { return p.name == name; });
}

const TrueNasSnapshot::Zvol* TrueNasSnapshot::zvol(const QString& name) const
{
    return findIn(zvols, [&](const Zvol& z) { return z.name == name; });
}

const TrueNasSnapshot::Portal* TrueNasSnapshot::portalWithIp(const QString& ip) const
{
    return findIn(portals, [&](const Portal& p) { return p.ips.contains(ip); });
}

const TrueNasSnapshot::Target* TrueNasSnapshot::target(const QString& name) const
{
    return findIn(targets, [&](const Target& t) { return t.name == name; });
}

const TrueNasSnapshot::Extent* TrueNasSnapshot::extent(const QString& name) const
{
    return findIn(extents, [&](const Extent& e) { return e.name == name; });
}

const TrueNasSnapshot::InitiatorGroup* TrueNasSnapshot::initiatorGroup(int id) const
{
    return findIn(initiatorGroups, [&](const InitiatorGroup& g) { return g.id == id; });
}

} // namespace mpio
