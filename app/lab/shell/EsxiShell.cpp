#include "app/lab/shell/EsxiShell.h"

#include "app/lab/esxi/Esxcli.h"
#include "app/lab/esxi/EsxiContext.h"
#include "app/lab/esxi/IscsiInitiator.h"
#include "app/lab/esxi/Vmkping.h"

namespace mpio::lab {

using namespace Qt::StringLiterals;

namespace {
thread_local int t_lastExtraLatencyMs = 0;
thread_local int t_lastPingMs = 0;
} // namespace

int EsxiShell::lastExtraLatencyMs()
{
    return t_lastExtraLatencyMs;
}

int EsxiShell::lastPingMs()
{
    return t_lastPingMs;
}

EsxiHostState* EsxiShell::hostNamed(const QString& name) const
{
    return m_hostResolver ? m_hostResolver(name) : m_hosts.value(name);
}

StorageSide* EsxiShell::storage() const
{
    return m_storageResolver ? m_storageResolver() : m_storage;
}

void EsxiShell::linksChanged(const QStringList& hostNames)
{
    for (const QString& name : hostNames) {
        EsxiHostState* host = hostNamed(name);
        if (!host)
            continue;
        IscsiInitiator::normalise(*host);
        EsxiContext ctx;
        ctx.hostName = name;
        ctx.host = host;
        ctx.probe = m_probe;
        ctx.storage = storage();
        IscsiInitiator::refreshPaths(ctx);
    }
}

void EsxiShell::addHost(const QString& hostName, EsxiHostState* state)
{
    m_hosts.insert(hostName, state);
}

void EsxiShell::removeHost(const QString& hostName)
{
    m_hosts.remove(hostName);
}

CommandOutput EsxiShell::run(const QString& hostName, const QString& commandLine)
{
    t_lastExtraLatencyMs = 0;
    t_lastPingMs = 0;
    CommandOutput total;
    EsxiHostState* host = hostNamed(hostName);
    if (!host) {
        total.err = u"sh: lab: unknown host %1\n"_s.arg(hostName).toUtf8();
        total.exitCode = 127;
        return total;
    }
    IscsiInitiator::normalise(*host);
    EsxiContext ctx;
    ctx.hostName = hostName;
    ctx.host = host;
    ctx.probe = m_probe;
    ctx.storage = storage();

    const ShellParse parsed = ShellLexer::parse(commandLine);
    if (!parsed.error.isEmpty()) {
        total.err = (parsed.error + QLatin1Char('\n')).toUtf8();
        total.exitCode = 2; // busybox ash: syntax errors exit 2
        return total;
    }
    int status = 0;
    for (const ShellCommand& cmd : parsed.commands) {
        if (cmd.link == ShellCommand::Link::And && status != 0)
            continue;
        if (cmd.link == ShellCommand::Link::Or && status == 0)
            continue;
        QStringList argv;
        for (QString a : cmd.argv) {
            a.replace(ShellLexer::statusMarker(), QString::number(status));
            argv << a;
        }
        if (!cmd.unwritableTarget.isEmpty()) {
            total.err += u"sh: can't create %1: Read-only file system\n"_s.arg(cmd.unwritableTarget).toUtf8();
            status = 1;
            continue;
        }
        bool exitShell = false;
        CommandOutput o = runSimple(ctx, argv, status, &exitShell);
        if (cmd.errToOut) {
            o.out += o.err;
            o.err.clear();
        } else if (cmd.outToErr) {
            o.err += o.out;
            o.out.clear();
        }
        if (cmd.discardOut)
            o.out.clear();
        if (cmd.discardErr)
            o.err.clear();
        total.out += o.out;
        total.err += o.err;
        status = o.exitCode;
        if (exitShell)
            break;
    }
    total.exitCode = status;
    t_lastExtraLatencyMs = ctx.extraLatencyMs;
    t_lastPingMs = ctx.pingMs;
    return total;
}

CommandOutput EsxiShell::runSimple(EsxiContext& ctx, const QStringList& argvIn, int lastStatus,
                                   bool* exitShell)
{
    CommandOutput o;
    QStringList argv = argvIn;
    // /bin/esxcli, /sbin/vmkping…: the lab resolves a path by its last component.
    const QString name = argv.takeFirst().section(QLatin1Char('/'), -1);

    if (name == QLatin1String("esxcli") || name == QLatin1String("localcli"))
        return Esxcli::run(ctx, argv);
    if (name == QLatin1String("vmkping"))
        return Vmkping::run(ctx, argv);
    if (name == QLatin1String("esxcfg-mpath"))
        return mpathBrief(ctx, argv);
    if (name == QLatin1String("esxcfg-nics"))
        return nicsList(ctx, argv);
    if (name == QLatin1String("true"))
        return o;
    if (name == QLatin1String("false")) {
        o.exitCode = 1;
        return o;
    }
    if (name == QLatin1String("exit")) {
        *exitShell = true;
        o.exitCode = lastStatus; // busybox: a bare `exit` keeps the last status
        if (!argv.isEmpty()) {
            bool ok = false;
            const int n = argv.first().toInt(&ok);
            if (!ok) {
                o.err = u"sh: exit: Illegal number: %1\n"_s.arg(argv.first()).toUtf8();
                o.exitCode = 2;
                return o;
            }
            o.exitCode = n & 0xff;
        }
        return o;
    }
    if (name == QLatin1String("echo")) {
        bool newline = true;
        if (!argv.isEmpty() && argv.first() == QLatin1String("-n")) {
            newline = false;
            argv.removeFirst();
        }
        o.out = argv.join(QLatin1Char(' ')).toUtf8();
        if (newline)
            o.out += '\n';
        return o;
    }
    if (name == QLatin1String("hostname")) {
        o.out = (ctx.host->hostname + QLatin1Char('\n')).toUtf8();
        return o;
    }
    if (name == QLatin1String("vmware")) {
        // `vmware -v` / `-l` / `-vl` (ESXi version banner).
        const QString v = ctx.host->version;
        const QString line1 = u"VMware ESXi %1 build-%2"_s.arg(v, ctx.host->build);
        const QString line2 =
            u"VMware ESXi %1 Update %2"_s.arg(v.section(QLatin1Char('.'), 0, 1), ctx.host->update);
        const QString opt = argv.value(0);
        if (opt == QLatin1String("-vl") || opt == QLatin1String("-lv"))
            o.out = (line1 + QLatin1Char('\n') + line2 + QLatin1Char('\n')).toUtf8();
        else if (opt == QLatin1String("-v"))
            o.out = (line1 + QLatin1Char('\n')).toUtf8();
        else if (opt == QLatin1String("-l"))
            o.out = (line2 + QLatin1Char('\n')).toUtf8();
        else {
            o.err = u"Usage: vmware -v | -l | -vl\n"_s.toUtf8();
            o.exitCode = 1;
        }
        return o;
    }
    o.err = u"sh: %1: not found\n"_s.arg(name).toUtf8();
    o.exitCode = 127;
    return o;
}

CommandOutput EsxiShell::nicsList(EsxiContext& ctx, const QStringList& args)
{
    CommandOutput o;
    if (args.value(0) != QLatin1String("-l")) {
        o.err = u"esxcfg-nics: the lab supports only -l\n"_s.toUtf8();
        o.exitCode = 1;
        return o;
    }
    // §2.4 (S-OG): fixed-width columns, speed as "<n>Mbps".
    auto row = [](const QStringList& c) {
        return QString::asprintf("%-8s%-13s%-12s%-5s%-11s%-7s%-18s%-7s%s\n", qPrintable(c[0]),
                                 qPrintable(c[1]), qPrintable(c[2]), qPrintable(c[3]), qPrintable(c[4]),
                                 qPrintable(c[5]), qPrintable(c[6]), qPrintable(c[7]), qPrintable(c[8]));
    };
    QString s = row({u"Name"_s, u"PCI"_s, u"Driver"_s, u"Link"_s, u"Speed"_s, u"Duplex"_s, u"MAC Address"_s,
                     u"MTU"_s, u"Description"_s});
    for (const auto& n : ctx.host->vmnics) {
        const bool up = n.linkUp && n.adminUp;
        s += row({n.name, n.pciAddress, n.driver, up ? u"Up"_s : u"Down"_s,
                  QString::number(up ? n.speedMbps : 0) + u"Mbps"_s, up ? n.duplex : u"Half"_s, n.mac,
                  QString::number(n.mtu), n.description});
    }
    o.out = s.toUtf8();
    return o;
}

CommandOutput EsxiShell::mpathBrief(EsxiContext& ctx, const QStringList& args)
{
    CommandOutput o;
    if (args.value(0) != QLatin1String("-b") && args.value(0) != QLatin1String("--list-compact")) {
        o.err = u"esxcfg-mpath: the lab supports only -b\n"_s.toUtf8();
        o.exitCode = 1;
        return o;
    }
    // §5.2 (S-IBM): "<naa> : <display name>", then per path a state line and a Target line.
    QString s;
    bool first = true;
    for (const auto& d : ctx.host->devices) {
        if (!d.claimed)
            continue;
        if (!first)
            s += QLatin1Char('\n');
        first = false;
        s += d.naa + u" : "_s + IscsiInitiator::displayName(d) + QLatin1Char('\n');
        for (const auto& p : ctx.host->paths) {
            if (p.device != d.naa)
                continue;
            s += u"   %1 LUN:%2 state:%3 iscsi Adapter: %4\n"_s.arg(p.runtimeName)
                     .arg(p.lun)
                     .arg(p.state, ctx.host->iscsi.iqn);
            s += u"   Target: IQN=%1 Alias= Session=%2 PortalTag=%3\n"_s.arg(p.targetIqn, p.isid).arg(p.tpgt);
        }
    }
    o.out = s.toUtf8();
    return o;
}

} // namespace mpio::lab
