#pragma once

#include "app/lab/esxi/EsxiContext.h"
#include "app/lab/shell/CommandRunner.h"

#include <QStringList>

namespace mpio::lab {

// `esxcli` (and `localcli`) of a simulated host: the namespaces the product uses (issue 3), each with the
// default text output and --formatter=xml|keyvalue|csv|json (esxi-esxcli.md §1). Errors print `Error: …`
// and exit 1 (§8.5).
class Esxcli
{
public:
    static CommandOutput run(EsxiContext& ctx, const QStringList& args);
    static QStringList commandPaths(); // every supported "namespace … command"
};

} // namespace mpio::lab
