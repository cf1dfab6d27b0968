// mpio-lab: the virtual lab (DESIGN.md "The virtual lab"; endpoints and control protocol:
// app/lab/ENDPOINTS.md).
#include "app/lab/Lab.h"
#include "app/lab/LabVersion.h"
#include "app/lab/ssh/SshServerPool.h"
#include "app/lab/truenas/TrueNasServer.h"
#include "app/lab/world/Scenario.h"
#include "app/lab/world/World.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSocketNotifier>
#include <QStringList>
#include <QTcpSocket>
#include <csignal>
#include <cstdio>
#include <memory>
#include <sys/socket.h>
#include <unistd.h>

using namespace mpio::lab;

namespace {

int g_signalFd[2] = {-1, -1};

void onSignal(int)
{
    const char c = 1;
    [[maybe_unused]] const auto n = ::write(g_signalFd[1], &c, 1);
}

void out(const QString& s)
{
    std::fputs(s.toLocal8Bit().constData(), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

void err(const QString& s)
{
    std::fputs((QStringLiteral("mpio-lab: ") + s).toLocal8Bit().constData(), stderr);
    std::fputc('\n', stderr);
}

int usage()
{
    err(QStringLiteral(
        "usage:\n"
        "  mpio-lab --scenario FILE|NAME --state-dir DIR [--control PORT]\n"
        "  mpio-lab ctl --state-dir DIR ACTION [key=value ...]\n"
        "  mpio-lab exec --state-dir DIR --host HOST [COMMAND]   (default: $SSH_ORIGINAL_COMMAND)\n"
        "  mpio-lab --list-scenarios\n"
        "  mpio-lab --version"));
    return 2;
}

// Values that parse as JSON numbers or booleans are sent as such (ENDPOINTS.md).
QJsonValue ctlValue(const QString& v)
{
    const QJsonDocument d = QJsonDocument::fromJson("[" + v.toUtf8() + "]");
    if (d.isArray() && d.array().size() == 1 && (d.array().at(0).isDouble() || d.array().at(0).isBool()))
        return d.array().at(0);
    return v;
}

// Sends one request to the running lab's control port; the reply, or an empty object after printing why.
QJsonObject control(const QString& stateDir, const QString& action, const QJsonObject& params)
{
    QFile f(stateDir + QStringLiteral("/endpoints.json"));
    if (!f.open(QIODevice::ReadOnly)) {
        err(QStringLiteral("%1: %2 (is the lab running?)").arg(f.fileName(), f.errorString()));
        return {};
    }
    const QJsonObject ctl = QJsonDocument::fromJson(f.readAll())
                                .object()
                                .value(QStringLiteral("lab"))
                                .toObject()
                                .value(QStringLiteral("control"))
                                .toObject();
    const int port = ctl.value(QStringLiteral("port")).toInt();
    QTcpSocket s;
    s.connectToHost(QStringLiteral("127.0.0.1"), quint16(port));
    if (port <= 0 || !s.waitForConnected(5000)) {
        err(QStringLiteral("cannot reach the lab's control port %1: %2").arg(port).arg(s.errorString()));
        return {};
    }
    const QJsonObject req{{QStringLiteral("action"), action}, {QStringLiteral("args"), params}};
    s.write(QJsonDocument(req).toJson(QJsonDocument::Compact) + '\n');
    for (int i = 0; i < 300 && !s.canReadLine(); ++i) // bounded: 300 × 100 ms
        if (!s.waitForReadyRead(100) && s.state() != QAbstractSocket::ConnectedState)
            break;
    if (!s.canReadLine()) {
        err(QStringLiteral("no reply from the lab"));
        return {};
    }
    return QJsonDocument::fromJson(s.readLine().trimmed()).object();
}

// `mpio-lab exec --state-dir DIR --host H [COMMAND]`: runs COMMAND (default: $SSH_ORIGINAL_COMMAND) on H's
// shell in the running lab; stdout, stderr and the exit code are the command's. Meant as an OpenSSH
// ForceCommand.
int runExec(const QStringList& args)
{
    QString stateDir, host;
    QStringList words;
    for (qsizetype i = 0; i < args.size(); ++i) {
        if (args[i] == QLatin1String("--state-dir") && i + 1 < args.size())
            stateDir = args[++i];
        else if (args[i] == QLatin1String("--host") && i + 1 < args.size())
            host = args[++i];
        else if (args[i] == QLatin1String("--")) {
            words += args.mid(i + 1);
            break;
        } else {
            words.append(args[i]);
        }
    }
    QString command = words.join(QLatin1Char(' '));
    if (command.isEmpty())
        command = qEnvironmentVariable("SSH_ORIGINAL_COMMAND");
    if (stateDir.isEmpty() || host.isEmpty())
        return usage();
    const QJsonObject reply = control(stateDir, QStringLiteral("exec"),
                                      {{QStringLiteral("host"), host}, {QStringLiteral("command"), command}});
    if (!reply.value(QStringLiteral("ok")).toBool()) {
        if (!reply.isEmpty())
            err(reply.value(QStringLiteral("error")).toString());
        return 255;
    }
    const QJsonObject r = reply.value(QStringLiteral("result")).toObject();
    std::fputs(r.value(QStringLiteral("out")).toString().toUtf8().constData(), stdout);
    std::fputs(r.value(QStringLiteral("err")).toString().toUtf8().constData(), stderr);
    return r.value(QStringLiteral("exit")).toInt();
}

int runCtl(const QStringList& args)
{
    QString stateDir, action;
    QJsonObject params;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString& a = args[i];
        if (a == QLatin1String("--state-dir") && i + 1 < args.size())
            stateDir = args[++i];
        else if (action.isEmpty() && !a.startsWith(QLatin1String("--")))
            action = a;
        else if (a.contains(QLatin1Char('=')))
            params.insert(a.section(QLatin1Char('='), 0, 0), ctlValue(a.section(QLatin1Char('='), 1)));
        else
            return usage();
    }
    if (stateDir.isEmpty() || action.isEmpty())
        return usage();
    const QJsonObject reply = control(stateDir, action, params);
    if (reply.isEmpty())
        return 1;
    std::fputs(QJsonDocument(reply).toJson(QJsonDocument::Indented).constData(), stdout);
    return reply.value(QStringLiteral("ok")).toBool() ? 0 : 1;
}

int listScenarios()
{
    for (const QString& name : Scenario::shippedScenarios()) {
        Scenario sc;
        QString error;
        const bool ok = Scenario::fromFile(Scenario::resolve(name), &sc, &error);
        out(QStringLiteral("%1  %2").arg(name, -24).arg(
            ok ? sc.description
               : QStringLiteral("(invalid: %1)").arg(error.section(QLatin1Char('\n'), 0, 0))));
    }
    return 0;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("mpio-lab"));
    QStringList args = QCoreApplication::arguments().mid(1);
    if (args.value(0) == QLatin1String("--version")) {
        out(QStringLiteral("mpio-lab %1").arg(QString::fromLatin1(labVersion())));
        return 0;
    }
    if (args.value(0) == QLatin1String("--list-scenarios"))
        return listScenarios();
    if (args.value(0) == QLatin1String("ctl"))
        return runCtl(args.mid(1));
    if (args.value(0) == QLatin1String("exec"))
        return runExec(args.mid(1));

    QString scenarioArg, stateDir;
    int controlPort = 0;
    for (qsizetype i = 0; i < args.size(); ++i) {
        if (args[i] == QLatin1String("--scenario") && i + 1 < args.size())
            scenarioArg = args[++i];
        else if (args[i] == QLatin1String("--state-dir") && i + 1 < args.size())
            stateDir = args[++i];
        else if (args[i] == QLatin1String("--control") && i + 1 < args.size())
            controlPort = args[++i].toInt();
        else
            return usage();
    }
    if (scenarioArg.isEmpty() || stateDir.isEmpty() || controlPort < 0 || controlPort > 65535)
        return usage();

    Scenario scenario;
    QString error;
    if (!Scenario::fromFile(Scenario::resolve(scenarioArg), &scenario, &error)) {
        err(error);
        return 2;
    }

    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, g_signalFd) != 0) {
        err(QStringLiteral("socketpair failed"));
        return 1;
    }
    QSocketNotifier notifier(g_signalFd[0], QSocketNotifier::Read);
    QObject::connect(&notifier, &QSocketNotifier::activated, &app, [&] {
        char c = 0;
        [[maybe_unused]] const auto n = ::read(g_signalFd[0], &c, 1);
        QCoreApplication::quit();
    });
    struct sigaction sa = {};
    sa.sa_handler = onSignal;
    sigemptyset(&sa.sa_mask);
    sa.sa_flags = SA_RESTART;
    sigaction(SIGINT, &sa, nullptr);
    sigaction(SIGTERM, &sa, nullptr);
    std::signal(SIGPIPE, SIG_IGN);

    // Exec channels run the ESXi shell (Lab::shell()). The TrueNAS emulation plugs in here, before start():
    // lab.world().setStorage(&truenas); lab.world().setExtraControl(handler); and, once it listens,
    // lab.setTruenasEndpoint({...}) (see Lab.h).
    // TrueNAS emulation (app/lab/truenas/TRUENAS.md), declared before the Lab so it outlives the World that
    // points at its StorageSide. It replaces the scenario-declared storage when the scenario has "truenas".
    std::unique_ptr<TrueNasServer> truenas;
    if (!scenario.truenas.isEmpty())
        truenas = std::make_unique<TrueNasServer>(scenario.truenas, stateDir);

    Lab lab(scenario, stateDir);
    if (truenas) {
        if (!QDir().mkpath(stateDir) || !truenas->start(&error)) {
            err(error);
            return 1;
        }
        lab.world().setStorage(truenas->storage());
        lab.world().setExtraControl(
            [t = truenas.get()](const QString& a, const QJsonObject& o) { return t->control(a, o); });
        QObject::connect(truenas.get(), &TrueNasServer::storageChanged, &lab,
                         [&lab] { lab.world().storageChanged(); });
        QObject::connect(truenas.get(), &TrueNasServer::endpointChanged, &lab,
                         [&lab, t = truenas.get()] { lab.setTruenasEndpoint(t->endpoint()); });
        lab.setTruenasEndpoint(truenas->endpoint());
    }
    if (!lab.start(quint16(controlPort), &error)) {
        err(error);
        return 1;
    }
    out(QStringLiteral("mpio-lab %1: scenario %2").arg(QString::fromLatin1(labVersion()), scenario.name));
    out(QStringLiteral("control  127.0.0.1:%1").arg(lab.controlPort()));
    for (const QString& host : lab.ssh().hosts())
        out(QStringLiteral("%1  ssh 127.0.0.1:%2  %3")
                .arg(host)
                .arg(lab.ssh().port(host))
                .arg(lab.ssh().fingerprint(host)));
    if (truenas)
        out(QStringLiteral("%1  wss 127.0.0.1:%2  ws 127.0.0.1:%3  TrueNAS %4  %5")
                .arg(truenas->hostname())
                .arg(truenas->wssPort())
                .arg(truenas->wsPort())
                .arg(truenas->version(), truenas->certSha256()));
    out(QStringLiteral("endpoints  %1").arg(lab.endpointsPath()));

    const int rc = QCoreApplication::exec();
    lab.stop();
    lab.world().setStorage(nullptr); // back to the scenario storage before the TrueNAS emulation goes
    out(QStringLiteral("mpio-lab: stopped"));
    return rc;
}
