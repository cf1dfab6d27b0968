#pragma once

class QWidget;

namespace mpio::wizard {

// For `./run.sh bench` (issue 9, start-up goal < 400 ms): with MPIO_STARTUP_PROBE=1 the first paint of
// `window` prints "first-frame <epoch ms>" on stdout and quits the application. Does nothing otherwise.
void installStartupProbe(QWidget* window);

} // namespace mpio::wizard
