#pragma once

#include "core/monitor/DeviceShare.h"

#include <QChartView>

QT_BEGIN_NAMESPACE
class QBarCategoryAxis;
class QHorizontalPercentBarSeries;
QT_END_NAMESPACE

namespace mpio::ui {

// Each device's IOPS split across its paths, one 100 % bar per host and device (issue 7, page 11: "a share
// view … per device showing each path's %"). With Round Robin iops=1 and two active paths both halves are
// equal (guidance §6); a dead path shows as a missing segment.
class ShareBarsView : public QChartView
{
    Q_OBJECT

public:
    explicit ShareBarsView(QWidget* parent = nullptr);
    // Rebuilds the bars from the newest shares (sorted by host and device); `host` empty: every host.
    void showShares(QList<DeviceShareResult> shares, const QString& host = {});
    // What is drawn, for tests and accessibility: "esx01 …L0: 50 % / 50 %" per bar.
    QStringList summary() const { return m_summary; }

private:
    QHorizontalPercentBarSeries* m_bars;
    QBarCategoryAxis* m_categories;
    QStringList m_summary;
};

} // namespace mpio::ui
