#include "core/model/IpAllocator.h"

#include <QCoreApplication>

namespace mpio {

Result<QList<Ipv4Address>> IpAllocator::allocate(const Ipv4Subnet& subnet, Ipv4Address truenas, int hostCount,
                                                 const QList<Ipv4Address>& taken)
{
    if (hostCount < 0)
        return Error::make(QStringLiteral("alloc.count"), QStringLiteral("negative host count"));
    // NET-SUBNET-CAPACITY: TrueNAS takes one usable address; each host one more.
    const quint64 usable = subnet.usableHostCount();
    if (quint64(hostCount) + 1 > usable) {
        int prefix = subnet.prefix();
        while (prefix > 8 && Ipv4Subnet(subnet.network(), prefix).usableHostCount() < quint64(hostCount) + 1)
            --prefix;
        return Error::make(
            QStringLiteral("alloc.capacity"),
            QCoreApplication::translate("mpio::IpAllocator",
                                        "%1 has %2 usable addresses, but TrueNAS and %3 hosts need %4. "
                                        "Use a larger subnet, for example /%5.")
                .arg(subnet.toString())
                .arg(usable)
                .arg(hostCount)
                .arg(hostCount + 1)
                .arg(prefix));
    }
    QList<Ipv4Address> result;
    const quint32 first = subnet.firstUsable().value();
    const quint32 last = subnet.lastUsable().value();
    quint32 start = subnet.contains(truenas) ? truenas.value() + 1 : first;
    if (start > last || start < first)
        start = first;
    const quint64 span = quint64(last) - first + 1;
    quint32 candidate = start;
    for (quint64 step = 0; step < span && result.size() < hostCount; ++step) {
        const Ipv4Address a(candidate);
        if (a != truenas && !taken.contains(a))
            result.append(a);
        candidate = candidate == last ? first : candidate + 1;
    }
    if (result.size() < hostCount)
        return Error::make(QStringLiteral("alloc.exhausted"),
                           QCoreApplication::translate("mpio::IpAllocator",
                                                       "%1 has no free address left for %2 more hosts: free some "
                                                       "addresses or use a larger subnet.")
                               .arg(subnet.toString())
                               .arg(hostCount - result.size()));
    return result;
}

} // namespace mpio
