// KeychainCredentialStore against a REAL Secret Service (gnome-keyring). Run under
//   dbus-run-session -- bash -c 'eval $(printf "pw\n" | gnome-keyring-daemon --unlock --components=secrets);
//                                build/tests/tst_keyring_credentials'   (one line)
// An existing ~/.local/share/keyrings/login.keyring with another password stays locked ("Cannot create an
// item in a locked collection"): give the run its own keyring folder, e.g. `env HOME=$T
// XDG_DATA_HOME=$T/data` inside dbus-run-session. Without a reachable Secret Service this test FAILS (it does
// not skip): it exists to prove the real keyring works.

#include "core/credentials/KeychainCredentialStore.h"
#include "core/log/Log.h"
#include "core/log/Redactor.h"

#include <QTest>
#include <QUuid>
#include <optional>

using namespace mpio;

class TestKeyringCredentials : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        Log::initForTests();
        if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
            QFAIL("No D-Bus session bus (DBUS_SESSION_BUS_ADDRESS is empty). Run this test under "
                  "dbus-run-session with "
                  "an unlocked gnome-keyring (see the comment at the top of tst_keyring_credentials.cpp).");
    }

    void storesReadsAndDeletesASecret()
    {
        KeychainCredentialStore store;
        // A unique user per run, so a left-over entry from an aborted run cannot make the test pass.
        const CredentialStore::Key key{QStringLiteral("truenas-api-key"), QStringLiteral("nas-test.invalid"),
                                       QStringLiteral("wizard-") +
                                           QUuid::createUuid().toString(QUuid::Id128).left(12)};
        const QString secret = QStringLiteral("12-") + QUuid::createUuid().toString(QUuid::Id128) +
                               QUuid::createUuid().toString(QUuid::Id128);

        std::optional<Status> written;
        store.write(key, secret, [&](Status s) { written = s; });
        QTRY_VERIFY_WITH_TIMEOUT(written.has_value(), 15000);
        QVERIFY2(written->ok(),
                 qPrintable(QStringLiteral("Secret Service not usable: ") + written->error().toString()));

        std::optional<Result<QString>> read;
        store.read(key, [&](Result<QString> r) { read = r; });
        QTRY_VERIFY_WITH_TIMEOUT(read.has_value(), 15000);
        QVERIFY2(read->ok(), qPrintable(read->ok() ? QString() : read->error().toString()));
        QCOMPARE(read->value(), secret);
        QCOMPARE(Redactor::redact(QStringLiteral("key=") + secret),
                 QStringLiteral("key=") + QString::fromUtf8(Redactor::kMask));

        std::optional<Status> removed;
        store.remove(key, [&](Status s) { removed = s; });
        QTRY_VERIFY_WITH_TIMEOUT(removed.has_value(), 15000);
        QVERIFY2(removed->ok(), qPrintable(removed->ok() ? QString() : removed->error().toString()));

        std::optional<Result<QString>> gone;
        store.read(key, [&](Result<QString> r) { gone = r; });
        QTRY_VERIFY_WITH_TIMEOUT(gone.has_value(), 15000);
        QVERIFY(!gone->ok());
        QCOMPARE(gone->error().code, QStringLiteral("credentials.not-found"));
    }
};

QTEST_GUILESS_MAIN(TestKeyringCredentials)
#include "tst_keyring_credentials.moc"
