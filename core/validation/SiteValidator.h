#pragma once

#include "core/model/Site.h"
#include "core/validation/Finding.h"

namespace mpio {

// Runs every rule that a Site alone can decide (guidance.md §1 fully, §2–§5 where no discovery is needed).
// Pure and fast (microseconds for 16 hosts): the wizard runs it on every keystroke.
class SiteValidator
{
public:
    static Findings validate(const Site& site);
};

} // namespace mpio
