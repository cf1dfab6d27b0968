#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace mpio {

// What discovery saw on one ESXi host at one moment: the input of the planner (issue 5), of the audit and of
// `mpioctl discover --esxi`. A plain value type (compare, serialise with EsxiSnapshotJson, print).
// Field names follow the esxcli XML field names of reference/esxi-esxcli.md where one exists.
// Holds NO secrets: CHAP settings keep the user name and level only.
struct EsxiSnapshot
{
    struct Vmnic
    {
        QString name; // vmnic2
        QString driver;
        bool linkUp = false;
        int speedMbps = 0;
        QString duplex;
        int mtu = 0;
        QString mac;
        QString description;
        bool operator==(const Vmnic&) const = default;
    };
    struct FailoverPolicy
    {
        QStringList active;    // uplinks in order
        QStringList standby;   // uplinks in order; unused = neither (ESX-UPLINK-ONE-ACTIVE)
        bool inherited = true; // port group only: the vSwitch's order applies (no override)
        bool operator==(const FailoverPolicy&) const = default;
    };
    struct PortGroup
    {
        QString name;
        QString vswitch;
        int vlan = 0;
        FailoverPolicy failover; // effective policy (override or the vSwitch's)
        bool operator==(const PortGroup&) const = default;
    };
    struct Vswitch
    {
        QString name; // vSwitch1
        int mtu = 1500;
        QStringList uplinks;
        QStringList portGroups;
        FailoverPolicy failover;
        bool operator==(const Vswitch&) const = default;
    };
    struct Vmk
    {
        QString name; // vmk1
        QString portGroup;
        int mtu = 1500;
        bool enabled = true;
        QString ipv4;        // empty: none
        QString netmask;     // dotted
        QString addressType; // STATIC, DHCP, NONE
        QString mac;
        bool operator==(const Vmk&) const = default;
    };
    struct NetworkPortal // port binding of the software adapter
    {
        QString vmk;
        QString compliance; // "compliant" or the reason text
        bool operator==(const NetworkPortal&) const = default;
    };
    struct Target
    {
        QString address; // IPv4
        int port = 3260;
        QString iqn; // static targets only; empty for send targets
        bool operator==(const Target&) const = default;
    };
    struct Session
    {
        QString target; // IQN
        QString isid;
        QString vmk; // empty when the adapter has no binding (routing chooses)
        QString localAddress;
        QString remoteAddress;
        int remotePort = 3260;
        bool operator==(const Session&) const = default;
    };
    struct IscsiAdapter
    {
        bool enabled = false; // software iSCSI enabled
        QString name;         // vmhba64 (empty when disabled)
        QString iqn;
        QString chapLevel; // prohibited, discouraged, preferred, required
        QString chapUser;
        QList<NetworkPortal> boundVmks;
        QList<Target> staticTargets;
        QList<Target> sendTargets;
        QList<Session> sessions;
        bool operator==(const IscsiAdapter&) const = default;
    };
    struct Path
    {
        QString runtimeName; // vmhba64:C0:T0:L0
        QString name;        // full UID
        QString device;      // naa.…
        QString adapter;
        QString state; // active, standby, dead, disabled
        QString targetIqn;
        QString targetAddress; // "10.20.10.10:3260"
        QString localVmk;      // empty if not known
        QString isid; // the iSCSI session the path runs over (from TargetIdentifier "isid,iqn,t,tag")
        bool operator==(const Path&) const = default;
    };
    struct Device
    {
        QString id; // naa.6589cfc000000…
        QString displayName;
        QString vendor; // TrueNAS
        QString model;  // iSCSI Disk
        qint64 sizeMb = 0;
        QString satp;      // VMW_SATP_ALUA / VMW_SATP_DEFAULT_AA
        QString psp;       // VMW_PSP_RR / VMW_PSP_FIXED / VMW_PSP_MRU
        QString pspConfig; // raw "Path Selection Policy Device Config"
        QString rrType;    // "iops" / "bytes" / "default" (RR only)
        int rrIops = 0;    // RR only
        bool alua = false; // device reports TPGS
        QStringList workingPaths;
        bool operator==(const Device&) const = default;
    };
    struct SatpRule
    {
        QString satp;
        QString vendor;
        QString model;
        QString device;
        QString psp;
        QString pspOptions; // "policy=iops;iops=1;"
        QString claimOptions;
        QString description;
        QString ruleGroup; // user / system
        bool operator==(const SatpRule&) const = default;
    };

    QString host;     // as connected to ("esx01.lan:22")
    QString hostname; // system hostname get
    QString version;  // "7.0.3" / "8.0.3"
    QString build;    // "Build: 24022510"
    QString product;  // "VMware ESXi 8.0 Update 3"
    QList<Vmnic> vmnics;
    QList<Vswitch> vswitches;
    QList<PortGroup> portGroups;
    QList<Vmk> vmks;
    IscsiAdapter iscsi;
    QList<Device> devices;
    QList<Path> paths;
    QList<SatpRule> satpRules; // user rules only (system ones are not ours to touch)

    const Vmk* vmk(const QString& name) const;
    const Vmnic* vmnic(const QString& name) const;
    const Vswitch* vswitch(const QString& name) const;
    const PortGroup* portGroup(const QString& name) const;
    const Device* device(const QString& id) const;
    bool operator==(const EsxiSnapshot&) const = default;
};

} // namespace mpio
