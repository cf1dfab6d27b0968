#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QtGlobal>

namespace mpio::lab {

// The configuration and runtime state of one simulated ESXi host: what esxcli shows and changes.
// Plain data. The world (app/lab/world) loads it from a scenario and dumps it for state comparison; the
// ESXi shell (app/lab/esxi) reads and mutates it when commands run. Field names follow esxcli's own.

struct Vmnic
{
    QString name;                 // vmnic0
    QString pciAddress;           // 0000:03:00.0
    QString driver = QStringLiteral("ixgben");
    bool adminUp = true;
    bool linkUp = true;           // the world clears this when the cable is pulled or the switch is down
    int speedMbps = 10000;
    QString duplex = QStringLiteral("Full");
    QString mac;                  // 00:50:56:xx:xx:xx
    int mtu = 1500;               // follows the vSwitch it is an uplink of
    QString description = QStringLiteral("Intel(R) Ethernet Controller X540-AT2");
    // Added by the ESXi shell (lab-shell): shown by `iscsi networkportal list`.
    QString driverVersion = QStringLiteral("1.10.3.0-1OEM.700.1.0.15843807");
    QString firmwareVersion = QStringLiteral("N/A");
    quint64 rxPackets = 0, txPackets = 0;
};

struct VSwitch
{
    QString name;                 // vSwitch1
    int mtu = 1500;
    int numPorts = 2560;
    QStringList uplinks;          // every uplink attached
    QStringList activeUplinks;    // teaming: active
    QStringList standbyUplinks;   // teaming: standby (unused = attached but in neither list)
    QString loadBalancing = QStringLiteral("srcport");
    bool notifySwitches = true;
    bool failback = true;
};

struct PortGroup
{
    QString name;                 // iSCSI-A
    QString vswitch;
    int vlanId = 0;
    // Failover override: when false the port group inherits the vSwitch's active/standby lists.
    bool overrideFailover = false;
    QStringList activeUplinks;
    QStringList standbyUplinks;
};

struct Vmk
{
    QString name;                 // vmk2
    QString portGroup;
    QString ipv4;                 // empty: no address
    QString netmask;              // 255.255.255.248
    QString addressType = QStringLiteral("STATIC"); // STATIC | DHCP | NONE
    QString gateway = QStringLiteral("0.0.0.0");
    int mtu = 1500;
    QString mac;
    bool enabled = true;
    QString netstack = QStringLiteral("defaultTcpipStack");
    QStringList tags;             // Management, VMotion, …
    // Added by the ESXi shell (lab-shell):
    qint64 portId = 0;            // `ip interface list` Port ID; 0: derived from the vmk number
};

struct StaticTarget
{
    QString address;              // 10.20.10.10
    int port = 3260;
    QString iqn;                  // target IQN
};

struct SendTarget
{
    QString address;
    int port = 3260;
};

struct Chap
{
    QString level = QStringLiteral("prohibited"); // prohibited | discouraged | preferred | required
    QString name;
    QString secret;               // lab state only; never printed by esxcli
};

struct IscsiAdapter
{
    bool enabled = false;         // `esxcli iscsi software set --enabled=true` creates the adapter
    QString name = QStringLiteral("vmhba64");
    QString iqn;                  // iqn.1998-01.com.vmware:<host>-<8 hex>, created on first enable
    QString alias;
    QStringList boundVmks;        // port binding (network portals)
    QList<StaticTarget> staticTargets;
    QList<SendTarget> sendTargets;
    Chap chapUni;                 // initiator → target
    Chap chapMutual;              // target → initiator
    int loginTimeout = 5;
    int noopOutInterval = 15;
    int noopOutTimeout = 10;
    int recoveryTimeout = 10;
    bool delayedAck = true;
};

struct IscsiSession
{
    QString adapter = QStringLiteral("vmhba64");
    QString targetIqn;
    QString isid;                 // 00023d000001
    QString tsih;
    QString vmk;                  // the vmk the session leaves through
    QString localIp;
    QString portalIp;
    int portalPort = 3260;
    bool loggedIn = true;         // false: the login failed or is retrying (dead path)
    QString failureReason;
    // Added by the ESXi shell (lab-shell):
    int tpgt = 1;                 // target portal group tag (PortalTag= in path and esxcfg-mpath output)
    QString isidCreated;          // SessionCreateTime shown by `session connection list` (MM/dd/yy HH:mm:ss)
};

struct Device
{
    QString naa;                  // naa.6589cfc000000…
    QString displayName;          // TrueNAS iSCSI Disk (naa.…)
    QString vendor = QStringLiteral("TrueNAS");
    QString model = QStringLiteral("iSCSI Disk");
    QString revision = QStringLiteral("0123");
    quint64 sizeBytes = 0;
    int blockSize = 512;
    bool tpgs = false;            // ALUA/TPGS reported by the target
    bool claimed = true;          // false: an SATP rule made the claim fail (e.g. forced ALUA on non-ALUA)
    QString satp;                 // VMW_SATP_DEFAULT_AA
    QString psp;                  // VMW_PSP_FIXED
    QString rrLimitType = QStringLiteral("Default"); // Default | Iops | Bytes (RR deviceconfig)
    quint32 rrIops = 1000;
    quint64 rrBytes = 10485760;
    QString preferredPath;        // FIXED
    QString currentPath;          // MRU/FIXED: the working path
    bool apd = false;             // all paths down
    // Cumulative 64-bit counters (esxcli storage core device stats get).
    quint64 readOps = 0, writeOps = 0, blocksRead = 0, blocksWritten = 0, failedReads = 0, failedWrites = 0;
    // Added by the ESXi shell (lab-shell), esxi-esxcli.md §6.1 counter set:
    // Successful Commands = readOps + writeOps + otherCommands; Failed Commands = failedReads + failedWrites
    // + failedOtherCommands.
    quint64 otherCommands = 0, failedOtherCommands = 0, failedBlocksRead = 0, failedBlocksWritten = 0;
    quint64 reserveOps = 0, reservationConflicts = 0, failedReserveOps = 0;
    int rrLastPathIndex = -1;     // RR device config "lastPathIndex"; -1: number of working paths - 1
    QString claimRuleSatp;        // the SATP rule that claimed it (empty: the default fallback)
    bool rrUseAno = false;        // RR "Use Active Unoptimized Paths"
    QString pspOverride;          // per-device `nmp device set -P` (persists across reclaim; -E clears it)
};

struct Path
{
    QString runtimeName;          // vmhba64:C0:T0:L0
    QString device;               // naa
    QString adapter = QStringLiteral("vmhba64");
    int channel = 0;
    int target = 0;
    int lun = 0;
    QString state = QStringLiteral("active"); // active | standby | dead | disabled
    QString targetIqn;
    QString portalIp;
    int portalPort = 3260;
    QString vmk;
    QString localIp;
    bool preferred = false;
    quint64 readOps = 0, writeOps = 0, blocksRead = 0, blocksWritten = 0, failedReads = 0, failedWrites = 0;
    // Added by the ESXi shell (lab-shell):
    QString isid;                 // the session the path runs over (00023d000001)
    int tpgt = 1;
    quint64 otherCommands = 0, failedOtherCommands = 0, failedBlocksRead = 0, failedBlocksWritten = 0;
    quint64 reserveOps = 0, reservationConflicts = 0, failedReserveOps = 0;
};

struct SatpRule
{
    QString satp;                 // VMW_SATP_DEFAULT_AA
    QString vendor;               // TrueNAS
    QString model;                // iSCSI Disk
    QString device;
    QString driver;
    QString transport;
    QString psp;                  // VMW_PSP_RR
    QString pspOptions;           // policy=iops;iops=1;
    QString claimOptions;         // tpgs_on
    QString options;
    QString description;
    QString ruleGroup = QStringLiteral("user"); // user | system
};

struct EsxiHostState
{
    QString name;                 // scenario name (esx01)
    QString hostname;             // esx01
    QString domain = QStringLiteral("lab.local");
    QString version = QStringLiteral("8.0.3"); // 7.0.3 | 8.0.3
    QString build = QStringLiteral("24022510");
    QString update = QStringLiteral("3");
    QString patch = QStringLiteral("0");
    QString rootPassword;
    QList<Vmnic> vmnics;
    QList<VSwitch> vswitches;
    QList<PortGroup> portGroups;
    QList<Vmk> vmks;
    IscsiAdapter iscsi;
    QList<IscsiSession> sessions;
    QList<Device> devices;
    QList<Path> paths;
    QList<SatpRule> userSatpRules;
    // Added by the ESXi shell (lab-shell): the next ISID/TSIH the software initiator hands out.
    int nextIsid = 1;
    int nextTsih = 1;

    bool isEsxi7() const { return version.startsWith(QLatin1String("7.")); }
    Vmnic* vmnic(const QString& n) { for (auto& x : vmnics) if (x.name == n) return &x; return nullptr; }
    VSwitch* vswitch(const QString& n) { for (auto& x : vswitches) if (x.name == n) return &x; return nullptr; }
    PortGroup* portGroup(const QString& n) { for (auto& x : portGroups) if (x.name == n) return &x; return nullptr; }
    Vmk* vmk(const QString& n) { for (auto& x : vmks) if (x.name == n) return &x; return nullptr; }
    Device* device(const QString& naa) { for (auto& x : devices) if (x.naa == naa) return &x; return nullptr; }
};

} // namespace mpio::lab
