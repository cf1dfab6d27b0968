#pragma once

#include "app/cli/Command.h"

namespace mpio::cli {

// mpioctl audit --lab DIR [--profile P] [--json]: read-only audit of what is there (core/checks/Audit):
// with a profile against it, without one against the recommended policy on paths inferred from the vmks
// and portals. Exit 0 when clean (no error or warning), 1 with findings.
class AuditCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("audit"); }
    QString summary() const override
    {
        return QStringLiteral("Audit an existing setup against the rules (read-only; profile optional).");
    }
    QString examples() const override
    {
        return QStringLiteral("  mpioctl audit --lab /tmp/lab                      # infer the paths\n"
                              "  mpioctl audit --profile site.json --lab /tmp/lab --json\n");
    }
    void addOptions(QCommandLineParser& parser) override;
    int run(QCommandLineParser& parser, Console& console) override;
};

} // namespace mpio::cli
