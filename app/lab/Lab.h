#pragma once

#include "app/lab/world/Scenario.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QObject>
#include <QTimer>
#include <memory>

namespace mpio::lab {

class CommandRunner;
class ControlServer;
class EsxiShell;
class WorldShellBinding;
class SshServerPool;
class World;
class WorkloadEngine;

// The whole mpio-lab process minus main(): the world, one SSH server per ESXi host, the control server and
// DIR/endpoints.json. main.cpp and the lab tests build it the same way.
//
// Plugging in the TrueNAS emulation (before start()):
//   lab.world().setStorage(&truenas);                 // StorageSide the ESXi side talks to
//   lab.world().setExtraControl(handler);             // receives every "truenas.*" control action
// after its server listens:
//   lab.setTruenasEndpoint({{"name",…},{"host","127.0.0.1"},{"port",…},…}); // rewrites endpoints.json
class Lab : public QObject
{
    Q_OBJECT
public:
    Lab(const Scenario& scenario, const QString& stateDir, QObject* parent = nullptr);
    ~Lab() override;

    World& world() { return *m_world; }
    SshServerPool& ssh() { return *m_ssh; }
    // The ESXi shell the SSH exec channels run (default runner), bound to the World by WorldShellBinding.
    EsxiShell& shell() { return *m_shell; }
    // Replaces the runner (tests use EchoRunner); nullptr restores the ESXi shell.
    void setRunner(CommandRunner* runner);

    bool start(quint16 controlPort, QString* error);
    void stop();

    quint16 controlPort() const;
    QString endpointsPath() const;
    QJsonObject endpoints() const;
    void setTruenasEndpoint(const QJsonObject& endpoint);

    // One control request; the reply as sent on the wire ({"ok":…}).
    QJsonObject handleControl(const QString& action, const QJsonObject& args);

private:
    bool writeEndpoints(QString* error) const;

    Scenario m_scenario;
    QString m_stateDir;
    std::unique_ptr<World> m_world;
    std::unique_ptr<SshServerPool> m_ssh;
    std::unique_ptr<ControlServer> m_control;
    std::unique_ptr<EsxiShell> m_shell;
    std::unique_ptr<WorldShellBinding> m_binding;
    CommandRunner* m_runner = nullptr;
    // I/O on the TrueNAS devices (issue 6): NMP path choice and the per-path counters, advanced every 20 ms
    // on the lab's clock (real time / model().timeScale).
    std::unique_ptr<WorkloadEngine> m_workload;
    QTimer m_workloadTick;
    QElapsedTimer m_clock;
    QJsonObject workloadControl(const QString& action, const QJsonObject& args);
    void startScenarioWorkloads();
    QJsonObject clock() const;
    QJsonObject m_truenasEndpoint;
    bool m_started = false;
};

} // namespace mpio::lab
