#pragma once

#include <QObject>
#include <QStringList>

namespace mpio::lab {

class World;

// What the ESXi hosts notice when links change: after linkDownDetectMs (esxi-esxcli.md §7.2, scaled by
// timeScale) every iSCSI session and path whose (vmk, portal) is no longer reachable goes dead, and comes
// back to active when it is reachable again (the initiator re-logs in by itself). A device with no working
// path is in APD; a FIXED/MRU device whose current path died moves to the next working one.
class PathMonitor : public QObject
{
    Q_OBJECT
public:
    explicit PathMonitor(World* world, QObject* parent = nullptr);

    // Re-evaluates the hosts now (also what the delayed reaction calls). Returns how many paths changed
    // state.
    int refresh(const QStringList& hosts);

signals:
    void pathsChanged(const QStringList& hosts);

private:
    void onLinksChanged(const QStringList& hosts);

    World* m_world;
};

} // namespace mpio::lab
