#pragma once

#include "app/lab/esxi/EsxiHostState.h"
#include "app/lab/world/ProbeResult.h"
#include "app/lab/world/Scenario.h"
#include "app/lab/world/StorageSide.h"

#include <QJsonObject>
#include <QObject>
#include <QRecursiveMutex>
#include <functional>
#include <memory>
#include <vector>

namespace mpio::lab {

class ScenarioStorage;

// The simulated site: switches, cables, ESXi hosts and the storage system behind them. Everything that is
// "network truth" lives here; the ESXi shell asks probe()/reachable() and reads/changes hosts through host().
// Thread-safety: the SSH layer runs commands on worker threads; whoever touches hosts or the storage holds
// mutex() (recursive). Control actions run on the main thread and take it too.
class World : public QObject
{
    Q_OBJECT
public:
    explicit World(const Scenario& scenario, QObject* parent = nullptr);
    ~World() override;

    const Scenario& scenario() const { return m_scenario; }
    QRecursiveMutex& mutex() const { return m_mutex; }

    QStringList hostNames() const;
    EsxiHostState* host(const QString& name);
    const ModelParams& model() const { return m_scenario.model; }

    // The storage system. Defaults to the scenario's "storage" section (ScenarioStorage) when present;
    // the TrueNAS emulation replaces it with setStorage() (not owned; must outlive the World or be reset).
    StorageSide* storage() const { return m_storage; }
    // A stable StorageSide that forwards to whatever storage() is at call time: give this one to the ESXi
    // shell, so setStorage() and reset() never leave it with a stale pointer.
    StorageSide* storageProxy() const;
    void setStorage(StorageSide* storage);
    QString storageName() const;
    // The storage side calls this when its NICs changed (link, address, MTU): every host re-evaluates its
    // paths as after a link change (linksChanged with all hosts).
    void storageChanged();
    // The scenario's raw "truenas" section, for the TrueNAS emulation.
    QJsonObject truenasConfig() const { return m_scenario.truenas; }

    // Control actions for other subsystems ("truenas.*"): the handler returns the reply's result object, or
    // an object {"ok": false, "error": "..."}.
    using ExtraControl = std::function<QJsonObject(const QString& action, const QJsonObject& args)>;
    void setExtraControl(ExtraControl handler) { m_extraControl = std::move(handler); }
    const ExtraControl& extraControl() const { return m_extraControl; }

    // Network truth for vmkping: `vmk` empty = route by destination like vmkping without -I.
    ProbeResult probe(const QString& host, const QString& vmk, const QString& dstIp, int payloadSize,
                      bool dontFragment) const;
    // Whether an iSCSI TCP connection from `vmk` (or routed, when empty) to dstIp can be established.
    bool reachable(const QString& host, const QString& vmk, const QString& dstIp) const;

    // Faults (control protocol). Return false and set *error on unknown names.
    bool setCableConnected(const QString& cableId, bool connected, QString* error);
    bool setSwitchUp(const QString& switchName, bool up, QString* error);
    bool setSwitchPortMtu(const QString& switchName, int mtu, QString* error);
    const QList<SwitchSpec>& switches() const { return m_switches; }
    const QList<CableSpec>& cables() const { return m_cables; }

    // Back to the scenario's initial state (hosts, cables, switches, scenario storage).
    void reset();
    // Deterministic dump of everything (sorted collections; secrets omitted).
    QJsonObject dumpState() const;

signals:
    // Some vmnic's link changed; `hosts` are the affected host names. Emitted on the thread that made the
    // change (the main thread for control actions). The shell marks paths dead after
    // model().linkDownDetectMs.
    void linksChanged(const QStringList& hosts);
    void worldReset();
    // A storage side was attached (the TrueNAS emulation replacing the scenario's): sessions the scenario
    // declares as logged in must log in there too, or the two sides disagree (ESXi shows sessions that
    // iscsi.global.sessions does not list).
    void storageAttached();

private:
    void applyLinks();
    const CableSpec* cableFor(const QString& system, const QString& nic) const;
    const SwitchSpec* switchNamed(const QString& name) const;
    QString routeVmk(const EsxiHostState& h, quint32 dst) const;

    Scenario m_scenario;
    // unique_ptr: host() pointers stay valid for the World's life (the ESXi shell keeps them); reset()
    // assigns in place.
    std::vector<std::unique_ptr<EsxiHostState>> m_hosts;
    QList<SwitchSpec> m_switches;
    QList<CableSpec> m_cables;
    std::unique_ptr<ScenarioStorage> m_scenarioStorage;
    std::unique_ptr<StorageSide> m_storageProxy;
    StorageSide* m_storage = nullptr;
    ExtraControl m_extraControl;
    mutable QRecursiveMutex m_mutex;
};

} // namespace mpio::lab
