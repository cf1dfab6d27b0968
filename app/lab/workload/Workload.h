#pragma once

#include <QString>

namespace mpio::lab {

// A steady synthetic I/O load on one device of one host (issue 6, "In the lab").
struct Workload
{
    QString host;
    QString device = QStringLiteral("*"); // naa, or "*" for every TrueNAS device of the host
    double iops = 0;
    int readPercent = 70;
    int blockSize = 4096; // bytes per I/O
};

// How a path's connection stands from ESXi's point of view, as the world reports it.
enum class PathLink
{
    Up,
    LocalDown, // the host's own uplink lost link (switch down, ESXi-side cable): ESXi notices quickly
    Silent     // frames vanish beyond the host (far-side cable, MTU drop): only iSCSI NOP-Out timeouts notice
};

struct PathTiming
{
    int linkDownDetectMs = 1000;
    int noopOutIntervalMs = 15000; // esxi-esxcli.md §7.2 defaults
    int noopOutTimeoutMs = 10000;
    int loginMs = 2000;        // a restored path logs in again and becomes active
    int apdTimeoutMs = 140000; // Misc.APDTimeout: after it, I/O to a device in APD fails fast
};

} // namespace mpio::lab
