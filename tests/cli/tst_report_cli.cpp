// mpioctl report (issue 8): the as-built report from a real journal (written through core/plan/Journal) and
// the seed profile, as HTML and JSON; every change with its status; no secret; bad input refused.
#include "TestEnv.h"
#include "core/log/Redactor.h"
#include "core/plan/Journal.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace mpio;

class TestReportCli : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_journal;
    const QString m_secret = QStringLiteral("Chap-Secret-1234");

    // The child's locale is pinned (C unless a test asks for another): --lang system follows it.
    static int mpioctl(const QStringList& args, QByteArray* out = nullptr,
                       const QString& locale = QStringLiteral("C"))
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("LC_ALL"), locale);
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(MPIOCTL_BIN), args);
        if (!p.waitForFinished(20000))
            return -1;
        if (out)
            *out = p.readAllStandardOutput() + p.readAllStandardError();
        return p.exitCode();
    }

    QString path(const QString& name) const { return m_dir.filePath(name); }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        Plan plan;
        plan.siteName = QStringLiteral("seed-two-paths");
        Operation vmk;
        vmk.id = QStringLiteral("esx01/vmk2/create");
        vmk.host = QStringLiteral("esx01");
        vmk.description = QStringLiteral("Create vmk2 on port group iSCSI-A");
        vmk.action =
            Action::esxcli({QStringLiteral("network"), QStringLiteral("ip"), QStringLiteral("interface"),
                            QStringLiteral("add"), QStringLiteral("-i"), QStringLiteral("vmk2"),
                            QStringLiteral("-p"), QStringLiteral("iSCSI-A")});
        vmk.undo =
            Action::esxcli({QStringLiteral("network"), QStringLiteral("ip"), QStringLiteral("interface"),
                            QStringLiteral("remove"), QStringLiteral("-i"), QStringLiteral("vmk2")});
        Operation chap;
        chap.id = QStringLiteral("truenas/auth/create");
        chap.side = Side::TrueNas;
        chap.host = QStringLiteral("truenas");
        chap.description = QStringLiteral("Create the CHAP entry");
        chap.action = Action::truenas(
            QStringLiteral("iscsi.auth.create"),
            QJsonArray{QJsonObject{{QStringLiteral("tag"), 1},
                                   {QStringLiteral("user"), QStringLiteral("esx-chap")},
                                   {QStringLiteral("secret"),
                                    Action::keychainRef(QStringLiteral("mpio"), QStringLiteral("chap"))}}},
            {QStringLiteral("/params/0/secret")});
        chap.undo = Action::truenas(QStringLiteral("iscsi.auth.delete"),
                                    QJsonArray{Action::fact(QStringLiteral("/after/id"))});
        plan.operations = {vmk, chap};
        plan.decisions = {PlanDecision{QStringLiteral("binding"), QStringLiteral("ESX-BINDING-SAME-SUBNET"),
                                       QStringLiteral("No port binding"),
                                       QStringLiteral("Each path has its own subnet.")}};
        auto journal = Journal::create(plan, m_dir.path());
        QVERIFY2(journal.ok(), qPrintable(journal.ok() ? QString() : journal.error().toString()));
        QVERIFY((*journal)->started(vmk.id, StepPhase::Apply, 1).ok());
        QVERIFY((*journal)->succeeded(vmk.id, StepPhase::Apply, {}).ok());
        QVERIFY((*journal)->started(chap.id, StepPhase::Apply, 1).ok());
        // A secret that slipped into an error text must not reach the report (the Redactor knows it).
        Redactor::add(m_secret);
        QVERIFY(
            (*journal)
                ->failed(chap.id, StepPhase::Apply,
                         Error::make(QStringLiteral("truenas.call"), QStringLiteral("refused ") + m_secret))
                .ok());
        QVERIFY((*journal)->started(vmk.id, StepPhase::Undo, 1).ok());
        QVERIFY((*journal)->succeeded(vmk.id, StepPhase::Undo, {}).ok());
        m_journal = (*journal)->path();
    }

    void htmlReport()
    {
        QByteArray out;
        QCOMPARE(mpioctl({QStringLiteral("report"), QStringLiteral("--journal"), m_journal,
                          QStringLiteral("--profile"),
                          test::dataPath(QStringLiteral("profiles/seed-two-paths.json")),
                          QStringLiteral("-o"), path(QStringLiteral("r.html"))},
                         &out),
                 0);
        QVERIFY2(out.contains("report written"), out.constData());
        const QByteArray html = test::readFile(path(QStringLiteral("r.html")));
        QVERIFY(html.startsWith("<!DOCTYPE html>"));
        QVERIFY(html.contains("network ip interface add -i vmk2 -p iSCSI-A"));
        QVERIFY(html.contains("network ip interface remove -i vmk2")); // the undo, as rolled back
        QVERIFY(html.contains("rolled back"));
        QVERIFY(html.contains("iscsi.auth.create"));
        QVERIFY(html.contains("No port binding"));
        QVERIFY(html.contains("10.20.10.")); // the profile's paths
        QVERIFY(!html.contains(m_secret.toUtf8()));
    }

    // issue 8: "German and English, following the UI language" — for mpioctl, --lang or the locale.
    void germanReport()
    {
        const QStringList base{QStringLiteral("report"), QStringLiteral("--journal"), m_journal};
        QByteArray out;
        QCOMPARE(
            mpioctl(base + QStringList{QStringLiteral("--lang"), QStringLiteral("de"), QStringLiteral("-o"),
                                       path(QStringLiteral("de.html")), QStringLiteral("--json")},
                    &out),
            0);
        QVERIFY2(out.contains("\"language\": \"de\""), out.constData());
        const QByteArray de = test::readFile(path(QStringLiteral("de.html")));
        QVERIFY2(de.contains("zurückgerollt"), de.left(400).constData()); // "rolled back"
        QVERIFY(!de.contains(">rolled back<"));
        QVERIFY(de.contains("network ip interface add -i vmk2 -p iSCSI-A")); // commands stay verbatim
        QVERIFY(!de.contains(m_secret.toUtf8()));

        // --lang system (the default) follows the locale: German for de_DE, English for C.
        QCOMPARE(mpioctl(base + QStringList{QStringLiteral("-o"), path(QStringLiteral("sys-de.html"))},
                         nullptr, QStringLiteral("de_DE.UTF-8")),
                 0);
        QVERIFY(test::readFile(path(QStringLiteral("sys-de.html"))).contains("zurückgerollt"));
        QCOMPARE(mpioctl(base + QStringList{QStringLiteral("--lang"), QStringLiteral("en"),
                                            QStringLiteral("-o"), path(QStringLiteral("en.html"))},
                         nullptr, QStringLiteral("de_DE.UTF-8")),
                 0);
        const QByteArray en = test::readFile(path(QStringLiteral("en.html")));
        QVERIFY(en.contains("rolled back") && !en.contains("zurückgerollt"));
    }

    void jsonReport()
    {
        QCOMPARE(mpioctl({QStringLiteral("report"), QStringLiteral("--journal"), m_journal,
                          QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("-o"),
                          path(QStringLiteral("r.json"))}),
                 0);
        const QJsonObject r =
            QJsonDocument::fromJson(test::readFile(path(QStringLiteral("r.json")))).object();
        QCOMPARE(r.value(QStringLiteral("schema")).toString(), QStringLiteral("mpio-report/1"));
        const QJsonArray changes = r.value(QStringLiteral("changes")).toArray();
        QStringList statuses;
        for (const QJsonValue& c : changes)
            statuses << c.toObject().value(QStringLiteral("status")).toString();
        QCOMPARE(statuses, (QStringList{QStringLiteral("applied"), QStringLiteral("failed"),
                                        QStringLiteral("rolled back")}));
        QCOMPARE(r.value(QStringLiteral("decisions")).toArray().size(), 1);
        QVERIFY(!test::readFile(path(QStringLiteral("r.json"))).contains(m_secret.toUtf8()));
    }

    void badInput_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        QTest::newRow("no journal") << QStringList{QStringLiteral("-o"), QStringLiteral("x.html")}
                                    << QStringLiteral("needs --journal");
        QTest::newRow("pdf") << QStringList{QStringLiteral("--journal"), QStringLiteral("j"),
                                            QStringLiteral("--format"),  QStringLiteral("pdf"),
                                            QStringLiteral("-o"),        QStringLiteral("x.pdf")}
                             << QStringLiteral("mpio-wizard");
        QTest::newRow("unknown format")
            << QStringList{QStringLiteral("--journal"), QStringLiteral("j"),  QStringLiteral("--format"),
                           QStringLiteral("doc"),       QStringLiteral("-o"), QStringLiteral("x")}
            << QStringLiteral("unknown --format");
        QTest::newRow("unknown language")
            << QStringList{QStringLiteral("--journal"), QStringLiteral("j"),  QStringLiteral("--lang"),
                           QStringLiteral("fr"),        QStringLiteral("-o"), QStringLiteral("x")}
            << QStringLiteral("unknown --lang 'fr': use en, de or system");
        QTest::newRow("missing journal")
            << QStringList{QStringLiteral("--journal"), QStringLiteral("/nonexistent.jsonl"),
                           QStringLiteral("-o"), QStringLiteral("x")}
            << QStringLiteral("nonexistent");
    }
    void badInput()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        QByteArray out;
        QCOMPARE(mpioctl(QStringList{QStringLiteral("report")} + args, &out), 2);
        QVERIFY2(out.contains(message.toUtf8()), out.constData());
    }
};

QTEST_GUILESS_MAIN(TestReportCli)
#include "tst_report_cli.moc"
