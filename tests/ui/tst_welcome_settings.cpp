// What the wizard remembers between runs (issue 7, QSettings in test mode, so the user's own settings are
// untouched): the recent profiles (newest first, no duplicates, at most 8, vanished files dropped), the
// newest one prefilled on the Welcome page, unsaved edits kept as a draft, the window's size, and the
// language choice.
#include "TestEnv.h"
#include "core/common/AppPaths.h"
#include "core/model/SiteJson.h"
#include "ui/i18n/Language.h"
#include "ui/wizard/RecentProfiles.h"
#include "ui/wizard/SetupWizard.h"
#include "ui/wizard/WizardDraft.h"

#include <QDir>
#include <QFile>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace mpio;
using namespace mpio::ui;

class TestWelcomeSettings : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString profile(int i)
    {
        const QString path = m_dir.filePath(QStringLiteral("site-%1.json").arg(i));
        QFile f(path);
        if (f.open(QIODevice::WriteOnly))
            f.write("{}");
        return path;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        QVERIFY(m_dir.isValid());
    }

    void recentProfilesNewestFirstBoundedAndExisting()
    {
        QVERIFY(RecentProfiles::list().isEmpty());
        for (int i = 1; i <= 10; ++i)
            RecentProfiles::add(profile(i));
        RecentProfiles::add(profile(4)); // again: moves to the front, no duplicate
        const QStringList recent = RecentProfiles::list();
        QCOMPARE(recent.size(), RecentProfiles::kMax);
        QCOMPARE(recent.first(), profile(4));
        QCOMPARE(recent.at(1), profile(10));
        QCOMPARE(recent.count(profile(4)), 1);
        QVERIFY(!recent.contains(profile(1))); // the oldest fell off
        QVERIFY(QFile::remove(profile(10)));
        QVERIFY(!RecentProfiles::list().contains(m_dir.filePath(QStringLiteral("site-10.json"))));
    }

    void welcomeStartsWithTheNewestProfile()
    {
        RecentProfiles::add(profile(7));
        SetupWizard wizard;
        QCOMPARE(wizard.findChild<QLineEdit*>(QStringLiteral("profileEdit"))->text(), profile(7));
        QVERIFY(wizard.findChild<QPushButton*>(QStringLiteral("recentProfilesButton"))->isEnabled());
    }

    void windowSizeComesBack()
    {
        {
            SetupWizard wizard;
            wizard.show();
            QVERIFY(QTest::qWaitForWindowExposed(&wizard));
            wizard.resize(1111, 777);
            QTRY_COMPARE(wizard.size(), QSize(1111, 777));
            wizard.close();
        }
        SetupWizard again;
        QCOMPARE(again.size(), QSize(1111, 777));
    }

    // Closing mid-way with edits keeps them: the edited site as a draft profile, offered first next time;
    // closing without edits keeps nothing.
    void editsSurviveClosingAsADraft()
    {
        AppPaths::setStateDir(m_dir.filePath(QStringLiteral("state")));
        const QString original = mpio::test::dataPath(QStringLiteral("profiles/seed-two-paths.json"));
        {
            SetupWizard wizard;
            wizard.draft()->profilePath = original;
            wizard.draft()->site = SiteJson::loadFile(original).value();
            wizard.reject(); // unchanged: no draft
        }
        QVERIFY(!QDir(m_dir.filePath(QStringLiteral("state/drafts"))).exists() ||
                QDir(m_dir.filePath(QStringLiteral("state/drafts"))).isEmpty());
        {
            SetupWizard wizard;
            wizard.draft()->profilePath = original;
            wizard.draft()->site = SiteJson::loadFile(original).value();
            wizard.draft()->site.hosts[0].paths[0].ip = QStringLiteral("10.20.10.13"); // edited on the way
            wizard.reject();
        }
        const QString draft = RecentProfiles::list().value(0);
        QVERIFY2(draft.startsWith(m_dir.filePath(QStringLiteral("state/drafts/"))), qPrintable(draft));
        const auto kept = SiteJson::loadFile(draft);
        QVERIFY(kept.ok());
        QCOMPARE(kept->hosts[0].paths[0].ip, QStringLiteral("10.20.10.13"));
        SetupWizard next;
        QCOMPARE(next.findChild<QLineEdit*>(QStringLiteral("profileEdit"))->text(), draft);
    }

    void languageChoiceIsStoredAndCheckedOnRead()
    {
        QCOMPARE(Language::setting(), QStringLiteral("system"));
        Language::setSetting(QStringLiteral("de"));
        QCOMPARE(Language::setting(), QStringLiteral("de"));
        QCOMPARE(Language::resolve(Language::setting()), QStringLiteral("de"));
        QSettings().setValue(QStringLiteral("ui/language"), QStringLiteral("klingon")); // hand-edited
        QCOMPARE(Language::setting(), QStringLiteral("system"));
        QCOMPARE(Language::resolve(QStringLiteral("en")), QStringLiteral("en"));
    }

    void cleanupTestCase() { QSettings().clear(); }
};

QTEST_MAIN(TestWelcomeSettings)
#include "tst_welcome_settings.moc"
