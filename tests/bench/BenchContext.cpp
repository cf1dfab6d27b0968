#include "BenchContext.h"

#include <algorithm>
#include <cmath>

namespace mpio::bench {

double percentile(QList<double> values, double p)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const double rank = p / 100.0 * static_cast<double>(values.size() - 1);
    const auto lo = static_cast<qsizetype>(std::floor(rank));
    const auto hi = static_cast<qsizetype>(std::ceil(rank));
    return values[lo] + (values[hi] - values[lo]) * (rank - static_cast<double>(lo));
}

double median(QList<double> values)
{
    return percentile(std::move(values), 50);
}

QList<std::pair<QString, Benchmark>>& BenchRegistry::all()
{
    static QList<std::pair<QString, Benchmark>> list;
    return list;
}

} // namespace mpio::bench
