#pragma once

#include "app/lab/world/StorageSide.h"

namespace mpio::lab {

class TrueNasBackend;
struct TrueNasState;

// The ESXi world's view of the TrueNAS emulation (StorageSide): NICs from the applied interface
// configuration, SendTargets and logins with SCST's access rules (truenas-api.md §3.5), the LUNs of the
// target as ESXi sees them (§8), and the sessions iscsi.global.sessions lists. Thread-safe (backend mutex).
class TrueNasStorage : public StorageSide
{
public:
    explicit TrueNasStorage(TrueNasBackend* backend);

    QList<StorageNic> nics() const override;
    bool iscsiServiceRunning() const override;
    int iscsiPort() const override;
    QList<QPair<QString, QStringList>> sendTargets(const QString& initiatorIqn,
                                                   const QString& portalIp) const override;
    LoginResult login(const LoginRequest& request) override;
    void logout(const QString& initiatorIqn, const QString& portalIp, const QString& targetIqn) override;
    QJsonObject dumpState() const override;

    // Every address SCST listens on for this portal ("0.0.0.0" expands to all interface addresses).
    static QStringList portalAddresses(const TrueNasState& state, const QJsonObject& portal);
    static QStringList liveAddresses(const TrueNasState& state);

private:
    TrueNasBackend* m_backend;
};

} // namespace mpio::lab
