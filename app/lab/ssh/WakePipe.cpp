#include "app/lab/ssh/WakePipe.h"

#include <fcntl.h>
#include <unistd.h>

namespace mpio::lab {

WakePipe::WakePipe()
{
    int fds[2];
    if (::pipe2(fds, O_NONBLOCK | O_CLOEXEC) == 0) {
        m_read = fds[0];
        m_write = fds[1];
    }
}

WakePipe::~WakePipe()
{
    if (m_read >= 0)
        ::close(m_read);
    if (m_write >= 0)
        ::close(m_write);
}

void WakePipe::notify()
{
    if (m_write < 0)
        return;
    const char byte = 1;
    [[maybe_unused]] const auto n = ::write(m_write, &byte, 1); // EAGAIN: a wake-up is already pending
}

void WakePipe::drain()
{
    char buffer[64];
    while (m_read >= 0 && ::read(m_read, buffer, sizeof buffer) > 0) {
    }
}

} // namespace mpio::lab
