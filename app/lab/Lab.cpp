#include "app/lab/Lab.h"

#include "app/lab/LabVersion.h"
#include "app/lab/control/ControlServer.h"
#include "app/lab/shell/CommandRunner.h"
#include "app/lab/shell/EsxiShell.h"
#include "app/lab/shell/WorldShellBinding.h"
#include "app/lab/ssh/HostRuntime.h"
#include "app/lab/ssh/SshServerPool.h"
#include "app/lab/workload/WorkloadEngine.h"
#include "app/lab/world/World.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMutexLocker>
#include <QSaveFile>

namespace mpio::lab {

namespace {

QString str(const QJsonObject& args, const QString& key)
{
    return args.value(key).isString() ? args.value(key).toString() : args.value(key).toVariant().toString();
}

bool integer(const QJsonObject& args, const QString& key, int* out)
{
    const QJsonValue v = args.value(key);
    if (v.isDouble()) {
        *out = v.toInt();
        return true;
    }
    bool ok = false;
    *out = v.toString().toInt(&ok);
    return ok;
}

} // namespace

Lab::Lab(const Scenario& scenario, const QString& stateDir, QObject* parent)
    : QObject(parent)
    , m_scenario(scenario)
    , m_stateDir(stateDir)
    , m_world(std::make_unique<World>(scenario))
    , m_ssh(std::make_unique<SshServerPool>(m_world.get()))
    , m_shell(std::make_unique<EsxiShell>())
    // Hosts and storage resolved through the World per command, its network model as the probe, and
    // linksChanged → path states after linkDownDetectMs (the shell's side of the world).
    , m_binding(std::make_unique<WorldShellBinding>(m_world.get(), m_shell.get()))
{
    m_runner = m_shell.get();
    // Path health for the workload comes from the same network model the shell's vmkping uses (the engine
    // applies the detection delays): no route or no link → LocalDown (linkDownDetectMs); small frames pass
    // but frames of the vmk's MTU are lost (a switch port's MTU lowered) → Silent, which only the iSCSI
    // NOP-Out timers notice (noopOutIntervalMs + noopOutTimeoutMs, esxi-esxcli.md §7.2).
    const ModelParams& model = m_world->model();
    PathTiming timing;
    timing.linkDownDetectMs = model.linkDownDetectMs;
    timing.noopOutIntervalMs = model.noopOutIntervalMs;
    timing.noopOutTimeoutMs = model.noopOutTimeoutMs;
    timing.loginMs = model.loginDelayMs;
    timing.apdTimeoutMs = model.apdTimeoutMs;
    World* world = m_world.get();
    m_workload =
        std::make_unique<WorkloadEngine>(timing, [world](const EsxiHostState& host, const Path& path) {
            if (!world->reachable(host.name, path.vmk, path.portalIp))
                return PathLink::LocalDown;
            int mtu = 1500;
            for (const Vmk& v : host.vmks)
                if (v.name == path.vmk)
                    mtu = v.mtu;
            const ProbeResult full = world->probe(host.name, path.vmk, path.portalIp, mtu - 28, true);
            return full.outcome == ProbeOutcome::Lost ? PathLink::Silent : PathLink::Up;
        });
    startScenarioWorkloads();
    m_clock.start();
    // 20 ms: the counters move in steps of iops × 20 ms, small against a 1 s poll (2 % at 1000 IOPS/path).
    m_workloadTick.setInterval(20);
    connect(&m_workloadTick, &QTimer::timeout, this, [this] {
        QMutexLocker lock(&m_world->mutex());
        QList<EsxiHostState*> hosts;
        for (const QString& name : m_world->hostNames())
            if (EsxiHostState* h = m_world->host(name))
                hosts << h;
        const double scale = m_world->model().timeScale > 0 ? m_world->model().timeScale : 1.0;
        m_workload->advanceTo(qint64(double(m_clock.elapsed()) / scale), hosts);
    });
    m_workloadTick.start();
    connect(m_ssh.get(), &SshServerPool::hostKeyRotated, this, [this] {
        QString error;
        writeEndpoints(&error);
    });
}

Lab::~Lab()
{
    stop();
}

// workload: host (default every host), device (default "*": every TrueNAS device), iops (0 stops),
// readPercent, blockSize — ENDPOINTS.md.
QJsonObject Lab::workloadControl(const QString&, const QJsonObject& args)
{
    QMutexLocker lock(&m_world->mutex());
    QStringList hosts;
    const QString host = args.value(QStringLiteral("host")).toString();
    if (host.isEmpty())
        hosts = m_world->hostNames();
    else if (m_world->host(host))
        hosts = {host};
    else
        return ControlServer::fail(QStringLiteral("unknown host \"%1\"").arg(host));
    const double iops = args.value(QStringLiteral("iops")).toDouble(-1);
    if (iops < 0 || iops > 1e7)
        return ControlServer::fail(QStringLiteral("workload needs iops=<0..10000000>"));
    for (const QString& h : hosts) {
        Workload w;
        w.host = h;
        w.device = args.value(QStringLiteral("device")).toString(QStringLiteral("*"));
        w.iops = iops;
        w.readPercent = qBound(0, args.value(QStringLiteral("readPercent")).toInt(70), 100);
        w.blockSize = qBound(512, args.value(QStringLiteral("blockSize")).toInt(4096), 1 << 20);
        m_workload->setWorkload(w);
    }
    QJsonArray list;
    for (const Workload& w : m_workload->workloads())
        list.append(QJsonObject{{QStringLiteral("host"), w.host},
                                {QStringLiteral("device"), w.device},
                                {QStringLiteral("iops"), w.iops},
                                {QStringLiteral("readPercent"), w.readPercent},
                                {QStringLiteral("blockSize"), w.blockSize}});
    return ControlServer::ok(
        QJsonObject{{QStringLiteral("workloads"), list}, {QStringLiteral("clock"), clock()}});
}

void Lab::startScenarioWorkloads()
{
    QMutexLocker lock(&m_world->mutex());
    m_workload->clear();
    for (const Workload& w : m_scenario.workloads)
        m_workload->setWorkload(w);
}

// Which clock the lab's figures use: lab milliseconds = real milliseconds / timeScale (issue 6).
QJsonObject Lab::clock() const
{
    const double scale = m_world->model().timeScale > 0 ? m_world->model().timeScale : 1.0;
    return QJsonObject{{QStringLiteral("timeScale"), scale},
                       {QStringLiteral("labMs"), double(m_clock.elapsed()) / scale},
                       {QStringLiteral("realMs"), double(m_clock.elapsed())}};
}

void Lab::setRunner(CommandRunner* runner)
{
    m_runner = runner ? runner : m_shell.get();
    m_ssh->setRunner(m_runner);
}

bool Lab::start(quint16 controlPort, QString* error)
{
    if (!QDir().mkpath(m_stateDir)) {
        *error = QStringLiteral("%1: cannot create the state directory").arg(m_stateDir);
        return false;
    }
    if (!m_ssh->start(m_stateDir, error))
        return false;
    m_ssh->setRunner(m_runner);
    m_control = std::make_unique<ControlServer>(
        [this](const QString& action, const QJsonObject& args) { return handleControl(action, args); });
    if (!m_control->start(controlPort, error))
        return false;
    m_started = true;
    return writeEndpoints(error);
}

void Lab::stop()
{
    if (!m_started)
        return;
    m_started = false;
    if (m_control)
        m_control->close();
    m_ssh->stop();
    QFile::remove(endpointsPath()); // a stale file would point clients at closed ports
}

quint16 Lab::controlPort() const
{
    return m_control ? m_control->serverPort() : 0;
}

QString Lab::endpointsPath() const
{
    return m_stateDir + QStringLiteral("/endpoints.json");
}

void Lab::setTruenasEndpoint(const QJsonObject& endpoint)
{
    m_truenasEndpoint = endpoint;
    if (m_started) {
        QString error;
        writeEndpoints(&error);
    }
}

QJsonObject Lab::endpoints() const
{
    QJsonArray hosts;
    QMutexLocker lock(&m_world->mutex());
    for (const QString& name : m_world->hostNames()) {
        const EsxiHostState* h = m_world->host(name);
        hosts.append(QJsonObject{{QStringLiteral("name"), name},
                                 {QStringLiteral("host"), QStringLiteral("127.0.0.1")},
                                 {QStringLiteral("port"), int(m_ssh->port(name))},
                                 {QStringLiteral("user"), QStringLiteral("root")},
                                 {QStringLiteral("password"), h->rootPassword},
                                 {QStringLiteral("hostKeySha256"), m_ssh->fingerprint(name)},
                                 {QStringLiteral("version"), h->version}});
    }
    QJsonObject o{{QStringLiteral("lab"),
                   QJsonObject{{QStringLiteral("version"), QString::fromLatin1(labVersion())},
                               {QStringLiteral("pid"), qint64(QCoreApplication::applicationPid())},
                               {QStringLiteral("scenario"), m_scenario.name},
                               {QStringLiteral("control"),
                                QJsonObject{{QStringLiteral("host"), QStringLiteral("127.0.0.1")},
                                            {QStringLiteral("port"), int(controlPort())}}}}},
                  {QStringLiteral("hosts"), hosts}};
    if (!m_truenasEndpoint.isEmpty())
        o.insert(QStringLiteral("truenas"), m_truenasEndpoint);
    return o;
}

bool Lab::writeEndpoints(QString* error) const
{
    // QSaveFile writes a temporary file and renames it: readers never see half a file (ENDPOINTS.md).
    QSaveFile f(endpointsPath());
    if (!f.open(QIODevice::WriteOnly)) {
        *error = QStringLiteral("%1: %2").arg(endpointsPath(), f.errorString());
        return false;
    }
    f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner); // lab credentials inside
    f.write(QJsonDocument(endpoints()).toJson(QJsonDocument::Indented));
    if (!f.commit()) {
        *error = QStringLiteral("%1: %2").arg(endpointsPath(), f.errorString());
        return false;
    }
    return true;
}

QJsonObject Lab::handleControl(const QString& action, const QJsonObject& args)
{
    QString error;
    auto done = [&](bool ok, const QJsonValue& result = QJsonObject()) {
        return ok ? ControlServer::ok(result) : ControlServer::fail(error);
    };
    if (action == QLatin1String("state"))
        return ControlServer::ok(m_world->dumpState());
    if (action == QLatin1String("clock"))
        return ControlServer::ok(clock());
    if (action == QLatin1String("reset")) {
        m_world->reset();
        m_ssh->reset();
        startScenarioWorkloads();
        return ControlServer::ok();
    }
    if (action == QLatin1String("cable-pull") || action == QLatin1String("cable-restore"))
        return done(m_world->setCableConnected(str(args, QStringLiteral("cable")),
                                               action == QLatin1String("cable-restore"), &error));
    if (action == QLatin1String("switch-down") || action == QLatin1String("switch-up"))
        return done(m_world->setSwitchUp(str(args, QStringLiteral("switch")),
                                         action == QLatin1String("switch-up"), &error));
    if (action == QLatin1String("port-mtu")) {
        int mtu = 0;
        if (!integer(args, QStringLiteral("mtu"), &mtu))
            return ControlServer::fail(QStringLiteral("port-mtu needs mtu=<number>"));
        return done(m_world->setSwitchPortMtu(str(args, QStringLiteral("switch")), mtu, &error));
    }
    if (action == QLatin1String("ssh-drop")) {
        int dropped = 0;
        const bool ok = m_ssh->dropSessions(str(args, QStringLiteral("host")), &dropped, &error);
        return done(ok, QJsonObject{{QStringLiteral("dropped"), dropped}});
    }
    if (action == QLatin1String("esxcli-fail")) {
        int call = 1, exitCode = 1;
        if (args.contains(QStringLiteral("call")) && !integer(args, QStringLiteral("call"), &call))
            return ControlServer::fail(QStringLiteral("call must be a number"));
        if (args.contains(QStringLiteral("exit")) && !integer(args, QStringLiteral("exit"), &exitCode))
            return ControlServer::fail(QStringLiteral("exit must be a number"));
        FaultMode mode = FaultMode::Error;
        if (!parseFaultMode(str(args, QStringLiteral("mode")), &mode))
            return ControlServer::fail(QStringLiteral("mode must be error, drop or hang"));
        QString text = str(args, QStringLiteral("error"));
        if (text.isEmpty())
            text = QStringLiteral("Error: injected failure");
        return done(m_ssh->injectEsxcliFailure(str(args, QStringLiteral("host")), call, text, exitCode,
                                               &error, mode));
    }
    if (action == QLatin1String("esxcli-calls")) {
        // How many esxcli calls each host has run: a test places `esxcli-fail` at the k-th call of an apply
        // by counting the calls its discovery takes (the fault matrix, issue 9).
        QJsonObject calls;
        for (const QString& host : m_ssh->hosts())
            if (const HostRuntime* r = m_ssh->runtime(host))
                calls.insert(host, qint64(r->esxcliCalls()));
        return ControlServer::ok(calls);
    }
    if (action == QLatin1String("latency")) {
        int esxcliMs = -1, rttMs = -1;
        if (args.contains(QStringLiteral("esxcliMs")) &&
            !integer(args, QStringLiteral("esxcliMs"), &esxcliMs))
            return ControlServer::fail(QStringLiteral("esxcliMs must be a number"));
        if (args.contains(QStringLiteral("rttMs")) && !integer(args, QStringLiteral("rttMs"), &rttMs))
            return ControlServer::fail(QStringLiteral("rttMs must be a number"));
        int vmkpingTiming = -1;
        if (args.contains(QStringLiteral("vmkpingTiming"))) {
            if (!args.value(QStringLiteral("vmkpingTiming")).isBool())
                return ControlServer::fail(QStringLiteral("vmkpingTiming must be true or false"));
            vmkpingTiming = args.value(QStringLiteral("vmkpingTiming")).toBool() ? 1 : 0;
        }
        return done(
            m_ssh->setLatency(str(args, QStringLiteral("host")), esxcliMs, rttMs, vmkpingTiming, &error));
    }
    if (action == QLatin1String("hostkey-rotate")) {
        const QString host = str(args, QStringLiteral("host"));
        const bool ok = m_ssh->rotateHostKey(host, &error);
        return done(ok, QJsonObject{{QStringLiteral("hostKeySha256"), m_ssh->fingerprint(host)}});
    }
    if (action == QLatin1String("exec")) {
        // One command on a host's shell, without the SSH latency model: the hook for a real OpenSSH server
        // whose ForceCommand is `mpio-lab exec` (the client's test against an SSH server nobody here wrote).
        const QString host = str(args, QStringLiteral("host"));
        if (!m_world->host(host))
            return ControlServer::fail(QStringLiteral("unknown host \"%1\"").arg(host));
        CommandOutput o;
        {
            QMutexLocker lock(&m_world->mutex());
            o = m_runner->run(host, str(args, QStringLiteral("command")));
        }
        return ControlServer::ok(QJsonObject{{QStringLiteral("out"), QString::fromUtf8(o.out)},
                                             {QStringLiteral("err"), QString::fromUtf8(o.err)},
                                             {QStringLiteral("exit"), o.exitCode}});
    }
    if (action == QLatin1String("workload"))
        return workloadControl(action, args);
    if (action.startsWith(QLatin1String("truenas."))) {
        if (!m_world->extraControl())
            return ControlServer::fail(QStringLiteral("%1: this lab runs no TrueNAS emulation").arg(action));
        const QJsonObject r = m_world->extraControl()(action, args);
        if (r.contains(QStringLiteral("ok")))
            return r;
        return ControlServer::ok(r);
    }
    return ControlServer::fail(QStringLiteral("unknown action \"%1\"").arg(action));
}

} // namespace mpio::lab
