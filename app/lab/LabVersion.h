#pragma once

namespace mpio::lab {
inline const char* labVersion() { return MPIO_VERSION; }
} // namespace mpio::lab
