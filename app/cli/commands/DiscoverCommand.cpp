#include "app/cli/commands/DiscoverCommand.h"

#include "app/cli/Console.h"
#include "app/cli/ExitCode.h"
#include "app/cli/commands/EsxiDiscoveryCli.h"
#include "app/cli/commands/TrueNasDiscoveryCli.h"
#include "core/lab/LabEndpoints.h"

#include <QJsonObject>
#include <optional>

namespace mpio::cli {

QString DiscoverCommand::examples() const
{
    return QStringLiteral(
        "  mpioctl discover --truenas nas01.lan --api-user wizard-svc --api-key-file ~/.truenas-key\n"
        "  mpioctl discover --truenas 10.0.0.5:8443 --api-user wizard-svc --api-key-file key "
        "--trust-on-first-use --json\n"
        "  mpioctl discover --esxi esx01.lan --esxi esx02.lan --password-file ~/.esxi-pw "
        "--trust-on-first-use\n"
        "  mpioctl discover --lab /tmp/lab --json\n");
}

void DiscoverCommand::addOptions(QCommandLineParser& parser)
{
    parser.addOption({QStringLiteral("lab"), QStringLiteral("Discover the systems of a running mpio-lab."),
                      QStringLiteral("STATE_DIR")});
    // --- TrueNAS (truenas-client) ---
    addTrueNasDiscoveryOptions(parser);
    // --- ESXi ---
    addEsxiDiscoveryOptions(parser);
}

int DiscoverCommand::run(QCommandLineParser& parser, Console& console)
{
    std::optional<LabEndpoints> lab;
    if (parser.isSet(QStringLiteral("lab"))) {
        auto loaded = LabEndpoints::load(parser.value(QStringLiteral("lab")));
        if (!loaded) {
            console.error(loaded.error().message);
            return BadUsage;
        }
        lab = std::move(*loaded);
    }
    const LabEndpoints* labPtr = lab ? &*lab : nullptr;
    QJsonObject json;
    QJsonObject* jsonOut = console.json() ? &json : nullptr;
    bool anything = false;
    int rc = Success;

    // --- TrueNAS (truenas-client) ---
    if (wantsTrueNasDiscovery(parser, labPtr)) {
        anything = true;
        rc = std::max(rc, discoverTrueNas(parser, console, jsonOut, labPtr));
    }
    // --- ESXi ---
    if (wantsEsxiDiscovery(parser, labPtr)) {
        anything = true;
        rc = std::max(rc, discoverEsxi(parser, console, jsonOut, labPtr));
    }

    if (!anything) {
        console.error(
            QStringLiteral("discover needs --truenas HOST (and/or --esxi HOST) or --lab STATE_DIR. Run "
                           "`mpioctl discover --help`."));
        return BadUsage;
    }
    if (jsonOut)
        console.outJson(json);
    return rc;
}

} // namespace mpio::cli
