#include "core/validation/ChapSecretRules.h"

#include <QTest>

using namespace mpio;

// TN-CHAP-BOTH-SIDES for the secrets (truenas-api.md §3.4): every TrueNAS refusal has a row that fires it at
// the right field and a near miss that does not.
class TestChapSecretRules : public QObject
{
    Q_OBJECT

private slots:
    void rules_data()
    {
        QTest::addColumn<int>("mode");
        QTest::addColumn<QString>("secret");
        QTest::addColumn<QString>("peerSecret");
        QTest::addColumn<QStringList>("fields"); // where the errors are, in order; empty: clean

        const int none = int(AuthMode::None);
        const int chap = int(AuthMode::Chap);
        const int mutual = int(AuthMode::MutualChap);
        const QString s = QStringLiteral("/iscsi/auth/secret");
        const QString p = QStringLiteral("/iscsi/auth/peerSecret");
        QTest::newRow("none ignores secrets") << none << QString() << QString() << QStringList{};
        QTest::newRow("12 characters")
            << chap << QStringLiteral("abcdefghijkl") << QString() << QStringList{};
        QTest::newRow("16 characters")
            << chap << QStringLiteral("abcdefghijklmnop") << QString() << QStringList{};
        QTest::newRow("empty") << chap << QString() << QString() << QStringList{s};
        QTest::newRow("11 characters")
            << chap << QStringLiteral("abcdefghijk") << QString() << QStringList{s};
        QTest::newRow("17 characters")
            << chap << QStringLiteral("abcdefghijklmnopq") << QString() << QStringList{s};
        QTest::newRow("leading space")
            << chap << QStringLiteral(" abcdefghijkl") << QString() << QStringList{s};
        QTest::newRow("hash") << chap << QStringLiteral("abcdef#ghijkl") << QString() << QStringList{s};
        QTest::newRow("one-way ignores the peer secret")
            << chap << QStringLiteral("abcdefghijkl") << QStringLiteral("x") << QStringList{};
        QTest::newRow("mutual, both fine")
            << mutual << QStringLiteral("abcdefghijkl") << QStringLiteral("mnopqrstuvwx") << QStringList{};
        QTest::newRow("mutual, peer missing")
            << mutual << QStringLiteral("abcdefghijkl") << QString() << QStringList{p};
        QTest::newRow("mutual, equal")
            << mutual << QStringLiteral("abcdefghijkl") << QStringLiteral("abcdefghijkl") << QStringList{p};
    }

    void rules()
    {
        QFETCH(int, mode);
        QFETCH(QString, secret);
        QFETCH(QString, peerSecret);
        QFETCH(QStringList, fields);
        const Findings findings = ChapSecretRules::check(AuthMode(mode), secret, peerSecret);
        QStringList got;
        for (const Finding& f : findings) {
            QCOMPARE(f.ruleId, QStringLiteral("TN-CHAP-BOTH-SIDES"));
            QCOMPARE(int(f.severity), int(Severity::Error));
            QVERIFY(!f.message.isEmpty() && !f.fix.isEmpty());
            // A finding never quotes the secret (DESIGN.md: secrets never in logs or reports).
            if (!secret.trimmed().isEmpty())
                QVERIFY2(!f.message.contains(secret.trimmed()), qPrintable(f.message));
            got << f.field;
        }
        QCOMPARE(got, fields);
    }
};

QTEST_GUILESS_MAIN(TestChapSecretRules)
#include "tst_chap_secret_rules.moc"
