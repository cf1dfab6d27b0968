#include "app/lab/shell/CommandRunner.h"

namespace mpio::lab {

CommandRunner::~CommandRunner() = default;

} // namespace mpio::lab
