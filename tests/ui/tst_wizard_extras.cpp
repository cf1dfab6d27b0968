// The wizard's extras against a real mpio-lab in a real X server (issues 7, 8): the jumbo check page on the
// seed site with its network applied (every same-path cell passes, the page advances) and on
// mtu-broken-switch-b (path B's cells fail with a hop diagnosis, Next stays on the page until the explicit
// override), Cancel in the failover test mends the lab's fault, and the About dialog through F1 and the About
// button with every licence. With MPIO_SCREENSHOT_DIR set, the pages are saved as PNG (./run.sh screenshots).
#include "LabProcess.h"
#include "TestEnv.h"
#include "core/model/SiteJson.h"
#include "core/site/SiteConnection.h"
#include "ui/wizard/PageId.h"
#include "ui/wizard/SetupWizard.h"
#include "ui/wizard/WizardDraft.h"
#include "ui/wizard/pages/FailoverPage.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QDialog>
#include <QDir>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QProcess>
#include <QSettings>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QWizard>
#include <optional>

using namespace mpio;
using namespace mpio::ui;

class TestWizardExtras : public QObject
{
    Q_OBJECT

    QTemporaryDir m_state;

    void shot(QWidget* w, const QString& name)
    {
        const QString dir = qEnvironmentVariable("MPIO_SCREENSHOT_DIR");
        if (dir.isEmpty())
            return;
        QDir().mkpath(dir);
        QTest::qWait(100);
        QVERIFY(w->grab().save(dir + QLatin1Char('/') + name + QStringLiteral(".png")));
    }

    // The network part comes from a real apply (mpioctl), as on a site whose vmks exist: the jumbo check
    // needs the vmks it pings.
    bool applyWithMpioctl(const QString& labDir)
    {
        QProcess p;
        p.start(QStringLiteral(MPIOCTL_BIN),
                {QStringLiteral("apply"), QStringLiteral("--yes"), QStringLiteral("--profile"),
                 test::dataPath(QStringLiteral("profiles/seed-two-paths.json")), QStringLiteral("--lab"),
                 labDir, QStringLiteral("--state-dir"), m_state.path(), QStringLiteral("--log-level"),
                 QStringLiteral("warn"),
                 // On mtu-broken-switch-b the apply's own gate stops before the iSCSI part; the page under
                 // test is the wizard's matrix, so carry on as a user who fixes the switch later would.
                 QStringLiteral("--override-jumbo-gate")});
        return p.waitForFinished(120000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
    }

    // Welcome → Discover → Paths → Storage → Jumbo, waiting (bounded) for discovery.
    void toJumboPage(SetupWizard& wizard, const QString& labDir)
    {
        wizard.preset(test::dataPath(QStringLiteral("profiles/seed-two-paths.json")), labDir);
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        wizard.next();
        QCOMPARE(wizard.currentId(), int(DiscoverPageId));
        QTRY_VERIFY_WITH_TIMEOUT(wizard.currentPage()->isComplete(), 30000);
        for (const int id : {int(PathsPageId), int(StoragePageId), int(JumboPageId)}) {
            wizard.next();
            QCOMPARE(wizard.currentId(), id);
        }
        auto* rerun = wizard.findChild<QAbstractButton*>(QStringLiteral("jumboRerunButton"));
        QTRY_VERIFY_WITH_TIMEOUT(rerun->isEnabled(), 60000); // enabled again when the matrix finished
    }

    // Row and column of the grid are the host/vmk and the portal IP; same path = same path letter.
    static bool samePath(QTableWidget* grid, int row, int column)
    {
        const QString vmkPath =
            grid->verticalHeaderItem(row)->text().section(QStringLiteral("path "), 1).left(1);
        const QString ipPath =
            grid->horizontalHeaderItem(column)->text().section(QStringLiteral("path "), 1).left(1);
        return vmkPath == ipPath;
    }

private slots:
    void initTestCase()
    {
        // The wizard remembers its window and recent profiles (QSettings): not in the user's own settings.
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
    }

    void jumboOnSeedPasses()
    {
        test::LabProcess lab;
        QString error;
        QVERIFY2(lab.start(QStringLiteral("seed-two-paths"), &error), qPrintable(error));
        QVERIFY(lab.control(QStringLiteral("latency"), {{QStringLiteral("esxcliMs"), 50}}));
        QVERIFY(applyWithMpioctl(lab.stateDir()));

        SetupWizard wizard;
        toJumboPage(wizard, lab.stateDir());
        auto* grid = wizard.findChild<QTableWidget*>(QStringLiteral("jumboGrid"));
        QCOMPARE(grid->rowCount(), 4);    // 2 hosts × 2 vmks
        QCOMPARE(grid->columnCount(), 2); // 2 portal IPs
        int same = 0;
        for (int r = 0; r < grid->rowCount(); ++r)
            for (int c = 0; c < grid->columnCount(); ++c) {
                const QString text = grid->item(r, c)->text();
                if (samePath(grid, r, c)) {
                    QVERIFY2(text.contains(QLatin1String("jumbo frames pass")), qPrintable(text));
                    ++same;
                } else {
                    QVERIFY2(text.contains(QLatin1String("isolated")), qPrintable(text));
                }
            }
        QCOMPARE(same, 4);
        QCOMPARE(wizard.draft()->jumboCells.size(), 8);
        QVERIFY(wizard.currentPage()->isComplete());
        QVERIFY(!wizard.findChild<QCheckBox*>(QStringLiteral("jumboOverride"))->isVisible());
        QVERIFY(
            wizard.findChild<QLabel*>(QStringLiteral("jumboStatus"))->text().contains(QLatin1String("pass")));
        grid->setCurrentCell(0, 0);
        QVERIFY(
            wizard.findChild<QLabel*>(QStringLiteral("jumboDetail"))->text().contains(QLatin1String("PASS")));
        wizard.next();
        QCOMPARE(wizard.currentId(), int(PlanPageId));
    }

    void jumboOnBrokenSwitchBNeedsTheOverride()
    {
        test::LabProcess lab;
        QString error;
        QVERIFY2(lab.start(QStringLiteral("mtu-broken-switch-b"), &error), qPrintable(error));
        QVERIFY(lab.control(QStringLiteral("latency"), {{QStringLiteral("esxcliMs"), 50}}));
        QVERIFY(applyWithMpioctl(lab.stateDir()));

        SetupWizard wizard;
        toJumboPage(wizard, lab.stateDir());
        auto* grid = wizard.findChild<QTableWidget*>(QStringLiteral("jumboGrid"));
        QCOMPARE(grid->rowCount(), 4);
        int failedB = 0, passedA = 0, failRow = -1, failColumn = -1;
        for (int r = 0; r < grid->rowCount(); ++r)
            for (int c = 0; c < grid->columnCount(); ++c) {
                if (!samePath(grid, r, c))
                    continue;
                const QString text = grid->item(r, c)->text();
                if (grid->verticalHeaderItem(r)->text().contains(QLatin1String("path B"))) {
                    QVERIFY2(text.contains(QLatin1String("only 1500 bytes pass")), qPrintable(text));
                    QVERIFY(grid->item(r, c)->toolTip().contains(QLatin1String("switch")));
                    failRow = r, failColumn = c;
                    ++failedB;
                } else {
                    QVERIFY2(text.contains(QLatin1String("jumbo frames pass")), qPrintable(text));
                    ++passedA;
                }
            }
        QCOMPARE(failedB, 2);
        QCOMPARE(passedA, 2);

        // The gate holds: Next stays here, the fix is explained, the override is offered.
        QVERIFY(!wizard.currentPage()->isComplete());
        wizard.next();
        QCOMPARE(wizard.currentId(), int(JumboPageId));
        auto* fix = wizard.findChild<QLabel*>(QStringLiteral("jumboFix"));
        QVERIFY(fix->isVisible());
        QVERIFY2(fix->text().contains(QLatin1String("9216")), qPrintable(fix->text()));
        auto* overrideBox = wizard.findChild<QCheckBox*>(QStringLiteral("jumboOverride"));
        QVERIFY(overrideBox->isVisible());

        // A click on a failing cell shows its diagnosis and the measured pings in the detail line.
        QTest::mouseClick(grid->viewport(), Qt::LeftButton, {},
                          grid->visualRect(grid->model()->index(failRow, failColumn)).center());
        const QString detail = wizard.findChild<QLabel*>(QStringLiteral("jumboDetail"))->text();
        QVERIFY2(detail.contains(QLatin1String("FAIL")) &&
                     detail.contains(QLatin1String("1500 bytes: 3 of 3")),
                 qPrintable(detail));
        shot(&wizard, QStringLiteral("6-jumbo"));

        overrideBox->setChecked(true);
        QVERIFY(wizard.currentPage()->isComplete());
        QVERIFY(wizard.draft()->jumboOverridden);
        wizard.next();
        QCOMPARE(wizard.currentId(), int(PlanPageId));
    }

    // Cancel in the middle of the failover test mends the injected fault (switch Core-A up again) and leaves
    // the page incomplete: a cancelled run proves nothing, so it must be run again or skipped.
    void failoverCancelMendsTheFault()
    {
        test::LabProcess lab;
        QString error;
        QVERIFY2(lab.start(QStringLiteral("seed-two-paths"), &error), qPrintable(error));
        QVERIFY(lab.control(QStringLiteral("latency"), {{QStringLiteral("esxcliMs"), 50}}));
        QVERIFY(applyWithMpioctl(lab.stateDir()));

        WizardDraft draft; // outlives the wizard below
        const auto site = SiteJson::loadFile(test::dataPath(QStringLiteral("profiles/seed-two-paths.json")));
        QVERIFY(site.ok());
        draft.site = *site;
        draft.labStateDir = lab.stateDir();
        SiteConnection* connection = draft.connectSite(&error);
        QVERIFY2(connection, qPrintable(error));
        std::optional<bool> discovered;
        connection->connectAndDiscover([&](Status s) { discovered = s.ok(); });
        QTRY_VERIFY_WITH_TIMEOUT(discovered.has_value(), 30000);
        QVERIFY(*discovered);

        QWizard wizard;
        auto* page = new FailoverPage(&draft);
        wizard.setPage(FailoverPageId, page);
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        QVERIFY(!page->isComplete());
        page->findChild<QAbstractButton*>(QStringLiteral("failoverStartButton"))->click();
        auto* steps = page->findChild<QTableWidget*>(QStringLiteral("failoverSteps"));
        // Step 3 running = switch Core-A is down (or going down) in the lab.
        QTRY_VERIFY_WITH_TIMEOUT(steps->rowCount() == 5 && steps->item(2, 1) &&
                                     steps->item(2, 1)->text().contains(QLatin1String("running")),
                                 60000);
        page->findChild<QAbstractButton*>(QStringLiteral("failoverCancelButton"))->click();
        auto* status = page->findChild<QLabel*>(QStringLiteral("failoverStatus"));
        QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(QLatin1String("Cancelled")), 30000);
        QVERIFY(!page->isRunning());
        QVERIFY(!page->isComplete());
        QVERIFY(draft.failover.cancelled);
        const auto state = lab.control(QStringLiteral("state"));
        QVERIFY(state);
        int switchesUp = 0;
        for (const QJsonValue& v : state->value(QStringLiteral("switches")).toArray())
            switchesUp += v.toObject().value(QStringLiteral("up")).toBool();
        QCOMPARE(switchesUp, 3); // Mgmt, Core-A (mended), Core-B

        page->findChild<QCheckBox*>(QStringLiteral("failoverSkip"))->setChecked(true);
        QVERIFY(page->isComplete());
    }

    void aboutDialogWithLicences()
    {
        SetupWizard wizard;
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        wizard.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&wizard));
        QTest::keyClick(wizard.focusWidget() ? wizard.focusWidget() : &wizard, Qt::Key_F1);
        QDialog* about = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT(
            (about = wizard.findChild<QDialog*>(QStringLiteral("aboutDialog"))) && about->isVisible(), 5000);
        const QString licences =
            about->findChild<QTextBrowser*>(QStringLiteral("aboutLicences"))->toPlainText();
        for (const char* expected :
             {"Qt", "LGPLv3", "libssh", "LGPLv2.1", "QtKeychain", "BSD 3-Clause", "spdlog", "MIT License"})
            QVERIFY2(licences.contains(QLatin1String(expected)), expected);
        QVERIFY(about->findChild<QLabel*>(QStringLiteral("aboutVersion"))
                    ->text()
                    .contains(QStringLiteral(MPIO_VERSION)));
        QVERIFY(QTest::qWaitForWindowExposed(about));
        shot(about, QStringLiteral("about"));
        about->close();
        QTRY_VERIFY_WITH_TIMEOUT(!wizard.findChild<QDialog*>(QStringLiteral("aboutDialog")), 5000);

        // The About button opens the same dialog.
        wizard.findChild<QAbstractButton*>(QStringLiteral("aboutButton"))->click();
        QTRY_VERIFY_WITH_TIMEOUT(wizard.findChild<QDialog*>(QStringLiteral("aboutDialog")) &&
                                     wizard.findChild<QDialog*>(QStringLiteral("aboutDialog"))->isVisible(),
                                 5000);
    }
};

QTEST_MAIN(TestWizardExtras)
#include "tst_wizard_extras.moc"
