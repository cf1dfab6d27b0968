#include "core/model/IpAllocator.h"
#include "core/model/Ipv4.h"

#include <QTest>

using namespace mpio;

class TestIpv4 : public QObject
{
    Q_OBJECT
private slots:
    void parseAddress_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<QString>("normalized");
        QTest::newRow("plain") << "10.20.10.10" << true << "10.20.10.10";
        QTest::newRow("zero") << "0.0.0.0" << true << "0.0.0.0";
        QTest::newRow("max") << "255.255.255.255" << true << "255.255.255.255";
        QTest::newRow("octet>255") << "10.20.10.256" << false << "";
        QTest::newRow("leading zero") << "10.20.010.10" << false << "";
        QTest::newRow("three octets") << "10.20.10" << false << "";
        QTest::newRow("five octets") << "10.20.10.1.1" << false << "";
        QTest::newRow("trailing dot") << "10.20.10.1." << false << "";
        QTest::newRow("space") << "10.20.10.1 " << false << "";
        QTest::newRow("letters") << "10.20.a.1" << false << "";
        QTest::newRow("empty") << "" << false << "";
        QTest::newRow("unicode digit") << QString::fromUtf8("10.20.10.\xd9\xa1") << false << "";
        QTest::newRow("sign") << "+10.20.10.1" << false << "";
    }
    void parseAddress()
    {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        QFETCH(QString, normalized);
        const auto a = Ipv4Address::parse(text);
        QCOMPARE(a.has_value(), valid);
        if (valid)
            QCOMPARE(a->toString(), normalized);
    }
    void parseSubnet_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("errorCode");
        QTest::newRow("ok /29") << "10.20.10.8/29" << "";
        QTest::newRow("host bits") << "10.20.10.10/29" << "cidr.host-bits";
        QTest::newRow("no prefix") << "10.20.10.8" << "cidr.syntax";
        QTest::newRow("prefix 31") << "10.20.10.8/31" << "cidr.prefix";
        QTest::newRow("prefix 33") << "10.20.10.8/33" << "cidr.prefix";
        QTest::newRow("prefix text") << "10.20.10.8/x" << "cidr.prefix";
        QTest::newRow("bad address") << "10.20.10.300/29" << "cidr.syntax";
    }
    void parseSubnet()
    {
        QFETCH(QString, text);
        QFETCH(QString, errorCode);
        const auto s = Ipv4Subnet::parse(text);
        QCOMPARE(s.ok(), errorCode.isEmpty());
        if (!s.ok()) {
            QCOMPARE(s.error().code, errorCode);
            QVERIFY(!s.error().message.isEmpty());
        }
    }
    void hostBitsSuggestsNetwork()
    {
        const auto s = Ipv4Subnet::parse(u"10.20.10.10/29");
        QVERIFY(!s.ok());
        QVERIFY2(s.error().message.contains(QLatin1String("10.20.10.8/29")), qPrintable(s.error().message));
    }
    void containsOverlapCapacity()
    {
        const Ipv4Subnet a = *Ipv4Subnet::parse(u"10.20.10.8/29");
        QVERIFY(a.contains(*Ipv4Address::parse(u"10.20.10.10")));
        QVERIFY(!a.contains(*Ipv4Address::parse(u"10.20.10.20"))); // the article's vmk address
        QCOMPARE(a.usableHostCount(), quint64(6));
        QCOMPARE(a.firstUsable().toString(), QStringLiteral("10.20.10.9"));
        QCOMPARE(a.lastUsable().toString(), QStringLiteral("10.20.10.14"));
        QCOMPARE(a.broadcast().toString(), QStringLiteral("10.20.10.15"));
        QCOMPARE(a.netmaskString(), QStringLiteral("255.255.255.248"));
        const Ipv4Subnet wide = *Ipv4Subnet::parse(u"10.20.0.0/16");
        QVERIFY(a.overlaps(wide));
        QVERIFY(wide.overlaps(a));
        QVERIFY(!a.overlaps(*Ipv4Subnet::parse(u"10.20.20.8/29")));
        QVERIFY(a.isNetworkOrBroadcast(*Ipv4Address::parse(u"10.20.10.15")));
        QVERIFY(!a.isNetworkOrBroadcast(*Ipv4Address::parse(u"10.20.10.14")));
    }
    void allocateAfterTrueNas()
    {
        const Ipv4Subnet a = *Ipv4Subnet::parse(u"10.20.10.8/29");
        const auto ips = IpAllocator::allocate(a, *Ipv4Address::parse(u"10.20.10.10"), 5);
        QVERIFY(ips.ok());
        QStringList got;
        for (const auto& ip : *ips)
            got << ip.toString();
        QCOMPARE(got.join(u','), QStringLiteral("10.20.10.11,10.20.10.12,10.20.10.13,10.20.10.14,10.20.10.9"));
    }
    void allocateSkipsTaken()
    {
        const Ipv4Subnet a = *Ipv4Subnet::parse(u"10.20.10.8/29");
        const auto ips = IpAllocator::allocate(a, *Ipv4Address::parse(u"10.20.10.10"), 2,
                                               {*Ipv4Address::parse(u"10.20.10.11")});
        QVERIFY(ips.ok());
        QCOMPARE(ips->at(0).toString(), QStringLiteral("10.20.10.12"));
        QCOMPARE(ips->at(1).toString(), QStringLiteral("10.20.10.13"));
    }
    void allocateRefusesTooSmall()
    {
        const Ipv4Subnet a = *Ipv4Subnet::parse(u"10.20.10.8/29");
        const auto ips = IpAllocator::allocate(a, *Ipv4Address::parse(u"10.20.10.10"), 6);
        QVERIFY(!ips.ok());
        QCOMPARE(ips.error().code, QStringLiteral("alloc.capacity"));
        QVERIFY2(ips.error().message.contains(QLatin1String("/28")), qPrintable(ips.error().message));
    }
    void allocateIsDeterministic()
    {
        const Ipv4Subnet s = *Ipv4Subnet::parse(u"10.20.10.0/27");
        const auto a = IpAllocator::allocate(s, *Ipv4Address::parse(u"10.20.10.1"), 16);
        const auto b = IpAllocator::allocate(s, *Ipv4Address::parse(u"10.20.10.1"), 16);
        QVERIFY(a.ok() && b.ok());
        QCOMPARE(*a, *b);
        QCOMPARE(a->size(), 16);
        QCOMPARE(a->constFirst().toString(), QStringLiteral("10.20.10.2"));
    }
};

QTEST_GUILESS_MAIN(TestIpv4)
#include "tst_ipv4.moc"
