#pragma once

#include "core/esxi/EsxiSnapshot.h"

#include <QList>
#include <QString>

namespace mpio::esxi {

// `esxcli storage nmp device list` in its default text form (reference/esxi-esxcli.md §5): one record per
// device with SATP, PSP, the PSP device config ({policy=iops,iops=1,…} for Round Robin,
// {preferred=…;current=…} for FIXED) and the working paths. Fills EsxiSnapshot::Device fields that this
// command knows (vendor/model/size come from `storage core device list`).
QList<EsxiSnapshot::Device> parseNmpDeviceList(const QString& text);

} // namespace mpio::esxi
