#include "app/cli/Cli.h"

#include "app/cli/CommandRegistry.h"
#include "app/cli/Console.h"
#include "app/cli/ExitCode.h"
#include "core/common/AppPaths.h"
#include "core/log/Log.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace mpio::cli {

namespace {

QString usage(const std::vector<std::unique_ptr<Command>>& commands)
{
    QString text = QStringLiteral(
        "Usage: mpioctl <command> [options]\n\n"
        "Sets up and checks iSCSI multipathing between TrueNAS SCALE and VMware ESXi.\n\n"
        "Commands:\n");
    for (const auto& c : commands)
        text += QStringLiteral("  %1%2\n").arg(c->name().leftJustified(16), c->summary());
    text += QStringLiteral(
        "\nCommon options: --json, --state-dir DIR, --log-level LEVEL, -h/--help, --version\n"
        "Run `mpioctl <command> --help` for a command's options and examples.\n\n"
        "Exit codes: 0 success, 1 findings or failed checks, 2 bad usage or input,\n"
        "            3 connection/authentication/trust failure, 4 apply failed (journal written).\n");
    return text;
}

} // namespace

int runCli(const QStringList& arguments)
{
    const auto commands = allCommands();
    Console plain(false);
    if (arguments.size() < 2 || arguments.at(1) == QLatin1String("--help") || arguments.at(1) == QLatin1String("-h")
        || arguments.at(1) == QLatin1String("help")) {
        plain.out(usage(commands).trimmed());
        return arguments.size() < 2 ? BadUsage : Success;
    }
    if (arguments.at(1) == QLatin1String("--version") || arguments.at(1) == QLatin1String("-v")) {
        plain.out(QStringLiteral("mpioctl %1").arg(QLatin1String(MPIO_VERSION)));
        return Success;
    }
    Command* command = nullptr;
    for (const auto& c : commands)
        if (c->name() == arguments.at(1))
            command = c.get();
    if (!command) {
        plain.error(QStringLiteral("unknown command “%1”. Run `mpioctl --help` for the list.").arg(arguments.at(1)));
        return BadUsage;
    }

    QCommandLineParser parser;
    parser.setApplicationDescription(command->summary());
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print the result as JSON on stdout."));
    const QCommandLineOption stateDir(QStringLiteral("state-dir"),
                                      QStringLiteral("Where trust stores, journals and logs live (default: the "
                                                     "platform's app-data folder)."),
                                      QStringLiteral("DIR"));
    const QCommandLineOption logLevel(QStringLiteral("log-level"),
                                      QStringLiteral("trace, debug, info, warn, error or off (default: "
                                                     "MPIO_LOG_LEVEL or info)."),
                                      QStringLiteral("LEVEL"));
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, QStringLiteral("Show this help."));
    parser.addOptions({json, stateDir, logLevel, help});
    command->addOptions(parser);

    QStringList args = arguments;
    args.removeAt(1);
    args[0] = QStringLiteral("mpioctl ") + command->name();
    if (!parser.parse(args)) {
        plain.error(parser.errorText() + QStringLiteral(". Run `mpioctl %1 --help`.").arg(command->name()));
        return BadUsage;
    }
    if (parser.isSet(help)) {
        QString text = parser.helpText();
        if (!command->examples().isEmpty())
            text += QStringLiteral("\nExamples:\n") + command->examples();
        plain.out(text.trimmed());
        return Success;
    }
    if (parser.isSet(stateDir))
        AppPaths::setStateDir(parser.value(stateDir));
    Log::Options logOptions;
    logOptions.level = parser.value(logLevel);
    logOptions.toStderr = true;
    logOptions.fileName = QStringLiteral("mpioctl.log");
    Log::init(logOptions);

    Console console(parser.isSet(json));
    const int rc = command->run(parser, console);
    Log::shutdown();
    return rc;
}

} // namespace mpio::cli
