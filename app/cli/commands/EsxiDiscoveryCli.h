#pragma once

#include <QCommandLineParser>
#include <QJsonObject>

namespace mpio {
struct LabEndpoints;
}

namespace mpio::cli {

class Console;

// The ESXi part of `mpioctl discover` (DiscoverCommand dispatches here):
//   --esxi HOST[:PORT] (repeatable) [--user root] [--password-file F] [--trust-on-first-use]
// The password comes from --password-file or from the keychain ("mpio-wizard/esxi-password/<host>/<user>"),
// never from the command line. With --lab DIR and no --esxi, every lab host is read, with the host keys
// endpoints.json publishes. Hosts are read in parallel.
void addEsxiDiscoveryOptions(QCommandLineParser& parser);
bool wantsEsxiDiscovery(const QCommandLineParser& parser, const LabEndpoints* lab);
// Returns an ExitCode. Snapshots go to `json` (under "esxi": [...]) when given, else printed as text.
int discoverEsxi(QCommandLineParser& parser, Console& console, QJsonObject* json, const LabEndpoints* lab);

} // namespace mpio::cli
