#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace mpio::lab {

// The contract between the lab's ESXi world (switches, cables, hosts) and the storage system behind it.
// Before the TrueNAS middleware emulation exists, a scenario-declared target implements it; afterwards the
// TrueNAS emulation (app/lab/truenas) does. The ESXi side asks it what a vmkping to a TrueNAS address meets,
// what SendTargets returns, and whether an iSCSI login succeeds and which LUNs it sees.

struct StorageNic
{
    QString name;     // "enp4s0f0"
    QString ipv4;     // "10.20.10.10" (static alias; empty when none)
    int prefix = 0;   // 29
    int mtu = 1500;
    bool linkUp = true;
    bool dhcp = false;
};

struct StorageLun
{
    int lunId = 0;
    QString naa;            // "naa.6589cfc000000…" (as ESXi shows it, lowercase hex)
    quint64 sizeBytes = 0;
    int logicalBlockSize = 512;
    QString vendor = QStringLiteral("TrueNAS");
    QString model = QStringLiteral("iSCSI Disk"); // 25.10: extent product_id
    QString revision = QStringLiteral("0123");
    bool tpgs = false; // ALUA/TPGS reported (Enterprise HA only)
};

struct LoginRequest
{
    QString initiatorIqn;
    QString initiatorIp; // the vmk address the session comes from
    QString portalIp;    // the TrueNAS address it connects to
    int portalPort = 3260;
    QString targetIqn;
    QString chapUser;    // empty: no CHAP offered
    QString chapSecret;
    QString mutualUser;  // mutual CHAP: what the initiator expects from the target
    QString mutualSecret;
};

struct LoginResult
{
    bool ok = false;
    QString reason;          // when !ok: "authorization failure", "target not found", "no portal", …
    QList<StorageLun> luns;  // LUNs this initiator sees through this portal
};

class StorageSide
{
public:
    virtual ~StorageSide() = default;
    virtual QList<StorageNic> nics() const = 0;          // committed configuration
    virtual bool iscsiServiceRunning() const = 0;
    virtual int iscsiPort() const = 0;                   // global listen_port (3260)
    // SendTargets from `portalIp` for `initiatorIqn`: target IQNs with their advertised "ip:port" addresses.
    virtual QList<QPair<QString, QStringList>> sendTargets(const QString& initiatorIqn,
                                                           const QString& portalIp) const = 0;
    virtual LoginResult login(const LoginRequest& request) = 0;
    virtual void logout(const QString& initiatorIqn, const QString& portalIp, const QString& targetIqn) = 0;
    virtual QJsonObject dumpState() const = 0;
};

} // namespace mpio::lab
