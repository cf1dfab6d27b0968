// The ESXi client against an SSH server nobody here wrote (issue 3): Debian's OpenSSH sshd, started by this
// test on a free loopback port with its own config, host key and authorized key, hands every command to the
// lab's ESXi emulation through ForceCommand (`mpio-lab exec`). Public-key login, trust on first use of
// sshd's real host key (checked against ssh-keygen's own fingerprint), a full EsxiDiscovery, and a changed
// host key refused. Skipped only when sshd is not installed.
#include "LabProcess.h"
#include "core/esxi/EsxiDiscovery.h"
#include "core/esxi/EsxiHostClient.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QProcess>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <optional>
#include <unistd.h>

using namespace mpio;
using namespace mpio::esxi;

class TestOpensshEsxi : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    test::LabProcess m_lab;
    QProcess m_sshd;
    int m_port = 0;

    QString path(const QString& name) const { return m_dir.filePath(name); }

    static bool run(const QString& program, const QStringList& args, QByteArray* out = nullptr)
    {
        QProcess p;
        p.start(program, args);
        if (!p.waitForFinished(30000) || p.exitCode() != 0) {
            qWarning("%s failed: %s", qPrintable(program), p.readAllStandardError().constData());
            return false;
        }
        if (out)
            *out = p.readAllStandardOutput();
        return true;
    }

    bool startSshd(const QString& hostKey)
    {
        QTcpServer probe;
        if (!probe.listen(QHostAddress::LocalHost))
            return false;
        m_port = probe.serverPort();
        probe.close();
        const QString config =
            QStringLiteral("Port %1\nListenAddress 127.0.0.1\nHostKey %2\nPidFile %3\n"
                           "AuthorizedKeysFile %4\nPubkeyAuthentication yes\nPasswordAuthentication no\n"
                           "KbdInteractiveAuthentication no\nUsePAM no\nStrictModes no\nPermitRootLogin yes\n"
                           "AllowUsers %5\nForceCommand %6 exec --state-dir %7 --host esx01\n"
                           "LogLevel ERROR\n")
                .arg(m_port)
                .arg(hostKey, path(QStringLiteral("sshd.pid")), path(QStringLiteral("authorized_keys")),
                     QString::fromLocal8Bit(qgetenv("USER").isEmpty() ? "root" : qgetenv("USER")),
                     QStringLiteral(MPIO_LAB_BIN), m_lab.stateDir());
        QFile f(path(QStringLiteral("sshd_config")));
        if (!f.open(QIODevice::WriteOnly) || f.write(config.toUtf8()) < 0)
            return false;
        f.close();
        m_sshd.setProcessChannelMode(QProcess::MergedChannels);
        m_sshd.start(QStringLiteral("/usr/sbin/sshd"),
                     {QStringLiteral("-D"), QStringLiteral("-e"), QStringLiteral("-f"),
                      path(QStringLiteral("sshd_config"))});
        const QDeadlineTimer deadline(10000);
        while (!deadline.hasExpired()) { // bounded: until sshd accepts connections
            if (m_sshd.state() == QProcess::NotRunning)
                return false;
            QTcpSocket s;
            s.connectToHost(QHostAddress::LocalHost, quint16(m_port));
            if (s.waitForConnected(200))
                return true;
            QTest::qWait(50);
        }
        return false;
    }

    void stopSshd()
    {
        if (m_sshd.state() != QProcess::NotRunning) {
            m_sshd.terminate();
            if (!m_sshd.waitForFinished(5000))
                m_sshd.kill();
            m_sshd.waitForFinished(2000);
        }
    }

    SshOptions options() const
    {
        SshOptions o;
        o.host = QStringLiteral("127.0.0.1");
        o.port = m_port;
        o.user = QString::fromLocal8Bit(qgetenv("USER").isEmpty() ? "root" : qgetenv("USER"));
        o.privateKeyFile = path(QStringLiteral("client_key"));
        o.trustOnFirstUse = true;
        o.knownHostsFile = path(QStringLiteral("known_hosts.json"));
        return o;
    }

private slots:
    void initTestCase()
    {
        if (!QFile::exists(QStringLiteral("/usr/sbin/sshd")))
            QSKIP("OpenSSH server (/usr/sbin/sshd) is not installed");
        QVERIFY(m_dir.isValid());
        // sshd refuses to start without its privilege separation directory (created by the package's service
        // normally; a container never ran it).
        if (::geteuid() == 0 && !QFile::exists(QStringLiteral("/run/sshd")))
            QVERIFY(run(QStringLiteral("mkdir"), {QStringLiteral("-p"), QStringLiteral("/run/sshd")}));
        QString error;
        QVERIFY2(m_lab.start(QStringLiteral("already-configured"), &error), qPrintable(error));
        QVERIFY(run(QStringLiteral("ssh-keygen"), {QStringLiteral("-q"), QStringLiteral("-t"),
                                                   QStringLiteral("ecdsa"), QStringLiteral("-N"), QString(),
                                                   QStringLiteral("-f"), path(QStringLiteral("host_key"))}));
        QVERIFY(
            run(QStringLiteral("ssh-keygen"),
                {QStringLiteral("-q"), QStringLiteral("-t"), QStringLiteral("ed25519"), QStringLiteral("-N"),
                 QString(), QStringLiteral("-f"), path(QStringLiteral("client_key"))}));
        QVERIFY(QFile::copy(path(QStringLiteral("client_key.pub")), path(QStringLiteral("authorized_keys"))));
        QVERIFY2(startSshd(path(QStringLiteral("host_key"))), m_sshd.readAll().constData());
    }

    void cleanupTestCase() { stopSshd(); }

    void discoveryThroughOpenssh()
    {
        EsxiHostClient client(options());
        std::optional<Status> connected;
        client.connectHost([&](Status s) { connected = s; });
        QVERIFY(QTest::qWaitFor([&] { return connected.has_value(); }, 20000));
        QVERIFY2(connected->ok(), qPrintable(connected->ok() ? QString() : connected->error().toString()));

        // The fingerprint we pinned is the one OpenSSH's own tool computes for sshd's key.
        QByteArray keygen;
        QVERIFY(run(QStringLiteral("ssh-keygen"),
                    {QStringLiteral("-l"), QStringLiteral("-E"), QStringLiteral("sha256"),
                     QStringLiteral("-f"), path(QStringLiteral("host_key.pub"))},
                    &keygen));
        QVERIFY2(keygen.contains(client.trustRequest().fingerprint.toUtf8()), keygen.constData());

        std::optional<Result<EsxiSnapshot>> snapshot;
        EsxiDiscovery::discover(&client, [&](Result<EsxiSnapshot> s) { snapshot = std::move(s); });
        QVERIFY(QTest::qWaitFor([&] { return snapshot.has_value(); }, 60000));
        QVERIFY2(snapshot->ok(), qPrintable(snapshot->ok() ? QString() : snapshot->error().toString()));
        const EsxiSnapshot& s = snapshot->value();
        QCOMPARE(s.hostname, QStringLiteral("esx01"));
        QVERIFY(s.vmk(QStringLiteral("vmk2")) && s.vmk(QStringLiteral("vmk2"))->mtu == 9000);
        QVERIFY(s.iscsi.enabled);
        QCOMPARE(s.devices.size(), 1);
        QCOMPARE(s.devices.first().rrIops, 1);
        qInfo("discovery through OpenSSH: %d esxcli calls", client.commandsRun());
    }

    void changedHostKeyIsRefused()
    {
        stopSshd();
        QVERIFY(run(QStringLiteral("ssh-keygen"), {QStringLiteral("-q"), QStringLiteral("-t"),
                                                   QStringLiteral("ecdsa"), QStringLiteral("-N"), QString(),
                                                   QStringLiteral("-f"), path(QStringLiteral("host_key2"))}));
        const int oldPort = m_port;
        QVERIFY(startSshd(path(QStringLiteral("host_key2"))));
        // Same address as before for the trust store: re-key the old port's entry onto the new port.
        SshOptions o = options();
        QFile store(o.knownHostsFile);
        QVERIFY(store.open(QIODevice::ReadOnly));
        QByteArray json = store.readAll();
        store.close();
        const QByteArray from = QByteArray(":") + QByteArray::number(oldPort) + QByteArray("\"");
        const QByteArray to = QByteArray(":") + QByteArray::number(m_port) + QByteArray("\"");
        json.replace(from, to);
        QVERIFY(store.open(QIODevice::WriteOnly | QIODevice::Truncate));
        store.write(json);
        store.close();

        EsxiHostClient client(o);
        std::optional<Status> connected;
        client.connectHost([&](Status s) { connected = s; });
        QVERIFY(QTest::qWaitFor([&] { return connected.has_value(); }, 20000));
        QVERIFY(!connected->ok());
        QCOMPARE(connected->error().code, QStringLiteral("ssh.hostkey.changed"));
    }
};

QTEST_GUILESS_MAIN(TestOpensshEsxi)
#include "tst_openssh_esxi.moc"
