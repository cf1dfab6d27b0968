#pragma once

#include "app/cli/Command.h"

namespace mpio::cli {

// mpioctl discover: what is on the TrueNAS system and/or the ESXi hosts, as text or --json. Each side lives
// in its own helper file (TrueNasDiscoveryCli.cpp, and the ESXi one); this class only dispatches.
class DiscoverCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("discover"); }
    QString summary() const override
    {
        return QStringLiteral("Show what is configured on TrueNAS and the ESXi hosts.");
    }
    QString examples() const override;
    void addOptions(QCommandLineParser& parser) override;
    int run(QCommandLineParser& parser, Console& console) override;
};

} // namespace mpio::cli
