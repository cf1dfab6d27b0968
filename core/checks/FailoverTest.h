#pragma once

#include "core/checks/FailoverResult.h"
#include "core/checks/FaultActor.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

namespace mpio {

class IopsMonitor;

// The article's test protocol (seed "Verification and failover testing", guidance.md §6) as a runner:
// both paths active → both carry IOPS → path A fails (switch down or cable pulled) → B carries 100 % →
// recovery. It watches a running IopsMonitor and measures on the monitor's clock: fault → A dead, → last I/O
// on A, → B at 100 %, the longest gap in completed I/O, APD, and the recovery time. Every step has a timeout;
// cancel() restores an injected fault before finishing.
class FailoverTest : public QObject
{
    Q_OBJECT
public:
    struct Params
    {
        QString host;
        QString device;
        QString pathA; // runtime name of the path that will fail
        QString pathB;
        FaultSpec fault;
    };

    FailoverTest(IopsMonitor* monitor, FaultActor* actor, Params params, FailoverThresholds thresholds = {},
                 QObject* parent = nullptr);

    void start();
    void cancel();
    const FailoverResult& result() const { return m_result; }

signals:
    void stepStarted(int index, const QString& title);
    void stepFinished(int index, bool passed, const QString& detail);
    void finished(const mpio::FailoverResult& result);

private:
    enum class Stage
    {
        Idle,
        BothActive,
        BothCarry,
        Injecting,
        FailA,
        BCarriesAll,
        Restoring,
        Recover,
        Done
    };

    void onPolled(const QString& host, qint64 atMs);
    void beginStep(Stage stage, int index);
    void endStep(bool passed, const QString& detail);
    void onStepTimeout();
    void finish();
    void inject();
    void trackGap(qint64 atMs, double intervalMs, double iops);
    void restore();

    QPointer<IopsMonitor> m_monitor;
    FaultActor* m_actor;
    Params m_params;
    FailoverThresholds m_thresholds;
    FailoverResult m_result;
    Stage m_stage = Stage::Idle;
    int m_stepIndex = -1;
    QTimer m_stepTimer;
    bool m_faultInPlace = false;
    // Per-stage accumulators.
    int m_windowPolls = 0;
    double m_sumA = 0;
    double m_sumB = 0;
    qint64 m_faultAt = -1;
    qint64 m_restoreAt = -1;
    qint64 m_lastIoAt = -1;     // last poll with device I/O (for the gap)
    bool m_sawIdlePoll = false; // a poll with no device I/O since the last one with I/O
    double m_refIops = 0;       // device IOPS while both paths carried (end of "both-carry")
    double m_gapRunMs = 0;      // estimated idle time since the last I/O
};

} // namespace mpio
