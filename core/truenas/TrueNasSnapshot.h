#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace mpio {

// What discovery saw on a TrueNAS system at one moment: the input of the planner (issue 5) and of the
// `mpioctl discover --truenas` output. A plain value type: compare, serialise (TrueNasSnapshotJson), print.
// Holds NO secrets: CHAP entries keep user names and tags only (truenas-api.md §1.2: secrets come back masked
// anyway unless the session has write roles; they are dropped here either way).
struct TrueNasSnapshot
{
    struct Address
    {
        QString address;
        int prefix = 0;
        bool operator==(const Address&) const = default;
    };
    struct Nic
    {
        QString name;
        QString description;
        QString type;      // PHYSICAL, BRIDGE, LINK_AGGREGATION, VLAN
        QString linkState; // LINK_STATE_UP, LINK_STATE_DOWN, …
        bool linkUp = false;
        QString media;         // "10000Mb/s Twisted Pair"
        int mtu = 0;           // live (state.mtu)
        int configuredMtu = 0; // 0: not configured (the DB says null)
        bool dhcp = false;
        QList<Address> staticAliases; // configured aliases: the only ones a portal may use (§3.2)
        QList<Address> liveAddresses; // kernel view incl. DHCP leases
        QString mac;
        bool carriesApi = false; // interface.websocket_interface: never reconfigure it (TN-NET-CHECKIN)
        bool operator==(const Nic&) const = default;
    };
    struct Pool
    {
        QString name;
        QString status;
        bool healthy = false;
        bool hasSlog = false;  // topology.log non-empty (§4.3, TN-SLOG)
        QStringList slogVdevs; // "mirror-2 (MIRROR)"
        qint64 size = 0;
        qint64 free = 0;
        bool operator==(const Pool&) const = default;
    };
    struct Zvol
    {
        QString name; // "tank/vmware/ds01"
        QString pool;
        qint64 volsize = 0;
        QString volblocksize; // "16K"
        QString sync;         // "ALWAYS"
        QString compression;  // "LZ4"
        bool operator==(const Zvol&) const = default;
    };
    struct Portal
    {
        int id = 0;
        int tag = 0;
        QStringList ips;
        int port = 3260;
        QString comment;
        bool operator==(const Portal&) const = default;
    };
    struct InitiatorGroup
    {
        int id = 0;
        QStringList initiators; // empty: any initiator
        QString comment;
        bool operator==(const InitiatorGroup&) const = default;
    };
    struct AuthEntry
    {
        int id = 0;
        int tag = 0;
        QString user;
        QString peerUser;      // non-empty: mutual CHAP
        QString discoveryAuth; // NONE, CHAP, CHAP_MUTUAL (25.04+)
        bool operator==(const AuthEntry&) const = default;
    };
    struct TargetGroup
    {
        int portal = 0;
        int initiator = 0;  // 0: any initiator (null)
        QString authMethod; // NONE, CHAP, CHAP_MUTUAL
        int authTag = 0;    // the iscsi.auth TAG, not its id (§3.5)
        bool operator==(const TargetGroup&) const = default;
    };
    struct Target
    {
        int id = 0;
        QString name; // suffix after the basename
        QString iqn;  // basename:name
        QString alias;
        QString mode;
        QList<TargetGroup> groups;
        bool operator==(const Target&) const = default;
    };
    struct Extent
    {
        int id = 0;
        QString name;
        QString type; // DISK, FILE
        QString disk; // "zvol/tank/vmware/ds01"
        int blocksize = 0;
        QString naa;
        QString serial;
        QString vendor;
        QString productId; // 25.10+; empty before
        QString rpm;
        bool enabled = true;
        bool readOnly = false;
        bool insecureTpc = false;
        bool operator==(const Extent&) const = default;
    };
    struct TargetExtent
    {
        int id = 0;
        int target = 0;
        int extent = 0;
        int lunId = 0;
        bool operator==(const TargetExtent&) const = default;
    };
    struct Session
    {
        QString initiator;
        QString initiatorAddress;
        QString target;
        bool operator==(const Session&) const = default;
    };

    QString host;    // as connected to ("nas01.lan:443")
    QString version; // system.version_short
    QString apiLine; // "25.04", "25.10", "26"
    QString hostname;
    QString apiInterface; // the NIC the API connection uses (may be empty if unknown)
    QList<Nic> nics;
    QList<Pool> pools;
    QList<Zvol> zvols;
    QStringList freeZvols; // iscsi.extent.disk_choices: zvols not attached to an extent ("zvol/…")
    QString basename;
    int listenPort = 3260;
    QList<Portal> portals;
    QList<InitiatorGroup> initiatorGroups;
    QList<AuthEntry> authEntries;
    QList<Target> targets;
    QList<Extent> extents;
    QList<TargetExtent> targetExtents;
    bool serviceEnabled = false;
    QString serviceState; // RUNNING, STOPPED, UNKNOWN
    QList<Session> sessions;
    QStringList notes; // what could not be read (optional calls), in words

    const Nic* nic(const QString& name) const;
    const Pool* pool(const QString& name) const;
    const Zvol* zvol(const QString& name) const;
    const Portal* portalWithIp(const QString& ip) const;
    const Target* target(const QString& name) const;
    const Extent* extent(const QString& name) const;
    const InitiatorGroup* initiatorGroup(int id) const;

    bool operator==(const TrueNasSnapshot&) const = default;
};

} // namespace mpio
