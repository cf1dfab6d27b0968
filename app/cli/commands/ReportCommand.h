#pragma once

#include "app/cli/Command.h"

namespace mpio::cli {

// mpioctl report --journal J [--profile P] [--format html|json] -o FILE: the as-built report (issue 8) from
// the apply journal (every change with its time and command, the plan's findings and decisions) and the
// site profile (paths, addresses, topology picture). PDF comes from the wizard (ui/), which has a renderer.
class ReportCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("report"); }
    QString summary() const override
    {
        return QStringLiteral("Write the as-built report (HTML or JSON) from an apply journal.");
    }
    QString examples() const override;
    void addOptions(QCommandLineParser& parser) override;
    int run(QCommandLineParser& parser, Console& console) override;
};

} // namespace mpio::cli
