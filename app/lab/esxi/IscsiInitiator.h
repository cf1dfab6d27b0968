#pragma once

#include "app/lab/esxi/EsxiContext.h"

#include <QString>
#include <QStringList>

namespace mpio::lab {

// The software iSCSI initiator and NMP claiming of a simulated host (esxi-esxcli.md §4, §5).
class IscsiInitiator
{
public:
    // iqn.1998-01.com.vmware:<hostname>-<8 hex> (§4.1); the hex part is derived from the host name so a
    // scenario always produces the same IQN.
    static QString defaultIqn(const QString& hostname);
    // Port-binding compliance (§2.2): exactly one active uplink and no standby uplink. `why` gets the reason.
    static bool compliant(EsxiHostState& host, const QString& vmk, QString* why);
    static QStringList effectiveActive(EsxiHostState& host, const PortGroup& pg);
    static QStringList effectiveStandby(EsxiHostState& host, const PortGroup& pg);
    static bool sameSubnet(const QString& ip, const QString& mask, const QString& other);
    // Completes state a scenario may leave implicit: a path's ISID/TPGT from its session, the next free
    // ISID/TSIH counters. Idempotent; the shell calls it before every command.
    static void normalise(EsxiHostState& host);
    // §4.2/§4.7: sessions per binding rules, devices and paths, claiming of new devices.
    static void rescan(EsxiContext& ctx);
    // §7.1: after a link change, sessions whose vmk can no longer reach the portal go down and their paths
    // read `dead`; when the path is reachable again the session logs back in and the path is `active`.
    // FIXED fails back to the preferred path, MRU stays where it is. Returns whether anything changed.
    static bool refreshPaths(EsxiContext& ctx);
    // §5.4: applies the claim rules (user rules first, then the system ALUA tpgs_on rule, else DEFAULT_AA).
    static void claim(EsxiHostState& host, Device& device);
    static QString defaultPsp(const QString& satp);
    static void applyPspOptions(Device& device, const QString& options);
    static QStringList workingPaths(const EsxiHostState& host, const QString& naa);
    static QString displayName(const Device& device);
    static QString pathUid(const EsxiHostState& host, const Path& path);
};

} // namespace mpio::lab
