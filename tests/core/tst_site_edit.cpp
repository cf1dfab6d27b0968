// SiteEdit (wizard page 3): addresses with an optional port, a new host laid out like the first one, and
// the profile's own rules on the new host's fields and on the TrueNAS address.
#include "core/model/SiteEdit.h"
#include "core/model/SiteJson.h"

#include "TestEnv.h"

#include <QTest>

using namespace mpio;

class TestSiteEdit : public QObject
{
    Q_OBJECT

    static Site seed()
    {
        auto site = SiteJson::loadFile(test::dataPath(QStringLiteral("profiles/seed-two-paths.json")));
        return site ? *site : Site{};
    }

private slots:
    void addresses_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("host"); // empty: refused
        QTest::addColumn<int>("port");
        QTest::newRow("ip") << QStringLiteral("10.20.0.13") << QStringLiteral("10.20.0.13") << 22;
        QTest::newRow("ip:port") << QStringLiteral(" 10.20.0.13:2222 ") << QStringLiteral("10.20.0.13")
                                 << 2222;
        QTest::newRow("dns") << QStringLiteral("esx03.example.lan") << QStringLiteral("esx03.example.lan")
                             << 22;
        QTest::newRow("empty") << QString() << QString() << 0;
        QTest::newRow("port 0") << QStringLiteral("esx03:0") << QString() << 0;
        QTest::newRow("port too big") << QStringLiteral("esx03:65536") << QString() << 0;
        QTest::newRow("port word") << QStringLiteral("esx03:ssh") << QString() << 0;
    }
    void addresses()
    {
        QFETCH(QString, text);
        QFETCH(QString, host);
        QFETCH(int, port);
        const auto a = SiteEdit::parseAddress(text, 22);
        QCOMPARE(a.ok(), !host.isEmpty());
        if (!a) {
            QVERIFY(!a.error().message.isEmpty());
            return;
        }
        QCOMPARE(a->host, host);
        QCOMPARE(a->port, port);
    }

    void newHostIsLaidOutLikeTheFirst()
    {
        const Site site = seed();
        QVERIFY(!site.hosts.isEmpty());
        const HostSpec h =
            SiteEdit::hostLike(site, QStringLiteral(" esx03 "), {QStringLiteral("10.20.0.13"), 22});
        QCOMPARE(h.name, QStringLiteral("esx03"));
        QCOMPARE(h.paths.size(), site.hosts.first().paths.size());
        for (int i = 0; i < h.paths.size(); ++i) {
            QCOMPARE(h.paths[i].vmk, site.hosts.first().paths[i].vmk);
            QCOMPARE(h.paths[i].vmnic, site.hosts.first().paths[i].vmnic);
            QVERIFY(h.paths[i].ip.isEmpty());
        }
        QVERIFY(SiteEdit::findingsForNewHost(site, h).isEmpty());
    }

    void badNewHosts_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("address");
        QTest::addColumn<QString>("rule"); // a word of the finding (rule id or message)
        QTest::newRow("name taken") << QStringLiteral("esx01") << QStringLiteral("10.20.0.13")
                                    << QStringLiteral("NET-UNIQUE");
        QTest::newRow("shell in name")
            << QStringLiteral("esx03;reboot") << QStringLiteral("10.20.0.13") << QStringLiteral("host name");
        QTest::newRow("shell in address")
            << QStringLiteral("esx03") << QStringLiteral("10.20.0.13`id`") << QStringLiteral("ESXi address");
        QTest::newRow("unicode") << QStringLiteral("esx03") << QStringLiteral("esx-ü.lan")
                                 << QStringLiteral("ESXi address");
        QTest::newRow("over-long") << QStringLiteral("esx03") << QString(300, u'a')
                                   << QStringLiteral("ESXi address");
    }
    void badNewHosts()
    {
        QFETCH(QString, name);
        QFETCH(QString, address);
        QFETCH(QString, rule);
        const Site site = seed();
        const Findings f = SiteEdit::findingsForNewHost(site, SiteEdit::hostLike(site, name, {address, 22}));
        QVERIFY(!f.isEmpty());
        QString all;
        for (const Finding& x : f)
            all += x.ruleId + u' ' + x.message + u'\n';
        QVERIFY2(all.contains(rule), qPrintable(all));
    }

    void truenasAddress()
    {
        const Site site = seed();
        QVERIFY(SiteEdit::findingsForTrueNas(site, {QStringLiteral("10.20.0.5"), 443}).isEmpty());
        QVERIFY(!SiteEdit::findingsForTrueNas(site, {QStringLiteral("nas$(id)"), 443}).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSiteEdit)
#include "tst_site_edit.moc"
