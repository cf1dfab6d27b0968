#include "ui/wizard/pages/ApplyPage.h"

#include "core/checks/JumboGateExecutor.h"
#include "core/plan/JumboGateStep.h"
#include "core/plan/PlanRunner.h"
#include "core/site/SiteConnection.h"
#include "ui/wizard/WizardDraft.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace mpio::ui {

QString ApplyPage::outcomeSentence(PlanRunner::Outcome outcome)
{
    switch (outcome) {
    case PlanRunner::Outcome::Completed:
        return tr("The apply completed.");
    case PlanRunner::Outcome::Stopped:
        return tr("The apply stopped; what is done stays in place.");
    case PlanRunner::Outcome::Cancelled:
        return tr("The apply was cancelled.");
    case PlanRunner::Outcome::RolledBack:
        return tr("Everything applied was rolled back.");
    case PlanRunner::Outcome::RollbackFailed:
        return tr("The rollback failed: check the journal.");
    case PlanRunner::Outcome::None:
        break;
    }
    return tr("The apply has not finished.");
}

ApplyPage::ApplyPage(WizardDraft* draft, QWidget* parent)
    : QWizardPage(parent)
    , m_draft(draft)
{
    setObjectName(QStringLiteral("applyPage"));
    setTitle(tr("Apply"));
    setSubTitle(tr("Both sides are changed step by step; every step is written to a journal first."));
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("applyProgress"));
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("applyStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_log = new QListWidget(this);
    m_log->setObjectName(QStringLiteral("applyLog"));
    m_log->setAccessibleName(tr("Apply log"));
    m_cancel = new QPushButton(tr("&Cancel the apply"), this);
    m_rollback = new QPushButton(tr("&Roll back"), this);
    m_retry = new QPushButton(tr("Re&try the step"), this);
    m_stop = new QPushButton(tr("&Stop and keep what is done"), this);
    // Only after a failed jumbo gate: the user's explicit "go on anyway" (MTU-JUMBO-CHECK), journaled.
    m_override = new QPushButton(tr("Continue &anyway (ignore the jumbo check)"), this);
    m_override->setObjectName(QStringLiteral("overrideGateButton"));
    m_override->setToolTip(tr("The iSCSI part runs although a path drops large frames: expect slow I/O or "
                              "dead paths on it until the MTU is fixed."));
    m_rollback->setObjectName(QStringLiteral("rollbackButton"));
    m_retry->setObjectName(QStringLiteral("retryButton"));
    auto* buttons = new QHBoxLayout;
    for (QPushButton* b : {m_cancel, m_rollback, m_retry, m_stop, m_override})
        buttons->addWidget(b);
    buttons->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);
    layout->addWidget(m_log, 1);
    layout->addLayout(buttons);
    showDecision(false);
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        if (m_runner)
            m_runner->cancel();
    });
    connect(m_rollback, &QPushButton::clicked, this, [this] {
        showDecision(false);
        m_runner->rollback();
    });
    connect(m_retry, &QPushButton::clicked, this, [this] {
        showDecision(false);
        m_runner->retry();
    });
    connect(m_stop, &QPushButton::clicked, this, [this] {
        showDecision(false);
        m_runner->stop();
    });
    connect(m_override, &QPushButton::clicked, this, [this] {
        showDecision(false);
        m_draft->connection()->jumboGate()->setOverride(true);
        m_log->addItem(tr("⚠ Jumbo gate overridden by the user (MTU-JUMBO-CHECK)"));
        m_runner->retry();
    });
}

ApplyPage::~ApplyPage() = default;

bool ApplyPage::isRunning() const
{
    return m_runner && !m_finished;
}

void ApplyPage::showDecision(bool visible)
{
    m_rollback->setVisible(visible);
    m_retry->setVisible(visible);
    m_stop->setVisible(visible);
    m_override->setVisible(false);
    m_cancel->setVisible(!visible);
}

void ApplyPage::initializePage()
{
    m_finished = m_succeeded = false;
    m_log->clear();
    delete m_runner;
    PlanRunner::Options options;
    options.maxPerHost = 2;
    options.maxParallel = 64;
    m_runner = new PlanRunner(m_draft->connection()->executor(), options, this);
    connect(m_runner, &PlanRunner::progress, this, [this](int done, int total) {
        m_progress->setRange(0, total);
        m_progress->setValue(done);
    });
    connect(m_runner, &PlanRunner::operationStarted, this, [this](const QString& id, StepPhase) {
        const Operation* op = m_draft->plan.find(id);
        m_status->setText(op ? op->description : id);
    });
    connect(m_runner, &PlanRunner::operationSucceeded, this,
            [this](const QString& id, StepPhase phase, const QString&) {
                const Operation* op = m_draft->plan.find(id);
                m_log->addItem((phase == StepPhase::Undo ? tr("↶ undone: ") : QStringLiteral("✓ ")) +
                               (op ? op->description : id));
                m_log->scrollToBottom();
            });
    connect(m_runner, &PlanRunner::operationFailed, this,
            [this](const QString& id, StepPhase, const QString& message) {
                m_log->addItem(QStringLiteral("✗ %1: %2").arg(id, message));
                m_log->scrollToBottom();
            });
    connect(m_runner, &PlanRunner::decisionNeeded, this, [this](const QString& id, const QString& message) {
        m_status->setText(
            tr("Step %1 failed: %2\nRoll back everything, retry the step, or stop and keep what is "
               "done. Journal: %3")
                .arg(id, message, m_runner->journalPath()));
        showDecision(true);
        m_override->setVisible(id == QLatin1String(JumboGateStep::kId));
    });
    connect(m_runner, &PlanRunner::finished, this, [this](PlanRunner::Outcome outcome) {
        m_finished = true;
        m_succeeded = outcome == PlanRunner::Outcome::Completed;
        m_cancel->setVisible(false);
        m_status->setText(tr("%1 Journal: %2").arg(outcomeSentence(outcome), m_runner->journalPath()));
        emit completeChanged();
    });
    const Status started = m_runner->start(m_draft->plan);
    if (!started.ok()) {
        m_finished = true;
        m_status->setText(started.error().toString());
        return;
    }
    m_draft->journalPath = m_runner->journalPath();
    m_status->setText(tr("Applying … journal: %1").arg(m_draft->journalPath));
}

bool ApplyPage::isComplete() const
{
    return m_finished && m_succeeded;
}

} // namespace mpio::ui
