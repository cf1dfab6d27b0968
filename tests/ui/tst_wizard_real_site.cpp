// The wizard against a site that is not a lab (issue 7 pages 2–3): the profile points at the systems by
// address — here mpio-lab's TrueNAS and ESXi endpoints on 127.0.0.1, reached exactly as real ones would be,
// with nothing pinned from the lab's endpoints.json. The Systems page checks the logins as they are typed;
// discovery stops at first contact with the TLS certificate and both SSH host keys, shows their
// fingerprints, and goes on once the user trusts them; a wrong ESXi password stops discovery with the
// host's refusal and the page does not complete; a changed host key is refused naming both fingerprints.
#include "LabProcess.h"
#include "TestEnv.h"
#include "core/common/AppPaths.h"
#include "core/esxi/KnownHosts.h"
#include "core/lab/LabEndpoints.h"
#include "core/model/SiteJson.h"
#include "ui/widgets/DiscoveryTree.h"
#include "ui/wizard/PageId.h"
#include "ui/wizard/SetupWizard.h"
#include "ui/wizard/WizardDraft.h"

#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace mpio;
using namespace mpio::ui;

class TestWizardRealSite : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    void shot(QWidget* w, const QString& name)
    {
        const QString dir = qEnvironmentVariable("MPIO_SCREENSHOT_DIR");
        if (dir.isEmpty())
            return;
        QTest::qWait(100);
        QVERIFY(w->grab().save(dir + QLatin1Char('/') + name + QStringLiteral(".png")));
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        QVERIFY(m_dir.isValid());
        AppPaths::setStateDir(m_dir.filePath(QStringLiteral("state"))); // empty trust stores
    }

    void loginsTrustAndDiscovery()
    {
        test::LabProcess lab;
        QString error;
        QVERIFY2(lab.start(QStringLiteral("seed-two-paths"), &error), qPrintable(error));
        const auto endpoints = LabEndpoints::load(lab.stateDir());
        QVERIFY(endpoints.ok());

        // The seed profile, addressed like a real site.
        auto site = SiteJson::loadFile(test::dataPath(QStringLiteral("profiles/seed-two-paths.json")));
        QVERIFY(site.ok());
        site->truenas.host = endpoints->truenas.host;
        site->truenas.port = endpoints->truenas.port;
        site->truenas.apiUser = endpoints->truenas.apiUser;
        for (HostSpec& h : site->hosts) {
            const LabEndpoints::Host* lh = endpoints->host(h.name);
            QVERIFY(lh);
            h.address = lh->host;
            h.sshPort = lh->port;
            h.user = lh->user;
        }
        const QString profile = m_dir.filePath(QStringLiteral("site.json"));
        QVERIFY(SiteJson::saveFile(*site, profile).ok());

        SetupWizard wizard;
        wizard.preset(profile, QString());
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        QVERIFY(wizard.findChild<QRadioButton*>(QStringLiteral("realSiteRadio"))->isChecked());
        wizard.next();
        QCOMPARE(wizard.currentId(), int(SystemsPageId));

        // Bad input is said at the field and holds the page.
        auto* key = wizard.findChild<QLineEdit*>(QStringLiteral("apiKeyEdit"));
        auto* keyError = wizard.findChild<QLabel*>(QStringLiteral("apiKeyError"));
        key->setText(QStringLiteral("not a key"));
        QVERIFY(!wizard.currentPage()->isComplete());
        QVERIFY2(keyError->text().contains(QLatin1String("spaces")), qPrintable(keyError->text()));
        key->setText(QStringLiteral("12-short"));
        QVERIFY2(keyError->text().contains(QLatin1String("not a TrueNAS API key")),
                 qPrintable(keyError->text()));
        key->setText(endpoints->truenas.apiKey);
        auto* user = wizard.findChild<QLineEdit*>(QStringLiteral("userEdit-esx01"));
        user->setText(QStringLiteral("root; reboot"));
        QVERIFY(!wizard.currentPage()->isComplete());
        QVERIFY(wizard.findChild<QLabel*>(QStringLiteral("passwordError-esx01"))
                    ->text()
                    .contains(QLatin1String("not a user name")));
        user->setText(endpoints->host(QStringLiteral("esx01"))->user);
        QVERIFY(!wizard.currentPage()->isComplete()); // no passwords yet

        // The TrueNAS address is checked as typed; a bad port holds the page.
        auto* tnAddress = wizard.findChild<QLineEdit*>(QStringLiteral("truenasAddress"));
        const QString tnGood = tnAddress->text();
        tnAddress->setText(tnGood.section(u':', 0, 0) + QStringLiteral(":99999"));
        QVERIFY2(wizard.findChild<QLabel*>(QStringLiteral("truenasAddressError"))
                     ->text()
                     .contains(QLatin1String("not a port")),
                 qPrintable(wizard.findChild<QLabel*>(QStringLiteral("truenasAddressError"))->text()));
        tnAddress->setText(tnGood);

        // Adding a host: bad names and addresses are said at the field and cannot be added; a good one
        // gets a row laid out like esx01 (its paths, no vmk address yet); removing it takes the row away.
        auto* newName = wizard.findChild<QLineEdit*>(QStringLiteral("newHostName"));
        auto* newAddress = wizard.findChild<QLineEdit*>(QStringLiteral("newHostAddress"));
        auto* add = wizard.findChild<QPushButton*>(QStringLiteral("addHostButton"));
        auto* newError = wizard.findChild<QLabel*>(QStringLiteral("newHostError"));
        newName->setText(QStringLiteral("esx01")); // taken
        newAddress->setText(QStringLiteral("10.20.0.13"));
        QVERIFY(!add->isEnabled());
        QVERIFY2(newError->text().contains(QLatin1String("NET-UNIQUE")), qPrintable(newError->text()));
        newName->setText(QStringLiteral("esx03"));
        newAddress->setText(QStringLiteral("10.20.0.13; reboot"));
        QVERIFY(!add->isEnabled());
        QVERIFY2(!newError->text().isEmpty(), "a shell metacharacter in the address is refused");
        newAddress->setText(QStringLiteral("10.20.0.13:2222"));
        QVERIFY2(add->isEnabled(), qPrintable(newError->text()));
        add->click();
        QCOMPARE(wizard.draft()->site.hosts.size(), 3);
        const HostSpec& added = wizard.draft()->site.hosts.last();
        QCOMPARE(added.sshPort, 2222);
        QCOMPARE(added.paths.size(), wizard.draft()->site.hosts.first().paths.size());
        QVERIFY(added.paths.first().ip.isEmpty());
        QCOMPARE(added.paths.first().vmk, wizard.draft()->site.hosts.first().paths.first().vmk);
        QVERIFY(wizard.findChild<QLineEdit*>(QStringLiteral("passwordEdit-esx03")));
        QVERIFY(!wizard.currentPage()->isComplete()); // esx03 has no password
        wizard.findChild<QPushButton*>(QStringLiteral("removeHost-esx03"))->click();
        QTRY_COMPARE(wizard.draft()->site.hosts.size(), 2);
        QTRY_VERIFY(!wizard.findChild<QLineEdit*>(QStringLiteral("passwordEdit-esx03")));
        for (const QString& h : {QStringLiteral("esx01"), QStringLiteral("esx02")})
            wizard.findChild<QLineEdit*>(QStringLiteral("passwordEdit-") + h)
                ->setText(endpoints->host(h)->password);
        QVERIFY(wizard.currentPage()->isComplete());
        wizard.findChild<QCheckBox*>(QStringLiteral("rememberCheck"))->setChecked(false); // no keychain here
        shot(&wizard, QStringLiteral("3-systems"));

        // First contact: three fingerprints to trust (TLS certificate, two host keys), nothing discovered.
        wizard.next();
        QCOMPARE(wizard.currentId(), int(DiscoverPageId));
        auto* trust = wizard.findChild<QPushButton*>(QStringLiteral("trustButton"));
        QTRY_VERIFY_WITH_TIMEOUT(trust->isVisible(), 30000);
        QVERIFY(!wizard.currentPage()->isComplete());
        const QString asked = wizard.findChild<QLabel*>(QStringLiteral("trustText"))->text();
        for (const QString& h : {QStringLiteral("esx01"), QStringLiteral("esx02")})
            QVERIFY2(asked.contains(endpoints->host(h)->hostKeySha256), qPrintable(asked));
        QVERIFY2(asked.contains(QLatin1String("TLS")), qPrintable(asked));
        shot(&wizard, QStringLiteral("3-trust"));
        trust->click();
        QTRY_VERIFY_WITH_TIMEOUT(wizard.currentPage()->isComplete(), 30000);
        QVERIFY(!trust->isVisible());

        // A wrong password: the host refuses it, discovery stops and says so.
        wizard.back();
        QCOMPARE(wizard.currentId(), int(SystemsPageId));
        wizard.findChild<QLineEdit*>(QStringLiteral("passwordEdit-esx02"))
            ->setText(QStringLiteral("wrong-one"));
        wizard.next();
        auto* status = wizard.findChild<QLabel*>(QStringLiteral("discoverStatus"));
        QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(QLatin1String("esx02")), 30000);
        QVERIFY(!wizard.currentPage()->isComplete());
        QVERIFY(!trust->isVisible()); // the keys are trusted now: nothing to ask

        // A changed host key (another machine answers at esx01's address): refused with both fingerprints,
        // and no trust prompt — a changed key is never accepted from the wizard.
        const LabEndpoints::Host* esx01 = endpoints->host(QStringLiteral("esx01"));
        const QString other = QStringLiteral("SHA256:") + QString(43, u'A');
        QVERIFY(
            esxi::KnownHosts().trust(esx01->host, esx01->port, QStringLiteral("ssh-ed25519"), other).ok());
        wizard.back();
        wizard.findChild<QLineEdit*>(QStringLiteral("passwordEdit-esx02"))
            ->setText(endpoints->host(QStringLiteral("esx02"))->password);
        wizard.next();
        QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(QLatin1String("CHANGED")), 30000);
        QVERIFY2(status->text().contains(other) && status->text().contains(esx01->hostKeySha256),
                 qPrintable(status->text()));
        QVERIFY(!wizard.currentPage()->isComplete());
        QVERIFY(!trust->isVisible());

        // Unreachable hosts (nothing listens at the address: a loopback port just closed): discovery ends
        // at once with every unreachable host named and what to check, the page stays incomplete, and the
        // window keeps answering (QTRY runs its event loop).
        QVERIFY(esxi::KnownHosts()
                    .trust(esx01->host, esx01->port, QStringLiteral("ssh-ed25519"), esx01->hostKeySha256)
                    .ok());
        QHash<QString, quint16> closed;
        {
            QTcpServer a, b; // both at once: two different ports
            QVERIFY(a.listen(QHostAddress::LocalHost) && b.listen(QHostAddress::LocalHost));
            closed = {{QStringLiteral("esx01"), a.serverPort()}, {QStringLiteral("esx02"), b.serverPort()}};
        }
        wizard.back();
        for (const QString& h : {QStringLiteral("esx01"), QStringLiteral("esx02")}) {
            wizard.findChild<QPushButton*>(QStringLiteral("removeHost-") + h)->click();
            QTRY_VERIFY(!wizard.findChild<QLineEdit*>(QStringLiteral("passwordEdit-") + h));
            newName->setText(h);
            newAddress->setText(QStringLiteral("127.0.0.1:%1").arg(closed.value(h)));
            QVERIFY2(add->isEnabled(), qPrintable(newError->text()));
            add->click();
            QTRY_VERIFY(wizard.findChild<QLineEdit*>(QStringLiteral("passwordEdit-") + h));
            wizard.findChild<QLineEdit*>(QStringLiteral("passwordEdit-") + h)->setText(QStringLiteral("pw"));
        }
        wizard.next();
        QCOMPARE(wizard.currentId(), int(DiscoverPageId));
        QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(QLatin1String("Cannot reach")), 30000);
        for (const QString& h : {QStringLiteral("esx01"), QStringLiteral("esx02")})
            QVERIFY2(
                status->text().contains(
                    h +
                    QStringLiteral(": Cannot reach the SSH service of 127.0.0.1:%1").arg(closed.value(h))),
                qPrintable(status->text()));
        QVERIFY2(status->text().contains(QLatin1String("TSM-SSH")), qPrintable(status->text()));
        QVERIFY(!wizard.currentPage()->isComplete());
        QVERIFY(!trust->isVisible());
        // What answered is still shown: TrueNAS with its facts, each unreached host as one line.
        auto* tree = wizard.findChild<DiscoveryTree*>(QStringLiteral("discoveryTree"));
        QVERIFY(tree->systemItem(QStringLiteral("TrueNAS"))->childCount() > 0);
        for (const QString& h : {QStringLiteral("esx01"), QStringLiteral("esx02")})
            QCOMPARE(tree->systemItem(h)->text(1), QStringLiteral("not discovered"));
        shot(&wizard, QStringLiteral("3-unreachable"));
    }

    void cleanupTestCase() { QSettings().clear(); }
};

QTEST_MAIN(TestWizardRealSite)
#include "tst_wizard_real_site.moc"
