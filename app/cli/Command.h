#pragma once

#include <QCommandLineParser>
#include <QString>
#include <QStringList>

namespace mpio::cli {

class Console;

// One mpioctl subcommand. Each lives in commands/<Name>Command.cpp and is listed in CommandRegistry.cpp.
class Command
{
public:
    virtual ~Command() = default;
    virtual QString name() const = 0;
    virtual QString summary() const = 0;
    // Text shown after the options in `mpioctl <name> --help`: examples first.
    virtual QString examples() const { return {}; }
    // Adds the command's own options (common ones such as --json are already there).
    virtual void addOptions(QCommandLineParser& parser) { Q_UNUSED(parser) }
    // Runs with parsed options; returns an ExitCode.
    virtual int run(QCommandLineParser& parser, Console& console) = 0;
};

} // namespace mpio::cli
