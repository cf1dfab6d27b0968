#include "core/checks/FailoverTest.h"

#include "core/monitor/IopsMonitor.h"

#include <QCoreApplication>

namespace mpio {

namespace {
QString pct(double share)
{
    return QString::number(qRound(share * 100));
}
} // namespace

FailoverTest::FailoverTest(IopsMonitor* monitor, FaultActor* actor, Params params,
                           FailoverThresholds thresholds, QObject* parent)
    : QObject(parent)
    , m_monitor(monitor)
    , m_actor(actor)
    , m_params(std::move(params))
    , m_thresholds(thresholds)
{
    m_result.fault = m_params.fault.description;
    const QStringList titles = {tr("Both paths active"), tr("Both paths carry IOPS"),
                                tr("Path A fails: A dead, B takes over"), tr("Path B carries 100 %"),
                                tr("Recovery: A active and carrying I/O again")};
    const QStringList ids = {QStringLiteral("both-active"), QStringLiteral("both-carry"),
                             QStringLiteral("fail-a"), QStringLiteral("b-carries-all"),
                             QStringLiteral("recover")};
    for (int i = 0; i < ids.size(); ++i)
        m_result.steps.append(FailoverStep{ids[i], titles[i], false, false, {}});
    m_stepTimer.setSingleShot(true);
    connect(&m_stepTimer, &QTimer::timeout, this, &FailoverTest::onStepTimeout);
}

void FailoverTest::start()
{
    if (!m_monitor) {
        m_result.steps[0].ran = true;
        m_result.steps[0].detail = tr("No monitor is running.");
        finish();
        return;
    }
    connect(m_monitor, &IopsMonitor::hostPolled, this, &FailoverTest::onPolled);
    beginStep(Stage::BothActive, 0);
}

void FailoverTest::beginStep(Stage stage, int index)
{
    m_stage = stage;
    m_stepIndex = index;
    m_windowPolls = 0;
    m_sumA = m_sumB = 0;
    m_result.steps[index].ran = true;
    m_stepTimer.start(m_thresholds.stepTimeoutMs);
    emit stepStarted(index, m_result.steps[index].title);
}

void FailoverTest::endStep(bool passed, const QString& detail)
{
    m_stepTimer.stop();
    m_result.steps[m_stepIndex].passed = passed;
    m_result.steps[m_stepIndex].detail = detail;
    emit stepFinished(m_stepIndex, passed, detail);
}

void FailoverTest::onPolled(const QString& host, qint64 atMs)
{
    if (host != m_params.host || !m_monitor)
        return;
    const auto* seriesA = m_monitor->series(host + QLatin1Char('/') + m_params.pathA);
    const auto* seriesB = m_monitor->series(host + QLatin1Char('/') + m_params.pathB);
    if (!seriesA || !seriesB || seriesA->isEmpty() || seriesB->isEmpty())
        return; // rates start with the second poll
    const PathSample& a = seriesA->last();
    const PathSample& b = seriesB->last();
    if (a.rate.atMs != atMs || b.rate.atMs != atMs)
        return;
    if (m_result.pollIntervalMs <= 0)
        m_result.pollIntervalMs = a.rate.intervalS * 1000.0;
    const double total = a.rate.iops + b.rate.iops;
    const bool aActive = a.state == QLatin1String("active");
    const bool bActive = b.state == QLatin1String("active");
    if (a.state == QLatin1String("dead") && b.state == QLatin1String("dead"))
        m_result.apd = true;

    // The I/O gap is tracked from the fault on, through every later stage.
    if (m_faultAt >= 0)
        trackGap(atMs, a.rate.intervalS * 1000.0, total);

    switch (m_stage) {
    case Stage::BothActive:
        if (aActive && bActive) {
            endStep(true, tr("%1 and %2 are active.").arg(m_params.pathA, m_params.pathB));
            beginStep(Stage::BothCarry, 1);
        }
        break;
    case Stage::BothCarry:
        m_sumA += a.rate.iops;
        m_sumB += b.rate.iops;
        if (++m_windowPolls >= m_thresholds.windowPolls) {
            const double sum = m_sumA + m_sumB;
            const double shareA = sum > 0 ? m_sumA / sum : 0;
            const double shareB = sum > 0 ? m_sumB / sum : 0;
            m_refIops = sum / m_windowPolls; // the gap estimate's yardstick (trackGap)
            const bool ok = sum > 0 && shareA >= m_thresholds.minShareBothCarry &&
                            shareB >= m_thresholds.minShareBothCarry;
            QString detail = tr("A carried %1 %, B %2 % of %3 IOPS.")
                                 .arg(pct(shareA), pct(shareB))
                                 .arg(qRound(sum / m_windowPolls));
            if (!ok)
                detail +=
                    QLatin1Char(' ') +
                    (sum <= 0 ? tr("The device had no I/O: start a workload first.")
                              : tr("Only one path carries I/O: the device's path policy is not Round Robin "
                                   "(FIXED or MRU use one path; PSP-RR-IOPS)."));
            endStep(ok, detail);
            inject();
        }
        break;
    case Stage::FailA:
        if (a.rate.iops > 0)
            m_result.toLastIoOnAMs = double(atMs - m_faultAt);
        if (a.state == QLatin1String("dead") && m_result.toPathDeadMs < 0)
            m_result.toPathDeadMs = double(atMs - m_faultAt);
        if (total > 0 && b.rate.iops / total >= 0.99 && m_result.toBAllMs < 0)
            m_result.toBAllMs = double(atMs - m_faultAt);
        if (m_result.toPathDeadMs >= 0 && m_result.toBAllMs >= 0) {
            const bool ok =
                (m_thresholds.allowApd || !m_result.apd) && m_result.ioGapMs <= m_thresholds.maxIoGapMs;
            endStep(ok, tr("A dead after %1 ms, B at 100 % after %2 ms; longest I/O gap %3 ms (limit %4 ms); "
                           "APD: %5.")
                            .arg(qRound(m_result.toPathDeadMs))
                            .arg(qRound(m_result.toBAllMs))
                            .arg(qRound(m_result.ioGapMs))
                            .arg(qRound(m_thresholds.maxIoGapMs))
                            .arg(m_result.apd ? tr("yes") : tr("no")));
            beginStep(Stage::BCarriesAll, 3);
        }
        break;
    case Stage::BCarriesAll:
        m_sumA += a.rate.iops;
        m_sumB += b.rate.iops;
        if (++m_windowPolls >= m_thresholds.windowPolls) {
            const double sum = m_sumA + m_sumB;
            const bool ok = sum > 0 && m_sumB / sum >= 0.99;
            endStep(ok, tr("B carried %1 % of %2 IOPS.")
                            .arg(pct(sum > 0 ? m_sumB / sum : 0))
                            .arg(qRound(sum / m_windowPolls)));
            restore();
        }
        break;
    case Stage::Recover:
        if (aActive && a.rate.iops > 0) {
            m_result.recoverMs = double(atMs - m_restoreAt);
            endStep(true,
                    tr("A active and carrying I/O %1 ms after the restore.").arg(qRound(m_result.recoverMs)));
            finish();
        }
        break;
    case Stage::Idle:
    case Stage::Injecting:
    case Stage::Restoring:
    case Stage::Done:
        break;
    }
}

// A poll sees only how many I/Os completed in its interval, not when. Counting whole intervals with zero
// I/O reads a 1 s stall at 1 s polls as 0 ms (both intervals it touches saw some I/O) or as 2 s (it covers
// one interval and the next poll comes late) — CI saw 2133 ms against the 2000 ms limit. So each interval's
// idle time is estimated from its count against the device's rate before the fault: busy = interval × count /
// rate. A gap is the idle tail of the interval where I/O stopped + the intervals with none + the idle head of
// the interval where it came back. The poll-bounded figure (from the last poll with I/O to the next) is kept
// too: ioGapPollBoundMs.
void FailoverTest::trackGap(qint64 atMs, double intervalMs, double iops)
{
    if (iops <= 0) {
        m_sawIdlePoll = true;
        m_gapRunMs += intervalMs;
        return;
    }
    const double rate = qMax(m_refIops, iops);
    const double idleMs = intervalMs * (1.0 - iops / rate);
    if (m_sawIdlePoll)
        m_result.ioGapPollBoundMs = qMax(m_result.ioGapPollBoundMs, double(atMs - m_lastIoAt));
    m_result.ioGapMs = qMax(m_result.ioGapMs, m_gapRunMs + idleMs);
    m_gapRunMs = idleMs; // this interval's idle time may be the start of the next gap
    m_sawIdlePoll = false;
    m_lastIoAt = atMs;
}

void FailoverTest::inject()
{
    m_stage = Stage::Injecting;
    m_faultAt = m_monitor ? m_monitor->nowMs() : 0;
    m_lastIoAt = m_faultAt;
    m_actor->inject(m_params.fault, [this](Status s) {
        if (!s) {
            m_stepIndex = 2;
            m_result.steps[2].ran = true;
            endStep(false, tr("Could not cause the failure: %1").arg(s.error().message));
            finish();
            return;
        }
        m_faultInPlace = true;
        beginStep(Stage::FailA, 2);
    });
}

void FailoverTest::restore()
{
    m_stage = Stage::Restoring;
    m_restoreAt = m_monitor ? m_monitor->nowMs() : 0;
    m_actor->restore(m_params.fault, [this](Status s) {
        m_faultInPlace = !s.ok();
        if (!s) {
            m_stepIndex = 4;
            m_result.steps[4].ran = true;
            endStep(false, tr("Could not undo the failure: %1").arg(s.error().message));
            finish();
            return;
        }
        beginStep(Stage::Recover, 4);
    });
}

void FailoverTest::onStepTimeout()
{
    const QString waited = tr("Nothing happened within %1 s.").arg(m_thresholds.stepTimeoutMs / 1000);
    switch (m_stage) {
    case Stage::FailA:
        endStep(false,
                waited + QLatin1Char(' ') +
                    (m_result.toPathDeadMs < 0 ? tr("Path A never went dead: is the fault on the right path?")
                                               : tr("Path B never carried all I/O.")));
        break;
    default:
        endStep(false, waited);
        break;
    }
    if (m_faultInPlace) {
        // Never leave the site broken: undo the fault before reporting.
        m_stage = Stage::Restoring;
        m_actor->restore(m_params.fault, [this](Status) {
            m_faultInPlace = false;
            finish();
        });
        return;
    }
    finish();
}

void FailoverTest::cancel()
{
    if (m_stage == Stage::Done)
        return;
    m_result.cancelled = true;
    m_stepTimer.stop();
    if (m_faultInPlace) {
        m_stage = Stage::Restoring;
        m_actor->restore(m_params.fault, [this](Status) {
            m_faultInPlace = false;
            finish();
        });
        return;
    }
    finish();
}

void FailoverTest::finish()
{
    if (m_stage == Stage::Done)
        return;
    m_stage = Stage::Done;
    m_stepTimer.stop();
    if (m_monitor)
        disconnect(m_monitor, nullptr, this, nullptr);
    emit finished(m_result);
}

} // namespace mpio
