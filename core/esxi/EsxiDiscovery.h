#pragma once

#include "core/common/Result.h"
#include "core/esxi/EsxiSnapshot.h"

#include <QObject>
#include <functional>

namespace mpio::esxi {

class EsxiHostClient;

// Reads one host into an EsxiSnapshot (issue 3): ~20 read-only esxcli calls with --formatter=xml, all
// queued at once so the host's sessions (EsxiHostClient, concurrency 2) stay busy; the few that depend on
// an earlier answer (adapter details once the software adapter's name is known, one failover policy per
// port group and vSwitch) follow as soon as that answer arrives. Any failed call fails the discovery with
// that call's error — a half-read host is never planned against.
class EsxiDiscovery : public QObject
{
    Q_OBJECT

public:
    using Done = std::function<void(Result<EsxiSnapshot>)>;
    static void discover(EsxiHostClient* client, Done done);
};

} // namespace mpio::esxi
