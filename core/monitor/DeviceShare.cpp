#include "core/monitor/DeviceShare.h"

#include <QCoreApplication>
#include <cmath>

namespace mpio {

DeviceShareResult DeviceShare::compute(const QString& device, const QList<PathShare>& paths, double tolerance,
                                       double idleIops)
{
    DeviceShareResult r;
    r.device = device;
    r.paths = paths;
    bool anyAlive = false;
    for (const auto& p : paths) {
        r.totalIops += p.iops;
        if (p.state == QLatin1String("active"))
            ++r.activePaths;
        if (p.state != QLatin1String("dead"))
            anyAlive = true;
    }
    r.apd = !paths.isEmpty() && !anyAlive;
    for (auto& p : r.paths)
        p.share = r.totalIops > 0 ? p.iops / r.totalIops : 0;
    if (r.apd) {
        r.reason =
            QCoreApplication::translate("mpio::DeviceShare", "All paths to %1 are dead (APD).").arg(device);
        return r;
    }
    if (r.totalIops < idleIops || r.activePaths < 2)
        return r;
    const double equal = 1.0 / r.activePaths;
    for (const auto& p : std::as_const(r.paths)) {
        if (p.state != QLatin1String("active"))
            continue;
        if (std::abs(p.share - equal) > tolerance) {
            r.imbalanced = true;
            r.reason =
                QCoreApplication::translate("mpio::DeviceShare",
                                            "%1 carries %2 % of the I/O; with %3 active paths each should "
                                            "carry about %4 %. Check the path policy (PSP-RR-IOPS).")
                    .arg(p.path)
                    .arg(qRound(p.share * 100))
                    .arg(r.activePaths)
                    .arg(qRound(equal * 100));
            break;
        }
    }
    return r;
}

} // namespace mpio
