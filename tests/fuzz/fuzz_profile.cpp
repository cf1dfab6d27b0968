// Profile loading (issue 9 fuzzing): any bytes either load as a Site that the validator can judge, or give a
// clear error; never a crash, a hang or a sanitizer report.
#include "core/model/SiteJson.h"
#include "core/validation/SiteValidator.h"
#include "tests/fuzz/FuzzInput.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    mpio::fuzz::ensureApp();
    const auto site = mpio::SiteJson::load(mpio::fuzz::bytes(data, size));
    if (site.ok()) {
        (void)mpio::SiteValidator::validate(*site);
        // What loads must survive a save/load round trip unchanged.
        const auto again = mpio::SiteJson::load(mpio::SiteJson::save(*site));
        if (!again.ok() || !(*again == *site))
            __builtin_trap();
    } else if (site.error().message.isEmpty()) {
        __builtin_trap(); // every refusal says what is wrong
    }
    return 0;
}
