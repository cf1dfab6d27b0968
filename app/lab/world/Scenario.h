#pragma once

#include "app/lab/esxi/EsxiHostState.h"
#include "app/lab/workload/Workload.h"
#include "app/lab/world/StorageSide.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace mpio::lab {

struct SwitchSpec
{
    QString name; // Core-A
    int portMtu =
        1500; // every port of the switch; compared with the IP packet size (frames up to this MTU pass)
    bool up = true;
};

// One cable joins one endpoint NIC ("esx01:vmnic2" or "truenas:enp4s0f0") to one switch.
struct CableSpec
{
    QString id;
    QString system; // esx01 | truenas (the storage system's name)
    QString nic;    // vmnic2 | enp4s0f0
    QString switchName;
    bool connected = true;
    QString end() const { return system + QLatin1Char(':') + nic; }
};

// Latency and policy parameters of the model (defaults: esxi-esxcli.md §8.4 and the issue).
struct ModelParams
{
    int esxcliMs = 400;
    int jitterMs = 100;
    int sshRttMs = 3;
    int esxcliConcurrency = 2;
    int lockoutAttempts = 5;
    int lockoutSeconds = 900;
    int linkDownDetectMs = 1000;
    // iSCSI NOP-Out timers (esxi-esxcli.md §7.2): a silent drop is noticed after interval + timeout.
    int noopOutIntervalMs = 15000;
    int noopOutTimeoutMs = 10000;
    int loginDelayMs = 2000;   // a restored path logs in again and becomes active
    int apdTimeoutMs = 140000; // Misc.APDTimeout: after it, I/O to a device in APD fails fast
    // Real time per lab time: 0.1 runs every modelled delay (esxcli, detection, NOP-Out, login, APD timer)
    // and the workload clock ten times faster, for long tests. Figures the lab reports say which clock.
    double timeScale = 1.0;
    // A vmkping takes as long as a real one: (count − 1) × interval, then the last reply or the -W wait
    // (esxi-esxcli.md §3: -c 3 at the default 1 s interval ≈ 2 s). Off by default, so the tests' jumbo gates
    // stay fast; the benchmarks switch it on (control action `latency`, `vmkpingTiming`).
    bool vmkpingTiming = false;
};

// The scenario-declared iSCSI target used until the TrueNAS emulation exists (ScenarioStorage).
struct StorageSpec
{
    QString name = QStringLiteral("truenas");
    QString targetIqn;
    int port = 3260;
    bool serviceRunning = true;
    QList<StorageNic> nics;
    QList<StorageLun> luns;
    QStringList allowedInitiators; // empty: every initiator
    QStringList portalIps;         // empty: every NIC address
};

struct Scenario
{
    QString name;
    QString description;
    ModelParams model;
    QList<SwitchSpec> switches;
    QList<CableSpec> cables;
    QList<EsxiHostState> hosts;
    bool hasStorage = false;
    StorageSpec storage;
    QJsonObject truenas;       // passed through untouched for the TrueNAS emulation
    QList<Workload> workloads; // running from the start (and again after a reset)

    // Parses and validates; on failure returns false and sets *error to every problem, one per line, each
    // starting with its JSON location (or line:column for syntax errors).
    static bool fromJson(const QByteArray& json, Scenario* out, QString* error);
    static bool fromFile(const QString& path, Scenario* out, QString* error);
    // Shipped scenarios: "seed-two-paths" → <scenario dir>/seed-two-paths.json.
    static QString scenarioDir();
    static QStringList shippedScenarios();
    static QString resolve(const QString& nameOrPath);
};

} // namespace mpio::lab
