#include "app/lab/ssh/EchoRunner.h"

namespace mpio::lab {

CommandOutput EchoRunner::run(const QString& hostName, const QString& commandLine)
{
    CommandOutput o;
    const QString c = commandLine.trimmed();
    if (c.startsWith(QLatin1String("echo "))) {
        o.out = c.mid(5).toUtf8() + '\n';
    } else if (c.startsWith(QLatin1String("exit "))) {
        o.exitCode = c.mid(5).toInt();
    } else if (c.startsWith(QLatin1String("fail "))) {
        o.err = c.mid(5).toUtf8() + '\n';
        o.exitCode = 1;
    } else {
        o.out = (hostName + QStringLiteral(": ") + c).toUtf8() + '\n';
    }
    return o;
}

} // namespace mpio::lab
