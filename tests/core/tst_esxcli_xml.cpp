// The strict esxcli XML reader (issue 3) on the verbatim S-WL capture (`esxcli --formatter=xml network nic
// list`, ESXi 8; the published fixture is cut after the first record, so it is read once as published —
// a clear error — and once closed), on the single-value shapes, and on malformed input.
#include "TestEnv.h"
#include "core/esxi/EsxcliXml.h"

#include <QTest>

using mpio::esxi::EsxcliValue;
using mpio::esxi::EsxcliXml;

namespace {
QByteArray wrap(const char* inner)
{
    return QByteArray("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
                      "<output xmlns=\"http://www.vmware.com/Products/ESX/5.0/esxcli\">\n<root>") +
           inner + "</root>\n</output>\n";
}
} // namespace

class TestEsxcliXml : public QObject
{
    Q_OBJECT

private slots:
    void verbatimNicList()
    {
        const QByteArray sample =
            mpio::test::readFile(mpio::test::dataPath(QStringLiteral("esxi-samples/s-wl-nic-list.xml")));
        QVERIFY(!sample.isEmpty());
        const auto cut = EsxcliXml::parse(sample);
        QVERIFY2(!cut.ok(), "the published capture ends inside <list>");
        QVERIFY(cut.error().message.contains(QLatin1String("line")));

        const auto closed = EsxcliXml::parse(sample + "   </list>\n</root>\n</output>\n");
        QVERIFY2(closed.ok(), qPrintable(closed.ok() ? QString() : closed.error().message));
        const QList<EsxcliValue> nics = closed->records();
        QCOMPARE(nics.size(), 1);
        const EsxcliValue& nic = nics.first();
        QCOMPARE(nic.typeName, QStringLiteral("Nic"));
        QCOMPARE(nic.string(QStringLiteral("Name")), QStringLiteral("vmnic0"));
        QCOMPARE(nic.string(QStringLiteral("Driver")), QStringLiteral("ixgben"));
        QCOMPARE(nic.integer64(QStringLiteral("MTU")), 1500);
        QCOMPARE(nic.integer64(QStringLiteral("Speed")), 10000);
        QCOMPARE(nic.string(QStringLiteral("LinkStatus")), QStringLiteral("Up"));
        QCOMPARE(nic.string(QStringLiteral("MACAddress")), QStringLiteral("78:ac:44:07:b2:c4"));
        QVERIFY(nic.field(QStringLiteral("NoSuchField")).isNull());
    }

    void singleValues()
    {
        const auto b = EsxcliXml::parse(wrap("<boolean>true</boolean>"));
        QVERIFY(b.ok());
        QCOMPARE(b->kind, EsxcliValue::Kind::Boolean);
        QVERIFY(b->boolean);
        const auto counter = EsxcliXml::parse(wrap("<integer>18446744073709551</integer>"));
        QVERIFY(counter.ok());
        QCOMPARE(counter->integer, Q_INT64_C(18446744073709551));
        const auto empty = EsxcliXml::parse(wrap(""));
        QVERIFY(empty.ok());
        QVERIFY(empty->isNull());
        const auto escaped = EsxcliXml::parse(wrap("<string>a &lt;b&gt; &amp; c</string>"));
        QVERIFY(escaped.ok());
        QCOMPARE(escaped->text, QStringLiteral("a <b> & c"));
        const auto nested =
            EsxcliXml::parse(wrap("<structure typeName=\"S\"><field name=\"L\"><list "
                                  "type=\"string\"><string>x</string><string>y</string>"
                                  "</list></field><field name=\"Empty\"></field></structure>"));
        QVERIFY(nested.ok());
        QCOMPARE(nested->strings(QStringLiteral("L")),
                 (QStringList{QStringLiteral("x"), QStringLiteral("y")}));
        QVERIFY(nested->field(QStringLiteral("Empty")).isNull());
    }

    void malformed_data()
    {
        QTest::addColumn<QByteArray>("xml");
        QTest::newRow("not xml") << QByteArray("Error: Unknown command or namespace network nics");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("wrong namespace")
            << QByteArray("<output xmlns=\"urn:x\"><root><string>a</string></root></output>");
        QTest::newRow("no root") << QByteArray(
            "<output xmlns=\"http://www.vmware.com/Products/ESX/5.0/esxcli\"><string>a</string></output>");
        QTest::newRow("two values") << wrap("<string>a</string><string>b</string>");
        QTest::newRow("unknown element") << wrap("<float>1.5</float>");
        QTest::newRow("integer overflow") << wrap("<integer>99999999999999999999</integer>");
        QTest::newRow("integer text") << wrap("<integer>12a</integer>");
        QTest::newRow("boolean yes") << wrap("<boolean>yes</boolean>");
        QTest::newRow("field without name")
            << wrap("<structure><field><string>a</string></field></structure>");
        QTest::newRow("two values in a field")
            << wrap("<structure><field name=\"a\"><string>a</string><string>b</string></field></structure>");
        QTest::newRow("element in string") << wrap("<string>a<b/></string>");
        QTest::newRow("trailing garbage") << wrap("<string>a</string>") + "<more/>";
        QTest::newRow("text in list") << wrap("<list>oops</list>");
    }
    void malformed()
    {
        QFETCH(QByteArray, xml);
        const auto r = EsxcliXml::parse(xml);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, QStringLiteral("esxi.xml"));
    }
};

QTEST_GUILESS_MAIN(TestEsxcliXml)
#include "tst_esxcli_xml.moc"
