#pragma once

#include "app/lab/shell/CommandRunner.h"
#include "app/lab/shell/ShellLexer.h"

#include <QHash>
#include <QString>
#include <functional>

namespace mpio::lab {

struct EsxiHostState;
struct EsxiContext;
class NetworkProbe;
class StorageSide;

// What a simulated ESXi host answers to a command line received on an SSH exec channel: a busybox-ash-like
// shell (ShellLexer) running `esxcli`/`localcli`, `vmkping`, `esxcfg-mpath -b`, `esxcfg-nics -l`, `vmware
// -vl`, `hostname`, `echo`, `true`, `false`, `exit N`. Unknown commands: `sh: foo: not found`, exit 127
// (busybox). The shell holds pointers into the world; the caller serialises access (the SSH layer holds the
// world lock).
class EsxiShell : public CommandRunner
{
public:
    EsxiShell() = default;
    void addHost(const QString& hostName, EsxiHostState* state);
    void removeHost(const QString& hostName);
    void setNetworkProbe(NetworkProbe* probe) { m_probe = probe; }
    void setStorageSide(StorageSide* storage) { m_storage = storage; }
    // Resolve hosts/storage on every call instead of holding pointers (World::reset() replaces its host
    // list; the TrueNAS emulation replaces the storage). When set, they win over addHost/setStorageSide.
    void setHostResolver(std::function<EsxiHostState*(const QString&)> resolver)
    {
        m_hostResolver = std::move(resolver);
    }
    void setStorageResolver(std::function<StorageSide*()> resolver)
    {
        m_storageResolver = std::move(resolver);
    }

    CommandOutput run(const QString& hostName, const QString& commandLine) override;

    // Time the real host would have spent beyond the normal per-command latency during the last run() on
    // this thread (a rescan that waits for LoginTimeout on every unreachable bound portal). The SSH layer
    // may add it. Thread-local, because several SSH workers run commands.
    static int lastExtraLatencyMs();
    // The same for the last vmkping's modelled duration (ModelParams::vmkpingTiming).
    static int lastPingMs();

    // The world calls this (holding its lock) model().linkDownDetectMs after World::linksChanged: paths whose
    // vmk can no longer reach their portal turn dead, and come back when reachable (esxi-esxcli.md §7.1).
    void linksChanged(const QStringList& hostNames);

private:
    CommandOutput runSimple(EsxiContext& ctx, const QStringList& argv, int lastStatus, bool* exitShell);
    static CommandOutput mpathBrief(EsxiContext& ctx, const QStringList& args);
    static CommandOutput nicsList(EsxiContext& ctx, const QStringList& args);

    EsxiHostState* hostNamed(const QString& name) const;
    StorageSide* storage() const;

    QHash<QString, EsxiHostState*> m_hosts;
    std::function<EsxiHostState*(const QString&)> m_hostResolver;
    std::function<StorageSide*()> m_storageResolver;
    NetworkProbe* m_probe = nullptr;
    StorageSide* m_storage = nullptr;
};

} // namespace mpio::lab
