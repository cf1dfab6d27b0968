#pragma once

#include "app/lab/esxi/EsxiContext.h"
#include "app/lab/shell/CommandRunner.h"

#include <QStringList>

namespace mpio::lab {

// `vmkping` of a simulated host (esxi-esxcli.md §3). The world's NetworkProbe decides each packet's fate;
// this class only parses the options and prints what ESXi prints. It returns at once: the SSH layer adds
// the modelled latency (count × interval on a real host).
class Vmkping
{
public:
    static CommandOutput run(EsxiContext& ctx, const QStringList& args);
};

} // namespace mpio::lab
