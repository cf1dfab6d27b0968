#pragma once

#include "app/cli/Command.h"

namespace mpio::cli {

// mpioctl plan --show FILE: prints a saved plan (mpio-plan/1 JSON) or the plan inside an apply journal
// (with each step's status from the journal), as text or --json. Making a plan from a profile and the
// discovered systems comes with the ESXi and TrueNAS clients.
class PlanShowCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("plan"); }
    QString summary() const override
    {
        return QStringLiteral("Make a plan from a profile and the discovered systems, or show a saved one.");
    }
    QString examples() const override;
    void addOptions(QCommandLineParser& parser) override;
    int run(QCommandLineParser& parser, Console& console) override;
};

} // namespace mpio::cli
