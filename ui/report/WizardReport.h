#pragma once

#include "core/common/Result.h"
#include "core/report/AsBuiltData.h"

#include <QCoreApplication>

namespace mpio {
class IopsMonitor;
}

namespace mpio::ui {

class WizardDraft;

// The as-built report of what the wizard did (issue 8): the profile, what discovery saw (versions, IQNs,
// device policies, claim rules), the jumbo matrix, the failover test, the latest IOPS shares and every change
// from the apply journal. Pieces that did not run stay empty; the report says so.
class WizardReport
{
    Q_DECLARE_TR_FUNCTIONS(mpio::ui::WizardReport)

public:
    static AsBuiltData gather(const WizardDraft& draft, const IopsMonitor* monitor);
    // Writes the report as HTML or, when `path` ends in .pdf, as PDF.
    static Status exportTo(const AsBuiltData& data, const QString& path);
};

} // namespace mpio::ui
