#include "TestEnv.h"
#include "core/log/Redactor.h"
#include "core/model/SiteJson.h"
#include "core/report/HtmlReport.h"

#include <QRegularExpression>
#include <QTest>

using namespace mpio;

class TestHtmlReport : public QObject
{
    Q_OBJECT
private:
    AsBuiltData m_data;

private slots:
    void initTestCase()
    {
        const auto site = SiteJson::loadFile(test::dataPath(QStringLiteral("profiles/seed-two-paths.json")));
        QVERIFY(site.ok());
        m_data.site = *site;
        m_data.productVersion = QStringLiteral(MPIO_VERSION);
        m_data.generatedAt = QDateTime(QDate(2026, 11, 24), QTime(12, 0), Qt::UTC);
        JumboCell c;
        c.host = QStringLiteral("esx01");
        c.vmk = QStringLiteral("vmk3");
        c.vmkPath = c.portalPath = QStringLiteral("B");
        c.portalIp = QStringLiteral("10.20.20.10");
        c.verdict = JumboCell::Verdict::Fail;
        c.diagnosis = QStringLiteral("Small frames (1500) pass but jumbo frames are lost silently");
        m_data.jumbo = {c};
        m_data.shares = {{QStringLiteral("esx01"), QStringLiteral("naa.1"),
                          QStringLiteral("vmhba64:C0:T0:L0"), QStringLiteral("active"), 498, 0.498},
                         {QStringLiteral("esx01"), QStringLiteral("naa.1"),
                          QStringLiteral("vmhba64:C1:T0:L0"), QStringLiteral("active"), 502, 0.502}};
        m_data.failoverRan = true;
        m_data.failover.fault = QStringLiteral("switch Core-A down");
        m_data.failover.steps = {{QStringLiteral("both-active"), QStringLiteral("Both paths active"), true,
                                  true, QStringLiteral("ok")}};
        m_data.findings = {Finding{QStringLiteral("TN-SLOG"),
                                   Severity::Warning,
                                   QStringLiteral("No SLOG"),
                                   QStringLiteral("Add one"),
                                   {},
                                   QStringLiteral("seed article")}};
        m_data.changes = {{m_data.generatedAt, QStringLiteral("esxi"), QStringLiteral("esx01"),
                           QStringLiteral("Set CHAP"),
                           QStringLiteral("esxcli iscsi adapter auth chap set --secret=Sup3rS3cretChap"),
                           QStringLiteral("succeeded")}};
    }
    void containsEverySection()
    {
        const QString html = HtmlReport::render(m_data);
        for (const char* s :
             {"Site summary and topology", "Paths", "TrueNAS", "ESXi hosts", "Jumbo frame check",
              "Verification", "Load distribution", "Failover test", "Findings", "Changes made"})
            QVERIFY2(html.contains(QLatin1String(s)), s);
        QVERIFY(html.contains(QLatin1String("10.20.10.10")));
        QVERIFY(html.contains(QLatin1String("Core-B")));
        QVERIFY(html.contains(QLatin1String("TN-SLOG")));
        QVERIFY(html.contains(QLatin1String("50 %")));
        QVERIFY(html.contains(QLatin1String(MPIO_VERSION)));
    }
    void isSelfContained()
    {
        const QString html = HtmlReport::render(m_data);
        QVERIFY(!html.contains(QLatin1String("<script")));
        QVERIFY(!html.contains(QLatin1String("<link")));
        QVERIFY(!html.contains(QRegularExpression(QStringLiteral("(src|href)="))));
        QVERIFY(html.contains(QLatin1String("<svg")));
    }
    void noSecretEvenIfARecordCarriesOne()
    {
        Redactor::add(QStringLiteral("Sup3rS3cretChap"));
        const QString html = HtmlReport::render(m_data);
        QVERIFY(!html.contains(QLatin1String("Sup3rS3cretChap")));
        QVERIFY(html.contains(QLatin1String("--secret=")));
    }
    void escapesUserText()
    {
        AsBuiltData d = m_data;
        d.site.name = QStringLiteral("<b>lab</b>");
        QVERIFY(!HtmlReport::render(d).contains(QLatin1String("<b>lab</b>")));
    }
};

QTEST_GUILESS_MAIN(TestHtmlReport)
#include "tst_html_report.moc"
