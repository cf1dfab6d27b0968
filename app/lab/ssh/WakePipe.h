#pragma once

namespace mpio::lab {

// Wakes a thread blocked in ssh_event_dopoll from another thread: the pipe's read end is one of the
// event's fds, notify() writes a byte to it. Without it a finished command's answer waited for the poll
// slice to end (up to 100 ms added to every exec: one lab vmkping measured 90 ms, a real one answers in
// its round trips) — the lab must answer when the modelled work is done, as a real sshd does.
class WakePipe
{
public:
    WakePipe();
    ~WakePipe();
    WakePipe(const WakePipe&) = delete;
    WakePipe& operator=(const WakePipe&) = delete;

    bool isValid() const { return m_read >= 0; }
    int readFd() const { return m_read; }
    void notify(); // thread-safe; never blocks (a full pipe already means "wake up")
    void drain();  // on the polling thread

private:
    int m_read = -1;
    int m_write = -1;
};

} // namespace mpio::lab
