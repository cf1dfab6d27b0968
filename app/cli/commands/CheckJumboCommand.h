#pragma once

#include "app/cli/Command.h"

namespace mpio::cli {

// mpioctl check-jumbo --profile P --lab DIR [--json]: the jumbo matrix (every host × iSCSI vmk × portal IP,
// vmkping -d -s 8972, then 1472 where that fails), each cell's verdict and diagnosis, and the gate:
// exit 0 when every same-path cell passes, 1 otherwise (guidance MTU-JUMBO-CHECK, MTU-DIAGNOSIS).
class CheckJumboCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("check-jumbo"); }
    QString summary() const override
    {
        return QStringLiteral("Check jumbo frames on every path (vmkping matrix).");
    }
    QString examples() const override;
    void addOptions(QCommandLineParser& parser) override;
    int run(QCommandLineParser& parser, Console& console) override;
};

} // namespace mpio::cli
