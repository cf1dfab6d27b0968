#include "app/cli/Cli.h"

#include <QCoreApplication>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("mpioctl"));
    QCoreApplication::setOrganizationName(QStringLiteral("mpio-wizard"));
    QCoreApplication::setApplicationVersion(QStringLiteral(MPIO_VERSION));
    return mpio::cli::runCli(QCoreApplication::arguments());
}
