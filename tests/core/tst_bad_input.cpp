// Bad input (issue 9, reliability suite): every grammar that guards a user-typed field refuses hostile and
// mistyped text — shell metacharacters, Unicode look-alikes and controls, over-long strings, IQN typos,
// malformed addresses — and still accepts the real values of the seed site. Names and addresses that pass
// these grammars are the only user text that reaches an esxcli command line (core/model/Names.h).
#include "core/model/Ipv4.h"
#include "core/model/Names.h"

#include <QTest>
#include <functional>

using namespace mpio;

namespace {

using Predicate = std::function<bool(QStringView)>;

struct Grammar
{
    const char* name;
    Predicate accepts;
    QStringList good; // real values (seed site, reference samples)
    // Only for names that go to the TrueNAS API and never into a command line: TrueNAS itself allows a
    // leading '-' there (truenas-api.md §3.5 target name grammar ^[-a-z0-9.:]+$).
    bool leadingDashAllowed = false;
};

QList<Grammar> grammars()
{
    return {
        {"vmk", Names::isVmk, {QStringLiteral("vmk0"), QStringLiteral("vmk2"), QStringLiteral("vmk999")}},
        {"vmnic", Names::isVmnic, {QStringLiteral("vmnic2"), QStringLiteral("vmnic10")}},
        {"vSwitch",
         Names::isVswitch,
         {QStringLiteral("vSwitch1"), QStringLiteral("iSCSI-A"), QStringLiteral("vs_b.2")}},
        {"port group",
         Names::isPortGroup,
         {QStringLiteral("iSCSI-A"), QStringLiteral("iSCSI B"), QStringLiteral("pg.storage_1")}},
        {"IQN",
         Names::isIqn,
         {QStringLiteral("iqn.1998-01.com.vmware:esx01-4f3c2a1b"),
          QStringLiteral("iqn.2005-10.org.freenas.ctl:vmw01"), QStringLiteral("eui.0123456789abcdef")}},
        {"target name",
         Names::isTargetName,
         {QStringLiteral("vmw01"), QStringLiteral("iscsi-vmw01.a:b")},
         true},
        {"zvol path",
         Names::isZvolPath,
         {QStringLiteral("tank/iscsi-vmw01"), QStringLiteral("tank/vmware/ds_01")}},
        {"pool", Names::isPoolName, {QStringLiteral("tank"), QStringLiteral("fast-pool")}},
        {"host address",
         Names::isHostAddress,
         {QStringLiteral("esx01.lab.local"), QStringLiteral("10.20.0.21"), QStringLiteral("truenas")}},
        {"TrueNAS NIC", Names::isTrueNasNic, {QStringLiteral("enp4s0f0"), QStringLiteral("eno1.20")}},
        {"device id",
         Names::isNaa,
         {QStringLiteral("naa.6589cfc000000a4b2d5e7c0e3f9d8a11"), QStringLiteral("eui.0123456789abcdef")}},
        {"CHAP user", Names::isChapUser, {QStringLiteral("esx-chap"), QStringLiteral("user@site")}},
        {"extent name",
         Names::isExtentName,
         {QStringLiteral("vmw01"), QStringLiteral("iscsi_vmw01.a")},
         true},
        {"path name",
         Names::isPathName,
         {QStringLiteral("A"), QStringLiteral("path-b"), QStringLiteral("Core_A")}},
    };
}

// Text that must never pass any grammar: each would change the meaning of a command line, hide a character
// from the person reading it, or is simply not a name.
QList<std::pair<const char*, QString>> hostile()
{
    return {
        {"semicolon", QStringLiteral("vmk2;reboot")},
        {"command substitution", QStringLiteral("vmk$(reboot)")},
        {"backticks", QStringLiteral("vmk`id`")},
        {"pipe", QStringLiteral("vmk2|sh")},
        {"ampersand", QStringLiteral("vmk2&&reboot")},
        {"redirect", QStringLiteral("vmk2>/etc/passwd")},
        {"newline", QStringLiteral("vmk2\nreboot")},
        {"carriage return", QStringLiteral("vmk2\rreboot")},
        {"tab", QStringLiteral("vmk\t2")},
        {"single quote", QStringLiteral("vmk2'x")},
        {"double quote", QStringLiteral("vmk2\"x")},
        {"backslash", QStringLiteral("vmk2\\x")},
        {"NUL", QString(QStringLiteral("vmk2")) + QChar(u'\0') + QStringLiteral("x")},
        {"glob", QStringLiteral("vmk*")},
        {"leading dash (option injection)", QStringLiteral("--help")},
        {"empty", QString()},
        {"only spaces", QStringLiteral("   ")},
        {"umlaut", QStringLiteral("vmk\u00e42")},
        {"fullwidth digit", QStringLiteral("vmk\uff12")},
        {"zero-width space", QStringLiteral("vmk\u200b2")},
        {"right-to-left override", QStringLiteral("vmk\u202e2")},
        {"cyrillic look-alike", QStringLiteral("vm\u043a2")},
        {"emoji", QStringLiteral("vmk\U0001F600")},
        {"over-long", QString(300, u'a')},
    };
}

} // namespace

class TestBadInput : public QObject
{
    Q_OBJECT

private slots:
    void realValuesPass_data()
    {
        QTest::addColumn<int>("grammar");
        QTest::addColumn<QString>("value");
        const auto all = grammars();
        for (int g = 0; g < all.size(); ++g)
            for (const QString& v : all[g].good)
                QTest::addRow("%s: %s", all[g].name, qPrintable(v)) << g << v;
    }
    void realValuesPass()
    {
        QFETCH(int, grammar);
        QFETCH(QString, value);
        QVERIFY2(grammars()[grammar].accepts(value), qPrintable(value));
    }

    void hostileTextIsRefusedEverywhere_data()
    {
        QTest::addColumn<int>("grammar");
        QTest::addColumn<QString>("value");
        const auto all = grammars();
        for (int g = 0; g < all.size(); ++g)
            for (const auto& [what, text] : hostile()) {
                if (all[g].leadingDashAllowed && text.startsWith(u'-'))
                    continue;
                QTest::addRow("%s: %s", all[g].name, what) << g << text;
            }
    }
    void hostileTextIsRefusedEverywhere()
    {
        QFETCH(int, grammar);
        QFETCH(QString, value);
        QVERIFY2(!grammars()[grammar].accepts(value), value.toUtf8().toHex().constData());
    }

    void iqnTypos_data()
    {
        QTest::addColumn<QString>("iqn");
        QTest::newRow("no iqn prefix") << QStringLiteral("1998-01.com.vmware:esx01");
        QTest::newRow("two-digit year") << QStringLiteral("iqn.98-01.com.vmware:esx01");
        QTest::newRow("one-digit month") << QStringLiteral("iqn.1998-1.com.vmware:esx01");
        QTest::newRow("month 13") << QStringLiteral("iqn.1998-13.com.vmware:esx01");
        QTest::newRow("comma for dot") << QStringLiteral("iqn,1998-01.com.vmware:esx01");
        QTest::newRow("no naming authority") << QStringLiteral("iqn.1998-01");
        QTest::newRow("space inside") << QStringLiteral("iqn.1998-01.com.vmware:esx 01");
        QTest::newRow("eui too short") << QStringLiteral("eui.0123456789abcde");
        QTest::newRow("eui not hex") << QStringLiteral("eui.0123456789abcdeg");
        QTest::newRow("over 223 chars") << QStringLiteral("iqn.1998-01.com.vmware:") + QString(210, u'a');
    }
    void iqnTypos()
    {
        QFETCH(QString, iqn);
        QVERIFY2(!Names::isIqn(iqn), qPrintable(iqn));
    }

    void malformedAddresses_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("octet 256") << QStringLiteral("10.20.10.256");
        QTest::newRow("three octets") << QStringLiteral("10.20.10");
        QTest::newRow("five octets") << QStringLiteral("10.20.10.1.5");
        QTest::newRow("leading zero (octal in some tools)") << QStringLiteral("10.20.010.10");
        QTest::newRow("trailing dot") << QStringLiteral("10.20.10.10.");
        QTest::newRow("spaces") << QStringLiteral(" 10.20.10.10");
        QTest::newRow("sign") << QStringLiteral("+10.20.10.10");
        QTest::newRow("hex") << QStringLiteral("0x0a.20.10.10");
        QTest::newRow("arabic-indic digits") << QStringLiteral("\u0661\u0660.20.10.10");
        QTest::newRow("with prefix") << QStringLiteral("10.20.10.10/29");
        QTest::newRow("empty") << QString();
        QTest::newRow("shell") << QStringLiteral("10.20.10.10;reboot");
    }
    void malformedAddresses()
    {
        QFETCH(QString, text);
        QVERIFY2(!Ipv4Address::parse(text).has_value(), qPrintable(text));
    }

    void malformedSubnets_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("no prefix") << QStringLiteral("10.20.10.8");
        QTest::newRow("prefix 33") << QStringLiteral("10.20.10.8/33");
        QTest::newRow("negative prefix") << QStringLiteral("10.20.10.8/-1");
        QTest::newRow("prefix text") << QStringLiteral("10.20.10.8/abc");
        QTest::newRow("bad address") << QStringLiteral("10.20.10.300/29");
        QTest::newRow("two slashes") << QStringLiteral("10.20.10.8/29/30");
    }
    void malformedSubnets()
    {
        QFETCH(QString, text);
        const auto subnet = Ipv4Subnet::parse(text);
        QVERIFY2(!subnet.ok(), qPrintable(text));
        QVERIFY2(!subnet.error().message.isEmpty(), "a refusal says what is wrong");
    }

    void overlappingSubnets()
    {
        const auto a = Ipv4Subnet::parse(QStringLiteral("10.20.10.8/29"));
        const auto inside = Ipv4Subnet::parse(QStringLiteral("10.20.10.8/30"));
        const auto around = Ipv4Subnet::parse(QStringLiteral("10.20.0.0/16"));
        const auto next = Ipv4Subnet::parse(QStringLiteral("10.20.10.16/29"));
        QVERIFY(a.ok() && inside.ok() && around.ok() && next.ok());
        QVERIFY(a->overlaps(*inside) && inside->overlaps(*a));
        QVERIFY(a->overlaps(*around) && around->overlaps(*a));
        QVERIFY(!a->overlaps(*next) && !next->overlaps(*a));
    }
};

QTEST_GUILESS_MAIN(TestBadInput)
#include "tst_bad_input.moc"
