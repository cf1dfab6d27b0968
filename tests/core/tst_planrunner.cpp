#include "PlanTestWorld.h"
#include "core/log/Log.h"
#include "core/plan/ExecutorRouter.h"
#include "core/plan/JournalReader.h"
#include "core/plan/PlanRunner.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QMutex>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QThreadPool>
#include <memory>

using namespace mpio;
using namespace mpio::test;

// Turns the executor's crash callback into a signal a QSignalSpy can wait for.
class CrashProbe : public QObject
{
    Q_OBJECT
signals:
    void crashed();
};

// PlanRunner against the simulated world: every failure position rolls back to the initial state, every crash
// position resumes to the same end state as an uninterrupted apply, limits hold, cancel runs nothing new.
class TestPlanRunner : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    int m_faultCases = 0;

    PlanRunner::Options options(int perHost = 1, int parallel = 8)
    {
        PlanRunner::Options o;
        o.maxPerHost = perHost;
        o.maxParallel = parallel;
        o.journalDir = m_dir.path();
        return o;
    }

    // The reference end state: every action applied one after another, in dependency order.
    static QJsonObject uninterruptedState()
    {
        WorldExecutor ex;
        ex.state = initialWorld();
        const Plan plan = worldPlan();
        const QStringList order = plan.topologicalOrder().value();
        for (const QString& id : order)
            (void)ex.apply(plan.find(id)->action);
        return ex.state;
    }

    static QList<QJsonObject> journalLines(const QString& path)
    {
        QList<QJsonObject> out;
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            return out;
        for (const QByteArray& line : f.readAll().split('\n'))
            if (!line.isEmpty())
                out << QJsonDocument::fromJson(line).object();
        return out;
    }

    static QString dump(const QJsonObject& o)
    {
        return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
    }

private slots:
    void initTestCase()
    {
        Log::initForTests();
        QVERIFY(m_dir.isValid());
    }

    void completeApplyMatchesReferenceAndJournalIsOrdered()
    {
        WorldExecutor ex;
        ex.state = initialWorld();
        PlanRunner runner(&ex, options(1, 8));
        QSignalSpy finished(&runner, &PlanRunner::finished);
        QSignalSpy started(&runner, &PlanRunner::operationStarted);
        QSignalSpy succeeded(&runner, &PlanRunner::operationSucceeded);
        QSignalSpy progress(&runner, &PlanRunner::progress);
        const Plan plan = worldPlan();
        QVERIFY(runner.start(plan).ok());
        QVERIFY(finished.wait(5000));
        QCOMPARE(finished.at(0).at(0).value<PlanRunner::Outcome>(), PlanRunner::Outcome::Completed);
        QCOMPARE(dump(ex.state), dump(uninterruptedState()));
        QCOMPARE(started.count(), plan.operations.size());
        QCOMPARE(succeeded.count(), plan.operations.size());
        QCOMPARE(progress.constLast().at(0).toInt(), int(plan.operations.size()));
        QVERIFY(QFileInfo(runner.journalPath()).fileName().startsWith(QLatin1String("test-site-")));
        QVERIFY(runner.journalPath().endsWith(QLatin1String(".jsonl")));

        // Journal: header, one planned line per operation, started before succeeded, dependencies first.
        const QList<QJsonObject> lines = journalLines(runner.journalPath());
        QCOMPARE(lines.constFirst().value(QStringLiteral("event")).toString(), QStringLiteral("header"));
        QCOMPARE(lines.constFirst().value(QStringLiteral("site")).toString(), QStringLiteral("test-site"));
        QCOMPARE(lines.constFirst().value(QStringLiteral("profileHash")).toString(),
                 QStringLiteral("0123abcd"));
        QCOMPARE(lines.constFirst().value(QStringLiteral("toolVersion")).toString(),
                 QLatin1String(MPIO_VERSION));
        QHash<QString, int> startedAt, succeededAt;
        int planned = 0;
        for (int i = 0; i < lines.size(); ++i) {
            QCOMPARE(lines.at(i).value(QStringLiteral("seq")).toInt(), i + 1);
            const QString ev = lines.at(i).value(QStringLiteral("event")).toString();
            const QString op = lines.at(i).value(QStringLiteral("op")).toString();
            if (ev == QLatin1String("planned"))
                ++planned;
            else if (ev == QLatin1String("started"))
                startedAt.insert(op, i);
            else if (ev == QLatin1String("succeeded")) {
                succeededAt.insert(op, i);
                QVERIFY(lines.at(i).contains(QStringLiteral("undo")));
            }
        }
        QCOMPARE(planned, plan.operations.size());
        for (const Operation& op : plan.operations) {
            QVERIFY2(startedAt.contains(op.id) && succeededAt.contains(op.id), qPrintable(op.id));
            QVERIFY(startedAt.value(op.id) < succeededAt.value(op.id));
            for (const QString& dep : op.dependsOn)
                QVERIFY2(succeededAt.value(dep) < startedAt.value(op.id), qPrintable(op.id + u'<' + dep));
        }
        // The undo recorded for the portal carries the id the create reported (a bound fact).
        const QJsonObject portalLine = lines.at(succeededAt.value(QStringLiteral("truenas/portal/create")));
        QCOMPARE(portalLine.value(QStringLiteral("undo"))
                     .toObject()
                     .value(QStringLiteral("payload"))
                     .toObject()
                     .value(QStringLiteral("id"))
                     .toInt(),
                 ex.state.value(QStringLiteral("truenas/portals")).toObject().keys().constFirst().toInt());
        // The vSwitch step journals what it saw before and after.
        const QJsonObject mtuLine = lines.at(succeededAt.value(QStringLiteral("esx01/vSwitch1/mtu")));
        QCOMPARE(mtuLine.value(QStringLiteral("before")).toInt(), 1500);
        QCOMPARE(mtuLine.value(QStringLiteral("after")).toInt(), 9000);
        QCOMPARE(lines.constLast().value(QStringLiteral("event")).toString(), QStringLiteral("finished"));
        QCOMPARE(lines.constLast().value(QStringLiteral("outcome")).toString(), QStringLiteral("completed"));

        const auto read = JournalReader::load(runner.journalPath());
        QVERIFY2(read.ok(), read.ok() ? "" : qPrintable(read.error().toString()));
        QCOMPARE(read->idsIn(JournalStepState::Succeeded).size(), plan.operations.size());
        QVERIFY(!read->truncatedTail);
    }

    void failAtEveryStepThenRollbackRestoresInitialState()
    {
        const Plan plan = worldPlan();
        const QJsonObject initial = initialWorld();
        for (int k = 1; k <= plan.operations.size(); ++k) {
            WorldExecutor ex;
            ex.state = initial;
            ex.failAtApply = k;
            PlanRunner runner(&ex, options(1, 8));
            QSignalSpy decision(&runner, &PlanRunner::decisionNeeded);
            QSignalSpy finished(&runner, &PlanRunner::finished);
            QVERIFY(runner.start(plan).ok());
            QVERIFY(decision.count() == 1 || decision.wait(5000));
            QCOMPARE(runner.state(), PlanRunner::State::WaitingForDecision);
            QCOMPARE(runner.failed().size(), 1);
            QCOMPARE(decision.at(0).at(0).toString(), runner.failed().constFirst());
            const int applied = int(runner.applied().size());
            QVERIFY2(applied < plan.operations.size(), qPrintable(QString::number(k)));
            runner.rollback();
            QVERIFY(finished.count() == 1 || finished.wait(5000));
            QCOMPARE(finished.at(0).at(0).value<PlanRunner::Outcome>(), PlanRunner::Outcome::RolledBack);
            QVERIFY2(configOf(ex.state) == configOf(initial),
                     qPrintable(QStringLiteral("k=%1: %2").arg(k).arg(dump(ex.state))));
            // One undo per applied step that has one (the rescans have none).
            int undoable = 0;
            const auto read = JournalReader::load(runner.journalPath());
            QVERIFY(read.ok());
            QVERIFY2(read->idsIn(JournalStepState::Succeeded).isEmpty(), qPrintable(QString::number(k)));
            QCOMPARE(read->appliedOrder.size(), 0);
            QCOMPARE(read->idsIn(JournalStepState::Failed).size(), 1);
            for (const QString& id : read->idsIn(JournalStepState::Undone))
                undoable += plan.find(id)->undo.isNone() ? 0 : 1;
            QCOMPARE(ex.undoCalls, undoable);
            QCOMPARE(int(read->idsIn(JournalStepState::Undone).size()), applied);
            ++m_faultCases;
        }
    }

    // A lost answer (the connection dropped after the call took effect) leaves the step's outcome unknown:
    // the journal says so, and rollback verifies such a step and undoes it when it is there.
    void answerLostAtEveryStepThenRollbackVerifiesAndRestores()
    {
        const Plan plan = worldPlan();
        const QJsonObject initial = initialWorld();
        int verified = 0;
        for (int k = 1; k <= plan.operations.size(); ++k) {
            WorldExecutor ex;
            ex.state = initial;
            ex.failAtApply = k;
            ex.failAfterEffect = true;
            ex.failCode = QStringLiteral("truenas.connection");
            PlanRunner runner(&ex, options(1, 8));
            QSignalSpy decision(&runner, &PlanRunner::decisionNeeded);
            QSignalSpy finished(&runner, &PlanRunner::finished);
            QVERIFY(runner.start(plan).ok());
            QVERIFY(decision.count() == 1 || decision.wait(5000));
            const QString failedId = runner.failed().constFirst();
            const bool canVerify = !plan.find(failedId)->verify.isNone();
            const auto before = JournalReader::load(runner.journalPath());
            QVERIFY(before.ok());
            QCOMPARE(toString(before->steps.value(failedId).state),
                     toString(canVerify ? JournalStepState::Interrupted : JournalStepState::Failed));
            runner.rollback();
            QVERIFY(finished.count() == 1 || finished.wait(5000));
            QCOMPARE(finished.at(0).at(0).value<PlanRunner::Outcome>(), PlanRunner::Outcome::RolledBack);
            if (!canVerify)
                continue; // nothing can tell whether it took effect: the journal keeps it as failed
            ++verified;
            QVERIFY2(configOf(ex.state) == configOf(initial),
                     qPrintable(QStringLiteral("k=%1 (%2): %3").arg(k).arg(failedId, dump(ex.state))));
            QVERIFY(JournalReader::load(runner.journalPath()).ok()); // the journal stays readable
        }
        QVERIFY(verified > 0);
    }

    // Retry after a lost answer checks first and does not run the step twice.
    void answerLostThenRetryAdoptsTheStep()
    {
        const Plan plan = worldPlan();
        for (int k = 1; k <= plan.operations.size(); ++k) {
            WorldExecutor ex;
            ex.state = initialWorld();
            ex.failAtApply = k;
            ex.failAfterEffect = true;
            ex.failCode = QStringLiteral("ssh.dropped");
            PlanRunner runner(&ex, options());
            QSignalSpy decision(&runner, &PlanRunner::decisionNeeded);
            QSignalSpy finished(&runner, &PlanRunner::finished);
            QVERIFY(runner.start(plan).ok());
            QVERIFY(decision.count() == 1 || decision.wait(5000));
            const QString failedId = runner.failed().constFirst();
            if (plan.find(failedId)->verify.isNone())
                continue;
            runner.retry();
            QVERIFY(finished.count() == 1 || finished.wait(5000));
            QCOMPARE(runner.outcome(), PlanRunner::Outcome::Completed);
            QCOMPARE(dump(ex.state), dump(uninterruptedState()));
            QCOMPARE(int(ex.appliedIds.count(failedId)), 0); // its one effect came with the lost answer
            QVERIFY(JournalReader::load(runner.journalPath()).ok());
            return;
        }
        QFAIL("no step of the world plan has a verify action");
    }

    void failThenRetryCompletes()
    {
        WorldExecutor ex;
        ex.state = initialWorld();
        ex.failAtApply = 6;
        PlanRunner runner(&ex, options());
        QSignalSpy decision(&runner, &PlanRunner::decisionNeeded);
        QSignalSpy finished(&runner, &PlanRunner::finished);
        QVERIFY(runner.start(worldPlan()).ok());
        QVERIFY(decision.count() == 1 || decision.wait(5000));
        const QString failedId = runner.failed().constFirst();
        runner.retry();
        QVERIFY(finished.count() == 1 || finished.wait(5000));
        QCOMPARE(runner.outcome(), PlanRunner::Outcome::Completed);
        QCOMPARE(dump(ex.state), dump(uninterruptedState()));
        const auto read = JournalReader::load(runner.journalPath());
        QVERIFY(read.ok());
        QCOMPARE(read->steps.value(failedId).attempts, 2);
    }

    void failThenStopKeepsWhatIsDoneAndSaysSo()
    {
        WorldExecutor ex;
        ex.state = initialWorld();
        ex.failAtApply = 8;
        PlanRunner runner(&ex, options());
        QSignalSpy decision(&runner, &PlanRunner::decisionNeeded);
        QSignalSpy finished(&runner, &PlanRunner::finished);
        QVERIFY(runner.start(worldPlan()).ok());
        QVERIFY(decision.count() == 1 || decision.wait(5000));
        const QJsonObject before = ex.state;
        runner.stop();
        QVERIFY(finished.count() == 1 || finished.wait(5000));
        QCOMPARE(runner.outcome(), PlanRunner::Outcome::Stopped);
        QCOMPARE(ex.state, before);
        const QJsonObject last = journalLines(runner.journalPath()).constLast();
        QCOMPARE(last.value(QStringLiteral("outcome")).toString(), QStringLiteral("stopped"));
        QCOMPARE(last.value(QStringLiteral("applied")).toArray().toVariantList().size(),
                 runner.applied().size());
        QStringList applied;
        for (const QJsonValue& v : last.value(QStringLiteral("applied")).toArray())
            applied << v.toString();
        QCOMPARE(applied, runner.applied());
        QCOMPARE(last.value(QStringLiteral("failed")).toArray().size(), 1);
        QCOMPARE(int(applied.size() + last.value(QStringLiteral("failed")).toArray().size() +
                     last.value(QStringLiteral("notRun")).toArray().size()),
                 int(worldPlan().operations.size()));
    }

    void crashAtEveryStepThenResumeConverges_data()
    {
        QTest::addColumn<bool>("afterEffect");
        QTest::newRow("crash before the step's effect") << false;
        QTest::newRow("crash after the step's effect") << true;
    }
    void crashAtEveryStepThenResumeConverges()
    {
        QFETCH(bool, afterEffect);
        const Plan plan = worldPlan();
        const QJsonObject reference = uninterruptedState();
        for (int k = 1; k <= plan.operations.size(); ++k) {
            auto ex = std::make_unique<WorldExecutor>();
            ex->state = initialWorld();
            ex->crashAtApply = k;
            ex->crashAfterEffect = afterEffect;
            CrashProbe probe;
            QSignalSpy crashed(&probe, &CrashProbe::crashed);
            ex->onCrash = [&probe] { emit probe.crashed(); };
            auto runner = std::make_unique<PlanRunner>(ex.get(), options(1, 8));
            QVERIFY(runner->start(plan).ok());
            QVERIFY(crashed.count() == 1 || crashed.wait(5000));
            QVERIFY(ex->crashed);
            const QString path = runner->journalPath();
            const QString crashedId = ex->crashedId;
            const QJsonObject world = ex->state; // the systems survive the crash of the tool
            runner.reset();                      // the tool dies mid-step
            ex.reset();

            WorldExecutor ex2;
            ex2.state = world;
            PlanRunner resumed(&ex2, options(1, 8));
            QSignalSpy finished(&resumed, &PlanRunner::finished);
            const Status s = resumed.resume(path);
            QVERIFY2(s.ok(), qPrintable(s.ok() ? QString() : s.error().toString()));
            QVERIFY(finished.count() == 1 || finished.wait(5000));
            QCOMPARE(resumed.outcome(), PlanRunner::Outcome::Completed);
            QVERIFY2(ex2.state == reference,
                     qPrintable(QStringLiteral("k=%1: %2").arg(k).arg(dump(ex2.state))));
            // The interrupted step was checked first; if its effect was there it did not run again.
            if (!plan.find(crashedId)->verify.isNone()) {
                QVERIFY(ex2.verifyCalls >= 1);
                QCOMPARE(ex2.appliedIds.contains(crashedId), !afterEffect);
            }
            const auto read = JournalReader::load(path);
            QVERIFY2(read.ok(), read.ok() ? "" : qPrintable(read.error().toString()));
            QCOMPARE(read->idsIn(JournalStepState::Succeeded).size(), plan.operations.size());
            ++m_faultCases;
        }
    }

    void crashAtEveryStepThenRollbackJournalRestoresInitialState_data()
    {
        crashAtEveryStepThenResumeConverges_data();
    }
    void crashAtEveryStepThenRollbackJournalRestoresInitialState()
    {
        QFETCH(bool, afterEffect);
        const Plan plan = worldPlan();
        const QJsonObject initial = initialWorld();
        for (int k = 1; k <= plan.operations.size(); ++k) {
            auto ex = std::make_unique<WorldExecutor>();
            ex->state = initial;
            ex->crashAtApply = k;
            ex->crashAfterEffect = afterEffect;
            CrashProbe probe;
            QSignalSpy crashed(&probe, &CrashProbe::crashed);
            ex->onCrash = [&probe] { emit probe.crashed(); };
            auto runner = std::make_unique<PlanRunner>(ex.get(), options(1, 8));
            QVERIFY(runner->start(plan).ok());
            QVERIFY(crashed.count() == 1 || crashed.wait(5000));
            QVERIFY(ex->crashed);
            const QString path = runner->journalPath();
            const QString crashedId = ex->crashedId;
            const QJsonObject world = ex->state;
            runner.reset();
            ex.reset();

            WorldExecutor ex2;
            ex2.state = world;
            PlanRunner undo(&ex2, options(1, 8));
            QSignalSpy finished(&undo, &PlanRunner::finished);
            QVERIFY(undo.rollback(path).ok());
            QVERIFY(finished.count() == 1 || finished.wait(5000));
            QCOMPARE(undo.outcome(), PlanRunner::Outcome::RolledBack);
            // An interrupted step that cannot be checked is named for a person, not reported as undone.
            const QJsonObject last = journalLines(path).constLast();
            const bool checkable = !plan.find(crashedId)->verify.isNone();
            QCOMPARE(last.value(QStringLiteral("checkByHand")).toArray().contains(crashedId), !checkable);
            QCOMPARE(undo.lastError().contains(crashedId), !checkable);
            const auto reread = JournalReader::load(path);
            QVERIFY(reread.ok());
            if (!checkable)
                QVERIFY(reread->steps.value(crashedId).state == JournalStepState::Interrupted);
            QVERIFY2(configOf(ex2.state) == configOf(initial),
                     qPrintable(QStringLiteral("k=%1: %2").arg(k).arg(dump(ex2.state))));
            QCOMPARE(ex2.applyCalls, 0);
            const auto read = JournalReader::load(path);
            QVERIFY(read.ok());
            QVERIFY(read->appliedOrder.isEmpty());
            ++m_faultCases;
        }
    }

    // A rollback that is itself cut off (crash at its u-th undo, before or after the undo's effect) can be
    // rolled back again from the journal, or resumed to the full apply: interrupted undos are verified first.
    void crashDuringRollback_data()
    {
        QTest::addColumn<bool>("afterEffect");
        QTest::addColumn<bool>("thenResume");
        QTest::newRow("before effect, roll back again") << false << false;
        QTest::newRow("after effect, roll back again") << true << false;
        QTest::newRow("before effect, resume") << false << true;
        QTest::newRow("after effect, resume") << true << true;
    }
    void crashDuringRollback()
    {
        QFETCH(bool, afterEffect);
        QFETCH(bool, thenResume);
        const Plan plan = worldPlan();
        const int failAt = int(plan.operations.size());
        int undos = 0;
        {
            WorldExecutor dry;
            dry.state = initialWorld();
            dry.failAtApply = failAt;
            PlanRunner runner(&dry, options(1, 8));
            QSignalSpy decision(&runner, &PlanRunner::decisionNeeded);
            QSignalSpy finished(&runner, &PlanRunner::finished);
            QVERIFY(runner.start(plan).ok());
            QVERIFY(decision.count() == 1 || decision.wait(5000));
            runner.rollback();
            QVERIFY(finished.count() == 1 || finished.wait(5000));
            undos = dry.undoCalls;
        }
        QVERIFY(undos >= 10);
        for (int u = 1; u <= undos; ++u) {
            auto ex = std::make_unique<WorldExecutor>();
            ex->state = initialWorld();
            ex->failAtApply = failAt;
            ex->crashAtUndo = u;
            ex->crashAfterEffect = afterEffect;
            CrashProbe probe;
            QSignalSpy crashed(&probe, &CrashProbe::crashed);
            ex->onCrash = [&probe] { emit probe.crashed(); };
            auto runner = std::make_unique<PlanRunner>(ex.get(), options(1, 8));
            QSignalSpy decision(runner.get(), &PlanRunner::decisionNeeded);
            QVERIFY(runner->start(plan).ok());
            QVERIFY(decision.count() == 1 || decision.wait(5000));
            runner->rollback();
            QVERIFY(crashed.count() == 1 || crashed.wait(5000));
            QVERIFY(ex->crashed);
            const QString path = runner->journalPath();
            const QJsonObject world = ex->state;
            runner.reset();
            ex.reset();

            WorldExecutor ex2;
            ex2.state = world;
            PlanRunner next(&ex2, options(1, 8));
            QSignalSpy finished(&next, &PlanRunner::finished);
            const Status s = thenResume ? next.resume(path) : next.rollback(path);
            QVERIFY2(s.ok(), qPrintable(s.ok() ? QString() : s.error().toString()));
            QVERIFY(finished.count() == 1 || finished.wait(5000));
            QVERIFY2(next.outcome() ==
                         (thenResume ? PlanRunner::Outcome::Completed : PlanRunner::Outcome::RolledBack),
                     qPrintable(QStringLiteral("u=%1: %2").arg(u).arg(next.lastError())));
            const QJsonObject expected = thenResume ? uninterruptedState() : initialWorld();
            QVERIFY2(configOf(ex2.state) == configOf(expected),
                     qPrintable(QStringLiteral("u=%1: %2").arg(u).arg(dump(ex2.state))));
            const auto read = JournalReader::load(path);
            QVERIFY2(
                read.ok(),
                qPrintable(
                    QStringLiteral("u=%1: %2").arg(u).arg(read.ok() ? QString() : read.error().toString())));
            ++m_faultCases;
        }
    }

    void boundedParallelism_data()
    {
        QTest::addColumn<int>("perHost");
        QTest::addColumn<int>("parallel");
        QTest::newRow("1 per host, 8 overall") << 1 << 8;
        QTest::newRow("2 per host, 8 overall") << 2 << 8;
        QTest::newRow("3 per host, 2 overall") << 3 << 2;
        QTest::newRow("serial") << 1 << 1;
    }
    void boundedParallelism()
    {
        QFETCH(int, perHost);
        QFETCH(int, parallel);
        WorldExecutor ex;
        ex.state = initialWorld();
        ex.delayMs = 15;
        PlanRunner runner(&ex, options(perHost, parallel));
        QSignalSpy finished(&runner, &PlanRunner::finished);
        QVERIFY(runner.start(worldPlan()).ok());
        QVERIFY(finished.wait(10000));
        QCOMPARE(runner.outcome(), PlanRunner::Outcome::Completed);
        int maxPerHostSeen = 0;
        for (auto it = ex.maxRunning.constBegin(); it != ex.maxRunning.constEnd(); ++it) {
            QVERIFY2(it.value() <= perHost, qPrintable(it.key()));
            maxPerHostSeen = std::max(maxPerHostSeen, it.value());
        }
        QVERIFY(ex.maxRunningAll <= parallel);
        // The limits are reached, not just respected: hosts do run side by side.
        QCOMPARE(maxPerHostSeen, std::min(perHost, parallel));
        QCOMPARE(ex.maxRunningAll, std::min(parallel, 3 * perHost));
    }

    // 16 hosts in parallel: the run takes at least the plan's lower bound under the same cost model (the
    // benchmark's floor), and the limits hold at scale.
    void sixteenHostsRespectTheLowerBound()
    {
        const Plan plan = worldPlan(16);
        QCOMPARE(plan.operations.size(), 4 + 16 * 5);
        WorldExecutor ex;
        ex.state = initialWorld();
        ex.delayMs = 12;                                      // one "esxcli call"
        ex.delayPerHost.insert(QStringLiteral("truenas"), 3); // one "API call"
        PlanRunner runner(&ex, options(1, 32));
        QSignalSpy finished(&runner, &PlanRunner::finished);
        QElapsedTimer clock;
        clock.start();
        QVERIFY(runner.start(plan).ok());
        QVERIFY(finished.wait(20000));
        const qint64 elapsed = clock.elapsed();
        QCOMPARE(runner.outcome(), PlanRunner::Outcome::Completed);
        PlanCost cost;
        cost.esxcliMs = 12;
        cost.apiMs = 3;
        cost.perHostConcurrency = 1;
        cost.globalConcurrency = 32;
        const auto estimate = plan.estimate(cost);
        QVERIFY(estimate.ok());
        QCOMPARE(estimate->lowerBoundMs, 5 * 12); // each host's five calls, one at a time
        QVERIFY2(
            elapsed >= estimate->lowerBoundMs * 9 / 10,
            qPrintable(QStringLiteral("%1 ms < lower bound %2 ms").arg(elapsed).arg(estimate->lowerBoundMs)));
        for (auto it = ex.maxRunning.constBegin(); it != ex.maxRunning.constEnd(); ++it)
            QVERIFY(it.value() <= 1);
        QVERIFY(ex.maxRunningAll > 8); // the hosts really ran side by side
        qInfo("16 hosts, %d operations: %lld ms, lower bound %lld ms", int(plan.operations.size()), elapsed,
              estimate->lowerBoundMs);
    }

    void cancelFinishesRunningStepsAndStartsNothingNew()
    {
        WorldExecutor ex;
        ex.state = initialWorld();
        ex.delayMs = 5;
        PlanRunner runner(&ex, options(1, 8));
        QSignalSpy finished(&runner, &PlanRunner::finished);
        QSignalSpy succeeded(&runner, &PlanRunner::operationSucceeded);
        int callsAtCancel = -1;
        connect(&runner, &PlanRunner::operationSucceeded, this, [&] {
            if (callsAtCancel < 0) {
                callsAtCancel = ex.totalCalls;
                runner.cancel();
            }
        });
        QVERIFY(runner.start(worldPlan()).ok());
        QVERIFY(finished.count() == 1 || finished.wait(5000));
        QCOMPARE(runner.outcome(), PlanRunner::Outcome::Cancelled);
        QCOMPARE(ex.totalCalls, callsAtCancel); // nothing started after cancel()
        QCOMPARE(ex.undoCalls, 0);              // nothing undone automatically
        QCOMPARE(ex.runningAll, 0);             // the steps in flight finished
        QCOMPARE(succeeded.count(), callsAtCancel);
        QVERIFY(ex.state != initialWorld());
        const QJsonObject last = journalLines(runner.journalPath()).constLast();
        QCOMPARE(last.value(QStringLiteral("outcome")).toString(), QStringLiteral("cancelled"));
        QVERIFY(!last.value(QStringLiteral("notRun")).toArray().isEmpty());
        // A cancelled apply can be resumed to the full result.
        WorldExecutor ex2;
        ex2.state = ex.state;
        PlanRunner resumed(&ex2, options());
        QSignalSpy finished2(&resumed, &PlanRunner::finished);
        QVERIFY(resumed.resume(runner.journalPath()).ok());
        QVERIFY(finished2.count() == 1 || finished2.wait(5000));
        QCOMPARE(resumed.outcome(), PlanRunner::Outcome::Completed);
        QCOMPARE(dump(ex2.state), dump(uninterruptedState()));
    }

    void undoFailureStopsTheRollbackAndSaysWhatRemains()
    {
        WorldExecutor ex;
        ex.state = initialWorld();
        ex.failAtApply = 12;
        ex.failUndoOf = QStringLiteral("truenas/nic/mtu");
        PlanRunner runner(&ex, options(1, 1));
        QSignalSpy decision(&runner, &PlanRunner::decisionNeeded);
        QSignalSpy finished(&runner, &PlanRunner::finished);
        QVERIFY(runner.start(worldPlan()).ok());
        QVERIFY(decision.count() == 1 || decision.wait(5000));
        runner.rollback();
        QVERIFY(finished.count() == 1 || finished.wait(5000));
        QCOMPARE(runner.outcome(), PlanRunner::Outcome::RollbackFailed);
        QVERIFY(runner.applied().contains(QStringLiteral("truenas/nic/mtu")));
        QCOMPARE(ex.state.value(QStringLiteral("truenas/enp2s0/mtu")).toInt(), 9000);
        const QList<QJsonObject> lines = journalLines(runner.journalPath());
        QCOMPARE(lines.at(lines.size() - 2).value(QStringLiteral("event")).toString(),
                 QStringLiteral("rollback-end"));
        QVERIFY(lines.at(lines.size() - 2)
                    .value(QStringLiteral("remaining"))
                    .toArray()
                    .contains(QStringLiteral("truenas/nic/mtu")));
        // The journal stays usable: rolling it back again finishes the job once the undo works.
        WorldExecutor ex2;
        ex2.state = ex.state;
        PlanRunner again(&ex2, options());
        QSignalSpy finished2(&again, &PlanRunner::finished);
        QVERIFY(again.rollback(runner.journalPath()).ok());
        QVERIFY(finished2.count() == 1 || finished2.wait(5000));
        QCOMPARE(again.outcome(), PlanRunner::Outcome::RolledBack);
        QCOMPARE(configOf(ex2.state), configOf(initialWorld()));
    }

    void invalidOrBlockedPlansAreRefusedBeforeAnythingRuns()
    {
        WorldExecutor ex;
        ex.state = initialWorld();
        Plan cyclic = worldPlan();
        cyclic.operations[0].dependsOn << QStringLiteral("truenas/service/start");
        const QStringList before = QDir(m_dir.path()).entryList(QDir::Files);
        {
            PlanRunner runner(&ex, options());
            const Status s = runner.start(cyclic);
            QVERIFY(!s.ok());
            QCOMPARE(s.error().code, QStringLiteral("plan.invalid"));
        }
        Plan blocked = worldPlan();
        blocked.findings << Finding{
            QStringLiteral("NET-TWO-SUBNETS"), Severity::Error, QStringLiteral("m"), {}, {}, {}};
        {
            PlanRunner runner(&ex, options());
            const Status s = runner.start(blocked);
            QVERIFY(!s.ok());
            QCOMPARE(s.error().code, QStringLiteral("plan.blocked"));
        }
        QCOMPARE(ex.totalCalls, 0);
        QCOMPARE(QDir(m_dir.path()).entryList(QDir::Files), before);
    }

    void emptyPlanIsNothingToDo()
    {
        WorldExecutor ex;
        PlanRunner runner(&ex, options());
        QSignalSpy finished(&runner, &PlanRunner::finished);
        Plan empty;
        empty.siteName = QStringLiteral("done-site");
        QVERIFY(empty.isEmpty());
        QVERIFY(runner.start(empty).ok());
        QVERIFY(finished.wait(5000));
        QCOMPARE(runner.outcome(), PlanRunner::Outcome::Completed);
        QCOMPARE(ex.totalCalls, 0);
    }

    void executorMayCompleteOnWorkerThreads()
    {
        // The ESXi client runs esxcli on worker threads and calls done there; the runner must take it back to
        // its own thread (signals, journal) and still respect the limits.
        struct Threaded : OperationExecutor
        {
            QMutex mutex;
            QHash<QString, int> running;
            int maxPerHost = 0;
            QSet<QThread*> doneThreads;
            void execute(const Operation& op, const Action&,
                         std::function<void(Result<QJsonObject>)> done) override
            {
                {
                    QMutexLocker lock(&mutex);
                    maxPerHost = std::max(maxPerHost, ++running[op.host]);
                }
                QThreadPool::globalInstance()->start([this, host = op.host, done] {
                    QThread::msleep(3);
                    {
                        QMutexLocker lock(&mutex);
                        --running[host];
                        doneThreads.insert(QThread::currentThread());
                    }
                    done(QJsonObject{{QStringLiteral("after"), QStringLiteral("ok")}});
                });
            }
        } ex;
        PlanRunner runner(&ex, options(1, 8));
        QSignalSpy finished(&runner, &PlanRunner::finished);
        QSet<QThread*> signalThreads;
        connect(
            &runner, &PlanRunner::operationSucceeded, this,
            [&] { signalThreads.insert(QThread::currentThread()); }, Qt::DirectConnection);
        QVERIFY(runner.start(worldPlan()).ok());
        QVERIFY(finished.count() == 1 || finished.wait(10000));
        QCOMPARE(runner.outcome(), PlanRunner::Outcome::Completed);
        QCOMPARE(signalThreads, QSet<QThread*>{QThread::currentThread()});
        QVERIFY(!ex.doneThreads.contains(QThread::currentThread()));
        QCOMPARE(ex.maxPerHost, 1);
        QVERIFY(JournalReader::load(runner.journalPath()).ok());
        QThreadPool::globalInstance()->waitForDone(5000);
    }

    // The journal line comes before the action: when the executor is called, the "started" line is already on
    // disk (written and synced), so a crash at any moment leaves a journal that knows the step ran.
    void startedLineIsOnDiskBeforeTheActionRuns()
    {
        WorldExecutor ex;
        ex.state = initialWorld();
        PlanRunner runner(&ex, options(2, 8));
        QStringList missing;
        int checked = 0;
        ex.onExecute = [&](const Operation& op, const Action& action) {
            QFile f(runner.journalPath());
            if (!f.open(QIODevice::ReadOnly)) {
                missing << op.id;
                return;
            }
            const QList<QByteArray> lines = f.readAll().split('\n');
            bool found = false;
            for (const QByteArray& l : lines) {
                const QJsonObject o = QJsonDocument::fromJson(l).object();
                found = found || (o.value(QStringLiteral("event")).toString() == QLatin1String("started") &&
                                  o.value(QStringLiteral("op")).toString() == op.id);
            }
            if (!found)
                missing << op.id + u'/' + action.kind;
            ++checked;
        };
        QSignalSpy finished(&runner, &PlanRunner::finished);
        QVERIFY(runner.start(worldPlan()).ok());
        QVERIFY(finished.count() == 1 || finished.wait(5000));
        QCOMPARE(runner.outcome(), PlanRunner::Outcome::Completed);
        QCOMPARE(checked, int(worldPlan().operations.size()));
        QVERIFY2(missing.isEmpty(), qPrintable(missing.join(u',')));
    }

    void unwritableJournalFolderRunsNothing()
    {
        QTemporaryDir dir;
        QFile blocker(dir.filePath(QStringLiteral("not-a-dir")));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        PlanRunner::Options o = options();
        o.journalDir = blocker.fileName() + QStringLiteral("/journals");
        WorldExecutor ex;
        PlanRunner runner(&ex, o);
        const Status s = runner.start(worldPlan());
        QVERIFY(!s.ok());
        QCOMPARE(s.error().code, QStringLiteral("journal.io"));
        QTest::qWait(10);
        QCOMPARE(ex.totalCalls, 0);
    }

    void routerDispatchesByKind()
    {
        WorldExecutor world;
        world.state = initialWorld();
        ExecutorRouter router;
        for (const char* kind :
             {"test.set", "test.restore", "test.create", "test.delete", "test.check", "test.noop"})
            router.route(QLatin1String(kind), &world);
        PlanRunner runner(&router, options());
        QSignalSpy finished(&runner, &PlanRunner::finished);
        QVERIFY(runner.start(worldPlan()).ok());
        QVERIFY(finished.count() == 1 || finished.wait(5000));
        QCOMPARE(runner.outcome(), PlanRunner::Outcome::Completed);
        QCOMPARE(dump(world.state), dump(uninterruptedState()));
        QCOMPARE(PlanRunner::outcomeText(runner.outcome()), QStringLiteral("completed"));

        ExecutorRouter empty;
        PlanRunner refused(&empty, options());
        QSignalSpy decision(&refused, &PlanRunner::decisionNeeded);
        QVERIFY(refused.start(worldPlan()).ok());
        QVERIFY(decision.count() == 1 || decision.wait(5000));
        QVERIFY(refused.lastError().contains(QStringLiteral("Nothing can run “test.set” actions")));
        refused.stop();
    }

    void cleanupTestCase() { qInfo("fault cases run: %d", m_faultCases); }
};

QTEST_GUILESS_MAIN(TestPlanRunner)
#include "tst_planrunner.moc"
