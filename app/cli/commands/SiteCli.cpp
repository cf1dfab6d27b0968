#include "app/cli/commands/SiteCli.h"

#include "app/cli/Console.h"
#include "app/cli/ExitCode.h"
#include "app/cli/WaitFor.h"
#include "core/credentials/MemoryCredentialStore.h"
#include "core/lab/LabEndpoints.h"
#include "core/model/SiteJson.h"
#include "core/validation/SiteValidator.h"

namespace mpio::cli {

SiteCli::~SiteCli() = default;

void addSiteOptions(QCommandLineParser& parser)
{
    parser.addOption(
        {QStringLiteral("profile"), QStringLiteral("The site profile (JSON)."), QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("lab"), QStringLiteral("Use the systems of a running mpio-lab."),
                      QStringLiteral("STATE_DIR")});
}

namespace {

// Without a profile (audit): the lab's systems by name, nothing else; the audit infers the rest.
Site labOnlySite(const LabEndpoints& lab)
{
    Site site;
    site.name = QStringLiteral("audit");
    site.truenas.name = lab.truenas.name.isEmpty() ? site.truenas.name : lab.truenas.name;
    site.truenas.host = lab.truenas.host;
    for (const auto& h : lab.hosts) {
        HostSpec spec;
        spec.name = h.name;
        // The lab maps hosts by name; every lab host listens on loopback, so its endpoint address would
        // make all hosts look like one (NET-UNIQUE). The name stands for the modelled management address.
        spec.address = h.name;
        site.hosts << spec;
    }
    return site;
}

} // namespace

std::unique_ptr<SiteCli> openSite(QCommandLineParser& parser, Console& console, int* exitCode, bool discover,
                                  bool profileOptional)
{
    const bool withProfile = parser.isSet(QStringLiteral("profile"));
    if (!withProfile && !profileOptional) {
        console.error(QStringLiteral("--profile FILE is required"));
        *exitCode = BadUsage;
        return nullptr;
    }
    Result<Site> site =
        withProfile ? SiteJson::loadFile(parser.value(QStringLiteral("profile"))) : Result<Site>(Site{});
    if (!site) {
        console.error(site.error().toString());
        *exitCode = BadUsage;
        return nullptr;
    }
    if (withProfile && hasErrors(SiteValidator::validate(*site))) {
        console.error(QStringLiteral("the profile has errors; run `mpioctl validate %1`")
                          .arg(parser.value(QStringLiteral("profile"))));
        *exitCode = FindingsFound;
        return nullptr;
    }
    if (!parser.isSet(QStringLiteral("lab"))) {
        console.error(
            QStringLiteral("--lab STATE_DIR is required here; for real systems use the wizard, which "
                           "keeps the API key and passwords in the keychain"));
        *exitCode = BadUsage;
        return nullptr;
    }
    const auto lab = LabEndpoints::load(parser.value(QStringLiteral("lab")));
    if (!lab) {
        console.error(lab.error().message);
        *exitCode = BadUsage;
        return nullptr;
    }
    if (!withProfile)
        site = labOnlySite(*lab);
    const auto endpoints = SiteConnection::fromLab(*site, *lab);
    if (!endpoints) {
        console.error(endpoints.error().message);
        *exitCode = BadUsage;
        return nullptr;
    }
    auto s = std::make_unique<SiteCli>();
    s->site = *site;
    s->credentials = std::make_unique<MemoryCredentialStore>();
    s->connection = std::make_unique<SiteConnection>(*site, *endpoints, s->credentials.get());
    QObject::connect(s->connection.get(), &SiteConnection::progress,
                     [&console](const QString& t) { console.progress(t); });
    if (!discover)
        return s;
    std::optional<Status> done;
    s->connection->connectAndDiscover([&](Status st) { done = std::move(st); });
    if (!waitFor(done, 300000)) {
        console.error(QStringLiteral("discovery did not finish within 5 minutes"));
        *exitCode = Connection;
        return nullptr;
    }
    if (!done->ok()) {
        console.error(done->error().message);
        if (!done->error().detail.isEmpty())
            console.progress(done->error().detail);
        *exitCode = Connection;
        return nullptr;
    }
    return s;
}

} // namespace mpio::cli
