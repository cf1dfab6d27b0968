#pragma once

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QEventLoop>
#include <QTimer>
#include <optional>

namespace mpio::cli {

// Runs the event loop until `done` holds a value (mpioctl has no other loop running while a command waits
// for the core's callbacks); bounded by `timeoutMs`. Returns whether the value arrived.
// No polling timer: every callback that fills `done` arrives as an event (a socket, a queued call, a timer),
// so checking after each processed event is enough, and an idle wait costs no wake-ups (a 10 ms poll here
// was most of `mpioctl monitor`'s CPU time, issue 9). The guard timer wakes the loop at the deadline.
template<typename T> bool waitFor(std::optional<T>& done, int timeoutMs)
{
    const QDeadlineTimer deadline(timeoutMs);
    QTimer guard;
    guard.setSingleShot(true);
    guard.start(timeoutMs);
    while (!done && !deadline.hasExpired())
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    return done.has_value();
}

} // namespace mpio::cli
