// `mpioctl discover --truenas …` as a user runs it: the real binary against the TLS test peer
// (tests/core/TrueNasTestPeer.h), exit codes, JSON and text, trust handling, and the key never printed.

#include "TestEnv.h"
#include "tests/core/TrueNasTestPeer.h"

#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using mpio::test::TrueNasTestPeer;

class TestDiscoverTrueNasCli : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<TrueNasTestPeer> m_peer;
    QString m_keyFile;

    struct Run
    {
        int code = -1;
        QByteArray out;
        QByteArray err;
    };
    // Asynchronous on purpose: the peer lives in this process and must keep serving while mpioctl runs.
    Run mpioctl(const QStringList& args)
    {
        QProcess p;
        p.setProcessChannelMode(QProcess::SeparateChannels);
        p.start(QStringLiteral(MPIOCTL_BIN), QStringList{args} << QStringLiteral("--state-dir")
                                                               << m_dir.filePath(QStringLiteral("state")));
        p.closeWriteChannel();
        if (!QTest::qWaitFor([&] { return p.state() == QProcess::NotRunning; }, 30000)) {
            p.kill();
            p.waitForFinished(5000);
            return {};
        }
        return {p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError()};
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_keyFile = m_dir.filePath(QStringLiteral("api-key"));
    }

    void init()
    {
        QDir(m_dir.filePath(QStringLiteral("state"))).removeRecursively();
        m_peer = std::make_unique<TrueNasTestPeer>(m_dir.path());
        QVERIFY(m_peer->start());
        QFile key(m_keyFile);
        QVERIFY(key.open(QIODevice::WriteOnly | QIODevice::Truncate));
        key.write(m_peer->apiKey.toUtf8() + "\n");
    }

    void cleanup() { m_peer.reset(); }

    void discoversAsJson()
    {
        const Run r =
            mpioctl({QStringLiteral("discover"), QStringLiteral("--truenas"), m_peer->hostPort(),
                     QStringLiteral("--api-user"), m_peer->apiUser, QStringLiteral("--api-key-file"),
                     m_keyFile, QStringLiteral("--trust-on-first-use"), QStringLiteral("--json")});
        QVERIFY2(r.code == 0, r.err.constData());
        const QJsonObject t =
            QJsonDocument::fromJson(r.out).object().value(QStringLiteral("truenas")).toObject();
        QCOMPARE(t.value(QStringLiteral("version")).toString(), QStringLiteral("25.04.2.6"));
        QCOMPARE(t.value(QStringLiteral("nics")).toArray().size(), 3);
        QCOMPARE(t.value(QStringLiteral("apiInterface")).toString(), QStringLiteral("eno1"));
        QVERIFY(!r.out.contains(m_peer->apiKey.toUtf8()));
        QVERIFY(!r.err.contains(m_peer->apiKey.toUtf8()));
        QCOMPARE(m_peer->logins, 1);
        // The certificate is now pinned: a second run needs no --trust-on-first-use.
        const Run again = mpioctl({QStringLiteral("discover"), QStringLiteral("--truenas"),
                                   m_peer->hostPort(), QStringLiteral("--api-user"), m_peer->apiUser,
                                   QStringLiteral("--api-key-file"), m_keyFile});
        QVERIFY2(again.code == 0, again.err.constData());
        QVERIFY(again.out.contains("SLOG: yes"));
        QVERIFY(again.out.contains("[API connection]"));
    }

    void unknownCertificateIsRefusedWithoutTofu()
    {
        const Run r = mpioctl({QStringLiteral("discover"), QStringLiteral("--truenas"), m_peer->hostPort(),
                               QStringLiteral("--api-user"), m_peer->apiUser,
                               QStringLiteral("--api-key-file"), m_keyFile});
        QCOMPARE(r.code, 3);
        QVERIFY2(r.err.contains("not known yet"), r.err.constData());
        QVERIFY(r.err.contains("--trust-on-first-use"));
        QCOMPARE(m_peer->logins, 0);
    }

    void changedCertificateIsRefused()
    {
        QCOMPARE(mpioctl({QStringLiteral("discover"), QStringLiteral("--truenas"), m_peer->hostPort(),
                          QStringLiteral("--api-user"), m_peer->apiUser, QStringLiteral("--api-key-file"),
                          m_keyFile, QStringLiteral("--trust-on-first-use")})
                     .code,
                 0);
        QVERIFY(m_peer->rotateCertificate());
        const Run r =
            mpioctl({QStringLiteral("discover"), QStringLiteral("--truenas"), m_peer->hostPort(),
                     QStringLiteral("--api-user"), m_peer->apiUser, QStringLiteral("--api-key-file"),
                     m_keyFile, QStringLiteral("--trust-on-first-use"), QStringLiteral("--json")});
        QCOMPARE(r.code, 3);
        QVERIFY(r.err.contains("CHANGED"));
        const QJsonObject error = QJsonDocument::fromJson(r.out)
                                      .object()
                                      .value(QStringLiteral("truenas"))
                                      .toObject()
                                      .value(QStringLiteral("error"))
                                      .toObject();
        QCOMPARE(error.value(QStringLiteral("code")).toString(), QStringLiteral("truenas.tls.changed"));
        QCOMPARE(m_peer->logins, 1);
    }

    void plainWebSocketIsRefused()
    {
        const Run r =
            mpioctl({QStringLiteral("discover"), QStringLiteral("--truenas"),
                     QStringLiteral("ws://%1").arg(m_peer->hostPort()), QStringLiteral("--api-user"),
                     m_peer->apiUser, QStringLiteral("--api-key-file"), m_keyFile});
        QCOMPARE(r.code, 3);
        QVERIFY2(r.err.contains("revoke"), r.err.constData());
        QCOMPARE(m_peer->tcpConnections, 0);
    }

    void refusedKeyExitsOnce()
    {
        QFile key(m_keyFile);
        QVERIFY(key.open(QIODevice::WriteOnly | QIODevice::Truncate));
        key.write("7-thisisnotthekeythisisnotthekeythisisnotthekey1234\n");
        key.close();
        const Run r =
            mpioctl({QStringLiteral("discover"), QStringLiteral("--truenas"), m_peer->hostPort(),
                     QStringLiteral("--api-user"), m_peer->apiUser, QStringLiteral("--api-key-file"),
                     m_keyFile, QStringLiteral("--trust-on-first-use")});
        QCOMPARE(r.code, 3);
        QVERIFY(r.err.contains("refused the API key"));
        QVERIFY(!r.err.contains("thisisnotthekey"));
        QCOMPARE(m_peer->logins, 1);
    }

    void usageErrors()
    {
        QCOMPARE(mpioctl({QStringLiteral("discover")}).code, 2);
        QCOMPARE(
            mpioctl({QStringLiteral("discover"), QStringLiteral("--truenas"), QStringLiteral("nas:99999")})
                .code,
            2);
        QCOMPARE(mpioctl({QStringLiteral("discover"), QStringLiteral("--truenas"), m_peer->hostPort(),
                          QStringLiteral("--api-key-file"), m_dir.filePath(QStringLiteral("missing"))})
                     .code,
                 2);
    }
};

QTEST_GUILESS_MAIN(TestDiscoverTrueNasCli)
#include "tst_discover_truenas_cli.moc"
