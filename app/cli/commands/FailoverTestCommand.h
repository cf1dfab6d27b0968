#pragma once

#include "app/cli/Command.h"

namespace mpio::cli {

// mpioctl failover-test --profile P --lab DIR [--host H] [--fault switch|cable] [--workload IOPS]
//   [--max-gap MS] [--json]: the article's protocol on one host (issue 6): both paths active, both carry I/O,
// path A fails (switch of path A down, or the cable of that host's path-A vmnic pulled), B carries 100 %,
// recovery — each step timed on the monitor's clock. In the lab the faults are injected through its control
// port and a workload is started; exit 0 when every step passes.
class FailoverTestCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("failover-test"); }
    QString summary() const override
    {
        return QStringLiteral("Measure a path failure and recovery (lab: injected).");
    }
    QString examples() const override;
    void addOptions(QCommandLineParser& parser) override;
    int run(QCommandLineParser& parser, Console& console) override;
};

} // namespace mpio::cli
