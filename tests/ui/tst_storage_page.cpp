// The Storage & target page (issue 7, page 5) in a real X server: bad input in each field (a size that is
// not a size, a size that is not a multiple of the volblocksize, sync other than always, a zvol outside the
// pool, a bad target name, CHAP without user, a short or equal secret) shows the rule and message under that
// field and keeps the page from advancing; warnings (binding as the article does) explain but do not block.
// Edits reach WizardDraft::site; secrets do not.
#include "TestEnv.h"
#include "core/model/SiteJson.h"
#include "ui/widgets/FindingLabel.h"
#include "ui/wizard/PageId.h"
#include "ui/wizard/WizardDraft.h"
#include "ui/wizard/pages/StoragePage.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QTest>
#include <QWizard>

using namespace mpio;
using namespace mpio::ui;

namespace {

struct Harness
{
    QWizard wizard;
    WizardDraft* draft = new WizardDraft(&wizard);
    StoragePage* page = nullptr;

    Harness()
    {
        auto site = SiteJson::loadFile(test::dataPath(QStringLiteral("profiles/seed-two-paths.json")));
        if (site)
            draft->site = *site;
        page = new StoragePage(draft, &wizard);
        wizard.setPage(StoragePageId, page);
        wizard.setPage(PlanPageId, new QWizardPage(&wizard));
        wizard.setStartId(StoragePageId);
        wizard.resize(980, 720);
        wizard.show();
    }
    template<class T> T* child(const QString& name) const { return wizard.findChild<T*>(name); }

    // Applies "edit=text" (typed into a line edit) or "combo=data" (chosen in a combo box).
    void apply(const QString& step)
    {
        const QString name = step.section(u'=', 0, 0);
        const QString value = step.section(u'=', 1);
        if (auto* edit = child<QLineEdit>(name)) {
            edit->selectAll();
            QTest::keyClick(edit, Qt::Key_Backspace);
            QTest::keyClicks(edit, value);
        } else if (auto* combo = child<QComboBox>(name)) {
            bool isInt = false;
            const int n = value.toInt(&isInt);
            combo->setCurrentIndex(combo->findData(isInt ? QVariant(n) : QVariant(value)));
        } else {
            QFAIL(qPrintable(QStringLiteral("no field %1").arg(name)));
        }
    }
};

} // namespace

class TestStoragePage : public QObject
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
    void badInputShowsAtTheFieldAndBlocks_data()
    {
        QTest::addColumn<QStringList>("steps");
        QTest::addColumn<QString>("errorLabel");
        QTest::addColumn<QString>("ruleId");
        QTest::addColumn<QString>("messagePart");

        const QString chap = QStringLiteral("authCombo=%1").arg(int(AuthMode::Chap));
        const QString mutual = QStringLiteral("authCombo=%1").arg(int(AuthMode::MutualChap));
        QTest::newRow("size not a size") << QStringList{QStringLiteral("sizeEdit=4 tera")} << "sizeError"
                                         << "TN-ZVOL"
                                         << "is not a size";
        QTest::newRow("size not a multiple") << QStringList{QStringLiteral("sizeEdit=5000")} << "sizeError"
                                             << "TN-ZVOL"
                                             << "not a multiple of the volblocksize";
        QTest::newRow("no size") << QStringList{QStringLiteral("sizeEdit=")} << "sizeError"
                                 << "TN-ZVOL"
                                 << "no size";
        QTest::newRow("sync standard") << QStringList{QStringLiteral("syncCombo=STANDARD")} << "syncError"
                                       << "TN-ZVOL"
                                       << "sync=standard";
        QTest::newRow("zvol outside the pool")
            << QStringList{QStringLiteral("zvolEdit=other/vmw01")} << "zvolError"
            << "NAME-GRAMMAR"
            << "is not in the pool tank";
        QTest::newRow("bad target name")
            << QStringList{QStringLiteral("targetEdit=Bad Name!")} << "targetError"
            << "NAME-GRAMMAR"
            << "Bad Name!";
        QTest::newRow("CHAP without user") << QStringList{chap} << "chapUserError"
                                           << "TN-CHAP-BOTH-SIDES"
                                           << "no CHAP user";
        QTest::newRow("CHAP secret too short") << QStringList{chap, QStringLiteral("chapUserEdit=esx-chap"),
                                                              QStringLiteral("chapSecretEdit=short")}
                                               << "chapSecretError"
                                               << "TN-CHAP-BOTH-SIDES"
                                               << "12 to 16";
        QTest::newRow("mutual secret equal") << QStringList{mutual, QStringLiteral("chapUserEdit=esx-chap"),
                                                            QStringLiteral("chapSecretEdit=abcdefghijkl"),
                                                            QStringLiteral("peerUserEdit=nas-chap"),
                                                            QStringLiteral("peerSecretEdit=abcdefghijkl")}
                                             << "peerSecretError"
                                             << "TN-CHAP-BOTH-SIDES"
                                             << "equals the CHAP secret";
    }

    void badInputShowsAtTheFieldAndBlocks()
    {
        QFETCH(QStringList, steps);
        QFETCH(QString, errorLabel);
        QFETCH(QString, ruleId);
        QFETCH(QString, messagePart);

        Harness h;
        QVERIFY(QTest::qWaitForWindowExposed(&h.wizard));
        QCOMPARE(h.wizard.currentId(), int(StoragePageId));
        QVERIFY2(h.page->isComplete(), qPrintable(h.child<QLabel>(QStringLiteral("storageSummary"))->text()));
        auto* label = h.child<FindingLabel>(errorLabel);
        QVERIFY(label);
        QVERIFY(label->isHidden());

        for (const QString& step : steps)
            h.apply(step);
        QVERIFY(label->isVisible());
        QVERIFY2(label->text().contains(ruleId) && label->text().contains(messagePart.toHtmlEscaped()),
                 qPrintable(label->text()));
        QVERIFY(!h.page->isComplete());
        QVERIFY(!h.wizard.button(QWizard::NextButton)->isEnabled());
        h.wizard.next();
        QCOMPARE(h.wizard.currentId(), int(StoragePageId));
        if (qstrcmp(QTest::currentDataTag(), "CHAP secret too short") == 0)
            shot(&h.wizard, QStringLiteral("5-storage-error"));
    }

    void goodInputReachesTheDraftAndAdvances()
    {
        Harness h;
        QVERIFY(QTest::qWaitForWindowExposed(&h.wizard));
        h.apply(QStringLiteral("sizeEdit=500G"));
        h.apply(QStringLiteral("authCombo=%1").arg(int(AuthMode::MutualChap)));
        h.apply(QStringLiteral("chapUserEdit=esx-chap"));
        h.apply(QStringLiteral("chapSecretEdit=abcdefghijkl"));
        h.apply(QStringLiteral("peerUserEdit=nas-chap"));
        h.apply(QStringLiteral("peerSecretEdit=mnopqrstuvwx"));
        QVERIFY2(h.page->isComplete(), qPrintable(h.child<QLabel>(QStringLiteral("storageSummary"))->text()));
        QCOMPARE(h.draft->site.storage.sizeBytes, quint64(500) << 30);
        QCOMPARE(int(h.draft->site.iscsi.auth), int(AuthMode::MutualChap));
        QCOMPARE(h.draft->site.iscsi.peerUser, QStringLiteral("nas-chap"));
        // The secrets are not in the profile.
        QVERIFY(!SiteJson::save(h.draft->site).contains("abcdefghijkl"));
        h.wizard.next();
        QCOMPARE(h.wizard.currentId(), int(PlanPageId));
    }

    void bindingAsTheArticleWarnsButDoesNotBlock()
    {
        Harness h;
        QVERIFY(QTest::qWaitForWindowExposed(&h.wizard));
        auto* explanation = h.child<QLabel>(QStringLiteral("bindingExplanation"));
        QVERIFY(explanation->text().contains(QLatin1String("ESX-BINDING-SAME-SUBNET")));
        h.apply(QStringLiteral("bindingCombo=%1").arg(int(BindingMode::Always)));
        QCOMPARE(int(h.draft->site.policy.binding), int(BindingMode::Always));
        QVERIFY(explanation->text().contains(QLatin1String("4 logins")));
        auto* label = h.child<FindingLabel>(QStringLiteral("bindingError"));
        QVERIFY2(label->text().contains(QLatin1String("ESX-BINDING-SAME-SUBNET")), qPrintable(label->text()));
        QVERIFY(h.page->isComplete()); // a warned, explicit choice
    }
};

QTEST_MAIN(TestStoragePage)
#include "tst_storage_page.moc"
