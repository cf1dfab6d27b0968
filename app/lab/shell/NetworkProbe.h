#pragma once

#include <QString>

namespace mpio::lab {

// What one vmkping packet meets in the lab's network model (esxi-esxcli.md §3.3). The world decides; the
// shell only formats.
enum class ProbeOutcome
{
    Ok,                  // a reply came back: "<n> bytes from …"
    LocalMessageTooLong, // DF set and payload+28 > the sending vmk's MTU: "sendto() failed (Message too
                         // long)"
    NetworkUnreachable,  // no route / wrong subnet on that vmk: "sendto() failed (Network is unreachable)"
    HostDown,            // no ARP answer: "sendto() failed (Host is down)"
    Lost,                // silently dropped (a hop's MTU too small, target not answering): no line at all
    NoSuchInterface      // -I names a vmk that does not exist
};

struct ProbeResult
{
    ProbeOutcome outcome = ProbeOutcome::Lost;
    double rttMs = 0.0; // round-trip time in milliseconds when outcome == Ok
    int ttl = 64;
};

// Implemented by the world (app/lab/world); the ESXi shell asks it about every vmkping packet and about iSCSI
// reachability during a rescan. `vmk` may be empty: then the world picks the vmk by its routing table
// (vmkping without -I, unbound iSCSI sessions).
class NetworkProbe
{
public:
    virtual ~NetworkProbe() = default;
    virtual ProbeResult probe(const QString& host, const QString& vmk, const QString& dstIp, int payload,
                              bool df) = 0;
    virtual bool reachable(const QString& host, const QString& vmk, const QString& dstIp) = 0;
};

} // namespace mpio::lab
