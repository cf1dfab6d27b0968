#pragma once

#include <QCommandLineParser>
#include <QJsonObject>

namespace mpio {
struct LabEndpoints;
}

namespace mpio::cli {

class Console;

// The TrueNAS part of `mpioctl discover` (DiscoverCommand dispatches here; the ESXi part lives beside it):
//   --truenas HOST[:PORT] --api-user U [--api-key-file F] [--trust-on-first-use] [--ca-file PEM]
// The key comes from --api-key-file or from the keychain ("mpio-wizard/truenas-api-key/<host>/<user>"), never
// from the command line. With --lab DIR and no --truenas, the lab's TrueNAS and its certificate fingerprint
// (from endpoints.json) are used.
void addTrueNasDiscoveryOptions(QCommandLineParser& parser);
bool wantsTrueNasDiscovery(const QCommandLineParser& parser, const LabEndpoints* lab);
// Returns an ExitCode. The snapshot goes to `json` (under "truenas") when given, else printed as text.
int discoverTrueNas(QCommandLineParser& parser, Console& console, QJsonObject* json, const LabEndpoints* lab);

} // namespace mpio::cli
