#include "TestEnv.h"
#include "core/model/ByteSize.h"
#include "core/model/SiteJson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace mpio;

class TestSiteJson : public QObject
{
    Q_OBJECT
private:
    QByteArray seed() const { return test::readFile(test::dataPath(QStringLiteral("profiles/seed-two-paths.json"))); }
    QJsonObject seedObject() const { return QJsonDocument::fromJson(seed()).object(); }
    static QByteArray bytes(const QJsonObject& o) { return QJsonDocument(o).toJson(); }

private slots:
    void loadsTheArticleValues()
    {
        const auto site = SiteJson::load(seed());
        QVERIFY2(site.ok(), qPrintable(site.ok() ? QString() : site.error().toString()));
        QCOMPARE(site->paths.size(), 2);
        QCOMPARE(site->paths[0].subnet, QStringLiteral("10.20.10.8/29"));
        QCOMPARE(site->paths[0].truenasIp, QStringLiteral("10.20.10.10"));
        QCOMPARE(site->paths[1].truenasNic, QStringLiteral("enp4s0f1"));
        QCOMPARE(site->paths[1].switchName, QStringLiteral("Core-B"));
        QCOMPARE(site->hosts[0].paths[0].vmk, QStringLiteral("vmk2"));
        QCOMPARE(site->hosts[0].paths[1].vmk, QStringLiteral("vmk3"));
        QCOMPARE(site->storage.zvol, QStringLiteral("tank/iscsi-vmw01"));
        QCOMPARE(site->storage.sizeBytes, quint64(4) << 40);
        QCOMPARE(site->storage.volblocksize, 16384);
        QCOMPARE(site->storage.sync, QStringLiteral("ALWAYS"));
        QVERIFY(site->policy.binding == BindingMode::Auto);
    }
    void roundTrips()
    {
        const auto site = SiteJson::load(seed());
        QVERIFY(site.ok());
        const auto again = SiteJson::load(SiteJson::save(*site));
        QVERIFY(again.ok());
        QCOMPARE(*again, *site);
    }
    void rejectsUnknownKeyWithLocation()
    {
        QJsonObject o = seedObject();
        QJsonObject storage = o.value(QStringLiteral("storage")).toObject();
        storage.insert(QStringLiteral("volblocksiz"), QStringLiteral("16K"));
        o.insert(QStringLiteral("storage"), storage);
        const auto site = SiteJson::load(bytes(o));
        QVERIFY(!site.ok());
        QCOMPARE(site.error().code, QStringLiteral("profile.schema"));
        QCOMPARE(site.error().fields.size(), 1);
        QCOMPARE(site.error().fields[0].field, QStringLiteral("/storage/volblocksiz"));
        QVERIFY(site.error().fields[0].message.contains(QLatin1String("unknown field")));
    }
    void rejectsWrongTypesWithoutCoercion()
    {
        QJsonObject o = seedObject();
        QJsonArray paths = o.value(QStringLiteral("paths")).toArray();
        QJsonObject p1 = paths[1].toObject();
        p1.insert(QStringLiteral("mtu"), QStringLiteral("9000")); // a string, not a number
        paths[1] = p1;
        o.insert(QStringLiteral("paths"), paths);
        o.insert(QStringLiteral("version"), 1.5);
        const auto site = SiteJson::load(bytes(o));
        QVERIFY(!site.ok());
        QStringList locations;
        for (const auto& f : site.error().fields)
            locations << f.field;
        QVERIFY2(locations.contains(QStringLiteral("/paths/1/mtu")), qPrintable(locations.join(u',')));
        QVERIFY2(locations.contains(QStringLiteral("/version")), qPrintable(locations.join(u',')));
    }
    void rejectsSecrets()
    {
        QJsonObject o = seedObject();
        QJsonObject t = o.value(QStringLiteral("truenas")).toObject();
        t.insert(QStringLiteral("apiKey"), QStringLiteral("1-abcdefghijklmnop"));
        o.insert(QStringLiteral("truenas"), t);
        const auto site = SiteJson::load(bytes(o));
        QVERIFY(!site.ok());
        QVERIFY(site.error().detail.contains(QLatin1String("/truenas/apiKey")));
        QVERIFY(site.error().detail.contains(QLatin1String("keychain")));
    }
    void reportsSyntaxErrorLine()
    {
        const auto site = SiteJson::load("{\n  \"schema\": \"mpio-wizard/site\",\n  \"version\": 1,,\n}");
        QVERIFY(!site.ok());
        QCOMPARE(site.error().code, QStringLiteral("profile.json"));
        QVERIFY2(site.error().message.contains(QLatin1String("line 3")), qPrintable(site.error().message));
    }
    void rejectsFutureVersion()
    {
        QJsonObject o = seedObject();
        o.insert(QStringLiteral("version"), 7);
        const auto site = SiteJson::load(bytes(o));
        QVERIFY(!site.ok());
        QVERIFY(site.error().detail.contains(QLatin1String("version 7")));
    }
    void rejectsNonObjectsAndMissingRequired()
    {
        QVERIFY(!SiteJson::load("[]").ok());
        QVERIFY(!SiteJson::load("").ok());
        QJsonObject o = seedObject();
        o.remove(QStringLiteral("paths"));
        const auto site = SiteJson::load(bytes(o));
        QVERIFY(!site.ok());
        QCOMPARE(site.error().fields.constFirst().field, QStringLiteral("/paths"));
    }
    void missingFileIsAClearError()
    {
        const auto site = SiteJson::loadFile(QStringLiteral("/nonexistent/profile.json"));
        QVERIFY(!site.ok());
        QCOMPARE(site.error().code, QStringLiteral("profile.io"));
        QVERIFY(site.error().message.contains(QLatin1String("/nonexistent/profile.json")));
    }
    void byteSizes_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("bytes");
        QTest::newRow("4T") << "4T" << (qint64(4) << 40);
        QTest::newRow("16K") << "16K" << qint64(16384);
        QTest::newRow("lower") << "500g" << (qint64(500) << 30);
        QTest::newRow("plain") << "1000" << qint64(1000);
        QTest::newRow("junk") << "4TB" << qint64(-1);
        QTest::newRow("neg") << "-4T" << qint64(-1);
        QTest::newRow("unit only") << "T" << qint64(-1);
        QTest::newRow("overflow") << "99999999999999P" << qint64(-1);
    }
    void byteSizes()
    {
        QFETCH(QString, text);
        QFETCH(qint64, bytes);
        const auto parsed = ByteSize::parse(text);
        QCOMPARE(parsed.has_value(), bytes >= 0);
        if (parsed) {
            QCOMPARE(qint64(*parsed), bytes);
            QCOMPARE(ByteSize::parse(ByteSize::format(*parsed)), parsed);
        }
    }
};

QTEST_GUILESS_MAIN(TestSiteJson)
#include "tst_sitejson.moc"
