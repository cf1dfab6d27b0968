// The esxcli XML reader (issue 9 fuzzing): any bytes give a value or an "esxi.xml" error, never a crash.
#include "core/esxi/EsxcliXml.h"
#include "tests/fuzz/FuzzInput.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    mpio::fuzz::ensureApp();
    const auto value = mpio::esxi::EsxcliXml::parse(mpio::fuzz::bytes(data, size));
    if (!value.ok() && value.error().code != QLatin1String("esxi.xml"))
        __builtin_trap();
    if (value.ok())
        for (const auto& r : value->records())
            (void)r.string(QStringLiteral("Name"));
    return 0;
}
