// The ESXi text parsers (issue 9 fuzzing): vmkping output, `storage nmp device list` and `storage core path
// list` in their default text form. Whatever a host (or something pretending to be one) prints, they return
// a value — never a crash, a hang or a sanitizer report.
#include "core/esxi/text/CorePathListText.h"
#include "core/esxi/text/NmpDeviceListText.h"
#include "core/esxi/text/VmkpingText.h"
#include "tests/fuzz/FuzzInput.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    mpio::fuzz::ensureApp();
    const QString text = QString::fromUtf8(mpio::fuzz::bytes(data, size));
    const mpio::PingOutcome ping = mpio::esxi::parseVmkping(text);
    if (ping.received < 0 || ping.sent < 0 || (!ping.ran && ping.error != mpio::PingOutcome::Error::None))
        __builtin_trap();
    (void)mpio::esxi::parseNmpDeviceList(text);
    (void)mpio::esxi::parseCorePathList(text);
    return 0;
}
