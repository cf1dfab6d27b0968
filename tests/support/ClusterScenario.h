#pragma once

#include <QString>

namespace mpio::test {

// cluster-16 (app/lab/scenarios, tests/data/profiles) cut or grown to n hosts, written as
// dir/scenario.json and dir/profile.json: the same host template renamed esx01…esxNN with their own
// management and path addresses, /26 path subnets beyond 16 hosts (a /27 holds 29 hosts besides TrueNAS).
// The same generation as the apply benchmark (tests/bench/bench_apply.cpp).
bool writeClusterScenario(int n, const QString& dir, QString* error);

} // namespace mpio::test
