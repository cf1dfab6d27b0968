#pragma once

#include "app/lab/truenas/TrueNasConfig.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <optional>

namespace mpio::lab {

// What a NIC is, independent of its configuration (the hardware and the DHCP server on its wire).
struct TrueNasNicHw
{
    QString name;
    QString mac;
    bool link = true;
    QString dhcpAddress; // the lease a DHCP-configured interface gets (scenario "dhcp": true)
    int dhcpPrefix = 24;
    int speedMbps = 10000;
};

// A ZFS dataset (FILESYSTEM) or volume (VOLUME). Pool roots ("tank") are datasets too.
struct TrueNasDataset
{
    QString name; // "tank/vmware/ds01"
    QString type = QStringLiteral("FILESYSTEM");
    quint64 volsize = 0;
    QString volblocksize; // "16K"
    bool sparse = false;
    QString compression = QStringLiteral("INHERIT");
    QString sync = QStringLiteral("INHERIT");
    QString deduplication = QStringLiteral("INHERIT");
    QString readonly = QStringLiteral("INHERIT");
    QString comments;
    bool deviceReady = true; // /dev/zvol/<name> exists (appears a moment after create, §4.1)
    QString pool() const { return name.section(QLatin1Char('/'), 0, 0); }
};

// One iSCSI session as SCST sees it (iscsi.global.sessions, §3.1).
struct TrueNasSession
{
    QString initiator;     // IQN
    QString initiatorAddr; // vmk address
    QString portalIp;
    QString target; // full target IQN
    int targetId = 0;
};

struct TrueNasApiKey
{
    int id = 1;
    QString name = QStringLiteral("mpio-lab");
    QString username;
    QString secret; // the 64 characters after "<id>-"
    bool revoked = false;
    QString revokedReason;
};

// The whole middleware state as one value (the database plus what the OS runs), so a control client can
// dump it before and after an operation and compare (toJson() is deterministic: no times, no secrets).
struct TrueNasState
{
    // Interfaces: DB rows incl. staged changes; the applied (running) configuration; the snapshot taken on
    // the first staged change (interface.has_pending_changes, rollback source; §5.3).
    QMap<QString, QJsonObject> ifDb;
    QMap<QString, QJsonObject> ifApplied;
    std::optional<QMap<QString, QJsonObject>> ifSnapshot;
    bool ifCheckinPending = false; // committed with a rollback timer, waiting for interface.checkin
    // Portals rewritten to 0.0.0.0 by a commit that removed their IP (listen delegate), restored on rollback.
    std::optional<QMap<int, QJsonObject>> portalSnapshot;
    QMap<QString, TrueNasNicHw> nicHw;

    QList<TrueNasPoolSpec> pools;
    QMap<QString, TrueNasDataset> datasets;

    QJsonObject iscsiGlobal;
    QMap<int, QJsonObject> portals;
    QMap<int, QJsonObject> initiators;
    QMap<int, QJsonObject> auths;
    QMap<int, QJsonObject> targets;
    QMap<int, QJsonObject> extents;
    QMap<int, QJsonObject> targetExtents;
    QMap<QString, QJsonObject> services; // by service name
    QList<TrueNasSession> sessions;
    QList<TrueNasApiKey> apiKeys;
    QMap<QString, int> lastIds; // per table

    int allocId(const QString& table);
    // Available bytes in a pool: free space minus what thick volumes reserve.
    quint64 poolAvailable(const QString& pool) const;
    QString targetIqn(const QJsonObject& target) const;

    static TrueNasState initial(const TrueNasConfig& config);
    QJsonObject toJson() const;
};

} // namespace mpio::lab
