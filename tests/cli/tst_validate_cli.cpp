#include "TestEnv.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

// mpioctl validate as a user runs it: the real binary, exit codes, text and JSON.
class TestValidateCli : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_state;

    struct Run
    {
        int code;
        QByteArray out;
        QByteArray err;
    };
    Run mpioctl(const QStringList& args)
    {
        QProcess p;
        p.start(QStringLiteral(MPIOCTL_BIN), QStringList{args} << QStringLiteral("--state-dir") << m_state.path());
        if (!p.waitForFinished(30000)) {
            p.kill();
            p.waitForFinished(5000);
            return {-1, {}, "timeout"};
        }
        return {p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError()};
    }

private slots:
    void seedIsClean()
    {
        const Run r = mpioctl({QStringLiteral("validate"), mpio::test::dataPath(QStringLiteral("profiles/seed-two-paths.json"))});
        QVERIFY2(r.code == 0, QByteArray(r.out + r.err).constData());
        QVERIFY(r.out.contains("0 error(s), 0 warning(s)"));
    }
    void brokenCopyReportsEachProblem()
    {
        const Run r = mpioctl({QStringLiteral("validate"), QStringLiteral("--json"),
                               mpio::test::dataPath(QStringLiteral("profiles/seed-broken.json"))});
        QCOMPARE(r.code, 1);
        const QJsonObject o = QJsonDocument::fromJson(r.out).object();
        QStringList rules;
        for (const auto& f : o.value(QStringLiteral("findings")).toArray())
            rules << f.toObject().value(QStringLiteral("rule")).toString();
        for (const char* expected : {"NET-TWO-SUBNETS", "NET-SUBNET-CAPACITY", "NET-NO-WILDCARD-PORTAL", "MTU-RANGE"})
            QVERIFY2(rules.contains(QLatin1String(expected)), qPrintable(rules.join(u',')));
    }
    void textOutputNamesRuleAndFix()
    {
        const Run r = mpioctl({QStringLiteral("validate"), mpio::test::dataPath(QStringLiteral("profiles/article-literal.json"))});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.out.contains("[NET-IP-IN-SUBNET]"), r.out.constData());
        QVERIFY(r.out.contains("10.20.10.20"));
        QVERIFY(r.out.contains("Fix:"));
    }
    void unusableInputExitsTwo()
    {
        QCOMPARE(mpioctl({QStringLiteral("validate"), QStringLiteral("/nonexistent.json")}).code, 2);
        QCOMPARE(mpioctl({QStringLiteral("validate")}).code, 2);
        QTemporaryDir dir;
        QFile bad(dir.filePath(QStringLiteral("bad.json")));
        QVERIFY(bad.open(QIODevice::WriteOnly));
        bad.write("{ \"schema\": ");
        bad.close();
        const Run r = mpioctl({QStringLiteral("validate"), bad.fileName()});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains("not valid JSON"));
    }
    void helpAndVersion()
    {
        QProcess p;
        p.start(QStringLiteral(MPIOCTL_BIN), {QStringLiteral("--version")});
        QVERIFY(p.waitForFinished(10000));
        QCOMPARE(p.exitCode(), 0);
        QVERIFY(p.readAllStandardOutput().startsWith("mpioctl " MPIO_VERSION));
        const Run help = mpioctl({QStringLiteral("validate"), QStringLiteral("--help")});
        QCOMPARE(help.code, 0);
        QVERIFY(help.out.contains("Examples:"));
        QCOMPARE(mpioctl({QStringLiteral("frobnicate")}).code, 2);
    }
};

QTEST_GUILESS_MAIN(TestValidateCli)
#include "tst_validate_cli.moc"
