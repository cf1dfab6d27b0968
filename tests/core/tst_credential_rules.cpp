// What the Systems page accepts before anything is sent: TrueNAS API keys in their "<id>-<secret>" shape,
// login names without shell or path characters, a password that is there and not absurdly long.
#include "core/validation/CredentialRules.h"

#include <QTest>

using namespace mpio;

class TestCredentialRules : public QObject
{
    Q_OBJECT

private slots:
    void apiKeys_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("problem"); // a word of the message; empty: accepted
        QTest::newRow("real shape") << QStringLiteral("12-") + QString(64, u'a') << QString();
        QTest::newRow("empty") << QString() << QStringLiteral("Enter the API key");
        QTest::newRow("pasted with newline")
            << QStringLiteral("1-") + QString(64, u'b') + u'\n' << QStringLiteral("spaces");
        QTest::newRow("no id") << QString(64, u'c') << QStringLiteral("not a TrueNAS API key");
        QTest::newRow("too short") << QStringLiteral("3-abc") << QStringLiteral("not a TrueNAS API key");
        QTest::newRow("shell chars") << QStringLiteral("3-abcdefghijklmnop;rm")
                                     << QStringLiteral("not a TrueNAS API key");
        QTest::newRow("unicode") << QStringLiteral("3-ÄÖÜabcdefghijklmnopq")
                                 << QStringLiteral("not a TrueNAS API key");
    }
    void apiKeys()
    {
        QFETCH(QString, key);
        QFETCH(QString, problem);
        const QString error = CredentialRules::apiKeyError(key);
        if (problem.isEmpty())
            QVERIFY2(error.isEmpty(), qPrintable(error));
        else
            QVERIFY2(error.contains(problem), qPrintable(error));
    }

    void users()
    {
        QVERIFY(CredentialRules::userError(QStringLiteral("root")).isEmpty());
        QVERIFY(CredentialRules::userError(QStringLiteral("wizard-svc.ops_1")).isEmpty());
        QVERIFY(CredentialRules::userError(QString()).contains(QLatin1String("Enter the user name")));
        for (const QString& bad :
             {QStringLiteral("root; reboot"), QStringLiteral("$(id)"), QStringLiteral("-oProxy"),
              QStringLiteral("a/b"), QString(33, u'x'), QStringLiteral("jürgen")})
            QVERIFY2(CredentialRules::userError(bad).contains(QLatin1String("not a user name")),
                     qPrintable(bad));
    }

    void passwords()
    {
        QVERIFY(CredentialRules::passwordError(QStringLiteral("any ' \" ; thing"), QStringLiteral("esx01"))
                    .isEmpty());
        QVERIFY(CredentialRules::passwordError(QString(), QStringLiteral("esx01"))
                    .contains(QLatin1String("esx01")));
        QVERIFY(CredentialRules::passwordError(QString(257, u'p'), QStringLiteral("esx01"))
                    .contains(QLatin1String("256")));
    }
};

QTEST_GUILESS_MAIN(TestCredentialRules)
#include "tst_credential_rules.moc"
