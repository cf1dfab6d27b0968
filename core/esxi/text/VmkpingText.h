#pragma once

#include "core/checks/JumboCell.h"

#include <QString>

namespace mpio::esxi {

// The text vmkping prints (stdout and stderr together), reference/esxi-esxcli.md §3.3–3.4: reply lines are
// counted ("^N bytes from"), the statistics line gives sent/received, "sendto() failed (…)" lines name a
// local error (Message too long = the vmk's MTU; Host is down = no ARP answer; Network is unreachable = no
// route from that vmk). A silent drop (a hop with a smaller MTU) shows as 0 received and no error line. A
// published capture may lack the statistics (the "Network is unreachable" sample): then `sent` counts the
// error lines and `received` the reply lines.
PingOutcome parseVmkping(const QString& output);

} // namespace mpio::esxi
