// The wizard against a real mpio-lab in a real X server (issue 7): welcome → discover → paths → storage
// (TN-SLOG warns: the lab's pool has no log vdev) → jumbo check (nothing to ping before the apply) → plan
// review (the explicit confirmation gates Apply) → apply → verify → failover test (the lab's fault injected
// by the page, every step passes) → live IOPS with the report exported as PDF and HTML, on seed-two-paths;
// bad input on the welcome page (no lab there, a broken profile) shows the error and does not advance.
// With MPIO_SCREENSHOT_DIR set, every page is saved as PNG (./run.sh screenshots).
#include "LabProcess.h"
#include "LabStateDiff.h"
#include "TestEnv.h"
#include "core/model/SiteJson.h"
#include "ui/widgets/DiscoveryTree.h"
#include "ui/widgets/ShareBarsView.h"
#include "ui/wizard/PageId.h"
#include "ui/wizard/SetupWizard.h"
#include "ui/wizard/WizardDraft.h"
#include "ui/wizard/pages/LiveIopsPage.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QRadioButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <optional>

using namespace mpio;
using namespace mpio::ui;

class TestWizardFlow : public QObject
{
    Q_OBJECT

    void shot(QWidget* w, const QString& name)
    {
        const QString dir = qEnvironmentVariable("MPIO_SCREENSHOT_DIR");
        if (dir.isEmpty())
            return;
        QDir().mkpath(dir);
        QTest::qWait(100);
        QVERIFY(w->grab().save(dir + QLatin1Char('/') + name + QStringLiteral(".png")));
    }

private slots:
    void initTestCase()
    {
        // The wizard remembers its window and recent profiles (QSettings): not in the user's own settings.
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
    }

    void badInputOnWelcome()
    {
        SetupWizard wizard;
        wizard.preset(test::dataPath(QStringLiteral("profiles/seed-two-paths.json")),
                      QStringLiteral("/nonexistent-lab"));
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        wizard.next();
        QCOMPARE(wizard.currentId(), int(WelcomePageId));
        auto* status = wizard.findChild<QLabel*>(QStringLiteral("welcomeStatus"));
        QVERIFY(status->text().contains(QLatin1String("endpoints.json")));

        wizard.preset(test::dataPath(QStringLiteral("profiles/seed-broken.json")), QDir::tempPath());
        wizard.next();
        QCOMPARE(wizard.currentId(), int(WelcomePageId));
        QVERIFY2(status->text().contains(QLatin1String("error")), qPrintable(status->text()));
    }

    // Welcome → audit: discovery, then the audit page (read-only) as the last page. The unconfigured seed
    // site has differences from its profile; the lab's state is the same before and after.
    void auditOnlyEndsOnTheAuditPage()
    {
        test::LabProcess lab;
        QString error;
        QVERIFY2(lab.start(QStringLiteral("seed-two-paths"), &error), qPrintable(error));
        const auto before = lab.control(QStringLiteral("state"));
        QVERIFY(before);
        SetupWizard wizard;
        wizard.preset(test::dataPath(QStringLiteral("profiles/seed-two-paths.json")), lab.stateDir());
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        wizard.findChild<QRadioButton*>(QStringLiteral("auditRadio"))->setChecked(true);
        wizard.next();
        QCOMPARE(wizard.currentId(), int(DiscoverPageId));
        QTRY_VERIFY_WITH_TIMEOUT(wizard.currentPage()->isComplete(), 30000);
        wizard.next();
        QCOMPARE(wizard.currentId(), int(AuditPageId));
        QVERIFY(wizard.currentPage()->isFinalPage());
        QCOMPARE(wizard.currentPage()->nextId(), -1);
        const QString verdict = wizard.findChild<QLabel*>(QStringLiteral("auditVerdict"))->text();
        QVERIFY2(verdict.contains(QLatin1String("difference")), qPrintable(verdict));
        QVERIFY(wizard.findChild<QPlainTextEdit*>(QStringLiteral("auditText"))
                    ->toPlainText()
                    .contains(QLatin1String("esxcli")));
        shot(&wizard, QStringLiteral("12-audit"));
        const auto after = lab.control(QStringLiteral("state"));
        QVERIFY(after);
        QVERIFY2(test::normalizedLabState(*before) == test::normalizedLabState(*after),
                 qPrintable(test::firstDifference(test::normalizedLabState(*before),
                                                  test::normalizedLabState(*after))));
    }

    void wholeFlowAgainstTheLab()
    {
        test::LabProcess lab;
        QString error;
        QVERIFY2(lab.start(QStringLiteral("seed-two-paths"), &error), qPrintable(error));
        QVERIFY(lab.control(QStringLiteral("latency"), {{QStringLiteral("esxcliMs"), 50}}));
        SetupWizard wizard;
        wizard.preset(test::dataPath(QStringLiteral("profiles/seed-two-paths.json")), lab.stateDir());
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        shot(&wizard, QStringLiteral("1-welcome"));

        wizard.next();
        QCOMPARE(wizard.currentId(), int(DiscoverPageId));
        QTRY_VERIFY_WITH_TIMEOUT(wizard.currentPage()->isComplete(), 30000);
        QVERIFY(wizard.findChild<QPlainTextEdit*>(QStringLiteral("discoverDetails"))
                    ->toPlainText()
                    .contains(QLatin1String("esx02")));
        // The tree: every system by its configured name, with the lab's vmnics (link, speed, MTU).
        auto* tree = wizard.findChild<DiscoveryTree*>(QStringLiteral("discoveryTree"));
        QVERIFY(tree && tree->systemItem(QStringLiteral("TrueNAS")) &&
                tree->systemItem(QStringLiteral("esx01")) && tree->systemItem(QStringLiteral("esx02")));
        QVERIFY2(tree->facts(QStringLiteral("esx01"), QStringLiteral("vmnics"), QStringLiteral("vmnic2"))
                     .contains(QLatin1String("Mb/s, MTU")),
                 qPrintable(tree->facts(QStringLiteral("esx01"), QStringLiteral("vmnics"),
                                        QStringLiteral("vmnic2"))));
        shot(&wizard, QStringLiteral("2-discover"));

        // Paths: the profile's paths and hosts, discovery's facts in the tooltips, every rule passing.
        wizard.next();
        QCOMPARE(wizard.currentId(), int(PathsPageId));
        QVERIFY2(wizard.currentPage()->isComplete(),
                 qPrintable(wizard.findChild<QLabel*>(QStringLiteral("pathFindings"))->text()));
        auto* hostPaths = wizard.findChild<QTableView*>(QStringLiteral("hostPathTable"));
        QCOMPARE(hostPaths->model()->rowCount(), 4);
        QVERIFY2(hostPaths->model()
                     ->index(0, 2)
                     .data(Qt::ToolTipRole)
                     .toString()
                     .contains(QLatin1String("vmnic2")),
                 qPrintable(hostPaths->model()->index(0, 2).data(Qt::ToolTipRole).toString()));
        shot(&wizard, QStringLiteral("4-paths"));
        // An edit here is what gets planned and applied: esx02 takes .13 on path A instead of the profile's
        // .12.
        QVERIFY(hostPaths->model()->setData(hostPaths->model()->index(2, 6), QStringLiteral("10.20.10.13")));
        QVERIFY(wizard.currentPage()->isComplete());

        // Storage: the lab's pool has no log vdev, so sync=always warns (TN-SLOG) without blocking.
        wizard.next();
        QCOMPARE(wizard.currentId(), int(StoragePageId));
        QVERIFY(wizard.currentPage()->isComplete());
        QVERIFY2(
            wizard.findChild<QLabel*>(QStringLiteral("syncError"))->text().contains(QLatin1String("TN-SLOG")),
            qPrintable(wizard.findChild<QLabel*>(QStringLiteral("syncError"))->text()));
        shot(&wizard, QStringLiteral("5-storage"));
        // Against what discovery saw: a pool TrueNAS does not have, a zvol over 80 % of the free space.
        auto* pool = wizard.findChild<QComboBox*>(QStringLiteral("poolCombo"));
        pool->setEditText(QStringLiteral("nope"));
        QVERIFY(wizard.findChild<QLabel*>(QStringLiteral("poolError"))
                    ->text()
                    .contains(QLatin1String("no pool")));
        QVERIFY(!wizard.currentPage()->isComplete());
        pool->setEditText(QStringLiteral("tank"));
        auto* size = wizard.findChild<QLineEdit*>(QStringLiteral("sizeEdit"));
        size->setText(QStringLiteral("15T"));
        QVERIFY2(
            wizard.findChild<QLabel*>(QStringLiteral("sizeError"))->text().contains(QLatin1String("80 %")),
            qPrintable(wizard.findChild<QLabel*>(QStringLiteral("sizeError"))->text()));
        QVERIFY(!wizard.currentPage()->isComplete());
        auto* force = wizard.findChild<QCheckBox*>(QStringLiteral("forceSizeCheck"));
        QVERIFY(force->isVisible());
        force->setChecked(true);
        QVERIFY(wizard.currentPage()->isComplete());
        force->setChecked(false);
        size->setText(QStringLiteral("4T"));
        QVERIFY(wizard.currentPage()->isComplete());

        // Before the apply no storage vmk exists: the jumbo page has nothing to ping and lets the user on.
        wizard.next();
        QCOMPARE(wizard.currentId(), int(JumboPageId));
        QTRY_VERIFY_WITH_TIMEOUT(wizard.currentPage()->isComplete(), 30000);
        QVERIFY(wizard.findChild<QLabel*>(QStringLiteral("jumboStatus"))
                    ->text()
                    .contains(QLatin1String("Nothing to ping yet")));

        wizard.next();
        QCOMPARE(wizard.currentId(), int(PlanPageId));
        QVERIFY(!wizard.currentPage()->isComplete()); // Apply needs the explicit confirmation
        QVERIFY(wizard.findChild<QPlainTextEdit*>(QStringLiteral("planText"))
                    ->toPlainText()
                    .contains(QLatin1String("esxcli")));
        QVERIFY(wizard.findChild<QPlainTextEdit*>(QStringLiteral("planText"))
                    ->toPlainText()
                    .contains(QLatin1String("10.20.10.13")));
        wizard.findChild<QCheckBox*>(QStringLiteral("confirmApply"))->setChecked(true);
        QVERIFY(wizard.currentPage()->isComplete());
        shot(&wizard, QStringLiteral("7-plan"));

        wizard.next();
        QCOMPARE(wizard.currentId(), int(ApplyPageId));
        QTRY_VERIFY_WITH_TIMEOUT(wizard.currentPage()->isComplete(), 60000);
        shot(&wizard, QStringLiteral("8-apply"));

        wizard.next();
        QCOMPARE(wizard.currentId(), int(VerifyPageId));
        QTRY_VERIFY_WITH_TIMEOUT(wizard.currentPage()->isComplete(), 30000);
        auto* table = wizard.findChild<QTableWidget*>(QStringLiteral("verifyTable"));
        QCOMPARE(table->rowCount(), 2);
        for (int r = 0; r < 2; ++r) {
            QCOMPARE(table->item(r, 2)->text(), QStringLiteral("2 / 2"));
            QCOMPARE(table->item(r, 3)->text(), QStringLiteral("VMW_PSP_RR"));
        }
        shot(&wizard, QStringLiteral("9-verify"));

        // Failover test: the page injects switch Core-A down in the lab and mends it; every step passes.
        wizard.next();
        QCOMPARE(wizard.currentId(), int(FailoverPageId));
        QVERIFY(!wizard.currentPage()->isComplete()); // run it or skip it
        wizard.findChild<QAbstractButton*>(QStringLiteral("failoverStartButton"))->click();
        QTRY_VERIFY_WITH_TIMEOUT(wizard.currentPage()->isComplete(), 150000);
        auto* steps = wizard.findChild<QTableWidget*>(QStringLiteral("failoverSteps"));
        QCOMPARE(steps->rowCount(), 5);
        for (int r = 0; r < 5; ++r)
            QVERIFY2(
                steps->item(r, 1)->text().contains(QLatin1String("pass")),
                qPrintable(steps->item(r, 0)->text() + QStringLiteral(": ") + steps->item(r, 2)->text()));
        QVERIFY(wizard.draft()->failoverRan);
        QVERIFY(wizard.draft()->failover.passed());
        QVERIFY(wizard.draft()->failover.toPathDeadMs >= 0);
        QVERIFY(wizard.findChild<QLabel*>(QStringLiteral("failoverFigures"))
                    ->text()
                    .contains(QLatin1String("longest gap")));
        shot(&wizard, QStringLiteral("10-failover"));

        // The last page: live IOPS per path. With a workload in the lab both paths of each host carry I/O.
        wizard.next();
        QCOMPARE(wizard.currentId(), int(LiveIopsPageId));
        wizard.findChild<QAbstractButton*>(QStringLiteral("labWorkloadButton"))->click();
        auto* shares = wizard.findChild<QLabel*>(QStringLiteral("sharesLabel"));
        QTRY_VERIFY_WITH_TIMEOUT(shares->text().count(QStringLiteral("50 %")) >= 4, 20000);
        // The share bars say the same, one bar per host; the host filter narrows chart, bars and badges.
        auto* bars = wizard.findChild<ShareBarsView*>(QStringLiteral("shareBars"));
        QVERIFY(bars);
        QTRY_VERIFY_WITH_TIMEOUT(bars->summary().size() == 2 &&
                                     bars->summary().join(u' ').count(QStringLiteral("50 %")) == 4,
                                 5000);
        auto* hostFilter = wizard.findChild<QComboBox*>(QStringLiteral("hostFilter"));
        QVERIFY(hostFilter);
        hostFilter->setCurrentIndex(hostFilter->findData(QStringLiteral("esx02")));
        QCOMPARE(bars->summary().size(), 1);
        QVERIFY(bars->summary().first().startsWith(QLatin1String("esx02")));
        QVERIFY(!shares->text().contains(QLatin1String("esx01")));
        hostFilter->setCurrentIndex(0);
        QVERIFY(shares->text().contains(QLatin1String("esx01")));
        if (!qEnvironmentVariableIsEmpty("MPIO_SCREENSHOT_DIR"))
            QTest::qWait(8000); // let the chart draw a few seconds of lines for the picture
        shot(&wizard, QStringLiteral("11-live-iops"));

        // Export report… writes what the wizard did: PDF and HTML (the save dialog only picks the path).
        auto* live = qobject_cast<LiveIopsPage*>(wizard.currentPage());
        QVERIFY(live);
        QTemporaryDir out;
        QVERIFY(live->exportReportTo(out.filePath(QStringLiteral("as-built.pdf"))).ok());
        QVERIFY(test::readFile(out.filePath(QStringLiteral("as-built.pdf"))).startsWith("%PDF-"));
        QVERIFY(live->exportReportTo(out.filePath(QStringLiteral("as-built.html"))).ok());
        const QByteArray html = test::readFile(out.filePath(QStringLiteral("as-built.html")));
        QVERIFY(html.contains("switch Core-A down")); // the failover test's fault is in the report
        for (const QString& secret : {QStringLiteral("Lab-esx01-pw"), QStringLiteral("Lab-esx02-pw")})
            QVERIFY(!html.contains(secret.toUtf8()));
        // The profile as applied, with the edit made on the paths page, saved for the next run.
        const QString saved = out.filePath(QStringLiteral("site.json"));
        QVERIFY(live->saveProfileTo(saved).ok());
        const auto reloaded = SiteJson::loadFile(saved);
        QVERIFY(reloaded.ok());
        QCOMPARE(reloaded->hosts[1].paths[0].ip, QStringLiteral("10.20.10.13"));
        QVERIFY(!test::readFile(saved).contains("Lab-esx01-pw"));
    }
};

QTEST_MAIN(TestWizardFlow)
#include "tst_wizard_flow.moc"
