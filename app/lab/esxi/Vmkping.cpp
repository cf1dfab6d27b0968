#include "app/lab/esxi/Vmkping.h"

#include "app/lab/shell/NetworkProbe.h"

#include <QHostAddress>

#include <algorithm>

namespace mpio::lab {

using namespace Qt::StringLiterals;

namespace {

QString usage()
{
    return u"vmkping [args] [host]\n"
           "   args:\n"
           "      -4                   use IPv4 (default)\n"
           "      -6                   use IPv6\n"
           "      -c <count>           set packet count\n"
           "      -d                   set DF bit (IPv4) or disable fragmentation (IPv6)\n"
           "      -D                   vmkernel TCP stack debug mode\n"
           "      -i <interval>        set interval (secs)\n"
           "      -I <interface>       outgoing interface - for IPv6 scope or IPv4\n"
           "                           bypasses routing lookup\n"
           "      -N <next_hop>        set IP*_NEXTHOP - bypasses routing lookup\n"
           "                           for IPv4, -I is required to use -N\n"
           "      -s <size>            set the number of ICMP data bytes to be sent.\n"
           "                           The default is 56, which translates to a 64 byte\n"
           "                           ICMP frame when added to the 8 byte ICMP header.\n"
           "                           (Note: these sizes does not include the IP header).\n"
           "      -t <ttl>             set IPv4 Time To Live or IPv6 Hop Limit\n"
           "      -v                   verbose\n"
           "      -W <time>            set timeout to wait if no responses are\n"
           "                           received (secs)\n"
           "      -X                   XML output format for esxcli framework.\n"
           "      -S                   The network stack instance name. If unspecified\n"
           "                           the default netstack instance is used.\n"
           "   NOTE: In vmkping, some options are not supported for IPv6.\n"_s;
}

QString ms(double v)
{
    return QString::asprintf("%.3f", v);
}

} // namespace

CommandOutput Vmkping::run(EsxiContext& ctx, const QStringList& args)
{
    CommandOutput out;
    QString vmk, host;
    int count = 3, payload = 56;
    double intervalS = 1.0, waitS = 1.0; // -i default 1 s; -W default [unverified]: 1 s assumed
    bool df = false;
    auto bad = [&](const QString& msg) {
        out.err = (msg + QLatin1Char('\n') + usage()).toUtf8();
        out.exitCode = 1;
        return out;
    };
    for (int i = 0; i < args.size(); ++i) {
        const QString a = args[i];
        auto value = [&](QString* v) {
            if (i + 1 >= args.size())
                return false;
            *v = args[++i];
            return true;
        };
        QString v;
        if (a.startsWith(QLatin1String("++netstack=")))
            continue;
        if (a == QLatin1String("-d") || a == QLatin1String("-4") || a == QLatin1String("-D") ||
            a == QLatin1String("-v") || a == QLatin1String("-X")) {
            if (a == QLatin1String("-d"))
                df = true;
        } else if (a == QLatin1String("-6")) {
            return bad(u"vmkping: IPv6 is not modelled by the lab"_s);
        } else if (a == QLatin1String("-I")) {
            if (!value(&vmk))
                return bad(u"vmkping: option requires an argument -- 'I'"_s);
        } else if (a == QLatin1String("-c") || a == QLatin1String("-s") || a == QLatin1String("-i") ||
                   a == QLatin1String("-W") || a == QLatin1String("-t") || a == QLatin1String("-N") ||
                   a == QLatin1String("-S")) {
            if (!value(&v))
                return bad(u"vmkping: option requires an argument -- '%1'"_s.arg(a.mid(1)));
            bool ok = true;
            if (a == QLatin1String("-c")) {
                count = v.toInt(&ok);
                ok = ok && count > 0;
            } else if (a == QLatin1String("-s")) {
                payload = v.toInt(&ok);
                ok = ok && payload >= 0 && payload <= 65507;
            } else if (a == QLatin1String("-i") || a == QLatin1String("-W")) {
                const double seconds = v.toDouble(&ok);
                ok = ok && seconds >= 0 && seconds <= 60;
                (a == QLatin1String("-i") ? intervalS : waitS) = seconds;
            } else if (a == QLatin1String("-t")) {
                v.toInt(&ok);
            }
            if (!ok)
                return bad(u"vmkping: invalid argument for %1: %2"_s.arg(a, v));
        } else if (a.startsWith(QLatin1Char('-'))) {
            return bad(u"vmkping: invalid option -- '%1'"_s.arg(a.mid(1)));
        } else {
            host = a;
        }
    }
    if (host.isEmpty())
        return bad(u"vmkping: missing host"_s);
    QHostAddress addr;
    if (!addr.setAddress(host) || addr.protocol() != QAbstractSocket::IPv4Protocol) {
        out.err = u"vmkping: unknown host %1\n"_s.arg(host).toUtf8();
        out.exitCode = 1;
        return out;
    }
    count = std::min(count, 1000); // bounded: the lab never loops on a client's whim
    if (!vmk.isEmpty() && !ctx.host->vmk(vmk)) {
        // [unverified] wording for an -I naming a missing vmk.
        out.out = u"PING %1 (%1): %2 data bytes\n"_s.arg(host).arg(payload).toUtf8();
        out.err = u"Invalid interface specified: %1\n"_s.arg(vmk).toUtf8();
        out.exitCode = 1;
        return out;
    }
    QString o = u"PING %1 (%1): %2 data bytes\n"_s.arg(host).arg(payload);
    int received = 0;
    QList<double> rtts;
    for (int seq = 0; seq < count; ++seq) {
        ProbeResult r;
        if (ctx.probe)
            r = ctx.probe->probe(ctx.hostName, vmk, host, payload, df);
        switch (r.outcome) {
        case ProbeOutcome::Ok:
            // §3.3: N = payload + 8 (ICMP header); icmp_seq starts at 0.
            o += u"%1 bytes from %2: icmp_seq=%3 ttl=%4 time=%5 ms\n"_s.arg(payload + 8)
                     .arg(host)
                     .arg(seq)
                     .arg(64)
                     .arg(ms(r.rttMs));
            ++received;
            rtts << r.rttMs;
            break;
        case ProbeOutcome::LocalMessageTooLong:
            o += u"sendto() failed (Message too long)\n"_s;
            break;
        case ProbeOutcome::NetworkUnreachable:
            o += u"sendto() failed (Network is unreachable)\n"_s;
            break;
        case ProbeOutcome::HostDown:
            o += u"sendto() failed (Host is down)\n"_s;
            break;
        case ProbeOutcome::UnknownInterface:
            o += u"sendto() failed (No such device)\n"_s; // [unverified]
            break;
        case ProbeOutcome::NoAddress:
            o += u"sendto() failed (Can't assign requested address)\n"_s; // [unverified]
            break;
        case ProbeOutcome::Lost:
            break; // silent drop: no line (§3.3 RECONSTRUCTED timeout shape)
        }
    }
    o += u"\n--- %1 ping statistics ---\n"_s.arg(host);
    const int loss = count > 0 ? (count - received) * 100 / count : 0;
    o += u"%1 packets transmitted, %2 packets received, %3% packet loss\n"_s.arg(count).arg(received).arg(
        loss);
    if (!rtts.isEmpty()) {
        double sum = 0;
        for (double v : rtts)
            sum += v;
        o += u"round-trip min/avg/max = %1/%2/%3 ms\n"_s.arg(
            ms(*std::min_element(rtts.cbegin(), rtts.cend())), ms(sum / rtts.size()),
            ms(*std::max_element(rtts.cbegin(), rtts.cend())));
    }
    // How long the real command runs (vmkpingTiming): packets leave `interval` apart; then it waits for
    // the last reply, or for -W when replies are missing.
    const double lastSendMs = (count - 1) * intervalS * 1000.0;
    const double tailMs = received == count && !rtts.isEmpty() ? rtts.last() : waitS * 1000.0;
    ctx.pingMs = int(std::min(lastSendMs + tailMs, 600000.0));
    out.out = o.toUtf8();
    out.exitCode = received > 0 ? 0 : 1;
    return out;
}

} // namespace mpio::lab
