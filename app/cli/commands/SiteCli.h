#pragma once

#include "core/common/Result.h"
#include "core/model/Site.h"
#include "core/site/SiteConnection.h"

#include <QCommandLineParser>
#include <memory>

namespace mpio {
class MemoryCredentialStore;
}

namespace mpio::cli {

class Console;

// What plan, apply, rollback and resume share: --profile P (the site) and --lab DIR (a running lab's
// endpoints; real sites come with the wizard's keychain entries — see `mpioctl discover --help`), connect
// to both sides and discover them, with progress on stderr.
struct SiteCli
{
    Site site;
    std::unique_ptr<MemoryCredentialStore> credentials;
    std::unique_ptr<SiteConnection> connection;
    ~SiteCli();
};

void addSiteOptions(QCommandLineParser& parser);
// Loads the profile and connects; on error prints it and returns the ExitCode in `exitCode`.
std::unique_ptr<SiteCli> openSite(QCommandLineParser& parser, Console& console, int* exitCode,
                                  bool discover = true, bool profileOptional = false);

} // namespace mpio::cli
