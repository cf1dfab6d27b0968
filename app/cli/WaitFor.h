#pragma once

#include <QEventLoop>
#include <QTimer>
#include <optional>

namespace mpio::cli {

// Runs a local event loop until `done` holds a value (mpioctl has no other loop running while a command
// waits for the core's callbacks); bounded by `timeoutMs`. Returns whether the value arrived.
template<typename T> bool waitFor(std::optional<T>& done, int timeoutMs)
{
    if (done)
        return true;
    QEventLoop loop;
    QTimer guard;
    guard.setSingleShot(true);
    QObject::connect(&guard, &QTimer::timeout, &loop, &QEventLoop::quit);
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (done)
            loop.quit();
    });
    guard.start(timeoutMs);
    poll.start(10);
    loop.exec();
    return done.has_value();
}

} // namespace mpio::cli
