#pragma once

#include "core/report/AsBuiltData.h"

#include <QCoreApplication>
#include <QString>

namespace mpio {

// The as-built report as one self-contained HTML file: inline CSS, the topology and the IOPS share chart
// as inline SVG, no external resources, so it can be mailed and archived as is. Text follows the UI
// language (tr). Nothing in AsBuiltData holds a secret; the renderer additionally masks anything the
// Redactor knows, as a second line of defence.
class HtmlReport
{
    Q_DECLARE_TR_FUNCTIONS(mpio::HtmlReport)

public:
    static QString render(const AsBuiltData& data);
    static QString topologySvg(const Site& site);
    static QString shareChartSvg(const QList<AsBuiltData::PathShareFigure>& shares);
};

} // namespace mpio
