#pragma once

#include "app/lab/world/Scenario.h"
#include "app/lab/world/StorageSide.h"

#include <QSet>

namespace mpio::lab {

// The storage side a scenario declares (its "storage" section): one target, fixed NICs and LUNs, an optional
// initiator allow-list. Stands in for the TrueNAS emulation until that exists, and for scenarios that test
// the ESXi side alone.
class ScenarioStorage : public StorageSide
{
public:
    explicit ScenarioStorage(const StorageSpec& spec);

    QList<StorageNic> nics() const override;
    bool iscsiServiceRunning() const override;
    int iscsiPort() const override;
    QList<QPair<QString, QStringList>> sendTargets(const QString& initiatorIqn,
                                                   const QString& portalIp) const override;
    LoginResult login(const LoginRequest& request) override;
    void logout(const QString& initiatorIqn, const QString& portalIp, const QString& targetIqn) override;
    QJsonObject dumpState() const override;

    const StorageSpec& spec() const { return m_spec; }
    // Back to the scenario's declaration (control action `reset`); the object itself stays.
    void reset() { m_sessions.clear(); }

private:
    bool initiatorAllowed(const QString& iqn) const;
    bool isPortal(const QString& ip) const;

    StorageSpec m_spec;
    QSet<QString> m_sessions; // "initiator|portal|target"
};

} // namespace mpio::lab
