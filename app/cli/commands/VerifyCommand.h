#pragma once

#include "app/cli/Command.h"

namespace mpio::cli {

// mpioctl verify --profile P --lab DIR [--json]: discovers both sides again and checks per host and device
// that every path of the profile is there and active, the PSP and I/O limit, the claim rule, and one TrueNAS
// session per host and path. Exit 0 when all pass, 1 otherwise. Read-only.
class VerifyCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("verify"); }
    QString summary() const override
    {
        return QStringLiteral("Check paths, policy, claim rule and sessions after an apply.");
    }
    QString examples() const override
    {
        return QStringLiteral("  mpioctl verify --profile site.json --lab /tmp/lab\n");
    }
    void addOptions(QCommandLineParser& parser) override;
    int run(QCommandLineParser& parser, Console& console) override;
};

} // namespace mpio::cli
