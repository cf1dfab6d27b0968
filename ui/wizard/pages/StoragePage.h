#pragma once

#include "core/validation/Finding.h"

#include <QHash>
#include <QWizardPage>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;

namespace mpio::ui {

class FindingLabel;
class WizardDraft;

// [5] Storage and target: the pool, the zvol (name, size, volblocksize, compression, sync), the target name,
// CHAP (none, one-way, mutual; the secrets go to the credential store, never into the profile) and the
// port-binding mode with its explanation (ESX-BINDING-SAME-SUBNET). Every field shows its findings under it,
// live; errors keep the page from advancing. With a TrueNAS snapshot the pool must exist, the size must fit
// (TN-ZVOL, 80 % of free space) and sync=always without a log vdev warns (TN-SLOG).
class StoragePage : public QWizardPage
{
    Q_OBJECT

public:
    StoragePage(WizardDraft* draft, QWidget* parent = nullptr);
    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

    const Findings& findings() const { return m_findings; }

private:
    void loadFromDraft();
    void storeToDraft();
    void revalidate();
    Findings discoveryFindings();
    QString bindingExplanation() const;

    WizardDraft* m_draft;
    bool m_loading = false;
    bool m_overFreeSpace = false; // the size exceeds 80 % of the pool's free space (TN-ZVOL)
    QComboBox* m_pool;
    QLineEdit* m_zvol;
    QLineEdit* m_size;
    QCheckBox* m_forceSize;
    QComboBox* m_volblocksize;
    QComboBox* m_compression;
    QComboBox* m_sync;
    QLabel* m_poolInfo;
    QLineEdit* m_target;
    QComboBox* m_auth;
    QLineEdit* m_chapUser;
    QLineEdit* m_chapSecret;
    QLineEdit* m_peerUser;
    QLineEdit* m_peerSecret;
    QComboBox* m_binding;
    QLabel* m_bindingText;
    QLabel* m_summary;
    QHash<QString, FindingLabel*> m_labels; // by profile field ("/storage/size")
    QList<QWidget*> m_chapRows;
    QList<QWidget*> m_mutualRows;
    Findings m_findings;
};

} // namespace mpio::ui
