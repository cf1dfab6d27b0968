// Credential naming, the in-memory store, and the keychain store's refusal to fall back to plain files when
// no Secret Service is reachable (the real-keyring test is tst_keyring_credentials).

#include "core/credentials/KeychainCredentialStore.h"
#include "core/credentials/MemoryCredentialStore.h"
#include "core/log/Log.h"
#include "core/log/Redactor.h"

#include <QDir>
#include <QDirIterator>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <optional>

using namespace mpio;

class TestCredentials : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { Log::initForTests(); }

    void namesAreNamespaced()
    {
        const CredentialStore::Key key{QStringLiteral("truenas-api-key"), QStringLiteral("NAS01.lan"),
                                       QStringLiteral("wizard-svc")};
        QCOMPARE(key.account(), QStringLiteral("mpio-wizard/truenas-api-key/nas01.lan/wizard-svc"));
        const CredentialStore::Key odd{QStringLiteral("chap"), QStringLiteral("a/b"), QStringLiteral("u")};
        QCOMPARE(odd.account(), QStringLiteral("mpio-wizard/chap/a_b/u"));
        QVERIFY(!CredentialStore::Key{}.isValid());
    }

    void memoryStoreIsAsynchronousAndRedacts()
    {
        MemoryCredentialStore store;
        const CredentialStore::Key key{QStringLiteral("chap"), QStringLiteral("nas"),
                                       QStringLiteral("esx-chap")};
        bool called = false;
        store.write(key, QStringLiteral("s3cr3t-chap-16c"), [&](Status s) {
            QVERIFY(s.ok());
            called = true;
        });
        QVERIFY(!called); // never synchronous: callers must not depend on it
        QTRY_VERIFY(called);
        QVERIFY(Redactor::redact(QStringLiteral("s3cr3t-chap-16c")) != QStringLiteral("s3cr3t-chap-16c"));
        std::optional<Result<QString>> read;
        store.read(key, [&](Result<QString> r) { read = r; });
        QTRY_VERIFY(read.has_value());
        QCOMPARE(read->value(), QStringLiteral("s3cr3t-chap-16c"));
        std::optional<Status> removed;
        store.remove(key, [&](Status s) { removed = s; });
        QTRY_VERIFY(removed.has_value());
        std::optional<Result<QString>> gone;
        store.read(key, [&](Result<QString> r) { gone = r; });
        QTRY_VERIFY(gone.has_value());
        QCOMPARE(gone->error().code, QStringLiteral("credentials.not-found"));
        store.setUnavailable(true);
        std::optional<Status> refused;
        store.write(key, QStringLiteral("x-secret"), [&](Status s) { refused = s; });
        QTRY_VERIFY(refused.has_value());
        QCOMPARE(refused->error().code, QStringLiteral("credentials.unavailable"));
    }

    void keychainWithoutSecretServiceSaysSoAndWritesNoFile()
    {
        // A session bus that does not exist: QtKeychain must fail, not fall back to a plain-text file.
        QTemporaryDir home;
        QVERIFY(home.isValid());
        qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/mpio-test-bus");
        qputenv("XDG_CONFIG_HOME", home.filePath(QStringLiteral("config")).toUtf8());
        qputenv("XDG_DATA_HOME", home.filePath(QStringLiteral("data")).toUtf8());
        KeychainCredentialStore store;
        const CredentialStore::Key key{QStringLiteral("truenas-api-key"), QStringLiteral("nas"),
                                       QStringLiteral("u")};
        std::optional<Status> written;
        store.write(key, QStringLiteral("1-should-never-be-stored"), [&](Status s) { written = s; });
        QTRY_VERIFY_WITH_TIMEOUT(written.has_value(), 20000);
        QVERIFY(!written->ok());
        QVERIFY2(written->error().code == QLatin1String("credentials.unavailable") ||
                     written->error().code == QLatin1String("credentials.error"),
                 qPrintable(written->error().toString()));
        QVERIFY2(written->error().message.contains(QStringLiteral("keyring")),
                 qPrintable(written->error().message));
        QDirIterator it(home.path(), QDir::Files, QDirIterator::Subdirectories);
        QStringList files;
        while (it.hasNext())
            files.append(it.next());
        QVERIFY2(files.isEmpty(), qPrintable(files.join(QStringLiteral(", "))));
    }
};

QTEST_GUILESS_MAIN(TestCredentials)
#include "tst_credentials.moc"
