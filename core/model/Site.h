#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QtGlobal>

namespace mpio {

// The site profile: what the user wants, as plain value types. Never holds a secret (API keys, passwords
// and CHAP secrets live in the keychain, see core/credentials). Saved and loaded by SiteJson.

struct TrueNasEndpoint
{
    QString name = QStringLiteral("truenas"); // how the lab and the UI name this system
    QString host;
    int port = 443;
    QString apiUser = QStringLiteral("root");
    bool tls = true; // TN-API-KEY-TLS: false is refused by validation, the key would be revoked
    bool operator==(const TrueNasEndpoint&) const = default;
};

struct PathSpec
{
    QString name;       // "A", "B", …
    QString subnet;     // CIDR, e.g. "10.20.10.8/29"
    QString switchName; // "Core-A"
    int mtu = 9000;
    QString truenasNic; // "enp4s0f0"
    QString truenasIp;  // "10.20.10.10": also the portal IP of this path
    bool operator==(const PathSpec&) const = default;
};

struct HostPathSpec
{
    QString path;      // PathSpec::name this belongs to
    QString vmnic;     // "vmnic2"
    QString vswitch;   // "vSwitch1"
    QString portGroup; // "iSCSI-A"
    QString vmk;       // "vmk2"
    QString ip;        // "10.20.10.11"
    int vmkMtu = 0;    // 0 = the path's MTU
    int vswitchMtu = 0; // 0 = the path's MTU
    bool operator==(const HostPathSpec&) const = default;
};

struct HostSpec
{
    QString name;    // "esx01": how the lab and the UI name this host
    QString address; // DNS name or IPv4 for SSH
    int sshPort = 22;
    QString user = QStringLiteral("root");
    QList<HostPathSpec> paths;
    bool operator==(const HostSpec&) const = default;
    const HostPathSpec* pathFor(const QString& pathName) const
    {
        for (const auto& p : paths)
            if (p.path == pathName)
                return &p;
        return nullptr;
    }
};

struct StorageSpec
{
    QString pool = QStringLiteral("tank");
    QString zvol = QStringLiteral("tank/iscsi-vmw01"); // dataset path below the pool
    quint64 sizeBytes = 0;
    int volblocksize = 16384;
    QString compression = QStringLiteral("LZ4");
    QString sync = QStringLiteral("ALWAYS");
    int logicalBlockSize = 512;
    bool forceSize = false; // allow a zvol over 80 % of the pool's free space (TN-ZVOL)
    bool operator==(const StorageSpec&) const = default;
};

enum class AuthMode { None, Chap, MutualChap };
enum class InitiatorSource { Discovered, Listed };

struct IscsiSpec
{
    QString targetName = QStringLiteral("iscsi-vmw01"); // suffix after the basename, ^[-a-z0-9.:]+$
    QString basename;                                   // empty: keep TrueNAS's (iqn.2005-10.org.freenas.ctl)
    QString extentName = QStringLiteral("iscsi-vmw01");
    InitiatorSource initiatorSource = InitiatorSource::Discovered; // the hosts' software iSCSI IQNs
    QStringList initiators;                                        // Listed (or extra ones with Discovered)
    AuthMode auth = AuthMode::None;
    QString chapUser;
    QString peerUser;
    int portalPort = 3260;
    bool operator==(const IscsiSpec&) const = default;
};

enum class BindingMode {
    Auto,   // ESX-BINDING-SAME-SUBNET decides: one subnet per path → no binding
    Never,
    Always  // "bind as the article does": explicit, warned choice
};

struct PolicySpec
{
    QString psp = QStringLiteral("VMW_PSP_RR");
    int iops = 1;
    BindingMode binding = BindingMode::Auto;
    QString claimRuleSatp = QStringLiteral("auto"); // "auto" = the SATP that actually claims; or a forced SATP
    bool operator==(const PolicySpec&) const = default;
};

struct Site
{
    static constexpr int kSchemaVersion = 1;

    QString name;
    TrueNasEndpoint truenas;
    QString managementSubnet; // optional CIDR, checked for overlap with the path subnets
    QList<PathSpec> paths;
    QList<HostSpec> hosts;
    StorageSpec storage;
    IscsiSpec iscsi;
    PolicySpec policy;
    bool operator==(const Site&) const = default;

    const PathSpec* path(const QString& pathName) const
    {
        for (const auto& p : paths)
            if (p.name == pathName)
                return &p;
        return nullptr;
    }
};

QString toString(AuthMode mode);
QString toString(BindingMode mode);
QString toString(InitiatorSource source);

} // namespace mpio
