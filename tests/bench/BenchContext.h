#pragma once

#include "BenchResult.h"

#include <QList>
#include <QString>
#include <functional>

namespace mpio::bench {

// Where the binaries are and where results go; every benchmark gets the same context.
struct BenchContext
{
    QString buildDir;  // build/gui (mpioctl, mpio-lab, mpio-wizard inside)
    QString outDir;    // build/bench
    QString sourceDir; // the checkout (scenarios, profiles)
    QString mpioctl() const { return buildDir + QStringLiteral("/app/cli/mpioctl"); }
    QString lab() const { return buildDir + QStringLiteral("/app/lab/mpio-lab"); }
    QString wizard() const { return buildDir + QStringLiteral("/app/wizard/mpio-wizard"); }
};

using Benchmark = std::function<QList<Figure>(const BenchContext&)>;

// Statistics over repeated runs.
double median(QList<double> values);
double percentile(QList<double> values, double p);

// Each file bench_*.cpp registers its benchmarks here (static registration keeps main free of a list that
// every new benchmark would have to edit).
struct BenchRegistry
{
    static QList<std::pair<QString, Benchmark>>& all();
    BenchRegistry(const QString& name, Benchmark bench) { all().append({name, std::move(bench)}); }
};

} // namespace mpio::bench
