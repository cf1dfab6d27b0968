#pragma once

#include <QList>
#include <QString>

namespace mpio {

struct PathShare
{
    QString path;
    QString state; // active | dead | standby …
    double iops = 0;
    double share = 0; // 0..1 of the device's IOPS
};

struct DeviceShareResult
{
    QString host; // the same LUN has one share per host: paths are per host
    QString device;
    double totalIops = 0;
    QList<PathShare> paths;
    int activePaths = 0;
    bool imbalanced = false; // an active path's share is outside the equal share ± tolerance
    bool apd = false;        // every path dead (all paths down)
    QString reason;          // plain words when imbalanced or APD
};

// Each path's share of a device's IOPS and the imbalance flag (issue 6): with RR iops=1 and two active paths
// each should carry 50 % ± tolerance; generally 1/active ± tolerance. Idle devices are never imbalanced.
class DeviceShare
{
public:
    static DeviceShareResult compute(const QString& device, const QList<PathShare>& paths,
                                     double tolerance = 0.10, double idleIops = 1.0);
};

} // namespace mpio
