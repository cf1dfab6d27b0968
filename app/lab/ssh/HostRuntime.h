#pragma once

#include "app/lab/control/FaultMode.h"
#include "app/lab/world/Scenario.h"

#include <QMap>
#include <QMutex>
#include <QSemaphore>
#include <QString>
#include <atomic>

namespace mpio::lab {

// Per-host SSH-side state shared between the host's connections and worker jobs (thread-safe): the login
// failure counter and lockout (esxi-esxcli.md §8.4), the latency model, the esxcli call counter and the
// injected failures of the `esxcli-fail` control action.
class HostRuntime
{
public:
    HostRuntime(const QString& name, const QString& password, const ModelParams& model);

    QString name() const { return m_name; }

    // Authentication. checkPassword counts a failure (and may start the lockout); while locked out every
    // attempt fails, even with the right password, as pam_tally2/faillock do on ESXi.
    bool checkPassword(const QString& user, const QString& password);
    bool lockedOut() const;
    int failedAttempts() const;

    // Latency (control action `latency`); negative values leave a parameter unchanged.
    // vmkpingTiming: 1 on, 0 off, negative unchanged (ModelParams::vmkpingTiming).
    void setLatency(int esxcliMs, int rttMs, int vmkpingTiming = -1);
    bool vmkpingTiming() const;
    int esxcliMs() const;
    int rttMs() const;

    struct Failure
    {
        QString error;
        int exitCode = 1;
        FaultMode mode = FaultMode::Error;
    };
    // The k-th esxcli call from now (1-based) fails: with `error` and `exitCode`, or its connection drops,
    // or it hangs (FaultMode).
    void injectFailure(int k, const QString& error, int exitCode, FaultMode mode = FaultMode::Error);
    // Reserves `count` esxcli call numbers for one exec; returns the failure to report, if one of them is
    // an injected failure.
    bool takeCalls(int count, Failure* failure);
    quint64 esxcliCalls() const;

    // Blocks while `count` esxcli invocations run on this host (at most esxcliConcurrency at once), then
    // returns. Interruptible through `stop`.
    void simulateExec(int esxcliCount, const std::atomic<bool>& stop);
    // One SSH round trip (sshRttMs × timeScale): auth replies pay it too.
    void simulateRoundTrip(const std::atomic<bool>& stop);
    // Extra modelled time (scaled by timeScale), interruptible through `stop`.
    void simulateExtra(int ms, const std::atomic<bool>& stop);

    void reset(const QString& password, const ModelParams& model);

private:
    static void sleepMs(int ms, const std::atomic<bool>& stop);

    const QString m_name;
    mutable QMutex m_mutex;
    QString m_password;
    ModelParams m_model;
    int m_failures = 0;
    qint64 m_lockedUntilMs = 0;
    quint64 m_calls = 0;
    QMap<quint64, Failure> m_failAt;
    QSemaphore m_slots;
};

} // namespace mpio::lab
