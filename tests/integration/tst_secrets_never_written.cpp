// Trust (issue 9): secrets never appear in logs, trust stores, journals, profiles, reports or the output of
// the product. Runs mpioctl against a real lab at the most verbose log level, then greps EVERY file the
// product wrote (its whole state dir and a private HOME) and everything it printed for each lab secret:
// the TrueNAS API key (whole and its secret part) and every ESXi root password.
#include "LabProcess.h"
#include "TestEnv.h"

#include <QDirIterator>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using mpio::test::LabProcess;

class TestSecretsNeverWritten : public QObject
{
    Q_OBJECT

    struct Run
    {
        int exitCode = -1;
        QByteArray out;
    };

    QTemporaryDir m_home;
    LabProcess m_lab;

    QString appState() const { return m_home.path() + QStringLiteral("/state"); }

    Run mpioctl(const QStringList& args)
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        // Everything the product might write by default lands in the private HOME as well.
        env.insert(QStringLiteral("HOME"), m_home.path());
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_home.path() + QStringLiteral("/data"));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.path() + QStringLiteral("/config"));
        env.insert(QStringLiteral("XDG_CACHE_HOME"), m_home.path() + QStringLiteral("/cache"));
        env.insert(QStringLiteral("MPIO_LOG_LEVEL"), QStringLiteral("trace"));
        p.setProcessEnvironment(env);
        p.setProcessChannelMode(QProcess::MergedChannels);
        p.start(QStringLiteral(MPIOCTL_BIN),
                args + QStringList{QStringLiteral("--state-dir"), appState(), QStringLiteral("--log-level"),
                                   QStringLiteral("trace")});
        if (!p.waitForFinished(60000)) {
            p.kill();
            p.waitForFinished(2000);
        }
        return {p.exitCode(), p.readAll()};
    }

    void verifyClean(const QByteArray& text, const QString& where)
    {
        for (const QString& secret : m_lab.secrets())
            QVERIFY2(!text.contains(secret.toUtf8()),
                     qPrintable(QStringLiteral("a lab secret appears in %1").arg(where)));
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        QString error;
        QVERIFY2(m_lab.start(QStringLiteral("already-configured"), &error), qPrintable(error));
        QVERIFY2(m_lab.secrets().size() >= 3, "the lab publishes an API key and host passwords");
    }

    void discoveryOutputAndFiles()
    {
        const QString lab = m_lab.stateDir();
        const QList<QStringList> commands{
            {QStringLiteral("discover"), QStringLiteral("--lab"), lab},
            {QStringLiteral("discover"), QStringLiteral("--lab"), lab, QStringLiteral("--json")},
            {QStringLiteral("validate"),
             mpio::test::dataPath(QStringLiteral("profiles/seed-two-paths.json"))},
        };
        int succeeded = 0;
        for (const QStringList& args : commands) {
            const Run run = mpioctl(args);
            verifyClean(run.out, QStringLiteral("the output of mpioctl %1").arg(args.join(u' ')));
            if (run.exitCode == 0)
                ++succeeded;
        }
        // The check means something only if the secrets were really used: discovery logged in with them.
        QVERIFY2(succeeded >= 2, "discovery against the lab must succeed for this test to mean anything");

        qint64 bytes = 0;
        int files = 0;
        QDirIterator it(m_home.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            const QByteArray content = mpio::test::readFile(path);
            verifyClean(content, path);
            bytes += content.size();
            ++files;
        }
        // A lab's certificate and host keys are trusted per connection from what it publishes: no trust store
        // is written here, the log is (with every command's connect, login and discovery in it).
        QVERIFY2(files >= 1 && bytes > 1000, "the product wrote its log (nothing to check?)");
        qInfo("checked %d files, %lld bytes, %lld secrets", files, bytes,
              static_cast<long long>(m_lab.secrets().size()));
    }
};

QTEST_GUILESS_MAIN(TestSecretsNeverWritten)
#include "tst_secrets_never_written.moc"
