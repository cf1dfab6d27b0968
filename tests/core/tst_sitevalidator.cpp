#include "TestEnv.h"
#include "core/model/SiteJson.h"
#include "core/validation/RuleCatalog.h"
#include "core/validation/SiteValidator.h"

#include <QTest>
#include <functional>

using namespace mpio;
using Mutation = std::function<void(Site&)>;
Q_DECLARE_METATYPE(Mutation)

// Table-driven: every rule a Site can decide has a row that fires it and a near-miss row that does not.
class TestSiteValidator : public QObject
{
    Q_OBJECT
private:
    Site m_seed;

    static QStringList ruleIds(const Findings& findings)
    {
        QStringList ids;
        for (const auto& f : findings)
            ids << f.ruleId;
        return ids;
    }

private slots:
    void initTestCase()
    {
        const auto site = SiteJson::loadFile(test::dataPath(QStringLiteral("profiles/seed-two-paths.json")));
        QVERIFY(site.ok());
        m_seed = *site;
    }

    void seedIsClean()
    {
        const Findings f = SiteValidator::validate(m_seed);
        QVERIFY2(countOf(f, Severity::Error) == 0 && countOf(f, Severity::Warning) == 0,
                 qPrintable(ruleIds(f).join(u',')));
    }

    void rules_data()
    {
        QTest::addColumn<Mutation>("mutate");
        QTest::addColumn<QString>("rule");
        QTest::addColumn<bool>("fires");
        QTest::addColumn<QString>("field");
        auto row = [](const char* name, Mutation m, const char* rule, bool fires, const char* field = "") {
            QTest::newRow(name) << m << QString::fromLatin1(rule) << fires << QString::fromLatin1(field);
        };
        row("one path", [](Site& s) { s.paths.removeLast(); }, "NET-PATH-COUNT", true, "/paths");
        row("four paths ok", [](Site& s) {
            for (int i = 3; i <= 4; ++i) {
                PathSpec p = s.paths[0];
                p.name = QStringLiteral("P%1").arg(i);
                p.subnet = QStringLiteral("10.20.%1.8/29").arg(i * 10);
                p.truenasIp = QStringLiteral("10.20.%1.10").arg(i * 10);
                p.truenasNic = QStringLiteral("enp5s0f%1").arg(i);
                p.switchName = QStringLiteral("Core-%1").arg(i);
                s.paths.append(p);
                for (int h = 0; h < s.hosts.size(); ++h) {
                    HostPathSpec hp = s.hosts[h].paths[0];
                    hp.path = p.name;
                    hp.vmnic = QStringLiteral("vmnic%1").arg(i + 2);
                    hp.portGroup = QStringLiteral("iSCSI-%1").arg(i);
                    hp.vmk = QStringLiteral("vmk%1").arg(i + 2);
                    hp.ip = QStringLiteral("10.20.%1.%2").arg(i * 10).arg(11 + h);
                    s.hosts[h].paths.append(hp);
                }
            }
        }, "NET-PATH-COUNT", false);
        row("shared subnet", [](Site& s) {
            s.paths[1].subnet = s.paths[0].subnet;
            s.paths[1].truenasIp = QStringLiteral("10.20.10.13");
            for (auto& h : s.hosts) h.paths[1].ip = h.paths[1].ip.replace(QStringLiteral(".20."), QStringLiteral(".10.")).replace(QStringLiteral(".11"), QStringLiteral(".9")).replace(QStringLiteral(".12"), QStringLiteral(".14"));
        }, "NET-TWO-SUBNETS", true, "/paths/1/subnet");
        row("distinct subnets", [](Site&) {}, "NET-TWO-SUBNETS", false);
        row("overlap", [](Site& s) { s.paths[1].subnet = QStringLiteral("10.20.0.0/16"); }, "NET-SUBNET-OVERLAP", true, "/paths/1/subnet");
        row("overlap mgmt", [](Site& s) { s.managementSubnet = QStringLiteral("10.20.0.0/16"); }, "NET-SUBNET-OVERLAP", true, "/paths/0/subnet");
        row("adjacent no overlap", [](Site& s) { s.paths[1].subnet = QStringLiteral("10.20.10.16/29"); s.paths[1].truenasIp = QStringLiteral("10.20.10.18");
            s.hosts[0].paths[1].ip = QStringLiteral("10.20.10.19"); s.hosts[1].paths[1].ip = QStringLiteral("10.20.10.20"); }, "NET-SUBNET-OVERLAP", false);
        row("vmk outside subnet", [](Site& s) { s.hosts[0].paths[0].ip = QStringLiteral("10.20.10.20"); }, "NET-IP-IN-SUBNET", true, "/hosts/0/paths/0/ip");
        row("broadcast", [](Site& s) { s.hosts[0].paths[0].ip = QStringLiteral("10.20.10.15"); }, "NET-IP-IN-SUBNET", true, "/hosts/0/paths/0/ip");
        row("duplicate ip", [](Site& s) { s.hosts[1].paths[0].ip = s.hosts[0].paths[0].ip; }, "NET-IP-IN-SUBNET", true, "/hosts/1/paths/0/ip");
        row("truenas ip typo", [](Site& s) { s.paths[0].truenasIp = QStringLiteral("10.20.10.1O"); }, "NET-IP-IN-SUBNET", true, "/paths/0/truenasIp");
        row("last usable ok", [](Site& s) { s.hosts[0].paths[0].ip = QStringLiteral("10.20.10.14"); }, "NET-IP-IN-SUBNET", false);
        row("six hosts in /29", [](Site& s) {
            while (s.hosts.size() < 6) {
                HostSpec h = s.hosts[0];
                h.name = h.address = QStringLiteral("esx%1").arg(s.hosts.size() + 1);
                for (auto& hp : h.paths)
                    hp.ip.clear();
                s.hosts.append(h);
            }
        }, "NET-SUBNET-CAPACITY", true, "/paths/0/subnet");
        row("five hosts in /29", [](Site& s) {
            while (s.hosts.size() < 5) {
                HostSpec h = s.hosts[0];
                h.name = h.address = QStringLiteral("esx%1").arg(s.hosts.size() + 1);
                for (auto& hp : h.paths)
                    hp.ip.clear();
                s.hosts.append(h);
            }
        }, "NET-SUBNET-CAPACITY", false);
        row("one switch", [](Site& s) { s.paths[1].switchName = QStringLiteral("core-a"); }, "NET-SWITCH-PER-PATH", true, "/paths/1/switch");
        row("two switches", [](Site&) {}, "NET-SWITCH-PER-PATH", false);
        row("shared vmnic", [](Site& s) { s.hosts[0].paths[1].vmnic = QStringLiteral("vmnic2"); }, "NET-UPLINK-PER-PATH", true, "/hosts/0/paths/1/vmnic");
        row("shared truenas nic", [](Site& s) { s.paths[1].truenasNic = QStringLiteral("enp4s0f0"); }, "NET-UPLINK-PER-PATH", true, "/paths/1/truenasNic");
        row("own uplinks", [](Site&) {}, "NET-UPLINK-PER-PATH", false);
        row("bond", [](Site& s) { s.paths[0].truenasNic = QStringLiteral("bond0"); }, "NET-NO-LACP", true, "/paths/0/truenasNic");
        row("plain nic", [](Site& s) { s.paths[0].truenasNic = QStringLiteral("eno1"); }, "NET-NO-LACP", false);
        row("wildcard portal", [](Site& s) { s.paths[1].truenasIp = QStringLiteral("0.0.0.0"); }, "NET-NO-WILDCARD-PORTAL", true, "/paths/1/truenasIp");
        row("static portal", [](Site&) {}, "NET-NO-WILDCARD-PORTAL", false);
        row("host misses path", [](Site& s) { s.hosts[1].paths.removeLast(); }, "NET-HOST-PATHS", true, "/hosts/1/paths");
        row("host unknown path", [](Site& s) { s.hosts[1].paths[1].path = QStringLiteral("C"); }, "NET-HOST-PATHS", true, "/hosts/1/paths/1/path");
        row("duplicate host", [](Site& s) { s.hosts[1].name = s.hosts[0].name; }, "NET-UNIQUE", true, "/hosts/1/name");
        row("duplicate vmk", [](Site& s) { s.hosts[0].paths[1].vmk = QStringLiteral("vmk2"); }, "NET-UNIQUE", true, "/hosts/0/paths/1/vmk");
        row("unique names", [](Site&) {}, "NET-UNIQUE", false);
        row("vmk mtu 9216", [](Site& s) { s.hosts[0].paths[0].vmkMtu = 9216; }, "MTU-RANGE", true, "/hosts/0/paths/0/vmkMtu");
        row("path mtu 1000", [](Site& s) { s.paths[0].mtu = 1000; }, "MTU-RANGE", true, "/paths/0/mtu");
        row("mtu 9000", [](Site& s) { s.hosts[0].paths[0].vmkMtu = 9000; }, "MTU-RANGE", false);
        row("vmk 1500 on 9000 path", [](Site& s) { s.hosts[0].paths[1].vmkMtu = 1500; }, "MTU-END-TO-END", true, "/hosts/0/paths/1/vmkMtu");
        row("vmk inherits", [](Site&) {}, "MTU-END-TO-END", false);
        row("vswitch below vmk", [](Site& s) { s.hosts[1].paths[0].vswitchMtu = 1500; }, "MTU-VSWITCH-GE-VMK", true, "/hosts/1/paths/0/vswitchMtu");
        row("vswitch equal", [](Site& s) { s.hosts[1].paths[0].vswitchMtu = 9000; }, "MTU-VSWITCH-GE-VMK", false);
        row("bind across subnets", [](Site& s) { s.policy.binding = BindingMode::Always; }, "ESX-BINDING-SAME-SUBNET", true, "/policy/binding");
        row("auto binding", [](Site&) {}, "ESX-BINDING-SAME-SUBNET", false);
        row("no bind same subnet", [](Site& s) { s.policy.binding = BindingMode::Never; s.paths[1].subnet = s.paths[0].subnet; }, "ESX-SAME-SUBNET-NO-BIND", true, "/policy/binding");
        row("no bind own subnets", [](Site& s) { s.policy.binding = BindingMode::Never; }, "ESX-SAME-SUBNET-NO-BIND", false);
        row("vmk0", [](Site& s) { s.hosts[0].paths[0].vmk = QStringLiteral("vmk0"); }, "ESX-VMK0-MANAGEMENT", true, "/hosts/0/paths/0/vmk");
        row("vmk2", [](Site&) {}, "ESX-VMK0-MANAGEMENT", false);
        row("sync standard", [](Site& s) { s.storage.sync = QStringLiteral("STANDARD"); }, "TN-ZVOL", true, "/storage/sync");
        row("size not multiple", [](Site& s) { s.storage.sizeBytes = (quint64(1) << 30) + 512; }, "TN-ZVOL", true, "/storage/size");
        row("volblocksize 12K", [](Site& s) { s.storage.volblocksize = 12288; }, "TN-ZVOL", true, "/storage/volblocksize");
        row("zvol as article", [](Site&) {}, "TN-ZVOL", false);
        row("chap without user", [](Site& s) { s.iscsi.auth = AuthMode::Chap; }, "TN-CHAP-BOTH-SIDES", true, "/iscsi/auth/user");
        row("chap with user", [](Site& s) { s.iscsi.auth = AuthMode::Chap; s.iscsi.chapUser = QStringLiteral("esxchap"); }, "TN-CHAP-BOTH-SIDES", false);
        row("mutual without peer", [](Site& s) { s.iscsi.auth = AuthMode::MutualChap; s.iscsi.chapUser = QStringLiteral("esxchap"); }, "TN-CHAP-BOTH-SIDES", true, "/iscsi/auth/peerUser");
        row("plain http", [](Site& s) { s.truenas.tls = false; s.truenas.port = 80; }, "TN-API-KEY-TLS", true, "/truenas/tls");
        row("tls", [](Site&) {}, "TN-API-KEY-TLS", false);
        row("empty listed group", [](Site& s) { s.iscsi.initiatorSource = InitiatorSource::Listed; }, "TN-INITIATORS", true, "/iscsi/initiators");
        row("listed group", [](Site& s) { s.iscsi.initiatorSource = InitiatorSource::Listed; s.iscsi.initiators = {QStringLiteral("iqn.1998-01.com.vmware:esx01-1a2b3c4d")}; }, "TN-INITIATORS", false);
        row("iops 1000", [](Site& s) { s.policy.iops = 1000; }, "PSP-RR-IOPS", true, "/policy/iops");
        row("fixed psp", [](Site& s) { s.policy.psp = QStringLiteral("VMW_PSP_FIXED"); }, "PSP-RR-IOPS", true, "/policy/psp");
        row("rr iops 1", [](Site&) {}, "PSP-RR-IOPS", false);
        row("forced alua", [](Site& s) { s.policy.claimRuleSatp = QStringLiteral("VMW_SATP_ALUA"); }, "PSP-NO-FORCED-ALUA", true, "/policy/claimRuleSatp");
        row("auto satp", [](Site&) {}, "PSP-NO-FORCED-ALUA", false);
        row("unknown satp", [](Site& s) { s.policy.claimRuleSatp = QStringLiteral("VMW_SATP_FOO"); }, "PSP-DETECT-SATP", true, "/policy/claimRuleSatp");
        row("vmk name", [](Site& s) { s.hosts[0].paths[0].vmk = QStringLiteral("vmk2; reboot"); }, "NAME-GRAMMAR", true, "/hosts/0/paths/0/vmk");
        row("port group quote", [](Site& s) { s.hosts[0].paths[0].portGroup = QStringLiteral("iSCSI-A\"$(id)"); }, "NAME-GRAMMAR", true, "/hosts/0/paths/0/portGroup");
        row("target uppercase", [](Site& s) { s.iscsi.targetName = QStringLiteral("ESX-DS01"); }, "NAME-GRAMMAR", true, "/iscsi/targetName");
        row("zvol outside pool", [](Site& s) { s.storage.zvol = QStringLiteral("other/vol"); }, "NAME-GRAMMAR", true, "/storage/zvol");
        row("iqn typo", [](Site& s) { s.iscsi.initiators = {QStringLiteral("iqn.1998-1.com.vmware:esx01")}; }, "NAME-GRAMMAR", true, "/iscsi/initiators/0");
        row("bad subnet text", [](Site& s) { s.paths[0].subnet = QStringLiteral("10.20.10.10/29"); }, "NAME-GRAMMAR", true, "/paths/0/subnet");
        row("unicode host", [](Site& s) { s.hosts[0].address = QString::fromUtf8("esx\xc3\xb6" "1"); }, "NAME-GRAMMAR", true, "/hosts/0/address");
        row("long vswitch", [](Site& s) { s.hosts[0].paths[0].vswitch = QString(40, QLatin1Char('v')); }, "NAME-GRAMMAR", true, "/hosts/0/paths/0/vswitch");
        row("good names", [](Site&) {}, "NAME-GRAMMAR", false);
    }

    void rules()
    {
        QFETCH(Mutation, mutate);
        QFETCH(QString, rule);
        QFETCH(bool, fires);
        QFETCH(QString, field);
        QVERIFY2(RuleCatalog::find(rule), "rule id not in the catalog");
        Site site = m_seed;
        mutate(site);
        const Findings findings = SiteValidator::validate(site);
        bool found = false;
        for (const auto& f : findings) {
            if (f.ruleId != rule)
                continue;
            QVERIFY2(!f.message.isEmpty() && !f.fix.isEmpty(), qPrintable(f.ruleId));
            if (field.isEmpty() || f.field == field)
                found = true;
        }
        QVERIFY2(found == fires, qPrintable(QStringLiteral("%1 %2 at %3; got: %4")
                                                .arg(rule, fires ? QStringLiteral("did not fire") : QStringLiteral("fired"),
                                                     field, ruleIds(findings).join(u','))));
    }

    void everyFindingCarriesItsSource()
    {
        Site site = m_seed;
        site.paths[1].subnet = site.paths[0].subnet;
        site.policy.binding = BindingMode::Always;
        for (const auto& f : SiteValidator::validate(site))
            QVERIFY2(!f.source.isEmpty(), qPrintable(f.ruleId));
    }
};

QTEST_GUILESS_MAIN(TestSiteValidator)
#include "tst_sitevalidator.moc"
