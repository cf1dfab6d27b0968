// The ESXi hosts' SSH servers, exercised with libssh's CLIENT API (esxi-esxcli.md §8).
#include "TestEnv.h"
#include "app/lab/Lab.h"
#include "app/lab/ssh/EchoRunner.h"
#include "app/lab/ssh/HostRuntime.h"
#include "app/lab/ssh/SshConnection.h"
#include "app/lab/ssh/SshServerPool.h"
#include "app/lab/world/Scenario.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QtTest>
#include <future>
#include <libssh/libssh.h>

using namespace mpio::lab;

namespace {

enum class Auth
{
    KbdInt,
    Password
};

struct ClientRun
{
    bool connected = false;
    bool authenticated = false;
    int zeroPromptRounds = 0;
    QStringList prompts;
    QString fingerprint;
    QByteArray out, err;
    int exitCode = -1;
    bool execFailed = false;
};

// One client session: connect, authenticate, optionally exec one command. Blocking; runs off the test thread
// so the lab's Qt event loop (which accepts connections) keeps running.
ClientRun client(quint16 port, const QString& password, Auth auth, const QString& command = {},
                 const QString& user = QStringLiteral("root"))
{
    ClientRun r;
    ssh_session s = ssh_new();
    const unsigned int p = port;
    long timeout = 10;
    ssh_options_set(s, SSH_OPTIONS_HOST, "127.0.0.1");
    ssh_options_set(s, SSH_OPTIONS_PORT, &p);
    ssh_options_set(s, SSH_OPTIONS_USER, user.toUtf8().constData());
    ssh_options_set(s, SSH_OPTIONS_TIMEOUT, &timeout);
    int noConfig = 0;
    ssh_options_set(s, SSH_OPTIONS_PROCESS_CONFIG, &noConfig);
    if (ssh_connect(s) != SSH_OK) {
        ssh_free(s);
        return r;
    }
    r.connected = true;
    ssh_key pub = nullptr;
    if (ssh_get_server_publickey(s, &pub) == SSH_OK) {
        unsigned char* hash = nullptr;
        size_t len = 0;
        ssh_get_publickey_hash(pub, SSH_PUBLICKEY_HASH_SHA256, &hash, &len);
        char* fp = ssh_get_fingerprint_hash(SSH_PUBLICKEY_HASH_SHA256, hash, len);
        r.fingerprint = QString::fromLatin1(fp);
        ssh_string_free_char(fp);
        ssh_clean_pubkey_hash(&hash);
        ssh_key_free(pub);
    }
    const QByteArray pw = password.toUtf8();
    if (auth == Auth::Password) {
        r.authenticated = ssh_userauth_password(s, nullptr, pw.constData()) == SSH_AUTH_SUCCESS;
    } else {
        int rc = ssh_userauth_kbdint(s, nullptr, nullptr);
        for (int round = 0; round < 5 && rc == SSH_AUTH_INFO; ++round) {
            const int n = ssh_userauth_kbdint_getnprompts(s);
            if (n == 0)
                ++r.zeroPromptRounds;
            for (int i = 0; i < n; ++i) {
                char echo = 0;
                r.prompts.append(QString::fromUtf8(ssh_userauth_kbdint_getprompt(s, unsigned(i), &echo)));
                ssh_userauth_kbdint_setanswer(s, unsigned(i), pw.constData());
            }
            rc = ssh_userauth_kbdint(s, nullptr, nullptr);
        }
        r.authenticated = rc == SSH_AUTH_SUCCESS;
    }
    if (r.authenticated && !command.isEmpty()) {
        ssh_channel ch = ssh_channel_new(s);
        if (ch && ssh_channel_open_session(ch) == SSH_OK &&
            ssh_channel_request_exec(ch, command.toUtf8().constData()) == SSH_OK) {
            char buf[4096];
            for (int i = 0; i < 1000; ++i) { // bounded
                const int n = ssh_channel_read_timeout(ch, buf, sizeof buf, 0, 10000);
                if (n > 0) {
                    r.out.append(buf, n);
                    continue;
                }
                break;
            }
            for (int i = 0; i < 1000; ++i) {
                const int n = ssh_channel_read_timeout(ch, buf, sizeof buf, 1, 10000);
                if (n > 0) {
                    r.err.append(buf, n);
                    continue;
                }
                break;
            }
            r.exitCode = int(ssh_channel_get_exit_status(ch));
            ssh_channel_close(ch);
        } else {
            r.execFailed = true;
        }
        if (ch)
            ssh_channel_free(ch);
    }
    ssh_disconnect(s);
    ssh_free(s);
    return r;
}

Scenario seed(int esxcliMs = 0, int lockoutSeconds = 900)
{
    Scenario sc;
    QString error;
    if (!Scenario::fromFile(Scenario::resolve(QStringLiteral("seed-two-paths")), &sc, &error))
        qFatal("%s", qPrintable(error));
    sc.model.esxcliMs = esxcliMs;
    sc.model.jitterMs = 0;
    sc.model.sshRttMs = 0;
    sc.model.lockoutSeconds = lockoutSeconds;
    return sc;
}

const QString kEsx01 = QStringLiteral("esx01");
const QString kPassword = QStringLiteral("Lab-esx01-pw");

} // namespace

#define WAIT_FOR(future, ms)                                                                                 \
    QTRY_VERIFY_WITH_TIMEOUT((future).wait_for(std::chrono::seconds(0)) == std::future_status::ready, ms)

class TestLabSsh : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { ssh_init(); }
    void cleanupTestCase() { ssh_finalize(); }

    void keyboardInteractiveWithZeroPromptRound()
    {
        QTemporaryDir dir;
        Lab lab(seed(), dir.path());
        EchoRunner runner;
        lab.setRunner(&runner);
        QString error;
        QVERIFY2(lab.start(0, &error), qPrintable(error));
        const quint16 port = lab.ssh().port(kEsx01);
        auto f = std::async(std::launch::async, [&] {
            return client(port, kPassword, Auth::KbdInt, QStringLiteral("echo hello"));
        });
        WAIT_FOR(f, 15000);
        const ClientRun r = f.get();
        QVERIFY(r.connected);
        QVERIFY(r.authenticated);
        QCOMPARE(r.prompts, QStringList{QStringLiteral("Password: ")});
        QCOMPARE(r.zeroPromptRounds, 1);
        QCOMPARE(r.out, QByteArray("hello\n"));
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.fingerprint, lab.ssh().fingerprint(kEsx01));
        QVERIFY(r.fingerprint.startsWith(QStringLiteral("SHA256:")));
        QVERIFY(!r.fingerprint.endsWith(QLatin1Char('=')));
    }

    void passwordExitCodesAndStderr()
    {
        QTemporaryDir dir;
        Lab lab(seed(), dir.path());
        EchoRunner runner;
        lab.setRunner(&runner);
        QString error;
        QVERIFY2(lab.start(0, &error), qPrintable(error));
        const quint16 port = lab.ssh().port(kEsx01);
        auto f = std::async(std::launch::async, [&] {
            return QList<ClientRun>{
                client(port, kPassword, Auth::Password, QStringLiteral("exit 3")),
                client(port, kPassword, Auth::Password, QStringLiteral("fail Error: bad")),
                client(lab.ssh().port(QStringLiteral("esx02")), QStringLiteral("Lab-esx02-pw"),
                       Auth::Password, QStringLiteral("hostname"))};
        });
        WAIT_FOR(f, 20000);
        const QList<ClientRun> r = f.get();
        QVERIFY(r[0].authenticated);
        QCOMPARE(r[0].exitCode, 3);
        QCOMPARE(r[1].exitCode, 1);
        QCOMPARE(r[1].err, QByteArray("Error: bad\n"));
        QVERIFY(r[1].out.isEmpty());
        QCOMPARE(r[2].out, QByteArray("esx02: hostname\n"));
    }

    void wrongPasswordAndLockout()
    {
        QTemporaryDir dir;
        Lab lab(seed(0, 2), dir.path());
        EchoRunner runner;
        lab.setRunner(&runner);
        QString error;
        QVERIFY2(lab.start(0, &error), qPrintable(error));
        const quint16 port = lab.ssh().port(kEsx01);
        auto f = std::async(std::launch::async, [&] {
            QList<ClientRun> runs;
            runs << client(port, QStringLiteral("wrong"), Auth::KbdInt);
            runs << client(port, kPassword, Auth::Password, {},
                           QStringLiteral("admin")); // wrong user counts too
            for (int i = 0; i < 3; ++i)
                runs << client(port, QStringLiteral("wrong"), Auth::Password);
            runs << client(port, kPassword, Auth::KbdInt); // locked: even the right password fails
            runs << client(port, kPassword, Auth::Password);
            return runs;
        });
        WAIT_FOR(f, 30000);
        const QList<ClientRun> r = f.get();
        QCOMPARE(r.size(), 7);
        for (const ClientRun& x : r) {
            QVERIFY(x.connected);
            QVERIFY(!x.authenticated);
        }
        QCOMPARE(r[0].zeroPromptRounds, 0); // no zero-prompt round after a wrong password
        QVERIFY(lab.ssh().runtime(kEsx01)->lockedOut());
        QVERIFY(!lab.ssh().runtime(QStringLiteral("esx02"))->lockedOut()); // per host

        // lockoutSeconds = 2 in this scenario: the lock ends by itself.
        QTRY_VERIFY_WITH_TIMEOUT(!lab.ssh().runtime(kEsx01)->lockedOut(), 5000);
        auto g = std::async(std::launch::async, [&] {
            return client(port, kPassword, Auth::KbdInt, QStringLiteral("echo back"));
        });
        WAIT_FOR(g, 15000);
        const ClientRun ok = g.get();
        QVERIFY(ok.authenticated);
        QCOMPARE(ok.out, QByteArray("back\n"));
    }

    void controlResetClearsLockout()
    {
        QTemporaryDir dir;
        Lab lab(seed(), dir.path());
        QString error;
        QVERIFY(lab.start(0, &error));
        HostRuntime* rt = lab.ssh().runtime(kEsx01);
        for (int i = 0; i < 5; ++i)
            QVERIFY(!rt->checkPassword(QStringLiteral("root"), QStringLiteral("x")));
        QVERIFY(rt->lockedOut());
        QVERIFY(!rt->checkPassword(QStringLiteral("root"), kPassword));
        QVERIFY(lab.handleControl(QStringLiteral("reset"), {}).value(QStringLiteral("ok")).toBool());
        QVERIFY(!rt->lockedOut());
        QVERIFY(rt->checkPassword(QStringLiteral("root"), kPassword));
    }

    void hostKeyPersistsAndRotates()
    {
        QTemporaryDir dir;
        QString first;
        {
            Lab lab(seed(), dir.path());
            QString error;
            QVERIFY2(lab.start(0, &error), qPrintable(error));
            first = lab.ssh().fingerprint(kEsx01);
            QVERIFY(QFile::exists(dir.filePath(QStringLiteral("hostkeys/esx01_ed25519"))));
            QVERIFY(first != lab.ssh().fingerprint(QStringLiteral("esx02")));
        }
        Lab lab(seed(), dir.path());
        EchoRunner runner;
        lab.setRunner(&runner);
        QString error;
        QVERIFY2(lab.start(0, &error), qPrintable(error));
        QCOMPARE(lab.ssh().fingerprint(kEsx01), first);
        const quint16 port = lab.ssh().port(kEsx01);
        auto f = std::async(std::launch::async, [&] { return client(port, kPassword, Auth::Password); });
        WAIT_FOR(f, 15000);
        QCOMPARE(f.get().fingerprint, first);

        const QJsonObject reply =
            lab.handleControl(QStringLiteral("hostkey-rotate"), {{QStringLiteral("host"), kEsx01}});
        QVERIFY(reply.value(QStringLiteral("ok")).toBool());
        const QString rotated = lab.ssh().fingerprint(kEsx01);
        QVERIFY(rotated != first);
        QCOMPARE(reply.value(QStringLiteral("result"))
                     .toObject()
                     .value(QStringLiteral("hostKeySha256"))
                     .toString(),
                 rotated);
        auto g = std::async(std::launch::async, [&] { return client(port, kPassword, Auth::Password); });
        WAIT_FOR(g, 15000);
        QCOMPARE(g.get().fingerprint, rotated);
        // endpoints.json follows the rotation.
        const QJsonObject ep = QJsonDocument::fromJson(mpio::test::readFile(lab.endpointsPath())).object();
        QCOMPARE(ep.value(QStringLiteral("hosts"))
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(QStringLiteral("hostKeySha256"))
                     .toString(),
                 rotated);
    }

    void esxcliFailureInjection()
    {
        QTemporaryDir dir;
        Lab lab(seed(), dir.path());
        EchoRunner runner;
        lab.setRunner(&runner);
        QString error;
        QVERIFY(lab.start(0, &error));
        const QJsonObject reply =
            lab.handleControl(QStringLiteral("esxcli-fail"),
                              {{QStringLiteral("host"), kEsx01},
                               {QStringLiteral("call"), 2},
                               {QStringLiteral("error"), QStringLiteral("Error: Unable to connect")},
                               {QStringLiteral("exit"), 1}});
        QVERIFY(reply.value(QStringLiteral("ok")).toBool());
        const quint16 port = lab.ssh().port(kEsx01);
        auto f = std::async(std::launch::async, [&] {
            return QList<ClientRun>{
                client(port, kPassword, Auth::Password, QStringLiteral("echo not esxcli")),
                client(port, kPassword, Auth::Password, QStringLiteral("esxcli system version get")),
                client(port, kPassword, Auth::Password, QStringLiteral("esxcli network nic list")),
                client(port, kPassword, Auth::Password, QStringLiteral("esxcli network nic list"))};
        });
        WAIT_FOR(f, 20000);
        const QList<ClientRun> r = f.get();
        QCOMPARE(r[0].exitCode, 0); // not an esxcli call: not counted
        QCOMPARE(r[1].exitCode, 0);
        QCOMPARE(r[2].exitCode, 1);
        QCOMPARE(r[2].err, QByteArray("Error: Unable to connect\n"));
        QVERIFY(r[2].out.isEmpty());
        QCOMPARE(r[3].exitCode, 0);
        QCOMPARE(lab.ssh().runtime(kEsx01)->esxcliCalls(), quint64(3));
    }

    // esxcli-fail modes (the fault matrix, issue 9): `drop` cuts the connection instead of answering,
    // `hang` never answers until the connection ends; neither runs the command. esxcli-calls counts them.
    void esxcliFailureModes()
    {
        QTemporaryDir dir;
        Lab lab(seed(), dir.path());
        EchoRunner runner;
        lab.setRunner(&runner);
        QString error;
        QVERIFY(lab.start(0, &error));
        QCOMPARE(lab.handleControl(
                        QStringLiteral("esxcli-fail"),
                        {{QStringLiteral("host"), kEsx01}, {QStringLiteral("mode"), QStringLiteral("nope")}})
                     .value(QStringLiteral("ok"))
                     .toBool(true),
                 false);
        QVERIFY(lab.handleControl(QStringLiteral("esxcli-fail"),
                                  {{QStringLiteral("host"), kEsx01},
                                   {QStringLiteral("call"), 1},
                                   {QStringLiteral("mode"), QStringLiteral("drop")}})
                    .value(QStringLiteral("ok"))
                    .toBool());
        const quint16 port = lab.ssh().port(kEsx01);
        QElapsedTimer t;
        t.start();
        auto dropped = std::async(std::launch::async, [&] {
            return client(port, kPassword, Auth::Password, QStringLiteral("esxcli network nic list"));
        });
        WAIT_FOR(dropped, 8000);
        const ClientRun d = dropped.get();
        QVERIFY(d.authenticated);
        QVERIFY(d.exitCode != 0);
        QVERIFY(d.out.isEmpty() && d.err.isEmpty());
        QVERIFY2(t.elapsed() < 8000, "the drop waited for the client's read timeout");

        QVERIFY(lab.handleControl(QStringLiteral("esxcli-fail"),
                                  {{QStringLiteral("host"), kEsx01},
                                   {QStringLiteral("call"), 1},
                                   {QStringLiteral("mode"), QStringLiteral("hang")}})
                    .value(QStringLiteral("ok"))
                    .toBool());
        auto hung = std::async(std::launch::async, [&] {
            return client(port, kPassword, Auth::Password, QStringLiteral("esxcli network nic list"));
        });
        QTRY_VERIFY_WITH_TIMEOUT(lab.ssh().runtime(kEsx01)->esxcliCalls() == 2, 5000);
        QTest::qWait(1500);
        QVERIFY(hung.wait_for(std::chrono::seconds(0)) != std::future_status::ready); // no answer
        QVERIFY(lab.handleControl(QStringLiteral("ssh-drop"), {{QStringLiteral("host"), kEsx01}})
                    .value(QStringLiteral("ok"))
                    .toBool());
        WAIT_FOR(hung, 8000);
        const ClientRun h = hung.get();
        QVERIFY(h.exitCode != 0);
        QVERIFY(h.out.isEmpty());

        const QJsonObject calls =
            lab.handleControl(QStringLiteral("esxcli-calls"), {}).value(QStringLiteral("result")).toObject();
        QCOMPARE(calls.value(kEsx01).toInt(), 2);
        QCOMPARE(calls.value(QStringLiteral("esx02")).toInt(), 0);
    }

    void countsEsxcliInvocations()
    {
        QCOMPARE(countEsxcliInvocations(QStringLiteral("esxcli a b")), 1);
        QCOMPARE(countEsxcliInvocations(QStringLiteral("esxcli a && esxcli b;esxcli c")), 3);
        QCOMPARE(countEsxcliInvocations(QStringLiteral("/bin/esxcli x | grep esxcli")), 1);
        QCOMPARE(countEsxcliInvocations(QStringLiteral("vmkping -I vmk2 10.20.10.10")), 0);
        QCOMPARE(countEsxcliInvocations(QStringLiteral("echo esxcli")), 0);
    }

    // esxcliMs = 300, concurrency 2: four parallel calls need two waves.
    void latencyAndConcurrency()
    {
        QTemporaryDir dir;
        Lab lab(seed(300), dir.path());
        EchoRunner runner;
        lab.setRunner(&runner);
        QString error;
        QVERIFY(lab.start(0, &error));
        const quint16 port = lab.ssh().port(kEsx01);
        QElapsedTimer t;
        t.start();
        std::vector<std::future<ClientRun>> runs;
        for (int i = 0; i < 4; ++i)
            runs.push_back(std::async(std::launch::async, [&] {
                return client(port, kPassword, Auth::Password, QStringLiteral("esxcli x"));
            }));
        for (auto& r : runs)
            WAIT_FOR(r, 20000);
        const qint64 elapsed = t.elapsed();
        for (auto& r : runs) {
            const ClientRun c = r.get();
            QVERIFY2(c.exitCode == 0, qPrintable(QStringLiteral("connected %1 auth %2 execFailed %3 err %4")
                                                     .arg(c.connected)
                                                     .arg(c.authenticated)
                                                     .arg(c.execFailed)
                                                     .arg(QString::fromUtf8(c.err))));
        }
        QVERIFY2(elapsed >= 590, qPrintable(QString::number(elapsed)));

        // `latency` lowers it at runtime.
        QVERIFY(lab.handleControl(QStringLiteral("latency"),
                                  {{QStringLiteral("host"), kEsx01}, {QStringLiteral("esxcliMs"), 0}})
                    .value(QStringLiteral("ok"))
                    .toBool());
        QCOMPARE(lab.ssh().runtime(kEsx01)->esxcliMs(), 0);
        QCOMPARE(lab.ssh().runtime(QStringLiteral("esx02"))->esxcliMs(), 300);
    }

    // 16 hosts × 2 parallel esxcli calls each (esxcliConcurrency 2): every host serves its two calls at once.
    void clusterInParallel()
    {
        Scenario sc;
        QString error;
        QVERIFY(Scenario::fromFile(Scenario::resolve(QStringLiteral("cluster-16")), &sc, &error));
        sc.model.esxcliMs = 400;
        sc.model.jitterMs = 0;
        QTemporaryDir dir;
        Lab lab(sc, dir.path());
        EchoRunner runner;
        lab.setRunner(&runner);
        QVERIFY2(lab.start(0, &error), qPrintable(error));
        QElapsedTimer t;
        t.start();
        std::vector<std::future<ClientRun>> runs;
        for (const QString& host : lab.ssh().hosts())
            for (int i = 0; i < 2; ++i) {
                const quint16 port = lab.ssh().port(host);
                const QString pw = QStringLiteral("Lab-%1-pw").arg(host);
                runs.push_back(std::async(std::launch::async, [port, pw] {
                    return client(port, pw, Auth::Password, QStringLiteral("esxcli system hostname get"));
                }));
            }
        QCOMPARE(runs.size(), size_t(32));
        for (auto& r : runs)
            WAIT_FOR(r, 30000);
        const qint64 elapsed = t.elapsed();
        for (auto& r : runs) {
            const ClientRun c = r.get();
            QCOMPARE(c.exitCode, 0);
            QVERIFY(c.out.endsWith(": esxcli system hostname get\n"));
        }
        // Serialised, 32 × 400 ms would be 12.8 s; in parallel one wave plus SSH overhead.
        QVERIFY2(elapsed >= 400 && elapsed < 8000, qPrintable(QString::number(elapsed)));
    }

    void sshDropClosesSessions()
    {
        QTemporaryDir dir;
        Lab lab(seed(5000), dir.path());
        EchoRunner runner;
        lab.setRunner(&runner);
        QString error;
        QVERIFY(lab.start(0, &error));
        const quint16 port = lab.ssh().port(kEsx01);
        QElapsedTimer t;
        t.start();
        auto f = std::async(std::launch::async, [&] {
            return client(port, kPassword, Auth::Password, QStringLiteral("esxcli slow"));
        });
        // Wait until the session is up and its exec is sleeping in the latency model.
        QTRY_VERIFY_WITH_TIMEOUT(lab.ssh().runtime(kEsx01)->esxcliCalls() == 1, 10000);
        const QJsonObject reply =
            lab.handleControl(QStringLiteral("ssh-drop"), {{QStringLiteral("host"), kEsx01}});
        QVERIFY(reply.value(QStringLiteral("ok")).toBool());
        QCOMPARE(reply.value(QStringLiteral("result")).toObject().value(QStringLiteral("dropped")).toInt(),
                 1);
        WAIT_FOR(f, 10000);
        const ClientRun r = f.get();
        QVERIFY(r.authenticated);
        QVERIFY(r.exitCode != 0);
        QVERIFY(r.out.isEmpty());
        QVERIFY2(t.elapsed() < 4500, "the drop did not wait for the 5 s esxcli call");
    }

    void shellRequestIsRefused()
    {
        QTemporaryDir dir;
        Lab lab(seed(), dir.path());
        QString error;
        QVERIFY(lab.start(0, &error));
        const quint16 port = lab.ssh().port(kEsx01);
        auto f = std::async(std::launch::async, [&] {
            ssh_session s = ssh_new();
            const unsigned int p = port;
            ssh_options_set(s, SSH_OPTIONS_HOST, "127.0.0.1");
            ssh_options_set(s, SSH_OPTIONS_PORT, &p);
            ssh_options_set(s, SSH_OPTIONS_USER, "root");
            int rc = -100;
            if (ssh_connect(s) == SSH_OK &&
                ssh_userauth_password(s, nullptr, "Lab-esx01-pw") == SSH_AUTH_SUCCESS) {
                ssh_channel ch = ssh_channel_new(s);
                ssh_channel_open_session(ch);
                rc = ssh_channel_request_shell(ch);
                ssh_channel_free(ch);
            }
            ssh_disconnect(s);
            ssh_free(s);
            return rc;
        });
        WAIT_FOR(f, 15000);
        QCOMPARE(f.get(), int(SSH_ERROR));
    }
};

QTEST_GUILESS_MAIN(TestLabSsh)
#include "tst_lab_ssh.moc"
