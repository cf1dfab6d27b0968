// Apply time vs the plan's lower bound, and against the way people do it today (issue 9). For 1, 4, 16 and 32
// hosts: a scenario and profile generated from cluster-16 (same host template, /26 subnets for 32 hosts), the
// lab's default model (400 ms per esxcli call ± 100 ms, 3 ms SSH round trip, 2 esxcli calls at a time per
// host). Figures: the apply run's wall time (`mpioctl apply --yes`, runSeconds: the runner; seconds: from
// connect to done), esxcli calls per host, the plan's lower bound (critical path of the DAG and the per-host
// work at concurrency 2, with the same 400 ms per call), and the naive way for the same ESXi commands
// (tests/bench/naive-apply.sh: one OpenSSH connection per command, host after host).
#include "BenchContext.h"
#include "core/credentials/MemoryCredentialStore.h"
#include "core/lab/LabEndpoints.h"
#include "core/model/SiteJson.h"
#include "core/plan/PlanCost.h"
#include "core/plan/Planner.h"
#include "core/site/SiteConnection.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTimer>
#include <optional>

namespace mpio::bench {
namespace {

QJsonObject readJson(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(f.readAll()).object() : QJsonObject{};
}

QString rename(QString text, const QString& from, const QString& to)
{
    return text.replace(from, to);
}

// cluster-16 cut to or grown to n hosts; subnets /26 when n > 16 (a /27 holds 29 hosts besides TrueNAS).
bool generate(const BenchContext& ctx, int n, const QString& dir)
{
    QJsonObject scenario = readJson(ctx.sourceDir + QStringLiteral("/app/lab/scenarios/cluster-16.json"));
    QJsonObject profile = readJson(ctx.sourceDir + QStringLiteral("/tests/data/profiles/cluster-16.json"));
    if (scenario.isEmpty() || profile.isEmpty())
        return false;
    const QString hostTemplate = QString::fromUtf8(
        QJsonDocument(scenario.value(QStringLiteral("hosts")).toArray().first().toObject()).toJson());
    const QString profileHost = QString::fromUtf8(
        QJsonDocument(profile.value(QStringLiteral("hosts")).toArray().first().toObject()).toJson());
    QJsonArray cablesTemplate;
    for (const QJsonValue& c : scenario.value(QStringLiteral("cables")).toArray())
        if (c.toObject().value(QStringLiteral("nic")).toString().startsWith(QLatin1String("esx01:")))
            cablesTemplate.append(c);
    QJsonArray otherCables;
    for (const QJsonValue& c : scenario.value(QStringLiteral("cables")).toArray())
        if (!c.toObject().value(QStringLiteral("nic")).toString().startsWith(QLatin1String("esx")))
            otherCables.append(c);
    QJsonArray hosts, cables = otherCables, profileHosts;
    for (int i = 1; i <= n; ++i) {
        const QString name = QStringLiteral("esx%1").arg(i, 2, 10, QLatin1Char('0'));
        QString h = rename(hostTemplate, QStringLiteral("esx01"), name);
        h = rename(h, QStringLiteral("192.168.10.11\""), QStringLiteral("192.168.10.%1\"").arg(10 + i));
        hosts.append(QJsonDocument::fromJson(h.toUtf8()).object());
        for (const QJsonValue& c : cablesTemplate)
            cables.append(
                QJsonDocument::fromJson(rename(QString::fromUtf8(QJsonDocument(c.toObject()).toJson()),
                                               QStringLiteral("esx01"), name)
                                            .toUtf8())
                    .object());
        QString ph = rename(profileHost, QStringLiteral("esx01"), name);
        ph = rename(ph, QStringLiteral("10.20.10.11\""), QStringLiteral("10.20.10.%1\"").arg(10 + i));
        ph = rename(ph, QStringLiteral("10.20.20.11\""), QStringLiteral("10.20.20.%1\"").arg(10 + i));
        profileHosts.append(QJsonDocument::fromJson(ph.toUtf8()).object());
    }
    scenario.insert(QStringLiteral("hosts"), hosts);
    scenario.insert(QStringLiteral("cables"), cables);
    scenario.insert(QStringLiteral("name"), QStringLiteral("bench-%1").arg(n));
    profile.insert(QStringLiteral("hosts"), profileHosts);
    profile.insert(QStringLiteral("name"), QStringLiteral("bench-%1").arg(n));
    QString s = QString::fromUtf8(QJsonDocument(scenario).toJson());
    QString p = QString::fromUtf8(QJsonDocument(profile).toJson());
    if (n > 16) {
        s.replace(QStringLiteral("\"prefix\": 27"), QStringLiteral("\"prefix\": 26"));
        p.replace(QStringLiteral("/27"), QStringLiteral("/26"));
    }
    QDir().mkpath(dir);
    QFile sf(dir + QStringLiteral("/scenario.json")), pf(dir + QStringLiteral("/profile.json"));
    return sf.open(QIODevice::WriteOnly) && sf.write(s.toUtf8()) > 0 && pf.open(QIODevice::WriteOnly) &&
           pf.write(p.toUtf8()) > 0;
}

struct Lab
{
    QProcess process;
    QString dir;
    ~Lab()
    {
        process.terminate();
        if (!process.waitForFinished(5000))
            process.kill();
        process.waitForFinished(2000);
    }
    bool start(const BenchContext& ctx, const QString& scenario, const QString& stateDir)
    {
        dir = stateDir;
        QDir(dir).removeRecursively();
        process.start(ctx.lab(),
                      {QStringLiteral("--scenario"), scenario, QStringLiteral("--state-dir"), dir});
        const QDeadlineTimer deadline(60000);
        while (!deadline.hasExpired()) {
            if (process.state() == QProcess::NotRunning)
                return false;
            if (QFileInfo::exists(dir + QStringLiteral("/endpoints.json")))
                return true;
            process.waitForReadyRead(100);
        }
        return false;
    }
};

template<typename T> bool wait(std::optional<T>& v, int ms)
{
    QEventLoop loop;
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (v)
            loop.quit();
    });
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    poll.start(20);
    if (!v)
        loop.exec();
    return v.has_value();
}

QList<Figure> benchApply(const BenchContext& ctx)
{
    QList<Figure> figures;
    double naiveRatio = -1;
    for (int n : {1, 4, 16, 32}) {
        const QString work = ctx.outDir + QStringLiteral("/apply-%1").arg(n);
        Figure f{QStringLiteral("apply.%1").arg(n),
                 QStringLiteral("apply, %1 host(s): measured / lower bound").arg(n)};
        f.unit = QStringLiteral("×");
        f.goal = QStringLiteral("≤ 1.25");
        if (!generate(ctx, n, work)) {
            f.note = QStringLiteral("could not generate the scenario");
            figures << f;
            continue;
        }
        Lab lab;
        if (!lab.start(ctx, work + QStringLiteral("/scenario.json"), work + QStringLiteral("/lab"))) {
            f.note = QStringLiteral("the lab did not start: %1")
                         .arg(QString::fromUtf8(lab.process.readAll()).left(200));
            figures << f;
            continue;
        }
        // The plan and its lower bound, computed in process on the same discovered state.
        const auto site = SiteJson::loadFile(work + QStringLiteral("/profile.json"));
        const auto endpoints = LabEndpoints::load(lab.dir);
        if (!site || !endpoints) {
            f.note = QStringLiteral("profile or endpoints unreadable");
            figures << f;
            continue;
        }
        MemoryCredentialStore credentials;
        const auto e = SiteConnection::fromLab(*site, *endpoints);
        SiteConnection connection(*site, *e, &credentials);
        std::optional<Status> discovered;
        connection.connectAndDiscover([&](Status s) { discovered = s; });
        if (!wait(discovered, 300000) || !discovered->ok()) {
            f.note = QStringLiteral("discovery failed");
            figures << f;
            continue;
        }
        const Plan plan = Planner::make(connection.input());
        PlanCost cost;
        cost.esxcliMs = 400;
        cost.apiMs = 5;
        cost.perHostConcurrency = 2;
        const auto estimate = plan.estimate(cost);

        QProcess apply;
        apply.start(ctx.mpioctl(),
                    {QStringLiteral("apply"), QStringLiteral("--profile"),
                     work + QStringLiteral("/profile.json"), QStringLiteral("--lab"), lab.dir,
                     QStringLiteral("--yes"), QStringLiteral("--json"), QStringLiteral("--state-dir"),
                     work + QStringLiteral("/state"), QStringLiteral("--log-level"), QStringLiteral("warn")});
        if (!apply.waitForFinished(1800000)) {
            apply.kill();
            f.note = QStringLiteral("apply did not finish in 30 min");
            figures << f;
            continue;
        }
        const QJsonObject r = QJsonDocument::fromJson(apply.readAllStandardOutput()).object();
        if (r.value(QStringLiteral("outcome")).toString() != QLatin1String("completed") || !estimate) {
            f.note = QStringLiteral("apply %1").arg(r.value(QStringLiteral("outcome")).toString());
            figures << f;
            continue;
        }
        const double run = r.value(QStringLiteral("runSeconds")).toDouble();
        const double total = r.value(QStringLiteral("seconds")).toDouble();
        const double bound = double(estimate->lowerBoundMs) / 1000.0;
        f.value = run / bound;
        f.measured = true;
        f.met = f.value <= 1.25;
        f.note = QStringLiteral(
                     "%1 steps; run %2 s vs lower bound %3 s (critical path %4 s); from connect to done "
                     "%5 s; %6 esxcli calls per host incl. discovery")
                     .arg(plan.operations.size())
                     .arg(run, 0, 'f', 1)
                     .arg(bound, 0, 'f', 1)
                     .arg(double(estimate->criticalPathMs) / 1000.0, 0, 'f', 1)
                     .arg(total, 0, 'f', 1)
                     .arg(double(r.value(QStringLiteral("esxcliCalls")).toInt()) / n, 0, 'f', 1);
        figures << f;

        // The naive way at 16 hosts: the same ESXi commands, one OpenSSH connection each, host after host.
        if (n == 16) {
            Lab fresh;
            Figure naive{QStringLiteral("apply.naive16"),
                         QStringLiteral("16 hosts: our apply / the article's way (one ssh per command)")};
            naive.unit = QStringLiteral("×");
            naive.goal = QStringLiteral("≥ 10× faster (ratio ≤ 0.1)");
            if (!fresh.start(ctx, work + QStringLiteral("/scenario.json"),
                             work + QStringLiteral("/lab-naive"))) {
                naive.note = QStringLiteral("second lab did not start");
                figures << naive;
                continue;
            }
            const auto freshEndpoints = LabEndpoints::load(fresh.dir);
            QString list;
            int commands = 0;
            for (const HostSpec& h : site->hosts) {
                const LabEndpoints::Host* lh = freshEndpoints->host(h.name);
                const QString pw = work + QStringLiteral("/pw-") + h.name;
                QFile pf(pw);
                if (pf.open(QIODevice::WriteOnly))
                    pf.write(lh->password.toUtf8());
                pf.close();
                for (const Operation& op : plan.operations) {
                    if (op.host != h.name || op.action.kind != QLatin1String("esxcli"))
                        continue;
                    QStringList words{QStringLiteral("esxcli")};
                    for (const QJsonValue& v : op.action.payload.value(QStringLiteral("argv")).toArray()) {
                        const QString w = v.toString() == QLatin1String("@iscsi-adapter")
                                              ? QStringLiteral("vmhba64")
                                              : v.toString();
                        words << (w.contains(u' ') || w.contains(u';')
                                      ? QLatin1Char('"') + w + QLatin1Char('"')
                                      : w);
                    }
                    list += QStringLiteral("127.0.0.1 %1 %2 %3 %4\n")
                                .arg(lh->port)
                                .arg(lh->user, pw, words.join(u' '));
                    ++commands;
                }
            }
            QFile lf(work + QStringLiteral("/naive-commands.txt"));
            if (lf.open(QIODevice::WriteOnly))
                lf.write(list.toUtf8());
            lf.close();
            QElapsedTimer t;
            t.start();
            QProcess script;
            script.start(QStringLiteral("bash"),
                         {ctx.sourceDir + QStringLiteral("/tests/bench/naive-apply.sh"), lf.fileName()});
            const bool ok = script.waitForFinished(3600000) && script.exitCode() == 0;
            const double naiveS = double(t.elapsed()) / 1000.0;
            if (!ok) {
                naive.note = QStringLiteral("the naive script failed: %1")
                                 .arg(QString::fromUtf8(script.readAllStandardError()).left(200));
            } else {
                naive.value = total / naiveS;
                naiveRatio = naive.value;
                naive.measured = true;
                naive.met = naive.value <= 0.1;
                naive.note =
                    QStringLiteral(
                        "ours %1 s (connect, discover, both sides, verify-ready) vs naive %2 s for the "
                        "%3 ESXi commands alone (%4× faster)")
                        .arg(total, 0, 'f', 1)
                        .arg(naiveS, 0, 'f', 1)
                        .arg(commands)
                        .arg(naiveS / total, 0, 'f', 1);
            }
            figures << naive;
        }
    }
    Q_UNUSED(naiveRatio)
    return figures;
}

const BenchRegistry reg(QStringLiteral("apply"), benchApply);

} // namespace
} // namespace mpio::bench
