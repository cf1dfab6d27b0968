#pragma once

#include "app/cli/Command.h"

namespace mpio::cli {

// mpioctl monitor --profile P --lab DIR [--interval MS] [--duration S] [--history S] [--json]: live per-path
// IOPS, share of the device and state for every host (issue 6). On a terminal the table is redrawn in place;
// --json streams one JSON object per line (a "sample" per interval, an "event" per path state change).
class MonitorCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("monitor"); }
    QString summary() const override
    {
        return QStringLiteral("Watch per-path IOPS, shares and path states live.");
    }
    QString examples() const override;
    void addOptions(QCommandLineParser& parser) override;
    int run(QCommandLineParser& parser, Console& console) override;
};

} // namespace mpio::cli
