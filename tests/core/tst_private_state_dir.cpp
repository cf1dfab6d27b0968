#include "core/common/AppPaths.h"
#include "core/esxi/KnownHosts.h"
#include "core/log/Log.h"
#include "core/plan/Journal.h"
#include "core/truenas/CertificatePins.h"

#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace mpio;

// The state dir holds journals, logs and trust stores: they name the site's systems and every change made to
// them, so they are created private as ~/.ssh is — folders 0700, files 0600 — whatever the umask says.
class TestPrivateStateDir : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_state;

    static constexpr auto kDir = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner;
    static constexpr auto kFile = QFileDevice::ReadOwner | QFileDevice::WriteOwner;

    // Only the owner bits QFileInfo reports on POSIX ("User" bits mirror them for the current user).
    static QFileDevice::Permissions perms(const QString& path)
    {
        const auto all = QFileInfo(path).permissions();
        const auto mask = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner |
                          QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup |
                          QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther;
        return all & mask;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_state = m_dir.filePath(QStringLiteral("state"));
        AppPaths::setStateDir(m_state);
    }

    void foldersArePrivate()
    {
        AppPaths::ensure(AppPaths::journalDir());
        QCOMPARE(perms(m_state), kDir);
        QCOMPARE(perms(AppPaths::journalDir()), kDir);
        // An existing state dir that was world-readable (an older version) is tightened.
        QVERIFY(QFile::setPermissions(m_state, kDir | QFileDevice::ReadOther | QFileDevice::ExeOther));
        AppPaths::ensure(AppPaths::logDir());
        QCOMPARE(perms(m_state), kDir);
        QCOMPARE(perms(AppPaths::logDir()), kDir);
    }

    void aFolderOutsideTheStateDirKeepsItsPermissions()
    {
        const QString other = m_dir.filePath(QStringLiteral("shared"));
        QVERIFY(QDir().mkpath(other));
        const auto before = perms(other);
        QVERIFY(before & QFileDevice::ReadOther); // the umask of a test run leaves it readable
        AppPaths::ensure(other);
        QCOMPARE(perms(other), before);
        // One we create ourselves is private.
        const QString fresh = m_dir.filePath(QStringLiteral("fresh/journals"));
        AppPaths::ensure(fresh);
        QCOMPARE(perms(fresh), kDir);
    }

    void journalIsPrivate()
    {
        Plan plan;
        plan.siteName = QStringLiteral("private-site");
        auto journal = Journal::create(plan);
        QVERIFY2(journal.ok(), qPrintable(journal ? QString() : journal.error().toString()));
        QCOMPARE(perms((*journal)->path()), kFile);
    }

    void trustStoresArePrivate()
    {
        esxi::KnownHosts hosts;
        QVERIFY(hosts
                    .trust(QStringLiteral("esx01.lab"), 22, QStringLiteral("ssh-ed25519"),
                           QStringLiteral("SHA256:abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG"))
                    .ok());
        QCOMPARE(perms(AppPaths::trustDir() + QStringLiteral("/ssh_known_hosts.json")), kFile);
        QCOMPARE(perms(AppPaths::trustDir()), kDir);
        CertificatePins pins;
        QVERIFY(pins.pin(QStringLiteral("truenas.lab"), 443,
                         QStringLiteral(
                             "AB:CD:EF:01:23:45:67:89:AB:CD:EF:01:23:45:67:89:AB:CD:EF:01:23:45:67:89:AB:"
                             "CD:EF:01:23:45:67:89"))
                    .ok());
        QCOMPARE(perms(AppPaths::trustDir() + QStringLiteral("/tls_pins.json")), kFile);
    }

    void logFileIsPrivate()
    {
        Log::Options o;
        o.fileName = QStringLiteral("private.log");
        Log::init(o);
        Log::get("test")->warn("a line");
        Log::shutdown();
        QCOMPARE(perms(AppPaths::logDir() + QStringLiteral("/private.log")), kFile);
    }
};

QTEST_GUILESS_MAIN(TestPrivateStateDir)
#include "tst_private_state_dir.moc"
