// German (issue 7): the .ts is complete and keeps every placeholder, the embedded .qm loads, and the strings
// reach the screen — core messages from members and from file-local helpers (whose runtime context must be
// the one lupdate filed them under), every wizard page's title, and the wizard against the lab up to the
// plan. With MPIO_SCREENSHOT_DIR set, the German pages are saved as de-*.png (./run.sh screenshots).
#include "LabProcess.h"
#include "TestEnv.h"
#include "core/model/SiteJson.h"
#include "core/plan/JournalReader.h"
#include "core/validation/SiteValidator.h"
#include "ui/i18n/Language.h"
#include "ui/wizard/PageId.h"
#include "ui/wizard/SetupWizard.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QSet>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>
#include <QXmlStreamReader>

using namespace mpio;
using namespace mpio::ui;

namespace {

// Messages whose wording comes from the core: a profile with a secret (refused by a free function in
// SiteJson.cpp), a broken profile's findings (SiteRules), an unreadable journal (JournalReader's members).
QStringList coreMessages()
{
    QStringList out;
    const auto secret = SiteJson::load(R"({"schema":"mpio-wizard/site","version":1,"name":"x",
        "truenas":{"address":"10.0.0.1","apiKey":"1-abc"}})");
    out << (secret ? QString() : secret.error().toString());
    const auto broken = SiteJson::loadFile(test::dataPath(QStringLiteral("profiles/seed-broken.json")));
    if (broken)
        for (const Finding& f : SiteValidator::validate(*broken))
            out << f.message + QLatin1Char(' ') + f.fix;
    const auto journal = JournalReader::parse("not a journal\n", QStringLiteral("x.journal"));
    out << (journal ? QString() : journal.error().toString());
    return out;
}

QMap<int, QString> pageTitles()
{
    SetupWizard wizard;
    QMap<int, QString> titles;
    for (int id : wizard.pageIds())
        titles.insert(id, wizard.page(id)->title());
    return titles;
}

QSet<QString> placeholders(const QString& text)
{
    static const QRegularExpression re(QStringLiteral("%(\\d+|n)"));
    QSet<QString> found;
    for (auto it = re.globalMatch(text); it.hasNext();)
        found.insert(it.next().captured());
    return found;
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

    QStringList m_englishCore;
    QMap<int, QString> m_englishTitles;

    void shot(QWidget* w, const QString& name)
    {
        const QString dir = qEnvironmentVariable("MPIO_SCREENSHOT_DIR");
        if (dir.isEmpty())
            return;
        QDir().mkpath(dir);
        QTest::qWait(100);
        QVERIFY(w->grab().save(dir + QStringLiteral("/de-") + name + QStringLiteral(".png")));
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true); // the wizard's QSettings: not the user's own
        QSettings().clear();
        m_englishCore = coreMessages();
        m_englishTitles = pageTitles();
        QVERIFY(m_englishCore.size() >= 4);
        QVERIFY(Language::install(QCoreApplication::instance(), QStringLiteral("de")));
    }

    void tsFileIsCompleteWithItsPlaceholders()
    {
        QFile ts(QStringLiteral(MPIO_SOURCE_DIR "/translations/mpio_wizard_de.ts"));
        QVERIFY(ts.open(QIODevice::ReadOnly));
        QXmlStreamReader xml(&ts);
        int messages = 0;
        QString source, context;
        QStringList problems;
        while (!xml.atEnd()) {
            xml.readNext();
            if (!xml.isStartElement())
                continue;
            if (xml.name() == QLatin1String("name"))
                context = xml.readElementText();
            else if (xml.name() == QLatin1String("source"))
                source = xml.readElementText();
            else if (xml.name() == QLatin1String("translation")) {
                ++messages;
                const bool unfinished =
                    xml.attributes().value(QLatin1String("type")) == QLatin1String("unfinished");
                const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
                if (unfinished || text.trimmed().isEmpty())
                    problems << context + QStringLiteral(": untranslated: ") + source;
                else if (placeholders(text) != placeholders(source))
                    problems << context + QStringLiteral(": placeholders differ: ") + source +
                                    QStringLiteral(" → ") + text;
            }
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QVERIFY2(messages > 1000, qPrintable(QString::number(messages)));
        QVERIFY2(problems.isEmpty(), qPrintable(problems.mid(0, 10).join(u'\n')));
    }

    void coreMessagesAreGerman()
    {
        const QStringList german = coreMessages();
        QCOMPARE(german.size(), m_englishCore.size());
        for (qsizetype i = 0; i < german.size(); ++i)
            QVERIFY2(german[i] != m_englishCore[i],
                     qPrintable(QStringLiteral("still English: ") + german[i]));
    }

    void everyPageTitleIsGerman()
    {
        const QMap<int, QString> german = pageTitles();
        QCOMPARE(german.keys(), m_englishTitles.keys());
        for (auto it = german.cbegin(); it != german.cend(); ++it)
            QVERIFY2(it.value() != m_englishTitles.value(it.key()), qPrintable(it.value()));
    }

    void germanWizardAgainstTheLab()
    {
        test::LabProcess lab;
        QString error;
        QVERIFY2(lab.start(QStringLiteral("seed-two-paths"), &error), qPrintable(error));
        SetupWizard wizard;
        wizard.preset(test::dataPath(QStringLiteral("profiles/seed-two-paths.json")), lab.stateDir());
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        shot(&wizard, QStringLiteral("1-welcome"));
        wizard.next();
        QCOMPARE(wizard.currentId(), int(DiscoverPageId));
        QTRY_VERIFY_WITH_TIMEOUT(wizard.currentPage()->isComplete(), 30000);
        shot(&wizard, QStringLiteral("2-discover"));
        wizard.next();
        QCOMPARE(wizard.currentId(), int(PathsPageId));
        shot(&wizard, QStringLiteral("4-paths"));
        wizard.next();
        QCOMPARE(wizard.currentId(), int(StoragePageId));
        shot(&wizard, QStringLiteral("5-storage"));
        wizard.next();
        QCOMPARE(wizard.currentId(), int(JumboPageId));
        QTRY_VERIFY_WITH_TIMEOUT(wizard.currentPage()->isComplete(), 30000);
        wizard.next();
        QCOMPARE(wizard.currentId(), int(PlanPageId));
        // The plan's words come from Planner and PlanRenderer (members and helpers): German there too.
        const QString plan = wizard.findChild<QPlainTextEdit*>(QStringLiteral("planText"))->toPlainText();
        QVERIFY(plan.contains(QLatin1String("esxcli")));
        QVERIFY2(!plan.contains(QLatin1String("Add the static target")), qPrintable(plan.left(2000)));
        shot(&wizard, QStringLiteral("7-plan"));
    }
};

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
