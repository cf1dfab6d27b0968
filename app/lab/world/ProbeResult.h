#pragma once

#include <QString>

namespace mpio::lab {

// What one ICMP echo from a vmk meets in the lab's network model (esxi-esxcli.md §3.3, guidance
// MTU-DIAGNOSIS).
enum class ProbeOutcome
{
    Ok,                  // replies arrive
    UnknownInterface,    // no such host or vmk
    NoAddress,           // the vmk has no IPv4 address
    NetworkUnreachable,  // `sendto() failed (Network is unreachable)`: no route from that vmk
    LocalMessageTooLong, // `sendto() failed (Message too long)`: payload+28 > vmk MTU with DF
    HostDown, // `sendto() failed (Host is down)`: no ARP answer (link, cable, switch, wrong segment)
    Lost,     // silent: a hop (vSwitch, switch port, storage NIC) is smaller than the frame → 100% loss
};

struct ProbeResult
{
    ProbeOutcome outcome = ProbeOutcome::UnknownInterface;
    double rttMs = 0.0; // Ok only: modelled round trip of one echo
    QString vmk;        // the vmk used (the routed one when none was given)
    QString sourceIp;
    QString detail; // why, for logs and tests (never printed by vmkping)
};

} // namespace mpio::lab
