// Journal reading (issue 9: truncated or corrupt journals are refused with a clear error, never a crash).
#include "core/plan/JournalReader.h"
#include "tests/fuzz/FuzzInput.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    mpio::fuzz::ensureApp();
    const auto contents =
        mpio::JournalReader::parse(mpio::fuzz::bytes(data, size), QStringLiteral("fuzz.jsonl"));
    if (!contents.ok() && contents.error().message.isEmpty())
        __builtin_trap();
    (void)mpio::JournalReader::looksLikeJournal(mpio::fuzz::bytes(data, size));
    return 0;
}
