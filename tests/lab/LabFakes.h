#pragma once

// Test doubles for the ESXi shell: a scripted NetworkProbe and a StorageSide with fixed portals and LUNs.

#include "app/lab/esxi/EsxiHostState.h"
#include "app/lab/esxi/IscsiInitiator.h"
#include "app/lab/shell/NetworkProbe.h"
#include "app/lab/world/StorageSide.h"

#include <QJsonObject>
#include <QList>
#include <QSet>

namespace mpio::test {

using namespace mpio::lab;

inline ProbeResult result(ProbeOutcome o, double rttMs = 0.0)
{
    ProbeResult r;
    r.outcome = o;
    r.rttMs = rttMs;
    return r;
}

class FakeProbe : public NetworkProbe
{
public:
    QList<ProbeResult> script;     // consumed one per packet; empty: Ok with 0.5 ms
    QSet<QString> unreachable;     // "vmk|ip" pairs (or "|ip" for any vmk) that cannot reach
    EsxiHostState* host = nullptr; // when set, reachable() also requires the vmk's subnet to hold the ip
    struct Call
    {
        QString host, vmk, ip;
        int payload = 0;
        bool df = false;
    };
    mutable QList<Call> calls;

    ProbeResult probe(const QString& h, const QString& vmk, const QString& ip, int payload,
                      bool df) const override
    {
        const int i = int(calls.size());
        calls.append({h, vmk, ip, payload, df});
        if (i < script.size())
            return script[i];
        return result(ProbeOutcome::Ok, 0.5);
    }
    bool reachable(const QString&, const QString& vmk, const QString& ip) const override
    {
        if (unreachable.contains(vmk + QLatin1Char('|') + ip) || unreachable.contains(QLatin1Char('|') + ip))
            return false;
        if (host && !vmk.isEmpty()) {
            const Vmk* v = host->vmk(vmk);
            return v && IscsiInitiator::sameSubnet(v->ipv4, v->netmask, ip);
        }
        return true;
    }
};

class FakeStorage : public StorageSide
{
public:
    QString targetIqn = QStringLiteral("iqn.2005-10.org.freenas.ctl:esx");
    QStringList portals; // "ip:port" advertised by SendTargets
    QList<StorageLun> luns;
    QList<LoginRequest> logins;

    QList<StorageNic> nics() const override { return {}; }
    bool iscsiServiceRunning() const override { return true; }
    int iscsiPort() const override { return 3260; }
    QList<QPair<QString, QStringList>> sendTargets(const QString&, const QString&) const override
    {
        return {{targetIqn, portals}};
    }
    LoginResult login(const LoginRequest& r) override
    {
        logins.append(r);
        LoginResult res;
        res.ok = r.targetIqn == targetIqn;
        res.reason = res.ok ? QString() : QStringLiteral("target not found");
        if (res.ok)
            res.luns = luns;
        return res;
    }
    QStringList logouts; // "portal|target"
    void logout(const QString&, const QString& portalIp, const QString& target) override
    {
        logouts << portalIp + QLatin1Char('|') + target;
    }
    QJsonObject dumpState() const override { return {}; }
};

inline StorageLun trueNasLun(int id, const QString& naa, bool tpgs = false)
{
    StorageLun l;
    l.lunId = id;
    l.naa = naa;
    l.sizeBytes = 100ULL * 1024 * 1024 * 1024;
    l.tpgs = tpgs;
    return l;
}

} // namespace mpio::test
