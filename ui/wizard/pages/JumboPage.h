#pragma once

#include <QElapsedTimer>
#include <QSet>
#include <QWizardPage>
#include <memory>

class QCheckBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace mpio {
class JumboMatrix;
class SiteConnection;
} // namespace mpio

namespace mpio::ui {

class WizardDraft;

// [6] The jumbo-frame check (guidance.md MTU-JUMBO-CHECK, MTU-DIAGNOSIS, MTU-CROSS-PATH): a grid of host/vmk
// rows × portal-IP columns that fills in live while every vmkping runs at once (JumboMatrix, asynchronous on
// the hosts' SSH clients, never a nested event loop). Click a cell for its diagnosis; a failing gate lists
// what to fix and where. The page advances when the gate passes, or with the explicit "continue anyway".
// vmks that do not exist yet (a site before its apply) are not pinged: they are shown as "not created yet".
class JumboPage : public QWizardPage
{
    Q_OBJECT

public:
    JumboPage(WizardDraft* draft, QWidget* parent = nullptr);
    ~JumboPage() override;
    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;
    // Next (button, Enter or QWizard::next()) only when complete: the gate is not just a disabled button.
    bool validatePage() override { return isComplete(); }
    bool isRunning() const { return m_running; }

private:
    void rerun();
    void runOn(SiteConnection* site);
    void buildGrid();
    void onCellChanged(int index);
    void onFinished();
    void showDetail(int row, int column);
    int rowOf(const QString& host, const QString& vmk) const;
    bool isMissing(int index) const;

    WizardDraft* m_draft;
    QLabel* m_status;
    QTableWidget* m_grid;
    QLabel* m_detail;
    QLabel* m_fix;
    QPushButton* m_rerun;
    QCheckBox* m_override;
    std::unique_ptr<JumboMatrix> m_matrix;
    QStringList m_rows;      // "host/vmk", in grid order
    QStringList m_columns;   // portal IPs, in grid order
    QSet<QString> m_missing; // "host/vmk" that the host does not have (yet)
    QElapsedTimer m_clock;
    int m_generation = 0; // replies of an older run are dropped
    bool m_running = false;
    bool m_passed = false;
    bool m_nothingToCheck = false;
};

} // namespace mpio::ui
