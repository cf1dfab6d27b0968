#pragma once

#include "core/common/Result.h"

#include <QWizardPage>
#include <memory>

class QComboBox;
class QLabel;
class QTimer;
class QListWidget;
class QPushButton;

namespace mpio {
class IopsMonitor;
namespace esxi {
class EsxiPathStatsSource;
}
} // namespace mpio

namespace mpio::ui {

class PathLinesView;
class ShareBarsView;
class WizardDraft;

// [11] The last page (DESIGN.md: "ends on a chart view of live per-path IOPS distribution"): IOPS per path
// over a rolling two-minute window (all hosts or the one chosen), each path's share of its device per host
// as 100 % bars, path state badges with changes as they happen, imbalance and APD alerts. Polls every host
// once a second through IopsMonitor; keeps running until the window closes. In the lab, a button starts a
// workload so there is I/O to see. "Export report…" saves the as-built report (issue 8) as HTML or PDF.
class LiveIopsPage : public QWizardPage
{
    Q_OBJECT

public:
    LiveIopsPage(WizardDraft* draft, QWidget* parent = nullptr);
    ~LiveIopsPage() override;
    void initializePage() override;
    int nextId() const override { return -1; } // the last page (the audit page has a higher id)
    // The as-built report of this setup, with the shares shown now, as HTML or (path ends in .pdf) PDF.
    Status exportReportTo(const QString& path);
    // The profile as applied (edits included), to a file; it becomes the newest recent profile.
    Status saveProfileTo(const QString& path);

private:
    void onPolled();
    void refresh();
    void startLabWorkload();
    void chooseReportFile();
    void chooseProfileFile();

    WizardDraft* m_draft;
    PathLinesView* m_view;
    QComboBox* m_hostFilter;
    ShareBarsView* m_shareBars;
    QTimer* m_refresh;
    QLabel* m_shares;
    QListWidget* m_events;
    QPushButton* m_workload;
    QPushButton* m_export;
    std::unique_ptr<esxi::EsxiPathStatsSource> m_source;
    std::unique_ptr<IopsMonitor> m_monitor;
};

} // namespace mpio::ui
