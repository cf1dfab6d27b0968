// Jumbo matrix (issue 9): cluster-16 configured (16 hosts × 2 vmks × 2 portals = 64 cells), the wall time of
// `mpioctl check-jumbo` (its own "seconds": the matrix, which opens the SSH sessions on demand, without
// discovery) against one vmkping's duration (the same `vmkping -I vmk -d -s 8972 -c 3 -W 1` over an open SSH
// session, median of 5). The lab runs with vmkpingTiming: a vmkping takes as long as a real one (-c 3 at the
// default 1 s interval: 2 s and the reply; a missing reply waits -W 1), otherwise the figure would compare
// SSH overheads. The cells run at once, so the matrix should cost about one vmkping. Goal ≤ 1.5×.
// A cross-path cell cannot: its pings must time out (3 s with -W 1). JumboMatrix sends its 8972 and 1472
// pings at once (until session 6 the 1472 waited for the 8972 to fail: 6 s in a row); the second figure is
// the matrix against that longest cell, its lower bound.
#include "BenchLab.h"
#include "core/esxi/EsxiHostClient.h"
#include "core/lab/LabEndpoints.h"
#include "core/model/SiteJson.h"
#include "core/site/SiteConnection.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QTimer>
#include <optional>

namespace mpio::bench {
namespace {

constexpr int kPings = 5;

template<typename T> bool waitFor(std::optional<T>& v, int ms)
{
    QEventLoop loop;
    QTimer poll, guard;
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (v)
            loop.quit();
    });
    QObject::connect(&guard, &QTimer::timeout, &loop, &QEventLoop::quit);
    guard.setSingleShot(true);
    guard.start(ms);
    poll.start(5);
    if (!v)
        loop.exec();
    return v.has_value();
}

// One vmkping from esx01's vmk to a portal, as JumboMatrix sends it, over a session that is already open:
// median wall time of kPings runs, in ms; negative with `error` set when it cannot run.
double oneVmkping(esxi::EsxiHostClient& client, const QString& vmk, const QString& portal, int size,
                  QString* error)
{
    QList<double> times;
    for (int i = 0; i < kPings; ++i) {
        std::optional<bool> ran;
        QElapsedTimer t;
        t.start();
        client.run({QStringLiteral("vmkping"), QStringLiteral("-I"), vmk, QStringLiteral("-d"),
                    QStringLiteral("-s"), QString::number(size), QStringLiteral("-c"), QStringLiteral("3"),
                    QStringLiteral("-W"), QStringLiteral("1"), portal},
                   [&](Result<esxi::ExecResult> r) { ran = r.ok(); });
        if (!waitFor(ran, 30000) || !*ran) {
            *error = QStringLiteral("vmkping -I %1 -s %2 %3 did not run").arg(vmk).arg(size).arg(portal);
            return -1;
        }
        times << double(t.nsecsElapsed()) / 1e6;
    }
    return median(times);
}

struct PingTimes
{
    double pass = -1;  // same path, 8972: the reference "one vmkping"
    double chain = -1; // cross path: the longer of the 8972 and the 1472 ping, which both time out
};

PingTimes pingTimes(const BenchLab& lab, const QString& profile, QString* error)
{
    const auto site = SiteJson::loadFile(profile);
    const auto endpoints = LabEndpoints::load(lab.stateDir());
    if (!site || !endpoints || site->hosts.isEmpty() || site->paths.size() < 2 ||
        site->hosts.first().paths.isEmpty()) {
        *error = QStringLiteral("profile or endpoints unreadable");
        return {};
    }
    const auto e = SiteConnection::fromLab(*site, *endpoints);
    if (!e) {
        *error = e.error().message;
        return {};
    }
    const HostSpec& host = site->hosts.first();
    esxi::EsxiHostClient client(e->hosts.value(host.name));
    std::optional<Status> connected;
    client.connectHost([&](Status s) { connected = std::move(s); });
    if (!waitFor(connected, 30000) || !connected->ok()) {
        *error = QStringLiteral("cannot connect to %1").arg(host.name);
        return {};
    }
    const HostPathSpec& own = host.paths.first();
    QString other;
    for (const PathSpec& p : site->paths)
        if (p.name != own.path)
            other = p.truenasIp;
    const PathSpec* ownPath = site->path(own.path);
    PingTimes t;
    t.pass = oneVmkping(client, own.vmk, ownPath ? ownPath->truenasIp : QString(), 8972, error);
    const double failJumbo = oneVmkping(client, own.vmk, other, 8972, error);
    const double failSmall = oneVmkping(client, own.vmk, other, 1472, error);
    if (t.pass > 0 && failJumbo > 0 && failSmall > 0)
        t.chain = qMax(failJumbo, failSmall);
    return t;
}

QList<Figure> benchJumbo(const BenchContext& ctx)
{
    Figure f{QStringLiteral("jumbo.16x2x2"),
             QStringLiteral("jumbo matrix, 16 hosts × 2 vmks × 2 portals: matrix / one vmkping")};
    f.unit = QStringLiteral("×");
    f.goal = QStringLiteral("≤ 1.5");
    Figure chain{QStringLiteral("jumbo.16x2x2.chain"),
                 QStringLiteral("jumbo matrix: matrix / its longest cell (a cross-path ping timing out)")};
    chain.unit = QStringLiteral("×");
    chain.goal = QStringLiteral("≤ 1.5 (the same goal against the lower bound)");
    auto failed = [&](const QString& why) {
        f.note = chain.note = why;
        return QList<Figure>{f, chain};
    };
    const QString profile = ctx.sourceDir + QStringLiteral("/tests/data/profiles/cluster-16.json");
    BenchLab lab(ctx);
    QString error;
    if (!lab.start(ctx.sourceDir + QStringLiteral("/app/lab/scenarios/cluster-16.json"), profile,
                   ctx.outDir + QStringLiteral("/jumbo/lab"), &error) ||
        !lab.configure(&error) ||
        !lab.control(QStringLiteral("latency"), {{QStringLiteral("vmkpingTiming"), true}}, &error))
        return failed(error);
    const PingTimes ping = pingTimes(lab, profile, &error);
    if (ping.pass < 0 || ping.chain < 0)
        return failed(error);
    const BenchLab::Run matrix = lab.mpioctl({QStringLiteral("check-jumbo")}, 600000);
    const int cells = int(matrix.json.value(QStringLiteral("cells")).toArray().size());
    if (matrix.exitCode != 0 || cells == 0)
        return failed(QStringLiteral("check-jumbo exit %1, %2 cells: %3")
                          .arg(matrix.exitCode)
                          .arg(cells)
                          .arg(QString::fromUtf8(matrix.err.right(200))));
    const double matrixMs = matrix.json.value(QStringLiteral("seconds")).toDouble() * 1000.0;
    f.value = matrixMs / ping.pass;
    f.measured = true;
    f.met = f.value <= 1.5;
    f.note =
        QStringLiteral("%1 cells in %2 ms (check-jumbo's own time, SSH sessions opened inside it); one "
                       "vmkping -s 8972 -c 3 %3 ms (median of %4, open session, the lab's vmkpingTiming: "
                       "as long as a real one); a cross-path cell's pings time out, %5 ms")
            .arg(cells)
            .arg(matrixMs, 0, 'f', 0)
            .arg(ping.pass, 0, 'f', 0)
            .arg(kPings)
            .arg(ping.chain, 0, 'f', 0);
    chain.value = matrixMs / ping.chain;
    chain.measured = true;
    chain.met = chain.value <= 1.5;
    chain.note =
        QStringLiteral("%1 ms vs the longest cell (its 8972 and 1472 pings at once, both timing out), %2 "
                       "ms: what the matrix costs beyond its own lower bound (connecting 16 hosts, queueing)")
            .arg(matrixMs, 0, 'f', 0)
            .arg(ping.chain, 0, 'f', 0);
    return {f, chain};
}

const BenchRegistry reg(QStringLiteral("jumbo"), benchJumbo);

} // namespace
} // namespace mpio::bench
