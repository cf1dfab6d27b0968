#pragma once

#include "core/plan/JournalContents.h"
#include "core/report/AsBuiltData.h"

namespace mpio {

// The report's "every change made" comes from the apply journal (issue 8): each applied, failed and undone
// step with its time, system, description and exact command (sanitized: keychain references, never
// secrets), plus the plan's findings and decisions.
class AsBuiltJournal
{
public:
    static void addTo(AsBuiltData& data, const JournalContents& journal);
};

} // namespace mpio
