#pragma once

#include "core/model/Site.h"
#include "core/plan/Plan.h"

#include <QStringList>

namespace mpio {

// The jumbo gate as a step of the plan (issue 5, MTU-JUMBO-CHECK): after the network part (vSwitches, port
// groups, vmks, TrueNAS NICs) and before any iSCSI change on either side. As a step of the DAG it is
// journaled like any other, resume runs it again, and the runner stops on its failure with the diagnosis.
// Action kind "jumbo-gate" (JumboGateExecutor runs the matrix).
struct JumboGateStep
{
    static constexpr const char* kId = "checks/jumbo-gate";
    static constexpr const char* kKind = "jumbo-gate";

    // Adds the gate when the plan changes anything iSCSI: it depends on every id in `network` and every
    // other step depends on it. A plan without an iSCSI step gets no gate (a second plan stays empty).
    static void insert(Plan& plan, const Site& site, const QStringList& network);
};

} // namespace mpio
