#include "ui/wizard/pages/StoragePage.h"

#include "core/credentials/CredentialStore.h"
#include "core/model/ByteSize.h"
#include "core/site/SiteConnection.h"
#include "core/validation/ChapSecretRules.h"
#include "core/validation/RuleCatalog.h"
#include "core/validation/SiteValidator.h"
#include "ui/widgets/FindingLabel.h"
#include "ui/wizard/WizardDraft.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QScrollArea>
#include <QVBoxLayout>

namespace mpio::ui {

namespace {

// A field with its finding label under it, as one form row.
QWidget* withLabel(QWidget* field, FindingLabel* label, QWidget* parent)
{
    auto* box = new QWidget(parent);
    auto* v = new QVBoxLayout(box);
    v->setContentsMargins(0, 0, 0, 0);
    v->setSpacing(2);
    v->addWidget(field);
    v->addWidget(label);
    return box;
}

QComboBox* combo(const QString& objectName, const QList<QPair<QString, QVariant>>& items, QWidget* parent)
{
    auto* c = new QComboBox(parent);
    c->setObjectName(objectName);
    for (const auto& [text, data] : items)
        c->addItem(text, data);
    return c;
}

void selectData(QComboBox* c, const QVariant& data)
{
    const int i = c->findData(data);
    if (i >= 0)
        c->setCurrentIndex(i);
    else if (c->isEditable())
        c->setEditText(data.toString());
}

} // namespace

StoragePage::StoragePage(WizardDraft* draft, QWidget* parent)
    : QWizardPage(parent)
    , m_draft(draft)
{
    setObjectName(QStringLiteral("storagePage"));
    setTitle(tr("Storage and target"));
    setSubTitle(tr("The zvol TrueNAS exports, the iSCSI target the ESXi hosts log in to, and how they log "
                   "in. The recommended values are preset."));

    auto* storageBox = new QGroupBox(tr("ZFS volume on TrueNAS"), this);
    auto* storageForm = new QFormLayout(storageBox);
    auto* targetBox = new QGroupBox(tr("iSCSI target and ESXi"), this);
    auto* targetForm = new QFormLayout(targetBox);
    for (QFormLayout* f : {storageForm, targetForm}) {
        f->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
        f->setRowWrapPolicy(QFormLayout::WrapLongRows);
    }

    // Adds a field row whose findings (profile field `field`) show under it.
    auto addRow = [this](QFormLayout* form, const QString& text, QWidget* w, const QString& field,
                         const QString& labelName) {
        auto* label = new FindingLabel(w, labelName, this);
        m_labels.insert(field, label);
        QWidget* row = withLabel(w, label, this);
        form->addRow(text, row);
        return row;
    };

    m_pool = new QComboBox(this);
    m_pool->setObjectName(QStringLiteral("poolCombo"));
    m_pool->setEditable(true);
    m_pool->setAccessibleName(tr("Pool"));
    addRow(storageForm, tr("&Pool:"), m_pool, QStringLiteral("/storage/pool"), QStringLiteral("poolError"));
    m_poolInfo = new QLabel(this);
    m_poolInfo->setObjectName(QStringLiteral("poolInfo"));
    m_poolInfo->setWordWrap(true);
    storageForm->addRow(QString(), m_poolInfo);

    m_zvol = new QLineEdit(this);
    m_zvol->setObjectName(QStringLiteral("zvolEdit"));
    m_zvol->setAccessibleName(tr("zvol name"));
    m_zvol->setPlaceholderText(QStringLiteral("tank/iscsi-vmw01"));
    addRow(storageForm, tr("&zvol:"), m_zvol, QStringLiteral("/storage/zvol"), QStringLiteral("zvolError"));

    m_size = new QLineEdit(this);
    m_size->setObjectName(QStringLiteral("sizeEdit"));
    m_size->setAccessibleName(tr("zvol size"));
    m_size->setPlaceholderText(tr("4T, 500G …"));
    m_size->setToolTip(tr("Binary units as ZFS writes them: 500G, 4T."));
    addRow(storageForm, tr("&Size:"), m_size, QStringLiteral("/storage/size"), QStringLiteral("sizeError"));
    m_forceSize = new QCheckBox(tr("Allow more than 80 % of the pool's free space"), this);
    m_forceSize->setObjectName(QStringLiteral("forceSizeCheck"));
    storageForm->addRow(QString(), m_forceSize);

    m_volblocksize = combo(QStringLiteral("volblocksizeCombo"),
                           {{QStringLiteral("4K"), 4096},
                            {QStringLiteral("8K"), 8192},
                            {tr("16K (recommended)"), 16384},
                            {QStringLiteral("32K"), 32768},
                            {QStringLiteral("64K"), 65536},
                            {QStringLiteral("128K"), 131072}},
                           this);
    m_volblocksize->setAccessibleName(tr("volblocksize"));
    addRow(storageForm, tr("&Block size:"), m_volblocksize, QStringLiteral("/storage/volblocksize"),
           QStringLiteral("volblocksizeError"));
    m_compression = combo(QStringLiteral("compressionCombo"),
                          {{tr("LZ4 (recommended)"), QStringLiteral("LZ4")},
                           {QStringLiteral("ZSTD"), QStringLiteral("ZSTD")},
                           {QStringLiteral("GZIP"), QStringLiteral("GZIP")},
                           {tr("Off"), QStringLiteral("OFF")}},
                          this);
    m_compression->setAccessibleName(tr("Compression"));
    addRow(storageForm, tr("&Compression:"), m_compression, QStringLiteral("/storage/compression"),
           QStringLiteral("compressionError"));
    m_sync = combo(QStringLiteral("syncCombo"),
                   {{tr("Always (required for VMware)"), QStringLiteral("ALWAYS")},
                    {tr("Standard"), QStringLiteral("STANDARD")},
                    {tr("Disabled"), QStringLiteral("DISABLED")}},
                   this);
    m_sync->setAccessibleName(tr("Sync"));
    addRow(storageForm, tr("S&ync:"), m_sync, QStringLiteral("/storage/sync"), QStringLiteral("syncError"));

    m_target = new QLineEdit(this);
    m_target->setObjectName(QStringLiteral("targetEdit"));
    m_target->setAccessibleName(tr("Target name"));
    m_target->setToolTip(tr("The part after the basename: lower-case letters, digits, '-', '.', ':'."));
    addRow(targetForm, tr("&Target name:"), m_target, QStringLiteral("/iscsi/targetName"),
           QStringLiteral("targetError"));
    m_auth = combo(QStringLiteral("authCombo"),
                   {{tr("None"), int(AuthMode::None)},
                    {tr("CHAP"), int(AuthMode::Chap)},
                    {tr("Mutual CHAP"), int(AuthMode::MutualChap)}},
                   this);
    m_auth->setAccessibleName(tr("Authentication"));
    addRow(targetForm, tr("&Authentication:"), m_auth, QStringLiteral("/iscsi/auth/mode"),
           QStringLiteral("authError"));
    m_chapUser = new QLineEdit(this);
    m_chapUser->setObjectName(QStringLiteral("chapUserEdit"));
    m_chapUser->setAccessibleName(tr("CHAP user"));
    m_chapRows << addRow(targetForm, tr("CHAP &user:"), m_chapUser, QStringLiteral("/iscsi/auth/user"),
                         QStringLiteral("chapUserError"));
    m_chapSecret = new QLineEdit(this);
    m_chapSecret->setObjectName(QStringLiteral("chapSecretEdit"));
    m_chapSecret->setAccessibleName(tr("CHAP secret"));
    m_chapSecret->setEchoMode(QLineEdit::Password);
    m_chapSecret->setToolTip(tr("12–16 characters; stored in the keychain, never in the profile."));
    m_chapRows << addRow(targetForm, tr("CHAP s&ecret:"), m_chapSecret, QStringLiteral("/iscsi/auth/secret"),
                         QStringLiteral("chapSecretError"));
    m_peerUser = new QLineEdit(this);
    m_peerUser->setObjectName(QStringLiteral("peerUserEdit"));
    m_peerUser->setAccessibleName(tr("Mutual CHAP user"));
    m_mutualRows << addRow(targetForm, tr("&Mutual user:"), m_peerUser,
                           QStringLiteral("/iscsi/auth/peerUser"), QStringLiteral("peerUserError"));
    m_peerSecret = new QLineEdit(this);
    m_peerSecret->setObjectName(QStringLiteral("peerSecretEdit"));
    m_peerSecret->setAccessibleName(tr("Mutual CHAP secret"));
    m_peerSecret->setEchoMode(QLineEdit::Password);
    m_mutualRows << addRow(targetForm, tr("Mutual sec&ret:"), m_peerSecret,
                           QStringLiteral("/iscsi/auth/peerSecret"), QStringLiteral("peerSecretError"));

    m_binding = combo(QStringLiteral("bindingCombo"),
                      {{tr("Automatic (recommended)"), int(BindingMode::Auto)},
                       {tr("Never bind"), int(BindingMode::Never)},
                       {tr("Bind as the article does"), int(BindingMode::Always)}},
                      this);
    m_binding->setAccessibleName(tr("Port binding"));
    addRow(targetForm, tr("Port b&inding:"), m_binding, QStringLiteral("/policy/binding"),
           QStringLiteral("bindingError"));
    m_bindingText = new QLabel(this);
    m_bindingText->setObjectName(QStringLiteral("bindingExplanation"));
    m_bindingText->setWordWrap(true);
    targetForm->addRow(QString(), m_bindingText);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("storageSummary"));
    m_summary->setWordWrap(true);

    auto* content = new QWidget(this);
    auto* columns = new QHBoxLayout(content);
    columns->setContentsMargins(0, 0, 0, 0);
    columns->addWidget(storageBox, 1, Qt::AlignTop);
    columns->addWidget(targetBox, 1, Qt::AlignTop);
    auto* scroll = new QScrollArea(this);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(scroll, 1);
    layout->addWidget(m_summary);

    for (QLineEdit* e : {m_zvol, m_size, m_target, m_chapUser, m_chapSecret, m_peerUser, m_peerSecret})
        connect(e, &QLineEdit::textChanged, this, &StoragePage::storeToDraft);
    for (QComboBox* c : {m_volblocksize, m_compression, m_sync, m_auth, m_binding})
        connect(c, &QComboBox::currentIndexChanged, this, &StoragePage::storeToDraft);
    connect(m_pool, &QComboBox::editTextChanged, this, &StoragePage::storeToDraft);
    connect(m_forceSize, &QCheckBox::toggled, this, &StoragePage::storeToDraft);
}

void StoragePage::initializePage()
{
    loadFromDraft();
    revalidate();
}

void StoragePage::loadFromDraft()
{
    m_loading = true;
    const Site& s = m_draft->site;
    m_pool->clear();
    if (SiteConnection* c = m_draft->connection())
        for (const auto& p : c->input().truenas.pools)
            m_pool->addItem(p.name, p.name);
    selectData(m_pool, s.storage.pool);
    m_pool->setEditText(s.storage.pool);
    m_zvol->setText(s.storage.zvol);
    m_size->setText(s.storage.sizeBytes ? ByteSize::format(s.storage.sizeBytes) : QString());
    m_forceSize->setChecked(s.storage.forceSize);
    selectData(m_volblocksize, s.storage.volblocksize);
    selectData(m_compression, s.storage.compression.toUpper());
    selectData(m_sync, s.storage.sync.toUpper());
    m_target->setText(s.iscsi.targetName);
    selectData(m_auth, int(s.iscsi.auth));
    m_chapUser->setText(s.iscsi.chapUser);
    m_peerUser->setText(s.iscsi.peerUser);
    selectData(m_binding, int(s.policy.binding));
    m_loading = false;
}

void StoragePage::storeToDraft()
{
    if (m_loading)
        return;
    Site& s = m_draft->site;
    s.storage.pool = m_pool->currentText().trimmed();
    s.storage.zvol = m_zvol->text().trimmed();
    s.storage.sizeBytes = ByteSize::parse(m_size->text().trimmed()).value_or(0);
    s.storage.forceSize = m_forceSize->isChecked();
    s.storage.volblocksize = m_volblocksize->currentData().toInt();
    s.storage.compression = m_compression->currentData().toString();
    s.storage.sync = m_sync->currentData().toString();
    s.iscsi.targetName = m_target->text().trimmed();
    s.iscsi.auth = AuthMode(m_auth->currentData().toInt());
    s.iscsi.chapUser = m_chapUser->text().trimmed();
    s.iscsi.peerUser = m_peerUser->text().trimmed();
    s.policy.binding = BindingMode(m_binding->currentData().toInt());
    revalidate();
}

Findings StoragePage::discoveryFindings()
{
    Findings out;
    m_overFreeSpace = false;
    SiteConnection* c = m_draft->connection();
    if (!c || c->input().truenas.pools.isEmpty())
        return out; // not discovered (yet): the plan checks against TrueNAS later
    const TrueNasSnapshot truenas = c->input().truenas;
    const StorageSpec& st = m_draft->site.storage;
    const TrueNasSnapshot::Pool* pool = truenas.pool(st.pool);
    if (!pool) {
        QStringList names;
        for (const auto& p : truenas.pools)
            names << p.name;
        out.append(RuleCatalog::make("TN-ZVOL", QStringLiteral("/storage/pool"),
                                     tr("TrueNAS has no pool “%1”.").arg(st.pool),
                                     tr("Choose one of: %1.").arg(names.join(QStringLiteral(", ")))));
        return out;
    }
    // TN-ZVOL: a new zvol larger than 80 % of the free space fills the pool (ZFS slows down sharply when
    // nearly full); an existing zvol of that name is kept as it is, so its size is not checked here.
    if (!truenas.zvol(st.zvol) && st.sizeBytes > 0 && !st.forceSize && pool->free > 0 &&
        st.sizeBytes > quint64(pool->free) / 5 * 4) {
        m_overFreeSpace = true;
        out.append(RuleCatalog::make(
            "TN-ZVOL", QStringLiteral("/storage/size"),
            tr("%1 is more than 80 % of the %2 free in pool %3.")
                .arg(ByteSize::format(st.sizeBytes), ByteSize::format(quint64(pool->free)), pool->name),
            tr("Use at most %1, or tick “Allow more than 80 %”.")
                .arg(ByteSize::format(quint64(pool->free) / 5 * 4 / quint64(std::max(st.volblocksize, 1)) *
                                      quint64(std::max(st.volblocksize, 1))))));
    }
    // TN-SLOG: sync=always sends every write through the ZIL; without a log vdev that is the data disks.
    if (st.sync.toUpper() == QLatin1String("ALWAYS") && !pool->hasSlog)
        out.append(RuleCatalog::make(
            "TN-SLOG", QStringLiteral("/storage/sync"),
            tr("Pool %1 has no log vdev (SLOG): with sync=always every write waits for the data disks.")
                .arg(pool->name),
            tr("Add a power-loss-protected NVMe or Optane SLOG to the pool; keep sync=always.")));
    return out;
}

void StoragePage::revalidate()
{
    const Site& s = m_draft->site;
    m_findings.clear();
    const QString sizeText = m_size->text().trimmed();
    const bool sizeUnreadable = !sizeText.isEmpty() && !ByteSize::parse(sizeText);
    for (const Finding& f : SiteValidator::validate(s)) {
        if (!m_labels.contains(f.field))
            continue; // fields of other pages (or not editable here) are their pages' business
        if (sizeUnreadable && f.field == QLatin1String("/storage/size"))
            continue; // replaced by the clearer message below
        m_findings.append(f);
    }
    if (sizeUnreadable)
        m_findings.append(RuleCatalog::make("TN-ZVOL", QStringLiteral("/storage/size"),
                                            tr("“%1” is not a size.").arg(sizeText),
                                            tr("Write a number with a unit, for example 4T or 500G.")));
    m_findings += ChapSecretRules::check(s.iscsi.auth, m_chapSecret->text(), m_peerSecret->text());
    m_findings += discoveryFindings();

    for (auto it = m_labels.cbegin(); it != m_labels.cend(); ++it) {
        Findings at;
        for (const Finding& f : m_findings)
            if (f.field == it.key())
                at.append(f);
        it.value()->setFindings(at);
    }

    const bool chap = s.iscsi.auth != AuthMode::None;
    const bool mutual = s.iscsi.auth == AuthMode::MutualChap;
    for (QWidget* row : std::as_const(m_chapRows))
        if (auto* f = qobject_cast<QFormLayout*>(row->parentWidget()->layout()))
            f->setRowVisible(row, chap);
    for (QWidget* row : std::as_const(m_mutualRows))
        if (auto* f = qobject_cast<QFormLayout*>(row->parentWidget()->layout()))
            f->setRowVisible(row, mutual);

    if (SiteConnection* c = m_draft->connection(); c && c->input().truenas.pool(s.storage.pool)) {
        const TrueNasSnapshot::Pool p = *c->input().truenas.pool(s.storage.pool);
        m_poolInfo->setText(tr("%1: %2, %3 free of %4; log vdev: %5")
                                .arg(p.name, p.status, ByteSize::format(quint64(p.free)),
                                     ByteSize::format(quint64(p.size)),
                                     p.hasSlog ? p.slogVdevs.join(QStringLiteral(", ")) : tr("none")));
    } else {
        m_poolInfo->setText(tr("Pools are listed after discovery."));
    }
    m_bindingText->setText(bindingExplanation());
    // The override is offered only where it applies; a ticked box stays visible so it can be unticked.
    m_forceSize->setVisible(m_forceSize->isChecked() || m_overFreeSpace);

    const int errors = countOf(m_findings, Severity::Error);
    const int warnings = countOf(m_findings, Severity::Warning);
    m_summary->setText(errors > 0     ? tr("<span style=\"color:#b71c1c\"><b>%n error(s)</b></span> to fix "
                                               "before going on; each is shown under its field.",
                                           nullptr, errors)
                       : warnings > 0 ? tr("No errors; %n warning(s) to consider.", nullptr, warnings)
                                      : tr("Every storage and target rule passes."));
    emit completeChanged();
}

QString StoragePage::bindingExplanation() const
{
    // ESX-BINDING-SAME-SUBNET (VMware KB 2038869): binding is for vmks and portals in ONE subnet.
    switch (m_draft->site.policy.binding) {
    case BindingMode::Auto:
        return tr(
            "With one subnet per path the vmks are not bound to the software iSCSI adapter: each vmk "
            "reaches the portal of its path through the routing table, one session per portal, two "
            "paths (ESX-BINDING-SAME-SUBNET, VMware KB 2038869). Binding is used only when all vmks and "
            "portals share one subnet.");
    case BindingMode::Never:
        return tr("No port binding: each vmk reaches the portal of its path through the routing table, with "
                  "static targets per portal (ESX-BINDING-SAME-SUBNET).");
    case BindingMode::Always:
        return tr("Binding as the seed article does: with one subnet per path every bound vmk tries every "
                  "portal, 2 × 2 = 4 logins of which 2 stay dead, rescans slow down and path counts are "
                  "wrong (ESX-BINDING-SAME-SUBNET, VMware KB 2038869). Choose this only if you know why.");
    }
    return {};
}

bool StoragePage::isComplete() const
{
    return !hasErrors(m_findings);
}

bool StoragePage::validatePage()
{
    // The secrets go to the credential store (the keychain in the product), never into the profile.
    // isComplete() greys out Next; QWizard::next() (Enter, scripts, tests) asks validatePage() only.
    if (!isComplete())
        return false;
    const Site& s = m_draft->site;
    if (s.iscsi.auth == AuthMode::None)
        return true;
    // A failed write leaves the CHAP secret to be asked again when the plan needs it; the page does not
    // block.
    CredentialStore* store = m_draft->credentials();
    store->write({QStringLiteral("chap"), s.truenas.host, s.iscsi.chapUser}, m_chapSecret->text(),
                 [](Status) {});
    if (s.iscsi.auth == AuthMode::MutualChap)
        store->write({QStringLiteral("chap-peer"), s.truenas.host, s.iscsi.peerUser}, m_peerSecret->text(),
                     [](Status) {});
    return true;
}

} // namespace mpio::ui
