#include "app/lab/esxi/IscsiInitiator.h"

#include "app/lab/shell/NetworkProbe.h"
#include "app/lab/world/StorageSide.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QHash>
#include <QHostAddress>

#include <algorithm>
#include <tuple>

namespace mpio::lab {

using namespace Qt::StringLiterals;

namespace {

struct Portal
{
    QString iqn;
    QString ip;
    int port = 3260;
};

QPair<QString, int> splitAddress(const QString& a)
{
    const int colon = int(a.lastIndexOf(QLatin1Char(':')));
    if (colon < 0)
        return {a, 3260};
    return {a.left(colon), a.mid(colon + 1).toInt()};
}

} // namespace

QString IscsiInitiator::defaultIqn(const QString& hostname)
{
    const QByteArray h = QCryptographicHash::hash(hostname.toUtf8(), QCryptographicHash::Sha1).toHex();
    return u"iqn.1998-01.com.vmware:"_s + hostname + QLatin1Char('-') + QString::fromLatin1(h.left(8));
}

QStringList IscsiInitiator::effectiveActive(EsxiHostState& host, const PortGroup& pg)
{
    if (pg.overrideFailover)
        return pg.activeUplinks;
    const VSwitch* vs = host.vswitch(pg.vswitch);
    return vs ? vs->activeUplinks : QStringList();
}

QStringList IscsiInitiator::effectiveStandby(EsxiHostState& host, const PortGroup& pg)
{
    if (pg.overrideFailover)
        return pg.standbyUplinks;
    const VSwitch* vs = host.vswitch(pg.vswitch);
    return vs ? vs->standbyUplinks : QStringList();
}

bool IscsiInitiator::compliant(EsxiHostState& host, const QString& vmkName, QString* why)
{
    const Vmk* vmk = host.vmk(vmkName);
    const PortGroup* pg = vmk ? host.portGroup(vmk->portGroup) : nullptr;
    if (!pg) {
        if (why)
            *why = u"The VMkernel network adapter is not connected to a port group."_s;
        return false;
    }
    const QStringList active = effectiveActive(host, *pg);
    const QStringList standby = effectiveStandby(host, *pg);
    // vSphere Storage "iSCSI Network Troubleshooting" conditions (1)–(3), esxi-esxcli.md §2.2.
    if (active.isEmpty()) {
        if (why)
            *why = u"The VMkernel network adapter is not connected to an active uplink."_s;
        return false;
    }
    if (active.size() > 1) {
        if (why)
            *why = u"The VMkernel network adapter has more than one active uplink."_s;
        return false;
    }
    if (!standby.isEmpty()) {
        if (why)
            *why = u"The VMkernel network adapter has standby uplinks."_s;
        return false;
    }
    return true;
}

bool IscsiInitiator::sameSubnet(const QString& ip, const QString& mask, const QString& other)
{
    QHostAddress a(ip), m(mask), b(other);
    if (a.protocol() != QAbstractSocket::IPv4Protocol || b.protocol() != QAbstractSocket::IPv4Protocol ||
        m.protocol() != QAbstractSocket::IPv4Protocol)
        return false;
    const quint32 mm = m.toIPv4Address();
    return (a.toIPv4Address() & mm) == (b.toIPv4Address() & mm);
}

QString IscsiInitiator::defaultPsp(const QString& satp)
{
    if (satp == QLatin1String("VMW_SATP_ALUA"))
        return u"VMW_PSP_MRU"_s;
    return u"VMW_PSP_FIXED"_s;
}

void IscsiInitiator::applyPspOptions(Device& d, const QString& options)
{
    // §5.4: "policy=iops;iops=1;" gives Limit Type Iops; a bare "iops=1" only changes the limit and leaves
    // Limit Type Default (S-EL post-reboot output).
    for (const QString& part : options.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        const QString k = part.section(QLatin1Char('='), 0, 0).trimmed();
        const QString v = part.section(QLatin1Char('='), 1).trimmed();
        if (k == QLatin1String("policy")) {
            if (v == QLatin1String("iops"))
                d.rrLimitType = u"Iops"_s;
            else if (v == QLatin1String("bytes"))
                d.rrLimitType = u"Bytes"_s;
            else if (v == QLatin1String("rr") || v == QLatin1String("default"))
                d.rrLimitType = u"Default"_s;
        } else if (k == QLatin1String("iops")) {
            d.rrIops = v.toUInt();
        } else if (k == QLatin1String("bytes")) {
            d.rrBytes = v.toULongLong();
        } else if (k == QLatin1String("useANO")) {
            d.rrUseAno = v == QLatin1String("1");
        }
    }
}

void IscsiInitiator::claim(EsxiHostState& host, Device& d)
{
    const SatpRule* match = nullptr;
    for (const auto& r : host.userSatpRules) {
        if (r.vendor.isEmpty() && r.model.isEmpty() && r.device.isEmpty() && r.transport.isEmpty() &&
            r.driver.isEmpty())
            continue;
        if (!r.vendor.isEmpty() && r.vendor != d.vendor.trimmed())
            continue;
        if (!r.model.isEmpty() && r.model != d.model.trimmed())
            continue;
        if (!r.device.isEmpty() && r.device != d.naa)
            continue;
        if (!r.transport.isEmpty() && r.transport != QLatin1String("iscsi"))
            continue;
        if (!r.driver.isEmpty() && r.driver != QLatin1String("iscsi_vmk"))
            continue;
        if (r.claimOptions.contains(QLatin1String("tpgs_on")) && !d.tpgs)
            continue;
        if (r.claimOptions.contains(QLatin1String("tpgs_off")) && d.tpgs)
            continue;
        match = &r;
        break;
    }
    QString satp, psp, pspOptions;
    if (match) {
        satp = match->satp;
        psp = match->psp;
        pspOptions = match->pspOptions;
        d.claimRuleSatp = match->satp;
    } else if (d.tpgs) {
        satp = u"VMW_SATP_ALUA"_s; // system rule VMW_SATP_ALUA claim option tpgs_on
        d.claimRuleSatp.clear();
    } else {
        satp = u"VMW_SATP_DEFAULT_AA"_s; // no rule: DEFAULT_AA/FIXED for FC/iSCSI (§5.4)
        d.claimRuleSatp.clear();
    }
    if (psp.isEmpty())
        psp = defaultPsp(satp);
    if (!d.pspOverride.isEmpty()) {
        // §5.3: a per-device PSP (and its RR settings) persists across reboot/reclaim until --default.
        psp = d.pspOverride;
        pspOptions.clear();
    } else {
        d.rrLimitType = u"Default"_s;
        d.rrIops = 1000;
        d.rrBytes = 10485760;
        d.rrUseAno = false;
    }
    d.rrLastPathIndex = -1;
    // §5.4 (S-JW): VMW_SATP_ALUA cannot add the paths of a device without TPGS: "Could not allocate NMP
    // device", the device disappears.
    if (satp == QLatin1String("VMW_SATP_ALUA") && !d.tpgs) {
        d.claimed = false;
        d.satp.clear();
        d.psp.clear();
        return;
    }
    d.claimed = true;
    d.satp = satp;
    d.psp = psp;
    if (psp == QLatin1String("VMW_PSP_RR"))
        applyPspOptions(d, pspOptions);
    const QStringList working = workingPaths(host, d.naa);
    // FIXED prefers the first path found; MRU/FIXED current = the path in use.
    QString first;
    for (const auto& p : host.paths)
        if (p.device == d.naa && p.state == QLatin1String("active")) {
            first = p.runtimeName;
            break;
        }
    d.preferredPath = psp == QLatin1String("VMW_PSP_FIXED") ? first : QString();
    d.currentPath = first;
}

QStringList IscsiInitiator::workingPaths(const EsxiHostState& host, const QString& naa)
{
    // The samples list the most recently added path first (S-JW C3..C0, S-BB/S-EL C1, C0).
    QStringList out;
    for (const auto& p : host.paths)
        if (p.device == naa && p.state == QLatin1String("active"))
            out.prepend(p.runtimeName);
    return out;
}

QString IscsiInitiator::displayName(const Device& d)
{
    if (!d.displayName.isEmpty())
        return d.displayName;
    // ESXi names a device "<vendor> <transport> Disk (<id>)": "TrueNAS iSCSI Disk (naa…)", "SUN iSCSI Disk".
    return d.vendor.trimmed() + u" iSCSI Disk ("_s + d.naa + QLatin1Char(')');
}

QString IscsiInitiator::pathUid(const EsxiHostState& host, const Path& p)
{
    // §5.2: <initiator IQN>-<ISID>,<target IQN>,t,<TPGT>-<device>
    return host.iscsi.iqn + QLatin1Char('-') + p.isid + QLatin1Char(',') + p.targetIqn + u",t,"_s +
           QString::number(p.tpgt) + QLatin1Char('-') + p.device;
}

void IscsiInitiator::normalise(EsxiHostState& host)
{
    for (auto& p : host.paths) {
        if (!p.isid.isEmpty())
            continue;
        for (const auto& s : host.sessions)
            if (s.targetIqn == p.targetIqn && s.portalIp == p.portalIp &&
                (p.vmk.isEmpty() || s.vmk == p.vmk)) {
                p.isid = s.isid;
                p.tpgt = s.tpgt;
                break;
            }
    }
    for (const auto& s : host.sessions) {
        bool ok = false;
        const int isid = s.isid.right(6).toInt(&ok, 16);
        if (ok && isid >= host.nextIsid)
            host.nextIsid = isid + 1;
        const int tsih = s.tsih.toInt(&ok);
        if (ok && tsih >= host.nextTsih)
            host.nextTsih = tsih + 1;
    }
}

bool IscsiInitiator::refreshPaths(EsxiContext& ctx)
{
    EsxiHostState& host = *ctx.host;
    bool changed = false;
    // Sessions first: one that comes back logs in again at the storage (the initiator's recovery).
    QHash<QString, bool> sessionUp;
    QStringList wentDown;
    for (auto& s : host.sessions) {
        const Vmk* v = host.vmk(s.vmk);
        bool up = v && v->enabled && !v->ipv4.isEmpty();
        if (up && ctx.probe)
            up = ctx.probe->reachable(ctx.hostName, s.vmk, s.portalIp);
        if (up && !s.loggedIn && ctx.storage) {
            LoginRequest req;
            req.initiatorIqn = host.iscsi.iqn;
            req.initiatorIp = s.localIp;
            req.portalIp = s.portalIp;
            req.portalPort = s.portalPort;
            req.targetIqn = s.targetIqn;
            if (host.iscsi.chapUni.level != QLatin1String("prohibited")) {
                req.chapUser = host.iscsi.chapUni.name;
                req.chapSecret = host.iscsi.chapUni.secret;
            }
            up = ctx.storage->login(req).ok;
        }
        sessionUp.insert(s.isid, up);
        if (s.loggedIn != up) {
            if (!up)
                wentDown << s.isid;
            s.loggedIn = up;
            s.failureReason = up ? QString() : u"connection lost"_s;
        }
    }
    // Logged out at the storage only when no other live session uses the same portal and target.
    if (ctx.storage) {
        for (const auto& s : host.sessions) {
            if (!wentDown.contains(s.isid))
                continue;
            const bool other =
                std::any_of(host.sessions.cbegin(), host.sessions.cend(), [&](const IscsiSession& o) {
                    return o.loggedIn && o.portalIp == s.portalIp && o.targetIqn == s.targetIqn;
                });
            if (!other)
                ctx.storage->logout(host.iscsi.iqn, s.portalIp, s.targetIqn);
        }
    }
    for (auto& p : host.paths) {
        if (p.state == QLatin1String("disabled"))
            continue;
        bool up = false;
        if (sessionUp.contains(p.isid)) {
            up = sessionUp.value(p.isid);
        } else {
            const Vmk* v = host.vmk(p.vmk);
            up = v && v->enabled && !v->ipv4.isEmpty();
            if (up && ctx.probe)
                up = ctx.probe->reachable(ctx.hostName, p.vmk, p.portalIp);
        }
        const QString state = up ? u"active"_s : u"dead"_s;
        if (p.state != state) {
            p.state = state;
            changed = true;
        }
    }
    for (auto& d : host.devices) {
        if (!d.claimed)
            continue;
        const QStringList w = workingPaths(host, d.naa);
        QString current = d.currentPath;
        if (d.psp == QLatin1String("VMW_PSP_FIXED") && w.contains(d.preferredPath))
            current = d.preferredPath; // FIXED fails back to the preferred path
        else if (!w.contains(current))
            current = w.isEmpty() ? QString() : w.last();
        if (current != d.currentPath) {
            d.currentPath = current;
            changed = true;
        }
        d.apd = w.isEmpty();
    }
    return changed;
}

void IscsiInitiator::rescan(EsxiContext& ctx)
{
    EsxiHostState& host = *ctx.host;
    if (!host.iscsi.enabled)
        return;
    QList<Portal> portals;
    auto addPortal = [&](const Portal& p) {
        for (const auto& q : portals)
            if (q.iqn == p.iqn && q.ip == p.ip && q.port == p.port)
                return;
        portals << p;
    };
    for (const auto& st : host.iscsi.staticTargets)
        addPortal({st.iqn, st.address, st.port});
    if (ctx.storage) {
        for (const auto& snd : host.iscsi.sendTargets) {
            // SendTargets needs a connection to the discovery address; an unreachable one yields nothing.
            if (ctx.probe && !ctx.probe->reachable(ctx.hostName, QString(), snd.address))
                continue;
            for (const auto& [iqn, addrs] : ctx.storage->sendTargets(host.iscsi.iqn, snd.address))
                for (const auto& a : addrs) {
                    const auto [ip, port] = splitAddress(a);
                    addPortal({iqn, ip, port});
                }
        }
    }

    struct Attempt
    {
        QString vmk;
        int channel = 0;
        int portalIndex = 0;
    };
    QList<Attempt> attempts;
    if (!host.iscsi.boundVmks.isEmpty()) {
        // Bound: every bound vmk × every portal (§4.2); cross-subnet pairs fail and slow the rescan.
        for (int i = 0; i < host.iscsi.boundVmks.size(); ++i)
            for (int j = 0; j < portals.size(); ++j)
                attempts << Attempt{host.iscsi.boundVmks[i], i, j};
    } else {
        // Unbound: one session per portal, through the vmk whose subnet holds the portal (routing table).
        for (int j = 0; j < portals.size(); ++j) {
            QString via;
            for (const auto& v : host.vmks)
                if (v.enabled && !v.ipv4.isEmpty() && sameSubnet(v.ipv4, v.netmask, portals[j].ip)) {
                    via = v.name;
                    break;
                }
            if (via.isEmpty() && !host.vmks.isEmpty())
                via = host.vmks.first().name; // default gateway on the management vmk
            attempts << Attempt{via, 0, j};
        }
    }

    const QList<IscsiSession> oldSessions = host.sessions;
    const QList<Path> oldPaths = host.paths;
    QList<IscsiSession> sessions;
    QList<Path> paths;
    QStringList newDevices;
    struct FailedAttempt
    {
        Attempt attempt;
        QString isid;
        int tpgt = 1;
    };
    QList<FailedAttempt> failed;
    for (const auto& a : attempts) {
        const Portal& portal = portals[a.portalIndex];
        const Vmk* vmk = host.vmk(a.vmk);
        IscsiSession s;
        s.adapter = host.iscsi.name;
        s.targetIqn = portal.iqn;
        s.vmk = a.vmk;
        s.localIp = vmk ? vmk->ipv4 : QString();
        s.portalIp = portal.ip;
        s.portalPort = portal.port;
        for (const auto& o : oldSessions)
            if (o.vmk == s.vmk && o.portalIp == s.portalIp && o.portalPort == s.portalPort &&
                o.targetIqn == s.targetIqn) {
                s.isid = o.isid;
                s.tsih = o.tsih;
                s.tpgt = o.tpgt;
                s.isidCreated = o.isidCreated;
            }
        if (s.isid.isEmpty())
            s.isid = u"00023d"_s + QStringLiteral("%1").arg(host.nextIsid++, 6, 16, QLatin1Char('0'));
        bool ok = vmk && !s.localIp.isEmpty() && vmk->enabled;
        if (ok && ctx.probe)
            ok = ctx.probe->reachable(ctx.hostName, a.vmk, portal.ip);
        LoginResult lr;
        if (ok && ctx.storage) {
            LoginRequest req;
            req.initiatorIqn = host.iscsi.iqn;
            req.initiatorIp = s.localIp;
            req.portalIp = portal.ip;
            req.portalPort = portal.port;
            req.targetIqn = portal.iqn;
            if (host.iscsi.chapUni.level != QLatin1String("prohibited")) {
                req.chapUser = host.iscsi.chapUni.name;
                req.chapSecret = host.iscsi.chapUni.secret;
            }
            if (host.iscsi.chapMutual.level != QLatin1String("prohibited")) {
                req.mutualUser = host.iscsi.chapMutual.name;
                req.mutualSecret = host.iscsi.chapMutual.secret;
            }
            lr = ctx.storage->login(req);
            ok = lr.ok;
            s.failureReason = lr.reason;
        } else if (ok) {
            ok = false;
            s.failureReason = u"no storage"_s;
        } else {
            s.failureReason = u"unreachable"_s;
            // A login to an unreachable portal waits for LoginTimeout before giving up (§4.2: slow rescans).
            ctx.extraLatencyMs += host.iscsi.loginTimeout * 1000;
        }
        s.loggedIn = ok;
        if (ok && s.tsih.isEmpty())
            s.tsih = QString::number(host.nextTsih++);
        if (ok && s.isidCreated.isEmpty()) // `session connection list` SessionCreateTime (§4.5 format)
            s.isidCreated = QDateTime::currentDateTimeUtc().toString(u"MM/dd/yy HH:mm:ss"_s);
        sessions << s;
        if (!ok) {
            failed << FailedAttempt{a, s.isid, s.tpgt};
            continue;
        }
        for (const auto& lun : lr.luns) {
            if (!host.device(lun.naa)) {
                Device d;
                d.naa = lun.naa;
                d.vendor = lun.vendor;
                d.model = lun.model;
                d.revision = lun.revision;
                d.sizeBytes = lun.sizeBytes;
                d.blockSize = lun.logicalBlockSize;
                d.tpgs = lun.tpgs;
                d.claimed = false;
                host.devices << d;
                newDevices << d.naa;
            }
            Path p;
            p.adapter = host.iscsi.name;
            p.channel = a.channel;
            p.target = a.portalIndex;
            p.lun = lun.lunId;
            p.runtimeName =
                QStringLiteral("%1:C%2:T%3:L%4").arg(p.adapter).arg(p.channel).arg(p.target).arg(p.lun);
            p.device = lun.naa;
            p.targetIqn = portal.iqn;
            p.portalIp = portal.ip;
            p.portalPort = portal.port;
            p.vmk = a.vmk;
            p.localIp = s.localIp;
            p.isid = s.isid;
            p.tpgt = s.tpgt;
            for (const auto& o : oldPaths)
                if (o.runtimeName == p.runtimeName && o.device == p.device) {
                    // keep counters and an administrative disable across rescans
                    p.readOps = o.readOps;
                    p.writeOps = o.writeOps;
                    p.blocksRead = o.blocksRead;
                    p.blocksWritten = o.blocksWritten;
                    p.failedReads = o.failedReads;
                    p.failedWrites = o.failedWrites;
                    p.otherCommands = o.otherCommands;
                    p.failedOtherCommands = o.failedOtherCommands;
                    p.preferred = o.preferred;
                    if (o.state == QLatin1String("disabled"))
                        p.state = o.state;
                }
            paths << p;
        }
    }
    // A failed (vmk, portal) pair of a target whose LUNs other sessions found shows those LUNs as dead paths
    // (port binding across subnets: "paths reported as dead", KB 2038869).
    for (const auto& f : failed) {
        const Portal& portal = portals[f.attempt.portalIndex];
        QList<QPair<int, QString>> luns;
        for (const auto& p : paths)
            if (p.targetIqn == portal.iqn && p.state != QLatin1String("dead") &&
                !luns.contains(qMakePair(p.lun, p.device)))
                luns << qMakePair(p.lun, p.device);
        for (const auto& [lunId, naa] : luns) {
            Path p;
            p.adapter = host.iscsi.name;
            p.channel = f.attempt.channel;
            p.target = f.attempt.portalIndex;
            p.lun = lunId;
            p.runtimeName =
                QStringLiteral("%1:C%2:T%3:L%4").arg(p.adapter).arg(p.channel).arg(p.target).arg(p.lun);
            p.device = naa;
            p.state = u"dead"_s;
            p.targetIqn = portal.iqn;
            p.portalIp = portal.ip;
            p.portalPort = portal.port;
            p.vmk = f.attempt.vmk;
            const Vmk* v = host.vmk(f.attempt.vmk);
            p.localIp = v ? v->ipv4 : QString();
            p.isid = f.isid;
            p.tpgt = f.tpgt;
            paths << p;
        }
    }
    // A path whose session is still configured but no longer logs in stays visible as dead (§7.1); a path
    // whose target/portal/binding was removed disappears with the rescan.
    for (const auto& o : oldPaths) {
        const bool still = std::any_of(paths.cbegin(), paths.cend(), [&](const Path& p) {
            return p.runtimeName == o.runtimeName && p.device == o.device;
        });
        const bool attempted = std::any_of(sessions.cbegin(), sessions.cend(), [&](const IscsiSession& n) {
            return n.vmk == o.vmk && n.portalIp == o.portalIp && n.targetIqn == o.targetIqn;
        });
        if (!still && attempted) {
            Path dead = o;
            dead.state = u"dead"_s;
            paths << dead;
        }
    }
    std::stable_sort(paths.begin(), paths.end(), [](const Path& x, const Path& y) {
        return std::tie(x.channel, x.target, x.lun) < std::tie(y.channel, y.target, y.lun);
    });
    // Devices without any path left are gone after the rescan.
    host.devices.removeIf([&](const Device& d) {
        return std::none_of(paths.cbegin(), paths.cend(), [&](const Path& p) { return p.device == d.naa; });
    });
    // Sessions that were up and are gone or failed now are logged out at the storage — unless another live
    // session still uses the same portal and target (the storage may key sessions without the vmk).
    if (ctx.storage) {
        for (const auto& o : oldSessions) {
            if (!o.loggedIn)
                continue;
            const bool stillUp = std::any_of(sessions.cbegin(), sessions.cend(), [&](const IscsiSession& n) {
                return n.loggedIn && n.portalIp == o.portalIp && n.targetIqn == o.targetIqn;
            });
            if (!stillUp)
                ctx.storage->logout(host.iscsi.iqn, o.portalIp, o.targetIqn);
        }
    }
    host.sessions = sessions;
    host.paths = paths;
    for (auto& d : host.devices) {
        if (newDevices.contains(d.naa) || !d.claimed) {
            claim(host, d);
        } else if (d.currentPath.isEmpty() || !workingPaths(host, d.naa).contains(d.currentPath)) {
            const QStringList w = workingPaths(host, d.naa);
            d.currentPath = w.isEmpty() ? QString() : w.last();
        }
        d.apd = workingPaths(host, d.naa).isEmpty();
    }
}

} // namespace mpio::lab
