// Jumbo matrix (issue 9): cluster-16 configured (16 hosts × 2 vmks × 2 portals = 64 cells), the wall time of
// `mpioctl check-jumbo` (its own "seconds": the matrix, which opens the SSH sessions on demand, without
// discovery) against one vmkping's duration (the same `vmkping -I vmk -d -s 8972 -c 3 -W 1` over an open SSH
// session, median of 5). The cells run at once, so the matrix should cost about one vmkping. Goal ≤ 1.5×.
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

// One vmkping from esx01's first iSCSI vmk to the first portal, as JumboMatrix sends it, over a session
// that is already open: median wall time of kPings runs, in ms; negative with `error` set on failure.
double oneVmkping(const BenchLab& lab, const QString& profile, QString* error)
{
    const auto site = SiteJson::loadFile(profile);
    const auto endpoints = LabEndpoints::load(lab.stateDir());
    if (!site || !endpoints || site->hosts.isEmpty() || site->paths.isEmpty()) {
        *error = QStringLiteral("profile or endpoints unreadable");
        return -1;
    }
    const auto e = SiteConnection::fromLab(*site, *endpoints);
    if (!e) {
        *error = e.error().message;
        return -1;
    }
    const HostSpec& host = site->hosts.first();
    esxi::EsxiHostClient client(e->hosts.value(host.name));
    std::optional<Status> connected;
    client.connectHost([&](Status s) { connected = std::move(s); });
    if (!waitFor(connected, 30000) || !connected->ok()) {
        *error = QStringLiteral("cannot connect to %1").arg(host.name);
        return -1;
    }
    const QString vmk = host.paths.isEmpty() ? QStringLiteral("vmk1") : host.paths.first().vmk;
    const QString portal = site->paths.first().truenasIp;
    QList<double> times;
    for (int i = 0; i < kPings; ++i) {
        std::optional<bool> ok;
        QElapsedTimer t;
        t.start();
        client.run({QStringLiteral("vmkping"), QStringLiteral("-I"), vmk, QStringLiteral("-d"),
                    QStringLiteral("-s"), QStringLiteral("8972"), QStringLiteral("-c"), QStringLiteral("3"),
                    QStringLiteral("-W"), QStringLiteral("1"), portal},
                   [&](Result<esxi::ExecResult> r) { ok = r && r->exitCode == 0; });
        if (!waitFor(ok, 30000) || !*ok) {
            *error = QStringLiteral("vmkping -I %1 %2 on %3 failed").arg(vmk, portal, host.name);
            return -1;
        }
        times << double(t.nsecsElapsed()) / 1e6;
    }
    return median(times);
}

QList<Figure> benchJumbo(const BenchContext& ctx)
{
    Figure f{QStringLiteral("jumbo.16x2x2"),
             QStringLiteral("jumbo matrix, 16 hosts × 2 vmks × 2 portals: matrix / one vmkping")};
    f.unit = QStringLiteral("×");
    f.goal = QStringLiteral("≤ 1.5");
    const QString profile = ctx.sourceDir + QStringLiteral("/tests/data/profiles/cluster-16.json");
    BenchLab lab(ctx);
    QString error;
    if (!lab.start(ctx.sourceDir + QStringLiteral("/app/lab/scenarios/cluster-16.json"), profile,
                   ctx.outDir + QStringLiteral("/jumbo/lab"), &error) ||
        !lab.configure(&error)) {
        f.note = error;
        return {f};
    }
    const double ping = oneVmkping(lab, profile, &error);
    if (ping < 0) {
        f.note = error;
        return {f};
    }
    const BenchLab::Run matrix = lab.mpioctl({QStringLiteral("check-jumbo")}, 600000);
    const int cells = int(matrix.json.value(QStringLiteral("cells")).toArray().size());
    if (matrix.exitCode != 0 || cells == 0) {
        f.note = QStringLiteral("check-jumbo exit %1, %2 cells: %3")
                     .arg(matrix.exitCode)
                     .arg(cells)
                     .arg(QString::fromUtf8(matrix.err.right(200)));
        return {f};
    }
    const double matrixMs = matrix.json.value(QStringLiteral("seconds")).toDouble() * 1000.0;
    f.value = matrixMs / ping;
    f.measured = true;
    f.met = f.value <= 1.5;
    f.note = QStringLiteral("%1 cells in %2 ms (check-jumbo's own time); one vmkping -s 8972 -c 3 %3 ms "
                            "(median of %4, open session); lab model: %5 ms SSH round trip, no modelled ping "
                            "interval (a real "
                            "-c 3 takes ~2 s); check-jumbo opens its SSH sessions inside its time")
                 .arg(cells)
                 .arg(matrixMs, 0, 'f', 0)
                 .arg(ping, 0, 'f', 0)
                 .arg(kPings)
                 .arg(lab.model().value(QStringLiteral("sshRttMs")).toInt(3));
    return {f};
}

const BenchRegistry reg(QStringLiteral("jumbo"), benchJumbo);

} // namespace
} // namespace mpio::bench
