#pragma once

#include "app/lab/esxi/EsxiHostState.h"
#include "app/lab/world/JsonCursor.h"

#include <QJsonObject>

namespace mpio::lab {

// EsxiHostState <-> JSON. The same shape is read from a scenario's "hosts" entries (missing keys keep the
// struct defaults, unknown keys are errors) and written by the `state` control action. The dump is
// deterministic: collections are sorted by their key (name, naa, runtime name); uplink lists keep their order
// because order is meaningful there (failover order).
class EsxiHostJson
{
public:
    static EsxiHostState read(JsonCursor& cursor);
    static QJsonObject write(const EsxiHostState& host, bool includeSecrets = false);
    // Fills generated values a scenario may omit (MACs, PCI addresses, build per version, vmnic MTU).
    static void completeDefaults(EsxiHostState& host);
};

} // namespace mpio::lab
