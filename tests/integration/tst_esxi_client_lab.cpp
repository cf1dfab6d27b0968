// The ESXi SSH client (issue 3) against a running mpio-lab: trust on first use and the fingerprint the lab
// publishes, esxcli XML, and the bad cases — unknown and changed host keys, a wrong password tried once,
// a command timeout, a connection dropped mid-command, a refused port — each a clear error, nothing left
// hanging.
#include "LabProcess.h"
#include "core/esxi/EsxiHostClient.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <optional>

using namespace mpio;
using namespace mpio::esxi;

namespace {

template<typename T> struct Waiter
{
    std::optional<T> value;
    auto callback()
    {
        return [this](T v) { value = std::move(v); };
    }
    bool wait(int ms = 20000)
    {
        return QTest::qWaitFor([this] { return value.has_value(); }, ms);
    }
};

} // namespace

class TestEsxiClientLab : public QObject
{
    Q_OBJECT

    test::LabProcess m_lab;
    QTemporaryDir m_trust;

    QJsonObject host(int i) const
    {
        return m_lab.endpoints().value(QStringLiteral("hosts")).toArray().at(i).toObject();
    }

    SshOptions options(int i, bool tofu = true) const
    {
        const QJsonObject h = host(i);
        SshOptions o;
        o.host = h.value(QStringLiteral("host")).toString();
        o.port = h.value(QStringLiteral("port")).toInt();
        o.user = h.value(QStringLiteral("user")).toString();
        o.password = h.value(QStringLiteral("password")).toString();
        o.trustOnFirstUse = tofu;
        o.knownHostsFile = m_trust.filePath(QStringLiteral("known_hosts_%1.json").arg(i));
        o.connectTimeoutMs = 5000;
        o.commandTimeoutMs = 15000;
        return o;
    }

    Result<QJsonObject> control(const QString& action, const QJsonObject& args)
    {
        QString error;
        const auto r = m_lab.control(action, args, &error);
        if (!r)
            return Error::make(QStringLiteral("test"), error);
        return *r;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_trust.isValid());
        QString error;
        QVERIFY2(m_lab.start(QStringLiteral("seed-two-paths"), &error), qPrintable(error));
    }

    void trustOnFirstUseAndXml()
    {
        EsxiHostClient client(options(0));
        Waiter<Status> connected;
        client.connectHost(connected.callback());
        QVERIFY(connected.wait());
        QVERIFY2(connected.value->ok(),
                 qPrintable(connected.value->ok() ? QString() : connected.value->error().toString()));
        // The fingerprint we pinned is the one the lab publishes.
        QCOMPARE(client.trustRequest().fingerprint,
                 host(0).value(QStringLiteral("hostKeySha256")).toString());

        Waiter<Result<EsxcliValue>> nics;
        client.esxcli({QStringLiteral("network"), QStringLiteral("nic"), QStringLiteral("list")},
                      nics.callback());
        QVERIFY(nics.wait());
        QVERIFY2(nics.value->ok(), qPrintable(nics.value->ok() ? QString() : nics.value->error().toString()));
        const auto records = nics.value->value().records();
        QVERIFY(records.size() >= 2);
        QVERIFY(records.first().string(QStringLiteral("Name")).startsWith(QLatin1String("vmnic")));
        QVERIFY(records.first().integer64(QStringLiteral("MTU")) >= 1500);

        // Two commands at once use two sessions (per-host concurrency 2).
        Waiter<Result<EsxcliValue>> a, b;
        client.esxcli({QStringLiteral("system"), QStringLiteral("version"), QStringLiteral("get")},
                      a.callback());
        client.esxcli({QStringLiteral("system"), QStringLiteral("hostname"), QStringLiteral("get")},
                      b.callback());
        QVERIFY(a.wait() && b.wait());
        QVERIFY(a.value->ok() && b.value->ok());
        QVERIFY(a.value->value().string(QStringLiteral("Version")).startsWith(QLatin1String("8.")) ||
                a.value->value().string(QStringLiteral("Version")).startsWith(QLatin1String("7.")));
        QCOMPARE(client.sessionsOpened(), 2);

        // vmkping does not wait behind esxcli calls (it does not go through hostd): with both esxcli
        // sessions busy, four pings open sessions of their own, at most kExtraPingSessions more.
        Waiter<Result<EsxcliValue>> c, d;
        client.esxcli({QStringLiteral("system"), QStringLiteral("version"), QStringLiteral("get")},
                      c.callback());
        client.esxcli({QStringLiteral("system"), QStringLiteral("hostname"), QStringLiteral("get")},
                      d.callback());
        QList<std::shared_ptr<Waiter<Result<ExecResult>>>> pings;
        for (int i = 0; i < 4; ++i) {
            pings << std::make_shared<Waiter<Result<ExecResult>>>();
            client.run({QStringLiteral("vmkping"), QStringLiteral("-c"), QStringLiteral("1"),
                        QStringLiteral("192.0.2.1")},
                       pings.last()->callback());
        }
        for (const auto& p : std::as_const(pings)) {
            QVERIFY(p->wait());
            QVERIFY2(p->value->ok(), qPrintable(p->value->ok() ? QString() : p->value->error().toString()));
            QVERIFY(p->value->value().combined().contains(QLatin1String("packets transmitted")));
        }
        QVERIFY(c.wait() && d.wait());
        QVERIFY(client.sessionsOpened() > 2);
        QVERIFY(client.sessionsOpened() <= 2 + EsxiHostClient::kExtraPingSessions);

        // esxcli's own error comes back as text with the command.
        Waiter<Result<EsxcliValue>> bad;
        client.esxcli({QStringLiteral("network"), QStringLiteral("nics")}, bad.callback());
        QVERIFY(bad.wait());
        QVERIFY(!bad.value->ok());
        QCOMPARE(bad.value->error().code, QStringLiteral("esxi.esxcli"));
        QVERIFY(!bad.value->error().message.isEmpty());

        // Nothing outside the grammar is sent.
        Waiter<Result<ExecResult>> hostile;
        client.run({QStringLiteral("esxcli"), QStringLiteral("$(reboot)")}, hostile.callback());
        QVERIFY(hostile.wait());
        QCOMPARE(hostile.value->error().code, QStringLiteral("esxi.command"));
    }

    void unknownKeyWithoutTofuIsAQuestion()
    {
        EsxiHostClient client(options(1, false));
        Waiter<Status> connected;
        client.connectHost(connected.callback());
        QVERIFY(connected.wait());
        QVERIFY(!connected.value->ok());
        QCOMPARE(connected.value->error().code, QStringLiteral("ssh.hostkey.unknown"));
        QCOMPARE(client.trustRequest().fingerprint,
                 host(1).value(QStringLiteral("hostKeySha256")).toString());
        QVERIFY(!client.trustRequest().changed());
    }

    void changedKeyIsRefused()
    {
        {
            EsxiHostClient first(options(1));
            Waiter<Status> ok;
            first.connectHost(ok.callback());
            QVERIFY(ok.wait() && ok.value->ok());
        }
        const auto rotated = control(QStringLiteral("hostkey-rotate"),
                                     {{QStringLiteral("host"), host(1).value(QStringLiteral("name"))}});
        QVERIFY2(rotated.ok(), qPrintable(rotated.ok() ? QString() : rotated.error().toString()));
        EsxiHostClient again(options(1)); // trust on first use must NOT accept a changed key
        Waiter<Status> refused;
        again.connectHost(refused.callback());
        QVERIFY(refused.wait());
        QVERIFY(!refused.value->ok());
        QCOMPARE(refused.value->error().code, QStringLiteral("ssh.hostkey.changed"));
        QVERIFY(again.trustRequest().changed());
        QVERIFY(refused.value->error().message.contains(again.trustRequest().previousFingerprint));
        QVERIFY(refused.value->error().message.contains(
            rotated->value(QStringLiteral("hostKeySha256")).toString()));
    }

    void wrongPasswordIsTriedOnce()
    {
        SshOptions o = options(0);
        o.password = QStringLiteral("not-the-password");
        EsxiHostClient client(o);
        Waiter<Result<ExecResult>> first, second;
        client.run({QStringLiteral("esxcli"), QStringLiteral("system"), QStringLiteral("version"),
                    QStringLiteral("get")},
                   first.callback());
        client.run({QStringLiteral("esxcli"), QStringLiteral("system"), QStringLiteral("hostname"),
                    QStringLiteral("get")},
                   second.callback());
        QVERIFY(first.wait() && second.wait());
        QCOMPARE(first.value->error().code, QStringLiteral("ssh.auth"));
        QCOMPARE(second.value->error().code, QStringLiteral("ssh.auth"));
        QCOMPARE(client.sessionsOpened(), 1); // one login attempt for both commands, no retry
        QVERIFY(first.value->error().message.contains(QLatin1String("not retried")));
    }

    void timeoutAndDroppedConnection()
    {
        const QString name = host(0).value(QStringLiteral("name")).toString();
        QVERIFY(control(QStringLiteral("latency"),
                        {{QStringLiteral("host"), name}, {QStringLiteral("esxcliMs"), 3000}})
                    .ok());
        EsxiHostClient client(options(0), 1);
        Waiter<Status> connected;
        client.connectHost(connected.callback());
        QVERIFY(connected.wait() && connected.value->ok());
        Waiter<Result<EsxcliValue>> slow;
        client.esxcli({QStringLiteral("system"), QStringLiteral("version"), QStringLiteral("get")},
                      slow.callback(), 500);
        QVERIFY(slow.wait());
        QCOMPARE(slow.value->error().code, QStringLiteral("ssh.timeout"));

        Waiter<Result<EsxcliValue>> dropped;
        client.esxcli({QStringLiteral("system"), QStringLiteral("version"), QStringLiteral("get")},
                      dropped.callback());
        QTest::qWait(300);
        QVERIFY(control(QStringLiteral("ssh-drop"), {{QStringLiteral("host"), name}}).ok());
        QVERIFY(dropped.wait());
        QVERIFY(!dropped.value->ok());
        QCOMPARE(dropped.value->error().code, QStringLiteral("ssh.dropped"));
        QVERIFY(control(QStringLiteral("latency"),
                        {{QStringLiteral("host"), name}, {QStringLiteral("esxcliMs"), 400}})
                    .ok());

        // The client recovers with a new session for the next command.
        Waiter<Result<EsxcliValue>> after;
        client.esxcli({QStringLiteral("system"), QStringLiteral("hostname"), QStringLiteral("get")},
                      after.callback());
        QVERIFY(after.wait());
        QVERIFY2(after.value->ok(),
                 qPrintable(after.value->ok() ? QString() : after.value->error().toString()));
    }

    void refusedPort()
    {
        QTcpServer probe; // a port that was free a moment ago and is closed now
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        const int port = probe.serverPort();
        probe.close();
        SshOptions o = options(0);
        o.port = port;
        EsxiHostClient client(o);
        Waiter<Status> connected;
        client.connectHost(connected.callback());
        QVERIFY(connected.wait());
        QCOMPARE(connected.value->error().code, QStringLiteral("ssh.connect"));
        QVERIFY(connected.value->error().message.contains(QString::number(port)));
    }
};

QTEST_GUILESS_MAIN(TestEsxiClientLab)
#include "tst_esxi_client_lab.moc"
