#pragma once

#include "app/cli/Command.h"

namespace mpio::cli {

// mpioctl validate PROFILE.json: checks a profile against every rule a profile alone can decide.
class ValidateCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("validate"); }
    QString summary() const override { return QStringLiteral("Check a site profile against the rules (offline)."); }
    QString examples() const override;
    void addOptions(QCommandLineParser& parser) override;
    int run(QCommandLineParser& parser, Console& console) override;
};

} // namespace mpio::cli
