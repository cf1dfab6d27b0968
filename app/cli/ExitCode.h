#pragma once

namespace mpio::cli {

// DESIGN.md "mpioctl conventions": scripts and tests rely on these numbers.
enum ExitCode : int {
    Success = 0,      // success / clean
    FindingsFound = 1,    // findings or failed checks
    BadUsage = 2,     // bad usage or unusable input
    Connection = 3,   // connection, authentication or trust failure
    ApplyFailed = 4,  // apply failed (journal written; its path printed)
};

} // namespace mpio::cli
