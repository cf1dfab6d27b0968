#pragma once

#include "core/common/Result.h"
#include "core/model/Site.h"
#include "core/validation/Finding.h"

#include <QCoreApplication>

namespace mpio {

// Adding and removing ESXi hosts while the profile is edited (wizard page 3, issue 7). A new host gets
// one entry per path laid out like the first host's (vmnic, vSwitch, port group, vmk and MTUs — hosts of
// one cluster are cabled alike) with an empty vmk address, which the Paths page proposes (IpAllocator)
// and the user can change. Every field is checked by the same rules as a whole profile (SiteValidator).
class SiteEdit
{
    Q_DECLARE_TR_FUNCTIONS(mpio::SiteEdit)
public:
    struct Address
    {
        QString host;
        int port = 0;
    };
    // "host", "host:port", "[::1]:port" is not supported (IPv4 or DNS names only, as the profile).
    // A missing port is `defaultPort`; a bad port is an error in plain words.
    static Result<Address> parseAddress(const QString& text, int defaultPort);

    static HostSpec hostLike(const Site& site, const QString& name, const Address& address);
    // What is wrong with adding `host` to `site`: the validator's findings at the new host's name,
    // address and port (syntax, NET-UNIQUE); empty when it can be added.
    static Findings findingsForNewHost(const Site& site, const HostSpec& host);
    // The findings at /truenas/host and /truenas/port if TrueNAS were at `address`.
    static Findings findingsForTrueNas(const Site& site, const Address& address);
};

} // namespace mpio
