#include "core/esxi/text/VmkpingText.h"

#include <QRegularExpression>

namespace mpio::esxi {

PingOutcome parseVmkping(const QString& output)
{
    static const QRegularExpression reply(QStringLiteral("^\\d+ bytes from \\S+: icmp_seq=\\d+"));
    static const QRegularExpression stats(QStringLiteral(
        "^(\\d+) packets transmitted, (\\d+) packets received, (\\d+(?:\\.\\d+)?)% packet loss"));
    static const QRegularExpression rtt(
        QStringLiteral("^round-trip min/avg/max = ([\\d.]+)/([\\d.]+)/([\\d.]+) ms"));
    static const QRegularExpression failed(QStringLiteral("^sendto\\(\\) failed \\((.+)\\)\\s*$"));

    PingOutcome out;
    int replies = 0;
    int errors = 0;
    bool haveStats = false;
    bool sawHeader = false;
    for (QString line : output.split(u'\n')) {
        line = line.trimmed();
        if (line.startsWith(QLatin1String("PING "))) {
            sawHeader = true;
            continue;
        }
        if (reply.match(line).hasMatch()) {
            ++replies;
            continue;
        }
        if (const auto m = stats.match(line); m.hasMatch()) {
            out.sent = m.captured(1).toInt();
            out.received = m.captured(2).toInt();
            haveStats = true;
            continue;
        }
        if (const auto m = rtt.match(line); m.hasMatch()) {
            out.avgRttMs = m.captured(2).toDouble();
            continue;
        }
        if (const auto m = failed.match(line); m.hasMatch()) {
            ++errors;
            if (out.error == PingOutcome::Error::None) {
                const QString reason = m.captured(1);
                out.errorText = line;
                if (reason == QLatin1String("Message too long"))
                    out.error = PingOutcome::Error::MessageTooLong;
                else if (reason == QLatin1String("Host is down"))
                    out.error = PingOutcome::Error::HostDown;
                else if (reason == QLatin1String("Network is unreachable"))
                    out.error = PingOutcome::Error::NetworkUnreachable;
                else
                    out.error = PingOutcome::Error::Other;
            }
            continue;
        }
    }
    out.ran = sawHeader || haveStats || replies > 0 || errors > 0;
    if (!haveStats) {
        out.sent = qMax(replies, errors);
        out.received = replies;
    } else if (replies > out.received) {
        out.received = replies; // trust the lines we saw over a damaged summary
    }
    return out;
}

} // namespace mpio::esxi
