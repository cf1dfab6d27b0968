// The whole lab end to end: libssh client → SSH server → ESXi shell → world (probe, links, paths).
#include "TestEnv.h"
#include "app/lab/Lab.h"
#include "app/lab/ssh/SshServerPool.h"
#include "app/lab/world/Scenario.h"
#include "app/lab/world/World.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>
#include <future>
#include <libssh/libssh.h>

using namespace mpio::lab;

namespace {

struct Exec
{
    QByteArray out, err;
    int exitCode = -1;
};

// Runs commands over one session (kbd-interactive like ESXi), one exec channel each. Off the test thread.
QList<Exec> runAll(quint16 port, const QString& password, const QStringList& commands)
{
    QList<Exec> results;
    ssh_session s = ssh_new();
    const unsigned int p = port;
    long timeout = 15;
    int noConfig = 0;
    ssh_options_set(s, SSH_OPTIONS_HOST, "127.0.0.1");
    ssh_options_set(s, SSH_OPTIONS_PORT, &p);
    ssh_options_set(s, SSH_OPTIONS_USER, "root");
    ssh_options_set(s, SSH_OPTIONS_TIMEOUT, &timeout);
    ssh_options_set(s, SSH_OPTIONS_PROCESS_CONFIG, &noConfig);
    bool ok = ssh_connect(s) == SSH_OK;
    if (ok) {
        int rc = ssh_userauth_kbdint(s, nullptr, nullptr);
        for (int round = 0; round < 5 && rc == SSH_AUTH_INFO; ++round) {
            for (int i = 0; i < ssh_userauth_kbdint_getnprompts(s); ++i)
                ssh_userauth_kbdint_setanswer(s, unsigned(i), password.toUtf8().constData());
            rc = ssh_userauth_kbdint(s, nullptr, nullptr);
        }
        ok = rc == SSH_AUTH_SUCCESS;
    }
    for (const QString& c : commands) {
        Exec e;
        ssh_channel ch = ok ? ssh_channel_new(s) : nullptr;
        if (ch && ssh_channel_open_session(ch) == SSH_OK &&
            ssh_channel_request_exec(ch, c.toUtf8().constData()) == SSH_OK) {
            char buf[8192];
            for (int stream = 0; stream < 2; ++stream)
                for (int i = 0; i < 10000; ++i) {
                    const int n = ssh_channel_read_timeout(ch, buf, sizeof buf, stream, 15000);
                    if (n <= 0)
                        break;
                    (stream ? e.err : e.out).append(buf, n);
                }
            e.exitCode = int(ssh_channel_get_exit_status(ch));
            ssh_channel_close(ch);
        }
        if (ch)
            ssh_channel_free(ch);
        results.append(e);
    }
    ssh_disconnect(s);
    ssh_free(s);
    return results;
}

Scenario fast(const QString& name)
{
    Scenario sc;
    QString error;
    if (!Scenario::fromFile(Scenario::resolve(name), &sc, &error))
        qFatal("%s", qPrintable(error));
    sc.model.esxcliMs = 20;
    sc.model.jitterMs = 0;
    sc.model.sshRttMs = 0;
    sc.model.linkDownDetectMs = 200;
    return sc;
}

} // namespace

#define WAIT_FOR(future, ms)                                                                                 \
    QTRY_VERIFY_WITH_TIMEOUT((future).wait_for(std::chrono::seconds(0)) == std::future_status::ready, ms)

class TestLabE2e : public QObject
{
    Q_OBJECT

    QList<Exec> run(Lab& lab, const QString& host, const QStringList& commands)
    {
        const quint16 port = lab.ssh().port(host);
        const QString pw = lab.world().host(host)->rootPassword;
        auto f = std::async(std::launch::async, [=] { return runAll(port, pw, commands); });
        [&] { WAIT_FOR(f, 30000); }();
        return f.wait_for(std::chrono::seconds(0)) == std::future_status::ready ? f.get() : QList<Exec>();
    }

private slots:
    void versionsOverSsh()
    {
        QTemporaryDir dir;
        Lab lab(fast(QStringLiteral("seed-two-paths")), dir.path());
        QString error;
        QVERIFY2(lab.start(0, &error), qPrintable(error));
        QList<Exec> a = run(lab, QStringLiteral("esx01"), {QStringLiteral("esxcli system version get")});
        QList<Exec> b = run(lab, QStringLiteral("esx02"),
                            {QStringLiteral("esxcli system version get"), QStringLiteral("esxcli nosuch")});
        QCOMPARE(a.size(), 1);
        QCOMPARE(b.size(), 2);
        QCOMPARE(a[0].exitCode, 0);
        QVERIFY2(a[0].out.contains("   Version: 8.0.3\n"), a[0].out.constData());
        QVERIFY2(b[0].out.contains("   Version: 7.0.3\n"), b[0].out.constData());
        QVERIFY(b[1].exitCode != 0);
    }

    // guidance MTU-DIAGNOSIS: 8972 lost but 1472 answered = a switch drops jumbo frames.
    void jumboLostOnBrokenSwitch()
    {
        QTemporaryDir dir;
        Lab lab(fast(QStringLiteral("already-configured")), dir.path());
        QString error;
        QVERIFY2(lab.start(0, &error), qPrintable(error));
        QVERIFY(lab.handleControl(
                       QStringLiteral("port-mtu"),
                       {{QStringLiteral("switch"), QStringLiteral("Core-B")}, {QStringLiteral("mtu"), 1500}})
                    .value(QStringLiteral("ok"))
                    .toBool());
        const QList<Exec> r = run(lab, QStringLiteral("esx01"),
                                  {QStringLiteral("vmkping -I vmk3 -d -s 8972 -c 2 10.20.20.10"),
                                   QStringLiteral("vmkping -I vmk3 -d -s 1472 -c 2 10.20.20.10"),
                                   QStringLiteral("vmkping -I vmk2 -d -s 8972 -c 1 10.20.10.10"),
                                   QStringLiteral("vmkping -I vmk2 -c 1 10.20.20.10"),
                                   QStringLiteral("vmkping -I vmk0 -d -s 8972 -c 1 192.168.10.5")});
        QCOMPARE(r.size(), 5);
        QVERIFY2(r[0].out.contains("2 packets transmitted, 0 packets received, 100% packet loss"),
                 r[0].out.constData());
        QVERIFY(!r[0].out.contains("bytes from"));
        QCOMPARE(r[0].exitCode, 1);
        QVERIFY2(r[1].out.contains("1480 bytes from 10.20.20.10: icmp_seq=0 ttl=64"), r[1].out.constData());
        QCOMPARE(r[1].exitCode, 0);
        QVERIFY(r[2].out.contains("8980 bytes from 10.20.10.10"));
        QVERIFY2(QByteArray(r[3].out + r[3].err).contains("sendto() failed (Network is unreachable)"),
                 r[3].out.constData());
        QVERIFY2(QByteArray(r[4].out + r[4].err).contains("sendto() failed (Message too long)"),
                 r[4].out.constData());
    }

    void pulledCableKillsThePathAfterDetection()
    {
        QTemporaryDir dir;
        Lab lab(fast(QStringLiteral("already-configured")), dir.path());
        QString error;
        QVERIFY2(lab.start(0, &error), qPrintable(error));
        const auto pathState = [&](const QString& runtime) {
            QMutexLocker lock(&lab.world().mutex());
            for (const Path& p : lab.world().host(QStringLiteral("esx01"))->paths)
                if (p.runtimeName == runtime)
                    return p.state;
            return QString();
        };
        QCOMPARE(pathState(QStringLiteral("vmhba64:C0:T1:L0")), QStringLiteral("active"));
        QVERIFY(lab.handleControl(QStringLiteral("cable-pull"),
                                  {{QStringLiteral("cable"), QStringLiteral("esx01-vmnic3")}})
                    .value(QStringLiteral("ok"))
                    .toBool());
        // Not at once: the host notices after linkDownDetectMs.
        QCOMPARE(pathState(QStringLiteral("vmhba64:C0:T1:L0")), QStringLiteral("active"));
        QTRY_COMPARE_WITH_TIMEOUT(pathState(QStringLiteral("vmhba64:C0:T1:L0")), QStringLiteral("dead"),
                                  3000);
        QCOMPARE(pathState(QStringLiteral("vmhba64:C0:T0:L0")), QStringLiteral("active"));
        const QList<Exec> r = run(lab, QStringLiteral("esx01"), {QStringLiteral("esxcfg-mpath -b")});
        QCOMPARE(r.size(), 1);
        QVERIFY2(r[0].out.contains("vmhba64:C0:T1:L0 LUN:0 state:dead"), r[0].out.constData());
        QVERIFY(r[0].out.contains("vmhba64:C0:T0:L0 LUN:0 state:active"));

        QVERIFY(lab.handleControl(QStringLiteral("cable-restore"),
                                  {{QStringLiteral("cable"), QStringLiteral("esx01-vmnic3")}})
                    .value(QStringLiteral("ok"))
                    .toBool());
        QTRY_COMPARE_WITH_TIMEOUT(pathState(QStringLiteral("vmhba64:C0:T1:L0")), QStringLiteral("active"),
                                  3000);
    }

    // The already-configured scenario is exactly what the article's commands leave on a seed host (so audit
    // and idempotency tests against it mean something). MACs and session times are the shell's to invent.
    void articleCommandsReachTheAlreadyConfiguredState()
    {
        QTemporaryDir dir;
        Lab lab(fast(QStringLiteral("seed-two-paths")), dir.path());
        QString error;
        QVERIFY2(lab.start(0, &error), qPrintable(error));
        const QString t = QStringLiteral("iqn.2005-10.org.freenas.ctl:iscsi-vmw01");
        const QStringList commands{
            QStringLiteral("esxcli network vswitch standard add -v vSwitch1"),
            QStringLiteral("esxcli network vswitch standard set -v vSwitch1 -m 9000"),
            QStringLiteral("esxcli network vswitch standard uplink add -v vSwitch1 -u vmnic2"),
            QStringLiteral("esxcli network vswitch standard uplink add -v vSwitch1 -u vmnic3"),
            QStringLiteral("esxcli network vswitch standard portgroup add -v vSwitch1 -p iSCSI-A"),
            QStringLiteral("esxcli network vswitch standard portgroup add -v vSwitch1 -p iSCSI-B"),
            QStringLiteral(
                "esxcli network vswitch standard portgroup policy failover set -p iSCSI-A -a vmnic2"),
            QStringLiteral(
                "esxcli network vswitch standard portgroup policy failover set -p iSCSI-B -a vmnic3"),
            QStringLiteral("esxcli network ip interface add -i vmk2 -p iSCSI-A -m 9000"),
            QStringLiteral(
                "esxcli network ip interface ipv4 set -i vmk2 -I 10.20.10.11 -N 255.255.255.248 -t static"),
            QStringLiteral("esxcli network ip interface add -i vmk3 -p iSCSI-B -m 9000"),
            QStringLiteral(
                "esxcli network ip interface ipv4 set -i vmk3 -I 10.20.20.11 -N 255.255.255.248 -t static"),
            QStringLiteral("esxcli iscsi software set --enabled=true"),
            QStringLiteral("esxcli storage nmp satp rule add -s VMW_SATP_DEFAULT_AA -V TrueNAS -M 'iSCSI "
                           "Disk' -P VMW_PSP_RR -O 'policy=iops;iops=1;'"),
            QStringLiteral(
                "esxcli iscsi adapter discovery statictarget add -A vmhba64 -a 10.20.10.10:3260 -n ") +
                t,
            QStringLiteral(
                "esxcli iscsi adapter discovery statictarget add -A vmhba64 -a 10.20.20.10:3260 -n ") +
                t,
            QStringLiteral("esxcli storage core adapter rescan -A vmhba64")};
        const QList<Exec> r = run(lab, QStringLiteral("esx01"), commands);
        QCOMPARE(r.size(), commands.size());
        for (qsizetype i = 0; i < r.size(); ++i)
            QVERIFY2(r[i].exitCode == 0,
                     qPrintable(commands[i] + QStringLiteral(": ") + QString::fromUtf8(r[i].out + r[i].err)));

        World target(fast(QStringLiteral("already-configured")));
        const auto normalised = [](QJsonObject host) {
            QJsonArray vmks = host.value(QStringLiteral("vmks")).toArray();
            for (qsizetype i = 0; i < vmks.size(); ++i) {
                QJsonObject v = vmks[i].toObject();
                v.remove(QStringLiteral("mac"));
                vmks[i] = v;
            }
            host.insert(QStringLiteral("vmks"), vmks);
            QJsonArray sessions = host.value(QStringLiteral("sessions")).toArray();
            for (qsizetype i = 0; i < sessions.size(); ++i) {
                QJsonObject s = sessions[i].toObject();
                s.remove(QStringLiteral("isidCreated"));
                sessions[i] = s;
            }
            host.insert(QStringLiteral("sessions"), sessions);
            return host;
        };
        const QJsonObject got =
            normalised(lab.world().dumpState().value(QStringLiteral("hosts")).toArray().at(0).toObject());
        const QJsonObject want =
            normalised(target.dumpState().value(QStringLiteral("hosts")).toArray().at(0).toObject());
        for (const QString& key : want.keys())
            QVERIFY2(
                got.value(key) == want.value(key),
                qPrintable(
                    key + QStringLiteral(":\n shell    ") +
                    QString::fromUtf8(
                        QJsonDocument(QJsonObject{{key, got.value(key)}}).toJson(QJsonDocument::Compact)) +
                    QStringLiteral("\n scenario ") +
                    QString::fromUtf8(
                        QJsonDocument(QJsonObject{{key, want.value(key)}}).toJson(QJsonDocument::Compact))));
    }

    void injectedFailureOnRealEsxcli()
    {
        QTemporaryDir dir;
        Lab lab(fast(QStringLiteral("seed-two-paths")), dir.path());
        QString error;
        QVERIFY2(lab.start(0, &error), qPrintable(error));
        QVERIFY(lab.handleControl(QStringLiteral("esxcli-fail"),
                                  {{QStringLiteral("host"), QStringLiteral("esx01")},
                                   {QStringLiteral("call"), 1},
                                   {QStringLiteral("error"), QStringLiteral("Error: hostd timed out")},
                                   {QStringLiteral("exit"), 1}})
                    .value(QStringLiteral("ok"))
                    .toBool());
        const QList<Exec> r =
            run(lab, QStringLiteral("esx01"),
                {QStringLiteral("esxcli system hostname get"), QStringLiteral("esxcli system hostname get")});
        QCOMPARE(r.size(), 2);
        QCOMPARE(r[0].exitCode, 1);
        QCOMPARE(r[0].err, QByteArray("Error: hostd timed out\n"));
        QCOMPARE(r[1].exitCode, 0);
        QVERIFY2(r[1].out.contains("esx01"), r[1].out.constData());
    }
};

QTEST_GUILESS_MAIN(TestLabE2e)
#include "tst_lab_e2e.moc"
