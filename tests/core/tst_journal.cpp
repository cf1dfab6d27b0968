#include "PlanTestWorld.h"
#include "core/common/AppPaths.h"
#include "core/log/Log.h"
#include "core/log/Redactor.h"
#include "core/plan/Journal.h"
#include "core/plan/JournalReader.h"
#include "core/plan/PlanJson.h"
#include "core/plan/PlanRunner.h"
#include "core/platform/FileSync.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <functional>

using namespace mpio;
using namespace mpio::test;

namespace {

QByteArray readAll(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool writeAll(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

QList<QJsonObject> linesOf(const QByteArray& bytes)
{
    QList<QJsonObject> out;
    for (const QByteArray& l : bytes.split('\n'))
        if (!l.isEmpty())
            out << QJsonDocument::fromJson(l).object();
    return out;
}

QByteArray join(const QList<QJsonObject>& lines, bool renumber)
{
    QByteArray out;
    for (int i = 0; i < lines.size(); ++i) {
        QJsonObject o = lines.at(i);
        if (renumber)
            o.insert(QStringLiteral("seq"), i + 1);
        out += QJsonDocument(o).toJson(QJsonDocument::Compact) + '\n';
    }
    return out;
}

int indexOfEvent(const QList<QJsonObject>& lines, const QString& event, const QString& op)
{
    for (int i = 0; i < lines.size(); ++i)
        if (lines.at(i).value(QStringLiteral("event")).toString() == event &&
            lines.at(i).value(QStringLiteral("op")).toString() == op)
            return i;
    return -1;
}

// Executes nothing: counts calls (a refused journal must not reach a system).
class CountingExecutor : public OperationExecutor
{
public:
    int calls = 0;
    void execute(const Operation&, const Action&, std::function<void(Result<QJsonObject>)> done) override
    {
        ++calls;
        done(QJsonObject{});
    }
};

} // namespace

// The journal on disk: what it records, that it never holds a secret, and that a damaged one is refused.
class TestJournal : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_stopped; // a journal of an apply that failed at step 9 and was stopped

    PlanRunner::Options options()
    {
        PlanRunner::Options o;
        o.journalDir = m_dir.path();
        return o;
    }

private slots:
    void initTestCase()
    {
        Log::initForTests();
        QVERIFY(m_dir.isValid());
        WorldExecutor ex;
        ex.state = initialWorld();
        ex.failAtApply = 9;
        PlanRunner runner(&ex, options());
        QSignalSpy decision(&runner, &PlanRunner::decisionNeeded);
        QSignalSpy finished(&runner, &PlanRunner::finished);
        QVERIFY(runner.start(worldPlan()).ok());
        QVERIFY(decision.count() == 1 || decision.wait(5000));
        runner.stop();
        QVERIFY(finished.count() == 1 || finished.wait(5000));
        m_stopped = runner.journalPath();
    }

    void namingAndLocation()
    {
        const QDateTime t(QDate(2026, 11, 24), QTime(15, 37, 45), Qt::UTC);
        QCOMPARE(Journal::fileNameFor(QStringLiteral("seed two/paths"), t),
                 QStringLiteral("seed_two_paths-20261124T153745Z.jsonl"));
        QCOMPARE(Journal::fileNameFor(QStringLiteral(""), t), QStringLiteral("site-20261124T153745Z.jsonl"));
        QCOMPARE(Journal::fileNameFor(QStringLiteral("../x"), t), QStringLiteral("x-20261124T153745Z.jsonl"));
        // Default folder: AppPaths::journalDir(); two journals in the same second do not collide.
        QTemporaryDir state;
        AppPaths::setStateDir(state.path());
        const auto a = Journal::create(worldPlan());
        const auto b = Journal::create(worldPlan());
        AppPaths::setStateDir({});
        QVERIFY(a.ok() && b.ok());
        QVERIFY((*a)->path().startsWith(state.path() + QStringLiteral("/journals/test-site-")));
        QVERIFY((*a)->path() != (*b)->path());
        QCOMPARE((*a)->lastSeq(), 1 + int(worldPlan().operations.size()));
    }

    void stoppedJournalReadsBackExactly()
    {
        const auto c = JournalReader::load(m_stopped);
        QVERIFY2(c.ok(), c.ok() ? "" : qPrintable(c.error().toString()));
        QVERIFY(!c->truncatedTail);
        QCOMPARE(c->plan, worldPlan());
        QCOMPARE(c->idsIn(JournalStepState::Failed).size(), 1);
        QCOMPARE(c->lastEvent, QStringLiteral("finished"));
        const QJsonObject last = c->events.constLast();
        QCOMPARE(last.value(QStringLiteral("outcome")).toString(), QStringLiteral("stopped"));
        QStringList applied;
        for (const QJsonValue& v : last.value(QStringLiteral("applied")).toArray())
            applied << v.toString();
        QCOMPARE(applied, c->appliedOrder);
        QCOMPARE(applied.size() + c->idsIn(JournalStepState::Failed).size() +
                     c->idsIn(JournalStepState::Pending).size(),
                 worldPlan().operations.size());
        QCOMPARE(c->statusText().value(c->idsIn(JournalStepState::Failed).constFirst()),
                 QStringLiteral("failed"));
    }

    void damagedJournalsAreRefusedAndNothingRuns_data()
    {
        QTest::addColumn<QString>("damage");
        QTest::addColumn<QString>("expected");
        QTest::newRow("bad JSON in the middle")
            << QStringLiteral("badjson") << QStringLiteral("not a JSON object");
        QTest::newRow("sequence gap") << QStringLiteral("gap") << QStringLiteral("sequence number");
        QTest::newRow("unknown step id")
            << QStringLiteral("unknown") << QStringLiteral("unknown operation “esx09/vmk9/create”");
        QTest::newRow("step before its dependency")
            << QStringLiteral("order") << QStringLiteral("before its dependency");
        QTest::newRow("outcome without start")
            << QStringLiteral("nostart") << QStringLiteral("never started");
        QTest::newRow("plan edited, hash mismatch") << QStringLiteral("hash") << QStringLiteral("plan hash");
        QTest::newRow("second header") << QStringLiteral("header2") << QStringLiteral("a second header");
        QTest::newRow("bad last line with newline")
            << QStringLiteral("badlast") << QStringLiteral("not a JSON object");
        QTest::newRow("unknown event") << QStringLiteral("event") << QStringLiteral("unknown event");
        QTest::newRow("empty file") << QStringLiteral("empty") << QStringLiteral("empty");
    }
    void damagedJournalsAreRefusedAndNothingRuns()
    {
        QFETCH(QString, damage);
        QFETCH(QString, expected);
        const QByteArray good = readAll(m_stopped);
        QList<QJsonObject> lines = linesOf(good);
        QByteArray bad;
        const int mid = int(lines.size()) / 2;
        if (damage == QLatin1String("badjson")) {
            QList<QByteArray> raw = good.split('\n');
            raw[mid] = "{\"seq\": 12, \"event\": \"sta";
            bad = raw.join('\n');
        } else if (damage == QLatin1String("gap")) {
            lines.removeAt(mid);
            bad = join(lines, false);
        } else if (damage == QLatin1String("unknown")) {
            const int i = indexOfEvent(lines, QStringLiteral("started"), QStringLiteral("esx01/vmk2/create"));
            lines[i].insert(QStringLiteral("op"), QStringLiteral("esx09/vmk9/create"));
            bad = join(lines, false);
        } else if (damage == QLatin1String("order")) {
            // The rescan's start moved before anything succeeded (renumbered, so only the order is wrong).
            const int i =
                indexOfEvent(lines, QStringLiteral("started"), QStringLiteral("truenas/service/start"));
            QVERIFY(i > 0);
            const QJsonObject line = lines.takeAt(i);
            lines.insert(1 + int(worldPlan().operations.size()), line);
            bad = join(lines, true);
        } else if (damage == QLatin1String("nostart")) {
            lines.removeAt(
                indexOfEvent(lines, QStringLiteral("started"), QStringLiteral("truenas/extent/create")));
            bad = join(lines, true);
        } else if (damage == QLatin1String("hash")) {
            QJsonObject plan = lines[0].value(QStringLiteral("plan")).toObject();
            QJsonArray ops = plan.value(QStringLiteral("operations")).toArray();
            QJsonObject first = ops.at(0).toObject();
            first.insert(QStringLiteral("description"), QStringLiteral("something else"));
            ops.replace(0, first);
            plan.insert(QStringLiteral("operations"), ops);
            lines[0].insert(QStringLiteral("plan"), plan);
            bad = join(lines, false);
        } else if (damage == QLatin1String("header2")) {
            lines.append(lines.constFirst());
            bad = join(lines, true);
        } else if (damage == QLatin1String("badlast")) {
            bad = good + "{\"seq\": 999,\n";
        } else if (damage == QLatin1String("event")) {
            lines[mid].insert(QStringLiteral("event"), QStringLiteral("teleported"));
            bad = join(lines, false);
        } else {
            bad.clear();
        }
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("damaged.jsonl"));
        QVERIFY(writeAll(path, bad));

        const auto c = JournalReader::load(path);
        QVERIFY(!c.ok());
        QCOMPARE(c.error().code, QStringLiteral("journal.corrupt"));
        QVERIFY2(c.error().message.contains(expected), qPrintable(c.error().message));
        QVERIFY(c.error().message.contains(QStringLiteral("line")));

        CountingExecutor ex;
        PlanRunner resume(&ex, options());
        QVERIFY(!resume.resume(path).ok());
        PlanRunner rollback(&ex, options());
        QVERIFY(!rollback.rollback(path).ok());
        QTest::qWait(20); // a queued start would run now; none may
        QCOMPARE(ex.calls, 0);
        QCOMPARE(readAll(path), bad); // untouched
    }

    void oneWriterPerJournal()
    {
        auto j = Journal::create(worldPlan(), m_dir.path());
        QVERIFY(j.ok());
        const QString path = (*j)->path();
        const auto c = JournalReader::load(path);
        QVERIFY(c.ok());
        const auto second = Journal::reopen(path, c->validBytes, c->lastSeq);
        QVERIFY(!second.ok());
        QCOMPARE(second.error().code, QStringLiteral("journal.busy"));
        CountingExecutor ex;
        PlanRunner runner(&ex, options());
        QCOMPARE(runner.resume(path).error().code, QStringLiteral("journal.busy"));
        const QByteArray before = readAll(path);
        j->reset(); // the first writer is done (or its process died): the journal is free again
        QCOMPARE(readAll(path), before);
        QVERIFY(Journal::reopen(path, c->validBytes, c->lastSeq).ok());
        QVERIFY(!QFile::exists(path + QStringLiteral(".lock")));
    }

    void tornLastLineIsToleratedAndCutOnResume()
    {
        QByteArray bytes = readAll(m_stopped);
        // Drop the final "finished" line and tear the one before it in half, as a crash mid-write does.
        bytes.chop(1);
        bytes = bytes.left(bytes.lastIndexOf('\n') + 1);
        const qint64 keep = bytes.lastIndexOf('\n', bytes.size() - 2) + 1;
        const QByteArray torn = bytes.left(keep + (bytes.size() - keep) / 2);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("torn.jsonl"));
        QVERIFY(writeAll(path, torn));
        const auto c = JournalReader::load(path);
        QVERIFY2(c.ok(), c.ok() ? "" : qPrintable(c.error().toString()));
        QVERIFY(c->truncatedTail);
        QVERIFY(c->truncationNote.contains(QStringLiteral("torn")));
        QCOMPARE(c->validBytes, keep);

        WorldExecutor ex;
        ex.state = initialWorld();
        for (const QString& id : c->appliedOrder) // the world as the stopped apply left it
            (void)ex.apply(worldPlan().find(id)->action);
        PlanRunner runner(&ex, options());
        QSignalSpy finished(&runner, &PlanRunner::finished);
        QVERIFY(runner.resume(path).ok());
        QVERIFY(finished.count() == 1 || finished.wait(5000));
        QCOMPARE(runner.outcome(), PlanRunner::Outcome::Completed);
        const auto after = JournalReader::load(path);
        QVERIFY2(after.ok(), after.ok() ? "" : qPrintable(after.error().toString()));
        QVERIFY(!after->truncatedTail);
        QVERIFY(!readAll(path).contains(torn.mid(int(keep))));
        QCOMPARE(after->idsIn(JournalStepState::Succeeded).size(), worldPlan().operations.size());
    }

    void secretsNeverReachTheJournal()
    {
        const QString secret = QStringLiteral("Chap-S3cret-7781");
        Redactor::add(secret);
        const QString ref =
            Action::keychainRef(QStringLiteral("mpio-wizard"), QStringLiteral("test-site/chap"));

        // (1) A planner bug puts the value inline: validation refuses the plan, and even a journal written
        //     directly masks it.
        Plan leaky;
        leaky.siteName = QStringLiteral("leaky");
        Operation chap;
        chap.id = QStringLiteral("truenas/auth/create");
        chap.side = Side::TrueNas;
        chap.host = QStringLiteral("truenas");
        chap.description = QStringLiteral("Create the CHAP credential");
        chap.action = Action::truenas(QStringLiteral("iscsi.auth.create"),
                                      QJsonArray{QJsonObject{{QStringLiteral("user"), QStringLiteral("esx")},
                                                             {QStringLiteral("secret"), secret}}},
                                      {QStringLiteral("/params/0/secret")});
        chap.undoNote = QStringLiteral("test");
        leaky.operations << chap;
        CountingExecutor counting;
        PlanRunner refused(&counting, options());
        QVERIFY(!refused.start(leaky).ok());
        QTemporaryDir dir;
        auto j = Journal::create(leaky, dir.path());
        QVERIFY(j.ok());
        QVERIFY(
            (*j)->succeeded(chap.id, StepPhase::Apply, QJsonObject{{QStringLiteral("echo"), secret}}).ok());
        QByteArray file = readAll((*j)->path());
        QVERIFY(!file.isEmpty());
        QVERIFY(!file.contains(secret.toUtf8()));
        QVERIFY(file.contains(QByteArray(Redactor::kMask)));

        // (2) The right way: a keychain reference, resolved by the executor, which then echoes the secret in
        //     its facts and its error (as a careless client might). Still nothing on disk.
        chap.action.payload = QJsonObject{
            {QStringLiteral("method"), QStringLiteral("iscsi.auth.create")},
            {QStringLiteral("params"), QJsonArray{QJsonObject{{QStringLiteral("user"), QStringLiteral("esx")},
                                                              {QStringLiteral("secret"), ref}}}}};
        Operation second = chap;
        second.id = QStringLiteral("truenas/auth/update");
        second.dependsOn = {chap.id};
        Plan good;
        good.siteName = QStringLiteral("good");
        good.operations << chap << second;
        QVERIFY(good.validate().ok());
        struct Resolving : OperationExecutor
        {
            QString secret;
            QString resolvedFrom;
            void execute(const Operation& op, const Action& action,
                         std::function<void(Result<QJsonObject>)> done) override
            {
                resolvedFrom = JsonPointer::get(action.payload, action.sensitive.value(0)).toString();
                if (op.id.endsWith(QLatin1String("update"))) {
                    done(Error::make(QStringLiteral("truenas.validation"),
                                     QStringLiteral("secret %1 too long").arg(secret)));
                    return;
                }
                done(QJsonObject{{QStringLiteral("after"), QJsonObject{{QStringLiteral("id"), 3},
                                                                       {QStringLiteral("secret"), secret}}}});
            }
        } resolving;
        resolving.secret = secret;
        PlanRunner runner(&resolving, options());
        QSignalSpy decision(&runner, &PlanRunner::decisionNeeded);
        QVERIFY(runner.start(good).ok());
        QVERIFY(decision.count() == 1 || decision.wait(5000));
        runner.stop();
        QCOMPARE(resolving.resolvedFrom, ref); // the executor got the reference, not a value
        file = readAll(runner.journalPath());
        QVERIFY(file.contains(ref.toUtf8()));
        QVERIFY(file.contains("too long"));
        QVERIFY(!file.contains(secret.toUtf8()));
        Redactor::remove(secret);
    }

    void fileSync()
    {
        QTemporaryDir dir;
        QFile f(dir.filePath(QStringLiteral("x")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("line\n");
        QVERIFY(FileSync::sync(f).ok());
        QVERIFY(FileSync::syncDirectory(dir.path()).ok());
        f.close();
        QCOMPARE(FileSync::sync(f).error().code, QStringLiteral("io.sync"));
        QVERIFY(!FileSync::syncDirectory(dir.filePath(QStringLiteral("missing"))).ok());
    }
};

QTEST_GUILESS_MAIN(TestJournal)
#include "tst_journal.moc"
