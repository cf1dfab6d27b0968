// The real mpio-lab binary: start with a scenario, wait for endpoints.json, drive it with `mpio-lab ctl`,
// stop it with SIGTERM.
#include "TestEnv.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

class TestLabProcess : public QObject
{
    Q_OBJECT

    static QJsonObject ctl(const QString& stateDir, const QStringList& args, int* exitCode)
    {
        QProcess p;
        p.start(QStringLiteral(MPIO_LAB_BIN),
                QStringList{QStringLiteral("ctl"), QStringLiteral("--state-dir"), stateDir} + args);
        if (!p.waitForFinished(15000)) {
            p.kill();
            p.waitForFinished(2000);
            *exitCode = -1;
            return {};
        }
        *exitCode = p.exitCode();
        return QJsonDocument::fromJson(p.readAllStandardOutput()).object();
    }

private slots:
    void versionAndList()
    {
        QProcess p;
        p.start(QStringLiteral(MPIO_LAB_BIN), {QStringLiteral("--version")});
        QVERIFY(p.waitForFinished(10000));
        QCOMPARE(p.exitCode(), 0);
        QCOMPARE(p.readAllStandardOutput().trimmed(), QByteArray("mpio-lab " MPIO_VERSION));
        p.start(QStringLiteral(MPIO_LAB_BIN), {QStringLiteral("--list-scenarios")});
        QVERIFY(p.waitForFinished(10000));
        QCOMPARE(p.exitCode(), 0);
        QVERIFY(p.readAllStandardOutput().contains("seed-two-paths"));
    }

    void badScenarioIsAUsageError()
    {
        QTemporaryDir dir;
        QFile f(dir.filePath(QStringLiteral("bad.json")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(
            R"({"schema":"mpio-lab/scenario","version":1,"name":"x","switches":[],"hosts":[],"extra":1})");
        f.close();
        QProcess p;
        p.start(QStringLiteral(MPIO_LAB_BIN),
                {QStringLiteral("--scenario"), f.fileName(), QStringLiteral("--state-dir"), dir.path()});
        QVERIFY(p.waitForFinished(10000));
        QCOMPARE(p.exitCode(), 2);
        QVERIFY2(p.readAllStandardError().contains("bad.json: extra: unknown key"),
                 "error names the file and key");
    }

    void runCtlStateAndStop()
    {
        QTemporaryDir dir;
        QProcess lab;
        lab.setProcessChannelMode(QProcess::MergedChannels);
        lab.start(QStringLiteral(MPIO_LAB_BIN),
                  {QStringLiteral("--scenario"), QStringLiteral("seed-two-paths"),
                   QStringLiteral("--state-dir"), dir.path()});
        QVERIFY(lab.waitForStarted(5000));
        const QString endpoints = dir.filePath(QStringLiteral("endpoints.json"));
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(endpoints), 15000);
        const QJsonObject ep = QJsonDocument::fromJson(mpio::test::readFile(endpoints)).object();
        QCOMPARE(ep.value(QStringLiteral("lab")).toObject().value(QStringLiteral("pid")).toInteger(),
                 lab.processId());
        QCOMPARE(ep.value(QStringLiteral("hosts")).toArray().size(), 2);

        int rc = -1;
        const QJsonObject state = ctl(dir.path(), {QStringLiteral("state")}, &rc);
        QCOMPARE(rc, 0);
        QVERIFY(state.value(QStringLiteral("ok")).toBool());
        QCOMPARE(
            state.value(QStringLiteral("result")).toObject().value(QStringLiteral("scenario")).toString(),
            QStringLiteral("seed-two-paths"));

        // key=value: numbers travel as numbers.
        QJsonObject r = ctl(
            dir.path(),
            {QStringLiteral("port-mtu"), QStringLiteral("switch=Core-B"), QStringLiteral("mtu=1500")}, &rc);
        QCOMPARE(rc, 0);
        const QJsonObject after =
            ctl(dir.path(), {QStringLiteral("state")}, &rc).value(QStringLiteral("result")).toObject();
        bool found = false;
        for (const QJsonValue& s : after.value(QStringLiteral("switches")).toArray())
            if (s.toObject().value(QStringLiteral("name")).toString() == QLatin1String("Core-B")) {
                found = true;
                QCOMPARE(s.toObject().value(QStringLiteral("portMtu")).toInt(), 1500);
            }
        QVERIFY(found);
        r = ctl(dir.path(), {QStringLiteral("switch-down"), QStringLiteral("switch=Nope")}, &rc);
        QCOMPARE(rc, 1);
        QCOMPARE(r.value(QStringLiteral("ok")).toBool(), false);

        // `mpio-lab exec`: the ForceCommand hook, stdout/stderr/exit code of the host's shell.
        QProcess exec;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("SSH_ORIGINAL_COMMAND"), QStringLiteral("esxcli system version get"));
        exec.setProcessEnvironment(env);
        exec.start(QStringLiteral(MPIO_LAB_BIN),
                   {QStringLiteral("exec"), QStringLiteral("--state-dir"), dir.path(),
                    QStringLiteral("--host"), QStringLiteral("esx02")});
        QVERIFY(exec.waitForFinished(15000));
        QCOMPARE(exec.exitCode(), 0);
        QVERIFY2(exec.readAllStandardOutput().contains("   Version: 7.0.3\n"), "esx02 runs 7.0.3");
        exec.start(QStringLiteral(MPIO_LAB_BIN),
                   {QStringLiteral("exec"), QStringLiteral("--state-dir"), dir.path(),
                    QStringLiteral("--host"), QStringLiteral("esx01"), QStringLiteral("--"),
                    QStringLiteral("exit"), QStringLiteral("4")});
        QVERIFY(exec.waitForFinished(15000));
        QCOMPARE(exec.exitCode(), 4);

        lab.terminate(); // SIGTERM
        QVERIFY(lab.waitForFinished(10000));
        QCOMPARE(lab.exitStatus(), QProcess::NormalExit);
        QCOMPARE(lab.exitCode(), 0);
        const QByteArray output = lab.readAll();
        QVERIFY(output.contains("esx01  ssh 127.0.0.1:"));
        QVERIFY(!output.contains("Lab-esx01-pw")); // passwords only in endpoints.json
        QVERIFY(!QFile::exists(endpoints));
    }
};

QTEST_GUILESS_MAIN(TestLabProcess)
#include "tst_lab_process.moc"
