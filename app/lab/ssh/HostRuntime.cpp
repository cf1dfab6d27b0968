#include "app/lab/ssh/HostRuntime.h"

#include <QDateTime>
#include <QMutexLocker>
#include <QRandomGenerator>
#include <QThread>
#include <algorithm>

namespace mpio::lab {

HostRuntime::HostRuntime(const QString& name, const QString& password, const ModelParams& model)
    : m_name(name)
    , m_password(password)
    , m_model(model)
    , m_slots(model.esxcliConcurrency)
{}

bool HostRuntime::lockedOut() const
{
    QMutexLocker lock(&m_mutex);
    return m_lockedUntilMs > QDateTime::currentMSecsSinceEpoch();
}

int HostRuntime::failedAttempts() const
{
    QMutexLocker lock(&m_mutex);
    return m_failures;
}

bool HostRuntime::checkPassword(const QString& user, const QString& password)
{
    QMutexLocker lock(&m_mutex);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (m_lockedUntilMs != 0 && m_lockedUntilMs <= now) {
        // Unlock time elapsed: the counter starts again (Security.AccountUnlockTime).
        m_lockedUntilMs = 0;
        m_failures = 0;
    }
    const bool locked = m_lockedUntilMs > now;
    if (!locked && user == QLatin1String("root") && password == m_password) {
        m_failures = 0;
        return true;
    }
    ++m_failures;
    if (m_failures >= m_model.lockoutAttempts)
        m_lockedUntilMs = now + qint64(m_model.lockoutSeconds) * 1000; // each failure while locked extends it
    return false;
}

void HostRuntime::setLatency(int esxcliMs, int rttMs, int vmkpingTiming)
{
    QMutexLocker lock(&m_mutex);
    if (vmkpingTiming >= 0)
        m_model.vmkpingTiming = vmkpingTiming > 0;
    if (esxcliMs >= 0)
        m_model.esxcliMs = esxcliMs;
    if (rttMs >= 0)
        m_model.sshRttMs = rttMs;
}

bool HostRuntime::vmkpingTiming() const
{
    QMutexLocker lock(&m_mutex);
    return m_model.vmkpingTiming;
}

int HostRuntime::esxcliMs() const
{
    QMutexLocker lock(&m_mutex);
    return m_model.esxcliMs;
}

int HostRuntime::rttMs() const
{
    QMutexLocker lock(&m_mutex);
    return m_model.sshRttMs;
}

void HostRuntime::injectFailure(int k, const QString& error, int exitCode, FaultMode mode)
{
    QMutexLocker lock(&m_mutex);
    m_failAt.insert(m_calls + quint64(std::max(k, 1)), Failure{error, exitCode, mode});
}

bool HostRuntime::takeCalls(int count, Failure* failure)
{
    QMutexLocker lock(&m_mutex);
    const quint64 first = m_calls + 1;
    m_calls += quint64(count);
    for (quint64 n = first; n <= m_calls; ++n) {
        auto it = m_failAt.find(n);
        if (it != m_failAt.end()) {
            *failure = it.value();
            m_failAt.erase(it);
            return true;
        }
    }
    return false;
}

quint64 HostRuntime::esxcliCalls() const
{
    QMutexLocker lock(&m_mutex);
    return m_calls;
}

void HostRuntime::sleepMs(int ms, const std::atomic<bool>& stop)
{
    // Slices keep ssh-drop and shutdown responsive.
    for (int left = ms; left > 0 && !stop.load(); left -= 20)
        QThread::msleep(static_cast<unsigned long>(std::min(left, 20)));
}

void HostRuntime::simulateExec(int esxcliCount, const std::atomic<bool>& stop)
{
    int rtt = 0, perCall = 0, jitter = 0;
    double scale = 1.0;
    {
        QMutexLocker lock(&m_mutex);
        rtt = m_model.sshRttMs;
        perCall = m_model.esxcliMs;
        jitter = m_model.jitterMs;
        scale = m_model.timeScale;
    }
    // One round trip for the channel request and its reply.
    sleepMs(int(rtt * scale), stop);
    if (esxcliCount <= 0)
        return;
    int total = 0;
    for (int i = 0; i < esxcliCount; ++i) {
        const int j = jitter > 0 ? QRandomGenerator::global()->bounded(2 * jitter + 1) - jitter : 0;
        total += std::max(0, perCall + j);
    }
    // esxcli is slow because hostd does the work; only a few calls run in parallel on one host.
    while (!m_slots.tryAcquire(1, 50))
        if (stop.load())
            return;
    sleepMs(int(total * scale), stop);
    m_slots.release();
}

void HostRuntime::simulateRoundTrip(const std::atomic<bool>& stop)
{
    int rtt = 0;
    double scale = 1.0;
    {
        QMutexLocker lock(&m_mutex);
        rtt = m_model.sshRttMs;
        scale = m_model.timeScale;
    }
    sleepMs(int(rtt * scale), stop);
}

void HostRuntime::simulateExtra(int ms, const std::atomic<bool>& stop)
{
    if (ms <= 0)
        return;
    double scale = 1.0;
    {
        QMutexLocker lock(&m_mutex);
        scale = m_model.timeScale;
    }
    sleepMs(int(ms * scale), stop);
}

void HostRuntime::reset(const QString& password, const ModelParams& model)
{
    QMutexLocker lock(&m_mutex);
    m_password = password;
    const int oldConcurrency = m_model.esxcliConcurrency;
    m_model = model;
    m_model.esxcliConcurrency = oldConcurrency; // the semaphore was sized at start
    m_failures = 0;
    m_lockedUntilMs = 0;
    m_failAt.clear();
    m_calls = 0;
}

} // namespace mpio::lab
