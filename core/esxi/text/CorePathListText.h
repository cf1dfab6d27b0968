#pragma once

#include "core/esxi/EsxiSnapshot.h"

#include <QList>
#include <QString>

namespace mpio::esxi {

// `esxcli storage core path list` in its default text form (reference/esxi-esxcli.md §5): one record per
// path with runtime name, device, adapter and state (active, standby, dead, disabled); for iSCSI the
// target IQN from "Target Transport Details: IQN=… Alias=… Session=… PortalTag=…".
QList<EsxiSnapshot::Path> parseCorePathList(const QString& text);

} // namespace mpio::esxi
