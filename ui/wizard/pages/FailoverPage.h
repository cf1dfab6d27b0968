#pragma once

#include <QWizardPage>
#include <memory>

class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace mpio {
class FailoverTest;
class IopsMonitor;
class LabControlClient;
class LabFaultActor;
struct FailoverResult;
namespace esxi {
class EsxiPathStatsSource;
}
} // namespace mpio

namespace mpio::ui {

class WizardDraft;

// [10] The article's failover protocol (seed "Verification and failover testing", guidance.md §6) on one
// host: both paths active → both carry IOPS → path A fails → B carries 100 % → recovery, each step live with
// what was measured. In the lab the runner injects the fault itself through the control interface (as
// `mpioctl failover-test` does) after a workload is started. It breaks a switch, so it only starts on an
// explicit click; Cancel mends the fault. The page can be skipped.
class FailoverPage : public QWizardPage
{
    Q_OBJECT

public:
    FailoverPage(WizardDraft* draft, QWidget* parent = nullptr);
    ~FailoverPage() override;
    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;
    // Next (button, Enter or QWizard::next()) only when complete: the gate is not just a disabled button.
    bool validatePage() override { return isComplete(); }
    bool isRunning() const { return m_running; }

private:
    void start();
    void startTest();
    void onFinished(const FailoverResult& result);
    void fail(const QString& message);
    void setStep(int index, const QString& state, const QColor& colour, const QString& detail);
    void stopRunner();

    WizardDraft* m_draft;
    QLabel* m_status;
    QComboBox* m_host;
    QComboBox* m_fault;
    QTableWidget* m_steps;
    QLabel* m_figures;
    QPushButton* m_start;
    QPushButton* m_cancel;
    QCheckBox* m_skip;
    // Destroyed in reverse order: the test before the monitor and the fault actor it uses.
    std::unique_ptr<LabControlClient> m_control;
    std::unique_ptr<LabFaultActor> m_actor;
    std::unique_ptr<esxi::EsxiPathStatsSource> m_source;
    std::unique_ptr<IopsMonitor> m_monitor;
    std::unique_ptr<FailoverTest> m_test;
    bool m_running = false;
    bool m_finished = false;
};

} // namespace mpio::ui
